/**
 * `giaoban summarize <sổ.xlsx> [--period <kỳ> | --from … --to …] [--since …] [--json] [-o out.xlsx]`:
 * the figures of a reporting period, the report paragraph, and optionally the
 * "Tổng hợp" and "Kết quả kiểm tra" sheets written into a copy of the workbook.
 */
import { resolve } from 'node:path';
import {
  buildFindingsSheet,
  formatStatisticsText,
  buildSummarySheet,
  civilDateInVietnam,
  computeStatistics,
  customPeriod,
  detectUnitName,
  defaultSummaryPeriod,
  readWorkbook,
  GiaobanRangeError,
  StatisticsFilterError,
  statisticsInputOf,
  statisticsJson,
  statisticsNarrative,
  type ReadResult,
  type ReportingPeriod,
  type Statistics,
  type HolidayOverride,
  type WorkbookGrid,
} from '@giaoban/core';
import { dateArg as isoDateArg, dayOfMonthArg, langArg, onePositional, parseCommandArgs, periodArg } from '../args.js';
import { UsageError, usageErrorFrom, type CliIO } from '../io.js';
import { printJson, writtenSheetLine } from '../output.js';
import { checkOutputFiles } from '../outputFile.js';
import { progressText } from '../progress.js';
import type { WorkbookForUpdate } from '../xlsx/index.js';
import { HOLIDAYS_OPTION, HOLIDAYS_USAGE, loadHolidaysFile } from '../holidaysFile.js';
import { register } from './index.js';

const usage =
  'giaoban summarize <sổ.xlsx> [--period <kỳ> | --from YYYY-MM-DD --to YYYY-MM-DD] [--since YYYY-MM-DD] [--calendar] [--cutoff 15] ' +
  '[--cluster <cụm>] [--commune <xã>] [--leader <lãnh đạo>] [--as-of YYYY-MM-DD] [--overdue-days 30] [--unit "Công an huyện …"] [--json] [--lang vi|en] [-o out.xlsx] [--force] [--quiet] ' + HOLIDAYS_USAGE;

/** Parsed options shared with `demo`. */
export interface SummarizeOptions {
  period?: string;
  from?: string;
  to?: string;
  since?: string;
  calendar?: boolean;
  cutoff?: string;
  cluster?: string;
  commune?: string;
  leader?: string;
  asOf?: string;
  overdueDays?: string;
  unit?: string;
  /** Days from `--holidays FILE` (the workbook's own holiday sheet wins a date). */
  holidays?: HolidayOverride[];
}

// Dates as YYYY-MM-DD or day first (15/01/2025): see args.ts.
function dateArg(name: string, v: string | undefined): string | undefined {
  return isoDateArg(`--${name}`, v);
}

/** The period the options name (--period or --from/--to), or null for "the latest reporting month of the data". */
export function explicitPeriod(o: SummarizeOptions): ReportingPeriod | null {
  const popts = periodOptions(o);
  if (o.period !== undefined && (o.from !== undefined || o.to !== undefined)) throw new UsageError('chỉ dùng --period hoặc --from/--to, không dùng cả hai');
  if (o.period !== undefined) return periodArg('--period', o.period, popts);
  if (o.from !== undefined || o.to !== undefined) {
    if (o.from === undefined || o.to === undefined) throw new UsageError('cần cả --from và --to (YYYY-MM-DD)');
    const from = dateArg('from', o.from)!;
    const to = dateArg('to', o.to)!;
    if (from > to) throw new UsageError({ vi: `--from ${from} sau --to ${to}`, en: `--from ${from} is after --to ${to}` });
    return customPeriod(from, to);
  }
  return null;
}

function periodOptions(o: SummarizeOptions): { calendar: boolean; cutoffDay?: number } {
  return { calendar: !!o.calendar, cutoffDay: dayOfMonthArg('cutoff', o.cutoff) };
}

/** The last reporting month (decree or calendar per the options) that has ended by the workbook's latest record. */
export function latestReportingMonth(o: SummarizeOptions, read: ReadResult): ReportingPeriod {
  const period = defaultSummaryPeriod(read, periodOptions(o));
  if (period === null) throw new UsageError('sổ không có buổi giao ban hay ý kiến hợp lệ nào; hãy chỉ rõ --period');
  return period;
}

/** Computes the statistics for parsed options (UsageError for bad filters or dates). */
export function statisticsFor(o: SummarizeOptions, read: ReadResult, period: ReportingPeriod): Statistics {
  let overdueDays: number | undefined;
  if (o.overdueDays !== undefined) {
    if (!/^\d{1,4}$/.test(o.overdueDays)) throw new UsageError({ vi: `--overdue-days "${o.overdueDays}" không hợp lệ: cần một số ngày`, en: `--overdue-days "${o.overdueDays}" is not valid: use a number of days` });
    overdueDays = +o.overdueDays;
  }
  try {
    return computeStatistics({
      ...statisticsInputOf(read),
      period,
      filters: { cluster: o.cluster, commune: o.commune, leader: o.leader },
      since: dateArg('since', o.since),
      asOf: dateArg('as-of', o.asOf),
      // Without --as-of: today for the current period, the period's end for a past one.
      today: civilDateInVietnam(Date.now()),
      holidays: o.holidays ?? [],
      overdueDays,
      cutoffDay: o.cutoff !== undefined ? +o.cutoff : undefined,
    });
  } catch (err) {
    if (err instanceof StatisticsFilterError || err instanceof GiaobanRangeError) throw usageErrorFrom(err);
    if (err instanceof RangeError) throw new UsageError(err.message);
    throw err;
  }
}

/** The unit name: --unit, else the workbook's title rows. */
export function unitFor(o: SummarizeOptions, grid: WorkbookGrid): string | null {
  return o.unit?.trim() || detectUnitName(grid);
}

export default register({
  name: 'summarize',
  usage,
  summary: 'Thống kê kỳ báo cáo (giao ban, ý kiến theo nhóm, xã, tháng, tình trạng; lũy kế) và đoạn nhận xét; -o ghi trang "Tổng hợp" và "Kết quả kiểm tra".',
  async run(args: string[], io: CliIO) {
    const { values: v, positionals } = parseCommandArgs(
      {
        args,
        allowPositionals: true,
        options: {
          period: { type: 'string' },
          from: { type: 'string' },
          to: { type: 'string' },
          since: { type: 'string' },
          calendar: { type: 'boolean' },
          cutoff: { type: 'string' },
          cluster: { type: 'string' },
          commune: { type: 'string' },
          leader: { type: 'string' },
          'as-of': { type: 'string' },
          'overdue-days': { type: 'string' },
          unit: { type: 'string' },
          json: { type: 'boolean' },
          lang: { type: 'string' },
          output: { type: 'string', short: 'o' },
          force: { type: 'boolean' },
          quiet: { type: 'boolean', short: 'q' },
          ...HOLIDAYS_OPTION,
        },
      },
      usage,
    );
    const file = onePositional(positionals, '<sổ.xlsx>', usage);
    const lang = langArg(v.lang);
    const o: SummarizeOptions = {
      period: v.period,
      from: dateArg('from', v.from),
      to: dateArg('to', v.to),
      since: dateArg('since', v.since),
      calendar: v.calendar,
      cutoff: v.cutoff,
      cluster: v.cluster,
      commune: v.commune,
      leader: v.leader,
      asOf: dateArg('as-of', v['as-of']),
      overdueDays: v['overdue-days'],
      unit: v.unit,
      holidays: await loadHolidaysFile(v.holidays, io.cwd),
    };
    // Check argument shapes before the (possibly slow) read.
    dateArg('since', o.since);
    dateArg('as-of', o.asOf);
    const named = explicitPeriod(o);
    const progress = (msg: string) => {
      if (!v.quiet && !v.json) io.stderr(`${progressText(msg, lang)}\n`);
    };
    const input = resolve(io.cwd, file);
    const outPath = v.output !== undefined ? resolve(io.cwd, v.output) : null;
    if (outPath !== null) await checkOutputFiles([{ path: outPath, shown: v.output! }], { force: !!v.force, inputs: [input] });
    // Loaded here, not at the top: `giaoban --help` and `dates` must not load the spreadsheet libraries.
    const { openWorkbookForUpdate, readWorkbookFile } = await import('../xlsx/index.js');
    // With -o the workbook is loaded once (the grid comes from the same exceljs model the copy is
    // saved from); without, the faster streaming reader. Everything from the grid is reduced to figures
    // and sheet models inside this block, so the grid and records can be collected before saving.
    // (`as`: assigned inside the block below, which TypeScript's narrowing does not follow.)
    let save = null as WorkbookForUpdate['write'] | null;
    const { stats, narrative, check, models } = await (async () => {
      const onProgress = v.quiet ? undefined : (m: string) => io.stderr(`${progressText(m, lang)}\n`);
      let grid: WorkbookGrid;
      if (outPath === null) grid = await readWorkbookFile(input, { onProgress });
      else ({ grid, write: save } = await openWorkbookForUpdate(input, { onProgress, outputPath: outPath }));
      const read = readWorkbook(grid, {
        asOf: o.asOf,
        overdueDays: o.overdueDays !== undefined ? +o.overdueDays : undefined,
        dateOptions: { overrides: o.holidays ?? [] },
      });
      const period = named ?? latestReportingMonth(o, read);
      const stats = statisticsFor(o, read, period);
      const unit = unitFor(o, grid);
      const narrative = statisticsNarrative(stats, { unit });
      const models =
        outPath === null
          ? []
          : [
              buildSummarySheet(stats, { unit, narrative }),
              buildFindingsSheet(read.findings, { unit, excludedRows: read.excludedRows.length, source: file }),
            ];
      return { stats, narrative, check: read.summary, models };
    })();

    let written: { sheet: string; action: 'replace' | 'create' }[] | null = null;
    if (outPath !== null && save !== null) {
      progress(`Đang ghi ${v.output} …`);
      written = await save(outPath, models, { force: !!v.force, onNote: v.quiet ? undefined : (m: string) => io.stderr(`${m}\n`) });
    }
    if (v.json) {
      printJson(io, statisticsJson(stats, narrative, written && outPath ? { path: outPath, sheets: written } : null));
    } else {
      io.stdout(formatStatisticsText(stats, narrative, check, lang));
      if (written && outPath) {
        for (const w of written) io.stdout(writtenSheetLine(w, lang) + '\n');
        io.stdout(lang === 'vi' ? `Đã ghi: ${outPath}\n` : `Written: ${outPath}\n`);
      }
    }
    return 0;
  },
});
