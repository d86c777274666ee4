/**
 * Registers `<pa-renewal-calculator>` alone; safe to load twice.
 * @module
 */
import {defineElement} from '../../internal/define-element.js';
import {RenewalCalculatorElement} from './renewal-calculator.component.js';

defineElement('pa-renewal-calculator', RenewalCalculatorElement);

export {RenewalCalculatorElement};

declare global {
  interface HTMLElementTagNameMap {
    'pa-renewal-calculator': RenewalCalculatorElement;
  }
}
