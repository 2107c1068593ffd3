/**
 * The one place a workbook's bytes become a file: the safe writer (temporary
 * file + rename, no overwrite without --force, never the input, one-line errors naming the file).
 */
import { writeOutputFile } from '../outputFile.js';

/** Writes `bytes` to `outputPath` safely; see `writeOutputFile`. */
export async function saveWorkbookBytes(outputPath: string, bytes: Uint8Array, options: { force?: boolean; inputPath?: string | null; shown?: string }): Promise<void> {
  await writeOutputFile(outputPath, bytes, { force: !!options.force, inputs: options.inputPath ? [options.inputPath] : [], shown: options.shown });
}
