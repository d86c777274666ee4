/** An ESTree node as the build plugins read it: a `type`, and children anywhere among its fields. */
export interface AstNode {
  type: string;
  start: number;
  end: number;
  [field: string]: unknown;
}

/** Calls `visit` for every node of an ESTree AST, as the build plugins read modules. */
export function walk(node: unknown, visit: (node: AstNode) => void): void {
  if (!node || typeof node !== 'object' || typeof (node as {type?: unknown}).type !== 'string') return;
  visit(node as AstNode);
  for (const value of Object.values(node)) {
    if (Array.isArray(value)) for (const child of value) walk(child, visit);
    else if (value && typeof value === 'object') walk(value, visit);
  }
}
