/** The choices the mapping step starts from (and a `data=` link uses as they are). */
import type { ImportOptions } from './mapping';
import type { Sniffed } from './sniff';

export function defaultOptions(sniffed: Sniffed, fileName: string): ImportOptions {
  return {
    kind: sniffed.kind,
    profile: sniffed.profile,
    mapping: { ...sniffed.mapping },
    encoding: sniffed.encoding,
    dateOrder: sniffed.dateOrder,
    swapCoordinates: sniffed.swapSuggested,
    typeMap: sniffed.typeValues.map((t) => [t.value, t.suggested]),
    defaultDirection: 'attack_on_us',
    defaultStatus: 'reported_by_media',
    fileName,
  };
}
