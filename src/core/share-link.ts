import type {RenewalFormText} from './renewal-form.js';
import type {RenewalResult} from './renewal.js';

const PREFIX = '#pa-calc=';

// Only digits and dashes ever enter the form from a link; the form's own
// checks then judge the values like anything typed.
const VALUE = {computers: /^\d{1,7}$/, packs: /^\d{1,7}$/, expiry: /^\d{4}-\d{2}-\d{2}$/};

/**
 * The URL hash that restores a result's inputs, and nothing else, e.g.
 * `#pa-calc=computers:10;expiry:2021-04-01;packs:2` (packs: the current
 * subscription's, when entered).
 */
export function shareHash(r: Pick<RenewalResult, 'computers' | 'currentExpiry' | 'currentPacks'>): string {
  const packs = r.currentPacks === undefined ? '' : `;packs:${r.currentPacks}`;
  return `${PREFIX}computers:${r.computers};expiry:${r.currentExpiry}${packs}`;
}

/**
 * The form text a `#pa-calc=…` hash holds, or `null` when the hash is not
 * one or holds no computers and expiry. Unknown keys and malformed values are
 * dropped.
 */
export function readShareHash(hash: string): RenewalFormText | null {
  if (!hash.startsWith(PREFIX)) return null;
  const values: Partial<Record<keyof typeof VALUE, string>> = {};
  for (const pair of hash.slice(PREFIX.length).split(';')) {
    const [key, value = ''] = pair.split(':') as [string, string?];
    if (Object.hasOwn(VALUE, key) && VALUE[key as keyof typeof VALUE].test(value)) values[key as keyof typeof VALUE] = value;
  }
  if (!values.computers || !values.expiry) return null;
  return {computers: values.computers, currentPacks: values.packs ?? '', currentExpiry: values.expiry};
}
