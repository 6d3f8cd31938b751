/**
 * How grave an event was for US and coalition forces, from the structured casualty counts:
 * the map, list, legend and filters all read this one rule.
 */
import type { EventProperties } from './schema';

export const SEVERITIES = ['killed', 'wounded'] as const;
export type Severity = (typeof SEVERITIES)[number];

/** 'killed' if anyone was killed, else 'wounded' if anyone was wounded, else null. */
export function severityOf(event: Pick<EventProperties, 'usKilled' | 'usWounded'>): Severity | null {
  if ((event.usKilled ?? 0) > 0) return 'killed';
  if ((event.usWounded ?? 0) > 0) return 'wounded';
  return null;
}
