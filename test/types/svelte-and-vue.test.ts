// Compiled by `npm run typecheck`, never run: the Svelte and Vue typings say
// what each element takes.
import type {SvelteHTMLElements} from 'svelte/elements';
import type {GlobalComponents} from 'vue';
import type {} from '../../src/frameworks/svelte.js';
import type {} from '../../src/frameworks/vue.js';
import type {FaqFeedbackEvent, FaqToggleEvent, RenewalChangeEvent} from '../../src/events.js';

export const svelteHelp: SvelteHTMLElements['pa-migration-help'] = {
  lang: 'de',
  computers: 10,
  'price-per-pack': '19.99',
  'heading-level': 2,
  open: 'higher-price',
  'onpa-renewal-change': (event: RenewalChangeEvent) => event.detail?.packs,
  'onpa-faq-toggle': (event: FaqToggleEvent) => event.detail.id,
  class: 'wide',
};

// @ts-expect-error heading levels run from 2 to 6
export const svelteLevel: SvelteHTMLElements['pa-migration-faq'] = {'heading-level': 1};

// @ts-expect-error a renewal change carries a RenewalChangeEvent
export const svelteEvent: SvelteHTMLElements['pa-renewal-calculator'] = {'onpa-renewal-change': (event: KeyboardEvent) => event.key};

type VueProps<Name extends keyof GlobalComponents> = InstanceType<GlobalComponents[Name]>['$props'];

export const vueHelp: VueProps<'pa-migration-help'> = {
  computers: '10',
  // vue-tsc camelizes a template's names: renew-url="/renew" is checked as this.
  renewUrl: '/renew',
  onPaRenewalChange: (event: RenewalChangeEvent) => event.detail?.packs,
  onPaFaqToggle: (event: FaqToggleEvent) => event.detail.open,
  onPaFaqFeedback: (event: FaqFeedbackEvent) => event.detail.helpful,
};

// @ts-expect-error computers is a count, not an object
export const vueComputers: VueProps<'pa-renewal-calculator'> = {computers: {count: 10}};

// @ts-expect-error the FAQ takes no computers
export const vueFaqComputers: VueProps<'pa-migration-faq'> = {computers: 10};
