import {readFileSync} from 'node:fs';
import {describe, expect, it} from 'vitest';
import {attributesTable} from '../../scripts/readme-tables.js';
import {markedBlock} from '../../scripts/marked-block.js';
import {ATTRIBUTES, attributeNames} from '../../src/internal/attributes.js';
import {ATTRIBUTE_DOCS} from '../../src/internal/documentation.js';

describe('the attribute table', () => {
  it('is what the README documents (`npm run generate` writes the table)', () => {
    expect(markedBlock(readFileSync('README.md', 'utf8'), 'attributes')).toBe(attributesTable());
  });

  it('documents every attribute, and nothing else', () => {
    expect(Object.keys(ATTRIBUTE_DOCS).sort()).toEqual(Object.keys(ATTRIBUTES).sort());
  });

  it('gives the hosted page a query of customer values and presentation only', () => {
    expect(attributeNames('customer', 'page')).toEqual(['lang', 'computers', 'current-packs', 'expiry', 'heading-level', 'open']);
    expect(attributeNames('vendor')).toEqual(['pack-size', 'price-per-pack', 'currency', 'today', 'renew-url']);
  });

  it('writes each attribute as its property in kebab case', () => {
    for (const [property, spec] of Object.entries(ATTRIBUTES)) {
      expect(spec.attribute).toBe(property.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`));
    }
  });
});
