import react from '@vitejs/plugin-react';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';

/**
 * A strict Content-Security-Policy for the built app: scripts, data, fonts and the map worker
 * come only from our own origin. Added at build time only, because the dev server's
 * hot-reload preamble is an inline script.
 */
const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "img-src 'self' data: blob:",
  "style-src 'self' 'unsafe-inline'",
  "worker-src 'self' blob:",
  "connect-src 'self'",
  "font-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
].join('; ');

function contentSecurityPolicy(): Plugin {
  return {
    name: 'incident-atlas-csp',
    apply: 'build',
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: CSP },
        injectTo: 'head-prepend',
      },
    ],
  };
}

// One config for the app and the three test tiers. `npm test` builds first, so the e2e
// tier always drives the same files a user would be served.
export default defineConfig({
  plugins: [react(), contentSecurityPolicy()],
  build: {
    // maplibre-gl is ~1 MB minified on its own; keep it in its own chunk so the app code
    // can change without invalidating the map library in the browser cache.
    chunkSizeWarningLimit: 1200,
    rolldownOptions: {
      output: {
        codeSplitting: { groups: [{ name: 'maplibre', test: /node_modules[\\/]maplibre-gl/ }] },
      },
    },
  },
  server: { port: 5173 },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'node',
          include: ['tests/unit/**/*.test.ts', 'tests/data/**/*.test.ts'],
          // Set on purpose for a loaded 2-CPU machine, where the basemap build and 10,000-run
          // properties take seconds: a slow test must finish, not time out and leak into the next.
          testTimeout: 30_000,
          hookTimeout: 30_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'integration',
          environment: 'jsdom',
          include: ['tests/integration/**/*.test.tsx', 'tests/unit/**/*.test.tsx'],
          setupFiles: ['tests/support/setup-dom.ts'],
          // The whole app in jsdom takes 0.3-5 s a test on two loaded CPUs; see also the
          // Testing Library wait limit in setup-dom.ts.
          testTimeout: 60_000,
          hookTimeout: 30_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['tests/e2e/**/*.test.ts'],
          globalSetup: ['tests/e2e/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 90_000,
          // One browser at a time: the machine has two cores and software WebGL.
          fileParallelism: false,
        },
      },
    ],
  },
});
