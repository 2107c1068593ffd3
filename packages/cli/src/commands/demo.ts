/**
 * `giaoban demo [--out DIR]` — the main job on the bundled example workbook:
 * check it, plan the next 12 months, summarise the last reporting month and
 * the year so far, and write everything into DIR/giao-ban-demo.xlsx, with one
 * paper of each kind (invitation, minutes, report) as .docx in DIR/giay-to/.
 */
import { existsSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  mergeHolidaySources,
  civilDateInVietnam,
  DEFAULT_PLAN_MONTHS,
  addMonths,
  briefingDocuments,
  buildFindingsSheet,
  buildPlanSheetOf,
  buildSummarySheet,
  computeStatistics,
  defaultPlanStart,
  defaultSummaryPeriod,
  detectUnitNames,
  documentFileName,
  formatReportCount as n2,
  formatDateVi,
  formatReportMonth,
  planRotation,
  monthOf,
  readWorkbook,
  resolveDocumentSettings,
  rotationInputOf,
  statisticsInputOf,
  statisticsNarrative,
} from '@giaoban/core';
import { langArg, parseCommandArgs } from '../args.js';
import { FileError } from '../io.js';
import { writtenSheetLine } from '../output.js';
import { checkOutputFiles, writeOutputFile } from '../outputFile.js';
import { HOLIDAYS_OPTION, HOLIDAYS_USAGE, loadHolidaysFile } from '../holidaysFile.js';
import { register } from './index.js';

const usage = 'giaoban demo [--out DIR] [--input sổ.xlsx] [--lang vi|en] [--force] ' + HOLIDAYS_USAGE;
const EXAMPLE = join('examples', 'so-theo-doi-giao-ban.xlsx');

/**
 * The example workbook: next to the working directory, or up from this module (src/ or dist/), or
 * beside the built command (the build puts a copy there, so an installed or single-file `giaoban` finds it).
 */
function findExample(cwd: string): string | null {
  const here = dirname(fileURLToPath(import.meta.url));
  const starts = [cwd, here];
  const beside = join(here, basename(EXAMPLE));
  for (const start of starts) {
    let dir = start;
    for (let i = 0; i < 6; i++) {
      const candidate = join(dir, EXAMPLE);
      if (existsSync(candidate)) return candidate;
      const up = dirname(dir);
      if (up === dir) break;
      dir = up;
    }
  }
  return existsSync(beside) ? beside : null;
}

export default register({
  name: 'demo',
  usage,
  summary: 'Chạy thử trên sổ mẫu: kiểm tra, lập lịch 12 tháng tới, tổng hợp tháng báo cáo gần nhất và lũy kế năm, ghi ra out/giao-ban-demo.xlsx.',
  async run(args, io) {
    const { values } = parseCommandArgs(
      { args, allowPositionals: false, options: { out: { type: 'string' }, input: { type: 'string' }, lang: { type: 'string' }, force: { type: 'boolean' }, ...HOLIDAYS_OPTION } },
      usage,
    );
    const lang = langArg(values.lang);
    const vi = lang === 'vi';
    const input = values.input !== undefined ? resolve(io.cwd, values.input) : findExample(io.cwd);
    if (input === null) throw new FileError({ vi: `không tìm thấy sổ mẫu ${EXAMPLE}; hãy chạy trong thư mục dự án hoặc chỉ rõ --input.`, en: `example workbook ${EXAMPLE} not found; run in the project folder or give --input.` });
    const outDir = resolve(io.cwd, values.out ?? 'out');
    const output = join(outDir, 'giao-ban-demo.xlsx');
    // Checked before the slow work; the folder is created when the file is written.
    await checkOutputFiles([{ path: output, shown: join(values.out ?? 'out', 'giao-ban-demo.xlsx') }], { force: !!values.force, inputs: [input] });
    const { openWorkbookForUpdate } = await import('../xlsx/index.js');

    // 1. Read and check (one exceljs load: the copy in step 4 is saved from the same model).
    const extraHolidays = await loadHolidaysFile(values.holidays, io.cwd);
    const book = await openWorkbookForUpdate(input, { outputPath: output });
    const grid = book.grid;
    const read = readWorkbook(grid, { dateOptions: { overrides: extraHolidays } });
    // The same defaults as `summarize` and the add-in (core): plan from the month after the latest record.
    const from = defaultPlanStart(read);
    const period = defaultSummaryPeriod(read);
    if (from === null || period === null) throw new FileError({ vi: `sổ "${input}" không có buổi giao ban hay ý kiến hợp lệ nào.`, en: `workbook "${input}" holds no valid briefing or issue.` });

    // 2. Plan the 12 months after the latest briefing month.
    const plan = planRotation({ ...rotationInputOf(read), from, months: DEFAULT_PLAN_MONTHS, dateOptions: { overrides: mergeHolidaySources(extraHolidays, read.catalogue.holidays) } });

    // 3. Summarise the last complete reporting month; its cumulative figures are the year so far.
    // As `giaoban summarize`: the --holidays file in the deadline calendar, overdue counted to today (clamped into the period).
    const stats = computeStatistics({ ...statisticsInputOf(read), period, holidays: extraHolidays, today: civilDateInVietnam(Date.now()) });
    const names = detectUnitNames(grid);
    const unit = names.unit;
    const narrative = statisticsNarrative(stats, { unit });

    // 4. One paper of each kind (Decree 30 .docx): the first invitation of the plan, the minutes
    // of the latest briefing held, the report of the summarised month — built and checked before
    // anything is written, so that an existing paper (without --force) stops the demo cleanly.
    const settings = resolveDocumentSettings(read, names);
    const latestHeld = read.briefings.reduce<string | null>((m, b) => (m === null || b.date > m ? b.date : m), null);
    const pick = (month: string, kind: 'invitation' | 'minutes' | 'report') => briefingDocuments(read, { month, settings, kinds: [kind], holidays: extraHolidays, today: civilDateInVietnam(Date.now()) }).documents[0];
    const papers = [pick(from, 'invitation'), latestHeld ? pick(monthOf(latestHeld), 'minutes') : undefined, pick(monthOf(period.to), 'report')]
      .filter((d): d is NonNullable<typeof d> => d !== undefined)
      .map((d) => {
        const path = join(outDir, 'giay-to', documentFileName(d));
        return { doc: d, path, shown: relative(io.cwd, path) || path };
      });
    await checkOutputFiles(papers, { force: !!values.force, inputs: [input] });

    // 5. Write the three output sheets into a copy of the example.
    const notes: string[] = [];
    const written = await book.write(
      output,
      [
        buildPlanSheetOf(plan, { parentUnit: names.parent, unit }),
        buildSummarySheet(stats, { unit, narrative }),
        buildFindingsSheet(read.findings, { unit, excludedRows: read.excludedRows.length, source: relative(io.cwd, input) || input }),
      ],
      { onNote: (m) => notes.push(m), force: !!values.force },
    );

    const { documentToDocx } = await import('@giaoban/docx');
    for (const p of papers) await writeOutputFile(p.path, await documentToDocx(p.doc), { force: !!values.force, inputs: [input], shown: p.shown });
    const paperPaths = papers.map((p) => p.shown);

    // 6. A short readable account.
    const b = stats.briefings;
    const i = stats.issues;
    const c = stats.cumulative;
    const clusters = new Set(plan.briefings.map((p) => p.cluster)).size;
    const last = addMonths(from, 11);
    const shown = relative(io.cwd, output) || output;
    const lines = vi
      ? [
          `Sổ mẫu: ${relative(io.cwd, input) || input}${unit ? ` (${unit})` : ''}`,
          `1. Kiểm tra: ${n2(read.summary.errors)} lỗi, ${n2(read.summary.warnings)} cảnh báo; ${n2(read.excludedRows.length)} dòng có lỗi không được tính (xem trang "Kết quả kiểm tra").`,
          `2. Lịch giao ban ${formatReportMonth(from)} – ${formatReportMonth(last)}: ${n2(plan.briefings.length)} buổi cho ${n2(clusters)} cụm` +
            (plan.problems.length ? `; ${n2(plan.problems.length)} buổi chưa bố trí được lãnh đạo.` : '; đủ lãnh đạo chủ trì.'),
          `3. ${period.label}: ${n2(b.held)} buổi giao ban tại ${n2(b.hostedCommunes)}/${n2(b.activeCommunes)} xã; ${n2(i.total)} ý kiến, phản ánh, ` +
            `${n2(i.byStatus.answered)} giải đáp tại chỗ; chưa xong quá ${stats.overdueDays} ngày: ${n2(c.issues.overdueOpen)}.`,
          `   Lũy kế từ ${formatDateVi(c.from)}: ${n2(c.briefings.held)} buổi, ${n2(c.issues.total)} ý kiến, phản ánh.`,
          '',
          narrative.vi,
          '',
          ...written.map((w) => writtenSheetLine(w, lang)),
          ...notes,
          `Đã ghi: ${shown}`,
          ...paperPaths.map((p) => `Giấy tờ (.docx): ${p}`),
        ]
      : [
          `Example workbook: ${relative(io.cwd, input) || input}${unit ? ` (${unit})` : ''}`,
          `1. Check: ${read.summary.errors} errors, ${read.summary.warnings} warnings; ${read.excludedRows.length} rows with errors not counted (sheet "Kết quả kiểm tra").`,
          `2. Plan ${from} – ${last}: ${plan.briefings.length} briefings for ${clusters} clusters` +
            (plan.problems.length ? `; ${plan.problems.length} without a chair.` : '; every briefing has a chair.'),
          `3. ${stats.period.labelEn ?? period.labelEn}: ${b.held} briefings in ${b.hostedCommunes}/${b.activeCommunes} communes; ${i.total} issues, ${i.byStatus.answered} answered on the spot; open over ${stats.overdueDays} days: ${c.issues.overdueOpen}.`,
          `   Cumulative from ${formatDateVi(c.from)}: ${c.briefings.held} briefings, ${c.issues.total} issues.`,
          '',
          narrative.en,
          '',
          ...written.map((w) => writtenSheetLine(w, lang)),
          `Written: ${shown}`,
          ...paperPaths.map((p) => `Document (.docx): ${p}`),
        ];
    io.stdout(lines.join('\n') + '\n');
    return 0;
  },
});
