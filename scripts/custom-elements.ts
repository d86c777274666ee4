// The plugins of custom-elements-manifest.config.mjs, with which `cem analyze`
// (run under tsx by `npm run build`) writes dist/custom-elements.json for
// editors and doc tools. The attributes and the parts come from the one lists,
// not from the components' source, which the analyzer cannot read them from:
// attributes from the attribute table (src/internal/attributes.ts), parts from
// src/internal/elements.ts, both described by src/internal/documentation.ts.
// The last two plugins still change the output of analyzer 0.11 (checked by
// building without each): drop one only after diffing custom-elements.json.
import type {Plugin} from '@custom-elements-manifest/analyzer';
import type {Attribute, ClassDeclaration, ClassMember, CustomElement, Package} from 'custom-elements-manifest/schema';
import {ATTRIBUTES, attributesOf} from '../src/internal/attributes.js';
import {ATTRIBUTE_DOCS, PART_DOCS} from '../src/internal/documentation.js';
import {type ElementName, PARTS, TAGS} from '../src/internal/elements.js';

const ELEMENTS = new Map(Object.entries(TAGS).map(([element, tag]) => [tag as string, element as ElementName]));
const isAttributeProperty = (name: string | undefined) => name !== undefined && Object.hasOwn(ATTRIBUTES, name);

/** A class the analyzer found to be a custom element (schema 1.0.0's CustomElementDeclaration omits the fields). */
type ElementDeclaration = ClassDeclaration & CustomElement;

/** Every custom element the analyzer found. */
function* elements(manifest: Package): Generator<ElementDeclaration> {
  for (const module of manifest.modules) {
    for (const declaration of (module.declarations ?? []) as Partial<ElementDeclaration>[]) {
      if (declaration.customElement || declaration.tagName) yield declaration as ElementDeclaration;
    }
  }
}

/** Attributes and parts from the one lists: the elements take their attributes from the table (withAttributes). */
const fromTheLists: Plugin = {
  name: 'pa-attributes-and-parts',
  packageLinkPhase({customElementsManifest}) {
    for (const declaration of elements(customElementsManifest)) {
      const element = ELEMENTS.get(declaration.tagName ?? '');
      if (!element) continue;
      const documented: Attribute[] = attributesOf(element).map(([property, spec]) => ({
        name: spec.attribute,
        fieldName: property,
        description: ATTRIBUTE_DOCS[property].values,
        default: ATTRIBUTE_DOCS[property].default,
        type: {text: 'kind' in spec && spec.kind !== 'date' ? 'string | number' : 'string'},
      }));
      declaration.attributes = [...documented, ...(declaration.attributes ?? []).filter((a) => !isAttributeProperty(a.fieldName))];
      const fields: ClassMember[] = documented.map(({name, fieldName, description, type}) => ({
        kind: 'field',
        name: fieldName!,
        attribute: name,
        ...(description ? {description} : {}),
        ...(type ? {type} : {}),
      }));
      declaration.members = [...fields, ...(declaration.members ?? []).filter((member) => !isAttributeProperty(member.name))];
      const parts: Record<string, string> = PART_DOCS[element];
      declaration.cssParts = PARTS[element].map((name) => ({name, description: parts[name]!}));
    }
  },
};

/**
 * The analyzer also guesses an event from each dispatchEvent(new XEvent(arg)),
 * naming it after the argument (an `id` event on the FAQ, an unnamed one on
 * the calculator); the @event tags are the truth.
 */
const documentedEventsOnly: Plugin = {
  name: 'pa-documented-events-only',
  packageLinkPhase({customElementsManifest}) {
    for (const declaration of elements(customElementsManifest)) {
      if (declaration.events) declaration.events = declaration.events.filter((event) => event.name?.startsWith('pa-'));
    }
  },
};

/**
 * The analyzer honours `attribute: false` in `static properties` but not
 * `state: true`, which it takes for an attribute (openIds, fieldText, …);
 * internal state is private, and private fields are not API.
 */
const noPrivateAttributes: Plugin = {
  name: 'pa-no-private-attributes',
  packageLinkPhase({customElementsManifest}) {
    for (const declaration of elements(customElementsManifest)) {
      const internal = new Set(declaration.members?.filter((member) => member.privacy === 'private').map((member) => member.name));
      declaration.attributes = declaration.attributes?.filter((attribute) => !internal.has(attribute.fieldName ?? ''));
      for (const member of declaration.members ?? []) if (internal.has(member.name) && 'attribute' in member) delete member.attribute;
    }
  },
};

export const plugins: Plugin[] = [fromTheLists, documentedEventsOnly, noPrivateAttributes];
