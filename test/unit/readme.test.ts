import {readFileSync} from 'node:fs';
import {describe, expect, it} from 'vitest';
import {markedBlock} from '../../scripts/marked-block.js';
import {partsTable} from '../../scripts/readme-tables.js';

const readme = readFileSync('README.md', 'utf8');

describe('README', () => {
  it('shows the event listener that test/types/readme-events.test.ts compiles', () => {
    const compiled = readFileSync('test/types/readme-events.test.ts', 'utf8');
    const snippet = /\/\/ README: events\n([\s\S]*?)\/\/ README: end\n/.exec(compiled)?.[1];
    expect(snippet).toBeDefined();
    expect(readme).toContain(`\`\`\`ts\n${snippet}\`\`\`\n`);
  });

  it('lists each part as src/internal/elements.ts and documentation.ts do (`npm run generate` writes the table)', () => {
    expect(markedBlock(readme, 'parts')).toBe(partsTable());
  });
});
