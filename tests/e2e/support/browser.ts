/**
 * Debian's Chromium driven by playwright-core, with software WebGL (SwiftShader). One
 * browser per test file; each `openApp` gets a fresh context (profile, time zone, viewport).
 * Every request that would leave localhost is recorded and refused, every dialog recorded.
 */
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { afterAll, inject } from 'vitest';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../../scripts/chromium-flags.mjs';

let browser: Promise<Browser> | null = null;

function getBrowser(): Promise<Browser> {
  browser ??= chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: [...CHROMIUM_ARGS] });
  return browser;
}

afterAll(async () => {
  if (browser) await (await browser).close();
  browser = null;
});

export interface OpenOptions {
  timezoneId?: string;
  viewport?: { width: number; height: number };
  reducedMotion?: boolean;
  /** Serve from another origin (e.g. a copy of the build with other data). */
  baseUrl?: string;
  /**
   * The service worker is kept out unless a test asks for it: offline.test.ts and
   * security.test.ts drive it; elsewhere its background precaching would only compete with
   * the feature under test for the machine's two cores.
   */
  serviceWorkers?: 'allow' | 'block';
  /** Answers for paths ending so (a 404 status, or a body), set before the page loads. */
  routes?: Record<string, number | string>;
  /** Device pixel ratio, and a touch screen (a phone). */
  deviceScaleFactor?: number;
  touch?: boolean;
  /** Runs (and is awaited) once the context exists, before the page loads: to listen or route from the very start. */
  beforeLoad?(context: BrowserContext): unknown;
}

export interface OpenedApp {
  page: Page;
  context: BrowserContext;
  baseUrl: string;
  externalRequests: string[];
  dialogs: string[];
  pageErrors: string[];
  /** Content-Security-Policy violations in any document of this context, as "directive: blocked URI". */
  cspViolations: string[];
  close(): Promise<void>;
}

export function appBaseUrl(): string {
  return inject('baseUrl');
}

export async function openApp(path = '/', options: OpenOptions = {}): Promise<OpenedApp> {
  const baseUrl = options.baseUrl ?? appBaseUrl();
  const context = await (await getBrowser()).newContext({
    timezoneId: options.timezoneId,
    viewport: options.viewport ?? { width: 1280, height: 800 },
    reducedMotion: options.reducedMotion ? 'reduce' : 'no-preference',
    serviceWorkers: options.serviceWorkers ?? 'block',
    deviceScaleFactor: options.deviceScaleFactor ?? 1,
    hasTouch: options.touch ?? false,
    isMobile: options.touch ?? false,
  });
  const externalRequests: string[] = [];
  const dialogs: string[] = [];
  const pageErrors: string[] = [];
  const cspViolations: string[] = [];
  // Reported to Node at once, so violations survive reloads and navigations.
  await context.exposeBinding('__reportCspViolation', (_, text: string) => void cspViolations.push(text));
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      const report = (window as unknown as { __reportCspViolation(text: string): void }).__reportCspViolation;
      report(`${e.effectiveDirective}: ${e.blockedURI}`);
    });
  });
  const origin = new URL(baseUrl).origin;
  await context.route('**/*', (route) => {
    const url = route.request().url();
    for (const [suffix, answer] of Object.entries(options.routes ?? {})) {
      if (!new URL(url).pathname.endsWith(suffix)) continue;
      return typeof answer === 'number'
        ? route.fulfill({ status: answer, body: 'not here' })
        : route.fulfill({ status: 200, contentType: 'application/json', body: answer });
    }
    if (url.startsWith(origin) || url.startsWith('data:') || url.startsWith('blob:')) return route.continue();
    externalRequests.push(url);
    return route.abort();
  });
  await options.beforeLoad?.(context);
  const page = await context.newPage();
  page.on('dialog', (dialog) => {
    dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    void dialog.dismiss();
  });
  page.on('pageerror', (error) => pageErrors.push(error.message));
  await page.goto(new URL(path, baseUrl).href);
  return {
    page,
    context,
    baseUrl,
    externalRequests,
    dialogs,
    pageErrors,
    cspViolations,
    close: () => context.close(),
  };
}

/** Waits until the map has loaded its style and data and finished drawing. */
export async function waitForMap(page: Page, timeout = 30_000): Promise<void> {
  await page.waitForSelector('[data-testid="map"][data-idle="true"]', { timeout });
}
