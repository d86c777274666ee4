/** The package's own files the configurator quotes, built in by scripts/configurator-data.ts. */
declare module 'virtual:pa-configurator-data' {
  const texts: import('./snippet.js').PackageTexts;
  export default texts;
}
