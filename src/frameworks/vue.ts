/**
 * Types for Vue templates checked by vue-tsc: attributes, and `@pa-renewal-change`
 * / `@pa-faq-toggle` listeners. Include once: `import type {} from 'pa-migration-help/vue';`
 * @module
 */
import type {DefineComponent} from 'vue';
import type {FaqEvents, FaqMarkupAttributes, HelpMarkupAttributes, RenewalEvents, RenewalMarkupAttributes} from './markup-attributes.js';

// Vue types a listener `@pa-renewal-change` as the prop `onPaRenewalChange`.
type Camel<S extends string> = S extends `${infer Head}-${infer Tail}` ? `${Head}${Capitalize<Camel<Tail>>}` : S;
type Listeners<Events> = {[Name in keyof Events as `on${Capitalize<Camel<Name & string>>}`]?: (event: Events[Name]) => void};

declare module 'vue' {
  interface GlobalComponents {
    'pa-migration-help': DefineComponent<HelpMarkupAttributes & Listeners<RenewalEvents & FaqEvents>>;
    'pa-renewal-calculator': DefineComponent<RenewalMarkupAttributes & Listeners<RenewalEvents>>;
    'pa-migration-faq': DefineComponent<FaqMarkupAttributes & Listeners<FaqEvents>>;
  }
}
