/**
 * `pa-migration-help.iife.js`, for pages that allow only classic scripts: it
 * loads auto.js from beside itself, and from there the same files as a module
 * script's page (the elements, their language, the placeholders). A classic
 * script cannot be split into files, but it can import modules; so the page
 * fetches nothing more than the module tier's, and nothing before its paint.
 *
 * It waits as auto.js does (why: define.ts), since auto.js and what it imports
 * are fetched as soon as it asks for them.
 * @module
 */
// Read now: `document.currentScript` is this script only while it first runs.
const script = document.currentScript as HTMLScriptElement;
const begin = () => {
  const entry = new URL('auto.js', script.src).href;
  import(/* @vite-ignore */ entry).catch((error: unknown) =>
    console.error(`pa-migration-help: could not load ${entry}, which the classic script loads from beside itself.`, error),
  );
};
const painted = new PerformanceObserver(() => {
  painted.disconnect();
  clearTimeout(fallback);
  setTimeout(begin);
});
const fallback = setTimeout(() => {
  painted.disconnect();
  begin();
}, 1000);
painted.observe({type: 'paint', buffered: true});
