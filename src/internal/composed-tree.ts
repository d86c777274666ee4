/** The node's parent, or a shadow root's host: one step up the tree the page is composed of. */
export const parentOrHost = (node: Node): Node | null => node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
