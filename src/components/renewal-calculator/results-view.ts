// The rules, the result's messages and template (renewal-results.ts) load on
// demand: an element renders its form, or hydrates, without them, and asks
// for them with the form's first input. A server loads them before it
// renders (src/ssr.ts).
type Results = typeof import('./renewal-results.js');

let loaded: Results | undefined;
let loading: Promise<Results> | undefined;

/** The rules, the result's messages and template, once loaded. */
export const resultsView = (): Results | undefined => loaded;

/** Loads the rules, the result's messages and template, once for the page. */
export function loadResultsView(): Promise<Results> {
  loading ??= import('./renewal-results.js').then((results) => (loaded = results));
  return loading;
}
