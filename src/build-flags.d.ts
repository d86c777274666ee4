/** True on the demo server and in tests, false in builds: whether the pseudo-locale en-XA is available. */
declare const __PA_PSEUDO_LOCALE__: boolean;

/**
 * In the classic script's build, each shipped locale's module file, relative to the script
 * (`{de: 'locales/de-….js', …}`); null everywhere else, where the bundler makes the locales lazy chunks.
 */
declare const __PA_LOCALE_FILES__: Readonly<Record<string, string>> | null;

/** The package's version, from package.json. */
declare const __PA_VERSION__: string;
