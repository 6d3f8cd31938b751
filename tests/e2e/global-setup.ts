/** Serves the production build (dist/) for the browser tests. `npm test` builds it first. */
import type { TestProject } from 'vitest/node';
import { startStaticServer } from './support/static-server';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

export default async function setup(project: TestProject) {
  const server = await startStaticServer('dist');
  project.provide('baseUrl', server.url);
  return () => server.close();
}
