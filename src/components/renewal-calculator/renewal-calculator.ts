/**
 * Registers `<pa-renewal-calculator>` alone; safe to load twice.
 * @module
 */
import {defineElement} from '../../internal/define-element.js';
import {TAGS} from '../../internal/elements.js';
import {RenewalCalculatorElement} from './renewal-calculator.component.js';

defineElement(TAGS.calculator, RenewalCalculatorElement);

export {RenewalCalculatorElement};

declare global {
  interface HTMLElementTagNameMap {
    [TAGS.calculator]: RenewalCalculatorElement;
  }
}
