/**
 * Writes a package from entries whose compressed bytes are already known:
 * copied unchanged from the input, or compressed by fflate for new parts.
 */
import { zipSync } from 'fflate';
import { XlsxError } from '../errors.js';
import { rawData, readZipDirectory, type ZipEntry } from './directory.js';

/** An entry ready to be written: its record fields and its compressed bytes. */
export interface OutEntry extends Omit<ZipEntry, 'dataOffset'> {
  data: Uint8Array;
}

/**
 * Compresses new parts with fflate (deflate and CRC-32) and returns them as entries.
 *
 * @example
 * ```ts
 * const [entry] = compressParts([['xl/worksheets/sheet9.xml', xmlBytes]]);
 * ```
 */
export function compressParts(parts: readonly (readonly [string, Uint8Array])[]): OutEntry[] {
  if (parts.length === 0) return [];
  const input: Record<string, [Uint8Array, { level: 6 }]> = {};
  for (const [name, data] of parts) input[name] = [data, { level: 6 }];
  const dir = readZipDirectory(zipSync(input));
  return dir.entries.map((e) => ({ ...e, data: rawData(dir, e) }));
}

const ASCII = /^[\x20-\x7e]*$/;

/**
 * Lays out entries as a zip (local records, central directory, end record), in the given order.
 *
 * @throws XlsxError `corrupt` when the package would need zip64 (over 4 GB or 65,535 parts)
 */
export function writeZip(entries: readonly OutEntry[]): Uint8Array {
  const encoder = new TextEncoder();
  const names = entries.map((e) => e.rawName ?? encoder.encode(e.name));
  let size = 22;
  entries.forEach((e, i) => (size += 30 + names[i]!.length + e.data.length + 46 + names[i]!.length));
  if (size > 0xffffffff || entries.length > 0xfffe) {
    throw new XlsxError('corrupt', 'tệp ghi ra quá lớn cho định dạng .xlsx thường (hơn 4 GB).', 'output would need zip64');
  }
  const out = new Uint8Array(size);
  const view = new DataView(out.buffer);
  const offsets: number[] = [];
  let p = 0;
  const flagsOf = (e: OutEntry) => (e.flags & ~0x0008 & ~0x0001) | (e.rawName || ASCII.test(e.name) ? 0 : 0x0800);
  // The run of fields a local header (at +6) and its central-directory record (at +8) share, in the same order.
  const putEntryFields = (at: number, e: OutEntry, nameLength: number) => {
    view.setUint16(at, flagsOf(e), true);
    view.setUint16(at + 2, e.method, true);
    view.setUint16(at + 4, e.modTime, true);
    view.setUint16(at + 6, e.modDate, true);
    view.setUint32(at + 8, e.crc32, true);
    view.setUint32(at + 12, e.data.length, true);
    view.setUint32(at + 16, e.uncompressedSize, true);
    view.setUint16(at + 20, nameLength, true);
  };
  entries.forEach((e, i) => {
    offsets.push(p);
    const name = names[i]!;
    view.setUint32(p, 0x04034b50, true);
    view.setUint16(p + 4, 20, true);
    putEntryFields(p + 6, e, name.length);
    view.setUint16(p + 28, 0, true);
    out.set(name, p + 30);
    out.set(e.data, p + 30 + name.length);
    p += 30 + name.length + e.data.length;
  });
  const cdStart = p;
  entries.forEach((e, i) => {
    const name = names[i]!;
    view.setUint32(p, 0x02014b50, true);
    view.setUint16(p + 4, 20, true);
    view.setUint16(p + 6, 20, true);
    putEntryFields(p + 8, e, name.length);
    // extra, comment, disk, internal attributes: 0
    view.setUint32(p + 38, 0, true);
    view.setUint32(p + 42, offsets[i]!, true);
    out.set(name, p + 46);
    p += 46 + name.length;
  });
  view.setUint32(p, 0x06054b50, true);
  view.setUint16(p + 8, entries.length, true);
  view.setUint16(p + 10, entries.length, true);
  view.setUint32(p + 12, p - cdStart, true);
  view.setUint32(p + 16, cdStart, true);
  return out;
}
