// Apart from the page's locale (page-locale.ts), which needs @lit/localize:
// the browser files' loader asks it too, before Lit has loaded
// (src/browser/calculator-on-demand.ts).
import {parentOrHost} from '../internal/composed-tree.js';
import {shippedLocale, sourceLocale} from './locales.js';

/**
 * The locale an element asks for: its own `lang`, else the nearest ancestor's
 * (across shadow roots, up to `<html>`), else the browser's languages, else
 * English. An empty or malformed `lang` is skipped; a language we do not
 * ship gets English.
 */
export function requestedLocale(element: Element): string {
  for (let node: Node | null = element; node; node = parentOrHost(node)) {
    const lang = node instanceof Element ? node.getAttribute('lang') : null;
    const match = lang ? shippedLocale(lang) : undefined;
    if (match) return match;
  }
  for (const language of navigator.languages ?? []) {
    const match = shippedLocale(language);
    if (match && (match !== sourceLocale || language.toLowerCase().startsWith('en'))) return match;
  }
  return sourceLocale;
}
