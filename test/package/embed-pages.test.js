// The iframe tier's hosted pages in the build (dist/browser/embed.html and
// embed/<locale>.html): each holds the widget server-rendered in its language,
// allows its inline styles by their hashes under a strict policy of its own,
// names only files the build has, and ships in the package. Run after
// `npm run build`.
import assert from 'node:assert/strict';
import {execFile} from 'node:child_process';
import {createHash} from 'node:crypto';
import {existsSync, readFileSync} from 'node:fs';
import {test} from 'node:test';
import {fileURLToPath} from 'node:url';
import {promisify} from 'node:util';

const ROOT = new URL('../../', import.meta.url);
const BROWSER = new URL('dist/browser/', ROOT);
const LOCALES = ['en', 'de', 'fr', 'es', 'it', 'ja', 'zh-Hans', 'pt-BR', 'ar'];
const PAGES = ['embed.html', ...LOCALES.map((locale) => `embed/${locale}.html`)];
const localeOf = (page) => (page === 'embed.html' ? 'en' : page.slice('embed/'.length, -'.html'.length));

const read = (page) => readFileSync(new URL(page, BROWSER), 'utf8');

test('each hosted page holds <pa-migration-help> server-rendered in its language', () => {
  for (const page of PAGES) {
    const html = read(page);
    const locale = localeOf(page);
    assert.match(html, new RegExp(`<html lang="${locale}" dir="${locale === 'ar' ? 'rtl' : 'ltr'}">`), page);
    assert.equal(html.match(/<pa-migration-help[\s>]/g).length, 1, page);
    assert.ok(html.includes(`<pa-migration-help data-pa-locale="${locale}"><template shadowroot="open" shadowrootmode="open">`), page);
    assert.equal(html.match(/<template shadowroot="open" shadowrootmode="open">/g).length, 3, page);
    // The same HTML as renderElement's, which the package's own tests check: the page adds nothing inside.
    const widget = readFileSync(new URL(`dist/html/${locale}/pa-migration-help.html`, ROOT), 'utf8').trim();
    assert.ok(html.includes(`<body>\n${widget}\n  </body>`), page);
  }
  assert.match(read('embed/de.html'), /Meine Lizenz läuft erst in einigen Monaten ab\. Muss ich jetzt schon migrieren\?/);
  assert.match(read('embed/ja.html'), /今すぐ移行しなければなりませんか/);
  assert.match(read('embed.html'), /Do I have to migrate now\?/);
});

test('each hosted page sends a strict policy that allows its inline styles by their hashes', () => {
  for (const page of PAGES) {
    const html = read(page);
    const [, policy] = html.match(/<meta http-equiv="Content-Security-Policy" content="([^"]+)" \/>/) ?? [];
    assert.ok(policy, `${page} has a policy`);
    assert.ok(html.indexOf('Content-Security-Policy') < html.indexOf('<style>'), `${page}: the policy comes before any style`);
    const directives = Object.fromEntries(policy.split('; ').map((directive) => [directive.split(' ')[0], directive]));
    assert.equal(directives['default-src'], "default-src 'self'");
    assert.equal(directives['script-src'], "script-src 'self'");
    assert.equal(directives['require-trusted-types-for'], "require-trusted-types-for 'script'");
    assert.doesNotMatch(policy, /unsafe-/);
    const styles = [...html.matchAll(/<style>([\s\S]*?)<\/style>/g)].map(([, style]) => style);
    const hashes = new Set(styles.map((style) => `'sha256-${createHash('sha256').update(style).digest('base64')}'`));
    assert.deepEqual(directives['style-src'].split(' ').slice(2).sort(), [...hashes].sort(), page);
    assert.doesNotMatch(html, /\sstyle=|<script(?![^>]*\ssrc=)/, `${page}: no style attribute, no inline script`);
  }
});

test('each hosted page loads only its entry, a file of the build, and preloads nothing before its paint', () => {
  for (const page of PAGES) {
    const html = read(page);
    const base = new URL(page, BROWSER);
    const files = [...html.matchAll(/<script type="module" fetchpriority="low" src="([^"]+)"/g)].map(([, file]) => file);
    assert.deepEqual(files, [page === 'embed.html' ? './embed.js' : '../embed.js'], page);
    for (const file of files) assert.ok(existsSync(new URL(file, base)), `${page}: ${file}`);
    assert.doesNotMatch(html, /<link rel="(?:module)?preload"/, page);
  }
});

test('the package ships the hosted pages', async () => {
  const {stdout} = await promisify(execFile)('npm', ['pack', '--dry-run', '--json'], {cwd: fileURLToPath(ROOT)});
  const [{files}] = JSON.parse(stdout);
  const shipped = files.map((file) => file.path);
  for (const page of PAGES) assert.ok(shipped.includes(`dist/browser/${page}`), page);
});
