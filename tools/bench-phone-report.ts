// The figures of the phone profile (tools/bench-phone.ts) as the Markdown it
// writes into BENCHMARKS.md: the medians of each page, then each tier's goals
// from issue #19 with "met" or the gap.

/** The Lighthouse audits read, by the name the table gives them. */
export const METRICS = {
  fcp: 'first-contentful-paint',
  lcp: 'largest-contentful-paint',
  tbt: 'total-blocking-time',
  cls: 'cumulative-layout-shift',
  tti: 'interactive',
} as const;
export type Metric = keyof typeof METRICS;
export type PhoneRun = Record<Metric, number>;

export interface PhonePage {
  id: string;
  label: string;
  path: string;
  /** The id of the same page without scripts: its FCP and LCP are the goal's base. */
  variant?: string;
  /** Which goals apply: 'floor' (no variant), 'variant' (not the floor: another page shell), all of them by default. */
  goals?: 'floor' | 'variant';
}

interface Setup {
  lighthouse: string;
  browser: string;
  runs: number;
  benchmarkIndexes: number[];
  load: [start: number, end: number];
  minutes: number;
}

const FLOOR = 'static';
const VARIANT_RATIO = 1.15;
const FLOOR_RATIO = 1.3;
const TBT_ABOVE_FLOOR = 30;

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN;
const ms = (value: number) => Math.round(value).toString();
const range = (values: number[], format: (value: number) => string) =>
  `${format(median(values))} (${format(Math.min(...values))}–${format(Math.max(...values))})`;

/** `value` against at most `ratio` times `base`: the ratio, then "met" or how many ms too slow. */
function ratioGoal(value: number, base: number, ratio: number): [string, boolean] {
  const met = value <= base * ratio;
  return [`${(value / base).toFixed(2)}x, ${met ? 'met' : `${ms(value - base * ratio)} ms over`}`, met];
}

/** Each goal of `page` as a cell, with whether it was met; '' where it does not apply. */
function goals(page: PhonePage, medians: Map<string, PhoneRun>, runs: PhoneRun[]): [string, boolean][] {
  const own = medians.get(page.id);
  const floor = medians.get(FLOOR);
  const variant = page.variant === undefined ? undefined : medians.get(page.variant);
  if (!own || !floor) return [];
  const none: [string, boolean] = ['', true];
  const tbt = own.tbt - floor.tbt;
  const worstShift = Math.max(...runs.map((run) => run.cls));
  return [
    variant ? ratioGoal(own.fcp, variant.fcp, VARIANT_RATIO) : none,
    variant ? ratioGoal(own.lcp, variant.lcp, VARIANT_RATIO) : none,
    page.goals === 'variant' ? none : ratioGoal(own.fcp, floor.fcp, FLOOR_RATIO),
    page.goals === 'variant' ? none : ratioGoal(own.lcp, floor.lcp, FLOOR_RATIO),
    [
      `${tbt < 0 ? '−' : '+'}${ms(Math.abs(tbt))} ms, ${tbt <= TBT_ABOVE_FLOOR ? 'met' : `${ms(tbt - TBT_ABOVE_FLOOR)} ms over`}`,
      tbt <= TBT_ABOVE_FLOOR,
    ],
    [worstShift === 0 ? '0, met' : `${worstShift.toFixed(3)}, missed`, worstShift === 0],
  ];
}

/** The phone profile's Markdown, from every run of every page. */
export function phoneReport(pages: PhonePage[], results: Record<string, PhoneRun[]>, setup: Setup): string {
  const medians = new Map<string, PhoneRun>();
  for (const {id} of pages) {
    const runs = results[id] ?? [];
    medians.set(id, Object.fromEntries(Object.keys(METRICS).map((m) => [m, median(runs.map((r) => r[m as Metric]))])) as PhoneRun);
  }
  const rows = pages.map(({id, label}) => {
    const runs = results[id] ?? [];
    const of = (metric: Metric) => runs.map((run) => run[metric]);
    const cls = `${median(of('cls')).toFixed(3)}${Math.max(...of('cls')) > median(of('cls')) ? ` (worst ${Math.max(...of('cls')).toFixed(3)})` : ''}`;
    return `| ${label} | ${range(of('fcp'), ms)} | ${range(of('lcp'), ms)} | ${range(of('tbt'), ms)} | ${cls} | ${range(of('tti'), ms)} |`;
  });
  const goalRows = pages
    .filter((page) => page.variant !== undefined || page.goals !== undefined)
    .map((page) => {
      const cells = goals(page, medians, results[page.id] ?? []);
      const missed = cells.filter(([, met]) => !met).length;
      const applied = cells.filter(([text]) => text !== '').length;
      return `| ${page.label} | ${cells.map(([text]) => text || '–').join(' | ')} | ${missed ? `**${missed} of ${applied} missed**` : 'all met'} |`;
    });
  const {lighthouse, browser, runs, benchmarkIndexes, load, minutes} = setup;
  return `Measured on ${new Date().toISOString().slice(0, 10)} with Lighthouse ${lighthouse} in ${browser}, headless: its mobile preset
(simulated slow 4G: 150 ms round trip, 1.6 Mbit/s; 4x CPU slowdown; a phone's screen). ${runs} round${runs === 1 ? '' : 's'} of all pages
interleaved, each page in a fresh browser context; medians (min–max) in ms. Lighthouse's benchmark index of this machine:
median ${ms(median(benchmarkIndexes))} (it warns below 1000); load average ${load[0].toFixed(1)} at the start,
${load[1].toFixed(1)} at the end; ${minutes.toFixed(1)} minutes.

| Page | FCP | LCP | TBT | CLS (median) | TTI |
| --- | ---: | ---: | ---: | ---: | ---: |
${rows.join('\n')}

Goals, on the medians (CLS: every run). HTML-only: the same page without scripts (for the client-only page, the
server-rendered one's); floor: the static page.

| Page | FCP ≤ ${VARIANT_RATIO}x HTML-only | LCP ≤ ${VARIANT_RATIO}x HTML-only | FCP ≤ ${FLOOR_RATIO}x floor | LCP ≤ ${FLOOR_RATIO}x floor | TBT ≤ floor + ${TBT_ABOVE_FLOOR} ms | CLS 0 | Verdict |
| --- | ---: | ---: | ---: | ---: | ---: | ---: | --- |
${goalRows.join('\n')}`;
}
