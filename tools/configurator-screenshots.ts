// npm run screenshots:configurator: the built configurator (dist/browser/configurator.html,
// from `npm run build`) served from the files alone by a plain static server under the
// package's strict policy, at 1280 and 390 px, in headless Chromium:
// docs/screenshots/configurator-1280.png and -390.png. Fails on a console error or a
// Content-Security-Policy violation.
import {readFile} from 'node:fs/promises';
import {createServer} from 'node:http';
import {extname} from 'node:path';
import puppeteer from 'puppeteer-core';
import {browserPath, CHROMIUM_ARGS} from './browsers.js';

const ROOT = new URL('../', import.meta.url);
const FILES = new URL('dist/browser/', ROOT);
const POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'";
const TYPES: Record<string, string> = {'.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css'};

const server = createServer(async (request, response) => {
  const path = new URL(request.url ?? '/', 'http://localhost').pathname.replace(/^\/+/, '');
  try {
    if (path.includes('..')) throw new Error('outside');
    const body = await readFile(new URL(path, FILES));
    response.writeHead(200, {'Content-Type': TYPES[extname(path)] ?? 'application/octet-stream', 'Content-Security-Policy': POLICY});
    response.end(body);
  } catch {
    response.writeHead(404).end();
  }
});
await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
const {port} = server.address() as {port: number};

const browser = await puppeteer.launch({executablePath: browserPath('chromium'), args: CHROMIUM_ARGS});
const problems: string[] = [];
try {
  for (const width of [1280, 390]) {
    const page = await browser.newPage();
    page.on('console', (message) => {
      // A browser asks any server for /favicon.ico; the package has none.
      if (message.type() === 'error' && !message.location().url?.endsWith('/favicon.ico')) problems.push(`${width}: ${message.text()}`);
    });
    page.on('pageerror', (error) => problems.push(`${width}: ${String(error)}`));
    await page.setViewport({width, height: 900});
    await page.emulateMediaFeatures([{name: 'prefers-reduced-motion', value: 'reduce'}]);
    await page.goto(`http://127.0.0.1:${port}/configurator.html`, {waitUntil: 'networkidle0'});
    // The German preview, with a price of its own, so the picture shows both.
    await page.evaluate(() => {
      document.querySelector('details.per-language:last-of-type')?.setAttribute('open', '');
    });
    await page.type('#field-de-currency', 'EUR');
    await page.type('#field-de-price', '89.99');
    await page.select('#preview-language', 'de');
    await new Promise((resolve) => setTimeout(resolve, 1500));
    await page.screenshot({path: `docs/screenshots/configurator-${width}.png`, fullPage: true});
    await page.close();
  }
} finally {
  await browser.close();
  server.close();
}
if (problems.length) {
  console.error(problems.join('\n'));
  process.exit(1);
}
console.log('docs/screenshots/configurator-1280.png, configurator-390.png');
