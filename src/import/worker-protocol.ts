/** Messages between the page and the import worker. */
import type { Encoding } from './decode';
import type { ImportOptions } from './mapping';
import type { ImportProgress, ImportResult } from './run-import';
import type { Sniffed } from './sniff';
import type { TextPart } from './text-parts';

export type ToWorker =
  /** `file` null: the file announced by `arriving`, whose bytes come in `bytes` messages. */
  | { type: 'sniff'; file: Blob | null; name: string; encoding?: Encoding }
  | { type: 'arriving'; size: number }
  | { type: 'bytes'; chunk: Uint8Array }
  | { type: 'end' }
  /** The download failed; `message` says so for the reader. */
  | { type: 'broken'; message: string }
  | { type: 'run'; options: ImportOptions; sniffed: Sniffed };

export type FromWorker =
  | { type: 'sniffed'; sniffed: Sniffed }
  | { type: 'progress'; progress: ImportProgress }
  /** One part of the result's text dictionaries, each in a message of its own (text-parts.ts). */
  | { type: 'text'; part: TextPart; progress: ImportProgress }
  /** The result, its text dictionaries empty: the parts came before it. */
  | { type: 'done'; result: ImportResult }
  /** `refused`: the file cannot be read, said for the reader; `failed`: a fault of ours. */
  | { type: 'refused' | 'failed'; message: string };
