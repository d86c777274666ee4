import {readFileSync} from 'node:fs';
import {describe, expect, it} from 'vitest';

const readme = readFileSync('README.md', 'utf8');

describe('README', () => {
  it('shows the event listener that test/types/readme-events.test.ts compiles', () => {
    const compiled = readFileSync('test/types/readme-events.test.ts', 'utf8');
    const snippet = /\/\/ README: events\n([\s\S]*?)\/\/ README: end\n/.exec(compiled)?.[1];
    expect(snippet).toBeDefined();
    expect(readme).toContain(`\`\`\`ts\n${snippet}\`\`\`\n`);
  });
});
