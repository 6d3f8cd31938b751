/**
 * A linked file read while it downloads (byte-file.ts): a read gets exactly the bytes asked
 * for, waits for those not yet here, and a download that ends short, runs long or fails
 * stops the import with the reason instead of reading a cut-off file as whole.
 */
import { describe, expect, it } from 'vitest';
import { ArrivingFile } from '../../src/import/byte-file';
import { readCsv } from '../../src/import/csv-source';
import { csvShape } from '../../src/import/csv-source';

const bytes = (text: string) => new TextEncoder().encode(text);
const text = async (file: ArrivingFile, start: number, end: number) =>
  new TextDecoder().decode(await file.slice(start, end).arrayBuffer());

/** Lets every settled promise run its callbacks. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('a file read while it arrives', () => {
  it('gives a range across chunks once its last byte is here, and not before', async () => {
    const file = new ArrivingFile(10);
    file.add(bytes('abcd'));
    let got: string | null = null;
    const read = text(file, 2, 8).then((t) => {
      got = t;
    });
    await settle();
    expect(got).toBeNull();
    file.add(bytes('efg'));
    await settle();
    expect(got).toBeNull();
    file.add(bytes('hij'));
    await read;
    expect(got).toBe('cdefgh');
    expect(await text(file, 0, 10)).toBe('abcdefghij');
    // Past the end reads to the end, as a Blob's slice does.
    expect(await text(file, 8, 50)).toBe('ij');
  });

  it('refuses a download that ends short, naming how much came, to reads waiting and later', async () => {
    const file = new ArrivingFile(10);
    file.add(bytes('abc'));
    const waiting = text(file, 0, 10);
    file.end();
    await expect(waiting).rejects.toThrow('ended after 3 of the 10 bytes it announced');
    await expect(text(file, 0, 2)).rejects.toThrow('ended after 3 of the 10 bytes');
  });

  it('refuses a download longer than it announced', async () => {
    const file = new ArrivingFile(4);
    file.add(bytes('abc'));
    file.add(bytes('de'));
    await expect(text(file, 0, 4)).rejects.toThrow('longer than the 4 bytes it announced');
  });

  it('passes a failed download on to the read waiting for it', async () => {
    const file = new ArrivingFile(8);
    const waiting = text(file, 0, 8);
    file.fail(new Error('The download of x.csv stopped.'));
    await expect(waiting).rejects.toThrow('The download of x.csv stopped.');
  });

  it('is read by the CSV reader as the whole file is, whatever the chunks', async () => {
    const csv = 'id,date\nséance-1,2024-01-02\n"a ""b""\nc",2024-01-03\n';
    const whole = bytes(csv);
    const records = async (file: Blob | ArrivingFile) => {
      const rows: string[][] = [];
      await readCsv(
        file,
        'utf-8',
        csvShape(csv),
        {
          onRecord: (row) => rows.push(row.cells()),
        },
        7,
      );
      return rows;
    };
    const expected = await records(new Blob([whole]));
    expect(expected).toHaveLength(3);
    // Chunks of 1, 2, 3, 5 bytes: a character and a quoted newline cut between them.
    for (const step of [1, 2, 3, 5]) {
      const file = new ArrivingFile(whole.length);
      const reading = records(file);
      for (let at = 0; at < whole.length; at += step) {
        file.add(whole.slice(at, at + step));
        await settle();
      }
      file.end();
      expect(await reading).toEqual(expected);
    }
  });
});
