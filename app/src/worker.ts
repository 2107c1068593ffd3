/**
 * The worker: every computation of the app, with the same core functions and
 * defaults as the CLI (`demo`, `rotate`, `summarize`) and the add-in. The page
 * only presents what comes back.
 */
import {
  GiaobanError,
  briefingDocuments,
  buildFindingsSheet,
  buildPlanSheetOf,
  calendarUnitName,
  civilDateInVietnam,
  buildSummarySheet,
  communeLabel,
  computeStatistics,
  DEFAULT_PLAN_MONTHS,
  defaultPlanStart,
  defaultSummaryPeriod,
  detectUnitName,
  detectUnitNames,
  HolidayFileError,
  mergeHolidaySources,
  parseHolidayJson,
  readHolidayWorkbook,
  type HolidayOverride,
  documentFileName,
  isValidYearMonth,
  resolveDocumentSettings,
  foldKey,
  parsePeriodSpec,
  planRotation,
  readWorkbook,
  rotationInputOf,
  statisticsInputOf,
  statisticsNarrative,
  weekdayNameVi,
  type Finding,
  type ReadResult,
  type RotationPlan,
  type Statistics,
  type Narrative,
} from '@giaoban/core';
import { documentToDocx } from '@giaoban/docx';
import { zipSync } from 'fflate';
import { planToIcs } from '../../packages/cli/src/ics/planIcs.js';
import { AppError } from './errors.js';
import { outputFileName, readWorkbookBytes, writeWithSheets, type OpenedWorkbook } from './io/workbookIo.js';
import { handleRollup, isRollupRequest } from './rollup/rollupWorker.js';
import type { FileView, FindingsFilter, FindingsPage, HolidaysView, OpenView, PlanView, Request, Response, SummaryView } from './protocol.js';

interface State {
  book: OpenedWorkbook;
  read: ReadResult;
  unit: string | null;
  plan: RotationPlan | null;
  stats: Statistics | null;
  narrative: Narrative | null;
}

let state: State | null = null;

/** The extra holidays file's days (`--holidays FILE`), kept across workbooks; the workbook's own holiday sheet wins a date. */
let extraHolidays: HolidayOverride[] = [];

/** Reads an extra holidays file with the core functions `giaoban --holidays` uses; a bad file changes nothing. */
async function holidays(name: string, bytes: ArrayBuffer | null): Promise<HolidaysView> {
  if (bytes === null) {
    extraHolidays = [];
    return { name: null, days: 0 };
  }
  let days: HolidayOverride[];
  try {
    if (/\.json$/i.test(name)) days = parseHolidayJson(new TextDecoder().decode(bytes), `tệp ngày nghỉ ${name}`);
    else if (/\.(xlsx|xlsm)$/i.test(name)) days = readHolidayWorkbook((await readWorkbookBytes(new Uint8Array(bytes), name)).grid, name);
    else throw new AppError(`Tệp ngày nghỉ "${name}": cần tệp .json hoặc .xlsx.`, `Holidays file "${name}": a .json or .xlsx file is needed.`);
  } catch (err) {
    if (err instanceof HolidayFileError) throw new AppError(err.message, err.messageEn);
    throw err;
  }
  extraHolidays = days;
  return { name, days: days.length };
}

const post = (m: Response, transfer: Transferable[] = []) => (self as unknown as Worker).postMessage(m, transfer);

function need(): State {
  if (!state) throw new AppError('Chưa mở sổ nào.', 'No workbook is open.');
  return state;
}

async function open(id: number, name: string, bytes: ArrayBuffer): Promise<OpenView> {
  const progress = (fraction: number, step: string, detail?: string) => post({ type: 'progress', id, fraction, step, detail });
  progress(0.05, 'read');
  state = null;
  // The reader reports each sheet and every 20,000 rows; the bar creeps towards 55 % meanwhile.
  let lines = 0;
  const book = await readWorkbookBytes(new Uint8Array(bytes), name, (line) => progress(0.05 + 0.5 * (1 - 0.9 ** ++lines), 'read', line));
  progress(0.6, 'check');
  // The extra holidays as `giaoban validate --holidays` passes them (under the workbook's own sheet).
  const read = readWorkbook(book.grid, { dateOptions: { overrides: extraHolidays } });
  // The same unit line as `summarize` (detectUnitName) and `rotate` (detectUnitNames).
  const unit = detectUnitName(book.grid);
  state = { book, read, unit, plan: null, stats: null, narrative: null };
  const bySheet = new Map<string, { errors: number; warnings: number }>();
  for (const f of read.findings) {
    const s = bySheet.get(f.sheet) ?? { errors: 0, warnings: 0 };
    if (f.severity === 'error') s.errors++;
    else s.warnings++;
    bySheet.set(f.sheet, s);
  }
  const from = defaultPlanStart(read);
  const period = defaultSummaryPeriod(read);
  progress(0.75, 'plan');
  const planned = from !== null ? plan(from, DEFAULT_PLAN_MONTHS) : null;
  progress(0.88, 'summarize');
  const summarized = period !== null ? summarize(null, false) : null;
  progress(1, 'done');
  return {
    fileName: name,
    format: book.format,
    converted: book.converted,
    unit,
    sheets: book.grid.sheets.map((s) => s.name),
    tables: read.tables.map((t) => ({ sheet: t.sheet, kind: t.kind, headerRow: t.headerRow, rows: t.rows })),
    summary: { errors: read.summary.errors, warnings: read.summary.warnings },
    bySheet: [...bySheet].map(([sheet, c]) => ({ sheet, ...c })),
    excludedRows: read.excludedRows.length,
    briefings: read.briefings.length,
    issues: read.issues.length,
    planFrom: from,
    summaryPeriodLabel: period?.label ?? null,
    outputName: outputFileName(name, book.format),
    plan: planned,
    summaryView: summarized,
  };
}

// Cells sort by row, then column (C9 before C10, Z5 before AA5), as `giaoban validate` lists them.
function cellOrder(a: string, b: string): number {
  const pa = /^([A-Z]+)(\d+)$/.exec(a);
  const pb = /^([A-Z]+)(\d+)$/.exec(b);
  if (!pa || !pb) return a.localeCompare(b);
  return Number(pa[2]) - Number(pb[2]) || pa[1]!.length - pb[1]!.length || pa[1]!.localeCompare(pb[1]!);
}

let sortedFor: ReadResult | null = null;
let sorted: Finding[] = [];

function findings(filter: FindingsFilter, offset: number, limit: number): FindingsPage {
  const { read } = need();
  if (sortedFor !== read) {
    // Grouped by sheet in the order sheets first appear, then by cell, errors first.
    const sheetOrder = new Map<string, number>();
    for (const f of read.findings) if (!sheetOrder.has(f.sheet)) sheetOrder.set(f.sheet, sheetOrder.size);
    sorted = read.findings
      .slice()
      .sort((a, b) => sheetOrder.get(a.sheet)! - sheetOrder.get(b.sheet)! || cellOrder(a.cell, b.cell) || (a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1));
    sortedFor = read;
  }
  const words = foldKey(filter.text).split(/\s+/).filter(Boolean);
  const match = (f: Finding) =>
    (filter.severity === 'all' || f.severity === filter.severity) &&
    (filter.sheet === '' || f.sheet === filter.sheet) &&
    (words.length === 0 || words.every((w) => foldKey(`${f.cell} ${f.code} ${f.message} ${f.suggestion ?? ''} ${f.messageEn}`).includes(w)));
  const hits = sorted.filter(match);
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

function plan(from: string, months: number): PlanView {
  const s = need();
  if (!/^\d{4}-(0[1-9]|1[0-2])$/.test(from)) throw new AppError(`Tháng bắt đầu "${from}" không hợp lệ: cần dạng YYYY-MM.`, `Start month "${from}" is not valid: YYYY-MM expected.`);
  if (!Number.isInteger(months) || months < 1 || months > 120) throw new AppError(`Số tháng "${months}" không hợp lệ: cần từ 1 đến 120.`, `"${months}" months is not valid: 1 to 120.`);
  if (s.read.catalogue.communes.length === 0) {
    throw new AppError('Không tìm thấy danh sách xã trong sổ (cần một bảng có cột "Xã" và "Cụm").', 'No commune list in the workbook (a table with "Xã" and "Cụm" columns is needed).');
  }
  s.plan = planRotation({
    ...rotationInputOf(s.read),
    from,
    months,
    // As `giaoban rotate --holidays`: the extra file under the workbook's own holiday sheet (which wins a date).
    dateOptions: { overrides: mergeHolidaySources(extraHolidays, s.read.catalogue.holidays) },
  });
  return {
    from,
    months,
    briefings: s.plan.briefings.map((b) => ({
      month: b.month,
      cluster: b.cluster,
      date: b.date,
      weekday: weekdayNameVi(b.date),
      host: b.host,
      chair: b.chair,
      participants: b.participants,
      reasons: b.reasons,
      reasonsEn: b.reasonsEn,
      source: b.source,
    })),
    problems: s.plan.problems.map((p) => ({ month: p.month, cluster: p.cluster, message: p.message, messageEn: p.messageEn })),
    changes: s.plan.changes.map((c) => ({ ...c })),
  };
}

function summarize(spec: string | null, calendar: boolean): SummaryView {
  const s = need();
  const options = { calendar };
  let period;
  try {
    period = spec ? parsePeriodSpec(spec, options) : defaultSummaryPeriod(s.read, options);
  } catch (err) {
    const m = err instanceof Error ? err.message : String(err);
    throw new AppError(`Kỳ báo cáo "${spec}" không hợp lệ: ${m}`, `Reporting period "${spec}" is not valid: ${m}`);
  }
  if (period === null) throw new AppError('Sổ không có buổi giao ban hay ý kiến hợp lệ nào; hãy chọn kỳ báo cáo.', 'The workbook has no valid briefing or issue; choose a period.');
  // As `giaoban summarize` and the add-in: overdue counted to today for the current period, the period's end for a past one.
  s.stats = computeStatistics({ ...statisticsInputOf(s.read), period, holidays: extraHolidays, today: civilDateInVietnam(Date.now()) });
  s.narrative = statisticsNarrative(s.stats, { unit: s.unit });
  const model = buildSummarySheet(s.stats, { unit: s.unit, narrative: s.narrative });
  return {
    label: s.stats.period.label ?? period.label,
    labelEn: s.stats.period.labelEn ?? period.labelEn ?? period.label,
    narrative: s.narrative.vi,
    narrativeEn: s.narrative.en,
    sheet: { cells: model.cells, styles: model.styles, merges: model.merges },
  };
}

async function xlsx(): Promise<{ file: FileView; transfer: ArrayBuffer }> {
  const s = need();
  const names = detectUnitNames(s.book.grid);
  const models = [];
  if (s.plan) models.push(buildPlanSheetOf(s.plan, { parentUnit: names.parent, unit: names.unit }));
  if (s.stats && s.narrative) models.push(buildSummarySheet(s.stats, { unit: s.unit, narrative: s.narrative }));
  models.push(buildFindingsSheet(s.read.findings, { unit: names.unit, excludedRows: s.read.excludedRows.length, source: s.book.fileName }));
  const { bytes, written, notes } = await writeWithSheets(s.book, models);
  const lines = written.map((w) => `Trang "${w.sheet}": ${w.action === 'replace' ? 'đã thay' : 'đã tạo'}.`).concat(notes);
  const buf = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
  const mime = s.book.format === 'xlsm' ? 'application/vnd.ms-excel.sheet.macroEnabled.12' : 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
  return { file: { name: outputFileName(s.book.fileName, s.book.format), mime, bytes: buf, notes: lines }, transfer: buf };
}

function ics(): { file: FileView; transfer: ArrayBuffer } {
  const s = need();
  if (!s.plan || s.plan.briefings.length === 0) throw new AppError('Chưa có buổi giao ban nào để xuất lịch .ics; hãy lập lịch trước.', 'No planned briefing to export; plan first.');
  // Host labels as `giaoban rotate --ics` writes them.
  const byName = new Map(s.read.catalogue.communes.map((c) => [c.name, c] as const));
  const text = planToIcs(
    s.plan.briefings,
    (b) => {
      const c = byName.get(b.host);
      return c ? communeLabel(c) : b.host;
    },
    { unit: calendarUnitName(null, s.book.grid, s.book.fileName) },
  );
  const bytes = new TextEncoder().encode(text);
  const base = s.book.fileName.replace(/\.(xlsx|xlsm|xls|ods)$/i, '');
  const buf = bytes.buffer as ArrayBuffer;
  return { file: { name: `${base} - lich giao ban.ics`, mime: 'text/calendar', bytes: buf, notes: [`${s.plan.briefings.length} sự kiện.`] }, transfer: buf };
}

/** The papers of a month (invitations, minutes, report) as .docx files in one .zip, as `giaoban documents` writes them. */
async function documents(month: string): Promise<{ file: FileView; transfer: ArrayBuffer }> {
  const s = need();
  if (!isValidYearMonth(month)) throw new AppError(`Tháng "${month}" không hợp lệ: cần dạng YYYY-MM.`, `Month "${month}" is not valid: YYYY-MM expected.`);
  const settings = resolveDocumentSettings(s.read, detectUnitNames(s.book.grid));
  // As `giaoban documents --holidays`: the extra file, and overdue counted to today clamped into the period.
  let built;
  try {
    built = briefingDocuments(s.read, { month, settings, holidays: extraHolidays, today: civilDateInVietnam(Date.now()) });
  } catch (err) {
    // A month the workbook does not speak for, an unreadable briefing date: the core's own words, both languages.
    if (err instanceof GiaobanError) throw new AppError(err.vi, err.en);
    throw err;
  }
  if (built.documents.length === 0) {
    throw new AppError(`Tháng ${month}: không có giấy tờ nào để soạn (không có buổi giao ban theo lịch hay đã tổ chức).`, `${month}: no documents to write.`);
  }
  const files: Record<string, Uint8Array> = {};
  for (const d of built.documents) files[documentFileName(d)] = await documentToDocx(d);
  // .docx files are zip archives already: stored, not compressed again.
  const zip = zipSync(files, { level: 0 });
  const base = s.book.fileName.replace(/\.(xlsx|xlsm|xls|ods)$/i, '');
  const buf = zip.buffer.slice(zip.byteOffset, zip.byteOffset + zip.byteLength) as ArrayBuffer;
  const notes = [`${built.documents.length} văn bản: ${Object.keys(files).join(', ')}.`, ...built.problems.map((p) => `Lưu ý: ${p.message}`)];
  return { file: { name: `${base} - giay to ${month}.zip`, mime: 'application/zip', bytes: buf, notes }, transfer: buf };
}

self.onmessage = async (e: MessageEvent<Request>) => {
  const req = e.data;
  try {
    if (isRollupRequest(req)) {
      const { value, transfer } = await handleRollup(req, extraHolidays);
      post({ type: 'result', id: req.id, value }, transfer);
      return;
    }
    switch (req.type) {
      case 'open':
        post({ type: 'result', id: req.id, value: await open(req.id, req.name, req.bytes) });
        break;
      case 'holidays':
        post({ type: 'result', id: req.id, value: await holidays(req.name, req.bytes) });
        break;
      case 'findings':
        post({ type: 'result', id: req.id, value: findings(req.filter, req.offset, req.limit) });
        break;
      case 'plan':
        post({ type: 'result', id: req.id, value: plan(req.from, req.months) });
        break;
      case 'summarize':
        post({ type: 'result', id: req.id, value: summarize(req.spec, req.calendar) });
        break;
      case 'xlsx':
      case 'ics':
      case 'documents': {
        post({ type: 'progress', id: req.id, fraction: 0.1, step: 'write' });
        const { file, transfer } = req.type === 'xlsx' ? await xlsx() : req.type === 'ics' ? ics() : await documents(req.month);
        post({ type: 'result', id: req.id, value: file }, [transfer]);
        break;
      }
    }
  } catch (err) {
    if (err instanceof AppError) post({ type: 'error', id: req.id, message: err.message, messageEn: err.messageEn });
    else {
      const m = err instanceof Error ? err.message : String(err);
      post({ type: 'error', id: req.id, message: `Lỗi không mong đợi: ${m}`, messageEn: `Unexpected error: ${m}` });
    }
  }
};
