// Confirms reviewed translations: records beside each <target> the English it
// now translates (scripts/translated-sources.js). `npm test` fails while a
// translation's English changed since it was confirmed.
//
//   npm run localize:confirm -- de calc.renew-select faq.intro   these messages, in German
//   npm run localize:confirm -- all calc.renew-select            this message, in every language
//   npm run localize:confirm -- fr --stale                    every stale translation, in French
//   node scripts/confirm-translations.js --list               list the stale ones (`npm run localize` does)
import {readFileSync, writeFileSync} from 'node:fs';
import {PSEUDO_LOCALES, confirmTargets, staleTargets, translationUnits} from './translated-sources.js';

const config = JSON.parse(readFileSync(new URL('../lit-localize.json', import.meta.url), 'utf8'));
const LOCALES = config.targetLocales.filter((locale) => !PSEUDO_LOCALES.includes(locale));
const fileOf = (locale) => new URL(`../locales/${locale}.xlf`, import.meta.url);
const USAGE = 'Usage: npm run localize:confirm -- <locale|all> (<message-id>… | --stale)';

const [first, ...rest] = process.argv.slice(2);

if (first === '--list') {
  const stale = LOCALES.flatMap((locale) => staleTargets(readFileSync(fileOf(locale), 'utf8')).map((id) => `${locale} ${id}`));
  if (stale.length > 0) {
    console.warn(`${stale.length} translations were made from an older English (npm test fails until they are confirmed):`);
    console.warn(stale.map((line) => `  ${line}`).join('\n'));
    console.warn('Update each one, then: npm run localize:confirm -- <locale|all> <message-id>…');
  }
  process.exit(0);
}

const locales = first === 'all' ? LOCALES : [first];
if (!first || rest.length === 0 || locales.some((locale) => !LOCALES.includes(locale))) {
  console.error(`${USAGE}\nLocales: ${LOCALES.join(' ')}`);
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
