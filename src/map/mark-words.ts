/** Reader-facing sentences about a mark, shared by its tooltip and its chooser. */
import type { MarkSummary } from './mark-summary';
import { shortPlaceName } from './place-label';

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** "18 events at Ain al-Asad Air Base", "24 events at 3 places". */
export function markTitle(s: MarkSummary): string {
  const events = plural(s.n, 'event');
  const [first] = s.places;
  if (s.places.length === 1 && first) return `${events} at ${first.name}`;
  if (s.kind === 'point' && first)
    return `${events} at ${shortPlaceName(first.name)} and ${plural(s.places.length - 1, 'other place')}`;
  return `${events} at ${plural(s.places.length, 'place')}`;
}

/** "US/coalition personnel killed in 1 event, wounded in 3", or '' when none. */
export function casualtyLine(s: MarkSummary): string {
  if (s.event) {
    const parts = [];
    if (s.event.usKilled > 0) parts.push(`${s.event.usKilled} killed`);
    if (s.event.usWounded > 0) parts.push(`${s.event.usWounded} wounded`);
    return parts.length > 0 ? `US/coalition personnel: ${parts.join(', ')}` : '';
  }
  const parts = [];
  if (s.killedEvents > 0) parts.push(`killed in ${plural(s.killedEvents, 'event')}`);
  if (s.woundedEvents > 0) parts.push(`wounded in ${plural(s.woundedEvents, 'event')}`);
  return parts.length > 0 ? `US/coalition personnel ${parts.join('; ')}` : '';
}

/** What a click on the mark will do. */
export function clickHint(s: MarkSummary, atMaxZoom: boolean): string {
  if (s.kind === 'event') return 'Click to open';
  if (s.kind === 'point' || atMaxZoom) return 'Click to choose';
  return 'Click to zoom in';
}
