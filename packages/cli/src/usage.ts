/**
 * A usage line in the reader's language. The commands write their usage once, with
 * Vietnamese placeholders (`<sổ.xlsx>`, `<năm>`); English help and English errors show
 * the same line with English placeholders. Example values a clerk types in Vietnamese
 * (`"Công an huyện …"`, `"tháng 2/2018"`) stay as they are: they are what the command reads.
 */
import type { CliLang } from './args.js';

/** Vietnamese placeholder → English, longest first so `<sổ.xlsx|thư-mục>` wins over `<sổ.xlsx>`. */
const PLACEHOLDERS_EN: readonly (readonly [string, string])[] = [
  ['<sổ.xlsx|thư-mục>', '<workbook.xlsx|folder>'],
  ['<sổ.xlsx>', '<workbook.xlsx>'],
  ['--input sổ.xlsx', '--input workbook.xlsx'],
  ['<tệp.xlsx>', '<file.xlsx>'],
  ['<thư-mục>', '<folder>'],
  ['<thư mục>', '<folder>'],
  ['ngày-nghỉ.json', 'holidays.json'],
  ['<lãnh đạo>', '<leader>'],
  ['<lệnh>', '<command>'],
  ['<ngày>', '<date>'],
  ['<tỉnh>', '<province>'],
  ['<năm>', '<year>'],
  ['<cụm>', '<cluster>'],
  ['<xã>', '<commune>'],
  ['<kỳ:', '<period:'],
  ['<kỳ>', '<period>'],
];

/**
 * The usage line (or one placeholder of it) in `lang`.
 *
 * @param usage the command's usage as written, or a placeholder such as `<sổ.xlsx>`
 * @param lang the run's language
 * @returns the line with English placeholders in English, unchanged in Vietnamese
 * @example
 * ```ts
 * usageIn('giaoban validate <sổ.xlsx> [--json]', 'en'); // "giaoban validate <workbook.xlsx> [--json]"
 * ```
 */
export function usageIn(usage: string, lang: CliLang): string {
  if (lang === 'vi') return usage;
  let out = usage;
  for (const [vi, en] of PLACEHOLDERS_EN) out = out.split(vi).join(en);
  return out;
}
