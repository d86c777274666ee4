// The stale-translation guard: every translation records the English it was
// made from (scripts/translated-sources.ts), and no shipped translation may
// stand for an English that has changed since someone confirmed it. A new
// translation is recorded when `npm run generate` first sees it.
import {mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {XliffFormatter} from '@lit/localize-tools/lib/formatters/xliff.js';
import type {Config} from '@lit/localize-tools/lib/types/config.js';
import type {ProgramMessage} from '@lit/localize-tools/lib/messages.js';
import {describe, expect, it} from 'vitest';
import config from '../../lit-localize.json' with {type: 'json'};
import {
  confirmTargets,
  PSEUDO_LOCALES,
  recordNewTranslations,
  sourceHash,
  staleTargets,
  translationUnits,
} from '../../scripts/translated-sources.js';

const LOCALES_DIR = new URL('../../locales/', import.meta.url);
const read = (locale: string) => readFileSync(new URL(`${locale}.xlf`, LOCALES_DIR), 'utf8');
const unit = (id: string, source: string, target?: string) =>
  `<trans-unit id="${id}">\n  <source>${source}</source>${target === undefined ? '' : `\n  <target>${target}</target>`}\n</trans-unit>`;
const xliff = (...units: string[]) => `<xliff version="1.2"><file target-language="de"><body>\n${units.join('\n')}\n</body></file></xliff>`;

describe('translated sources', () => {
  it('finds every translation stale until it is confirmed, and none after', () => {
    const file = xliff(unit('a', 'Renew now', 'Jetzt verlängern'), unit('b', 'Yes', 'Ja'), unit('c', 'Untranslated'));
    expect(staleTargets(file)).toEqual(['a', 'b']);
    const {xliff: confirmed, confirmed: ids} = confirmTargets(file, ['a', 'b', 'c']);
    expect(ids).toEqual(['a', 'b']);
    expect(staleTargets(confirmed)).toEqual([]);
    expect(confirmed).toContain(
      `<target>Jetzt verlängern</target>\n  <note from="translated-source" annotates="target">sha256:${sourceHash('Renew now')}</note>`,
    );
  });

  it('finds a translation stale once its English changes, and only that one', () => {
    const {xliff: confirmed} = confirmTargets(xliff(unit('a', 'Renew now', 'Jetzt verlängern'), unit('b', 'Yes', 'Ja')), ['a', 'b']);
    const changed = confirmed.replace('<source>Renew now</source>', '<source>Renew today</source>');
    expect(staleTargets(changed)).toEqual(['a']);
    expect(staleTargets(confirmTargets(changed, ['a']).xliff)).toEqual([]);
  });

  it('records a new translation against the English it was written for, and leaves recorded ones alone', () => {
    const {xliff: recorded} = confirmTargets(xliff(unit('a', 'Renew now', 'Jetzt verlängern'), unit('b', 'Yes', 'Ja')), ['a', 'b']);
    // The English of `a` changed; `c` was just translated; `d` waits for a translator.
    const file = recorded
      .replace('<source>Renew now</source>', '<source>Renew today</source>')
      .replace('\n</body>', `\n${unit('c', 'No', 'Nein')}\n${unit('d', 'Maybe')}\n</body>`);
    const {xliff: written, confirmed} = recordNewTranslations(file);
    expect(confirmed).toEqual(['c']);
    expect(written).toContain(
      `<target>Nein</target>\n  <note from="translated-source" annotates="target">sha256:${sourceHash('No')}</note>`,
    );
    // Only the changed English is stale: the new translation needs no confirming.
    expect(staleTargets(written)).toEqual(['a']);
    expect(recordNewTranslations(written).xliff).toBe(written);
  });

  it('replaces the record when confirming again, and changes nothing else', () => {
    const file = xliff(unit('a', 'Renew now', 'Jetzt verlängern'), unit('b', 'Yes', 'Ja'));
    const once = confirmTargets(file, ['a', 'b']).xliff;
    expect(confirmTargets(once, ['a', 'b']).xliff).toBe(once);
    const changed = once.replace('<source>Renew now</source>', '<source>Renew today</source>');
    const again = confirmTargets(changed, ['a']).xliff;
    expect(again.match(/<note /g)).toHaveLength(2);
    expect(again.replace(/sha256:[0-9a-f]+/g, '')).toBe(changed.replace(/sha256:[0-9a-f]+/g, ''));
  });

  it('ignores the code in a placeholder hint, but not the placeholders or the words', () => {
    const hash = sourceHash('Valid until <x id="0" equiv-text="${expiry}"/>.');
    expect(sourceHash('Valid until <x id="0" equiv-text="${this.formatDate(r.expiry)}"/>.')).toBe(hash);
    expect(sourceHash('Valid until <x id="1" equiv-text="${expiry}"/>.')).not.toBe(hash);
    expect(sourceHash('Valid till <x id="0" equiv-text="${expiry}"/>.')).not.toBe(hash);
    expect(sourceHash('Say &quot;hi&quot;')).toBe(sourceHash('Say "hi"'));
  });

  // What `lit-localize extract` does after an English message changes: it
  // rewrites the <source> with its own XLIFF writer and keeps the rest.
  it("keeps the records through lit-localize's extract, so a changed English shows as stale", async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pa-xliff-'));
    try {
      const formatter = new XliffFormatter({
        sourceLocale: 'en',
        targetLocales: ['de'],
        interchange: {format: 'xliff', xliffDir: dir},
        resolve: (path: string) => path,
      } as unknown as Config);
      // The English messages, read by lit-localize itself: the sources, posing as targets.
      const de = confirmTargets(
        read('de'),
        translationUnits(read('de')).map((u) => u.id),
      ).xliff;
      writeFileSync(
        join(dir, 'de.xlf'),
        de.replace(/\n\s*<target>[\s\S]*?<\/target>/g, '').replace(/<source>([\s\S]*?)<\/source>/g, '<target>$1</target>'),
      );
      const english = formatter.readTranslations()[0]!.messages.map((message) => ({
        ...message,
        contents: message.name === 'calc.check-your-renewal' ? [...message.contents, ' (changed)'] : message.contents,
        desc: undefined,
      }));
      writeFileSync(join(dir, 'de.xlf'), de);
      const [german] = formatter.readTranslations();
      await formatter.writeOutput(english as ProgramMessage[], new Map([[german!.locale, german!.messages]]));
      const extracted = readFileSync(join(dir, 'de.xlf'), 'utf8');

      const heading = translationUnits(de).find((u) => u.id === 'calc.check-your-renewal')!.source;
      expect(extracted).toBe(de.replace(`<source>${heading}</source>`, `<source>${heading} (changed)</source>`));
      expect(staleTargets(extracted)).toEqual(['calc.check-your-renewal']);
    } finally {
      rmSync(dir, {recursive: true, force: true});
    }
  });

  // Update the translation, then confirm it: npm run localize:confirm -- <locale|all> <message-id>…
  it('has no shipped translation made from an older English', () => {
    const stale = Object.fromEntries(
      config.targetLocales
        .filter((locale) => !PSEUDO_LOCALES.includes(locale))
        .map((locale) => [locale, staleTargets(read(locale))] as const)
        .filter(([, ids]) => ids.length > 0),
    );
    expect(stale, 'translations whose English changed since they were confirmed (npm run localize:confirm)').toEqual({});
  });

  it('records nothing in the generated pseudo-locale', () => {
    for (const locale of PSEUDO_LOCALES) expect(translationUnits(read(locale)).filter((u) => u.confirmedHash)).toEqual([]);
  });
});
