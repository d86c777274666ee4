// npm run screenshots: the widget on the demo's help-center page, in the
// scenarios a customer meets, at 1280 and 390 px wide, in Debian's headless
// Chromium. Writes docs/screenshots/<scenario>-<width>.jpg and the README's
// pictures (demo/screenshot*.png). `-- --out <folder>` writes the scenarios
// elsewhere (as docs/screenshots/before/ was made, from the commit before the
// summary design) and leaves the README's alone.
import {mkdir} from 'node:fs/promises';
import puppeteer, {type Browser} from 'puppeteer-core';
import {createServer} from 'vite';
import {browserPath, CHROMIUM_ARGS} from './browsers.js';

const ROOT = new URL('..', import.meta.url).pathname;
const outIndex = process.argv.indexOf('--out');
const OUT = (outIndex > 0 ? process.argv[outIndex + 1] : undefined) ?? `${ROOT}docs/screenshots`;
const WIDTHS = [1280, 390];
// JPEG keeps the docs' pictures small; --png writes lossless ones to compare.
const FORMAT = process.argv.includes('--png') ? ({type: 'png'} as const) : ({type: 'jpeg', quality: 75} as const);
const TODAY = '2026-12-01';

/** Attributes of <pa-migration-help> on the demo page, and the page's language. */
const SCENARIOS: Record<string, Record<string, string>> = {
  empty: {},
  filled: {computers: '7', expiry: '2027-03-15'},
  'packs-look-like-computers': {computers: '7', 'current-packs': '7', expiry: '2027-03-15'},
  decrease: {computers: '7', 'current-packs': '3', expiry: '2027-03-15'},
  'expires-soon': {computers: '12', expiry: '2026-12-20'},
  'expires-today': {computers: '5', expiry: TODAY},
  lapsed: {computers: '7', expiry: '2026-02-28'},
  arabic: {computers: '7', expiry: '2027-03-15', lang: 'ar'},
};

/** The README's pictures: the English page, and the widget alone in three languages. */
const README_PICTURES = [
  {file: 'demo/screenshot.png', lang: 'en', page: true},
  {file: 'demo/screenshot-de.png', lang: 'de'},
  {file: 'demo/screenshot-ja.png', lang: 'ja'},
  {file: 'demo/screenshot-ar.png', lang: 'ar'},
];

async function open(browser: Browser, origin: string, width: number, {lang = 'en', ...attributes}: Record<string, string>) {
  const page = await browser.newPage();
  await page.setViewport({width, height: 900});
  await page.emulateMediaFeatures([{name: 'prefers-reduced-motion', value: 'reduce'}]);
  await page.goto(`${origin}/`, {waitUntil: 'networkidle0'});
  await page.evaluate(
    async (lang: string, attributes: Record<string, string>, today: string) => {
      document.documentElement.lang = lang;
      const widget = document.querySelector('pa-migration-help')!;
      widget.setAttribute('today', today);
      for (const [name, value] of Object.entries(attributes)) widget.setAttribute(name, value);
      await customElements.whenDefined('pa-migration-help');
      // The locale chunk, then two rendering passes through the nested elements.
      await new Promise((resolve) => setTimeout(resolve, 300));
      await document.fonts.ready;
    },
    lang,
    attributes,
    TODAY,
  );
  return page;
}

const server = await createServer({root: ROOT, logLevel: 'silent', server: {port: 0}});
await server.listen();
const {port} = server.httpServer!.address() as {port: number};
const origin = `http://127.0.0.1:${port}`;
const browser = await puppeteer.launch({executablePath: browserPath('chromium'), args: CHROMIUM_ARGS});
try {
  await mkdir(OUT, {recursive: true});
  for (const [name, scenario] of Object.entries(SCENARIOS)) {
    for (const width of WIDTHS) {
      const page = await open(browser, origin, width, scenario);
      const widget = await page.$('pa-migration-help');
      await widget!.screenshot({path: `${OUT}/${name}-${width}.${FORMAT.type.replace('jpeg', 'jpg')}`, ...FORMAT});
      await page.close();
    }
  }
  if (outIndex < 0) {
    const filled = SCENARIOS.filled;
    for (const {file, lang, page: whole} of README_PICTURES) {
      const page = await open(browser, origin, 1280, {...filled, lang});
      const target = whole ? page : await page.$('pa-migration-help');
      await target!.screenshot({path: `${ROOT}${file}` as `${string}.png`});
      await page.close();
    }
  }
  console.log(`Wrote ${Object.keys(SCENARIOS).length * WIDTHS.length} screenshots into ${OUT}.`);
} finally {
  await browser.close();
  await server.close();
}
