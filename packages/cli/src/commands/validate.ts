/**
 * `giaoban validate <sổ.xlsx> [--json] [--lang vi|en] [--quiet] [--as-of YYYY-MM-DD] [--overdue-days 30]`:
 * reads a clerk's workbook, finds its tables and says what is wrong and where.
 * Exit 0: no errors; 1: errors found; 2: the file cannot be used.
 */
import { resolve } from 'node:path';
import { stat } from 'node:fs/promises';
import { readWorkbook, type Finding, type ReadResult } from '@giaoban/core';
import { dateArg, langArg, onePositional, parseCommandArgs, type CliLang } from '../args.js';
import { UsageError, type CliIO } from '../io.js';
import { printJson } from '../output.js';
import { progressText } from '../progress.js';
import { HOLIDAYS_OPTION, HOLIDAYS_USAGE, loadHolidaysFile } from '../holidaysFile.js';
import { register } from './index.js';
import { loadAdminCatalogue } from '../adminCatalogue.js';

const usage = `giaoban validate <sổ.xlsx> [--json] [--lang vi|en] [--quiet] [--as-of YYYY-MM-DD] [--overdue-days 30] ${HOLIDAYS_USAGE}`;

/** Files above this size get progress lines on stderr (unless --quiet). */
const PROGRESS_BYTES = 1_000_000;

/** The JSON document of issue 3. */
export interface ValidateJson {
  file: string;
  tables: { sheet: string; kind: string; headerRow: number; rows: number }[];
  findings: { severity: 'error' | 'warning'; code: string; sheet: string; cell: string; message: string; suggestion: string | null }[];
  summary: { errors: number; warnings: number };
}

/** Builds the JSON document from a read result, in the chosen language. */
export function validateJson(file: string, r: ReadResult, lang: CliLang): ValidateJson {
  return {
    file,
    tables: r.tables.map((t) => ({ sheet: t.sheet, kind: t.kind, headerRow: t.headerRow, rows: t.rows })),
    findings: r.findings.map((f) => ({
      severity: f.severity,
      code: f.code,
      sheet: f.sheet,
      cell: f.cell,
      message: lang === 'en' ? f.messageEn : f.message,
      suggestion: lang === 'en' ? f.suggestionEn : f.suggestion,
    })),
    summary: { errors: r.summary.errors, warnings: r.summary.warnings },
  };
}

const KIND_LABELS: Record<string, { vi: string; en: string }> = {
  communes: { vi: 'danh sách xã', en: 'communes' },
  leaders: { vi: 'lãnh đạo', en: 'leaders' },
  absences: { vi: 'lịch vắng', en: 'absences' },
  holidays: { vi: 'ngày nghỉ', en: 'holidays' },
  briefings: { vi: 'sổ giao ban', en: 'briefings' },
  issues: { vi: 'ý kiến, phản ánh', en: 'issues' },
  plan: { vi: 'lịch giao ban', en: 'plan' },
  deadlines: { vi: 'thời hạn xử lý', en: 'deadlines' },
};

// Cells sort by row, then column (C9 before C10, Z5 before AA5).
function cellOrder(a: string, b: string): number {
  const pa = /^([A-Z]+)(\d+)$/.exec(a);
  const pb = /^([A-Z]+)(\d+)$/.exec(b);
  if (!pa || !pb) return a.localeCompare(b);
  return Number(pa[2]) - Number(pb[2]) || pa[1]!.length - pb[1]!.length || pa[1]!.localeCompare(pb[1]!);
}

/** The readable report: tables found, then findings grouped by sheet, errors first within each row order. */
export function formatValidateText(file: string, r: ReadResult, lang: CliLang): string {
  const en = lang === 'en';
  const lines: string[] = [];
  lines.push(en ? `Workbook: ${file}` : `Sổ: ${file}`);
  if (r.tables.length) {
    lines.push(en ? 'Tables found:' : 'Các bảng tìm thấy:');
    for (const t of r.tables) {
      const villages = t.kind === 'communes' && r.organisation?.tier === 'villages';
      const label = villages ? (en ? 'villages' : 'danh sách thôn, bản') : (KIND_LABELS[t.kind]?.[lang] ?? t.kind);
      lines.push(en ? `  ${t.sheet}: ${label}, header row ${t.headerRow}, ${t.rows} rows` : `  ${t.sheet}: ${label}, dòng tiêu đề ${t.headerRow}, ${t.rows} dòng`);
    }
  }
  const bySheet = new Map<string, Finding[]>();
  for (const f of r.findings) bySheet.set(f.sheet, [...(bySheet.get(f.sheet) ?? []), f]);
  for (const [sheet, list] of bySheet) {
    const errors = list.filter((f) => f.severity === 'error').length;
    const warnings = list.length - errors;
    lines.push('');
    lines.push(en ? `Sheet "${sheet}" — ${errors} errors, ${warnings} warnings` : `Trang "${sheet}" — ${errors} lỗi, ${warnings} cảnh báo`);
    list.sort((a, b) => cellOrder(a.cell, b.cell) || (a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1));
    for (const f of list) {
      const tag = f.severity === 'error' ? (en ? 'ERROR  ' : 'LỖI    ') : en ? 'warning' : 'cảnh báo';
      const suggestion = en ? f.suggestionEn : f.suggestion;
      lines.push(`  ${f.cell.padEnd(6)} ${tag.padEnd(8)} ${en ? f.messageEn : f.message}${suggestion ? (en ? ` — ${suggestion}` : ` — ${suggestion}`) : ''} [${f.code}]`);
    }
  }
  lines.push('');
  const { errors, warnings } = r.summary;
  const excluded = r.excludedRows.length;
  lines.push(
    en
      ? `Total: ${errors} errors, ${warnings} warnings; ${r.briefings.length} briefings and ${r.issues.length} issues read, ${excluded} rows left out because of errors.`
      : `Tổng cộng: ${errors} lỗi, ${warnings} cảnh báo; đọc được ${r.briefings.length} buổi giao ban và ${r.issues.length} ý kiến, ${excluded} dòng có lỗi bị loại khỏi thống kê.`,
  );
  return lines.join('\n') + '\n';
}

register({
  name: 'validate',
  usage,
  summary: 'Kiểm tra sổ theo dõi: tìm các bảng, báo lỗi và cảnh báo theo trang và ô.',
  async run(args: string[], io: CliIO): Promise<number> {
    const { values, positionals } = parseCommandArgs(
      {
        args,
        allowPositionals: true,
        options: {
          json: { type: 'boolean' },
          lang: { type: 'string' },
          quiet: { type: 'boolean', short: 'q' },
          'as-of': { type: 'string' },
          'overdue-days': { type: 'string' },
          ...HOLIDAYS_OPTION,
        },
      },
      usage,
    );
    const file = onePositional(positionals, '<sổ.xlsx>', usage);
    const lang = langArg(values.lang);
    const asOf = dateArg('--as-of', values['as-of']);
    let overdueDays: number | undefined;
    if (values['overdue-days'] !== undefined) {
      overdueDays = Number(values['overdue-days']);
      if (!Number.isInteger(overdueDays) || overdueDays < 0) throw new UsageError({ vi: `--overdue-days "${values['overdue-days']}" phải là số ngày nguyên không âm`, en: `--overdue-days "${values['overdue-days']}" must be a whole number of days ≥ 0` });
    }
    const path = resolve(io.cwd, file);

    let showProgress = !values.quiet;
    if (showProgress) {
      const size = await stat(path).then((s) => s.size, () => 0);
      showProgress = size >= PROGRESS_BYTES;
    }
    const say = (m: string) => {
      if (showProgress) io.stderr(`${progressText(m, lang)}\n`);
    };
    // Loaded here, not at the top: `giaoban --help` and `dates` must not load the spreadsheet libraries.
    const { readWorkbookFile } = await import('../xlsx/index.js');
    const holidays = await loadHolidaysFile(values.holidays, io.cwd);
    const grid = await readWorkbookFile(path, { onProgress: say });
    let lastShown = 0;
    const adminCatalogue = await loadAdminCatalogue();
    const result = readWorkbook(grid, {
      adminCatalogue,
      ...(asOf ? { asOf } : {}),
      ...(overdueDays !== undefined ? { overdueDays } : {}),
      dateOptions: { overrides: holidays },
      onProgress: (done, total) => {
        if (!showProgress || total === 0) return;
        const pct = Math.floor((done / total) * 100);
        if (pct >= lastShown + 10 || done === total) {
          lastShown = pct;
          say(`Đang kiểm tra: ${done}/${total} dòng (${pct}%)…`);
        }
      },
    });
    if (values.json) printJson(io, validateJson(file, result, lang));
    else io.stdout(formatValidateText(file, result, lang));
    return result.summary.errors > 0 ? 1 : 0;
  },
});
