import {defineElement} from '../../internal/define-element.js';
import {RenewalCalculatorElement} from './renewal-calculator.component.js';

defineElement('pa-renewal-calculator', RenewalCalculatorElement);

declare global {
  interface HTMLElementTagNameMap {
    'pa-renewal-calculator': RenewalCalculatorElement;
  }
}
