// Every shipped translation is complete: a target for every message, the same
// placeholders as the English source, and no English left where a translation
// belongs.
import {readFileSync, readdirSync} from 'node:fs';
import {describe, expect, it} from 'vitest';
import config from '../../lit-localize.json' with {type: 'json'};

const LOCALES_DIR = new URL('../../locales/', import.meta.url);

interface Unit {
  id: string;
  source: string;
  target: string | undefined;
}

function unitsOf(locale: string): Unit[] {
  const xliff = readFileSync(new URL(`${locale}.xlf`, LOCALES_DIR), 'utf8');
  return [...xliff.matchAll(/<trans-unit id="([^"]+)">([\s\S]*?)<\/trans-unit>/g)].map(([, id, body]) => ({
    id: id!,
    source: /<source>([\s\S]*?)<\/source>/.exec(body!)![1]!,
    target: /<target>([\s\S]*?)<\/target>/.exec(body!)?.[1],
  }));
}

const placeholders = (text: string) => [...text.matchAll(/<x id="\d+" equiv-text="[^"]*"\/>/g)].map(([x]) => x).sort();
/** The words of a message, without placeholders, product names and the quoted English email subject. */
const words = (text: string) =>
  text
    .replace(/<x [^>]*\/>/g, ' ')
    .replace(/Parallels Access for Business|Parallels|"Announcement from Parallels[^"]*"/g, ' ')
    .trim();

// Messages that are the same in a language as in English, and rightly so.
// faq.no is the "No" button: the same word in Spanish and Italian.
const SAME_AS_ENGLISH: Record<string, string[]> = {
  // Italian "computer" is the same word as the English singular.
  it: ['computers.one', 'computers.exactly-one', 'faq.no'],
  es: ['faq.no'],
  // French counts packs as "pack(s)", as the rest of its messages do.
  fr: ['packs.zero', 'packs.one', 'packs.two', 'packs.few', 'packs.other', 'packs.exactly-one', 'packs.exactly-two'],
};

describe('translations', () => {
  const sourceIds = unitsOf('de').map((unit) => unit.id);

  // Builds shorten ids to letters in the code and in the locale chunks alike;
  // an id lit-localize derives from the text exists only at run time, so its
  // shortened translation would never be found.
  it('gives every message a readable id of its own: msg(…, {id})', () => {
    expect(sourceIds.filter((id) => !/^[a-z]+(\.[a-z0-9-]+)+$/.test(id))).toEqual([]);
  });

  it('has an XLIFF file for each target locale and no other', () => {
    const files = readdirSync(LOCALES_DIR).filter((file) => file.endsWith('.xlf'));
    expect(files.map((file) => file.replace('.xlf', '')).sort()).toEqual([...config.targetLocales].sort());
  });

  for (const locale of config.targetLocales) {
    describe(locale, () => {
      const units = unitsOf(locale);

      it('has every message of the source, and a target for each', () => {
        expect(units.map((unit) => unit.id)).toEqual(sourceIds);
        expect(units.filter((unit) => !unit.target?.trim()).map((unit) => unit.id)).toEqual([]);
      });

      it('keeps the placeholders of each message', () => {
        const broken = units.filter((unit) => unit.target && placeholders(unit.target).join() !== placeholders(unit.source).join());
        expect(broken.map((unit) => unit.id)).toEqual([]);
      });

      it('leaves no English where a translation belongs', () => {
        const untranslated = units.filter(
          (unit) =>
            unit.target !== undefined &&
            /\p{L}/u.test(words(unit.source)) &&
            words(unit.target) === words(unit.source) &&
            !(SAME_AS_ENGLISH[locale] ?? []).includes(unit.id),
        );
        expect(untranslated.map((unit) => unit.id)).toEqual([]);
      });
    });
  }
});
