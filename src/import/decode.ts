/**
 * What a file is, from its first bytes: empty, binary (a spreadsheet or archive saved as-is),
 * or text in some encoding. UTF-8 (with or without a byte-order mark) and UTF-16 are told by
 * their marks and validity; other bytes are read as Windows-1256 when that makes them Arabic
 * letters, else as Windows-1252. The reader can override the guess.
 */

export const ENCODINGS = {
  'utf-8': 'UTF-8',
  'utf-16le': 'UTF-16 (little-endian)',
  'utf-16be': 'UTF-16 (big-endian)',
  'windows-1256': 'Windows-1256 (Arabic)',
  'windows-1252': 'Windows-1252 (Western European)',
} as const;
export type Encoding = keyof typeof ENCODINGS;

export type Sniffed =
  | { kind: 'empty' }
  | { kind: 'binary'; what: string }
  | { kind: 'text'; encoding: Encoding; reason: string };

const SIGNATURES: [number[], string][] = [
  [[0x50, 0x4b, 0x03, 0x04], 'a ZIP archive or an Excel .xlsx workbook'],
  [[0xd0, 0xcf, 0x11, 0xe0], 'an old Excel .xls workbook'],
  [[0x25, 0x50, 0x44, 0x46], 'a PDF document'],
  [[0x89, 0x50, 0x4e, 0x47], 'a PNG image'],
  [[0xff, 0xd8, 0xff], 'a JPEG image'],
  [[0x1f, 0x8b], 'a gzip archive'],
];

function startsWith(bytes: Uint8Array, signature: number[]): boolean {
  return signature.every((b, i) => bytes[i] === b);
}

/** Share of the non-ASCII letters that Windows-1256 reads as Arabic (U+0600–U+06FF). */
function arabicShare(bytes: Uint8Array): number {
  const text = new TextDecoder('windows-1256').decode(bytes);
  let high = 0;
  let arabic = 0;
  for (const ch of text) {
    const code = ch.codePointAt(0) as number;
    if (code < 0x80) continue;
    high += 1;
    if (code >= 0x600 && code <= 0x6ff) arabic += 1;
  }
  return high === 0 ? 0 : arabic / high;
}

/** `truncated`: the bytes are the start of a longer file, so the last character may be cut. */
export function sniffBytes(bytes: Uint8Array, truncated = false): Sniffed {
  if (bytes.length === 0) return { kind: 'empty' };
  if (startsWith(bytes, [0xef, 0xbb, 0xbf]))
    return { kind: 'text', encoding: 'utf-8', reason: 'byte-order mark' };
  if (startsWith(bytes, [0xff, 0xfe]))
    return { kind: 'text', encoding: 'utf-16le', reason: 'byte-order mark' };
  if (startsWith(bytes, [0xfe, 0xff]))
    return { kind: 'text', encoding: 'utf-16be', reason: 'byte-order mark' };
  for (const [signature, what] of SIGNATURES)
    if (startsWith(bytes, signature)) return { kind: 'binary', what };
  // A stray NUL in a text cell is the data's problem (the reader removes it); many NULs are a binary file.
  const nuls = bytes.reduce((n, b) => (b === 0 ? n + 1 : n), 0);
  if (nuls * 100 > bytes.length) return { kind: 'binary', what: 'a binary file (it holds NUL bytes)' };
  try {
    // `stream: true` holds back a character cut at the end of the sample instead of failing on it.
    new TextDecoder('utf-8', { fatal: true }).decode(bytes, { stream: truncated });
    return { kind: 'text', encoding: 'utf-8', reason: 'valid UTF-8' };
  } catch {
    return arabicShare(bytes) > 0.6
      ? {
          kind: 'text',
          encoding: 'windows-1256',
          reason: 'not UTF-8; its letters read as Arabic in Windows-1256',
        }
      : { kind: 'text', encoding: 'windows-1252', reason: 'not UTF-8; read as Windows-1252' };
  }
}
