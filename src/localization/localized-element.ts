import {LitElement} from 'lit';
import {updateWhenLocaleChanges} from '@lit/localize';
import {LocaleController} from './localization.js';

/** A Lit element that re-renders in the page's locale and helps choose it from its `lang`. */
export class LocalizedElement extends LitElement {
  constructor() {
    super();
    updateWhenLocaleChanges(this);
    new LocaleController(this);
  }
}
