/** The changelog of the dataset being shown, fetched from beside its data files. */
import { useQuery } from '@tanstack/react-query';
import { useAppContext } from '../store/app-context';

export const CHANGELOG_FILE = 'data/CHANGELOG.md';

export function useChangelog() {
  const { dataBaseUrl } = useAppContext();
  return useQuery({
    queryKey: ['changelog', dataBaseUrl],
    queryFn: async ({ signal }) => {
      const response = await fetch(new URL(CHANGELOG_FILE, dataBaseUrl), { signal });
      if (!response.ok) throw new Error(`Could not load the changelog (HTTP ${response.status}).`);
      return response.text();
    },
    staleTime: Number.POSITIVE_INFINITY,
  });
}
