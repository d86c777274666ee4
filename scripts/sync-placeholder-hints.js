// After `lit-localize extract`: gives each target's placeholders the hint
// (equiv-text) its source now has. Ids, which the build matches on, never
// change; a hint goes stale when only the expression inside ${} changes.
import {readFileSync, readdirSync, writeFileSync} from 'node:fs';

const DIR = new URL('../locales/', import.meta.url);
const PLACEHOLDER = /<x id="(\d+)" equiv-text="[^"]*"\/>/g;

for (const file of readdirSync(DIR).filter((name) => name.endsWith('.xlf'))) {
  const url = new URL(file, DIR);
  const xliff = readFileSync(url, 'utf8').replace(/<trans-unit [\s\S]*?<\/trans-unit>/g, (unit) => {
    const source = /<source>([\s\S]*?)<\/source>/.exec(unit)?.[1] ?? '';
    const hints = new Map([...source.matchAll(PLACEHOLDER)].map(([tag, id]) => [id, tag]));
    return unit.replace(/<target>([\s\S]*?)<\/target>/, (target) => target.replace(PLACEHOLDER, (tag, id) => hints.get(id) ?? tag));
  });
  writeFileSync(url, xliff);
}
