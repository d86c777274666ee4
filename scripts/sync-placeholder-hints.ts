// After `lit-localize extract`: gives each target's placeholders the hint
// (equiv-text) its source now has. Ids, which the build matches on, never
// change; a hint goes stale when only the expression inside ${} changes.
const PLACEHOLDER = /<x id="(\d+)" equiv-text="[^"]*"\/>/g;

/** The text of an XLIFF file with each target's placeholder hints copied from its source. */
export function syncPlaceholderHints(xliff: string): string {
  return xliff.replace(/<trans-unit [\s\S]*?<\/trans-unit>/g, (unit) => {
    const source = /<source>([\s\S]*?)<\/source>/.exec(unit)?.[1] ?? '';
    const hints = new Map([...source.matchAll(PLACEHOLDER)].map(([tag, id]) => [id, tag]));
    return unit.replace(/<target>([\s\S]*?)<\/target>/, (target) => target.replace(PLACEHOLDER, (tag, id) => hints.get(id) ?? tag));
  });
}
