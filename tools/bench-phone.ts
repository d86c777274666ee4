// The phone profile of `npm run bench`, its second stage: each embedding tier
// as a reader on a phone would feel it, beside the static floor and Shoelace.
// Lighthouse 12's mobile preset (simulated slow 4G, 150 ms round trips, 4x CPU
// slowdown; a phone's screen) measures every page in turn, BENCH_PHONE_RUNS
// rounds of them (default 5), each in a fresh browser context; the medians and
// the goals go into BENCHMARKS.md between <!-- bench-phone:start --> and
// <!-- bench-phone:end -->. The pages are served gzip-compressed, as a host
// would, since the simulated network charges every byte transferred.
import {readFile, writeFile} from 'node:fs/promises';
import type {AddressInfo} from 'node:net';
import {loadavg} from 'node:os';
import {join} from 'node:path';
import lighthouse from 'lighthouse';
import puppeteer, {type Browser} from 'puppeteer-core';
import {replaceMarkedBlock} from '../scripts/marked-block.js';
import {browserPath, CHROMIUM_ARGS} from './browsers.js';
import {METRICS, type PhonePage, type PhoneRun, phoneReport} from './bench-phone-report.js';
import {serve, shell} from './bench-server.js';

const RUNS = Number(process.env.BENCH_PHONE_RUNS ?? 5);

const MODULE = '<script type="module" fetchpriority="low" src="/dist/browser/define.js"></script>'; // README, Embedding, tier 1
const CLASSIC = '<script defer src="/dist/browser/pa-migration-help.iife.js"></script>'; // docs/static-site.md
const AUTO = '<script type="module" fetchpriority="low" src="/dist/browser/auto.js"></script>'; // docs/static-site.md, tier 2

/** The pages, in the order of each round and of the table. `variant`: the id of the same page without scripts. */
async function phonePages(root: string, pages: Map<string, string>): Promise<PhonePage[]> {
  const file = (path: string) => readFile(join(root, path), 'utf8');
  const [en, de, placeholder, embed] = await Promise.all([
    file('dist/html/en/pa-migration-help.html'),
    file('dist/html/de/pa-migration-help.html'),
    file('dist/html/en/placeholder.html'),
    file('dist/browser/embed/en.html'),
  ]);
  const made: [id: string, html: string][] = [
    ['html-only', shell('', en)],
    ['module', shell(MODULE, en)],
    ['classic', shell(CLASSIC, en)],
    ['client-only', shell(MODULE, '<pa-migration-help></pa-migration-help>')],
    ['placeholder-html-only', shell('', placeholder)],
    ['placeholder', shell(AUTO, placeholder)],
    ['de-html-only', shell('', de, 'de')],
    ['de-classic', shell(CLASSIC, de, 'de')],
    ['de-module', shell(MODULE, de, 'de')],
  ];
  for (const [id, html] of made) pages.set(`/bench/phone-${id}.html`, html);
  // The hosted page as it is, and without its script (beside it, for its relative URLs).
  pages.set('/dist/browser/embed/en-html-only.html', embed.replace(/<script\b[^>]*>[\s\S]*?<\/script>\s*/g, ''));
  const at = (id: string) => `/bench/phone-${id}.html`;
  return [
    {id: 'static', label: 'Static HTML, the floor (`<details>`)', path: '/bench/static.html'},
    {id: 'html-only', label: 'HTML only: dist/html/en/pa-migration-help.html, no script', path: at('html-only'), goals: 'floor'},
    {id: 'module', label: 'Tier 1, module script, server-rendered', path: at('module'), variant: 'html-only'},
    {id: 'classic', label: 'Tier 1, classic script (`defer`), server-rendered', path: at('classic'), variant: 'html-only'},
    {id: 'client-only', label: 'Tier 1, module script, client-only `<pa-migration-help>`', path: at('client-only'), variant: 'html-only'},
    {id: 'placeholder-html-only', label: 'Tier 2 placeholder, no script', path: at('placeholder-html-only'), goals: 'floor'},
    {id: 'placeholder', label: 'Tier 2, placeholder + auto.js', path: at('placeholder'), variant: 'placeholder-html-only'},
    {id: 'de-html-only', label: 'German, server-rendered, no script', path: at('de-html-only'), goals: 'floor'},
    {id: 'de-classic', label: 'German, server-rendered, classic script (`defer`)', path: at('de-classic'), variant: 'de-html-only'},
    {id: 'de-module', label: 'German, server-rendered, module script', path: at('de-module'), variant: 'de-html-only'},
    {id: 'embed-html-only', label: 'Tier 3 hosted page embed/en.html without scripts', path: '/dist/browser/embed/en-html-only.html'},
    {
      id: 'embed',
      label: 'Tier 3 hosted page embed/en.html',
      path: '/dist/browser/embed/en.html',
      variant: 'embed-html-only',
      goals: 'variant',
    },
    {id: 'shoelace', label: 'Shoelace (`<sl-details>`), the peer', path: '/bench/shoelace.html'},
  ];
}

interface Measured {
  run: PhoneRun;
  lighthouse: string;
  benchmarkIndex: number;
}

/** One Lighthouse run of `url` in a fresh browser context, mobile preset, simulated throttling (its defaults). */
async function measure(browser: Browser, url: string): Promise<Measured> {
  const context = await browser.createBrowserContext();
  try {
    const page = await context.newPage();
    const result = await lighthouse(
      url,
      {
        output: 'json',
        logLevel: 'error',
        // Only these audits: the report then holds the performance category alone (with onlyCategories as well,
        // Lighthouse would run every audit of the category).
        onlyAudits: Object.values(METRICS),
        disableFullPageScreenshot: true,
      },
      undefined,
      page,
    );
    const lhr = result?.lhr;
    if (!lhr || lhr.runtimeError) throw new Error(`Lighthouse failed on ${url}: ${lhr?.runtimeError?.message ?? 'no result'}`);
    const run = Object.fromEntries(
      Object.entries(METRICS).map(([metric, audit]) => {
        const value = lhr.audits[audit]?.numericValue;
        if (typeof value !== 'number') throw new Error(`${audit} missing on ${url}: ${lhr.audits[audit]?.errorMessage}`);
        return [metric, value];
      }),
    ) as PhoneRun;
    return {run, lighthouse: lhr.lighthouseVersion, benchmarkIndex: lhr.environment.benchmarkIndex};
  } finally {
    await context.close();
  }
}

/** Adds the phone pages to `pages` (which holds the first stage's static and Shoelace pages), measures, writes. */
export async function benchPhone(root: string, pages: Map<string, string>): Promise<void> {
  if (!(RUNS > 0)) return;
  const list = await phonePages(root, pages);
  const server = await serve(root, pages, {gzip: true});
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  // Lighthouse drives this browser through its own connection: one page at a time, never blocking this process,
  // which serves the pages.
  const browser = await puppeteer.launch({executablePath: browserPath('chromium'), headless: true, args: CHROMIUM_ARGS});
  const started = Date.now();
  const load = loadavg()[0] ?? 0;
  try {
    const results: Record<string, PhoneRun[]> = Object.fromEntries(list.map(({id}) => [id, []]));
    const benchmarkIndexes: number[] = [];
    let version = '';
    for (let run = 0; run < RUNS; run++) {
      for (const {id, path} of list) {
        const measured = await measure(browser, origin + path);
        results[id]?.push(measured.run);
        benchmarkIndexes.push(measured.benchmarkIndex);
        version = measured.lighthouse;
      }
      process.stdout.write(`phone run ${run + 1}/${RUNS} (${Math.round((Date.now() - started) / 1000)} s)\n`);
    }
    const markdown = phoneReport(list, results, {
      lighthouse: version,
      browser: (await browser.version()).replace(/^(Headless)?Chrome\//, 'Chromium '),
      runs: RUNS,
      benchmarkIndexes,
      load: [load, loadavg()[0] ?? 0],
      minutes: (Date.now() - started) / 60_000,
    });
    const file = join(root, 'BENCHMARKS.md');
    await writeFile(file, replaceMarkedBlock(await readFile(file, 'utf8'), 'bench-phone', markdown));
    process.stdout.write(`${markdown}\n`);
  } finally {
    await browser.close();
    server.close();
  }
}
