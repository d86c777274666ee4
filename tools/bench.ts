// npm run bench: what an English help-center page pays for the widget, next to
// the floor (the same FAQ text as static HTML) and a peer (the same FAQ built
// with Shoelace's <sl-details>); the widget both rendered by its script and
// server-rendered (dist/ssr.js) then hydrated. Builds, serves this folder on 127.0.0.1, and
// measures in Debian's headless Chromium with CPU throttling, over
// interleaved runs; writes the figures into BENCHMARKS.md, between
// <!-- bench:start --> and <!-- bench:end --> (the rest of it is prose kept by
// hand). Figures vary with the machine: read them as ratios between pages
// measured in the same run. Then the phone profile, tools/bench-phone.ts.
import {execSync} from 'node:child_process';
import {readFile, writeFile} from 'node:fs/promises';
import type {AddressInfo} from 'node:net';
import {join} from 'node:path';
import puppeteer, {type Browser} from 'puppeteer-core';
import {replaceMarkedBlock} from '../scripts/marked-block.js';
import {browserPath, CHROMIUM_ARGS} from './browsers.js';
import {benchPhone} from './bench-phone.js';
import {type PageName, report, type Run} from './bench-report.js';
import {escapeHtml, serve, shell} from './bench-server.js';
import {brotliSize, gzipSize} from './compressed-size.js';

const RUNS = Number(process.env.BENCH_RUNS ?? 10);
const UPDATES = 1000;
const CPU_SLOWDOWN = 4;
const ROOT = new URL('..', import.meta.url).pathname;
const SHOELACE_VERSION = JSON.parse(await readFile(join(ROOT, 'node_modules/@shoelace-style/shoelace/package.json'), 'utf8')).version;

const pages = new Map<string, string>(); // path -> HTML made by this script

declare global {
  interface Window {
    bench: {shift: number; firstQuestion: number | undefined};
  }
}

const widgetQuestion = () =>
  document
    .querySelector('pa-migration-help')
    ?.shadowRoot?.querySelector('pa-migration-faq')
    ?.shadowRoot?.querySelector('[part="question"]');

/** Where each page's first question is, once laid out. */
const FIRST_QUESTION: Record<PageName, () => Element | null | undefined> = {
  static: () => document.querySelector('summary'),
  widget: widgetQuestion,
  // The same element, there from the HTML (declarative shadow DOM) before the script hydrates it.
  'server-rendered': widgetQuestion,
  shoelace: () => document.querySelector('sl-details')?.shadowRoot?.querySelector('[part="header"]'),
};

// Runs in each page before its own scripts: notes when the first question has a box, and layout shifts.
const probe = (findFirstQuestion: string) => {
  window.bench = {shift: 0, firstQuestion: undefined};
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries() as (PerformanceEntry & {hadRecentInput: boolean; value: number})[])
      if (!entry.hadRecentInput) window.bench.shift += entry.value;
  }).observe({type: 'layout-shift', buffered: true});
  const find = new Function(`return (${findFirstQuestion})()`);
  const look = () => {
    const question = find();
    if (question && question.getBoundingClientRect().height > 0) window.bench.firstQuestion = performance.now();
    else requestAnimationFrame(look);
  };
  requestAnimationFrame(look);
};

async function measure(browser: Browser, origin: string, name: PageName): Promise<Run> {
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  const cdp = await page.createCDPSession();
  await cdp.send('Emulation.setCPUThrottlingRate', {rate: CPU_SLOWDOWN});
  const bodies: Promise<Uint8Array>[] = [];
  page.on('response', (response) => bodies.push(response.buffer().catch(() => Buffer.alloc(0))));
  // tsx keeps function names by wrapping them in __name(), which the page lacks: the serialized probe calls it.
  await page.evaluateOnNewDocument('globalThis.__name = (fn) => fn;');
  await page.evaluateOnNewDocument(probe, FIRST_QUESTION[name].toString());
  await page.goto(`${origin}/bench/${name}.html`, {waitUntil: 'networkidle0'});
  await page.waitForFunction(() => window.bench.firstQuestion !== undefined, {timeout: 30_000});
  await new Promise((resolve) => setTimeout(resolve, 300));
  const {firstQuestion = 0, shift} = await page.evaluate(() => window.bench);
  await cdp.send('HeapProfiler.collectGarbage');
  const {usedSize} = await cdp.send('Runtime.getHeapUsage');
  const bytes = Buffer.concat(await Promise.all(bodies));
  const result: Run = {
    firstQuestion,
    shift,
    heap: usedSize,
    gzip: gzipSize(bytes),
    brotli: brotliSize(bytes),
  };
  if (name === 'server-rendered') {
    // Hydrated, as a reader would use it: the script has run and the first question is still the server's node.
    await page.waitForFunction(() => document.querySelector('pa-migration-help')?.hasUpdated === true, {timeout: 30_000});
  }
  if (name === 'widget' || name === 'server-rendered') result.update = await page.evaluate(updateLatency, UPDATES);
  await context.close();
  return result;
}

// In the widget page: the time from a typed value to the re-rendered result, for each of `count` updates.
async function updateLatency(count: number) {
  const calculator = document
    .querySelector('pa-migration-help')!
    .shadowRoot!.querySelector<HTMLElement & {updateComplete: Promise<boolean>}>('pa-renewal-calculator')!;
  const field = calculator.shadowRoot!.querySelector<HTMLInputElement>('#computers')!;
  const times: number[] = [];
  for (let i = 0; i < count; i++) {
    const start = performance.now();
    field.value = String(1 + (i % 997));
    field.dispatchEvent(new Event('input', {bubbles: true}));
    await calculator.updateComplete;
    times.push(performance.now() - start);
  }
  const packs = calculator.shadowRoot!.querySelector<HTMLElement>('[part~="packs"]')!.dataset.value;
  if (packs !== String(Math.ceil((1 + ((count - 1) % 997)) / 5))) throw new Error(`the widget shows ${packs} packs`);
  return times;
}

/** The FAQ text our widget renders, to give the other pages exactly the same. */
async function faqText(browser: Browser, origin: string): Promise<{intro: string; items: {question: string; answer: string}[]}> {
  const page = await browser.newPage();
  await page.goto(`${origin}/bench/widget.html`, {waitUntil: 'networkidle0'});
  const faq = await page.waitForFunction(() => {
    const root = document.querySelector('pa-migration-help')?.shadowRoot?.querySelector('pa-migration-faq')?.shadowRoot;
    const items = [...(root?.querySelectorAll('.item') ?? [])];
    return (
      items.length === 4 && {
        intro: root!.querySelector('[part="intro"]')!.textContent!.trim(),
        items: items.map((item) => ({
          question: item.querySelector('[part="question"]')!.textContent!.trim(),
          answer: item.querySelector('[part="answer"]')!.textContent!.replace(/\s+/g, ' ').trim(),
        })),
      }
    );
  });
  const text = await faq.jsonValue();
  await page.close();
  return text as {intro: string; items: {question: string; answer: string}[]};
}

async function main() {
  execSync('npm run build', {stdio: 'ignore', cwd: ROOT});
  const server = await serve(ROOT, pages);
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const browser = await puppeteer.launch({executablePath: browserPath('chromium'), headless: true, args: CHROMIUM_ARGS});
  try {
    pages.set(
      '/bench/widget.html',
      shell(
        '<script type="module" src="/dist/browser/define.js"></script>',
        '<pa-migration-help expiry="2027-04-01" today="2026-11-28"></pa-migration-help>',
      ),
    );
    const {renderElement}: {renderElement: (tag: string, attributes: Record<string, string>) => Promise<string>} = await import(
      join(ROOT, 'dist/ssr.js')
    );
    pages.set(
      '/bench/server-rendered.html',
      shell(
        '<script type="module" src="/dist/browser/define.js"></script>',
        await renderElement('pa-migration-help', {expiry: '2027-04-01', today: '2026-11-28'}),
      ),
    );
    const faq = await faqText(browser, origin);
    const intro = `<p>${escapeHtml(faq.intro)}</p>`;
    pages.set(
      '/bench/static.html',
      shell(
        '',
        intro +
          faq.items
            .map(({question, answer}) => `<details><summary>${escapeHtml(question)}</summary><p>${escapeHtml(answer)}</p></details>`)
            .join(''),
      ),
    );
    const shoelace = '/node_modules/@shoelace-style/shoelace/cdn';
    pages.set(
      '/bench/shoelace.html',
      shell(
        `<link rel="stylesheet" href="${shoelace}/themes/light.css"><script type="module" data-shoelace="${shoelace}" src="${shoelace}/components/details/details.js"></script>`,
        intro +
          faq.items
            .map(
              ({question, answer}) =>
                `<sl-details summary="${escapeHtml(question).replace(/"/g, '&quot;')}"><p>${escapeHtml(answer)}</p></sl-details>`,
            )
            .join(''),
      ),
    );

    // BENCH_RUNS=0 leaves this stage's figures as they are and goes on to the phone profile.
    if (RUNS > 0) await firstStage(browser, origin);
  } finally {
    await browser.close();
    server.close();
  }
  // The second stage: the same pages and the embedding tiers, as a phone on slow 4G (tools/bench-phone.ts).
  await benchPhone(ROOT, pages);
}

/** The first stage: every page RUNS times, interleaved; its figures into BENCHMARKS.md. */
async function firstStage(browser: Browser, origin: string) {
  const results: Record<PageName, Run[]> = {static: [], widget: [], 'server-rendered': [], shoelace: []};
  for (let run = 0; run < RUNS; run++) {
    for (const name of Object.keys(results) as PageName[]) results[name].push(await measure(browser, origin, name));
    process.stdout.write(`run ${run + 1}/${RUNS}\n`);
  }
  const markdown = report(results, {
    browser: execSync(`${browserPath('chromium')} --version 2>/dev/null || true`, {encoding: 'utf8'}).trim(),
    runs: RUNS,
    updates: UPDATES,
    cpuSlowdown: CPU_SLOWDOWN,
    shoelace: SHOELACE_VERSION,
  });
  const file = join(ROOT, 'BENCHMARKS.md');
  await writeFile(file, replaceMarkedBlock(await readFile(file, 'utf8'), 'bench', markdown));
  process.stdout.write(`${markdown}\n`);
}

await main();
