/**
 * The rules for naming places on the map. A place's label shows only while it has events in
 * view, and it names only the places that do, so a strike is never captioned with the name
 * of the base beside it. Labels are short: the full name is in the tooltip and the panel.
 */

/** "Victory (Victoria) base / Baghdad Diplomatic Support Center" -> "Victory base". */
export function shortPlaceName(name: string): string {
  let text = name;
  // Drop parentheticals, innermost first, so a "/" inside one does not split the name.
  for (let i = 0; i < 4 && /\([^()]*\)/.test(text); i += 1) text = text.replace(/\s*\([^()]*\)/g, '');
  text = text.replace(/\s*\(.*$/, '');
  const [first = text] = text.split(/\s+\/\s+|,\s+/);
  const short = first.replace(/\s{2,}/g, ' ').trim();
  return short.length > 0 ? short : name.trim();
}

/** The label for one map point: the places there that have events in view, lead first. */
export function pointLabel(names: readonly string[]): string {
  const [lead, ...rest] = names;
  if (lead === undefined) return '';
  const short = shortPlaceName(lead);
  return rest.length === 0 ? short : `${short} +${rest.length}`;
}
