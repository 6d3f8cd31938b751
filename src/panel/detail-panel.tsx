/** Shows the selected event or site, or says plainly that the link names something we lack. */
import type { AtlasEvent, Dataset } from '../data/model';
import type { Selection } from '../data/view-types';
import { EventPanel } from './event-panel';
import { SitePanel } from './site-panel';

interface Props {
  dataset: Dataset;
  selection: Selection;
  visible: readonly AtlasEvent[];
  onSelect: (selection: Selection | null) => void;
}

export function DetailPanel({ dataset, selection, visible, onSelect }: Props) {
  const close = () => onSelect(null);
  if (selection.kind === 'event') {
    const event = dataset.eventById.get(selection.id);
    if (event) return <EventPanel key={event.id} event={event} onClose={close} />;
  } else {
    const site = dataset.siteById.get(selection.id);
    if (site) {
      const open = (id: string) => onSelect({ kind: 'event', id });
      return <SitePanel key={site.id} site={site} events={visible} onOpenEvent={open} onClose={close} />;
    }
  }
  return (
    <article className="panel" role="alert">
      <p>
        The link names {selection.kind === 'event' ? 'an event' : 'a place'} that this dataset does not have
        (“
        {selection.id}”).
      </p>
      <button type="button" onClick={close}>
        Show the event list
      </button>
    </article>
  );
}
