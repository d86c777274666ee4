// What the tests of the built bundle (dist/browser) on fixture pages share.
import {waitUntil} from '@open-wc/testing';
import {loadFrame} from './helpers.js';

export interface FixtureWindow extends Window {
  paLayoutShift: number;
  paViolations: string[];
  paErrors: string[];
  /** What the page logged with console.error. */
  paConsoleErrors: string[];
  paWarnings: string[];
}

/** From now on, what goes wrong in a frame's window: errors thrown, rejected or logged, and warnings logged. */
export function recordProblems(win: Window & typeof globalThis): {errors: string[]; warnings: string[]} {
  const errors: string[] = [];
  const warnings: string[] = [];
  win.addEventListener('error', (event) => errors.push(String(event.message)));
  win.addEventListener('unhandledrejection', (event) => errors.push(String(event.reason)));
  const {error, warn} = win.console;
  win.console.error = (...args: unknown[]) => {
    errors.push(args.map(String).join(' '));
    error.apply(win.console, args);
  };
  win.console.warn = (...args: unknown[]) => {
    warnings.push(args.map(String).join(' '));
    warn.apply(win.console, args);
  };
  return {errors, warnings};
}

/** Loads a fixture page in an iframe and waits until its widget shows a result. */
export async function openFixture(name: string, width = 1000): Promise<{win: FixtureWindow; doc: Document}> {
  const frame = await loadFrame(`/test/fixtures/${name}`, {width, height: 900});
  const win = frame.contentWindow as FixtureWindow;
  const doc = frame.contentDocument!;
  await waitUntil(() => packsOf(doc) !== undefined, `a result in ${name}`, {timeout: 8000});
  return {win, doc};
}

export const calculatorIn = (doc: Document) =>
  doc.querySelector('pa-migration-help')?.shadowRoot?.querySelector('pa-renewal-calculator') as
    | (HTMLElement & {result: {packs: number; lapsed: boolean; newExpiry: string} | null})
    | null;
export const packsOf = (doc: Document) => calculatorIn(doc)?.result?.packs;
export const shadowText = (doc: Document) =>
  [...doc.querySelector('pa-migration-help')!.shadowRoot!.querySelectorAll('pa-migration-faq, pa-renewal-calculator')]
    .map((element) => element.shadowRoot!.textContent)
    .join(' ');

function luminance(color: string): number {
  const [r, g, b] = color
    .match(/[\d.]+/g)!
    .slice(0, 3)
    .map((v) => {
      const c = Number(v) / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

export function contrast(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

/** The first German question, to wait for a German FAQ. */
export const GERMAN_QUESTION = 'Muss ich jetzt schon migrieren?';
