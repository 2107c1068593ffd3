/**
 * Why a file cannot be opened as a workbook, in one line (Vietnamese and English).
 * Checked from the first bytes before the package reader sees the file, so a .xls, a
 * text file or a password-protected workbook gets a precise reason instead
 * of a zip-library stack trace.
 */
import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import type { BiMessage } from '@giaoban/core';
import { FileError } from '../io.js';

/** OLE compound file (CFB) signature: .xls files and password-protected .xlsx files. */
const CFB_SIGNATURE = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
/** A zip local file header; every .xlsx starts with one. */
const ZIP_SIGNATURE = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
/** Stream names of an encrypted OOXML package, as UTF-16LE inside the CFB directory. */
const ENCRYPTED_PACKAGE = Buffer.from('EncryptedPackage', 'utf16le');
const ENCRYPTION_INFO = Buffer.from('EncryptionInfo', 'utf16le');

/** What kind of bytes a buffer holds, as far as opening a workbook is concerned. */
export type FileSniff = 'xlsx' | 'encrypted' | 'xls' | 'empty' | 'other';

/**
 * Classifies a file's bytes: zip (.xlsx candidate), encrypted OOXML, legacy .xls, empty, or other.
 *
 * @example
 * ```ts
 * sniffWorkbookBytes(Buffer.from('STT,Ngày\n')); // "other"
 * ```
 */
export function sniffWorkbookBytes(bytes: Buffer): FileSniff {
  if (bytes.length === 0) return 'empty';
  if (bytes.subarray(0, 4).equals(ZIP_SIGNATURE)) return 'xlsx';
  if (bytes.subarray(0, 8).equals(CFB_SIGNATURE)) {
    return bytes.includes(ENCRYPTED_PACKAGE) || bytes.includes(ENCRYPTION_INFO) ? 'encrypted' : 'xls';
  }
  return 'other';
}

/** The one-line reason for a sniff result other than `xlsx`, in both languages. */
export function sniffMessage(kind: Exclude<FileSniff, 'xlsx'>, path: string): BiMessage {
  const name = basename(path);
  switch (kind) {
    case 'empty':
      return { vi: `tệp "${name}" rỗng (0 byte), không phải sổ Excel .xlsx.`, en: `file "${name}" is empty (0 bytes), not an Excel .xlsx workbook.` };
    case 'encrypted':
      return {
        vi: `tệp "${name}" được bảo vệ bằng mật khẩu; hãy mở bằng Excel, gỡ mật khẩu (Tệp → Thông tin → Bảo vệ sổ làm việc) rồi lưu lại.`,
        en: `file "${name}" is password-protected; open it in Excel, remove the password (File → Info → Protect Workbook) and save it again.`,
      };
    case 'xls':
      return {
        vi: `tệp "${name}" là định dạng Excel 97–2003 (.xls), không phải .xlsx; hãy mở bằng Excel và "Lưu thành" Sổ làm việc Excel (.xlsx).`,
        en: `file "${name}" is an Excel 97–2003 workbook (.xls), not an .xlsx; open it in Excel and "Save as" an Excel Workbook (.xlsx).`,
      };
    case 'other':
      return { vi: `tệp "${name}" không phải sổ Excel .xlsx (nội dung không phải định dạng .xlsx).`, en: `file "${name}" is not an Excel .xlsx workbook (its content is not in the .xlsx format).` };
  }
}

/**
 * Reads a workbook file into memory after checking it exists and looks like an .xlsx.
 * Throws {@link FileError} with a one-line reason (both languages) otherwise; messages name the file as `shown`.
 */
export async function readWorkbookBytes(path: string, shown: string = path): Promise<Buffer> {
  let size: number;
  try {
    const st = await stat(path);
    if (st.isDirectory()) throw new FileError({ vi: `"${shown}" là một thư mục, không phải tệp .xlsx.`, en: `"${shown}" is a folder, not an .xlsx file.` }, { file: shown });
    size = st.size;
  } catch (err) {
    if (err instanceof FileError) throw err;
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') throw new FileError({ vi: `không tìm thấy tệp "${shown}".`, en: `file "${shown}" not found.` }, { file: shown });
    if (code === 'EACCES' || code === 'EPERM') throw new FileError({ vi: `không có quyền đọc tệp "${shown}".`, en: `no permission to read "${shown}".` }, { file: shown });
    throw new FileError({ vi: `không mở được tệp "${shown}" (${code ?? String(err)}).`, en: `cannot open "${shown}" (${code ?? String(err)}).` });
  }
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new FileError({ vi: `không đọc được tệp "${shown}" (${code ?? String(err)}; ${size} byte).`, en: `cannot read "${shown}" (${code ?? String(err)}; ${size} bytes).` });
  }
  const kind = sniffWorkbookBytes(bytes);
  if (kind !== 'xlsx') throw new FileError(sniffMessage(kind, path));
  return bytes;
}
