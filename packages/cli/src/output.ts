/**
 * What several commands print the same way: a JSON document on stdout and
 * one line per sheet written into a workbook copy.
 */
import type { CliLang } from './args.js';
import type { CliIO } from './io.js';
import { core } from './texts.js';

/**
 * Writes `value` as JSON and a newline: indented for documents, one line for small records (`pretty = false`).
 *
 * @example
 * ```ts
 * printJson(io, { from: '2018-01-15', to: '2018-02-14' }, false);
 * ```
 */
export function printJson(io: CliIO, value: unknown, pretty = true): void {
  io.stdout(JSON.stringify(value, null, pretty ? 2 : undefined) + '\n');
}

/**
 * The line telling the clerk a sheet was replaced or created (no newline).
 *
 * @example
 * ```ts
 * writtenSheetLine({ sheet: 'Tổng hợp', action: 'create' }, 'vi'); // 'Trang "Tổng hợp": đã tạo.'
 * ```
 */
export function writtenSheetLine(w: { sheet: string; action: 'replace' | 'create' }, lang: CliLang): string {
  return core(w.action === 'replace' ? 'output.sheet.replace' : 'output.sheet.create', lang, { sheet: w.sheet });
}
