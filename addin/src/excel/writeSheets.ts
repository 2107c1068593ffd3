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
import { actionBytes, arraySetBytes, objectPathBytes } from './requestSize.js';

/** An output sheet model or a template sheet model (core). */
export type WritableModel = RenderableModel;

/**
 * Bytes of one request, as the client serialises it (see requestSize.ts): Excel on the web refuses
 * a request above 5 MB; the message that carries it escapes the body's quotes (about 15 % more),
 * so 3 MB of body stays under 4 MB on the wire.
 */
export const REQUEST_BUDGET_BYTES = 3_000_000;
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

/** A range named by address (path and Instantiate actions; untracked, so no `_KeepReference`). */
const rangeBytes = (address: string): number => objectPathBytes('GetRange', [address]);
/** A navigation property on the way to a member (`format`, `fill`, `dataValidation`…). */
const NAV = objectPathBytes('Format');
/** A property set or a call of `name` with `args`. */
const set = (name: string, ...args: unknown[]): number => actionBytes(name, args);

/**
 * Ranges the writer names are used in the batch that names them only: untracked, so `Excel.run`
 * keeps no reference to them and sends no clean-up request (one `_RemoveReference` per range).
 */
const scratch = (r: Excel.Range): Excel.Range => r.untrack();

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
      await budget.room(objectPathBytes('Add', [s.tempName]));
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
    for (const name of plan.removed) {
      await budget.room(objectPathBytes('', [name]) + set('Delete'));
      sheets.getItem(name).delete();
    }
    for (const s of plan.sheets) {
      await budget.room(objectPathBytes('', [s.tempName]) + set('Name', s.name));
      sheets.getItem(s.tempName).name = s.name;
    }
    await budget.phaseEnd();
    created.length = 0;

    // (4) what refers to final names: tables (workbook-wide names), drop-downs, visibility, the active sheet.
    for (const [i, s] of plan.sheets.entries()) await writeAfterRename(sheets.getItem(s.name), s, caps, budget, notes[i]!);
    if (options.activate !== false && plan.activeSheet) {
      await budget.room(objectPathBytes('', [plan.activeSheet]) + set('Activate'));
      sheets.getItem(plan.activeSheet).activate();
    }
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
    const address = `${columnLetter(c.index)}:${columnLetter(c.index)}`;
    await budget.room(rangeBytes(address) + set('NumberFormat', [[fmt]]));
    scratch(ws.getRange(address)).numberFormat = [[fmt]];
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
  const queue = async (end: number) => {
    if (end <= start) return;
    const range = scratch(ws.getRange(`A${start + 1}:${columnLetter(s.width)}${end}`));
    range.numberFormat = formats.slice(start, end);
    range.values = values.slice(start, end);
    io.cellsWritten += (end - start) * s.width;
    start = end;
  };
  // A band: its range, and its formats and values as the client sends two arrays (chunked past 1,500 cells).
  const bandBytes = (rows: number, valueBytes: number, formatBytes: number): number =>
    rangeBytes(`A1048576:XFD1048576`) + arraySetBytes('NumberFormat', { bytes: formatBytes, cells: rows * s.width }) + arraySetBytes('Values', { bytes: valueBytes, cells: rows * s.width });
  let valueBytes = 0;
  let formatBytes = 0;
  for (let r = 0; r < values.length; r++) {
    const v = estimateBytes([values[r]!]);
    const f = estimateBytes([formats[r]!]);
    if (r > start && bandBytes(r - start + 1, valueBytes + v, formatBytes + f) > budget.limit / 2) {
      // A band is closed when it alone would fill half the budget; the budget decides when to sync.
      await budget.room(bandBytes(r - start, valueBytes, formatBytes));
      await queue(r);
      valueBytes = formatBytes = 0;
    }
    valueBytes += v;
    formatBytes += f;
  }
  await budget.room(bandBytes(values.length - start, valueBytes, formatBytes));
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
      const address = `${columnLetter(c.index)}:${columnLetter(c.index)}`;
      const width = Math.round(c.width * POINTS_PER_CHAR);
      await budget.room(rangeBytes(address) + NAV + set('ColumnWidth', width));
      scratch(ws.getRange(address)).format.columnWidth = width;
    }
    for (const band of s.rowHeights) {
      const address = `${band.first}:${band.last}`;
      await budget.room(rangeBytes(address) + NAV + set('RowHeight', band.height));
      scratch(ws.getRange(address)).format.rowHeight = band.height;
    }
  } else if (sized) notes.skip('columnWidths');
  if (caps.merges) {
    for (const m of s.merges) {
      await budget.room(rangeBytes(m) + set('Merge', false));
      scratch(ws.getRange(m)).merge(false);
    }
  } else if (s.merges.length) notes.skip('merges');
  for (const b of s.styleBlocks) {
    const style = plan.styles[b.style]!;
    await budget.room(rangeBytes(b.range) + styleBytes(style));
    applyStyle(scratch(ws.getRange(b.range)).format, style);
  }
  if (s.freeze) {
    if (caps.freezePanes) {
      await budget.room(NAV + set('FreezeAt', `A1:${columnLetter(s.freeze.cols || 1)}${s.freeze.rows || 1}`));
      const { rows, cols } = s.freeze;
      if (rows && cols) ws.freezePanes.freezeAt(`A1:${columnLetter(cols)}${rows}`);
      else if (rows) ws.freezePanes.freezeRows(rows);
      else ws.freezePanes.freezeColumns(cols);
    } else notes.skip('freezePanes');
  }
  if (caps.pageLayout) {
    await budget.room(NAV + 10 * set('PaperSize', 'Portrait') + set('Zoom', { horizontalFitToPages: 1, verticalFitToPages: 0 }) + set('SetPrintArea', s.print.printArea ?? '') + set('SetPrintTitleRows', '$1:$1'));
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
        await budget.room(rangeBytes(cf.range) + 6 * NAV + objectPathBytes('Add', ['Custom']) + set('Formula', `=${cf.formula}`) + 4 * set('Priority', cf.style.fill ?? '#FFFFFF'));
        const c = scratch(ws.getRange(cf.range)).conditionalFormats.add('Custom');
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
        // A range per link is what Office.js offers (RangeAreas has no hyperlink); untracked, each costs its path and the set.
        await budget.room(rangeBytes(l.cell) + set('Hyperlink', link));
        scratch(ws.getRange(l.cell)).hyperlink = link;
      }
    } else notes.skip('hyperlinks');
  }
  for (const c of s.charts) {
    await budget.room(rangeBytes('A1048576:XFD1048576') + 3 * NAV + objectPathBytes('Add', ['ColumnClustered', 1_234_567, 'Auto']) + set('Text', c.title) + set('SetPosition', c.anchorCell));
    const type = ({ column: 'ColumnClustered', bar: 'BarClustered', pie: 'Pie', line: 'Line' } as const)[c.type];
    const last = c.series[c.series.length - 1]?.ref ?? c.categories.ref;
    const from = parseBox(localPart(c.categories.ref));
    const to = parseBox(localPart(last));
    const src = scratch(ws.getRange(`${columnLetter(from.col)}${from.row}:${columnLetter(to.col + to.cols - 1)}${to.row + to.rows - 1}`));
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

/** A style block's sets: each a navigation path (font, fill, a border edge) and the set. */
function styleBytes(style: RenderStyle): number {
  let n = 0;
  for (const v of [style.bold, style.italic, style.underline, style.fontSize, style.fontColor, style.fill, style.horizontal, style.vertical, style.wrap]) if (v) n += 2 * NAV + set('HorizontalAlignment', v);
  if (style.border) n += BORDER_EDGES.length * (3 * NAV + set('Style', 'Continuous'));
  return n;
}

/** Tables, drop-downs and visibility: after the rename, on the final names the plan chose. */
async function writeAfterRename(ws: Excel.Worksheet, s: PlannedSheet, caps: Capabilities, budget: Budget, notes: FeatureNotes): Promise<void> {
  for (const t of s.tables) {
    await budget.room(NAV + objectPathBytes('Add', [`${sheetRef(s.name)}!${t.range}`, true]) + set('Name', t.name) + set('Style', t.style));
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
        await budget.room(rangeBytes(v.range) + NAV + set('IgnoreBlanks', v.allowBlank) + set('Rule', rule) + set('ErrorAlert', alert));
        const dv = scratch(ws.getRange(v.range)).dataValidation;
        dv.ignoreBlanks = v.allowBlank;
        dv.rule = rule;
        dv.errorAlert = alert;
      }
    } else notes.skip('dataValidation');
  }
  if (s.hidden) {
    if (caps.sheetVisibility) {
      await budget.room(set('Visibility', 'Hidden'));
      ws.visibility = 'Hidden';
    } else notes.skip('sheetVisibility');
  }
}
