import {readFileSync} from 'node:fs';
import {describe, expect, it} from 'vitest';
import {ATTRIBUTES, attributeNames} from '../../src/internal/attributes.js';

// The README's attributes table documents the attribute table: | `property` | `attribute` | values | default |.
const documented = [...readFileSync('README.md', 'utf8').matchAll(/^\| `(\w+)` \| `([\w-]+)` \| .+ \| .+ \|$/gm)].map(
  ([, property, attribute]) => [property, attribute],
);

describe('the attribute table', () => {
  it('is what the README documents, row for row', () => {
    expect(documented).toEqual(Object.entries(ATTRIBUTES).map(([property, spec]) => [property, spec.attribute]));
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
