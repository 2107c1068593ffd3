/**
 * What a spreadsheet reader reports while it reads, as data: the reader
 * (`@giaoban/xlsx`, the CLI's file edge) says which step it is at, and each
 * front end shows it in its reader's language through {@link readingProgressText}.
 */
import { CORE_TEXTS } from '../../data/texts.js';
import { formatFileSize } from '../../report/format.js';
import { textIn, type Lang } from '../../text/texts.js';

/** One step of reading a workbook file. */
export type ReadingProgress =
  /** The file is being opened (its size in bytes). */
  | { readonly step: 'opening'; readonly bytes: number }
  /** An .xls or .ods is being read through the converter. */
  | { readonly step: 'converting'; readonly format: 'xls' | 'ods' }
  /** Rows read so far in a large sheet (every 20,000 rows). */
  | { readonly step: 'sheetRows'; readonly sheet: string; readonly rows: number }
  /** A sheet read whole. */
  | { readonly step: 'sheetRead'; readonly sheet: string; readonly rows: number };

/**
 * A reading step as a line a person reads.
 *
 * @param p the step the reader reported
 * @param lang the reader's language
 * @returns the line
 * @example
 * ```ts
 * readingProgressText({ step: 'sheetRead', sheet: 'Ý kiến', rows: 1 }, 'en'); // 'Read sheet "Ý kiến" (1 row).'
 * readingProgressText({ step: 'opening', bytes: 1_438_910 }, 'vi');           // "Đang mở tệp (1,4 MB)…"
 * ```
 */
export function readingProgressText(p: ReadingProgress, lang: Lang): string {
  switch (p.step) {
    case 'opening':
      return textIn(CORE_TEXTS, 'progress.opening', lang, { size: formatFileSize(p.bytes, lang) });
    case 'converting':
      return textIn(CORE_TEXTS, p.format === 'xls' ? 'progress.converting.xls' : 'progress.converting.ods', lang);
    case 'sheetRows':
      return textIn(CORE_TEXTS, 'progress.sheetRows', lang, { sheet: p.sheet, rows: p.rows });
    case 'sheetRead':
      return textIn(CORE_TEXTS, 'progress.sheetRead', lang, { sheet: p.sheet, rows: p.rows });
  }
}
