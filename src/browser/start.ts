import {ALL_TAGS, TAGS} from '../internal/elements.js';

/** Every server-rendered element of ours in `root`, and those in their shadow roots. */
export function serverRendered(root: Document | ShadowRoot): Element[] {
  return [...root.querySelectorAll(ALL_TAGS.join(', '))]
    .filter((element) => element.shadowRoot)
    .flatMap((element) => [element, ...serverRendered(element.shadowRoot!)]);
}

/**
 * Leaves a server-rendered element readable without its script: every answer
 * open; the calculator hidden and the buttons that would do nothing gone, so
 * that nothing on the page offers what cannot happen.
 */
function readableWithoutScript(element: Element): void {
  const root = element.shadowRoot!;
  if (element.localName === TAGS.calculator) element.setAttribute('hidden', '');
  for (const answer of root.querySelectorAll('[part~="answer"][hidden]')) answer.removeAttribute('hidden');
  // Removed, not hidden: their own styles would show them despite `hidden`.
  for (const button of root.querySelectorAll('[part~="toggle-all"], [part~="feedback"], [part~="jump-button"]')) button.remove();
}

let failed = false;

/** One console error that says why, and the server-rendered widgets left readable. */
export function reportFailure(error: unknown): void {
  if (failed) return;
  failed = true;
  const why = /lit-html/.test(String(error))
    ? ` The page's Content-Security-Policy must allow the Trusted Types policy "lit-html" (trusted-types lit-html).`
    : '';
  console.error(`pa-migration-help: the widgets could not start and stay as the page's HTML shows them.${why}`, error);
  for (const element of serverRendered(document)) readableWithoutScript(element);
}

/**
 * How the browser files start what they load (define.js, auto.js, embed.js
 * call it after the page's first paint): `load` imports it. Where the page
 * stops Lit from starting (a Trusted Types policy that does not allow
 * "lit-html" makes its module throw as it loads), the page gets one console
 * error that says why instead of an uncaught exception, and its
 * server-rendered widgets stay readable.
 */
export function start(load: () => Promise<unknown>): void {
  load().catch(reportFailure);
}
