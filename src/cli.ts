#!/usr/bin/env node
/// <reference types="node" />
/**
 * `npx pa-migration-help`: the elements' server-rendered HTML, the
 * script-free placeholder, and a check of a page or snippet, for
 * help-center teams without Node code of their own. See `--help`.
 * @module
 */
import {readFileSync} from 'node:fs';
import {dirname, join} from 'node:path';
import {fileURLToPath} from 'node:url';
import {argv, exit, stderr, stdout} from 'node:process';
import {checkMarkup} from './cli/check-markup.js';
import {markupAttributesOf} from './internal/attributes.js';
import {ALL_TAGS, type ElementName, elementNameOf, TAGS} from './internal/elements.js';
import {type SettingsHolder, settingProblems} from './internal/setting-problems.js';
import {type RenderableTag, renderElement, renderPlaceholder} from './ssr.js';

const HELP = `Usage:
  pa-migration-help render <element> [name=value ...] [--locale <lang>]
      the element's HTML, rendered on this machine; lang=… fixes its language, --locale only writes in it
  pa-migration-help placeholder [name=value ...] [--locale <lang>]
      the FAQ as plain HTML in <div data-pa-migration-help>, for article editors that allow no scripts
  pa-migration-help check <file or https URL>
      the problems in a page or snippet: unknown attributes, values the widget cannot use (exit 1 if any)
  pa-migration-help --version | --help

Elements and the attributes each takes:
${Object.entries(TAGS)
  .map(([element, tag]) => `  ${tag}: ${markupAttributesOf(element as ElementName).join(', ')}`)
  .join('\n')}

Examples:
  npx pa-migration-help render pa-migration-help price-per-pack=99.99 currency=EUR --locale de > snippet.html
  npx pa-migration-help placeholder --locale de > placeholder-de.html
  npx pa-migration-help check article.html

The HTML shows the FAQ before any script runs; pa-migration-help's browser bundle (define.js, auto.js
or the classic script) hydrates it. Each inline <style> needs its hash where the page's CSP sets
style-src (dist/html/csp.txt lists those of the package's ready-made HTML).
`;

/** The package's version, from its package.json beside dist/ (a path, not `new URL(…)`, which the bundler would take for an asset). */
const version = () =>
  (JSON.parse(readFileSync(join(dirname(fileURLToPath(import.meta.url)), '..', 'package.json'), 'utf8')) as {version: string}).version;

async function main(args: string[]): Promise<void> {
  const [command, ...rest] = args;
  if (command === '--version' || command === '-v') {
    stdout.write(`${version()}\n`);
    return;
  }
  if (command === undefined || command === 'help' || args.some((arg) => arg === '--help' || arg === '-h')) {
    stdout.write(HELP);
    return;
  }
  if (command === 'check') return check(rest);
  if (command === 'placeholder') {
    // A language first, as in `placeholder de price-per-pack=99.99`, is the language of its text.
    const {attributes, locale} = options('help', rest[0] && !/^-|=/.test(rest[0]) ? ['--locale', ...rest] : rest);
    stdout.write(`${await renderPlaceholder(attributes, {locale})}\n`);
    return;
  }
  if (command !== 'render') throw new UsageError(`unknown command "${command}"`);
  const [tag, ...pairs] = rest;
  if (!ALL_TAGS.includes(tag as RenderableTag)) throw new UsageError(`render what? One of ${ALL_TAGS.join(', ')}`);
  const element = elementNameOf(tag!)!;
  const {attributes, locale} = options(element, pairs);
  stdout.write(`${await renderElement(tag as RenderableTag, attributes, {locale})}\n`);
}

/**
 * `name=value` arguments as attributes (own properties, whatever the name,
 * each name once) and `--locale <lang>`; anything the widget would not read
 * as meant (an unknown name or language, a price with a comma) is an error.
 */
function options(holder: SettingsHolder, args: readonly string[]): {attributes: Record<string, string>; locale?: string} {
  const at = args.findIndex((arg) => arg === '--locale' || arg.startsWith('--locale='));
  const locale = at < 0 ? undefined : args[at]!.includes('=') ? args[at]!.slice('--locale='.length) : args[at + 1];
  if (at >= 0 && !locale) throw new UsageError('--locale needs a language: --locale de');
  const pairs = at < 0 ? args : args.filter((_, index) => index !== at && (index !== at + 1 || args[at]!.includes('=')));
  const entries = pairs.map((pair) => {
    const split = pair.indexOf('=');
    if (split <= 0) throw new UsageError(`"${pair}" is not name=value`);
    return [pair.slice(0, split), pair.slice(split + 1)] as const;
  });
  const twice = entries.find(([name], index) => entries.findIndex(([other]) => other === name) !== index);
  if (twice) throw new UsageError(`"${twice[0]}" is given twice`);
  const [problem] = settingProblems(holder, [...entries, ...(locale ? [['lang', locale] as const] : [])]);
  if (problem) throw new UsageError(problem.message);
  return {attributes: Object.fromEntries(entries), ...(locale && {locale})};
}

async function check(args: readonly string[]): Promise<void> {
  const [source] = args;
  if (!source || args.length > 1) throw new UsageError('check what? One file or https URL');
  const html = /^https?:\/\//.test(source) ? await (await fetch(source)).text() : readFileSync(source, 'utf8');
  const {found, problems} = checkMarkup(html);
  for (const {line, column, place, message} of problems) stdout.write(`${source}:${line}:${column}: ${place} ${message}\n`);
  if (found === 0) {
    stdout.write(`${source}: no widget, placeholder or settings element found\n`);
    exit(1);
  }
  stdout.write(
    `${source}: ${problems.length === 0 ? 'no problems' : `${problems.length} problems`} in ${found} widgets, placeholders and settings\n`,
  );
  if (problems.length > 0) exit(1);
}

class UsageError extends Error {}

main(argv.slice(2)).catch((error: unknown) => {
  stderr.write(`pa-migration-help: ${error instanceof Error ? error.message : String(error)}\n`);
  if (error instanceof UsageError) stderr.write('Run pa-migration-help --help for the usage.\n');
  exit(error instanceof UsageError || error instanceof TypeError ? 2 : 1);
});
