/** Once the data is in, drops from the view what the link named but the data lacks (with a notice). */
import { useEffect } from 'react';
import type { Dataset } from '../data/model';
import { reconcileStore } from '../store/url-reconcile';
import { useAppContext } from '../store/app-context';

export function useLinkReconcile(dataset: Dataset, ready: boolean): void {
  const { store } = useAppContext();
  useEffect(() => {
    // Runs once per loaded dataset; never against the empty stand-in shown while loading.
    if (ready) reconcileStore(store, dataset);
  }, [store, dataset, ready]);
}
