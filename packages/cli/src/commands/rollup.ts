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
import { join, resolve } from 'node:path';
import {
  civilDateInVietnam,
  formatRollupText,
  RollupEmptyError,
  rollupJson,
  rollupOutputSheets,
  rollupRecount,
  rollupReportFileName,
  rollupReportOf,
  rollupViewOf,
  type ReportingPeriod,
  type RollupView,
  type UnitReduction,
  type UnreadableWorkbook,
} from '@giaoban/core';
import { dateArg, dayOfMonthArg, intArg, langArg, missingArgument, parseCommandArgs, periodArg, type CliLang } from '../args.js';
import { FileError, UsageError, type CliIO } from '../io.js';
import { printJson } from '../output.js';
import { checkOutputFiles, writeOutputFile } from '../outputFile.js';
import { shownPath } from '../paths.js';
import { loadAdminCatalogue } from '../adminCatalogue.js';
import { loadHolidaysFile } from '../holidaysFile.js';
import { reduceFiles } from '../rollup/pool.js';
import type { FileToReduce, ReduceSettings } from '../rollup/reduceFile.js';
import { both, say } from '../texts.js';
import { WORKBOOK_OPTIONS, WORKBOOK_USAGE } from '../workbook.js';
import { register } from './index.js';

const usage =
  'giaoban rollup <sổ.xlsx|thư-mục>… [--period <kỳ> | --from YYYY-MM-DD --to YYYY-MM-DD] [--calendar] [--cutoff 15] ' +
  `[--province <tỉnh>] [--unit "Công an tỉnh …"] [--signer-name "…"] [-o tinh.xlsx] [--docx <thư-mục>] [--force] [--jobs 2] ${WORKBOOK_USAGE}`;

const OPTIONS = {
  ...WORKBOOK_OPTIONS,
  period: { type: 'string' },
  from: { type: 'string' },
  to: { type: 'string' },
  calendar: { type: 'boolean' },
  cutoff: { type: 'string' },
  province: { type: 'string' },
  unit: { type: 'string' },
  'signer-name': { type: 'string' },
  output: { type: 'string', short: 'o' },
  docx: { type: 'string' },
  force: { type: 'boolean' },
  jobs: { type: 'string' },
} as const;

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
      files.push({ path, shown: shownPath(cwd, arg) });
      continue;
    }
    // Loaded when a folder is listed, as the readers are: the other commands start without the spreadsheet package.
    const { isSpreadsheetFileName } = await import('@giaoban/xlsx/any');
    const names = (await readdir(path, { withFileTypes: true }))
      .filter((d) => d.isFile() && isSpreadsheetFileName(d.name))
      .map((d) => d.name)
      .sort((a, b) => a.localeCompare(b, 'vi', { numeric: true }));
    if (names.length === 0) throw new UsageError(both('usage.rollupEmptyFolder', { folder: arg }));
    for (const name of names) files.push({ path: join(path, name), shown: shownPath(cwd, join(path, name)) });
  }
  return files;
}

/** The period the options name, or null for "the latest month most workbooks reached". */
function namedPeriod(v: { period?: string; from?: string; to?: string; calendar?: boolean; cutoff?: string }): ReportingPeriod | null {
  const cutoffDay = dayOfMonthArg('cutoff', v.cutoff);
  const options = { calendar: !!v.calendar, ...(cutoffDay !== undefined ? { cutoffDay } : {}) };
  if (v.period !== undefined && (v.from !== undefined || v.to !== undefined)) throw new UsageError(both('usage.periodBoth'));
  if (v.period !== undefined) return periodArg('--period', v.period, options);
  if ((v.from === undefined) !== (v.to === undefined)) throw new UsageError(both('usage.periodPair'));
  if (v.from === undefined || v.to === undefined) return null;
  // A day (2025-01-15, 15/01/2025) or a month ("01/2025", "tháng 1/2025") at each end, as summarize reads them.
  return periodArg('--from/--to', `${v.from}..${v.to}`, options);
}

/**
 * Reads and reduces every file once; without a named period, the few workbooks that
 * stopped at another month than most are read again for the month most reached.
 */
async function reduceAll(
  files: readonly FileToReduce[],
  settings: ReduceSettings,
  jobs: number,
  progress: (done: number, total: number, file: FileToReduce) => void,
): Promise<(UnitReduction | UnreadableWorkbook)[]> {
  // The same file named twice is read once; the roll-up still sees (and names) both.
  const unique = [...new Map(files.map((f) => [f.path, f])).values()];
  const first = await reduceFiles(unique, settings, { jobs, onDone: progress });
  const byPath = new Map(unique.map((f, i) => [f.path, first[i]!]));
  const recount = settings.period === null ? rollupRecount(first) : null;
  if (recount) {
    const again = recount.indexes.map((i) => unique[i]!);
    const second = await reduceFiles(again, { ...settings, period: recount.period }, { jobs });
    again.forEach((f, i) => byPath.set(f.path, second[i]!));
  }
  return files.map((f) => ({ ...byPath.get(f.path)!, file: f.shown }));
}

export default register({
  name: 'rollup',
  usage,
  summary: say('help.command.rollup', 'vi'),
  async run(args: string[], io: CliIO) {
    const { values: v, positionals } = parseCommandArgs({ args, allowPositionals: true, options: OPTIONS }, usage);
    const lang: CliLang = langArg(v.lang);
    if (positionals.length === 0) throw missingArgument('<sổ.xlsx|thư-mục>', usage);
    // Every argument is checked before the (slow) reading.
    const period = namedPeriod(v);
    const asOf = dateArg('--as-of', v['as-of']);
    const overdueDays = intArg('overdue-days', v['overdue-days'], 0, 3650);
    const cutoffDay = dayOfMonthArg('cutoff', v.cutoff);
    const jobs = intArg('jobs', v.jobs, 1, 16) ?? Math.min(2, availableParallelism());
    if (v.output !== undefined && !/\.xlsx$/iu.test(v.output)) throw new UsageError(both('usage.xlsxOut', { value: v.output }));
    const holidays = await loadHolidaysFile(v.holidays, io.cwd);
    const files = await collectInputs(positionals, io.cwd);
    const inputs = files.map((f) => f.path);
    const out = v.output === undefined ? null : { path: resolve(io.cwd, v.output), shown: shownPath(io.cwd, v.output) };
    const docxDir = v.docx === undefined ? null : resolve(io.cwd, v.docx);
    if (docxDir !== null && (await stat(docxDir).catch(() => null))?.isFile()) throw new FileError(both('file.docxIsFile', { value: v.docx! }));
    if (out) await checkOutputFiles([out], { force: !!v.force, inputs });

    // Each workbook is opened as a session, as `summarize` opens it: the same as-of date, holidays and deadlines.
    const settings: ReduceSettings = {
      session: {
        holidays,
        today: civilDateInVietnam(Date.now()),
        ...(asOf ? { asOf } : {}),
        ...(overdueDays !== undefined ? { overdueDays } : {}),
        calendar: !!v.calendar,
        ...(cutoffDay !== undefined ? { cutoffDay } : {}),
      },
      period,
    };
    const quiet = v.quiet || v.json;
    const sources = await reduceAll(files, settings, jobs, (n, total, file) => {
      if (!quiet) io.stderr(`${say('line.rollupRead', lang, { n, total, file: file.shown })}\n`);
    });

    let view: RollupView;
    try {
      view = rollupViewOf(sources, { adminCatalogue: await loadAdminCatalogue(), province: v.province ?? null, periodOptions: { calendar: !!v.calendar, ...(cutoffDay !== undefined ? { cutoffDay } : {}) }, unit: v.unit ?? null, ...(period ? { period } : {}) });
    } catch (err) {
      if (!(err instanceof RollupEmptyError)) throw err;
      for (const f of err.findings) io.stderr(`${lang === 'vi' ? f.message : f.messageEn}\n`);
      throw new FileError({ vi: err.vi, en: err.en });
    }

    const written: { kind: 'xlsx' | 'docx'; path: string }[] = [];
    if (out) {
      const { writeWorkbookWithSheets } = await import('../xlsx/index.js');
      await writeWorkbookWithSheets(null, out.path, rollupOutputSheets(view), { force: !!v.force });
      written.push({ kind: 'xlsx', path: out.shown });
    }
    if (docxDir !== null) {
      const { documentToDocx } = await import('@giaoban/docx');
      const doc = rollupReportOf(view, v['signer-name'] !== undefined ? { signer: { name: v['signer-name'] } } : {});
      const path = join(docxDir, rollupReportFileName(view.rollup));
      const shown = shownPath(io.cwd, path);
      await writeOutputFile(path, await documentToDocx(doc), { force: !!v.force, inputs, shown });
      written.push({ kind: 'docx', path: shown });
    }

    if (v.json) printJson(io, rollupJson(view.rollup, view.narrative, written.length ? written : null));
    else {
      io.stdout(formatRollupText(view.rollup, view.narrative, lang));
      for (const w of written) io.stdout(`${say(w.kind === 'xlsx' ? 'line.rollupWorkbook' : 'line.rollupReport', lang, { path: w.path })}\n`);
    }
    // As validate and rotate: 1 when a file could not be counted (each is named in the findings).
    return view.rollup.files.some((f) => f.role === 'not-counted') ? 1 : 0;
  },
});
