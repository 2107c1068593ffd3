/// <reference types="office-js" />
/**
 * Translates the core's render plan into Office.js calls, deciding nothing:
 * names, temporary names, link targets, table names, drop-down sources,
 * styles and row-height bands all come from `buildRenderPlan`. What this
 * module adds is Office.js mechanics: requests kept under the payload budget,
 * members gated by the host's ExcelApi version (with a note when skipped),
 * and the swap (write under the temporary name, then delete and rename) so a
 * failure leaves the previous output as it was.
 */
import {
  buildRenderPlan,
  isDateNumberFormat,
  type ExistingSheetInfo,
  type PlannedSheet,
  type RenderableModel,
  type RenderPlan,
  type RenderStyle,
} from '@giaoban/core';
import type { Capabilities } from './host.js';
import { columnLetter, sheetRef } from '@giaoban/core';
import { parseBox } from './addresses.js';
import { estimateBytes, emptyIo, type IoReport } from './readSheets.js';
import { FeatureNotes, type Note } from './notes.js';

/** An output sheet model or a template sheet model (core). */
export type WritableModel = RenderableModel;

/** Stay well under Excel on the web's 5 MB request limit (the wire format is larger than our estimate). */
export const REQUEST_BUDGET_BYTES = 3_500_000;
/** Serial days between the 1900 and the 1904 date systems. */
const DAYS_1900_TO_1904 = 1462;
/** Excel column width units are characters; Office.js takes points. */
const POINTS_PER_CHAR = 5.6;
const BORDER_EDGES = ['EdgeTop', 'EdgeBottom', 'EdgeLeft', 'EdgeRight', 'InsideVertical', 'InsideHorizontal'] as const;

export interface WrittenSheet {
  sheet: string;
  action: 'replace' | 'create';
  /** A1 range of the values written. */
  range: string;
  /** What was skipped on this host or changed by the plan, in Vietnamese and English. */
  notes: Note[];
}

export interface WriteOptions {
  requestBudgetBytes?: number;
  /** Show the plan's active sheet when done (default true). */
  activate?: boolean;
  /** The workbook uses the 1904 date system: date cells are shifted on write. */
  date1904?: boolean;
}

/**
 * Queues operations and syncs whenever the next one would take the request
 * over the budget. `phaseEnd` syncs once per phase (a fixed sync); the syncs in
 * between exist only for the payload limit and are counted as chunks.
 */
class Budget {
  private bytes = 0;
  constructor(private readonly ctx: Excel.RequestContext, private readonly io: IoReport, readonly limit: number) {}
  /** Call before queueing an operation of about `bytes`. */
  async room(bytes: number): Promise<void> {
    if (this.bytes > 0 && this.bytes + bytes > this.limit) {
      await this.sync();
      this.io.chunkSyncs++;
    }
    this.bytes += bytes;
  }
  async phaseEnd(): Promise<void> {
    await this.sync();
  }
  private async sync(): Promise<void> {
    this.io.largestRequestEstimate = Math.max(this.io.largestRequestEstimate, this.bytes);
    await this.ctx.sync();
    this.io.syncs++;
    this.bytes = 0;
  }
}

/** Rough request size of one operation (path, ids and the JSON of its value). */
const OP = 200;
const opBytes = (v: unknown): number => OP + (typeof v === 'string' ? v.length * 3 : JSON.stringify(v ?? null).length);

/**
 * Writes sheet models through the core's render plan; returns where each went.
 *
 * @example
 * ```ts
 * const written = await host.run((ctx) => writeSheetModels(ctx, host.capabilities, existing, [planModel]));
 * written.sheets[0]; // { sheet: 'Lịch giao ban', action: 'create', range: 'A1:J30', notes: [] }
 * ```
 * @throws the host's error when a write fails; the temporary sheets are removed first
 */
export async function writeSheetModels(
  ctx: Excel.RequestContext,
  caps: Capabilities,
  existing: readonly ExistingSheetInfo[],
  models: readonly WritableModel[],
  options: WriteOptions = {},
  io: IoReport = emptyIo(),
): Promise<{ sheets: WrittenSheet[]; io: IoReport }> {
  const plan = buildRenderPlan(existing, models);
  const budget = new Budget(ctx, io, options.requestBudgetBytes ?? REQUEST_BUDGET_BYTES);
  const sheets = ctx.workbook.worksheets;
  const created: string[] = [];
  const notes = plan.sheets.map((s) => new FeatureNotes(s.notes));
  try {
    // (1) values and number formats under the temporary names, in row bands under the budget.
    for (const s of plan.sheets) {
      await budget.room(OP);
      const ws = sheets.add(s.tempName);
      created.push(s.tempName);
      await writeColumnFormats(ws, s, plan, budget);
      await writeValues(ws, s, plan, budget, io, options.date1904 === true);
    }
    await budget.phaseEnd();

    // (2) layout and formats of the temporary sheets.
    for (const [i, s] of plan.sheets.entries()) await writeFormats(sheets.getItem(s.tempName), s, plan, caps, budget, notes[i]!);
    await budget.phaseEnd();

    // (3) the swap: drop what is replaced, rename the new sheets into place.
    for (const name of plan.removed) sheets.getItem(name).delete();
    for (const s of plan.sheets) sheets.getItem(s.tempName).name = s.name;
    await budget.phaseEnd();
    created.length = 0;

    // (4) what refers to final names: tables (workbook-wide names), drop-downs, visibility, the active sheet.
    for (const [i, s] of plan.sheets.entries()) await writeAfterRename(sheets.getItem(s.name), s, caps, budget, notes[i]!);
    if (options.activate !== false && plan.activeSheet) sheets.getItem(plan.activeSheet).activate();
    await budget.phaseEnd();
  } catch (err) {
    // Leave the workbook as it was: remove the half-written temporary sheets.
    if (created.length) {
      try {
        for (const t of created) sheets.getItem(t).delete();
        await ctx.sync();
      } catch {
        /* the original error matters more */
      }
    }
    throw err;
  }
  return {
    sheets: plan.sheets.map((s, i) => ({ sheet: s.name, action: s.action, range: `A1:${columnLetter(s.width)}${s.height}`, notes: notes[i]!.list() })),
    io,
  };
}

/** Whole-column number formats (the clerk's new rows in a template column get its format). */
async function writeColumnFormats(ws: Excel.Worksheet, s: PlannedSheet, plan: RenderPlan, budget: Budget): Promise<void> {
  for (const c of s.columns) {
    const fmt = plan.styles[c.style]?.numberFormat;
    if (!fmt) continue;
    await budget.room(opBytes(fmt));
    ws.getRange(`${columnLetter(c.index)}:${columnLetter(c.index)}`).numberFormat = [[fmt]];
  }
}

/** Values with each cell's number format ("@" for every string, so "=1+1" stays text), in row bands. */
async function writeValues(ws: Excel.Worksheet, s: PlannedSheet, plan: RenderPlan, budget: Budget, io: IoReport, date1904: boolean): Promise<void> {
  const formats = formatMatrix(s, plan);
  const values: (string | number | boolean)[][] = [];
  for (let r = 0; r < s.height; r++) {
    const row = s.cells[r] ?? [];
    const line: (string | number | boolean)[] = [];
    for (let c = 0; c < s.width; c++) {
      const v = row[c];
      if (typeof v === 'string') formats[r]![c] = '@';
      // The plan holds 1900-system serials; a 1904 workbook counts from 1904-01-01.
      line.push(v === null || v === undefined ? '' : date1904 && typeof v === 'number' && isDateNumberFormat(formats[r]![c]) ? v - DAYS_1900_TO_1904 : v);
    }
    values.push(line);
  }
  let start = 0;
  let bytes = 0;
  const queue = async (end: number) => {
    if (end <= start) return;
    const range = ws.getRange(`A${start + 1}:${columnLetter(s.width)}${end}`);
    range.numberFormat = formats.slice(start, end);
    range.values = values.slice(start, end);
    io.cellsWritten += (end - start) * s.width;
    start = end;
    bytes = 0;
  };
  for (let r = 0; r < values.length; r++) {
    const rowBytes = estimateBytes([values[r]!]) + estimateBytes([formats[r]!]);
    if (bytes + rowBytes + OP > budget.limit / 2 && r > start) {
      // A band is closed when it alone would fill half the budget; the budget decides when to sync.
      await budget.room(bytes + OP);
      await queue(r);
    }
    bytes += rowBytes;
  }
  await budget.room(bytes + OP);
  await queue(values.length);
}

/** Number format of every written cell: the column default, then the style blocks. */
function formatMatrix(s: PlannedSheet, plan: RenderPlan): string[][] {
  const base = Array.from({ length: s.width }, () => 'General');
  for (const c of s.columns) if (c.index <= s.width) base[c.index - 1] = plan.styles[c.style]?.numberFormat ?? 'General';
  const out = Array.from({ length: s.height }, () => base.slice());
  for (const b of s.styleBlocks) {
    const fmt = plan.styles[b.style]?.numberFormat ?? 'General';
    for (let r = b.top; r <= Math.min(b.bottom, s.height); r++) for (let c = b.left; c <= Math.min(b.right, s.width); c++) out[r - 1]![c - 1] = fmt;
  }
  return out;
}

/** Column widths, row heights, merges, cell styles, freeze panes, print setup, conditional formats, links, charts. */
async function writeFormats(ws: Excel.Worksheet, s: PlannedSheet, plan: RenderPlan, caps: Capabilities, budget: Budget, notes: FeatureNotes): Promise<void> {
  const sized = s.columns.some((c) => c.width !== null) || s.rowHeights.length > 0;
  if (caps.columnWidths) {
    for (const c of s.columns) {
      if (c.width === null) continue;
      await budget.room(OP);
      ws.getRange(`${columnLetter(c.index)}:${columnLetter(c.index)}`).format.columnWidth = Math.round(c.width * POINTS_PER_CHAR);
    }
    for (const band of s.rowHeights) {
      await budget.room(OP);
      ws.getRange(`${band.first}:${band.last}`).format.rowHeight = band.height;
    }
  } else if (sized) notes.skip('columnWidths');
  if (caps.merges) {
    for (const m of s.merges) {
      await budget.room(OP);
      ws.getRange(m).merge(false);
    }
  } else if (s.merges.length) notes.skip('merges');
  for (const b of s.styleBlocks) {
    const style = plan.styles[b.style]!;
    await budget.room(OP * 8);
    applyStyle(ws.getRange(b.range).format, style);
  }
  if (s.freeze) {
    if (caps.freezePanes) {
      await budget.room(OP);
      const { rows, cols } = s.freeze;
      if (rows && cols) ws.freezePanes.freezeAt(`A1:${columnLetter(cols)}${rows}`);
      else if (rows) ws.freezePanes.freezeRows(rows);
      else ws.freezePanes.freezeColumns(cols);
    } else notes.skip('freezePanes');
  }
  if (caps.pageLayout) {
    await budget.room(OP * 10);
    const p = ws.pageLayout;
    p.orientation = s.print.orientation === 'landscape' ? 'Landscape' : 'Portrait';
    p.paperSize = 'A4';
    if (s.print.fitToWidth) p.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
    const inch = 72;
    p.leftMargin = s.print.margins.left * inch;
    p.rightMargin = s.print.margins.right * inch;
    p.topMargin = s.print.margins.top * inch;
    p.bottomMargin = s.print.margins.bottom * inch;
    if (s.print.repeatRows) p.setPrintTitleRows(`$${s.print.repeatRows.first}:$${s.print.repeatRows.last}`);
    if (s.print.printArea) p.setPrintArea(s.print.printArea);
  } else notes.skip('pageLayout');
  if (s.conditionalFormats.length) {
    if (caps.conditionalFormats) {
      for (const cf of s.conditionalFormats) {
        await budget.room(OP * 6 + opBytes(cf.formula));
        const c = ws.getRange(cf.range).conditionalFormats.add('Custom');
        c.priority = cf.priority - 1;
        c.custom.rule.formula = `=${cf.formula}`;
        if (cf.style.fill) c.custom.format.fill.color = cf.style.fill;
        if (cf.style.fontColor) c.custom.format.font.color = cf.style.fontColor;
        if (cf.style.bold !== null) c.custom.format.font.bold = cf.style.bold;
      }
    } else notes.skip('conditionalFormats');
  }
  if (s.links.length) {
    if (caps.hyperlinks) {
      for (const l of s.links) {
        const link: Excel.RangeHyperlink = { documentReference: l.location, screenTip: l.tooltip, textToDisplay: l.display };
        await budget.room(opBytes(link));
        ws.getRange(l.cell).hyperlink = link;
      }
    } else notes.skip('hyperlinks');
  }
  for (const c of s.charts) {
    await budget.room(OP * 4 + opBytes(c.title));
    const type = ({ column: 'ColumnClustered', bar: 'BarClustered', pie: 'Pie', line: 'Line' } as const)[c.type];
    const last = c.series[c.series.length - 1]?.ref ?? c.categories.ref;
    const from = parseBox(localPart(c.categories.ref));
    const to = parseBox(localPart(last));
    const src = ws.getRange(`${columnLetter(from.col)}${from.row}:${columnLetter(to.col + to.cols - 1)}${to.row + to.rows - 1}`);
    const chart = ws.charts.add(type, src, 'Auto');
    chart.title.text = c.title;
    chart.setPosition(c.anchorCell);
  }
}

const localPart = (ref: string): string => ref.slice(ref.lastIndexOf('!') + 1).replace(/\$/g, '');

function applyStyle(f: Excel.RangeFormat, style: RenderStyle): void {
  if (style.bold) f.font.bold = true;
  if (style.italic) f.font.italic = true;
  if (style.underline) f.font.underline = 'Single';
  if (style.fontSize !== null) f.font.size = style.fontSize;
  if (style.fontColor) f.font.color = style.fontColor;
  if (style.fill) f.fill.color = style.fill;
  if (style.horizontal) f.horizontalAlignment = ({ left: 'Left', center: 'Center', right: 'Right' } as const)[style.horizontal];
  if (style.vertical) f.verticalAlignment = ({ top: 'Top', middle: 'Center', bottom: 'Bottom' } as const)[style.vertical];
  if (style.wrap) f.wrapText = true;
  if (style.border) for (const e of BORDER_EDGES) f.borders.getItem(e).style = 'Continuous';
}

/** Tables, drop-downs and visibility: after the rename, on the final names the plan chose. */
async function writeAfterRename(ws: Excel.Worksheet, s: PlannedSheet, caps: Capabilities, budget: Budget, notes: FeatureNotes): Promise<void> {
  for (const t of s.tables) {
    await budget.room(OP * 3);
    const table = ws.tables.add(`${sheetRef(s.name)}!${t.range}`, true);
    table.name = t.name;
    table.style = t.style;
  }
  if (s.validations.length) {
    if (caps.dataValidation) {
      for (const v of s.validations) {
        // Typed literals, so the requirement-set test sees their keys.
        const rule: Excel.DataValidationRule = { list: { inCellDropDown: true, source: v.source ? `=${v.source}` : (v.list ?? []).join(',') } };
        const alert: Excel.DataValidationErrorAlert = { showAlert: true, style: 'Stop', title: v.errorTitle, message: v.error };
        await budget.room(opBytes(rule) + opBytes(alert));
        const dv = ws.getRange(v.range).dataValidation;
        dv.ignoreBlanks = v.allowBlank;
        dv.rule = rule;
        dv.errorAlert = alert;
      }
    } else notes.skip('dataValidation');
  }
  if (s.hidden) {
    if (caps.sheetVisibility) {
      await budget.room(OP);
      ws.visibility = 'Hidden';
    } else notes.skip('sheetVisibility');
  }
}
