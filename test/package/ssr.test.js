// The published entries in plain Node, imported by package name as a server
// would: no window, no document, no DOM shim; and pa-migration-help/ssr, its
// command line and the ready-made HTML. Run after `npm run build`.
import assert from 'node:assert/strict';
import {execFile} from 'node:child_process';
import {createHash} from 'node:crypto';
import {readFileSync} from 'node:fs';
import {test} from 'node:test';
import {fileURLToPath} from 'node:url';
import {promisify} from 'node:util';

const ENTRIES = [
  'pa-migration-help',
  'pa-migration-help/define',
  'pa-migration-help/define/migration-help',
  'pa-migration-help/define/renewal-calculator',
  'pa-migration-help/define/migration-faq',
  'pa-migration-help/auto',
  'pa-migration-help/core',
  'pa-migration-help/ssr',
];

test('every entry imports in plain Node, touching no DOM', async () => {
  for (const entry of ENTRIES) await import(entry);
  assert.equal(typeof globalThis.window, 'undefined');
  assert.equal(typeof globalThis.document, 'undefined');
  assert.equal(typeof globalThis.MutationObserver, 'undefined');
});

const {renderElement, renderPlaceholder} = await import('pa-migration-help/ssr');
const {FAQ_ITEM_IDS} = await import('pa-migration-help');

/** The opening tags of the custom elements in some HTML, in order. */
const elements = (html) => [...html.matchAll(/<(pa-[a-z-]+)[\s>]/g)].map(([, tag]) => tag);

test('renders <pa-migration-help> with both elements inside, as declarative shadow DOM', async () => {
  const html = await renderElement('pa-migration-help');
  assert.deepEqual(elements(html), ['pa-migration-help', 'pa-migration-faq', 'pa-renewal-calculator']);
  assert.equal(html.match(/<template shadowroot="open" shadowrootmode="open">/g).length, 3);
  assert.match(html, /^<pa-migration-help data-pa-locale="en">/);
  assert.match(html, /My license doesn&#39;t expire for a few months/);
  assert.match(html, /Check your renewal/);
});

test('renders in the language of lang, matched as in the browser', async () => {
  assert.match(await renderElement('pa-migration-faq', {lang: 'de-AT'}), /Meine Lizenz läuft erst in einigen Monaten ab/);
  assert.match(await renderElement('pa-migration-faq', {lang: 'ja'}), /今すぐ移行しなければなりませんか/);
  assert.match(await renderElement('pa-migration-faq', {lang: 'xx'}), /Do I have to migrate now/);
  // Concurrent renders in two languages each keep their own.
  const [de, fr] = await Promise.all([renderElement('pa-migration-faq', {lang: 'de'}), renderElement('pa-migration-faq', {lang: 'fr'})]);
  assert.match(de, /lang="de"/);
  assert.doesNotMatch(de, /lang="fr"/);
  assert.match(fr, /lang="fr"/);
});

test('renders the result when computers, expiry and today are given, and none without today', async () => {
  const inputs = {computers: '7', expiry: '2027-03-15', 'price-per-pack': '99.99', currency: 'EUR'};
  const withToday = await renderElement('pa-renewal-calculator', {...inputs, today: '2026-12-01'});
  assert.match(withToday, /part="packs" class="instruction" data-value="2"/);
  assert.match(withToday, /data-value="2028-03-15"/);
  assert.match(withToday, /€199\.98/);
  const withoutToday = await renderElement('pa-renewal-calculator', inputs);
  assert.doesNotMatch(withoutToday, /part="summary"/);
  assert.match(withoutToday, /part="prompt"/);
  // A today that is not a date counts as none: the server's clock stays out of the HTML.
  for (const today of ['nope', '2024-02-30']) {
    assert.doesNotMatch(await renderElement('pa-renewal-calculator', {...inputs, today}), /part="summary"/, today);
  }
});

test('escapes attribute values: markup in them renders inert', async () => {
  const html = await renderElement('pa-migration-help', {computers: '"><script>alert(1)</script>', 'renew-url': 'javascript:alert(1)'});
  assert.doesNotMatch(html, /<script/);
  assert.match(html, /computers="&quot;&gt;&lt;script&gt;alert\(1\)&lt;\/script&gt;"/);
  assert.doesNotMatch(html, /href="javascript:/);
});

test('refuses another tag, an attribute the element does not take, a value that is not a string', async () => {
  await assert.rejects(renderElement('pa-other'), TypeError);
  await assert.rejects(renderElement('pa-migration-faq', {computers: '7'}), /takes no attribute "computers"/);
  await assert.rejects(renderElement('pa-migration-faq', {onclick: 'x'}), TypeError);
  await assert.rejects(renderElement('pa-migration-faq', {lang: 7}), /not a string/);
  // A tag that is not a string, though it reads as one (Express makes ?tag[]=… an array).
  for (const tag of [['pa-renewal-calculator'], new String('pa-renewal-calculator'), {toString: () => 'pa-renewal-calculator'}]) {
    await assert.rejects(renderElement(tag), /is not one of/);
  }
});

test('renders the placeholder as plain headings and paragraphs, with no markers', async () => {
  const html = await renderPlaceholder('es');
  // In Spanish, not fixed to it: pasted into an article in another language, the widget follows the article.
  assert.match(html, /^<div data-pa-migration-help>\n<p>Las suscripciones/);
  assert.equal(html.match(/<h2>/g).length, FAQ_ITEM_IDS.length);
  assert.doesNotMatch(html, /<!--|<\?>|<template|<style|part=|class=/);
});

test('renders the placeholder with the attributes of the widget, its text following pack-size', async () => {
  const html = await renderPlaceholder({lang: 'en', 'pack-size': '10', 'price-per-pack': '99.99', 'renew-url': '/renew?a=1&b="2"'});
  assert.match(
    html,
    /^<div data-pa-migration-help data-lang="en" data-pack-size="10" data-price-per-pack="99\.99" data-renew-url="\/renew\?a=1&amp;b=&quot;2&quot;">/,
  );
  assert.match(html, /One pack covers up to 10 remote computers/);
  assert.doesNotMatch(html, /up to 5 remote computers/);
  await assert.rejects(renderPlaceholder({'data-price': '1'}), /takes no attribute "data-price"/);
});

const run = promisify(execFile);
const cli = fileURLToPath(import.meta.resolve('pa-migration-help/ssr').replace(/ssr\.js$/, 'cli.js'));

test('the command line renders an element, explains itself, and says what is wrong with exit code 2', async () => {
  const {stdout} = await run(process.execPath, [cli, 'render', 'pa-migration-help', 'lang=de', 'price-per-pack=99.99']);
  assert.match(stdout, /^<pa-migration-help data-pa-locale="de" lang="de" price-per-pack="99.99">/);
  assert.match((await run(process.execPath, [cli, '--help'])).stdout, /Usage:/);
  const failed = await run(process.execPath, [cli, 'render', 'pa-migration-faq', 'price=1']).catch((error) => error);
  assert.equal(failed.code, 2);
  assert.match(failed.stderr, /takes no price\./);
  const refused = async (...args) => {
    const error = await run(process.execPath, [cli, ...args]).then(
      () => undefined,
      (error) => error,
    );
    assert.equal(error?.code, 2, `${args.join(' ')}: exit code 2`);
    assert.equal(error.stderr.split('\n')[0].startsWith('pa-migration-help: '), true);
    return error.stderr;
  };
  assert.match(await refused('render', 'pa-migration-faq', '__proto__=x'), /takes no __proto__/);
  assert.match(await refused('render', 'pa-migration-faq', 'constructor=x'), /takes no constructor/);
  // Never silent English, never a setting dropped.
  assert.match(await refused('placeholder', 'german'), /does not speak "german"/);
  assert.match(await refused('render', 'pa-migration-help', '--locale', 'xx'), /does not speak "xx"/);
  assert.match(await refused('placeholder', 'de', 'price-per-pack=99,99'), /with a point, not a comma/);
  assert.match(await refused('placeholder', 'de', 'data-price=1'), /takes no attribute "data-price"/);
  assert.match(await refused('render', 'pa-migration-faq', 'lang=de', 'lang=fr'), /"lang" is given twice/);
  assert.match(await refused('placeholder', 'lang=de', 'lang=fr'), /"lang" is given twice/);
  assert.match((await run(process.execPath, [cli, 'placeholder', '--help'])).stdout, /^Usage:/);
  assert.match((await run(process.execPath, [cli, 'render', 'pa-migration-faq', '-h'])).stdout, /^Usage:/);
});

test('the command line knows its version, and writes a language without fixing it', async () => {
  const {version} = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'));
  assert.equal((await run(process.execPath, [cli, '--version'])).stdout, `${version}\n`);
  const placeholder = (await run(process.execPath, [cli, 'placeholder', 'de', 'price-per-pack=99.99'])).stdout;
  assert.match(placeholder, /^<div data-pa-migration-help data-price-per-pack="99.99">\n<p>Abonnements/);
  const pinned = (await run(process.execPath, [cli, 'placeholder', 'lang=de'])).stdout;
  assert.match(pinned, /^<div data-pa-migration-help data-lang="de">/);
  const element = (await run(process.execPath, [cli, 'render', 'pa-migration-faq', '--locale=ja'])).stdout;
  assert.match(element, /^<pa-migration-faq data-pa-locale="ja">/);
});

test('the command line checks a page: each problem on a line of its own, exit code 1; none, exit code 0', async () => {
  const page = fileURLToPath(new URL('../fixtures/editor-mistakes.html', import.meta.url));
  const failed = await run(process.execPath, [cli, 'check', page]).catch((error) => error);
  assert.equal(failed.code, 1);
  const lines = failed.stdout.trim().split('\n');
  assert.match(
    lines[0],
    /editor-mistakes\.html:\d+:\d+: <div data-pa-migration-help> the widget takes no data-price: did you mean data-price-per-pack\?/,
  );
  assert.ok(lines.some((line) => /renew-url: "my\.parallels\.com\/renew" links to a page of this site/.test(line)));
  assert.ok(lines.some((line) => /JPY has no cents/.test(line)));
  assert.ok(lines.some((line) => /does not speak "german"/.test(line)));
  assert.match(lines.at(-1), /4 problems in 4 widgets, placeholders and settings$/);
  const ready = fileURLToPath(new URL('../../dist/html/de/placeholder.html', import.meta.url));
  assert.match((await run(process.execPath, [cli, 'check', ready])).stdout, /no problems in 1 widgets/);
});

test('ships ready-made HTML per locale, and the hashes of its inline styles', () => {
  const dist = new URL('../../dist/html/', import.meta.url);
  const csp = readFileSync(new URL('csp.txt', dist), 'utf8');
  for (const locale of ['en', 'de', 'fr', 'es', 'it', 'ja', 'zh-Hans', 'pt-BR', 'ar']) {
    for (const file of ['pa-migration-help', 'pa-migration-faq', 'pa-renewal-calculator', 'placeholder']) {
      const html = readFileSync(new URL(`${locale}/${file}.html`, dist), 'utf8');
      for (const [, style] of html.matchAll(/<style>([\s\S]*?)<\/style>/g)) {
        assert.ok(csp.includes(`'sha256-${createHash('sha256').update(style).digest('base64')}'`), `${locale}/${file}.html`);
      }
    }
  }
});
