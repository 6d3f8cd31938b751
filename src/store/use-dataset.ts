import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { createStore, type StoreApi } from 'zustand/vanilla';
import { fetchDataset } from '../data/fetch-dataset';
import type { Progress } from '../data/fetch-json';
import { useAppContext } from './app-context';

/** How much of the dataset has arrived; null before the first byte. */
export type ProgressStore = StoreApi<{ progress: Progress | null }>;

/**
 * The dataset is immutable for the page's life: fetched once, never refetched on focus.
 * Progress lives in a small store of its own, so that each arriving chunk re-renders only
 * the loading message, not the app.
 */
export function useDataset() {
  const { dataBaseUrl, dataStallMs } = useAppContext();
  const [progress] = useState<ProgressStore>(() => createStore(() => ({ progress: null })));
  const query = useQuery({
    queryKey: ['dataset', dataBaseUrl],
    queryFn: ({ signal }) => {
      progress.setState({ progress: null });
      return fetchDataset(dataBaseUrl, {
        signal,
        stallMs: dataStallMs,
        onProgress: (p) => progress.setState({ progress: p }),
      });
    },
    staleTime: Number.POSITIVE_INFINITY,
    gcTime: Number.POSITIVE_INFINITY,
    refetchOnWindowFocus: false,
    retry: false,
  });
  return { query, progress };
}
