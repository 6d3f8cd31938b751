export interface AcledCsvOptions {
  seed?: number;
  places?: number;
  days?: number;
  chunkRows?: number;
}
export function acledCsvChunks(n: number, options?: AcledCsvOptions): Generator<string>;
export function acledCsv(n: number, options?: AcledCsvOptions): string;
