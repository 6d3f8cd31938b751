/**
 * What the features are given from outside: the store and where the data lives. It sits
 * below the features (they import it; it imports none of them), and the app provides it.
 */
import { createContext, type ReactNode, useContext } from 'react';
import { useStore } from 'zustand';
import type { AppState, AppStore } from './app-store';

export interface AppContextValue {
  store: AppStore;
  /** Absolute URL the data files and basemap are served under. */
  dataBaseUrl: string;
  reducedMotion: boolean;
  /** How long a data request may receive nothing before it is given up (tests shorten it). */
  dataStallMs?: number;
}

const AppContext = createContext<AppContextValue | null>(null);

export function AppContextProvider({ value, children }: { value: AppContextValue; children: ReactNode }) {
  return <AppContext.Provider value={value}>{children}</AppContext.Provider>;
}

export function useAppContext(): AppContextValue {
  const value = useContext(AppContext);
  if (!value) throw new Error('useAppContext must be used inside AppContextProvider');
  return value;
}

/** Narrow reads from the store: a component re-renders only when its slice changes. */
export function useAppState<T>(selector: (state: AppState) => T): T {
  return useStore(useAppContext().store, selector);
}
