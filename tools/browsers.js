#!/usr/bin/env node
// The browsers that the test suites and the benchmark drive. The tests use the
// machine's own browsers (no package downloads one while installing), so this
// finds them, installs Debian's packages when it can (root on Debian), and
// otherwise stops with one line that says what to install.
//
// Usage: node tools/browsers.js chromium [firefox] [webkit]
//
// JavaScript with JSDoc types (checked by `npm run typecheck`): the test
// runner's config, plain JavaScript run by Node, imports it.
import {spawnSync} from 'node:child_process';
import {accessSync, constants, existsSync, readdirSync} from 'node:fs';
import {delimiter, join} from 'node:path';
import {fileURLToPath} from 'node:url';

const DEJAVU_SANS = '/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf';

/**
 * @typedef {{command?: string[], variable?: string, file?: string, debian: string}} Need
 * @typedef {'chromium' | 'firefox' | 'webkit'} Engine
 */

/**
 * What each engine needs: executables (an environment variable may name one)
 * or files, with the Debian package that provides each.
 * @type {Record<Engine, {name: string, recommends: boolean, needs: Need[]}>}
 */
const ENGINES = {
  chromium: {
    name: 'Chromium',
    // Recommended packages pull in a desktop's worth; Chromium runs without them.
    recommends: false,
    needs: [
      {command: ['chromium', 'chromium-browser'], variable: 'CHROMIUM_PATH', debian: 'chromium'},
      // The visual baselines are drawn in DejaVu Sans.
      {file: DEJAVU_SANS, debian: 'fonts-dejavu-core'},
    ],
  },
  firefox: {
    name: 'Firefox ESR',
    recommends: true,
    needs: [{command: ['firefox-esr', 'firefox'], variable: 'FIREFOX_PATH', debian: 'firefox-esr'}],
  },
  webkit: {
    name: 'WebKitGTK',
    recommends: true,
    needs: [
      {command: ['WebKitWebDriver'], debian: 'webkit2gtk-driver'},
      // MiniBrowser has no headless mode: it runs under Xvfb.
      {command: ['xvfb-run'], debian: 'xvfb'},
      {command: ['xauth'], debian: 'xauth'},
    ],
  },
};

export const CHROMIUM_ARGS = [
  '--no-sandbox', // required as root
  // The rest keep an offline machine from stalling on the network.
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** @param {string} path */
function isExecutable(path) {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** @param {string} command */
function onPath(command) {
  const directories = [...(process.env.PATH ?? '').split(delimiter), '/usr/bin'];
  return directories.map((directory) => join(directory, command)).find(isExecutable);
}

/**
 * The path that satisfies a need, or undefined.
 * @param {Need} need
 * @returns {string | undefined}
 */
function find(need) {
  if (need.file) return existsSync(need.file) ? need.file : undefined;
  const fromVariable = need.variable && process.env[need.variable];
  if (fromVariable) return isExecutable(fromVariable) ? fromVariable : undefined;
  return (need.command ?? []).map(onPath).find(Boolean);
}

/** @param {Engine} engine */
function missingNeeds(engine) {
  return ENGINES[engine].needs.filter((need) => !find(need));
}

/**
 * The executable of an engine's browser, for the launchers (no install).
 * @param {Engine} engine
 * @returns {string}
 */
export function browserPath(engine) {
  const [need] = ENGINES[engine].needs;
  return (need && find(need)) ?? `/usr/bin/${need?.command?.[0]}`;
}

/**
 * WebKitGTK's MiniBrowser, which WebKitWebDriver starts; its folder names the machine's architecture.
 * @returns {string}
 */
export function miniBrowserPath() {
  const folders = existsSync('/usr/lib') ? readdirSync('/usr/lib') : [];
  const candidates = folders.map((folder) => `/usr/lib/${folder}/webkit2gtk-4.1/MiniBrowser`);
  return candidates.find(existsSync) ?? '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';
}

function canInstallFromDebian() {
  return existsSync('/etc/debian_version') && process.getuid?.() === 0 && Boolean(onPath('apt-get'));
}

/**
 * @param {string} command
 * @param {string[]} args
 */
function run(command, args) {
  const result = spawnSync(command, args, {
    stdio: ['ignore', 'ignore', 'inherit'],
    env: {...process.env, DEBIAN_FRONTEND: 'noninteractive'},
  });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed (exit ${result.status})`);
}

let aptUpdated = false;
/**
 * @param {Engine} engine
 * @param {string[]} packages
 */
function installFromDebian(engine, packages) {
  const {name, recommends} = ENGINES[engine];
  console.log(`${name}: installing Debian's ${packages.join(', ')} with apt-get (once per machine)…`);
  if (!aptUpdated) run('apt-get', ['update', '-qq']);
  aptUpdated = true;
  run('apt-get', ['install', '-y', '-qq', ...(recommends ? [] : ['--no-install-recommends']), ...packages]);
}

/**
 * @param {Engine} engine
 * @param {Need[]} missing
 */
function howToInstall(engine, missing) {
  const {name} = ENGINES[engine];
  const packages = missing.map((need) => need.debian).join(' ');
  const variable = missing.find((need) => need.variable)?.variable;
  const orVariable = variable ? `, or set ${variable} to its executable` : '';
  return `${name} is needed for the browser tests: install it (Debian or Ubuntu: sudo apt-get install ${packages})${orVariable}.`;
}

/**
 * Makes sure every engine named is usable; returns false with a message when one is not.
 * @param {string[]} engines
 */
function ensure(engines) {
  for (const name of engines) {
    if (!Object.hasOwn(ENGINES, name)) {
      console.error(`Unknown engine "${name}": use ${Object.keys(ENGINES).join(', ')}.`);
      return false;
    }
    const engine = /** @type {Engine} */ (name);
    let missing = missingNeeds(engine);
    if (missing.length > 0 && canInstallFromDebian()) {
      try {
        installFromDebian(
          engine,
          missing.map((need) => need.debian),
        );
      } catch (error) {
        console.error(/** @type {Error} */ (error).message);
      }
      missing = missingNeeds(engine);
    }
    if (missing.length > 0) {
      console.error(howToInstall(engine, missing));
      return false;
    }
  }
  return true;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const engines = process.argv.slice(2);
  process.exitCode = ensure(engines.length > 0 ? engines : ['chromium']) ? 0 : 1;
}
