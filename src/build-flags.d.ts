/** True on the demo server and in tests, false in builds: whether the pseudo-locale en-XA is available. */
declare const __PA_PSEUDO_LOCALE__: boolean;

/** The package's version, from package.json. */
declare const __PA_VERSION__: string;
