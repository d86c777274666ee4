/**
 * What the attributes and parts are for, in the words of the README's tables
 * and of custom-elements.json, which are written from here. Not imported by
 * the elements: no page downloads it.
 */
import type {AttributeProperty} from './attributes.js';
import type {ElementName, PartOf} from './elements.js';

/** Each attribute's accepted values and its default, as the README's attributes table shows them. */
export const ATTRIBUTE_DOCS: Record<AttributeProperty, {values: string; default: string}> = {
  computers: {values: 'Remote computers to cover, preset into the field: a whole number from 1 to 1,000,000', default: 'empty'},
  currentPacks: {values: 'Packs on the current subscription, preset into the field', default: 'empty'},
  expiry: {values: 'Current expiry date, `YYYY-MM-DD`, preset into the field', default: 'empty'},
  packSize: {
    values:
      "Computers one pack covers: a whole number from 1. The FAQ states it too, and shows the article's worked example (10 computers, 2 packs) only for packs of 5.",
    default: '`5`',
  },
  pricePerPack: {values: 'Price of one pack for one year, written `19.99`. No price is shown without it.', default: 'none'},
  currency: {values: 'ISO 4217 code of the price', default: '`USD`'},
  today: {
    values: 'The date to calculate from, `YYYY-MM-DD`, for pages and tests that pin it',
    default: "the visitor's local date, updated at midnight",
  },
  renewUrl: {
    values:
      'Where the "Renew: select 2 packs" link under the result leads: an `https:` URL, or a relative one that stays on the page\'s origin. Anything else (`http:`, `javascript:`, `//other.example`) shows no link.',
    default: 'no link',
  },
  headingLevel: {
    values: "Level of the element's headings, `2` to `6`",
    default:
      'one below the nearest heading before the element, in document order and out of shadow roots (2 under an `<h1>` or with none, 3 under an `<h2>`, never past 6)',
  },
  open: {values: 'FAQ only (and the widget): ids of questions open at start, separated by spaces', default: 'all closed'},
};

/** Each element's parts, as `::part(name)` selects them. */
export const PART_DOCS: {[E in ElementName]: Record<PartOf<E>, string>} = {
  faq: {
    base: "The FAQ's box.",
    intro: 'The paragraph before the questions.',
    'toggle-all': 'The "Expand all" / "Collapse all" button.',
    item: 'One question with its answer.',
    heading: 'The heading that holds a question.',
    question: 'The button that opens and closes an answer.',
    answer: 'An answer.',
    feedback: '"Was this answer helpful?" with its Yes and No buttons, then the thanks.',
    'feedback-button': 'The Yes and No buttons.',
  },
  calculator: {
    base: "The calculator's box.",
    heading: "The calculator's title.",
    form: 'The form holding the fields.',
    field: 'One field: label, hint, input, and the messages under it.',
    label: "A field's label.",
    hint: "A field's hint.",
    input: 'A text or date input.',
    echo: "Under the date field: the entered date, written in the page's language.",
    error: 'The message under a field whose value cannot be used.',
    notice: 'A warning under the packs field: packs that look like a count of computers, or a decrease.',
    prompt: 'What to fill in while there is no result.',
    results: 'Everything the result says; absent while a field is invalid.',
    status: 'First in the results when the subscription has lapsed (red) or expires within 30 days (amber).',
    summary: 'The answer at a glance: the packs to select, then the price, new expiry and next charge.',
    packs: 'Summary: "Select 2 packs" (`data-value`: integer).',
    price: 'Summary: what renewing today costs today, for one year (`data-value`: decimal in minor digits); only with `price-per-pack`.',
    'new-expiry': 'Summary: the new expiry date after renewing (`data-value`: YYYY-MM-DD).',
    'next-charge': 'Summary: the next auto-renewal charge (`data-value`: YYYY-MM-DD).',
    'renew-link': '"Renew: select 2 packs", under the summary; only with a result and a safe `renew-url`.',
    details: 'The explanations under the summary, in smaller text.',
    seats: 'Explanation: computers the packs cover (`data-value`: integer).',
    'days-left': "The current subscription's state, in the status line or the explanations (`data-value`: days, negative once lapsed).",
    note: 'A side note (29 February).',
    timeline: "The renewal's steps, a list down a line: each date with what happens on it, and the stretches between them.",
    'calendar-button': '"Add the next charge to my calendar": downloads an .ics reminder made in the browser.',
    'share-button': '"Copy link to this result": puts the inputs into the page URL\'s hash and copies the URL.',
    'share-status': 'Says that the link was copied, or, without a clipboard, holds the link to copy by hand.',
  },
  help: {
    'jump-button': '"Check your renewal", shown while the calculator is below the FAQ: moves focus to its first field.',
    faq: 'The `<pa-migration-faq>` inside; its parts are exported too, `base` and `heading` as `faq-base` and `faq-heading`.',
    calculator:
      'The `<pa-renewal-calculator>` inside; its parts are exported too, `base` and `heading` as `calculator-base` and `calculator-heading`.',
  },
};
