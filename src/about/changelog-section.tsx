/** The version shown and what changed in each version, read from the dataset's changelog. */
import { ChangelogText } from './changelog-text';
import { useChangelog } from './use-changelog';

export function ChangelogSection() {
  const changelog = useChangelog();
  if (changelog.isPending) return <p role="status">Loading the changelog…</p>;
  if (changelog.isError) return <p role="alert">{changelog.error.message}</p>;
  return <ChangelogText markdown={changelog.data} />;
}
