// The README's attributes, parts and questions tables, written by `npm run
// generate` between their markers (<!-- attributes:start --> … <!-- attributes:end -->,
// and the same for `parts` and `questions`) from the one lists: the attribute
// table (src/internal/attributes.ts), the parts (src/internal/elements.ts),
// their documentation (src/internal/documentation.ts) and the FAQ's table
// (src/components/migration-faq/faq-items.ts). test/unit/readme.test.ts
// checks the README holds what this writes.
import './build-flags.js';
import {FAQ_ITEMS} from '../src/components/migration-faq/faq-items.js';
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

/** `| Id | Question |`, the FAQ's questions in English, in its order: the ids links and `open` use. */
export function questionsTable(): string {
  const rows = FAQ_ITEMS.map(({id, question}) => `| \`${id}\` | ${question()} |`);
  return ['| Id | Question |', '| --- | --- |', ...rows].join('\n');
}

/** The README's text with its tables written afresh. */
export function withReadmeTables(readme: string): string {
  const tables = {attributes: attributesTable(), parts: partsTable(), questions: questionsTable()};
  return Object.entries(tables).reduce((text, [name, table]) => replaceMarkedBlock(text, name, table), readme);
}
