// `cem analyze` (run by `npm run build`) writes dist/custom-elements.json,
// which package.json names in "customElements" for editors and doc tools.
// Both plugins below still change the output of analyzer 0.11 (checked by
// building without each): drop one only after diffing custom-elements.json.
export default {
  globs: ['src/components/*/*.component.ts', 'src/components/renewal-calculator/renewal-attributes.ts'],
  outdir: 'dist',
  litelement: true,
  plugins: [
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
