// Builds the page into web/dist, which `storyline serve` serves. No inline scripts or styles are
// emitted (strict CSP: script-src 'self'); the module-preload polyfill is not needed by the
// browsers we target and would add code. `npm run dev:web` proxies /api to a running server.
import { defineConfig } from 'vite';

export default defineConfig({
  root: import.meta.dirname,
  base: '/',
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    modulePreload: { polyfill: false },
    assetsInlineLimit: 0,
    reportCompressedSize: false,
  },
  server: { proxy: { '/api': 'http://127.0.0.1:8080', '/healthz': 'http://127.0.0.1:8080' } },
});
