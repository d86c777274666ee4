import type {Checked} from './check.js';
import type {Config} from './config.js';

/** Steps that confirm it works. */
export function checklist(config: Config, checked: Checked): string[] {
  const price = checked.general.find(([name]) => name === 'price-per-pack')?.[1];
  const steps = [
    config.platform === 'iframe'
      ? 'Put the hosted pages (with their <html> lines) on your files host.'
      : 'Save the theme snippet once, and publish the theme.',
    `Paste the article snippet in each language's article: ${checked.languages.join(', ')}.`,
    `Open a published article in each language: the FAQ and the calculator show in that language. Type 10 computers and an expiry date: "Select 2 packs"${price ? ', and the price of 2 packs' : ''}.`,
    'Open the browser console (F12): there should be no red "Refused to …" (Content-Security-Policy) errors.',
    "Add #pa-debug to the article's address: the widget lists, above its content, what it could not use in its markup and the site's settings.",
    "Or run: npx pa-migration-help check <the article's address or a saved HTML file>: it lists the same problems, and exits with 1 if there are any.",
  ];
  return steps;
}
