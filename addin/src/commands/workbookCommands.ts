/**
 * The add-in's commands: read the workbook through the adapter, open the core
 * session on it (the same session the CLI and the offline app drive), write
 * what it returns through the adapter. The task pane and the ribbon call
 * these; nothing here touches Office.js directly, and nothing here decides.
 */
import {
  bothTexts,
  civilDateInVietnam,
  CORE_TEXTS,
  findMarker,
  formatDateIn,
  formatMonthIn,
  openSession,
  templateSheetModels,
  textIn,
  type BiMessage,
  type ExistingSheetInfo,
  type Finding,
  type IsoDate,
  type PlanView,
  type ReportingPeriod,
  type Session,
  type SheetModel,
  type Statistics,
  type TextVars,
  type YearMonth,
} from '@giaoban/core';
import {
  addDropdowns,
  assertWritable,
  clearMarks,
  emptyIo,
  highlightFindings,
  readWorkbookGrid,
  selectCell,
  sheetNamesAndTables,
  translateHostErrors,
  writeSheetModels,
  type ExcelHost,
  type IoReport,
  type WritableModel,
  type WrittenSheet,
} from '../excel/index.js';
import { COMMAND_TEXTS, type CommandTextKey } from './texts.js';

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
  messages: BiMessage[];
  io: IoReport;
}

const noop: ProgressFn = () => {};
const line = (key: CommandTextKey, vars?: TextVars): BiMessage => bothTexts(COMMAND_TEXTS, key, vars);
const step = (progress: ProgressFn, fraction: number, key: 'progress.read' | 'progress.check' | 'progress.plan' | 'progress.summarize' | 'progress.write' | 'progress.done') => {
  const t = CORE_TEXTS[key];
  progress(fraction, t.vi, t.en);
};

/** Options every reading command shares (the CLI's `--as-of` and `--overdue-days`). */
export interface SessionCommandOptions extends CommandOptions {
  asOf?: IsoDate;
  overdueDays?: number;
}

interface Opened {
  session: Session;
  existing: ExistingSheetInfo[];
  date1904: boolean;
  io: IoReport;
}

/** Reads every sheet and opens the session, with today's date for the as-of rule. */
async function open(host: ExcelHost, options: SessionCommandOptions): Promise<Opened> {
  const progress = options.onProgress ?? noop;
  const io = emptyIo();
  step(progress, 0.05, 'progress.read');
  const onProgress = (done: number, total: number) => {
    const text = line('read.cells', { done, total });
    progress(0.05 + 0.45 * (done / Math.max(1, total)), text.vi, text.en);
  };
  const { grid, sheets } = await host.run((ctx) => readWorkbookGrid(ctx, host.capabilities, { onProgress }, io));
  step(progress, 0.55, 'progress.check');
  const session = openSession(grid, { asOf: options.asOf ?? null, overdueDays: options.overdueDays ?? null, today: civilDateInVietnam(Date.now()) });
  const existing = sheets.map((s, i) => ({ ...s, marker: findMarker(grid.sheets[i]!.values) }));
  return { session, existing, date1904: grid.date1904 === true, io };
}

async function write(host: ExcelHost, opened: Pick<Opened, 'existing' | 'date1904' | 'io'>, models: WritableModel[], progress: ProgressFn): Promise<WrittenSheet[]> {
  step(progress, 0.75, 'progress.write');
  const { sheets } = await host.run(async (ctx) => {
    await assertWritable(ctx, host.capabilities, opened.io);
    return translateHostErrors(() => writeSheetModels(ctx, host.capabilities, opened.existing, models, { date1904: opened.date1904 }, opened.io));
  });
  step(progress, 1, 'progress.done');
  return sheets;
}

/** The lines every reading command starts with: what was read, the counts, the date system. */
function readLines(o: Opened): BiMessage[] {
  const f = o.session.findings();
  const asOf = o.session.asOf;
  return [
    line('read.tables', { tables: f.tables.length, briefings: f.briefings, issues: f.issues }),
    { vi: line('read.summary', { ...f.summary, asOf: asOf ? formatDateIn(asOf, 'vi') : '—' }).vi, en: line('read.summary', { ...f.summary, asOf: asOf ? formatDateIn(asOf, 'en') : '—' }).en },
    ...(o.date1904 ? [line('date1904')] : []),
  ];
}

function writtenLines(written: WrittenSheet[]): BiMessage[] {
  return written.flatMap((w) => [line(w.action === 'replace' ? 'written.replace' : 'written.create', { sheet: w.sheet, range: w.range }), ...w.notes]);
}

function resultOf(o: Opened, written: WrittenSheet[], messages: BiMessage[]): CommandResult {
  const f = o.session.findings();
  return { findings: f.findings, summary: f.summary, written, messages: [...messages, ...writtenLines(written)], io: o.io };
}

/** Sheets the product wrote (they carry a marker): not the clerk's data, never highlighted. */
function productSheets(existing: readonly ExistingSheetInfo[]): Set<string> {
  return new Set(existing.filter((s) => s.marker).map((s) => s.name));
}

export interface ValidateOptions extends SessionCommandOptions {
  /** Fill the clerk's cells that have findings (removable with Xóa đánh dấu). */
  highlight?: boolean;
  /** Add drop-down lists to the category and status columns (removable). */
  dropdowns?: boolean;
}

/**
 * Kiểm tra dữ liệu: reads every table, validates, writes "Kết quả kiểm tra".
 *
 * @throws {SessionError} when the workbook holds no tracking table
 * @throws {HostProblem} when Excel refuses the write (protection, payload)
 * @example
 * ```ts
 * const r = await validateCommand(officeHost(), { highlight: true });
 * r.summary; // { errors: 3, warnings: 12 }
 * ```
 */
export async function validateCommand(host: ExcelHost, options: ValidateOptions = {}): Promise<CommandResult> {
  const progress = options.onProgress ?? noop;
  const o = await open(host, options);
  const written = await write(host, o, o.session.outputSheets({ findings: o.session.findings() }), progress);
  const messages = readLines(o);
  const skip = productSheets(o.existing);
  if (options.highlight) {
    const h = await host.run((ctx) => translateHostErrors(() => highlightFindings(ctx, host.capabilities, host.settings, o.session.findings().findings, o.io, skip)));
    messages.push(line(h.capped ? 'highlight.capped' : 'highlight.done', { n: h.added }));
    if (h.protectedSheets.length) messages.push(line('highlight.protected', { sheets: h.protectedSheets.join(', ') }));
  }
  if (options.dropdowns) {
    const d = await host.run((ctx) => translateHostErrors(() => addDropdowns(ctx, host.capabilities, host.settings, o.session.dropdowns(), o.io)));
    messages.push(d.supported ? line('dropdowns.done', { added: d.added, skipped: d.skipped }) : line('dropdowns.unsupported'));
  }
  return resultOf(o, written, messages);
}

export interface PlanOptions extends SessionCommandOptions {
  /** First month to plan; default the month after the latest record (the session's default). */
  from?: YearMonth;
  months?: number;
}

/**
 * Lập lịch giao ban: plans the rotation and writes "Lịch giao ban".
 *
 * @throws {SessionError} when the workbook has no communes list, no month to start from, or no tracking table
 * @example
 * ```ts
 * await planCommand(officeHost(), { from: '2026-01', months: 12 });
 * ```
 */
export async function planCommand(host: ExcelHost, options: PlanOptions = {}): Promise<CommandResult & { plan: PlanView }> {
  const progress = options.onProgress ?? noop;
  const o = await open(host, options);
  step(progress, 0.6, 'progress.plan');
  const view = o.session.plan({ from: options.from ?? null, months: options.months ?? null });
  const written = await write(host, o, o.session.outputSheets({ plan: view }), progress);
  const count = (lang: 'vi' | 'en') => textIn(CORE_TEXTS, 'plan.count', lang, { n: view.plan.briefings.length, month: formatMonthIn(view.from, lang) });
  const messages = [
    { vi: count('vi'), en: count('en') },
    ...view.plan.problems.map((p) => ({ vi: p.message, en: p.messageEn })),
  ];
  return { ...resultOf(o, written, messages), plan: view };
}

export interface SummarizeOptions extends SessionCommandOptions {
  /** Period spec as `giaoban period` (e.g. `month:2025-12`, `year:2025`, `2025-01-01..2025-06-30`); default the latest reporting month. */
  period?: string;
  /** Plain calendar periods instead of the decree convention (cut-off on the 15th). */
  calendar?: boolean;
  since?: IsoDate;
}

/**
 * Tổng hợp: statistics and the report paragraph for a period; writes "Tổng hợp" and "Kết quả kiểm tra".
 *
 * @throws {SessionError} when no period is named and nothing is dated
 * @throws {PeriodSpecError} for a period that cannot be read
 * @example
 * ```ts
 * const r = await summarizeCommand(officeHost(), { period: 'quarter:2025-Q4' });
 * ```
 */
export async function summarizeCommand(host: ExcelHost, options: SummarizeOptions = {}): Promise<CommandResult & { period: ReportingPeriod; narrative: BiMessage; statistics: Statistics }> {
  const progress = options.onProgress ?? noop;
  const o = await open(host, options);
  step(progress, 0.6, 'progress.summarize');
  const view = o.session.summary({ period: options.period ?? null, calendar: options.calendar ?? false, since: options.since ?? null });
  const models: SheetModel[] = o.session.outputSheets({ summary: view, findings: o.session.findings() });
  const written = await write(host, o, models, progress);
  const period = { vi: line('period', { label: view.period.label }).vi, en: line('period', { label: view.period.labelEn }).en };
  return { ...resultOf(o, written, [period]), period: view.period, narrative: view.narrative, statistics: view.statistics };
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
  const written = await write(host, { existing, date1904: false, io }, templateSheetModels({ unitName: options.unitName }), progress);
  return { findings: [], summary: { errors: 0, warnings: 0 }, written, messages: writtenLines(written), io };
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
  const messages = [removed ? line('marks.removed', { n: removed }) : line('marks.none')];
  if (kept) messages.push(line('marks.kept', { n: kept }));
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
