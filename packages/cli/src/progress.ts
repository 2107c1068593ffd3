/**
 * Progress lines (stderr) in the clerk's language. The reading layer reports progress in
 * Vietnamese; `--lang en` turns each known line into English here, in one table. A line
 * not in the table is shown as it came, so a new message is never lost, only untranslated.
 */
import type { CliLang } from './args.js';

/** Vietnamese progress line → English, by pattern. */
const PROGRESS_EN: readonly (readonly [RegExp, (...groups: string[]) => string])[] = [
  // The size is formatFileSize's: "1,4 MB" reads "1.4 MB" in English.
  [/^Đang mở tệp \((.+)\)…$/, (size) => `Opening the file (${size.replace(/(\d),(\d)/, '$1.$2')})…`],
  [/^Đang đọc trang "(.*)": (\d+) dòng…$/, (sheet, rows) => `Reading sheet "${sheet}": ${rows} rows…`],
  [/^Đã đọc trang "(.*)" \((\d+) dòng\)\.$/, (sheet, rows) => `Read sheet "${sheet}" (${rows} rows).`],
  [/^Đang kiểm tra: (\d+)\/(\d+) dòng \((\d+)%\)…$/, (done, total, pct) => `Checking: ${done}/${total} rows (${pct}%)…`],
  [/^Đang ghi (.+) …$/, (file) => `Writing ${file} …`],
];

/**
 * The progress line `vi` in `lang`.
 *
 * @example
 * ```ts
 * progressText('Đang mở tệp (1,4 MB)…', 'en'); // "Opening the file (1.4 MB)…"
 * progressText('Đang mở tệp (37 KB)…', 'vi');   // unchanged
 * ```
 */
export function progressText(vi: string, lang: CliLang): string {
  if (lang === 'vi') return vi;
  for (const [pattern, en] of PROGRESS_EN) {
    const m = pattern.exec(vi);
    if (m) return en(...m.slice(1));
  }
  return vi;
}
