/**
 * Types for Vue templates checked by vue-tsc: attributes, and `@pa-renewal-change`
 * / `@pa-faq-toggle` listeners. Include once: `import type {} from 'pa-migration-help/vue';`
 *
 * Caught with vue-tsc's defaults: a wrong value (`heading-level="7"`), an
 * attribute or a listener of another of these elements (`computers` or
 * `@pa-renewal-change` on `<pa-migration-faq>`), a listener taking another
 * event. A name none of them takes (`price-per-pak`) passes as a fallthrough
 * attribute unless `vueCompilerOptions.strictTemplates` (or `checkUnknownProps`
 * and `checkUnknownEvents`) is set.
 * @module
 */
import type {DefineComponent, HTMLAttributes} from 'vue';
import type {FaqEvents, FaqMarkupAttributes, HelpMarkupAttributes, RenewalEvents, RenewalMarkupAttributes} from './markup-attributes.js';

// vue-tsc checks a template's names camelized: `heading-level` as the prop
// `headingLevel`, `@pa-renewal-change` as `onPaRenewalChange`.
type Camel<S extends string> = S extends `${infer Head}-${infer Tail}` ? `${Head}${Capitalize<Camel<Tail>>}` : S;
type Props<Attributes> = {[Name in keyof Attributes as Camel<Name & string>]: Attributes[Name]};
type Listeners<Events> = {[Name in keyof Events as `on${Capitalize<Camel<Name & string>>}`]?: (event: Events[Name]) => void};

type Everything = Props<HelpMarkupAttributes & RenewalMarkupAttributes & FaqMarkupAttributes> & Listeners<RenewalEvents & FaqEvents>;

/**
 * An element's props; HTML's own attributes and events (`aria-label`,
 * `@click`), which strictTemplates would refuse otherwise; and the other
 * elements' props as `never`: without strictTemplates an unknown name is a
 * fallthrough attribute that vue-tsc does not check, so `computers` on the FAQ
 * would pass.
 */
type ElementComponent<Own> = DefineComponent<
  Omit<HTMLAttributes, keyof Own> & Own & {[Name in Exclude<keyof Everything, keyof Own>]?: never}
>;

declare module 'vue' {
  interface GlobalComponents {
    'pa-migration-help': ElementComponent<Props<HelpMarkupAttributes> & Listeners<RenewalEvents & FaqEvents>>;
    'pa-renewal-calculator': ElementComponent<Props<RenewalMarkupAttributes> & Listeners<RenewalEvents>>;
    'pa-migration-faq': ElementComponent<Props<FaqMarkupAttributes> & Listeners<FaqEvents>>;
  }
}
