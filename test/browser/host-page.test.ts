// The elements on the page that holds them: hiding and layout, any value
// from a framework, headings that fit the outline, a move to another document.
import {expect, fixture, html} from '@open-wc/testing';
import type {LitElement} from 'lit';
import '../../src/define.js';
import {calculatorOf, captureWarnings, deepText, LIES, loadFrame, faqOf, inShadow, mount, settled} from './helpers.js';

const widget = (attributes: Record<string, string> = {}, width = '1000px') => mount('pa-migration-help', attributes, width);

describe('on the page’s terms', () => {
  /** Adds a page stylesheet for the test's duration. */
  async function withPageStyle(rules: string, run: () => Promise<void>): Promise<void> {
    const style = document.createElement('style');
    style.textContent = rules;
    document.head.append(style);
    try {
      await run();
    } finally {
      style.remove();
    }
  }

  const isDisplayed = (element: Element) => element.getBoundingClientRect().height > 0;

  it('hides with the hidden attribute', async () => {
    const element = await widget();
    expect(isDisplayed(element)).to.equal(true);
    element.hidden = true;
    expect(isDisplayed(element)).to.equal(false);
  });

  it('hides and lays out as the page says, even with !important', async () => {
    const element = await widget();
    await withPageStyle('pa-migration-help { display: none !important; }', async () => {
      expect(isDisplayed(element)).to.equal(false);
    });
    await withPageStyle('pa-migration-help { display: inline-block; width: 300px; }', async () => {
      expect(getComputedStyle(element).display).to.equal('inline-block');
      expect(element.getBoundingClientRect().width).to.be.closeTo(300, 1);
    });
  });

  it('hides a part the page hides: each half, each element alone', async () => {
    const element = await widget();
    await withPageStyle('pa-migration-help::part(faq) { display: none; }', async () => {
      expect(isDisplayed(faqOf(element))).to.equal(false);
      expect(isDisplayed(calculatorOf(element))).to.equal(true);
    });
    await withPageStyle('pa-migration-help::part(calculator) { display: none; }', async () => {
      expect(isDisplayed(calculatorOf(element))).to.equal(false);
    });
    const faq = await mount('pa-migration-faq');
    await withPageStyle('pa-migration-faq { display: none; }', async () => {
      expect(isDisplayed(faq)).to.equal(false);
    });
  });
});

describe('any JavaScript value in any property', () => {
  const values: Array<[label: string, value: unknown]> = [
    ['true', true],
    ['false', false],
    ['0', 0],
    ['NaN', Number.NaN],
    ['-Infinity', -Infinity],
    ['10n', 10n],
    ['a symbol', Symbol('x')],
    ['a null-prototype object', Object.create(null)],
    ['an object', {toString: () => '5'}],
    ['an array', ['migrate-now']],
    ['a function', () => 1],
    ['a Date', new Date(0)],
    ['null', null],
  ];
  const tags = ['pa-migration-help', 'pa-migration-faq', 'pa-renewal-calculator'] as const;

  // First: each property warns only once per page.
  it('reads numbers and booleans from frameworks as their text, and warns once about the rest', async () => {
    const element = await mount('pa-migration-help', {expiry: '2021-04-01', today: '2021-01-15'});
    const warnings = await captureWarnings(async () => {
      element.computers = 11;
      element.headingLevel = 4;
      (element as unknown as {open: unknown}).open = Symbol('x');
      await settled(element);
      (element as unknown as {open: unknown}).open = Object.create(null);
      await settled(element);
    });
    expect(calculatorOf(element).result?.packs).to.equal(3);
    expect(inShadow(calculatorOf(element), '[part="heading"]').getAttribute('aria-level')).to.equal('4');
    expect(warnings.filter((warning) => warning.includes('open'))).to.have.length(1);
  });

  for (const tag of tags) {
    it(`<${tag}> takes each without throwing or lying`, async () => {
      const element = await mount(tag, {computers: '11', expiry: '2021-04-01', today: '2021-01-15'});
      const properties = [...(element.constructor as typeof LitElement).elementProperties]
        .filter(([, options]) => !options.state)
        .map(([name]) => name as string);
      expect(properties.length).to.be.greaterThan(1);
      const failures: string[] = [];
      await captureWarnings(async () => {
        for (const property of properties) {
          for (const [label, value] of values) {
            try {
              (element as unknown as Record<string, unknown>)[property] = value;
              await settled(element);
              const lie = LIES.exec(deepText(element.shadowRoot!));
              if (lie) failures.push(`${property} = ${label}: shows "${lie[0]}"`);
            } catch (error) {
              failures.push(`${property} = ${label}: ${String(error)}`);
            }
          }
          (element as unknown as Record<string, unknown>)[property] = undefined;
        }
      });
      expect(failures).to.deep.equal([]);
    });
  }
});

describe('headings that fit the page', () => {
  /** Mounts `markup` (a page fragment holding one or more widgets) and waits until every widget has rendered. */
  async function page(markup: string): Promise<HTMLElement> {
    const column = await fixture<HTMLElement>(html`<div></div>`);
    column.append(document.createRange().createContextualFragment(markup));
    for (const element of column.querySelectorAll<LitElement>('pa-migration-help, pa-migration-faq, pa-renewal-calculator')) {
      await settled(element);
    }
    return column;
  }
  const levels = (widget: Element) =>
    [faqOf(widget), calculatorOf(widget)].map((inner) => inShadow(inner, '[role="heading"]').getAttribute('aria-level'));

  it('takes level 2 in an article under its <h1> (the Copenhagen theme), and axe finds no heading gap', async () => {
    const article = await page(`<article><header><h1>Migration to the new licensing service</h1><p>Updated</p></header>
      <section class="article-body"><p>Intro.</p><pa-migration-help computers="11" expiry="2021-04-01" today="2021-01-15"></pa-migration-help></section></article>`);
    expect(levels(article.querySelector('pa-migration-help')!)).to.deep.equal(['2', '2']);
    await expect(article).to.be.accessible();
  });

  const cases: Array<[label: string, markup: string, expected: string]> = [
    ['below an <h2>, 3', '<h2>Renewing</h2><p>Text</p><pa-migration-help></pa-migration-help>', '3'],
    [
      'below an <h3> inside an earlier section, 4',
      '<section><h3>A</h3><p>B</p></section><div><pa-migration-help></pa-migration-help></div>',
      '4',
    ],
    ['below a role="heading" aria-level="4", 5', '<div role="heading" aria-level="4">A</div><pa-migration-help></pa-migration-help>', '5'],
    ['below an <h6>, never past 6', '<h6>Small print</h6><pa-migration-help></pa-migration-help>', '6'],
    ['with no heading before, 2', '<pa-migration-help></pa-migration-help><h2>After</h2>', '2'],
    ['an explicit heading-level wins', '<h1>A</h1><pa-migration-help heading-level="5"></pa-migration-help>', '5'],
    // Headings no one sees or hears do not count: a placeholder's hidden fallback (its questions as <h2>), and the like.
    [
      "below an <h1> and a placeholder's hidden fallback, 2",
      '<h1>A</h1><div data-pa-migration-help><div hidden data-pa-fallback><h2>Q</h2><p>A</p></div><pa-migration-help></pa-migration-help></div>',
      '2',
    ],
    ['below an <h1> and a hidden <h3>, 2', '<h1>A</h1><h3 hidden>Q</h3><pa-migration-help></pa-migration-help>', '2'],
    ['below an <h1> and an aria-hidden <h2>, 2', '<h1>A</h1><h2 aria-hidden="true">Q</h2><pa-migration-help></pa-migration-help>', '2'],
    [
      'below an <h1> and a heading in a display: none box, 2',
      '<h1>A</h1><div style="display: none"><h2>Q</h2></div><pa-migration-help></pa-migration-help>',
      '2',
    ],
  ];
  for (const [label, markup, expected] of cases) {
    it(label, async () => {
      const column = await page(markup);
      expect(levels(column.querySelector('pa-migration-help')!)).to.deep.equal([expected, expected]);
    });
  }

  it("looks out of a framework's shadow root, and a second widget does not nest under the first", async () => {
    const column = await page('<h2>Licensing</h2><pa-migration-faq></pa-migration-faq><div id="app"></div>');
    const host = column.querySelector('#app')!;
    const shadow = host.attachShadow({mode: 'open'});
    shadow.innerHTML = '<p>App</p>';
    const calculator = document.createElement('pa-renewal-calculator');
    shadow.append(calculator);
    await settled(calculator);
    expect(inShadow(calculator, '[role="heading"]').getAttribute('aria-level')).to.equal('3');
    expect(inShadow(column.querySelector('pa-migration-faq')!, '[role="heading"]').getAttribute('aria-level')).to.equal('3');
  });
});

describe('moved to another document', () => {
  const accent = (element: Element) => getComputedStyle(element).getPropertyValue('--pa-accent').trim();

  for (const tag of ['pa-migration-help', 'pa-migration-faq', 'pa-renewal-calculator'] as const) {
    it(`<${tag}> is styled in an iframe's document and again when it comes back`, async () => {
      const element = await mount(tag);
      const home = element.parentElement!;
      expect(accent(element)).to.equal('#0b5cad');
      const frame = await loadFrame('about:blank');
      const other = frame.contentDocument!;
      other.body.append(element);
      await settled(element);
      expect(other.defaultView!.getComputedStyle(element).getPropertyValue('--pa-accent').trim(), 'in the iframe').to.equal('#0b5cad');
      home.append(element);
      await settled(element);
      expect(accent(element), 'back home').to.equal('#0b5cad');
      frame.remove();
    });
  }
});
