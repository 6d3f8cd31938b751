/** Providers and the data query around the explorer. */
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { useState } from 'react';
import { EMPTY_DATASET } from '../data/model';
import type { CreateMap } from '../map/map-like';
import { MapFactoryProvider } from '../map/map-factory';
import type { UpdateSource } from '../offline/register-worker';
import { type AppContextValue, AppContextProvider } from '../store/app-context';
import { useDataset } from '../store/use-dataset';
import { Atlas, type LoadState } from './atlas';

function Loader({ updates }: { updates: UpdateSource | undefined }) {
  const { query, progress } = useDataset();
  // A Retry in flight shows progress again, not the old error.
  const load: LoadState = query.data
    ? { kind: 'ready' }
    : query.isError && !query.isFetching
      ? { kind: 'failed', message: query.error.message, retry: () => void query.refetch() }
      : { kind: 'loading', progress };
  // The map and controls render even while loading or after a failure: the page stays usable.
  return <Atlas dataset={query.data ?? EMPTY_DATASET} load={load} updates={updates} />;
}

/** What the page gives the app: its store, where its data lives, and the map factory (the test seam). */
export interface AppProps {
  context: AppContextValue & { createMap: CreateMap };
  queryClient?: QueryClient;
  /** Tells of a newer version waiting in the service worker (production builds only). */
  updates?: UpdateSource;
}

export function App({ context, queryClient, updates }: AppProps) {
  const [client] = useState(() => queryClient ?? new QueryClient());
  return (
    <QueryClientProvider client={client}>
      <AppContextProvider value={context}>
        <MapFactoryProvider createMap={context.createMap}>
          <Loader updates={updates} />
        </MapFactoryProvider>
      </AppContextProvider>
    </QueryClientProvider>
  );
}
