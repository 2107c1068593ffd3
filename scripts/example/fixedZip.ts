/**
 * Example workbooks deterministic to the byte: exceljs stamps each zip entry with the time of writing,
 * so without this a rebuild changes the file (and git status) though no cell changed.
 */
import { unzipSync, zipSync, type Zippable } from 'fflate';

/**
 * The same package with every entry stamped `stamp` (a local date and time: fflate writes the Date's
 * local fields, so a stamp built from local fields is the same in every time zone).
 *
 * @example
 * ```ts
 * writeFileSync(out, withFixedZipTimes(new Uint8Array(await wb.xlsx.writeBuffer()), new Date(2025, 11, 31, 8, 0, 0)));
 * ```
 */
export function withFixedZipTimes(bytes: Uint8Array, stamp: Date): Uint8Array {
  const entries: Zippable = {};
  for (const [name, data] of Object.entries(unzipSync(bytes))) entries[name] = [data, { mtime: stamp }];
  return zipSync(entries, { level: 6 });
}
