/** The map's own naming for its generated status icons; the vocabulary itself is in domain/. */
import type { EventType, Status } from '../data/schema';

/** The map icon's name for one type and status (images are generated at runtime). */
export function symbolImageName(type: EventType, status: Status): string {
  return `event-${type}-${status}`;
}
