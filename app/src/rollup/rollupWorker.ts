/**
 * The worker's side of the roll-up: the same core steps as `giaoban rollup`
 * — each file read, reduced to its unit's figures for the period and the
 * same period a year earlier, and dropped; the period most workbooks reached
 * when none is named; the units combined; the paragraph, the sheets and the
 * report built by the core. Only the reductions stay in memory.
 */
import {
  buildRenderPlan,
  parsePeriodSpec,
  rollupOutputSheets,
  rollupRecount,
  rollupReportFileName,
  rollupReportOf,
  rollupTable,
  rollupUnitOfGrid,
  rollupViewOf,
  type AdminCatalogue,
  type HolidayOverride,
  type IsoDate,
  type ReportingPeriod,
  type RollupView,
  type UnitReduction,
  type UnreadableWorkbook,
} from '@giaoban/core';
import { documentToDocx } from '@giaoban/docx';
import { createEmptyXlsx, writeXlsx } from '@giaoban/xlsx';
import { AppError } from '../errors.js';
import { readWorkbookBytes } from '../io/workbookIo.js';
import type { FileView } from '../protocol.js';
import type { RollupFinished, RollupPageView, RollupRequest } from './protocol.js';

interface RollupState {
  period: ReportingPeriod | null;
  calendar: boolean;
  sources: (UnitReduction | UnreadableWorkbook)[];
  /** The period chosen from the first pass when none was named; files sent again are counted for it. */
  chosen: ReportingPeriod | null;
  result: RollupView | null;
}

let state: RollupState | null = null;

function need(): RollupState {
  if (!state) throw new AppError({ vi: 'Chưa chọn sổ nào để tổng hợp.', en: 'No workbooks chosen for the roll-up.' }, { code: 'app.rollup-empty' });
  return state;
}

function bytesOf(u: Uint8Array): ArrayBuffer {
  return u.buffer.slice(u.byteOffset, u.byteOffset + u.byteLength) as ArrayBuffer;
}

/** A new roll-up; a period that cannot be read is refused here, before any file is sent. */
function begin(spec: string | null, calendar: boolean): null {
  let period: ReportingPeriod | null = null;
  if (spec) {
    try {
      period = parsePeriodSpec(spec, { calendar });
    } catch (err) {
      const e = err as { vi?: string; en?: string; message: string };
      throw new AppError({ vi: e.vi ?? e.message, en: e.en ?? e.message }, { code: 'app.rollup-period' });
    }
  }
  state = { period, calendar, sources: [], chosen: null, result: null };
  return null;
}

/** Reads one file and keeps its unit's reduction; a file that cannot be read is kept as such (a finding), never an error. */
async function add(index: number, name: string, bytes: ArrayBuffer, { holidays, today, catalogue }: RollupContext): Promise<null> {
  const s = need();
  s.result = null;
  try {
    const book = await readWorkbookBytes(new Uint8Array(bytes), name);
    // Opened as a session, as the app opens one workbook (and `giaoban rollup` each file): the same as-of date and holidays.
    const period = s.period ?? s.chosen;
    const r = rollupUnitOfGrid(book.grid, { fileName: name, holidays, today, calendar: s.calendar, adminCatalogue: catalogue }, period ? { period } : {});
    s.sources[index] = r;
  } catch (err) {
    const e = err as { message?: string; messageEn?: string };
    const error = { vi: (e.message ?? String(err)).replace(/^tệp "[^"]*": /u, ''), en: (e.messageEn ?? e.message ?? String(err)).replace(/^file "[^"]*": /u, '') };
    s.sources[index] = { file: name, error };
  }
  return null;
}

/** Combines what was sent; without a named period, first says which files to send again for the month most reached. */
function finish(catalogue: AdminCatalogue | null): RollupFinished {
  const s = need();
  const sources = Array.from(s.sources, (x, i) => x ?? { file: `#${i + 1}`, error: { vi: 'tệp chưa được gửi', en: 'file not sent' } });
  if (s.period === null && s.chosen === null) {
    const recount = rollupRecount(sources);
    if (recount) {
      s.chosen = recount.period;
      if (recount.indexes.length > 0) return { view: null, recount: recount.indexes };
    }
  }
  let view: RollupView;
  try {
    view = rollupViewOf(sources, { adminCatalogue: catalogue, periodOptions: { calendar: s.calendar }, ...(s.period ? { period: s.period } : {}) });
  } catch (err) {
    const e = err as { vi?: string; en?: string; message: string };
    throw new AppError({ vi: e.vi ?? e.message, en: e.en ?? e.message }, { code: 'app.rollup-nothing' });
  }
  s.result = view;
  return { view: pageView(view), recount: null };
}

function pageView({ rollup, narrative }: RollupView): RollupPageView {
  return {
    label: rollup.period.label,
    labelEn: rollup.period.labelEn,
    lastYearLabel: rollup.lastYearPeriod.label,
    lastYearLabelEn: rollup.lastYearPeriod.labelEn,
    files: rollup.files.length,
    counted: rollup.files.filter((f) => f.role !== 'not-counted').length,
    units: rollup.total.units,
    table: { vi: rollupTable(rollup, 'vi'), en: rollupTable(rollup, 'en') },
    declines: rollup.units.flatMap((u, i) => (u.change.counts.items.delta < 0 ? [i] : [])),
    overdue: rollup.units.flatMap((u, i) => (u.overdue > 0 ? [i] : [])),
    narrative: narrative.vi,
    narrativeEn: narrative.en,
    findings: rollup.findings,
  };
}

function done(): RollupView {
  const r = need().result;
  if (!r) throw new AppError({ vi: 'Chưa tổng hợp xong; hãy bấm "Tổng hợp" trước.', en: 'The roll-up is not finished; run it first.' }, { code: 'app.rollup-unfinished' });
  return r;
}

const base = (v: RollupView): string => `tong-hop-giao-ban_${v.rollup.period.to}`;

/** The roll-up workbook, as `giaoban rollup -o`: a new workbook with the roll-up and findings sheets. */
async function xlsx(): Promise<{ file: FileView; transfer: ArrayBuffer }> {
  const view = done();
  const plan = buildRenderPlan([], rollupOutputSheets(view));
  const buf = bytesOf(await writeXlsx(createEmptyXlsx(), plan));
  const notes = plan.sheets.map((p) => ({ vi: `Trang "${p.name}": đã tạo.`, en: `Sheet "${p.name}": created.` }));
  return { file: { name: `${base(view)}.xlsx`, mime: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', bytes: buf, notes }, transfer: buf };
}

/** The province's report, as `giaoban rollup --docx`. */
async function docx(): Promise<{ file: FileView; transfer: ArrayBuffer }> {
  const view = done();
  const buf = bytesOf(await documentToDocx(rollupReportOf(view)));
  return { file: { name: rollupReportFileName(view.rollup), mime: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', bytes: buf, notes: [] }, transfer: buf };
}

/** True for a roll-up message. */
export function isRollupRequest(req: { type: string }): req is RollupRequest {
  return req.type.startsWith('rollup');
}

/** What every roll-up message is counted with: the worker's state, as the CLI's options. */
export interface RollupContext {
  /** The extra holidays file's days (as `--holidays`). */
  holidays: readonly HolidayOverride[];
  /** Today in Vietnam (the default as-of date, as the CLI counts it). */
  today: IsoDate;
  /** The national catalogue (units' codes, old communes' successors), as the worker's sessions have it. */
  catalogue: AdminCatalogue | null;
}

/**
 * Answers one roll-up message: the value to post, and what to transfer with it.
 *
 * @param req the message
 * @param context holidays, today and the national catalogue
 */
export async function handleRollup(req: RollupRequest, context: RollupContext): Promise<{ value: unknown; transfer: ArrayBuffer[] }> {
  switch (req.type) {
    case 'rollupBegin':
      return { value: begin(req.spec, req.calendar), transfer: [] };
    case 'rollupAdd':
      return { value: await add(req.index, req.name, req.bytes, context), transfer: [] };
    case 'rollupFinish':
      return { value: finish(context.catalogue), transfer: [] };
    case 'rollupXlsx':
    case 'rollupDocx': {
      const { file, transfer } = req.type === 'rollupXlsx' ? await xlsx() : await docx();
      return { value: file, transfer: [transfer] };
    }
  }
}
