import {html, type TemplateResult} from 'lit';
import {type AttributeProperty, attributesOf} from '../../internal/attributes.js';
import {exportedParts, TAGS} from '../../internal/elements.js';
import {templateStrings} from '../../internal/template-strings.js';

type Inner = 'faq' | 'calculator';

/** The attributes the widget passes on to an inner element: those the table gives both. */
const forwarded = (element: Inner): AttributeProperty[] => {
  const own = new Set(attributesOf('help').map(([property]) => property));
  return attributesOf(element)
    .map(([property]) => property)
    .filter((property) => own.has(property));
};

const templates = new Map<string, {strings: TemplateStringsArray; properties: AttributeProperty[]}>();

/**
 * `<pa-migration-faq>` or `<pa-renewal-calculator>` inside the widget: its
 * part named after it, its own parts exported (src/internal/elements.ts),
 * each attribute it shares with the widget set as a property to
 * `value(property)`, and `bindings` besides (`.renewal`, `@pa-renewal-change`).
 */
export function innerElement(
  element: Inner,
  value: (property: AttributeProperty) => unknown,
  bindings: Readonly<Record<string, unknown>>,
): TemplateResult {
  const key = `${element} ${Object.keys(bindings).join(' ')}`;
  let template = templates.get(key);
  if (!template) {
    const properties = forwarded(element);
    const names = [...properties.map((property) => `.${property}`), ...Object.keys(bindings)];
    const tag = TAGS[element];
    template = {
      strings: templateStrings([
        `<${tag} part="${element}" exportparts="${exportedParts(element)}" ${names[0]}=`,
        ...names.slice(1).map((name) => ` ${name}=`),
        `></${tag}>`,
      ]),
      properties,
    };
    templates.set(key, template);
  }
  return html(template.strings, ...template.properties.map(value), ...Object.values(bindings));
}
