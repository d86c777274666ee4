/**
 * JSX types for React 19, which passes props to custom elements as
 * properties (or attributes, for names the element lacks) and listens to
 * `on<event-name>` props. Include once in a React project:
 *
 * ```ts
 * import type {} from 'pa-migration-help/react';
 * ```
 * @module
 */
import type {DetailedHTMLProps, HTMLAttributes} from 'react';
import type {MigrationFaqElement} from '../components/migration-faq/migration-faq.component.js';
import type {MigrationHelpElement} from '../components/migration-help/migration-help.component.js';
import type {RenewalCalculatorElement} from '../components/renewal-calculator/renewal-calculator.component.js';
import type {FaqFeedbackEvent, FaqToggleEvent, RenewalChangeEvent} from '../events.js';
import type {ElementName, MarkupAttributesOf, TemplatePropertiesOf} from '../internal/attributes.js';

/** React passes these on under the elements' property names (the attribute table's). */
interface RenewalEvents {
  'onpa-renewal-change'?: (event: RenewalChangeEvent) => void;
}

interface FaqEvents {
  'onpa-faq-toggle'?: (event: FaqToggleEvent) => void;
  'onpa-faq-feedback'?: (event: FaqFeedbackEvent) => void;
}

type ElementProps<E extends HTMLElement, P> = Omit<DetailedHTMLProps<HTMLAttributes<E>, E>, keyof P> & P;

/**
 * An element's props: its properties (`pricePerPack`) and, as React's server
 * renderer needs them, its attribute names (`price-per-pack`), both checked.
 * (TypeScript lets any other hyphenated name through unchecked.)
 */
type PropsOf<N extends ElementName> = TemplatePropertiesOf<N> & Omit<MarkupAttributesOf<N>, 'lang'>;

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements {
      'pa-migration-help': ElementProps<MigrationHelpElement, PropsOf<'help'> & RenewalEvents & FaqEvents>;
      'pa-renewal-calculator': ElementProps<RenewalCalculatorElement, PropsOf<'calculator'> & RenewalEvents>;
      'pa-migration-faq': ElementProps<MigrationFaqElement, PropsOf<'faq'> & FaqEvents & {renewal?: MigrationFaqElement['renewal']}>;
    }
  }
}
