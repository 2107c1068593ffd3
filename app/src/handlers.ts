/**
 * What the worker does for each request of the page, over one core session:
 * open a workbook, take an extra holidays file, page through the findings,
 * plan, summarise, and make the files to download. No domain decision here:
 * the session decides, these handlers shape its views for the page. Plain
 * functions over a state object, so the same-answer tests run them in Node.
 */
import {
  bothTexts,
  civilDateInVietnam,
  CORE_TEXTS,
  foldKey,
  GiaobanError,
  holidayFileFormat,
  readHolidayFile,
  openSession,
  parseA1Range,
  textIn,
  weekdayNameIn,
  type BiText,
  type Finding,
  type HolidayOverride,
  type IsoDate,
  type PlanView as CorePlanView,
  type ReadingProgress,
  type AdminCatalogue,
  type Session,
  type SummaryView as CoreSummaryView,
  type SheetModel,
} from '@giaoban/core';
import { nationalCatalogue } from '@giaoban/core/catalogue';
import { documentToDocx } from '@giaoban/docx';
import { eventsToIcs } from '@giaoban/ics';
import { zipSync } from 'fflate';
import { AppError } from './errors.js';
import { outputFileName, readWorkbookBytes, writeWithSheets, type OpenedWorkbook } from './io/workbookIo.js';
import type { FileView, FindingsFilter, FindingsPage, HolidaysView, ModelView, OpenView, PlanView, SummaryView } from './protocol.js';

/** Progress of a long request: a fraction and the step (a `progress.*` text), with the reader's own line. */
export type Progress = (fraction: number, step: string, detail?: ReadingProgress) => void;

/** The worker's state: the extra holidays (kept across workbooks) and the open workbook with its session. */
export interface AppState {
  holidays: HolidayOverride[];
  book: OpenedWorkbook | null;
  session: Session | null;
  plan: CorePlanView | null;
  summary: CoreSummaryView | null;
  /** Today in Vietnam; tests pin it. */
  today: () => IsoDate;
  /** The national catalogue of administrative units, bundled into the worker: old communes' names by date, the parent body. */
  catalogue: () => AdminCatalogue | null;
}

/** A fresh state. */
export function newAppState(today: () => IsoDate = () => civilDateInVietnam(Date.now()), catalogue: () => AdminCatalogue | null = nationalCatalogue): AppState {
  return { holidays: [], book: null, session: null, plan: null, summary: null, today, catalogue };
}

function need(s: AppState): { book: OpenedWorkbook; session: Session } {
  if (!s.book || !s.session) throw new AppError({ vi: 'Chưa mở sổ nào.', en: 'No workbook is open.' }, { code: 'app.no-workbook' });
  return { book: s.book, session: s.session };
}

/** Reads an extra holidays file as `giaoban --holidays` does; a bad file changes nothing. */
export async function setHolidays(s: AppState, name: string, bytes: ArrayBuffer | null): Promise<HolidaysView> {
  if (bytes === null) {
    s.holidays = [];
    return { name: null, days: 0 };
  }
  const format = holidayFileFormat(name);
  const content = format === 'json' ? new TextDecoder().decode(bytes) : (await readWorkbookBytes(new Uint8Array(bytes), name)).grid;
  s.holidays = readHolidayFile(name, content);
  return { name, days: s.holidays.length };
}

/** Opens a workbook: the session's findings, and its default plan and summary (as `giaoban demo` makes them). */
export async function openWorkbook(s: AppState, name: string, bytes: ArrayBuffer, progress: Progress): Promise<OpenView> {
  progress(0.05, 'read');
  s.book = s.session = s.plan = s.summary = null;
  // The reader reports each sheet and every 20,000 rows; the bar creeps towards 55 % meanwhile.
  let lines = 0;
  const book = await readWorkbookBytes(new Uint8Array(bytes), name, (p) => progress(0.05 + 0.5 * (1 - 0.9 ** ++lines), 'read', p));
  progress(0.6, 'check');
  const session = openSession(book.grid, { fileName: name, holidays: s.holidays, today: s.today(), adminCatalogue: s.catalogue() });
  Object.assign(s, { book, session });
  const f = session.findings();
  progress(0.75, 'plan');
  const plan = tryView(() => planView(s, null, null));
  progress(0.88, 'summarize');
  const summary = tryView(() => summarize(s, null, false));
  progress(1, 'done');
  return {
    fileName: name,
    format: book.format,
    converted: book.converted,
    unit: session.units.unit,
    tier: f.organisation?.tier === 'villages' ? 'villages' : 'communes',
    sheets: book.grid.sheets.map((x) => x.name),
    tables: f.tables,
    summary: f.summary,
    bySheet: f.bySheet,
    excludedRows: f.excludedRows,
    briefings: f.briefings,
    issues: f.issues,
    asOf: session.asOf,
    planFrom: plan?.from ?? null,
    summaryPeriodLabel: summary?.label ?? null,
    outputName: outputFileName(name, book.format),
    plan,
    summaryView: summary,
  };
}

/** A default view the workbook cannot give (no communes, nothing dated) is left out, not an error. */
function tryView<T>(make: () => T): T | null {
  try {
    return make();
  } catch (err) {
    if (err instanceof GiaobanError) return null;
    throw err;
  }
}

/** A page of the findings, filtered by severity, sheet and words (folded: accents and case do not matter). */
export function findingsPage(s: AppState, filter: FindingsFilter, offset: number, limit: number): FindingsPage {
  const { session } = need(s);
  const words = foldKey(filter.text).split(/\s+/).filter(Boolean);
  const match = (f: Finding) =>
    (filter.severity === 'all' || f.severity === filter.severity) &&
    (filter.sheet === '' || f.sheet === filter.sheet) &&
    (words.length === 0 || words.every((w) => foldKey(`${f.cell} ${f.code} ${f.message} ${f.suggestion ?? ''} ${f.messageEn}`).includes(w)));
  const hits = session.findings().findings.filter(match);
  return {
    total: hits.length,
    offset,
    items: hits.slice(offset, offset + limit).map((f) => ({
      severity: f.severity,
      code: f.code,
      sheet: f.sheet,
      cell: f.cell,
      message: f.message,
      messageEn: f.messageEn,
      suggestion: f.suggestion ?? null,
      suggestionEn: f.suggestionEn ?? null,
    })),
  };
}

/** The plan of the months asked for (blank: the session's default), as the page lists it. */
export function planView(s: AppState, from: string | null, months: number | null): PlanView {
  const { session } = need(s);
  const view = session.plan({ from: from || null, months });
  s.plan = view;
  return {
    from: view.from,
    months: view.months,
    tier: view.tier,
    briefings: view.plan.briefings.map((b) => ({
      month: b.month,
      cluster: b.cluster,
      date: b.date,
      weekday: { vi: weekdayNameIn(b.date, 'vi'), en: weekdayNameIn(b.date, 'en') },
      host: b.host,
      chair: b.chair,
      participants: b.participants,
      reasons: b.reasons,
      reasonsEn: b.reasonsEn,
      source: b.source,
    })),
    problems: view.plan.problems.map((p) => ({ month: p.month, cluster: p.cluster, message: p.message, messageEn: p.messageEn })),
    changes: view.plan.changes.map((c) => ({ ...c })),
  };
}

/** The summary of a period spec (blank: the session's default), with the sheet's cells for the page. */
export function summarize(s: AppState, spec: string | null, calendar: boolean): SummaryView {
  const { session } = need(s);
  const view = session.summary({ period: spec || null, calendar });
  s.summary = view;
  // The page shows the sheet in either language; the workbook is given the Vietnamese one.
  const [vi, en] = (['vi', 'en'] as const).map((lang) => session.outputSheets({ summary: view, lang })[0]!);
  return {
    label: view.period.label,
    labelEn: view.period.labelEn,
    narrative: view.narrative.vi,
    narrativeEn: view.narrative.en,
    sheet: modelView(vi!),
    sheetEn: modelView(en!),
  };
}

/** The printed page of a sheet model only: the chart's own figures beside it (columns J–K) are for Excel's chart. */
function modelView(model: SheetModel): ModelView {
  const printedWidth = model.print.printArea ? parseA1Range(model.print.printArea).right : undefined;
  return { cells: model.cells.map((r) => r.slice(0, printedWidth)), styles: model.styles, merges: model.merges, columnWidths: (model.columnWidths ?? []).slice(0, printedWidth) };
}

const base = (fileName: string) => fileName.replace(/\.(xlsx|xlsm|xls|ods)$/i, '');
const transferable = (b: Uint8Array) => b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength) as ArrayBuffer;

/** A copy of the workbook with the plan, summary and findings sheets (the clerk's parts byte for byte). */
export async function xlsxFile(s: AppState): Promise<FileView> {
  const { book, session } = need(s);
  const models = session.outputSheets({ plan: s.plan, summary: s.summary, findings: session.findings() });
  const { bytes, written, notes } = await writeWithSheets(book, models);
  const lines: BiText[] = [
    ...written.map((w) => bothTexts(CORE_TEXTS, w.action === 'replace' ? 'output.sheet.replace' : 'output.sheet.create', { sheet: w.sheet })),
    ...notes,
  ];
  const mime = book.format === 'xlsm' ? 'application/vnd.ms-excel.sheet.macroEnabled.12' : 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
  return { name: outputFileName(book.fileName, book.format), mime, bytes: transferable(bytes), notes: lines };
}

/** The plan as an .ics calendar (the same events `giaoban rotate --ics` writes). */
export function icsFile(s: AppState): FileView {
  const { book, session } = need(s);
  const { events } = session.calendarEvents(s.plan ? { from: s.plan.from, months: s.plan.months } : {});
  const bytes = new TextEncoder().encode(eventsToIcs(events));
  return { name: `${base(book.fileName)} - lich giao ban.ics`, mime: 'text/calendar', bytes: transferable(bytes), notes: [bothTexts(CORE_TEXTS, 'count.events', { n: events.length })] };
}

/** The papers of a month as .docx files in one .zip, as `giaoban documents` writes them. */
export async function documentsFile(s: AppState, month: string): Promise<FileView> {
  const { book, session } = need(s);
  const view = session.papers({ month });
  if (view.papers.length === 0) throw new AppError(bothTexts(CORE_TEXTS, 'session.noPapers', { month }), { code: 'session.noPapers' });
  const files: Record<string, Uint8Array> = {};
  for (const p of view.papers) files[p.fileName] = await documentToDocx(p.model);
  // .docx files are zip archives already: stored, not compressed again.
  const zip = zipSync(files, { level: 0 });
  const notes = [
    bothTexts(CORE_TEXTS, 'count.documents', { n: view.papers.length }),
    ...view.problems.map((p) => ({ vi: textIn(CORE_TEXTS, 'output.note', 'vi', { message: p.message }), en: textIn(CORE_TEXTS, 'output.note', 'en', { message: p.messageEn }) })),
  ];
  return { name: `${base(book.fileName)} - giay to ${month}.zip`, mime: 'application/zip', bytes: transferable(zip), notes };
}
