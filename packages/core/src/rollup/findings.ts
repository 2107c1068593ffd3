/**
 * What the roll-up has to say about the files it was given: one line per
 * file that was not counted as a unit of its own (unreadable, the same unit
 * twice, another province, an old unit counted under its successor) and per
 * file whose data do not fit the period — plus every file's own reading
 * errors by sheet and cell. Codes are stable; severities are in the table.
 */
import type { Finding } from '../findings/finding.js';
import type { Severity } from '../model.js';

/**
 * Severity and label of each roll-up finding code.
 *
 * @example
 * ```ts
 * ROLLUP_FINDING_CODES['rollup.duplicate-unit'].severity; // "error"
 * ```
 */
export const ROLLUP_FINDING_CODES = {
  'rollup.file-unreadable': { severity: 'error', vi: 'Không đọc được tệp', en: 'File cannot be read' },
  'rollup.not-a-tracking-workbook': { severity: 'error', vi: 'Không phải sổ theo dõi giao ban', en: 'Not a tracking workbook' },
  'rollup.duplicate-file': { severity: 'error', vi: 'Tệp trùng nội dung', en: 'Same file twice' },
  'rollup.duplicate-unit': { severity: 'error', vi: 'Hai sổ của cùng một đơn vị', en: 'Two workbooks of one unit' },
  'rollup.other-province': { severity: 'error', vi: 'Đơn vị thuộc tỉnh khác', en: 'Unit of another province' },
  'rollup.unit-unknown': { severity: 'warning', vi: 'Không rõ đơn vị của sổ', en: 'Unit not named' },
  'rollup.unit-not-in-register': { severity: 'warning', vi: 'Đơn vị không có trong danh mục', en: 'Unit not in the register' },
  'rollup.merged-unit': { severity: 'warning', vi: 'Sổ của đơn vị cũ, tính cho đơn vị mới', en: 'Old unit counted under its successor' },
  'rollup.split-unit': { severity: 'warning', vi: 'Đơn vị cũ chia về nhiều đơn vị mới', en: 'Old unit split between new units' },
  'rollup.no-own-workbook': { severity: 'warning', vi: 'Đơn vị mới chưa có sổ', en: 'New unit without its own workbook' },
  'rollup.no-data-in-period': { severity: 'warning', vi: 'Sổ chưa có số liệu của kỳ', en: 'No data for the period' },
  'rollup.no-data': { severity: 'warning', vi: 'Sổ không có số liệu', en: 'Workbook has no records' },
  'rollup.no-last-year': { severity: 'warning', vi: 'Không có số liệu cùng kỳ năm trước', en: 'No data a year earlier' },
  'rollup.other-period': { severity: 'warning', vi: 'Sổ có số liệu đến kỳ khác', en: 'Data up to another period' },
  'rollup.reading-errors': { severity: 'warning', vi: 'Sổ có lỗi nhập liệu', en: 'Workbook has errors' },
  'rollup.more-findings': { severity: 'error', vi: 'Còn lỗi khác', en: 'More findings' },
} as const satisfies Readonly<Record<string, { severity: Severity; vi: string; en: string }>>;

/** A roll-up finding code. */
export type RollupFindingCode = keyof typeof ROLLUP_FINDING_CODES;

/** One line of the roll-up's findings: about a file, or one of a file's own findings (with its sheet and cell). */
export interface RollupFinding {
  severity: Severity;
  /** A roll-up code, or the reading finding's own code (`date.invalid`, …). */
  code: RollupFindingCode | Finding['code'];
  /** The file (name as given), or null for a finding about the whole roll-up. */
  file: string | null;
  /** The unit concerned, as the roll-up names it, or null. */
  unit: string | null;
  /** The same in English words where it is a police unit's name ("Nà Hỳ commune police"), else as written. */
  unitEn: string | null;
  sheet: string | null;
  cell: string | null;
  message: string;
  messageEn: string;
  /** For a summarised line: how many findings of this code the file has. */
  count?: number;
}

/**
 * A roll-up finding of `code` (its severity from {@link ROLLUP_FINDING_CODES}).
 *
 * @param code - the code.
 * @param file - the file, or null.
 * @param unit - the unit in both languages (fills `unit` and `unitEn`), or null.
 * @param text - the message in both languages.
 * @returns the finding.
 * @example
 * ```ts
 * rollupFinding('rollup.no-data', 'xa-a.xlsx', { vi: 'Công an xã A', en: 'A commune police' }, { vi: '…', en: '…' }).severity; // "warning"
 * ```
 */
export function rollupFinding(code: RollupFindingCode, file: string | null, unit: { vi: string; en: string } | null, text: { vi: string; en: string }): RollupFinding {
  return { severity: ROLLUP_FINDING_CODES[code].severity, code, file, unit: unit?.vi ?? null, unitEn: unit?.en ?? null, sheet: null, cell: null, message: text.vi, messageEn: text.en };
}

/** How many of a file's own errors are listed one by one before the rest are counted. */
export const ROLLUP_ERRORS_LISTED_PER_FILE = 200;

/**
 * A file's own reading findings as roll-up lines: every error by sheet and
 * cell (up to {@link ROLLUP_ERRORS_LISTED_PER_FILE}, then one line counting
 * the rest), and one line per warning code with its count — so a thousand
 * files' findings stay a readable sheet and a small memory. The unit is left
 * null: the roll-up fills it in once it knows which unit the file counts for.
 *
 * @param file - the file name.
 * @param findings - `ReadResult.findings`.
 * @returns the lines, errors first.
 * @example
 * ```ts
 * fileFindingLines('xa-a.xlsx', read.findings)[0]; // { code: 'date.invalid', sheet: 'Ý kiến', cell: 'B12', … }
 * ```
 */
export function fileFindingLines(file: string, findings: readonly Finding[]): RollupFinding[] {
  const out: RollupFinding[] = [];
  let errors = 0;
  const warnings = new Map<Finding['code'], { n: number; first: Finding }>();
  for (const f of findings) {
    if (f.severity === 'error') {
      errors++;
      if (errors <= ROLLUP_ERRORS_LISTED_PER_FILE) {
        out.push({ severity: 'error', code: f.code, file, unit: null, unitEn: null, sheet: f.sheet, cell: f.cell, message: f.message, messageEn: f.messageEn });
      }
    } else {
      const w = warnings.get(f.code);
      if (w) w.n++;
      else warnings.set(f.code, { n: 1, first: f });
    }
  }
  if (errors > ROLLUP_ERRORS_LISTED_PER_FILE) {
    const more = errors - ROLLUP_ERRORS_LISTED_PER_FILE;
    out.push({
      ...rollupFinding('rollup.more-findings', file, null, {
        vi: `Còn ${more} lỗi khác trong sổ này (chạy "giaoban validate" trên sổ để xem đủ).`,
        en: `${more} more errors in this workbook (run "giaoban validate" on it to see them all).`,
      }),
      count: more,
    });
  }
  for (const [code, { n, first }] of warnings) {
    out.push({
      severity: 'warning',
      code,
      file,
      unit: null,
      unitEn: null,
      sheet: first.sheet,
      cell: first.cell,
      message: n === 1 ? first.message : `${n} cảnh báo loại này, đầu tiên: ${first.message}`,
      messageEn: n === 1 ? first.messageEn : `${n} warnings of this kind, the first: ${first.messageEn}`,
      count: n,
    });
  }
  return out;
}
