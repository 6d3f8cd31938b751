/**
 * Records that share an id. The first copy used to win silently, so a copy placed before the
 * real record replaced it and the notice blamed the real one. Now:
 * - exact copies (the same record pasted twice): the first loads, each later copy is reported;
 * - copies that differ: none loads, and each is reported naming the others, because the app
 *   cannot know which one is true and must never show an invented place or date.
 */
import type { DataIssue } from './model';

export interface Candidate<T> {
  /** Position in the raw file. */
  index: number;
  id: string;
  value: T;
  /** The cleaned raw record, serialised: two copies are the same record when these match. */
  fingerprint: string;
}

export interface Resolved<T> {
  kept: Candidate<T>[];
  /** Ids left out because their copies disagree. */
  conflicting: Set<string>;
}

export function resolveDuplicateIds<T>(
  file: string,
  noun: string,
  candidates: Candidate<T>[],
  issues: DataIssue[],
): Resolved<T> {
  const byId = new Map<string, Candidate<T>[]>();
  for (const c of candidates) byId.set(c.id, [...(byId.get(c.id) ?? []), c]);
  const kept: Candidate<T>[] = [];
  const conflicting = new Set<string>();
  for (const c of candidates) {
    const copies = byId.get(c.id) ?? [c];
    const first = copies[0] as Candidate<T>;
    if (copies.length === 1) {
      kept.push(c);
    } else if (copies.every((other) => other.fingerprint === first.fingerprint)) {
      if (c === first) kept.push(c);
      else {
        issues.push({
          file,
          featureIndex: c.index,
          featureId: c.id,
          field: 'id',
          message: `repeats ${noun} #${first.index} exactly; one copy is loaded`,
          effect: 'kept',
        });
      }
    } else {
      conflicting.add(c.id);
      const others = copies.filter((o) => o !== c).map((o) => `#${o.index}`);
      issues.push({
        file,
        featureIndex: c.index,
        featureId: c.id,
        field: 'id',
        message: `is also the id of ${noun} ${others.join(', ')}, with different content; none of them is loaded`,
      });
    }
  }
  return { kept, conflicting };
}
