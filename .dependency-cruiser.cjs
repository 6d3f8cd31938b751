/**
 * The import rules of docs/architecture.md, checked by `npm test`:
 *   shared  <  data  <  domain  <  store  <  features (map, timeline, panel, list, filters, ...)  <  app  <  main
 * A layer imports only layers to its left; feature folders never import each other; only
 * src/map imports maplibre-gl; and there are no cycles at all.
 */
const BASE = '(data|domain|shared|store|styles)';

module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'A cycle means two modules cannot be understood, tested or loaded apart.',
      from: { path: '^src/' },
      to: { circular: true },
    },
    {
      name: 'features-are-islands',
      severity: 'error',
      comment: 'Feature folders meet only in src/app and through store/, data/ and domain/.',
      from: { path: '^src/([^/]+)/', pathNot: `^src/(app|${BASE.slice(1, -1)})/` },
      to: { path: '^src/[^/]+/', pathNot: ['^src/$1/', `^src/${BASE}/`] },
    },
    {
      name: 'nothing-imports-app',
      severity: 'error',
      comment: 'src/app composes the features; nothing below it may reach back up.',
      from: { path: '^src/', pathNot: '^src/(app/|main\\.tsx$)' },
      to: { path: '^src/app/' },
    },
    {
      name: 'shared-is-a-leaf',
      severity: 'error',
      from: { path: '^src/shared/' },
      to: { path: '^src/', pathNot: '^src/shared/' },
    },
    {
      name: 'data-is-pure',
      severity: 'error',
      comment: 'The dataset, its schema and derivations know nothing of vocabulary, state or UI.',
      from: { path: '^src/data/' },
      to: { path: '^src/', pathNot: '^src/(data|shared)/' },
    },
    {
      name: 'domain-below-store',
      severity: 'error',
      from: { path: '^src/domain/' },
      to: { path: '^src/', pathNot: '^src/(data|shared|domain)/' },
    },
    {
      name: 'store-below-features',
      severity: 'error',
      from: { path: '^src/store/' },
      to: { path: '^src/', pathNot: '^src/(data|shared|domain|store)/' },
    },
    {
      name: 'maplibre-only-in-map',
      severity: 'error',
      comment: 'One adapter owns MapLibre; everything else talks to it through the controller.',
      from: { path: '^src/', pathNot: '^src/map/' },
      to: { path: 'node_modules/maplibre-gl' },
    },
    {
      name: 'no-unresolvable',
      severity: 'error',
      from: { path: '^src/' },
      to: { couldNotResolve: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
    },
  },
};
