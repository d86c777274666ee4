// Lit's hydration of server-rendered HTML, with the checks that the HTML is
// what this version renders: loaded only where a page holds such HTML
// (src/internal/widget-element.ts), with the language it was rendered in.
import {hydrate} from '@lit-labs/ssr-client';
import {render, type RenderOptions} from 'lit';

/**
 * Hydrates server-rendered HTML in `root` with `value`, the element's first
 * render; why it could not, or nothing. HTML that is not what this version
 * renders (its comments stripped by a minifier, edited by hand, from another
 * version) is refused: hydrate() cannot tell when its markers are missing.
 */
export function hydrateServerHtml(value: unknown, root: HTMLElement | DocumentFragment, options: RenderOptions): string | undefined {
  return unhydratable(root, value) ?? tryHydrate(() => hydrate(value, root, options));
}

/** The elements of a tree in document order, without its styles and the shadow roots it holds. */
function structureOf(root: Node): string {
  const names: string[] = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT);
  while (walker.nextNode())
    if ((walker.currentNode as Element).localName !== 'style') names.push((walker.currentNode as Element).localName);
  return names.join(' ');
}

/** Why server HTML cannot be hydrated with `value`, or nothing. */
function unhydratable(root: Node, value: unknown): string | undefined {
  const comments: string[] = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_COMMENT);
  while (walker.nextNode()) comments.push((walker.currentNode as Comment).data);
  // Every element renders a template part with bindings on elements: it has both markers.
  if (!comments.some((data) => data.startsWith('lit-part')) || !comments.some((data) => data.startsWith('lit-node'))) {
    return "Lit's markers are missing";
  }
  const fresh = document.createDocumentFragment();
  render(value, fresh);
  return structureOf(fresh) === structureOf(root) ? undefined : 'its elements differ';
}

/** Runs Lit's hydration; why it failed, or nothing. */
function tryHydrate(hydrate: () => void): string | undefined {
  try {
    hydrate();
    return undefined;
  } catch (error) {
    return String(error);
  }
}
