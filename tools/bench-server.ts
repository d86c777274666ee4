// What both stages of `npm run bench` serve: the help-center page shell their
// pages share, and a web server on 127.0.0.1 for the pages they make and the
// package's folder, never cached by the browser.
import {readFile} from 'node:fs/promises';
import {createServer, type Server} from 'node:http';
import {extname, join, normalize} from 'node:path';
import {gzipSync} from 'node:zlib';

const TYPES: Record<string, string> = {'.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.svg': 'image/svg+xml'};

/** An English help-center article around `body`, with `head` in its head and a paragraph below. */
export const shell = (head: string, body: string, lang = 'en') => `<!doctype html>
<html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Benchmark</title>${head}</head>
<body><main><h1>Migration to a new licensing server</h1>${body}<p id="below">Content below the widget.</p></main></body></html>`;

export const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;');

/**
 * Serves `pages` (path -> HTML) and the files under `root`. With `gzip`, answers a request that accepts it
 * gzip-compressed, as a host or CDN would (compressed once per path, so that compressing costs no time in a run).
 */
export function serve(root: string, pages: Map<string, string>, {gzip = false} = {}): Promise<Server> {
  const compressed = new Map<string, Buffer>();
  const server = createServer(async (request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    try {
      const body = pages.get(path) ?? (await readFile(join(root, normalize(path).replace(/^(\.\.[/\\])+/, ''))));
      const headers: Record<string, string> = {'content-type': TYPES[extname(path)] ?? 'text/html', 'cache-control': 'no-store'};
      if (gzip && /\bgzip\b/.test(String(request.headers['accept-encoding']))) {
        if (!compressed.has(path)) compressed.set(path, gzipSync(body, {level: 9}));
        response.writeHead(200, {...headers, 'content-encoding': 'gzip', vary: 'accept-encoding'});
        response.end(compressed.get(path));
      } else {
        response.writeHead(200, headers);
        response.end(body);
      }
    } catch {
      response.writeHead(404).end();
    }
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}
