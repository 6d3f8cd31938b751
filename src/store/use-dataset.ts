import { useQuery } from '@tanstack/react-query';
import { useAppContext } from './app-context';
import { fetchDataset } from '../data/fetch-dataset';

/** The dataset is immutable for the page's life: fetched once, never refetched on focus. */
export function useDataset() {
  const { dataBaseUrl } = useAppContext();
  return useQuery({
    queryKey: ['dataset', dataBaseUrl],
    queryFn: () => fetchDataset(dataBaseUrl),
    staleTime: Number.POSITIVE_INFINITY,
    gcTime: Number.POSITIVE_INFINITY,
    refetchOnWindowFocus: false,
    retry: false,
  });
}
