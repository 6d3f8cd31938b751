/**
 * Builds the benchmark page (scripts/bench/bench.html) into dist-bench/, apart from the app:
 * nothing here is shipped, and the app's build never sees it.
 */
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const here = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  root: here,
  base: './',
  publicDir: false,
  logLevel: 'warn',
  build: {
    outDir: fileURLToPath(new URL('../../dist-bench', import.meta.url)),
    emptyOutDir: true,
    chunkSizeWarningLimit: 2000,
    rolldownOptions: { input: fileURLToPath(new URL('bench.html', import.meta.url)) },
  },
  preview: { host: '127.0.0.1', port: 4190 },
});
