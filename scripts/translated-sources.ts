// Each translation records the English it was made from: a note beside its
// <target> holding a hash of the <source>. When the English of a message
// changes, `lit-localize extract` rewrites the <source> but keeps the old
// <target> and this note, which then no longer match: the translation is stale
// until someone reviews it and confirms it (tools/confirm-translations.ts).
// A translation written without a note is new: `npm run generate` records
// the English it was written for (recordNewTranslations), so only a change of
// the English after that makes a translation stale. Pure functions over the text of one XLIFF file; test/unit/translated-sources.test.ts.
import {createHash} from 'node:crypto';

/** Generated from the English by `npm run localize`: never stale, never confirmed. */
export const PSEUDO_LOCALES: readonly string[] = ['en-XA'];

const UNIT = /<trans-unit id="([^"]+)">([\s\S]*?)<\/trans-unit>/g;
const NOTE = /<note from="translated-source" annotates="target">sha256:([0-9a-f]+)<\/note>/;
const NOTE_LINE = new RegExp(`\\n[ \\t]*${NOTE.source}`);
const ENTITIES: Record<string, string> = {lt: '<', gt: '>', amp: '&', quot: '"', apos: "'"};

/**
 * A short hash of a message's English, as XLIFF holds it. Placeholders count
 * by their number only: their hint (equiv-text) is the code inside `${}`,
 * which can change without the English changing.
 */
export function sourceHash(source: string): string {
  const text = source
    .replace(/<x id="(\d+)"[^>]*\/>/g, '{$1}')
    .replace(/&(lt|gt|amp|quot|apos);/g, (_, name: string) => ENTITIES[name] ?? '')
    .replace(/&#(\d+);/g, (_, code: string) => String.fromCodePoint(Number(code)));
  return createHash('sha256').update(text).digest('hex').slice(0, 16);
}

/** The messages of an XLIFF file: id, English, translation, and the hash of the English it was confirmed against. */
/** One message of an XLIFF file. */
export interface TranslationUnit {
  id: string;
  source: string;
  target: string | undefined;
  /** The hash of the English the target was confirmed against (or first recorded with). */
  confirmedHash: string | undefined;
}

export function translationUnits(xliff: string): TranslationUnit[] {
  return [...xliff.matchAll(UNIT)].map(([, id = '', body = '']) => ({
    id,
    source: /<source>([\s\S]*?)<\/source>/.exec(body)?.[1] ?? '',
    target: /<target>([\s\S]*?)<\/target>/.exec(body)?.[1],
    confirmedHash: NOTE.exec(body)?.[1],
  }));
}

/** Ids of the translations whose English changed since they were confirmed (a translation without a record counts too). */
export function staleTargets(xliff: string): string[] {
  return translationUnits(xliff)
    .filter((unit) => unit.target !== undefined && unit.confirmedHash !== sourceHash(unit.source))
    .map((unit) => unit.id);
}

/**
 * Records that the translations of `ids` match their English as it is now.
 * Returns the new file text and the ids confirmed; ids without a translation are skipped.
 */
export function confirmTargets(xliff: string, ids: Iterable<string>): {xliff: string; confirmed: string[]} {
  const wanted = new Set(ids);
  const confirmed: string[] = [];
  const text = xliff.replace(UNIT, (unit, id: string, body: string) => {
    const target = /\n([ \t]*)<target>[\s\S]*?<\/target>/.exec(body);
    if (!wanted.has(id) || !target) return unit;
    const source = /<source>([\s\S]*?)<\/source>/.exec(body)?.[1] ?? '';
    const note = `<note from="translated-source" annotates="target">sha256:${sourceHash(source)}</note>`;
    confirmed.push(id);
    const withoutNote = body.replace(NOTE_LINE, '');
    const afterTarget = withoutNote.indexOf('</target>') + '</target>'.length;
    const newBody = `${withoutNote.slice(0, afterTarget)}\n${target[1]}${note}${withoutNote.slice(afterTarget)}`;
    return `<trans-unit id="${id}">${newBody}</trans-unit>`;
  });
  return {xliff: text, confirmed};
}

/**
 * Records the current English for every translation that has no record yet:
 * one just written by a translator, which translates the English it sits
 * beside. Run by `npm run generate`; returns the new text and the ids recorded.
 */
export function recordNewTranslations(xliff: string): {xliff: string; confirmed: string[]} {
  const fresh = translationUnits(xliff).filter((unit) => unit.target !== undefined && unit.confirmedHash === undefined);
  return confirmTargets(
    xliff,
    fresh.map((unit) => unit.id),
  );
}
