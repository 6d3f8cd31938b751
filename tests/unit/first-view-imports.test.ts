/**
 * What the first view's JS may not carry (issue 13: at most 100 kB gzip). Everything that
 * src/main.tsx imports statically, directly or through other modules, is in the entry chunk or
 * one that index.html preloads; code behind `import()` is not. Read from the source, so a stray
 * static import fails here, naming the chain, before any build.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
// `import x from 'y'`, `import 'y'`, `export { x } from 'y'`; not `import type`/`export type`,
// which leave nothing in the build, and not `import('y')`, which is a chunk of its own.
const STATIC = /^\s*(?:import|export)\s+(?!type[\s{])(?:[^'";]*?\sfrom\s*)?['"]([^'"]+)['"]/gm;

function resolve(from: string, spec: string): string | null {
  const base = join(dirname(from), spec);
  for (const file of [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts')]) {
    if (/\.tsx?$/.test(file) && existsSync(file)) return file;
  }
  return null;
}

/** Every module and package the entry reaches by static imports, each with the chain that reaches it. */
function staticGraph(entry: string): Map<string, string[]> {
  const reached = new Map<string, string[]>([[entry, [entry]]]);
  const queue = [entry];
  for (let file = queue.shift(); file !== undefined; file = queue.shift()) {
    const chain = reached.get(file) as string[];
    for (const [, spec] of readFileSync(join(ROOT, file), 'utf8').matchAll(STATIC)) {
      const target = spec?.startsWith('.') ? resolve(join(ROOT, file), spec) : (spec ?? null);
      if (target === null) continue; // a stylesheet or asset
      const name = target.startsWith(ROOT) ? relative(ROOT, target) : target;
      if (reached.has(name)) continue;
      reached.set(name, [...chain, name]);
      if (name.startsWith('src/')) queue.push(name);
    }
  }
  return reached;
}

const graph = staticGraph('src/main.tsx');
const chainTo = (test: (name: string) => boolean) =>
  [...graph].filter(([name]) => test(name)).map(([, c]) => c);

describe('the first view’s static imports', () => {
  it('reach the app itself (the reader is sound)', () => {
    for (const name of [
      'src/app/atlas.tsx',
      'src/data/quick-check.ts',
      'react-dom/client',
      '@tanstack/react-query',
    ]) {
      expect(graph.has(name), name).toBe(true);
    }
  });

  it('do not reach zod or the schema: the built-in data is read by quick-check.ts', () => {
    expect(chainTo((name) => name === 'zod' || name.startsWith('zod/'))).toEqual([]);
    expect(chainTo((name) => /src\/data\/(record-schema|parse-dataset|zod-config)\.ts$/.test(name))).toEqual(
      [],
    );
  });

  // Drawn only once the data is in, so fetched beside it (src/app/atlas.tsx, deferred.tsx): a
  // static import of any of them puts it back in the entry, over the 100 kB budget.
  it('do not reach the list, the filters, the timeline or the legend', () => {
    const moved = [
      'src/app/sidebar-contents.tsx',
      'src/list/event-list.tsx',
      'src/filters/filter-panel.tsx',
      'src/timeline/timeline.tsx',
      'src/map/map-legend.tsx',
    ];
    expect(chainTo((name) => moved.includes(name))).toEqual([]);
    expect(chainTo((name) => name.startsWith('@tanstack/react-virtual'))).toEqual([]);
  });
});
