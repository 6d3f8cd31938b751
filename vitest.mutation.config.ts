/**
 * The tests Stryker runs against each mutant (`npm run mutation`): the unit tier (jsdom where a
 * file asks for it), once, in UTC. Left out: the integration tier (an app boot per test, far too
 * slow per mutant on two CPUs), the browser tier (a build per mutant), the basemap build (it
 * tests a script, not the mutated modules) and the second time zone (the same tests again).
 * The property tests try a twentieth of their cases (tests/support/property-runs.ts): a mutant
 * that survives reruns them in full, and 10,000 cases cost seconds each time; a failing one
 * does not shrink its counterexample (tests/support/mutation-setup.ts).
 */
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  plugins: [react()],
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'node',
          env: { TZ: 'UTC', PROPERTY_RUNS_SCALE: '0.05' },
          setupFiles: ['tests/support/mutation-setup.ts'],
          include: ['tests/unit/**/*.test.ts', 'tests/data/**/*.test.ts'],
          exclude: ['tests/unit/build-basemap.test.ts'],
          testTimeout: 30_000,
        },
      },
    ],
  },
});
