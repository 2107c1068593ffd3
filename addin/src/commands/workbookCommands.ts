/**
 * The add-in's commands: read the workbook through the adapter, decide in the
 * core, write through the adapter. The task pane and the ribbon call these;
 * nothing here touches Office.js directly.
 */
import {
  buildFindingsSheet,
  buildSummarySheet,
  civilDateInVietnam,
  computeStatistics,
  buildPlanSheetOf,
  DEFAULT_PLAN_MONTHS,
  defaultPlanStart,
  defaultSummaryPeriod,
  detectUnitNames,
  findMarker,
  parsePeriodSpec,
  planRotation,
  readWorkbook,
  rotationInputOf,
  statisticsInputOf,
  statisticsNarrative,
  templateSheetModels,
  type ExistingSheetInfo,
  type Finding,
  type IsoDate,
  type ReadResult,
  type ReportingPeriod,
  type SheetModel,
  type WorkbookGrid,
  type YearMonth,
  CATEGORY_SHORT_LABELS,
  columnLetter,
  GiaobanError,
  STATUS_LABELS,
  type GiaobanErrorOptions,
} from '@giaoban/core';
import {
  addDropdowns,
  clearMarks,
  emptyIo,
  highlightFindings,
  readWorkbookGrid,
  assertWritable,
  selectCell,
  sheetNamesAndTables,
  translateHostErrors,
  writeSheetModels,
  type ExcelHost,
  type IoReport,
  type WritableModel,
  type WrittenSheet,
} from '../excel/index.js';

/** Progress: a fraction 0..1 and what is happening, in Vietnamese and English. */
export type ProgressFn = (fraction: number, vi: string, en: string) => void;

export interface CommandOptions {
  onProgress?: ProgressFn;
}

/** What every command returns: what it found, what it wrote where, and the Excel traffic it caused. */
export interface CommandResult {
  findings: Finding[];
  summary: { errors: number; warnings: number };
  written: WrittenSheet[];
  /** Lines for the clerk (Vietnamese / English). */
  messages: { vi: string; en: string }[];
  io: IoReport;
}

const noop: ProgressFn = () => {};

async function readAll(host: ExcelHost, progress: ProgressFn, io: IoReport): Promise<{ grid: WorkbookGrid; existing: ExistingSheetInfo[] }> {
  progress(0.05, 'Đang đọc sổ…', 'Reading the workbook…');
  const { grid, sheets } = await host.run((ctx) =>
    readWorkbookGrid(ctx, host.capabilities, { onProgress: (d, t) => progress(0.05 + 0.45 * (d / Math.max(1, t)), `Đang đọc ${d.toLocaleString('vi-VN')}/${t.toLocaleString('vi-VN')} ô…`, `Reading ${d}/${t} cells…`) }, io),
  );
  const existing = sheets.map((s, i) => ({ ...s, marker: findMarker(grid.sheets[i]!.values) }));
  return { grid, existing };
}

/** Sheets the product wrote (they carry a marker): not the clerk's data, never highlighted. */
function productSheets(existing: readonly ExistingSheetInfo[]): Set<string> {
  return new Set(existing.filter((s) => s.marker).map((s) => s.name));
}

async function write(host: ExcelHost, existing: ExistingSheetInfo[], models: WritableModel[], progress: ProgressFn, io: IoReport, date1904 = false): Promise<WrittenSheet[]> {
  progress(0.75, 'Đang ghi kết quả…', 'Writing the results…');
  const { sheets } = await host.run(async (ctx) => {
    await assertWritable(ctx, host.capabilities, io);
    return translateHostErrors(() => writeSheetModels(ctx, host.capabilities, existing, models, { date1904 }, io));
  });
  progress(1, 'Xong.', 'Done.');
  return sheets;
}

/** A 1904-system workbook: the GIAOBAN functions cannot see it, so the clerk is told how to call them. */
function dateSystemMessages(grid: WorkbookGrid): { vi: string; en: string }[] {
  return grid.date1904
    ? [{ vi: 'Sổ này dùng hệ ngày 1904: khi dùng các hàm GIAOBAN, thêm đối số cuối TRUE, ví dụ =GIAOBAN.TET(2026;TRUE).', en: 'This workbook uses the 1904 date system: give the GIAOBAN functions a last argument TRUE, e.g. =GIAOBAN.TET(2026,TRUE).' }]
    : [];
}

function writtenMessages(written: WrittenSheet[]): { vi: string; en: string }[] {
  return written.flatMap((w) => [
    w.action === 'replace'
      ? { vi: `Đã ghi lại trang "${w.sheet}" (${w.range}).`, en: `Rewrote sheet "${w.sheet}" (${w.range}).` }
      : { vi: `Đã tạo trang "${w.sheet}" (${w.range}).`, en: `Created sheet "${w.sheet}" (${w.range}).` },
    ...w.notes,
  ]);
}

export interface ValidateOptions extends CommandOptions {
  asOf?: IsoDate;
  overdueDays?: number;
  /** Fill the clerk's cells that have findings (removable with Xóa đánh dấu). */
  highlight?: boolean;
  /** Add drop-down lists to the category and status columns (removable). */
  dropdowns?: boolean;
}

/**
 * Kiểm tra dữ liệu: reads every table, validates, writes "Kết quả kiểm tra".
 *
 * @example
 * ```ts
 * const r = await validateCommand(officeHost(), { highlight: true });
 * r.summary; // { errors: 3, warnings: 12 }
 * ```
 */
export async function validateCommand(host: ExcelHost, options: ValidateOptions = {}): Promise<CommandResult> {
  const progress = options.onProgress ?? noop;
  const io = emptyIo();
  const { grid, existing } = await readAll(host, progress, io);
  progress(0.55, 'Đang kiểm tra…', 'Checking…');
  const read = readWorkbook(grid, { asOf: options.asOf, overdueDays: options.overdueDays });
  const model = buildFindingsSheet(read.findings, { excludedRows: read.excludedRows.length });
  const written = await write(host, existing, [model], progress, io, grid.date1904);
  const messages = [
    { vi: `Đã đọc ${read.tables.length} bảng: ${read.briefings.length} buổi giao ban, ${read.issues.length} ý kiến.`, en: `Read ${read.tables.length} tables: ${read.briefings.length} briefings, ${read.issues.length} issues.` },
    { vi: `${read.summary.errors} lỗi, ${read.summary.warnings} cảnh báo.`, en: `${read.summary.errors} errors, ${read.summary.warnings} warnings.` },
    ...dateSystemMessages(grid),
    ...writtenMessages(written),
  ];
  const skip = productSheets(existing);
  if (options.highlight) {
    const h = await host.run((ctx) => translateHostErrors(() => highlightFindings(ctx, host.capabilities, host.settings, read.findings, io, skip)));
    messages.push({ vi: `Đã tô màu ${h.added} ô có lỗi/cảnh báo${h.capped ? ' (giới hạn)' : ''}.`, en: `Highlighted ${h.added} cells${h.capped ? ' (capped)' : ''}.` });
    if (h.protectedSheets.length) messages.push({ vi: `Không tô màu trang đang được bảo vệ: ${h.protectedSheets.join(', ')}.`, en: `Protected sheets not highlighted: ${h.protectedSheets.join(', ')}.` });
  }
  if (options.dropdowns) {
    const requests = dropdownRequests(read);
    const d = await host.run((ctx) => translateHostErrors(() => addDropdowns(ctx, host.capabilities, host.settings, requests, io)));
    messages.push(d.supported
      ? { vi: `Đã thêm ${d.added} danh sách chọn (${d.skipped} cột đã có sẵn).`, en: `Added ${d.added} drop-downs (${d.skipped} columns already had one).` }
      : { vi: 'Phiên bản Excel này không hỗ trợ danh sách chọn (cần Excel API 1.8).', en: 'This Excel cannot add drop-downs (needs ExcelApi 1.8).' });
  }
  return { findings: read.findings, summary: read.summary, written, messages, io };
}

/** Drop-downs for the issue table's category and status columns (comma-free labels only). */
function dropdownRequests(read: ReadResult): { sheet: string; range: string; list: string[] }[] {
  const out: { sheet: string; range: string; list: string[] }[] = [];
  const lists: Record<string, string[]> = {
    status: Object.values(STATUS_LABELS).map((l) => l.vi),
    category: Object.values(CATEGORY_SHORT_LABELS),
  };
  for (const t of read.tables) {
    if (t.kind !== 'issues') continue;
    for (const [field, list] of Object.entries(lists)) {
      const col = (t.columns as Record<string, number | undefined>)[field];
      if (!col) continue;
      const letter = columnLetter(col);
      out.push({ sheet: t.sheet, range: `${letter}${t.firstDataRow}:${letter}${Math.max(t.lastDataRow, t.firstDataRow) + 200}`, list });
    }
  }
  return out;
}

export interface PlanOptions extends CommandOptions {
  /** First month to plan; default `defaultPlanStart` (the month after the latest record), as `giaoban demo`. */
  from?: YearMonth;
  months?: number;
}

/**
 * Lập lịch giao ban: plans the rotation and writes "Lịch giao ban".
 *
 * @example
 * ```ts
 * await planCommand(officeHost(), { from: '2026-01', months: 12 });
 * ```
 */
export async function planCommand(host: ExcelHost, options: PlanOptions = {}): Promise<CommandResult> {
  const progress = options.onProgress ?? noop;
  const io = emptyIo();
  const { grid, existing } = await readAll(host, progress, io);
  progress(0.55, 'Đang lập lịch…', 'Planning…');
  const read = readWorkbook(grid);
  const from = options.from ?? defaultPlanStart(read);
  if (!from) throw new CommandError('Không có ngày nào trong sổ để biết bắt đầu lập lịch từ tháng nào; hãy chọn tháng bắt đầu.', 'The workbook has no dates to start from; choose the first month.');
  if (!read.catalogue.communes.length) throw new CommandError('Chưa có danh sách xã (bảng có cột Xã và Cụm): không lập được lịch.', 'No commune list (a table with Xã and Cụm columns): cannot plan.');
  const plan = planRotation({ ...rotationInputOf(read), from, months: options.months ?? DEFAULT_PLAN_MONTHS });
  const names = detectUnitNames(grid);
  const model = buildPlanSheetOf(plan, { parentUnit: names.parent, unit: names.unit });
  const written = await write(host, existing, [model], progress, io, grid.date1904);
  const messages = [
    { vi: `Đã lập ${plan.briefings.length} buổi giao ban từ tháng ${from}.`, en: `Planned ${plan.briefings.length} briefings from ${from}.` },
    ...plan.problems.map((p) => ({ vi: p.message, en: p.messageEn })),
    ...writtenMessages(written),
  ];
  return { findings: read.findings, summary: read.summary, written, messages, io };
}

export interface SummarizeOptions extends CommandOptions {
  /** Period spec as `giaoban period` (e.g. `month:2025-12`, `year:2025`, `2025-01-01..2025-06-30`); default the latest reporting month. */
  period?: string;
  /** Plain calendar periods instead of the decree convention (cut-off on the 15th). */
  calendar?: boolean;
  since?: IsoDate;
}

/**
 * Tổng hợp: statistics and the report paragraph for a period; writes "Tổng hợp" and "Kết quả kiểm tra".
 *
 * @example
 * ```ts
 * const r = await summarizeCommand(officeHost(), { period: 'quarter:2025-Q4' });
 * ```
 */
export async function summarizeCommand(host: ExcelHost, options: SummarizeOptions = {}): Promise<CommandResult & { period: ReportingPeriod; narrative: { vi: string; en: string } }> {
  const progress = options.onProgress ?? noop;
  const io = emptyIo();
  const { grid, existing } = await readAll(host, progress, io);
  progress(0.55, 'Đang tổng hợp…', 'Summarising…');
  const read = readWorkbook(grid);
  let period: ReportingPeriod;
  try {
    if (options.period) period = parsePeriodSpec(options.period, { calendar: options.calendar });
    else {
      // The same default as `giaoban summarize`: the last reporting month ended by the latest record.
      const latest = defaultSummaryPeriod(read, { calendar: options.calendar });
      if (!latest) throw new CommandError('Sổ chưa có ngày giao ban hay ý kiến nào để tổng hợp.', 'The workbook has no dated records to summarise.');
      period = latest;
    }
  } catch (e) {
    if (e instanceof CommandError) throw e;
    throw new CommandError(`Kỳ báo cáo không hợp lệ: ${(e as Error).message}`, `Invalid period: ${(e as Error).message}`);
  }
  // As `giaoban summarize`: overdue counted to today for the current period, the period's end for a past one.
  const stats = computeStatistics({ ...statisticsInputOf(read), period, since: options.since, today: civilDateInVietnam(Date.now()) });
  // The unit from the clerk's title rows, as `giaoban summarize` names it.
  const unit = detectUnitNames(grid).unit;
  const narrative = statisticsNarrative(stats, { unit });
  const models: SheetModel[] = [buildSummarySheet(stats, { unit, narrative }), buildFindingsSheet(read.findings, { unit, excludedRows: read.excludedRows.length })];
  const written = await write(host, existing, models, progress, io, grid.date1904);
  const text = narrativeText(narrative);
  return {
    findings: read.findings,
    summary: read.summary,
    written,
    messages: [{ vi: `Kỳ: ${period.label}.`, en: `Period: ${period.labelEn}.` }, ...writtenMessages(written)],
    io,
    period,
    narrative: text,
  };
}

function narrativeText(n: unknown): { vi: string; en: string } {
  const o = n as { vi?: string; en?: string; text?: string; textEn?: string };
  return { vi: o.vi ?? o.text ?? '', en: o.en ?? o.textEn ?? '' };
}

/**
 * Tạo sổ mẫu: adds the empty tracking sheets; never replaces a sheet (a taken name gets "(2)").
 *
 * @example
 * ```ts
 * await templateCommand(officeHost());
 * ```
 */
export async function templateCommand(host: ExcelHost, options: CommandOptions & { unitName?: string } = {}): Promise<CommandResult> {
  const progress = options.onProgress ?? noop;
  const io = emptyIo();
  const existing = await host.run((ctx) => sheetNamesAndTables(ctx, io));
  // Template sheets are always created beside existing sheets under a free name (the plan decides it).
  const written = await write(host, existing, templateSheetModels({ unitName: options.unitName }), progress, io);
  return { findings: [], summary: { errors: 0, warnings: 0 }, written, messages: writtenMessages(written), io };
}

/**
 * Xóa đánh dấu: removes exactly the highlights and drop-downs the add-in added.
 *
 * @example
 * ```ts
 * await clearMarksCommand(officeHost());
 * ```
 */
export async function clearMarksCommand(host: ExcelHost): Promise<CommandResult> {
  const io = emptyIo();
  const { removed, kept } = await host.run((ctx) => translateHostErrors(() => clearMarks(ctx, host.capabilities, host.settings, io)));
  const messages = [removed ? { vi: `Đã gỡ ${removed} đánh dấu.`, en: `Removed ${removed} marks.` } : { vi: 'Không có đánh dấu nào để gỡ.', en: 'Nothing to remove.' }];
  if (kept) messages.push({ vi: `Còn ${kept} danh sách chọn chỉ gỡ được trên Excel 2021 trở lên (Excel API 1.8).`, en: `${kept} drop-downs can only be removed in Excel 2021 or later (ExcelApi 1.8).` });
  return { findings: [], summary: { errors: 0, warnings: 0 }, written: [], messages, io };
}

/**
 * Shows a finding's cell.
 *
 * @example
 * ```ts
 * await selectFindingCommand(officeHost(), { sheet: 'Giao ban', cell: 'B12' });
 * ```
 */
export async function selectFindingCommand(host: ExcelHost, where: { sheet: string; cell: string }): Promise<void> {
  await host.run((ctx) => selectCell(ctx, where.sheet, where.cell));
}

/** A problem the clerk can fix (bad choice, missing table): shown as is, not as a crash. */
export class CommandError extends GiaobanError {
  override readonly name = 'CommandError';
  constructor(message: string, messageEn: string, options: GiaobanErrorOptions = {}) {
    super('addin.command', { vi: message, en: messageEn }, options);
  }
}
