/**
 * The worker's text dictionaries, sent to the page in parts. A message's data is copied into
 * the page in one go when the page reads it: at 250,000 ACLED rows the packed summaries,
 * notes and ids come to tens of megabytes, and one message held the page for ~300 ms. Parts
 * of at most `size` characters each arrive in a task of their own, and the page joins them
 * back between pauses. Typed arrays are transferred, not copied, so they stay in one message.
 */
import { type EventColumns, TEXT_FIELDS, type TextField } from '../data/event-columns';

/** Characters per part (half a megabyte or one): a part is copied in a few milliseconds. */
export const PART_CHARS = 1 << 18;

export interface TextPart {
  field: TextField;
  text: string;
}

/** Characters in all the parts (for progress). */
export const partChars = (parts: readonly TextPart[]) => parts.reduce((n, p) => n + p.text.length, 0);

/** Where to cut `text` near `at`: never between the two halves of a surrogate pair. */
function cutAt(text: string, at: number): number {
  if (at >= text.length) return text.length;
  const before = text.charCodeAt(at - 1);
  return before >= 0xd800 && before <= 0xdbff ? at + 1 : at;
}

/**
 * Moves every text dictionary out of `columns` (left with empty texts, to go with the typed
 * arrays) into parts of at most `size` characters (one more where a pair would be split).
 */
export function takeTextParts(columns: EventColumns, size = PART_CHARS): TextPart[] {
  const parts: TextPart[] = [];
  for (const field of TEXT_FIELDS) {
    const dict = columns.text[field].dict;
    const text = dict.text;
    for (let start = 0; start < text.length; ) {
      const end = cutAt(text, start + Math.max(1, size));
      parts.push({ field, text: text.slice(start, end) });
      start = end;
    }
    dict.text = '';
  }
  return parts;
}

/** The page's side: collects parts as they come, then puts each dictionary's text back. */
export class TextAssembler {
  private readonly parts = new Map<TextField, string[]>();

  add(part: TextPart) {
    const list = this.parts.get(part.field);
    if (list) list.push(part.text);
    else this.parts.set(part.field, [part.text]);
  }

  /** Joins each field's parts into `columns`, pausing between fields (a join copies them). */
  async restore(columns: EventColumns, pause: () => Promise<void> = () => Promise.resolve()) {
    for (const field of TEXT_FIELDS) {
      const list = this.parts.get(field);
      if (!list) continue;
      columns.text[field].dict.text = list.length === 1 ? (list[0] as string) : list.join('');
      this.parts.delete(field);
      await pause();
    }
  }
}
