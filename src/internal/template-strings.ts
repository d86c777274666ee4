/**
 * The strings of a Lit template made from this package's own tables (tags,
 * attribute and part names), never from a page's input: Lit takes them as it
 * takes a literal's, binding each value between two strings.
 */
export function templateStrings(strings: string[]): TemplateStringsArray {
  return Object.freeze(Object.assign(strings, {raw: strings})) as unknown as TemplateStringsArray;
}
