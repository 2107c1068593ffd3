/**
 * The zip central directory of a package, read in place (no copy of the data).
 * fflate inflates and deflates; it has no API to copy an entry's compressed
 * bytes unchanged, which is how the writer keeps every clerk's part byte for
 * byte at no cost, so the container records are read and written here.
 */
import { XlsxError } from '../errors.js';

/** One entry of the package, pointing into the input bytes. */
export interface ZipEntry {
  /** The part name, with `/` separators (some writers store a backslash; see `rawName`). */
  name: string;
  /** The name's bytes as stored, when they differ from `name` (backslash separators): a copy writes them back as found. */
  rawName?: Uint8Array;
  /** 0 = stored, 8 = deflate (others can be copied, not read). */
  method: number;
  flags: number;
  crc32: number;
  compressedSize: number;
  uncompressedSize: number;
  /** DOS time and date words, kept when the entry is copied. */
  modTime: number;
  modDate: number;
  /** Where the compressed bytes start in the package. */
  dataOffset: number;
}

/** The package's entries by name, in their order in the central directory. */
export interface ZipDirectory {
  bytes: Uint8Array;
  entries: ZipEntry[];
  byName: Map<string, ZipEntry>;
}

const EOCD = 0x06054b50;
const EOCD64_LOCATOR = 0x07064b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

const corrupt = (why: string): XlsxError =>
  new XlsxError('corrupt', `tệp bị hỏng hoặc không phải sổ Excel .xlsx hợp lệ (${why}).`, `corrupt package: ${why}`);

/**
 * Reads the central directory of `bytes`.
 *
 * @throws XlsxError `not-zip` when the bytes are not a zip, `corrupt` when its records are inconsistent
 * @example
 * ```ts
 * const dir = readZipDirectory(bytes);
 * dir.byName.has('xl/workbook.xml'); // true
 * ```
 */
export function readZipDirectory(bytes: Uint8Array): ZipDirectory {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (bytes.length < 22 || view.getUint32(0, true) !== LOCAL) {
    throw new XlsxError('not-zip', 'tệp không phải sổ Excel .xlsx (nội dung không phải định dạng .xlsx).', 'not a zip package');
  }
  // The end record is in the last 64 KiB + 22 bytes (its comment is at most 65,535 bytes).
  let eocd = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 65_557); i--) {
    if (view.getUint32(i, true) === EOCD) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw corrupt('không thấy mục lục zip; tệp có thể bị cắt cụt');
  let count = view.getUint16(eocd + 10, true);
  let cdOffset = view.getUint32(eocd + 16, true);
  if ((count === 0xffff || cdOffset === 0xffffffff) && eocd >= 20 && view.getUint32(eocd - 20, true) === EOCD64_LOCATOR) {
    const at = Number(view.getBigUint64(eocd - 12, true));
    if (at + 56 > bytes.length) throw corrupt('mục lục zip64 sai');
    count = Number(view.getBigUint64(at + 32, true));
    cdOffset = Number(view.getBigUint64(at + 48, true));
  }
  const entries: ZipEntry[] = [];
  const byName = new Map<string, ZipEntry>();
  const decoder = new TextDecoder();
  let p = cdOffset;
  for (let i = 0; i < count; i++) {
    if (p + 46 > bytes.length || view.getUint32(p, true) !== CENTRAL) throw corrupt('mục lục zip sai');
    const flags = view.getUint16(p + 8, true);
    const method = view.getUint16(p + 10, true);
    const modTime = view.getUint16(p + 12, true);
    const modDate = view.getUint16(p + 14, true);
    const crc32 = view.getUint32(p + 16, true);
    let compressedSize = view.getUint32(p + 20, true);
    let uncompressedSize = view.getUint32(p + 24, true);
    const nameLen = view.getUint16(p + 28, true);
    const extraLen = view.getUint16(p + 30, true);
    const commentLen = view.getUint16(p + 32, true);
    let localOffset = view.getUint32(p + 42, true);
    const stored = decoder.decode(bytes.subarray(p + 46, p + 46 + nameLen));
    // Some Windows tools store "xl\workbook.xml": the zip format says "/", every reader accepts both.
    const name = stored.includes('\\') ? stored.replace(/\\/g, '/') : stored;
    const rawName = name !== stored ? bytes.slice(p + 46, p + 46 + nameLen) : undefined;
    // Zip64 sizes and offset live in extra field 0x0001, in this order, for the fields set to 0xFFFFFFFF.
    let e = p + 46 + nameLen;
    const extraEnd = e + extraLen;
    while (e + 4 <= extraEnd) {
      const id = view.getUint16(e, true);
      const len = view.getUint16(e + 2, true);
      if (id === 0x0001) {
        let q = e + 4;
        if (uncompressedSize === 0xffffffff) (uncompressedSize = Number(view.getBigUint64(q, true))), (q += 8);
        if (compressedSize === 0xffffffff) (compressedSize = Number(view.getBigUint64(q, true))), (q += 8);
        if (localOffset === 0xffffffff) localOffset = Number(view.getBigUint64(q, true));
      }
      e += 4 + len;
    }
    p = extraEnd + commentLen;
    if (localOffset + 30 > bytes.length || view.getUint32(localOffset, true) !== LOCAL) throw corrupt(`phần "${name}" sai vị trí`);
    const dataOffset = localOffset + 30 + view.getUint16(localOffset + 26, true) + view.getUint16(localOffset + 28, true);
    if (dataOffset + compressedSize > bytes.length) throw corrupt(`phần "${name}" bị cắt cụt`);
    const entry: ZipEntry = { name, method, flags, crc32, compressedSize, uncompressedSize, modTime, modDate, dataOffset };
    if (rawName) entry.rawName = rawName;
    entries.push(entry);
    byName.set(name, entry);
  }
  return { bytes, entries, byName };
}

/** The compressed bytes of `entry` (a view into the package, not a copy). */
export function rawData(dir: ZipDirectory, entry: ZipEntry): Uint8Array {
  return dir.bytes.subarray(entry.dataOffset, entry.dataOffset + entry.compressedSize);
}
