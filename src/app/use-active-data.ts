/**
 * The data the page shows: a `data=` path when the view names one, else a file the reader
 * opened, else the built-in dataset. Every dataset lives in the query cache, never in the
 * store: a file's events are put there by the import dialog, a path's are fetched here (with
 * the importer loaded on demand, so the first view of the built-in data does not carry it).
 * Progress goes to small stores of its own, as the built-in loader's does, so a progress tick
 * re-renders the progress bar only.
 */
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { createStore } from 'zustand/vanilla';
import { useShallow } from 'zustand/react/shallow';
import { builtInMeta, type DatasetMeta } from '../data/dataset-meta';
import { EMPTY_DATASET, type Dataset } from '../data/model';
import type { ImportReport, Loaded } from '../import/finish';
import { useAppContext, useAppState } from '../store/app-context';
import { type ProgressStore, useDataset } from '../store/use-dataset';
import type { LoadState } from './load-status';

export interface ActiveData {
  dataset: Dataset;
  meta: DatasetMeta;
  load: LoadState;
  /** Changes exactly when the data changes: the map (kept) starts its view afresh for new data. */
  key: string;
  report: ImportReport | null;
}

export const fileQueryKey = (key: number) => ['dataset', 'file', key] as const;

const FOREVER = {
  staleTime: Number.POSITIVE_INFINITY,
  gcTime: Number.POSITIVE_INFINITY,
  refetchOnWindowFocus: false,
  retry: false,
} as const;

interface QueryLike {
  data: unknown;
  isError: boolean;
  isFetching: boolean;
  error: Error | null;
  refetch(): unknown;
}

/** As the built-in loader reads its query: a Retry in flight shows progress, not the old error. */
function stateOf(query: QueryLike, progress: ProgressStore): LoadState {
  if (query.data) return { kind: 'ready' };
  if (query.isError && !query.isFetching) {
    return { kind: 'failed', message: query.error?.message ?? '', retry: () => void query.refetch() };
  }
  return { kind: 'loading', progress };
}

export function useActiveData(): ActiveData {
  const { dataBaseUrl } = useAppContext();
  const { data, localData } = useAppState(useShallow((s) => ({ data: s.data, localData: s.localData })));
  const [linkProgress] = useState<ProgressStore>(() => createStore(() => ({ progress: null })));
  const builtIn = useDataset();
  const linked = useQuery<Loaded>({
    queryKey: ['dataset', 'link', data],
    enabled: data !== null,
    queryFn: async ({ signal }) => {
      linkProgress.setState({ progress: null });
      const { loadFromPath } = await import('../import/load-path');
      // Bytes downloaded, then bytes parsed: either way, how much of the file is done.
      return loadFromPath(
        data as string,
        dataBaseUrl,
        (p) =>
          linkProgress.setState({
            progress:
              p.phase === 'fetching'
                ? { received: p.bytes, total: p.total }
                : { received: p.progress.bytes, total: p.progress.total },
          }),
        signal,
      );
    },
    ...FOREVER,
  });
  const local = useQuery<Loaded>({
    queryKey: fileQueryKey(localData?.key ?? -1),
    enabled: localData !== null,
    queryFn: () => Promise.reject(new Error('This file is no longer in memory: open it again.')),
    ...FOREVER,
  });
  if (data !== null) {
    return {
      dataset: linked.data?.dataset ?? EMPTY_DATASET,
      meta: linked.data?.meta ?? { ...builtInMeta('loading'), title: data, origin: 'link', path: data },
      load: stateOf(linked, linkProgress),
      key: `link:${data}`,
      report: linked.data?.report ?? null,
    };
  }
  if (localData !== null) {
    return {
      dataset: local.data?.dataset ?? EMPTY_DATASET,
      meta: local.data?.meta ?? {
        ...builtInMeta('gone'),
        title: localData.name,
        origin: 'file',
        fileName: localData.name,
      },
      load: stateOf(local, linkProgress),
      key: `file:${localData.key}`,
      report: local.data?.report ?? null,
    };
  }
  const version = builtIn.query.data?.version;
  return {
    dataset: builtIn.query.data ?? EMPTY_DATASET,
    meta: builtInMeta(version ?? 'loading'),
    load: stateOf(builtIn.query, builtIn.progress),
    key: 'built-in',
    report: null,
  };
}
