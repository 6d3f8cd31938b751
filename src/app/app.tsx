/** Providers and the data query around the explorer. */
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { useState } from 'react';
import type { CreateMap } from '../map/map-like';
import { MapFactoryProvider } from '../map/map-factory';
import type { UpdateSource } from '../offline/register-worker';
import { type AppContextValue, AppContextProvider } from '../store/app-context';
import { Atlas } from './atlas';
import { useActiveData } from './use-active-data';

function Loader({ updates }: { updates: UpdateSource | undefined }) {
  // The built-in data, a `data=` path, or a file the reader opened (use-active-data.ts).
  const active = useActiveData();
  // The map and controls render even while loading or after a failure: the page stays usable.
  return <Atlas dataset={active.dataset} load={active.load} active={active} updates={updates} />;
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
