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
  const parts = source.split(KEEP);
  const letters = parts.filter((part) => !KEEP.test(part)).join('').replace(/\s/g, '').length;
  const accented = parts.map((part) => (KEEP.test(part) ? part : part.replace(/[a-zA-Z]/g, (c) => ACCENTS[c])));
  return `[${accented.join('')} ${'·'.repeat(Math.ceil(letters * 0.4))}]`;
}

const xliff = readFileSync(FILE, 'utf8')
  .replace(/\n\s*<target>[\s\S]*?<\/target>/g, '')
  .replace(/(\s*)<source>([\s\S]*?)<\/source>/g, (_, indent, source) => `${indent}<source>${source}</source>${indent}<target>${pseudo(source)}</target>`);
writeFileSync(FILE, xliff);
