/**
 * The security headers of scripts/security-headers.mjs, in every place a build is served from:
 * a <meta> policy in index.html (for hosts that cannot send headers), the `_headers` file of
 * Netlify and Cloudflare Pages in dist/, and the headers of `vite preview` (npm run preview).
 */
import type { Plugin } from 'vite';
import { META_CSP, netlifyHeaders, SECURITY_HEADERS } from '../security-headers.mjs';

export function headersPlugin(): Plugin {
  return {
    name: 'incident-atlas-headers',
    // The dev server's hot-reload preamble is an inline script: the policy is for builds.
    transformIndexHtml: {
      order: 'post',
      handler: (_, context) =>
        context.server
          ? []
          : [
              {
                tag: 'meta',
                attrs: { 'http-equiv': 'Content-Security-Policy', content: META_CSP },
                injectTo: 'head-prepend',
              },
            ],
    },
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: '_headers', source: netlifyHeaders() });
    },
    // `npm run preview` sends the same headers a production host does.
    config: () => ({ preview: { headers: { ...SECURITY_HEADERS } } }),
  };
}
