// The one definition of the HTTP headers the app is served with. It feeds `vite preview`
// (npm run preview), the e2e static server, the `_headers` file written into dist/ for
// Netlify and Cloudflare Pages, and the <meta> policy in index.html; deploy/nginx.conf is
// checked against it by tests/unit/security-headers.test.ts. See docs/deploy.md.

/**
 * Content-Security-Policy: everything from our own origin, nothing inline, no eval (zod runs
 * jitless, see src/data/zod-config.ts), no plugins, no frames, no form posts, no <base>. The
 * page may not be framed (`frame-ancestors 'none'`); docs/deploy.md says how to allow an embed.
 * `img-src data: blob:`: MapLibre's control icons are data: URLs and it decodes images via blob:.
 */
export const CSP_DIRECTIVES = [
  ['default-src', "'self'"],
  ['script-src', "'self'"],
  ['style-src', "'self'"],
  ['img-src', "'self' data: blob:"],
  ['font-src', "'self'"],
  ['connect-src', "'self'"],
  ['worker-src', "'self'"],
  ['manifest-src', "'self'"],
  ['frame-src', "'none'"],
  ['object-src', "'none'"],
  ['base-uri', "'none'"],
  ['form-action', "'none'"],
  ['frame-ancestors', "'none'"],
];

/** Directives a <meta> policy may not carry (browsers ignore them there, with a warning). */
const HEADER_ONLY = new Set(['frame-ancestors', 'report-uri', 'report-to', 'sandbox']);

export const CSP = CSP_DIRECTIVES.map(([name, value]) => `${name} ${value}`).join('; ');

export const META_CSP = CSP_DIRECTIVES.filter(([name]) => !HEADER_ONLY.has(name))
  .map(([name, value]) => `${name} ${value}`)
  .join('; ');

/** Powerful features the app never uses, switched off for it and anything it could embed. */
export const PERMISSIONS_POLICY = [
  'accelerometer=()',
  'autoplay=()',
  'camera=()',
  'display-capture=()',
  'encrypted-media=()',
  'geolocation=()',
  'gyroscope=()',
  'magnetometer=()',
  'microphone=()',
  'midi=()',
  'payment=()',
  'usb=()',
].join(', ');

/** Sent with every response. */
export const SECURITY_HEADERS = {
  'Content-Security-Policy': CSP,
  'Permissions-Policy': PERMISSIONS_POLICY,
  'Referrer-Policy': 'no-referrer',
  'X-Content-Type-Options': 'nosniff',
  'X-Frame-Options': 'DENY',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
};

/**
 * Caching. Hashed assets never change; everything else is revalidated, so a new build or
 * dataset reaches the service worker's update check at once (the worker, not the HTTP cache,
 * is what keeps the app offline).
 */
export const CACHE_RULES = [
  { path: '/assets/*', cacheControl: 'public, max-age=31536000, immutable' },
  { path: '/sw.js', cacheControl: 'no-cache' },
  { path: '/*', cacheControl: 'no-cache' },
];

/** The `_headers` file of Netlify and Cloudflare Pages. */
export function netlifyHeaders() {
  const all = Object.entries(SECURITY_HEADERS).map(([name, value]) => `  ${name}: ${value}`);
  const lines = ['/*', ...all, ''];
  for (const rule of CACHE_RULES.filter((r) => r.path !== '/*')) {
    lines.push(rule.path, `  Cache-Control: ${rule.cacheControl}`, '');
  }
  return lines.join('\n');
}
