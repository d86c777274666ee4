// Confirms reviewed translations: records beside each <target> the English it
// now translates (scripts/translated-sources.ts). `npm test` fails while a
// translation's English changed since it was confirmed. A new translation
// needs no confirming: `npm run generate` records it as it is first written.
//
//   npm run localize:confirm -- de calc.renew-select faq.intro   these messages, in German
//   npm run localize:confirm -- all calc.renew-select            this message, in every language
//   npm run localize:confirm -- fr --stale                    every stale translation, in French
import {readFileSync, writeFileSync} from 'node:fs';
import {SHIPPED_TRANSLATIONS} from '../scripts/shipped-locales.js';
import {confirmTargets, staleTargets, translationUnits} from '../scripts/translated-sources.js';

const fileOf = (locale: string) => new URL(`../locales/${locale}.xlf`, import.meta.url);
const USAGE = 'Usage: npm run localize:confirm -- <locale|all> (<message-id>… | --stale)';

const [first, ...rest] = process.argv.slice(2);
const locales = first === 'all' ? SHIPPED_TRANSLATIONS : first ? [first] : [];
if (rest.length === 0 || locales.length === 0 || locales.some((locale) => !SHIPPED_TRANSLATIONS.includes(locale))) {
  console.error(`${USAGE}\nLocales: ${SHIPPED_TRANSLATIONS.join(' ')}`);
  process.exit(1);
}

let failed = false;
for (const locale of locales) {
  const xliff = readFileSync(fileOf(locale), 'utf8');
  const ids = rest.includes('--stale') ? staleTargets(xliff) : rest;
  const translated = new Set(
    translationUnits(xliff)
      .filter((unit) => unit.target !== undefined)
      .map((unit) => unit.id),
  );
  const missing = ids.filter((id) => !translated.has(id));
  if (missing.length > 0) {
    console.error(`${locale}: no translation to confirm for ${missing.join(', ')}`);
    failed = true;
  }
  const result = confirmTargets(xliff, ids);
  writeFileSync(fileOf(locale), result.xliff);
  if (result.confirmed.length > 0) console.log(`${locale}: confirmed ${result.confirmed.join(', ')}`);
}
process.exit(failed ? 1 : 0);
