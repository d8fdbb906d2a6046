import { defineConfig } from 'vite';

/**
 * The console is served by the gateway under /console/ (gateway/src/console/plugin.ts), with a CSP that allows
 * its own files only: no inline script, so no module-preload polyfill injected into the page.
 */
export default defineConfig({
  base: '/console/',
  build: { outDir: 'dist', emptyOutDir: true, modulePreload: { polyfill: false }, chunkSizeWarningLimit: 300 },
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
});
