// The README's attributes and parts tables, written by `npm run generate`
// between their markers (<!-- attributes:start --> … <!-- attributes:end -->,
// and the same for `parts`) from the one lists: the attribute table
// (src/internal/attributes.ts), the parts (src/internal/elements.ts) and their
// documentation (src/internal/documentation.ts). test/unit/readme.test.ts
// checks the README holds what this writes.
import {ATTRIBUTES, type AttributeProperty} from '../src/internal/attributes.js';
import {ATTRIBUTE_DOCS, PART_DOCS} from '../src/internal/documentation.js';
import {type ElementName, PARTS, TAGS} from '../src/internal/elements.js';
import {replaceMarkedBlock} from './marked-block.js';

/** `| Property | Attribute | Values | Default |`, one row per attribute, in the table's order. */
export function attributesTable(): string {
  const rows = (Object.keys(ATTRIBUTES) as AttributeProperty[]).map((property) => {
    const {values, default: fallback} = ATTRIBUTE_DOCS[property];
    return `| \`${property}\` | \`${ATTRIBUTES[property].attribute}\` | ${values} | ${fallback} |`;
  });
  return ['| Property | Attribute | Values | Default |', '| --- | --- | --- | --- |', ...rows].join('\n');
}

/** `| Element | Part | What it is |`, one row per part, the elements outermost first. */
export function partsTable(): string {
  const rows = (Object.keys(TAGS) as ElementName[]).flatMap((element) => {
    const docs: Record<string, string> = PART_DOCS[element];
    return PARTS[element].map((part) => `| \`<${TAGS[element]}>\` | \`${part}\` | ${docs[part]} |`);
  });
  return ['| Element | Part | What it is |', '| --- | --- | --- |', ...rows].join('\n');
}

/** The README's text with both tables written afresh. */
export function withReadmeTables(readme: string): string {
  return replaceMarkedBlock(replaceMarkedBlock(readme, 'attributes', attributesTable()), 'parts', partsTable());
}
