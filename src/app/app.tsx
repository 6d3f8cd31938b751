/** Providers and the data query around the explorer. */
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { useState } from 'react';
import { EMPTY_DATASET } from '../data/model';
import { useDataset } from '../data/use-dataset';
import { type AppContextValue, AppContextProvider } from './app-context';
import { Atlas, type LoadState } from './atlas';

function Loader() {
  const query = useDataset();
  const load: LoadState = query.isPending
    ? { kind: 'loading' }
    : query.isError
      ? { kind: 'failed', message: query.error.message, retry: () => void query.refetch() }
      : { kind: 'ready' };
  // The map and controls render even while loading or after a failure: the page stays usable.
  return <Atlas dataset={query.data ?? EMPTY_DATASET} load={load} />;
}

export function App({ context, queryClient }: { context: AppContextValue; queryClient?: QueryClient }) {
  const [client] = useState(() => queryClient ?? new QueryClient());
  return (
    <QueryClientProvider client={client}>
      <AppContextProvider value={context}>
        <Loader />
      </AppContextProvider>
    </QueryClientProvider>
  );
}
