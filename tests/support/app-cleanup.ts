/**
 * What setup-dom.ts stops after each test: the apps renderApp started. Kept apart from
 * render-app.tsx so that a test file that never renders the app does not load it: the app's
 * modules start fetching the map's and the sidebar's code when they load, and a short file
 * could end (and its environment be torn down) while those imports are still running.
 */
const running: (() => Promise<void>)[] = [];
/** Bumped when a test's apps are stopped: an app still booting for that test must not start. */
let generation = 0;

/** Stops every app rendered since the last call: URL sync and data servers. */
export async function cleanupApps() {
  generation += 1;
  await Promise.all(running.splice(0).map((stop) => stop()));
}

/** The current test's generation: compare it after an await to learn the test has ended. */
export const currentGeneration = () => generation;

export function whenTestEnds(stop: () => Promise<void>) {
  running.push(stop);
}
