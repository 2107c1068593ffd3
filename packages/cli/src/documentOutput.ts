/**
 * The one place the `documents` command writes files. (Helper h2-cli adds a
 * shared `outputFile.ts` with the same `writeOutputFile(path, bytes, {force})`;
 * when both are merged this module can re-export it.)
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { FileError } from './io.js';

/**
 * Writes bytes to a new file (creating its folder); an existing file is kept
 * unless `force` is set.
 *
 * @throws {FileError} when the file exists (without `force`) or cannot be written.
 * @example
 * ```ts
 * await writeOutputFile('out/giay-moi_2026-01-15_na-khoa.docx', bytes, { force: false });
 * ```
 */
export async function writeOutputFile(path: string, bytes: Uint8Array, options: { force?: boolean } = {}): Promise<void> {
  try {
    await mkdir(dirname(path), { recursive: true });
    await writeFile(path, bytes, { flag: options.force ? 'w' : 'wx' });
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') throw new FileError(`tệp "${path}" đã có; chọn thư mục khác hoặc thêm --force để ghi đè.`);
    throw new FileError(`không ghi được tệp "${path}" (${code ?? String(err)}).`);
  }
}
