// Writes locales/en-XA.xlf, the pseudo-locale for development: every English
// message accented, about 40% longer and bracketed, so hard-coded strings,
// truncation and concatenation show at a glance. Run by `npm run localize`.
import {readFileSync, writeFileSync} from 'node:fs';

const FILE = new URL('../locales/en-XA.xlf', import.meta.url);
const ACCENTS = Object.fromEntries(
  [...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ'].map((char, i) => [
    char,
    [...'åƀçđéƒĝĥîĵķļɱñöþǫŕšţûṽŵẋýžÅƁÇĐÉƑĜĤÎĴĶĻṀÑÖÞǪŔŠŢÛṼŴẊÝŽ'][i],
  ]),
);
// Placeholders and XML entities pass through unchanged.
const KEEP = /(<x id="\d+" equiv-text="[^"]*"\/>|&[a-zA-Z]+;|&#\d+;)/;

function pseudo(source) {
  // Split on a capturing group: the kept pieces are the odd ones.
  const parts = source.split(KEEP);
  const kept = (index) => index % 2 === 1;
  const letters = parts
    .filter((_part, index) => !kept(index))
    .join('')
    .replace(/\s/g, '').length;
  const accented = parts.map((part, index) => (kept(index) ? part : part.replace(/[a-zA-Z]/g, (c) => ACCENTS[c])));
  return `[${accented.join('')} ${'·'.repeat(Math.ceil(letters * 0.4))}]`;
}

const xliff = readFileSync(FILE, 'utf8')
  .replace(/\n\s*<target>[\s\S]*?<\/target>/g, '')
  .replace(
    /(\s*)<source>([\s\S]*?)<\/source>/g,
    (_, indent, source) => `${indent}<source>${source}</source>${indent}<target>${pseudo(source)}</target>`,
  );
writeFileSync(FILE, xliff);
