import { useEffect } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { DatasetMeta } from '../data/dataset-meta';
import type { Dataset } from '../data/model';
import { useAppState } from '../store/app-context';
import { APP_NAME, viewTitle } from './view-title';

/** Keeps `document.title` naming the view (see view-title.ts). */
export function usePageTitle(dataset: Dataset, meta: DatasetMeta, ready: boolean): void {
  const view = useAppState(useShallow((s) => ({ selection: s.selection, range: s.range })));
  const title = ready ? viewTitle(dataset, meta, view) : APP_NAME;
  useEffect(() => {
    document.title = title;
  }, [title]);
}
