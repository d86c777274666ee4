import {readFileSync} from 'node:fs';
import {PassThrough} from 'node:stream';
import {esbuildPlugin} from '@web/dev-server-esbuild';
import {chromeLauncher} from '@web/test-runner-chrome';
import {puppeteerLauncher} from '@web/test-runner-puppeteer';
import {visualRegressionPlugin} from '@web/test-runner-visual-regression/plugin';
import {webdriverLauncher} from '@web/test-runner-webdriver';
import {browserPath, CHROMIUM_ARGS, miniBrowserPath} from './tools/browsers.js';

const chromium = () => chromeLauncher({launchOptions: {executablePath: browserPath('chromium'), headless: true, args: CHROMIUM_ARGS}});

// Firefox ESR, driven over WebDriver BiDi.
const firefox = () => puppeteerLauncher({launchOptions: {browser: 'firefox', executablePath: browserPath('firefox'), headless: true}});

// WebKitGTK's MiniBrowser through WebKitWebDriver, which tools/with-webkit-driver.sh starts under Xvfb.
const webkit = () =>
  webdriverLauncher({
    automationProtocol: 'webdriver',
    hostname: '127.0.0.1',
    port: 4444,
    capabilities: {
      browserName: 'MiniBrowser',
      'wdio:enforceWebDriverClassic': true,
      'webkitgtk:browserOptions': {
        binary: miniBrowserPath(),
        args: ['--automation'],
      },
    },
  });

const launchers = {chromium, firefox, webkit};
// BROWSERS=chromium,firefox,webkit picks the engines; Chromium alone by default.
const engines = (process.env.BROWSERS ?? 'chromium').split(',').map((name) => name.trim());

// The policy a strict help center serves. No trusted-types directive: any
// policy name may be created, as the host page allows.
const STRICT_CSP = "default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'";

// The fixture pages served with it.
const STRICT_CSP_PAGES = ['strict-csp.html', 'placeholders-hard-cases.html', 'classic-script.html', 'single-file.html'].map(
  (page) => `/test/fixtures/${page}`,
);

/** Headers of the hostile-page fixtures: a strict CSP, and CORS for the bundle served to another origin. */
function fixtureHeaders(context, next) {
  return next().then(() => {
    if (STRICT_CSP_PAGES.includes(context.path)) {
      context.set('Content-Security-Policy', STRICT_CSP);
    }
    // The same page where the host names the policies it allows: Lit's is the only one.
    if (context.path === '/test/fixtures/strict-csp-named-policies.html') {
      context.set('Content-Security-Policy', `${STRICT_CSP}; trusted-types lit-html`);
    }
    if (context.path.startsWith('/dist/browser/')) context.set('Access-Control-Allow-Origin', '*');
  });
}

/**
 * Pages made from the build's server-rendered HTML (dist/html), under the strict policy plus the hashes of csp.txt:
 * /test/fixtures/server-rendered/<locale>/<widget|placeholder>.html, `?script=off` without the bundle,
 * `?trusted-types=none` with a policy that lets Lit create no Trusted Types policy.
 */
function serverRenderedPages(context, next) {
  const match = /^\/test\/fixtures\/server-rendered\/([A-Za-z-]+)\/(widget|placeholder)\.html$/.exec(context.path);
  if (!match) return next();
  const [, locale, page] = match;
  const snippet = readFileSync(`dist/html/${locale}/${page === 'widget' ? 'pa-migration-help' : 'placeholder'}.html`, 'utf8');
  const hashes = readFileSync('dist/html/csp.txt', 'utf8')
    .split('\n')
    .find((line) => line.startsWith("'sha256-"));
  const script =
    context.query.script === 'off' ? '' : `<script type="module" src="/dist/browser/${page === 'widget' ? 'define' : 'auto'}.js"></script>`;
  context.type = 'html';
  // `?trusted-types=none`: a page that allows no Trusted Types policy at all, Lit's included.
  const policies = context.query['trusted-types'] === 'none' ? "; trusted-types 'none'" : '';
  context.set('Content-Security-Policy', STRICT_CSP.replace("style-src 'self'", `style-src 'self' ${hashes}`) + policies);
  // `?page-lang=de`: the snippet pasted into a page in another language (an article made from a copy).
  const pageLang = /^[A-Za-z-]+$/.test(String(context.query['page-lang'] ?? '')) ? context.query['page-lang'] : locale;
  context.body = `<!doctype html><html lang="${pageLang}"><head><meta charset="utf-8"><title>Server-rendered</title>
<script src="/test/fixtures/record-violations.js"></script>${script}</head>
<body><h1>Article</h1>${snippet}<p id="below">Below the widget.</p></body></html>`;
}

/**
 * One page per documented tier, in a language, with the recorder of first
 * frames and renders (test/fixtures/record-first-renders.js) before anything
 * else: /test/fixtures/paint-first/<tier>.html?lang=<locale>.
 */
const PAINT_FIRST_TIERS = {
  'module-script': {html: 'pa-migration-help.html', script: '<script type="module" src="/dist/browser/define.js"></script>'},
  'classic-script': {html: 'pa-migration-help.html', script: '<script defer src="/dist/browser/pa-migration-help.iife.js"></script>'},
  placeholders: {html: 'placeholder.html', script: '<script type="module" src="/dist/browser/auto.js"></script>'},
  'client-only': {script: '<script type="module" src="/dist/browser/define.js"></script>'},
  'client-only-classic': {script: '<script defer src="/dist/browser/pa-migration-help.iife.js"></script>'},
};
const RECORDER =
  '<script src="/test/fixtures/record-violations.js"></script><script src="/test/fixtures/record-first-renders.js"></script>';
function paintFirstPages(context, next) {
  const match = /^\/test\/fixtures\/paint-first\/([a-z-]+)\.html$/.exec(context.path);
  const lang = /^[A-Za-z-]+$/.test(String(context.query.lang ?? '')) ? context.query.lang : 'en';
  if (!match) return next();
  context.type = 'html';
  if (match[1] === 'hosted-page') {
    const page = readFileSync(`dist/browser/embed/${lang}.html`, 'utf8');
    context.body = page.replace('<head>', `<head><base href="/dist/browser/embed/">${RECORDER}`);
    return;
  }
  const tier = PAINT_FIRST_TIERS[match[1]];
  if (!tier) return next();
  const widget = tier.html ? readFileSync(`dist/html/${lang}/${tier.html}`, 'utf8') : '<pa-migration-help></pa-migration-help>';
  context.body = `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>Paint first</title>
${RECORDER}${tier.script}</head><body><h1>Article</h1>${widget}<p>Below the widget.</p></body></html>`;
}

// The hosted pages' tests look at a page before its script runs. A module
// script runs only once the whole page is parsed, whether or not the browser
// has it cached: a hosted page whose query holds `pa-hold-end=<token>` is sent
// up to its closing </body>, and the rest only once the test fetches
// /__pa-release?token=<token> (or after 10 s).
const heldPages = new Map();
const releasedPages = new Set();

/** A response body as text: a string, a Buffer or a stream. */
async function textOf(body) {
  if (typeof body === 'string' || Buffer.isBuffer(body)) return String(body);
  const chunks = [];
  for await (const chunk of body) chunks.push(Buffer.from(chunk));
  return Buffer.concat(chunks).toString();
}
async function holdPageEnds(context, next) {
  if (context.path === '/__pa-release') {
    const token = String(context.query.token);
    releasedPages.add(token);
    heldPages.get(token)?.();
    context.body = 'released';
    return;
  }
  const token = context.query['pa-hold-end'];
  if (typeof token !== 'string' || !/^\/dist\/browser\/embed[\w/-]*\.html$/.test(context.path)) return next();
  await next();
  if (context.status !== 200 || context.body == null) return;
  const html = await textOf(context.body);
  const end = html.lastIndexOf('</body>');
  const stream = new PassThrough();
  stream.write(html.slice(0, end));
  context.body = stream;
  const released = new Promise((resolve) => {
    if (releasedPages.has(token)) resolve();
    heldPages.set(token, resolve);
    setTimeout(resolve, 10_000);
  });
  // Not awaited: the response starts when this middleware returns.
  void released.then(() => {
    heldPages.delete(token);
    stream.end(html.slice(end));
  });
}

/**
 * The configurator's built pages (dist/browser/configurator*.html) under the strict policy, with the
 * fixtures' recorder of violations and errors first in their <head>.
 */
async function configuratorPages(context, next) {
  await next();
  if (!/^\/dist\/browser\/configurator(-preview)?\.html$/.test(context.path) || context.status !== 200) return;
  context.set('Content-Security-Policy', STRICT_CSP);
  const page = await textOf(context.body);
  context.body = page.replace('<head>', '<head><script src="/test/fixtures/record-violations.js"></script>');
}

export default {
  middleware: [holdPageEnds, fixtureHeaders, serverRenderedPages, paintFirstPages, configuratorPages],
  files: ['test/browser/**/*.test.ts'],
  nodeResolve: true,
  plugins: [
    esbuildPlugin({
      ts: true,
      tsconfig: './tsconfig.json',
      target: 'es2022',
      define: {
        __PA_PSEUDO_LOCALE__: 'true',
        __PA_VERSION__: JSON.stringify(JSON.parse(readFileSync('package.json', 'utf8')).version),
      },
    }),
    // Baselines in test/screenshots/<browser>/baseline; `npm run test:visual:update` rewrites them.
    visualRegressionPlugin({
      baseDir: 'test/screenshots',
      update: process.argv.includes('--update-visual-baseline'),
      failureThreshold: 0.5,
      failureThresholdType: 'percent',
    }),
  ],
  browsers: engines.map((name) => launchers[name]()),
  // Lit's dev build, used here for its extra checks, says so in every test file.
  filterBrowserLogs: ({args}) => !String(args[0]).includes('Lit is in dev mode'),
  testFramework: {config: {timeout: 10000}},
};
