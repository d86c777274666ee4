// What the calculator's browser tests share.
import {sendKeys} from '@web/test-runner-commands';
import type {RenewalCalculatorElement} from '../../src/index.js';
import {inShadow, mount, part, textOf, typeKeys} from './helpers.js';

export const pinned = {today: '2021-01-15', expiry: '2021-04-01'};

export const calculator = (attributes: Record<string, string> = {}) => mount('pa-renewal-calculator', attributes);

// Compare booleans, not nodes: a failing assertion on a DOM node stalls the test runner.
export const has = (element: Element, name: string) => part(element, name) !== null;
export const input = (element: Element, id: string) => inShadow<HTMLInputElement>(element, `#${id}`);
export const errorOf = (element: Element, id: string) => textOf(element.shadowRoot!.querySelector(`#${id}-error`));

/** Types into a field with the real keyboard, replacing what it held. */
export async function typeInto(element: RenewalCalculatorElement, id: string, text: string): Promise<void> {
  const field = input(element, id);
  field.focus();
  field.select();
  await sendKeys({press: 'Backspace'});
  await typeKeys(text);
  await element.updateComplete;
}
