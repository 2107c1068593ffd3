/**
 * What kind of spreadsheet a file's bytes hold, from its first bytes (never from
 * the name alone): an OOXML package (.xlsx, .xlsm), an OpenDocument spreadsheet
 * (.ods, also a zip), a legacy Excel 97–2003 workbook (.xls, an OLE compound file),
 * or a password-protected Office file (an OLE compound file holding an
 * "EncryptedPackage" stream).
 */
import { XlsxError } from '../errors.js';
import { readZipDirectory } from '../zip/directory.js';

/** The formats {@link readSpreadsheet} reads. */
export type SpreadsheetFormat = 'xlsx' | 'xlsm' | 'xls' | 'ods';

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const CFB = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const startsWith = (b: Uint8Array, sig: readonly number[]) => sig.every((x, i) => b[i] === x);

/** Whether `text` occurs in `bytes` as UTF-16LE (stream names in a compound file's directory). */
function includesUtf16(bytes: Uint8Array, text: string): boolean {
  const first = text.charCodeAt(0);
  outer: for (let i = bytes.indexOf(first); i >= 0 && i + text.length * 2 <= bytes.length; i = bytes.indexOf(first, i + 1)) {
    for (let j = 0; j < text.length; j++) if (bytes[i + 2 * j] !== text.charCodeAt(j) || bytes[i + 2 * j + 1] !== 0) continue outer;
    return true;
  }
  return false;
}

/** A zip with OpenDocument's content and manifest and no OOXML content types (some writers compress "mimetype"). */
function isOpenDocument(bytes: Uint8Array): boolean {
  try {
    const dir = readZipDirectory(bytes);
    return dir.byName.has('content.xml') && dir.byName.has('META-INF/manifest.xml') && !dir.byName.has('[Content_Types].xml');
  } catch {
    return false; // a damaged zip: the package reader says what is wrong with it
  }
}

/**
 * The format of a spreadsheet's bytes.
 *
 * @param bytes - the file's bytes
 * @param fileName - its name, for the messages (and to tell .xlsm from .xlsx when the bytes do not)
 * @returns the format
 * @throws XlsxError `empty` for no bytes, `encrypted` for a password-protected file, `not-spreadsheet` for anything else
 * @example
 * ```ts
 * sniffSpreadsheet(bytes, 'so.ods'); // 'ods'
 * ```
 */
export function sniffSpreadsheet(bytes: Uint8Array, fileName: string): SpreadsheetFormat {
  const name = fileName;
  if (bytes.length === 0) throw new XlsxError('empty', `tệp "${name}" rỗng (0 byte), không phải sổ tính.`, `file "${name}" is empty (0 bytes), not a spreadsheet.`);
  if (startsWith(bytes, ZIP)) {
    // An OpenDocument package starts with its uncompressed "mimetype" entry.
    const head = new TextDecoder('latin1').decode(bytes.subarray(0, 200));
    if (head.includes('application/vnd.oasis.opendocument.spreadsheet') || isOpenDocument(bytes)) return 'ods';
    return /\.xlsm$/i.test(name) ? 'xlsm' : 'xlsx';
  }
  if (startsWith(bytes, CFB)) {
    const directory = bytes.subarray(0, Math.min(bytes.length, 1 << 20));
    if (includesUtf16(directory, 'EncryptedPackage') || includesUtf16(directory, 'EncryptionInfo')) {
      throw new XlsxError(
        'encrypted',
        `tệp "${name}" được bảo vệ bằng mật khẩu; hãy mở bằng Excel, gỡ mật khẩu (Tệp → Thông tin → Bảo vệ sổ làm việc) rồi lưu lại.`,
        `file "${name}" is password-protected; open it in Excel, remove the password (File → Info → Protect Workbook) and save it again.`,
      );
    }
    return 'xls';
  }
  throw new XlsxError('not-spreadsheet', `tệp "${name}" không phải sổ tính (.xlsx, .xlsm, .xls, .ods).`, `file "${name}" is not a spreadsheet (.xlsx, .xlsm, .xls, .ods).`);
}
