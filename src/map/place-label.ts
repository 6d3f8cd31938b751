/**
 * The rules for naming places on the map. A place's label shows only while it has events in
 * view, and it names only the places that do, so a strike is never captioned with the name
 * of the base beside it. Labels are short: the full name is in the tooltip and the panel.
 */

/** Parentheticals that say how sure a place is ("claimed", "vicinity"): never dropped. */
const QUALIFIER = /^(?:claimed|vicinity|approximate|unconfirmed|disputed)$/i;

/** "Victory (Victoria) base / Baghdad Diplomatic Support Center" -> "Victory base". */
export function shortPlaceName(name: string): string {
  const kept: string[] = [];
  let text = name;
  // Parentheticals go first, innermost first, so a "/" inside one does not split the name.
  for (let i = 0; i < 4; i += 1) {
    const next = text.replace(/\s*\(([^()]*)\)/g, (_, inner: string) => {
      if (QUALIFIER.test(inner.trim())) kept.push(inner.trim());
      return '';
    });
    if (next === text) break;
    text = next;
  }
  text = text.replace(/\s*\(.*$/, '');
  const [first = text] = text.split(/\s+\/\s+|,\s+/);
  const short = first.replace(/\s{2,}/g, ' ').trim();
  if (short.length === 0) return name.trim();
  return [short, ...kept.map((q) => `(${q})`)].join(' ');
}

/** The label for one map point: the places there that have events in view, lead first. */
export function pointLabel(names: readonly string[]): string {
  const [lead, ...rest] = names;
  if (lead === undefined) return '';
  const short = shortPlaceName(lead);
  return rest.length === 0 ? short : `${short} +${rest.length}`;
}
