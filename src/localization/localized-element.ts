import {LitElement} from 'lit';
import {updateWhenLocaleChanges} from '@lit/localize';
import {restyleAfterMove} from '../styles/adopt-styles.js';
import {LocaleController} from './localization.js';

/**
 * A Lit element that re-renders in the page's locale and helps choose it from
 * its `lang`; moved to another document, it keeps its styles.
 */
export class LocalizedElement extends LitElement {
  constructor() {
    super();
    updateWhenLocaleChanges(this);
    new LocaleController(this);
  }

  adoptedCallback(): void {
    restyleAfterMove(this);
  }
}
