/**
 * The map factory is the one seam tests replace: the app provides MapLibre's, tests a
 * stateful fake. It lives in map/ so nothing outside the map knows how a map is made.
 */
import { createContext, type ReactNode, useContext } from 'react';
import type { CreateMap } from './map-like';

const MapFactoryContext = createContext<CreateMap | null>(null);

export function MapFactoryProvider({ createMap, children }: { createMap: CreateMap; children: ReactNode }) {
  return <MapFactoryContext.Provider value={createMap}>{children}</MapFactoryContext.Provider>;
}

export function useMapFactory(): CreateMap {
  const createMap = useContext(MapFactoryContext);
  if (!createMap) throw new Error('useMapFactory must be used inside MapFactoryProvider');
  return createMap;
}
