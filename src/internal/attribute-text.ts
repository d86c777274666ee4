const warnedProperties = new Set<string>();

/**
 * The text of an attribute-backed property. Frameworks set properties rather
 * than attributes, so a value may arrive as anything: a number, bigint or
 * boolean is read as its text; a symbol, object or function is treated as
 * unset, with one warning per property name, instead of throwing.
 */
export function attributeText(value: unknown, property: string): string | undefined {
  switch (typeof value) {
    case 'undefined':
      return undefined;
    case 'string':
      return value;
    case 'number':
    case 'bigint':
    case 'boolean':
      return String(value);
    default:
      if (value === null) return undefined;
      if (!warnedProperties.has(property)) {
        warnedProperties.add(property);
        console.warn(`pa-migration-help: ${property} takes text or a number; a ${typeof value} counts as unset.`);
      }
      return undefined;
  }
}
