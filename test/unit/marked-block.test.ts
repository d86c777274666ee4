import {describe, expect, it} from 'vitest';
import {markedBlock, replaceMarkedBlock} from '../../scripts/marked-block.js';

const doc = 'Intro.\n\n<!-- size:start -->\n| old | table |\n<!-- size:end -->\n\nOutro.\n';

describe('marked blocks', () => {
  it('reads the text between the markers', () => {
    expect(markedBlock(doc, 'size')).toBe('| old | table |');
  });

  it('replaces only the text between the markers', () => {
    const updated = replaceMarkedBlock(doc, 'size', '| new | table |\n| second | row |\n');
    expect(updated).toBe('Intro.\n\n<!-- size:start -->\n| new | table |\n| second | row |\n<!-- size:end -->\n\nOutro.\n');
    expect(replaceMarkedBlock(updated, 'size', '| old | table |')).toBe(doc);
  });

  it('refuses a document without the block, or with it twice', () => {
    expect(() => markedBlock('no markers', 'size')).toThrow('<!-- size:start -->');
    expect(() => replaceMarkedBlock(doc + doc, 'size', 'x')).toThrow();
    expect(() => markedBlock(doc, 'bench')).toThrow();
  });
});
