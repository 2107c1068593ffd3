/**
 * `giaoban rollup <sổ1.xlsx> <sổ2.xlsx> … | <thư-mục> [--period …|--from --to] [--as-of …] [--json] [-o tinh.xlsx] [--docx DIR]`:
 * the province's view — every unit's workbook read once (on reading workers
 * where there are several), reduced to its figures for the period and the
 * same period a year earlier, rolled up by the core. Prints the per-unit
 * table and the provincial paragraph; -o writes a new workbook with the
 * roll-up and findings sheets; --docx writes the province's report.
 */
import { readdir, stat } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { extname, join, relative, resolve } from 'node:path';
import {
  buildRollupFindingsSheet,
  buildRollupReport,
  buildRollupSheet,
  chooseRollupPeriod,
  civilDateInVietnam,
  combineRollup,
  customPeriod,
  formatRollupText,
  needsRecount,
  rollupDocumentSettings,
  RollupEmptyError,
  rollupJson,
  rollupNarrative,
  rollupReportFileName,
  type HolidayOverride,
  type ReportingPeriod,
  type Rollup,
  type RollupCountOptions,
  type UnitReduction,
  type UnreadableWorkbook,
} from '@giaoban/core';
import { dateArg, dayOfMonthArg, langArg, parseCommandArgs, periodArg, type CliLang } from '../args.js';
import { FileError, UsageError, type CliIO } from '../io.js';
import { printJson } from '../output.js';
import { checkOutputFiles, writeOutputFile } from '../outputFile.js';
import { HOLIDAYS_OPTION, HOLIDAYS_USAGE, loadHolidaysFile } from '../holidaysFile.js';
import { reduceFiles } from '../rollup/pool.js';
import type { FileToReduce } from '../rollup/reduceFile.js';
import { say } from '../texts.js';
import { register } from './index.js';

const usage =
  'giaoban rollup <sổ.xlsx|thư-mục>… [--period <kỳ> | --from YYYY-MM-DD --to YYYY-MM-DD] [--calendar] [--cutoff 15] [--as-of YYYY-MM-DD] [--overdue-days 30] ' +
  '[--province <tỉnh>] [--unit "Công an tỉnh …"] [--signer-name "…"] [--json] [--lang vi|en] [-o tinh.xlsx] [--docx <thư-mục>] [--force] [--jobs 2] [--quiet] ' +
  HOLIDAYS_USAGE;

/** What a folder is searched for: the formats the readers take. */
const WORKBOOK_EXTENSIONS = new Set(['.xlsx', '.xlsm', '.xls', '.ods']);

/**
 * The files the arguments name: a file as given; a folder's workbooks (not its subfolders), in
 * name order, without the lock files Excel and LibreOffice leave beside an open workbook.
 */
async function collectInputs(args: readonly string[], cwd: string): Promise<FileToReduce[]> {
  const files: FileToReduce[] = [];
  for (const arg of args) {
    const path = resolve(cwd, arg);
    const st = await stat(path).catch(() => null);
    if (!st?.isDirectory()) {
      files.push({ path, shown: arg });
      continue;
    }
    const names = (await readdir(path, { withFileTypes: true }))
      .filter((d) => d.isFile() && WORKBOOK_EXTENSIONS.has(extname(d.name).toLowerCase()) && !/^(~\$|\.~lock|\.)/u.test(d.name))
      .map((d) => d.name)
      .sort((a, b) => a.localeCompare(b, 'vi', { numeric: true }));
    if (names.length === 0) throw new UsageError({ vi: `thư mục "${arg}" không có sổ .xlsx, .xlsm, .xls hay .ods nào`, en: `folder "${arg}" holds no .xlsx, .xlsm, .xls or .ods workbook` });
    for (const name of names) files.push({ path: join(path, name), shown: relative(cwd, join(path, name)) || name });
  }
  return files;
}

/** The period the options name, or null for "the latest month most workbooks reached". */
function namedPeriod(v: { period?: string; from?: string; to?: string; calendar?: boolean; cutoff?: string }): ReportingPeriod | null {
  const options = { calendar: !!v.calendar, cutoffDay: dayOfMonthArg('cutoff', v.cutoff) };
  if (v.period !== undefined && (v.from !== undefined || v.to !== undefined)) {
    throw new UsageError({ vi: 'chỉ dùng --period hoặc --from/--to, không dùng cả hai', en: 'use --period or --from/--to, not both' });
  }
  if (v.period !== undefined) return periodArg('--period', v.period, options);
  if (v.from === undefined && v.to === undefined) return null;
  if (v.from === undefined || v.to === undefined) throw new UsageError({ vi: 'cần cả --from và --to', en: 'give both --from and --to' });
  const from = dateArg('--from', v.from);
  const to = dateArg('--to', v.to);
  if (from > to) throw new UsageError({ vi: `--from ${from} sau --to ${to}`, en: `--from ${from} is after --to ${to}` });
  return customPeriod(from, to);
}

function wholeNumber(name: string, v: string | undefined, min: number, max: number): number | undefined {
  if (v === undefined) return undefined;
  if (!/^\d{1,6}$/u.test(v) || +v < min || +v > max) throw new UsageError({ vi: `--${name} "${v}" không hợp lệ: cần số nguyên từ ${min} đến ${max}`, en: `--${name} "${v}" is not valid: use a whole number from ${min} to ${max}` });
  return +v;
}

/**
 * Reads and reduces every file once; without a named period, the few workbooks that
 * stopped at another month than most are read again for the month most reached.
 */
async function reduceAll(
  files: readonly FileToReduce[],
  count: RollupCountOptions,
  jobs: number,
  progress: (done: number, total: number, file: FileToReduce) => void,
): Promise<(UnitReduction | UnreadableWorkbook)[]> {
  // The same file named twice is read once; the roll-up still sees (and names) both.
  const unique = [...new Map(files.map((f) => [f.path, f])).values()];
  const first = await reduceFiles(unique, count, { jobs, onDone: progress });
  const byPath = new Map(unique.map((f, i) => [f.path, first[i]!]));
  if (count.period === undefined) {
    const reductions = first.filter((r): r is UnitReduction => !('error' in r));
    const chosen = chooseRollupPeriod(reductions);
    if (chosen) {
      const again = unique.filter((f) => {
        const r = byPath.get(f.path)!;
        return !('error' in r) && (needsRecount(r, chosen) || r.records === 0);
      });
      const second = await reduceFiles(again, { ...count, period: chosen }, { jobs });
      again.forEach((f, i) => byPath.set(f.path, second[i]!));
    }
  }
  return files.map((f) => ({ ...byPath.get(f.path)!, file: f.shown }));
}

/** The one-line summary of what was written, per file. */
function writtenLines(written: { kind: 'xlsx' | 'docx'; path: string }[], lang: CliLang, cwd: string): string {
  return written.map((w) => `${lang === 'vi' ? (w.kind === 'xlsx' ? 'Đã ghi sổ tổng hợp' : 'Đã ghi báo cáo') : w.kind === 'xlsx' ? 'Roll-up workbook written' : 'Report written'}: ${relative(cwd, w.path) || w.path}\n`).join('');
}

export default register({
  name: 'rollup',
  usage,
  summary: say('help.command.rollup', 'vi'),
  async run(args: string[], io: CliIO) {
    const { values: v, positionals } = parseCommandArgs(
      {
        args,
        allowPositionals: true,
        options: {
          period: { type: 'string' },
          from: { type: 'string' },
          to: { type: 'string' },
          calendar: { type: 'boolean' },
          cutoff: { type: 'string' },
          'as-of': { type: 'string' },
          'overdue-days': { type: 'string' },
          province: { type: 'string' },
          unit: { type: 'string' },
          'signer-name': { type: 'string' },
          json: { type: 'boolean' },
          lang: { type: 'string' },
          output: { type: 'string', short: 'o' },
          docx: { type: 'string' },
          force: { type: 'boolean' },
          jobs: { type: 'string' },
          quiet: { type: 'boolean', short: 'q' },
          ...HOLIDAYS_OPTION,
        },
      },
      usage,
    );
    const lang = langArg(v.lang);
    if (positionals.length === 0) throw new UsageError({ vi: `thiếu <sổ.xlsx> hoặc <thư-mục>. Cách dùng: ${usage}`, en: `missing <workbook.xlsx> or <folder>. Usage: ${usage}` });
    // Every argument is checked before the (slow) reading.
    const period = namedPeriod(v);
    const asOf = dateArg('--as-of', v['as-of']);
    const overdueDays = wholeNumber('overdue-days', v['overdue-days'], 0, 3650);
    const jobs = wholeNumber('jobs', v.jobs, 1, 16) ?? Math.min(2, availableParallelism());
    if (v.output !== undefined && !/\.xlsx$/iu.test(v.output)) throw new UsageError({ vi: `-o "${v.output}" phải là tệp .xlsx`, en: `-o "${v.output}" must be an .xlsx file` });
    const holidays: HolidayOverride[] = await loadHolidaysFile(v.holidays, io.cwd);
    const files = await collectInputs(positionals, io.cwd);
    const inputs = files.map((f) => f.path);
    const outPath = v.output !== undefined ? resolve(io.cwd, v.output) : null;
    const docxDir = v.docx !== undefined ? resolve(io.cwd, v.docx) : null;
    if (docxDir !== null && (await stat(docxDir).catch(() => null))?.isFile()) {
      throw new FileError({ vi: `--docx "${v.docx}" là một tệp; hãy chỉ một thư mục để ghi báo cáo .docx.`, en: `--docx "${v.docx}" is a file; give a folder for the .docx report.` });
    }
    if (outPath !== null) await checkOutputFiles([{ path: outPath, shown: v.output! }], { force: !!v.force, inputs });

    const calendar = { calendar: !!v.calendar, ...(v.cutoff !== undefined ? { cutoffDay: dayOfMonthArg('cutoff', v.cutoff)! } : {}) };
    const count: RollupCountOptions = {
      ...(period ? { period } : {}),
      periodOptions: calendar,
      ...(asOf ? { asOf } : {}),
      today: civilDateInVietnam(Date.now()),
      holidays,
      ...(overdueDays !== undefined ? { overdueDays } : {}),
    };
    const quiet = v.quiet || v.json;
    const progress = (done: number, total: number, file: FileToReduce): void => {
      if (!quiet) io.stderr(lang === 'vi' ? `Đã đọc ${done}/${total}: ${file.shown}\n` : `Read ${done}/${total}: ${file.shown}\n`);
    };
    const sources = await reduceAll(files, count, jobs, progress);

    let rollup: Rollup;
    try {
      rollup = combineRollup(sources, { province: v.province ?? null, periodOptions: calendar, ...(period ? { period } : {}) });
    } catch (err) {
      if (err instanceof RollupEmptyError) {
        for (const f of err.findings) io.stderr(`${lang === 'vi' ? f.message : f.messageEn}\n`);
        throw new FileError({ vi: err.vi, en: err.en });
      }
      throw err;
    }
    const narrative = rollupNarrative(rollup, { unit: v.unit ?? null });

    const written: { kind: 'xlsx' | 'docx'; path: string }[] = [];
    if (outPath !== null) {
      const { writeWorkbookWithSheets } = await import('../xlsx/index.js');
      const unit = v.unit ?? null;
      await writeWorkbookWithSheets(null, outPath, [buildRollupSheet(rollup, { unit, narrative }), buildRollupFindingsSheet(rollup, { unit })], { force: !!v.force });
      written.push({ kind: 'xlsx', path: outPath });
    }
    if (docxDir !== null) {
      const { documentToDocx } = await import('@giaoban/docx');
      const settings = rollupDocumentSettings(rollup, {
        ...(v.unit ? { issuingBody: v.unit } : {}),
        ...(v['signer-name'] !== undefined ? { signer: { name: v['signer-name'] } } : {}),
      });
      const doc = buildRollupReport(rollup, { settings, narrative });
      const path = join(docxDir, rollupReportFileName(rollup));
      await writeOutputFile(path, await documentToDocx(doc), { force: !!v.force, inputs, shown: relative(io.cwd, path) || path });
      written.push({ kind: 'docx', path });
    }

    if (v.json) printJson(io, rollupJson(rollup, narrative, written.length ? written : null));
    else io.stdout(formatRollupText(rollup, narrative, lang) + writtenLines(written, lang, io.cwd));
    // As validate and rotate: 1 when a file could not be counted (each is named in the findings).
    return rollup.files.some((f) => f.role === 'not-counted') ? 1 : 0;
  },
});
