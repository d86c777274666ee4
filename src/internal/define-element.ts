// Shared by every copy of the bundle on the page: together they warn once.
const WARNED = Symbol.for('pa-migration-help.warned');

/**
 * Registers `tag` unless the page already has it. Help centers load the
 * bundle twice (a theme script and an article snippet): the first copy wins,
 * and the second says so once instead of throwing.
 */
export function defineElement(tag: string, element: CustomElementConstructor): void {
  const existing = customElements.get(tag);
  if (existing === element) return;
  if (!existing) {
    customElements.define(tag, element);
  } else if (!(globalThis as {[WARNED]?: true})[WARNED]) {
    (globalThis as {[WARNED]?: true})[WARNED] = true;
    console.warn(`pa-migration-help: <${tag}> is already defined, by another copy of the bundle; using that copy.`);
  }
}
