/**
 * A workbook file's bytes, or why the file cannot be read, in one line (a
 * missing file, a folder, no permission). What the bytes are (.xlsx, .xls,
 * .ods, a password-protected or a text file) is the shared reader's to say.
 */
import { readFile, stat } from 'node:fs/promises';
import { FileError } from '../io.js';
import { both } from '../texts.js';

/**
 * Reads a workbook file into memory after checking it exists and is a file.
 * Throws {@link FileError} with a one-line reason (both languages) otherwise; messages name the file as `shown`.
 */
export async function readWorkbookBytes(path: string, shown: string = path): Promise<Buffer> {
  let size: number;
  try {
    const st = await stat(path);
    if (st.isDirectory()) throw new FileError(both('file.isFolder', { file: shown }));
    size = st.size;
  } catch (err) {
    if (err instanceof FileError) throw err;
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') throw new FileError(both('file.notFound', { file: shown }));
    if (code === 'EACCES' || code === 'EPERM') throw new FileError(both('file.noPermission', { file: shown }));
    throw new FileError(both('file.cannotOpen', { file: shown, code: code ?? String(err) }));
  }
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new FileError(both('file.cannotRead', { file: shown, code: code ?? String(err), size }));
  }
  return bytes;
}
