import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { fetchDataset } from '../data/fetch-dataset';
import type { Progress } from '../data/fetch-json';
import { useAppContext } from './app-context';

/**
 * The dataset is immutable for the page's life: fetched once, never refetched on focus.
 * Progress lives beside the query (a query holds only its result), for the loading message.
 */
export function useDataset() {
  const { dataBaseUrl, dataStallMs } = useAppContext();
  const [progress, setProgress] = useState<Progress | null>(null);
  const query = useQuery({
    queryKey: ['dataset', dataBaseUrl],
    queryFn: ({ signal }) => {
      setProgress(null);
      return fetchDataset(dataBaseUrl, { signal, stallMs: dataStallMs, onProgress: setProgress });
    },
    staleTime: Number.POSITIVE_INFINITY,
    gcTime: Number.POSITIVE_INFINITY,
    refetchOnWindowFocus: false,
    retry: false,
  });
  return { query, progress };
}
