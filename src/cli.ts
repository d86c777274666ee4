#!/usr/bin/env node
/// <reference types="node" />
/**
 * `npx pa-migration-help render <element> [name=value …]`: the element's
 * server-rendered HTML on standard output, for help-center teams without
 * Node code of their own. `placeholder [lang]` writes the script-free
 * placeholder instead.
 * @module
 */
import {argv, exit, stderr, stdout} from 'node:process';
import {markupAttributesOf} from './internal/attributes.js';
import {ALL_TAGS, TAGS} from './internal/elements.js';
import {type RenderableTag, renderElement, renderPlaceholder} from './ssr.js';

const HELP = `Usage:
  pa-migration-help render <element> [name=value ...]   the element's HTML, rendered on this machine
  pa-migration-help placeholder [name=value ...]        the FAQ as plain HTML for <div data-pa-migration-help>
                                                        (a lone language is taken as lang=…)
  pa-migration-help --help

Elements and the attributes each takes:
${Object.entries(TAGS)
  .map(([element, tag]) => `  ${tag}: ${markupAttributesOf(element as keyof typeof TAGS).join(', ')}`)
  .join('\n')}

Example:
  npx pa-migration-help render pa-migration-help lang=de price-per-pack=99.99 currency=EUR > snippet.html

The HTML shows the FAQ before any script runs; pa-migration-help's browser bundle (define.js, auto.js
or the classic script) hydrates it. Each inline <style> needs its hash where the page's CSP sets
style-src (dist/html/csp.txt lists those of the package's ready-made HTML).
`;

async function main(args: string[]): Promise<void> {
  const [command, ...rest] = args;
  if (command === undefined || command === 'help' || args.some((arg) => arg === '--help' || arg === '-h')) {
    stdout.write(HELP);
    return;
  }
  if (command === 'placeholder') {
    const attributes = rest.length === 1 && !rest[0]!.includes('=') ? {lang: rest[0]!} : namedValues(rest);
    stdout.write(`${await renderPlaceholder(attributes)}\n`);
    return;
  }
  if (command !== 'render') throw new UsageError(`unknown command "${command}"`);
  const [tag, ...pairs] = rest;
  if (!ALL_TAGS.includes(tag as RenderableTag)) throw new UsageError(`render what? One of ${ALL_TAGS.join(', ')}`);
  stdout.write(`${await renderElement(tag as RenderableTag, namedValues(pairs))}\n`);
}

/** `name=value` arguments as attributes: own properties, whatever the name (`__proto__` too), each name once. */
function namedValues(pairs: readonly string[]): Record<string, string> {
  const entries = pairs.map((pair) => {
    const at = pair.indexOf('=');
    if (at <= 0) throw new UsageError(`"${pair}" is not name=value`);
    return [pair.slice(0, at), pair.slice(at + 1)] as const;
  });
  const twice = entries.find(([name], index) => entries.findIndex(([other]) => other === name) !== index);
  if (twice) throw new UsageError(`"${twice[0]}" is given twice`);
  return Object.fromEntries(entries);
}

class UsageError extends Error {}

main(argv.slice(2)).catch((error: unknown) => {
  stderr.write(`pa-migration-help: ${error instanceof Error ? error.message : String(error)}\n`);
  if (error instanceof UsageError) stderr.write('Run pa-migration-help --help for the usage.\n');
  exit(error instanceof UsageError || error instanceof TypeError ? 2 : 1);
});
