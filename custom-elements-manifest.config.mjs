// `cem analyze` (run by `npm run build`) writes dist/custom-elements.json,
// which package.json names in "customElements" for editors and doc tools.
// The first two plugins still change the output of analyzer 0.11 (checked by
// building without each): drop one only after diffing custom-elements.json.
import {readFileSync} from 'node:fs';
import {buildSync} from 'esbuild';

/** The attribute table (src/internal/attributes.ts), compiled for this config. */
async function attributeTable() {
  const [{text}] = buildSync({entryPoints: ['src/internal/attributes.ts'], bundle: true, format: 'esm', write: false}).outputFiles;
  return (await import(`data:text/javascript;base64,${Buffer.from(text).toString('base64')}`)).ATTRIBUTES;
}

const ATTRIBUTES = await attributeTable();
const ELEMENTS = {'pa-migration-help': 'help', 'pa-renewal-calculator': 'calculator', 'pa-migration-faq': 'faq'};
// The attributes' documentation is the README's table: | `property` | `attribute` | values | default |.
const README_ROWS = new Map(
  [...readFileSync('README.md', 'utf8').matchAll(/^\| `(\w+)` \| `[\w-]+` \| (.+?) \| (.+?) \|$/gm)].map(
    ([, property, values, fallback]) => [property, {values, fallback}],
  ),
);

export default {
  globs: ['src/components/*/*.component.ts'],
  outdir: 'dist',
  litelement: true,
  plugins: [
    {
      // The elements take their attributes from the table (withAttributes),
      // which the analyzer cannot read: they are written in from it.
      name: 'pa-attribute-table',
      packageLinkPhase({customElementsManifest}) {
        for (const module of customElementsManifest.modules) {
          for (const declaration of module.declarations ?? []) {
            const element = ELEMENTS[declaration.tagName];
            if (!element) continue;
            const taken = Object.entries(ATTRIBUTES).filter(([, spec]) => spec.on.includes(element));
            const documented = taken.map(([property, spec]) => ({
              name: spec.attribute,
              fieldName: property,
              description: README_ROWS.get(property)?.values,
              default: README_ROWS.get(property)?.fallback,
              type: {text: spec.kind === 'count' || spec.kind === 'decimal' || spec.kind === 'level' ? 'string | number' : 'string'},
            }));
            declaration.attributes = [...documented, ...(declaration.attributes ?? []).filter((a) => !ATTRIBUTES[a.fieldName])];
            const fields = documented.map(({name, fieldName, description, type}) => ({
              kind: 'field',
              name: fieldName,
              attribute: name,
              description,
              type,
            }));
            declaration.members = [...fields, ...(declaration.members ?? []).filter((member) => !ATTRIBUTES[member.name])];
          }
        }
      },
    },
    {
      // The analyzer also guesses an event from each dispatchEvent(new XEvent(arg)),
      // naming it after the argument (an `id` event on the FAQ, an unnamed one on
      // the calculator); the @event tags are the truth.
      name: 'pa-documented-events-only',
      packageLinkPhase({customElementsManifest}) {
        for (const module of customElementsManifest.modules) {
          for (const declaration of module.declarations ?? []) {
            if (declaration.events) declaration.events = declaration.events.filter((event) => event.name?.startsWith('pa-'));
          }
        }
      },
    },
    {
      // The analyzer honours `attribute: false` in `static properties` but not
      // `state: true`, which it takes for an attribute (openIds, fieldText, …);
      // internal state is private, and private fields are not API.
      name: 'pa-no-private-attributes',
      packageLinkPhase({customElementsManifest}) {
        for (const module of customElementsManifest.modules) {
          for (const declaration of module.declarations ?? []) {
            const internal = new Set(declaration.members?.filter((member) => member.privacy === 'private').map((member) => member.name));
            declaration.attributes = declaration.attributes?.filter((attribute) => !internal.has(attribute.fieldName));
            for (const member of declaration.members ?? []) if (internal.has(member.name)) delete member.attribute;
          }
        }
      },
    },
  ],
};
