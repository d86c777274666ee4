// The figures of `npm run bench` (tools/bench.ts) as the Markdown table it
// writes into BENCHMARKS.md: medians with their range over the runs.

export type PageName = 'static' | 'widget' | 'server-rendered' | 'shoelace';
export interface Run {
  firstQuestion: number;
  shift: number;
  heap: number;
  gzip: number;
  brotli: number;
  update?: number[];
}
interface Stats {
  median: number;
  min: number;
  max: number;
}
/** How the figures were measured, for the table's heading. */
interface Setup {
  browser: string;
  runs: number;
  updates: number;
  cpuSlowdown: number;
  shoelace: string;
}

const percentile = (sorted: number[], p: number) => sorted[Math.floor(sorted.length * p)] ?? Number.NaN;
const stats = (values: number[]): Stats => {
  const sorted = [...values].sort((a, b) => a - b);
  return {median: percentile(sorted, 0.5), min: sorted[0] ?? Number.NaN, max: sorted.at(-1) ?? Number.NaN};
};
const fmt = ({median, min, max}: Stats, digits = 0) => `${median.toFixed(digits)} (${min.toFixed(digits)}–${max.toFixed(digits)})`;

/** The benchmark's table, in Markdown, from every run of every page. */
export function report(results: Record<PageName, Run[]>, setup: Setup): string {
  const {browser: version, runs: RUNS, updates: UPDATES, cpuSlowdown: CPU_SLOWDOWN, shoelace: SHOELACE_VERSION} = setup;
  const floor = stats(results.static.map((r) => r.firstQuestion)).median;
  const rows = Object.entries({
    'Static HTML, the floor (`<details>`)': results.static,
    '**pa-migration-help** (`<pa-migration-help>`, dist/browser)': results.widget,
    '**pa-migration-help, server-rendered** (dist/ssr.js, then dist/browser hydrates)': results['server-rendered'],
    [`Shoelace ${SHOELACE_VERSION} (\`<sl-details>\`), the peer`]: results.shoelace,
  }).map(([label, runs]) => {
    const first = stats(runs.map((r) => r.firstQuestion));
    // Pooled over every update of every run: a run's own median flips between ~0.2 and ~1.4 ms on this machine
    // (for the code before the timeline too), so the median of run medians says more about luck than about code.
    const updates = runs[0]?.update === undefined ? undefined : runs.flatMap((r) => r.update ?? []).sort((a, b) => a - b);
    const update = updates ? `${percentile(updates, 0.5).toFixed(1)} / ${percentile(updates, 0.9).toFixed(1)}` : 'n/a';
    return `| ${label} | ${runs[0]?.gzip} | ${runs[0]?.brotli} | ${fmt(first)} | ${(first.median / floor).toFixed(2)} | ${fmt(stats(runs.map((r) => r.heap / 1024)))} | ${stats(runs.map((r) => r.shift)).max.toFixed(3)} | ${update} |`;
  });
  return `Measured on ${new Date().toISOString().slice(0, 10)} with ${version}, headless, ${CPU_SLOWDOWN}x CPU throttling,
${RUNS} runs of each page interleaved.

| Page | Bytes downloaded, gzip | brotli | First question laid out, ms | Ratio to the floor | JS heap after GC, KB | Layout shift (worst run) | Input to updated result, ms: median / 90th percentile of ${RUNS} × ${UPDATES} updates |
| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |
${rows.join('\n')}`;
}
