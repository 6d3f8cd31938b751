/**
 * The import and export dialogs, loaded on demand: the first view of the built-in data never
 * downloads the importer (papaparse, the worker) or the exporters.
 */
import { useQueryClient } from '@tanstack/react-query';
import { lazy, Suspense } from 'react';
import type { AtlasEvent } from '../data/model';
import type { DayRange, Filters } from '../data/view-types';
import type { Loaded } from '../import/finish';
import { useAppContext } from '../store/app-context';
import { currentLink } from '../store/url-sync';
import { type ActiveData, fileQueryKey } from './use-active-data';

// Exported for the head start atlas.tsx gives them once the first view is drawn.
export const loadImportDialog = () => import('../import/import-dialog');
export const loadExportPanel = () => import('../export/export-panel');
const ImportDialog = lazy(() => loadImportDialog().then((m) => ({ default: m.ImportDialog })));
const ExportPanel = lazy(() => loadExportPanel().then((m) => ({ default: m.ExportPanel })));

export type Dialog = { kind: 'import'; file: File | null } | { kind: 'report' } | { kind: 'export' } | null;

interface Props {
  dialog: Dialog;
  onClose(): void;
  active: ActiveData;
  visible: readonly AtlasEvent[];
  filtered: readonly AtlasEvent[];
  window: DayRange;
  filters: Filters;
  search: string;
  snapshot(): HTMLCanvasElement | null;
}

let nextFileKey = 1;

export function Dialogs({ dialog, onClose, active, snapshot, ...view }: Props) {
  const { store } = useAppContext();
  const queryClient = useQueryClient();
  if (!dialog) return null;
  const current = active.meta.origin === 'built-in' ? 'the built-in dataset' : `“${active.meta.title}”`;

  const onLoaded = (loaded: Loaded) => {
    const key = nextFileKey++;
    queryClient.setQueryData(fileQueryKey(key), loaded);
    store.getState().openData({ kind: 'file', key, name: loaded.meta.title });
    // Earlier files are dropped from memory once nothing shows them.
    setTimeout(() =>
      queryClient.removeQueries({
        predicate: (q) => q.queryKey[0] === 'dataset' && q.queryKey[1] === 'file' && q.queryKey[2] !== key,
      }),
    );
  };
  const print = () => {
    onClose();
    // After the dialog has gone, so it is not printed.
    setTimeout(() => window.print(), 50);
  };
  return (
    <Suspense
      fallback={
        <p className="dialog-loading" role="status">
          Loading…
        </p>
      }
    >
      {dialog.kind === 'export' ? (
        <ExportPanel
          dataset={active.dataset}
          meta={active.meta}
          link={currentLink(store)}
          snapshot={snapshot}
          onPrint={print}
          onClose={onClose}
          {...view}
        />
      ) : (
        <ImportDialog
          file={dialog.kind === 'import' ? dialog.file : null}
          report={dialog.kind === 'report' ? active.report : null}
          current={current}
          onLoaded={onLoaded}
          onClose={onClose}
        />
      )}
    </Suspense>
  );
}
