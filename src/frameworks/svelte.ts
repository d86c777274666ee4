/**
 * Types for Svelte 5 templates, where `onpa-renewal-change={…}` listens to
 * the event of that name. Include once: `import type {} from 'pa-migration-help/svelte';`
 * @module
 */
import type {HTMLAttributes} from 'svelte/elements';
import type {MigrationFaqElement} from '../components/migration-faq/migration-faq.component.js';
import type {MigrationHelpElement} from '../components/migration-help/migration-help.component.js';
import type {RenewalCalculatorElement} from '../components/renewal-calculator/renewal-calculator.component.js';
import type {FaqEvents, FaqMarkupAttributes, HelpMarkupAttributes, RenewalEvents, RenewalMarkupAttributes} from './markup-attributes.js';

type Listeners<Events> = {[Name in keyof Events as `on${Name & string}`]?: (event: Events[Name]) => void};

type Element<E extends HTMLElement, A, Events> = Omit<HTMLAttributes<E>, keyof A> & A & Listeners<Events>;

declare module 'svelte/elements' {
  interface SvelteHTMLElements {
    'pa-migration-help': Element<MigrationHelpElement, HelpMarkupAttributes, RenewalEvents & FaqEvents>;
    'pa-renewal-calculator': Element<RenewalCalculatorElement, RenewalMarkupAttributes, RenewalEvents>;
    'pa-migration-faq': Element<MigrationFaqElement, FaqMarkupAttributes, FaqEvents>;
  }
}
