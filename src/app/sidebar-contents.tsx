/**
 * The sidebar once the data is in: search and filters above the event list. One module, so
 * their code comes as one chunk beside the first view (atlas.tsx) and they appear together.
 */
import type { AtlasEvent, Dataset } from '../data/model';
import { FilterPanel } from '../filters/filter-panel';
import { EventList } from '../list/event-list';

interface Props {
  dataset: Dataset;
  visible: readonly AtlasEvent[];
  selectedId: string | null;
  quiet: boolean;
}

export function SidebarContents({ dataset, visible, selectedId, quiet }: Props) {
  return (
    <>
      <FilterPanel dataset={dataset} />
      <EventList events={visible} total={dataset.events.length} selectedId={selectedId} quiet={quiet} />
    </>
  );
}
