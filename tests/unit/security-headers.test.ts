/**
 * One definition of the headers (scripts/security-headers.mjs) and every place that states
 * them: the nginx snippet, the `_headers` file and the <meta> policy must all agree with it.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  CSP,
  CSP_DIRECTIVES,
  META_CSP,
  netlifyHeaders,
  PERMISSIONS_POLICY,
  SECURITY_HEADERS,
} from '../../scripts/security-headers.mjs';

const directives = (policy: string) => new Map(policy.split('; ').map((d) => [d.split(' ')[0], d]));

describe('the security headers', () => {
  it('forbid eval, inline script and style, framing, form posts, <base> and plugins', () => {
    const csp = directives(CSP);
    expect(csp.get('script-src')).toBe("script-src 'self'");
    expect(csp.get('style-src')).toBe("style-src 'self'");
    expect(CSP).not.toMatch(/unsafe-(eval|inline)|\*/);
    expect(csp.get('frame-ancestors')).toBe("frame-ancestors 'none'");
    expect(csp.get('form-action')).toBe("form-action 'none'");
    expect(csp.get('base-uri')).toBe("base-uri 'none'");
    expect(csp.get('object-src')).toBe("object-src 'none'");
    expect(csp.get('connect-src')).toBe("connect-src 'self'");
    expect(PERMISSIONS_POLICY).toMatch(/camera=\(\).*geolocation=\(\).*microphone=\(\)/);
  });

  it('the <meta> policy is the header policy less what a <meta> may not carry', () => {
    expect(META_CSP).not.toContain('frame-ancestors');
    expect(directives(META_CSP).size).toBe(CSP_DIRECTIVES.length - 1);
    for (const [name, value] of directives(META_CSP)) expect(directives(CSP).get(name)).toBe(value);
  });

  it('the nginx snippet sends exactly these headers', () => {
    const snippet = readFileSync('deploy/nginx/security-headers.conf', 'utf8');
    const sent = snippet.split('\n').filter((line) => line.startsWith('add_header'));
    expect(sent).toEqual(
      Object.entries(SECURITY_HEADERS).map(([name, value]) => `add_header ${name} "${value}" always;`),
    );
    const server = readFileSync('deploy/nginx/incident-atlas.conf', 'utf8');
    const locations = server.match(/location [^{]+\{/g) ?? [];
    const includes = server.match(/include \/etc\/nginx\/snippets\/incident-atlas-headers\.conf;/g) ?? [];
    // add_header in a location drops inherited headers: every location must include the snippet.
    expect(includes.length).toBe(locations.length);
  });

  it('the _headers file (Netlify, Cloudflare Pages) sends them for every path', () => {
    const file = netlifyHeaders();
    expect(file.startsWith('/*\n')).toBe(true);
    for (const [name, value] of Object.entries(SECURITY_HEADERS))
      expect(file).toContain(`  ${name}: ${value}\n`);
    expect(file).toMatch(/\/assets\/\*\n {2}Cache-Control: public, max-age=31536000, immutable/);
  });
});
