/**
 * Mechanical clean-up of reader-facing text for 2.0.0: research labels out, approximations in
 * words, event ids replaced by what a reader can recognise ("the rocket attack of 30 Oct").
 * What no rule can fix is rewritten by hand in edits-2.0.mjs; the data check catches the rest.
 */
import { dayLabel } from './lib.mjs';

export const TYPE_WORDS = {
  drone_attack: 'drone attack',
  rocket_attack: 'rocket attack',
  missile: 'missile attack',
  mixed: 'rocket and drone attack',
  interception: 'intercepted attack',
  us_airstrike: 'US strike',
  other: 'incident',
};

const ID = /\b(20\d\d-\d\d-\d\d-[a-z0-9]+(?:-[a-z0-9]+)*)\b/g;

/** Replaces each event id with "the <type> of <day>"; `describe(id)` gives { date, type } or null. */
export function idsToWords(text, describe) {
  if (!text) return text;
  return text.replace(ID, (id) => {
    const target = describe(id);
    if (!target) throw new Error(`text names an unknown event id ${id}: ${text}`);
    if (target.words) return target.words;
    return `the ${TYPE_WORDS[target.type]} of ${dayLabel(target.date, false)}`;
  });
}

const RULES = [
  [/\bAdded \d{4}-\d{2}-\d{2}:\s*/g, ''],
  [/\s*Added \d{4}-\d{2}-\d{2}\.?/g, ''],
  [/\bDATE (WINDOW|WEAK|INFERRED)( \d+-\d+ \w+)?:\s*(\w)/g, (_m, _k, _w, c) => c.toUpperCase()],
  [/\bDISAGREEMENT on (\w+):/g, 'Sources differ on $1:'],
  [/\bDISAGREEMENT:\s*/g, 'Sources differ: '],
  [/\bINCONSISTENT\b/g, 'Inconsistent'],
  [/~\s?(\d)/g, 'about $1'],
  [/≈\s?/g, 'about '],
  [/\btime_utc\b/g, 'the UTC time'],
  [/\s*\(the CSV used [^)]*\)/g, ''],
];

export function cleanReaderText(text) {
  if (!text) return text;
  let out = text;
  for (const [pattern, replacement] of RULES) out = out.replace(pattern, replacement);
  return out.replace(/\s{2,}/g, ' ').trim();
}
