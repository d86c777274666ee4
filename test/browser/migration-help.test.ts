import {expect, fixture, html, oneEvent} from '@open-wc/testing';
import type {LitElement} from 'lit';
import {MigrationHelpElement} from '../../src/index.js';
import {defineElement} from '../../src/internal/define-element.js';
import '../../src/define.js';
import {
  calculatorOf,
  captureWarnings,
  deepText,
  expectNoLies,
  LIES,
  loadFrame,
  faqOf,
  inShadow,
  mount,
  settled,
  textOf,
} from './helpers.js';

const widget = (attributes: Record<string, string> = {}, width = '1000px') => mount('pa-migration-help', attributes, width);

describe('<pa-migration-help>', () => {
  it('passes axe empty and filled', async () => {
    await expect(await widget()).to.be.accessible();
    await expect(await widget({computers: '11', expiry: '2021-04-01', today: '2021-01-15', open: 'pay-full-year'})).to.be.accessible();
  });

  it('is defined and constructible', () => {
    expect(customElements.get('pa-migration-help')).to.equal(MigrationHelpElement);
    expect(document.createElement('pa-migration-help')).to.be.instanceOf(MigrationHelpElement);
  });

  it("passes the calculator's attributes on", async () => {
    const element = await widget({
      computers: '11',
      'current-packs': '4',
      expiry: '2021-04-01',
      today: '2021-01-15',
      'pack-size': '10',
      'price-per-pack': '19.99',
      currency: 'EUR',
      'renew-url': '/renew',
      'heading-level': '4',
      open: 'higher-price',
    });
    const calculator = calculatorOf(element);
    expect(calculator.result).to.deep.include({packs: 2, seats: 20, annualPrice: 39.98, currency: 'EUR', decrease: true});
    expect(inShadow(calculator, '[part="renew-link"]').getAttribute('href')).to.equal('/renew');
    expect(inShadow(calculator, '[part="heading"]').getAttribute('aria-level')).to.equal('4');
    expect(inShadow(faqOf(element), '[role="heading"]').getAttribute('aria-level')).to.equal('4');
    expect(inShadow(faqOf(element), '#pa-faq-higher-price').getAttribute('aria-expanded')).to.equal('true');
    expectNoLies(element);
  });

  it("quotes the customer's dates in the whole-year answer once they are valid", async () => {
    const element = await widget({today: '2023-06-01', computers: '3'});
    const wholeYear = () => textOf(inShadow(faqOf(element), '#pa-faq-pay-full-year-answer'));
    expect(wholeYear()).to.contain('For example');
    element.setAttribute('expiry', '2024-02-29');
    await settled(element);
    expect(wholeYear()).to.contain('With your dates');
    expect(wholeYear()).to.contain('On February 28, 2025, auto-renewal charges you');
    element.setAttribute('expiry', '2024-02-30');
    await settled(element);
    expect(wholeYear()).to.contain('For example');
  });

  it('lets events from inside reach the page', async () => {
    const element = await widget({expiry: '2021-04-01', today: '2021-01-15'});
    setTimeout(() => element.setAttribute('computers', '10'));
    const change = await oneEvent(document, 'pa-renewal-change');
    expect(change.detail?.packs).to.equal(2);
    setTimeout(() => inShadow(faqOf(element), '#pa-faq-migrate-now').click());
    const toggle = await oneEvent(document, 'pa-faq-toggle');
    expect(toggle.detail).to.deep.equal({id: 'migrate-now', open: true});
  });

  it('sits side by side in a wide column and stacks in a narrow one, whatever the viewport', async () => {
    const wide = await widget({}, '1000px');
    const [faqBox, calculatorBox] = [faqOf(wide), calculatorOf(wide)].map((el) => el.getBoundingClientRect());
    expect(calculatorBox!.left).to.be.greaterThan(faqBox!.right - 1);
    expect(Math.abs(calculatorBox!.top - faqBox!.top)).to.be.lessThan(1);

    const narrow = await widget({}, '400px');
    const [faqNarrow, calculatorNarrow] = [faqOf(narrow), calculatorOf(narrow)].map((el) => el.getBoundingClientRect());
    expect(calculatorNarrow!.top).to.be.greaterThan(faqNarrow!.bottom - 1);
    expect(calculatorNarrow!.width).to.be.closeTo(400, 1);
  });

  it('exports the inner parts for styling', async () => {
    const element = await widget();
    expect(faqOf(element).getAttribute('part')).to.equal('faq');
    expect(calculatorOf(element).getAttribute('exportparts')).to.contain('packs');
  });
});

describe('markup in every attribute', () => {
  it('stays text: no element made, no script run, no error', async () => {
    const payload = '"><img src=x onerror="window.paInjected=true">';
    const names = [
      'computers',
      'current-packs',
      'expiry',
      'pack-size',
      'price-per-pack',
      'currency',
      'today',
      'renew-url',
      'heading-level',
      'open',
      'lang',
    ];
    let widget!: Element;
    await captureWarnings(async () => {
      widget = await mount('pa-migration-help', Object.fromEntries(names.map((name) => [name, payload])));
    });
    const trees = [widget.shadowRoot!, faqOf(widget).shadowRoot!, calculatorOf(widget).shadowRoot!];
    expect(trees.map((tree) => tree.querySelectorAll('img').length)).to.deep.equal([0, 0, 0]);
    expect((window as unknown as {paInjected?: boolean}).paInjected).to.equal(undefined);
    expectNoLies(widget);
  });
});

describe('defineElement', () => {
  it('lets a second copy of the bundle load without throwing, with one warning', async () => {
    class SecondCopy extends HTMLElement {}
    const warnings = await captureWarnings(() => {
      defineElement('pa-migration-help', SecondCopy);
      defineElement('pa-migration-help', SecondCopy);
    });
    expect(customElements.get('pa-migration-help')).to.equal(MigrationHelpElement);
    expect(warnings.length).to.equal(1);
    expect(warnings[0]).to.contain('already defined');
    const warningsForSameClass = await captureWarnings(() => defineElement('pa-migration-help', MigrationHelpElement));
    expect(warningsForSameClass.length).to.equal(0);
  });
});

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
