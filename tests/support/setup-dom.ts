/** What jsdom lacks and the app touches. */
import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';
import { installBlobUrls } from './downloads';
import { cleanupApps } from './app-cleanup';

// Testing Library gives up on findBy*/waitFor after 1 s by default; on two loaded CPUs the
// first render with real HTTP can take longer. A wait still ends as soon as it is satisfied.
configure({ asyncUtilTimeout: 10_000 });

if (!window.matchMedia) {
  window.matchMedia = (query: string) =>
    ({
      matches: false,
      media: query,
      onchange: null,
      addEventListener: () => {},
      removeEventListener: () => {},
      addListener: () => {},
      removeListener: () => {},
      dispatchEvent: () => false,
    }) as MediaQueryList;
}

if (!('ResizeObserver' in window)) {
  (window as unknown as { ResizeObserver: unknown }).ResizeObserver = class {
    observe() {}
    unobserve() {}
    disconnect() {}
  };
}

installBlobUrls();

afterEach(async () => {
  cleanup();
  await cleanupApps();
});
