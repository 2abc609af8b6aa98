/**
 * The page: files of the web build (`web/dist`) for every path outside /api, and its index.html for
 * any other path so the page's own URLs (/story/ID, /doc/ID?span=…) load it. Paths are resolved
 * inside the build folder only. Without a build, a short page says how to build it. The index of a
 * story view names the API answers it will ask first (page-preloads.ts).
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, resolve, sep } from 'node:path';
import type { Context } from 'hono';
import { pagePreloads, withPreloads } from './page-preloads.ts';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8', '.json': 'application/json; charset=utf-8', '.svg': 'image/svg+xml',
  '.png': 'image/png', '.ico': 'image/x-icon', '.woff2': 'font/woff2', '.txt': 'text/plain; charset=utf-8', '.map': 'application/json',
};

export const NOT_BUILT_PAGE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Storyline</title></head>
<body><main><h1>Storyline</h1>
<p>The web page is not built. Build it with <code>npm run build:web</code> and reload; the API is at <a href="/api/openapi.json">/api/openapi.json</a>.</p>
</main></body></html>
`;

/** The file under `root` a URL path names, or null (outside the folder, missing, or a folder). */
export function fileFor(root: string, urlPath: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded.includes('\0')) return null;
  const base = resolve(root);
  const path = resolve(join(base, decoded));
  if (path !== base && !path.startsWith(base + sep)) return null;
  try {
    return statSync(path).isFile() ? path : null;
  } catch {
    return null;
  }
}

export function serveWeb(webDir: string) {
  return (c: Context): Response => {
    const index = join(webDir, 'index.html');
    if (!existsSync(index)) return c.html(NOT_BUILT_PAGE, 200);
    const file = fileFor(webDir, c.req.path) ?? index;
    const hashed = file !== index && /\/assets\//.test(file);
    const body = file === index ? withPreloads(readFileSync(file, 'utf8'), pagePreloads(c.req.path)) : readFileSync(file);
    return new Response(body, {
      status: 200,
      headers: {
        'content-type': TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream',
        'cache-control': hashed ? 'public, max-age=31536000, immutable' : 'no-cache',
      },
    });
  };
}
