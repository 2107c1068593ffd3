/// <reference types="office-js" />
/**
 * Renders core sheet models into the workbook.
 * Safe by construction: each model is written to a temporary sheet first;
 * only when all of it is written is the previous output deleted and the new
 * sheet renamed into place. A clerk's sheet is never replaced: placement
 * (core `placeOutputSheet`) sends the output beside it.
 */
import { placeOutputSheet, uniqueSheetName, type ExistingSheet, type SheetModel } from '@giaoban/core';

/** An output sheet model, or a template sheet (kind 'template', no marker: it becomes the clerk's). */
export type WritableModel = Omit<SheetModel, 'kind' | 'markerCell'> & { kind: SheetModel['kind'] | 'template'; markerCell: string | null };
import type { Capabilities } from './host.js';
import { boxA1, columnName, sheetRef } from './addresses.js';
import { estimateBytes, emptyIo, type IoReport } from './readSheets.js';
import { numberFormatMatrix, rectangularValues } from './textSafety.js';

/** Stay well under Excel on the web's 5 MB request limit. */
export const REQUEST_BUDGET_BYTES = 3_500_000;

export interface WrittenSheet {
  sheet: string;
  action: 'replace' | 'create';
  /** A1 range of the values written. */
  range: string;
  /** What was skipped on this host, in Vietnamese and English. */
  notes: { vi: string; en: string }[];
}

export interface WriteOptions {
  requestBudgetBytes?: number;
  /** Sheet to show when done (default: the first model's). */
  activate?: boolean;
}

/**
 * Writes sheet models; returns where each went.
 *
 * @example
 * ```ts
 * const written = await host.run((ctx) => writeSheetModels(ctx, host.capabilities, existing, [planModel]));
 * written.sheets[0]; // { sheet: 'Lịch giao ban', action: 'create', range: 'A1:J30', notes: [] }
 * ```
 */
export async function writeSheetModels(
  ctx: Excel.RequestContext,
  caps: Capabilities,
  existing: readonly ExistingSheet[],
  models: readonly WritableModel[],
  options: WriteOptions = {},
  io: IoReport = emptyIo(),
): Promise<{ sheets: WrittenSheet[]; io: IoReport }> {
  const budget = options.requestBudgetBytes ?? REQUEST_BUDGET_BYTES;
  const taken = existing.map((s) => s.name);
  const plans = models.map((model) => {
    const place = placeOutputSheet(existing, model as Pick<SheetModel, 'name' | 'kind'>);
    taken.push(place.name);
    const temp = uniqueSheetName(taken, `GB tam ${model.kind}`);
    taken.push(temp);
    return { model, place, temp };
  });
  const sheetsApi = ctx.workbook.worksheets;
  const created: string[] = [];
  const results: WrittenSheet[] = [];
  try {
    let pendingBytes = 0;
    let firstBatch = true;
    const flush = async () => {
      io.largestRequestEstimate = Math.max(io.largestRequestEstimate, pendingBytes);
      await ctx.sync();
      io.syncs++;
      if (!firstBatch) io.chunkSyncs++;
      firstBatch = false;
      pendingBytes = 0;
    };

    // Values and number formats, in row bands that keep each request under budget.
    for (const { model, temp } of plans) {
      const ws = sheetsApi.add(temp);
      created.push(temp);
      const width = modelWidth(model);
      const values = rectangularValues(model.cells, width);
      const formats = numberFormatMatrix(model, width);
      // Row bands: a band is queued when the next row would push the request over budget.
      let bandStart = 0;
      let bandBytes = 0;
      const queueBand = (endRow: number) => {
        if (endRow <= bandStart) return;
        const range = ws.getRange(boxA1(bandStart + 1, 1, endRow - bandStart, width));
        range.numberFormat = formats.slice(bandStart, endRow); // text format first, so "=1+1" stays text
        range.values = values.slice(bandStart, endRow);
        io.cellsWritten += (endRow - bandStart) * width;
        pendingBytes += bandBytes + 200;
        bandStart = endRow;
        bandBytes = 0;
      };
      for (let r = 0; r < values.length; r++) {
        const rowBytes = estimateBytes([values[r]!]) + estimateBytes([formats[r]!]);
        if (pendingBytes + bandBytes + rowBytes > budget && (r > bandStart || pendingBytes > 0)) {
          queueBand(r);
          await flush();
        }
        bandBytes += rowBytes;
      }
      queueBand(values.length);
    }
    await flush();

    // Formats, merges, widths, print settings: one batch for all models.
    for (const { model, place, temp } of plans) {
      const ws = sheetsApi.getItem(temp);
      const notes = renderFormats(ws, model, caps);
      const width = modelWidth(model);
      results.push({ sheet: place.name, action: place.action, range: boxA1(1, 1, Math.max(1, model.cells.length), width), notes });
    }
    await ctx.sync();
    io.syncs++;

    // Swap: drop the previous output, rename the new sheet into place, then tables (names are workbook-wide).
    for (const { place, temp } of plans) {
      if (place.action === 'replace') sheetsApi.getItem(place.name).delete();
      sheetsApi.getItem(temp).name = place.name;
    }
    created.length = 0;
    plans.forEach(({ model, place }) => {
      const ws = sheetsApi.getItem(place.name);
      for (const t of model.tables ?? []) {
        const table = ws.tables.add(`${sheetRef(place.name)}!${t.range}`, true);
        table.name = t.name;
        if (t.style) table.style = t.style;
      }
    });
    if (options.activate !== false && plans[0]) sheetsApi.getItem(plans[0].place.name).activate();
    await ctx.sync();
    io.syncs++;
    return { sheets: results, io };
  } catch (err) {
    // Leave the workbook as it was: remove the half-written temporary sheets.
    if (created.length) {
      try {
        for (const t of created) sheetsApi.getItem(t).delete();
        await ctx.sync();
      } catch {
        /* the original error matters more */
      }
    }
    throw err;
  }
}

const POINTS_PER_CHAR = 5.6;
const BORDER_EDGES = ['EdgeTop', 'EdgeBottom', 'EdgeLeft', 'EdgeRight', 'InsideVertical', 'InsideHorizontal'] as const;

/** Queues formatting of one model; returns notes for what this host cannot do. */
function renderFormats(ws: Excel.Worksheet, model: WritableModel, caps: Capabilities): { vi: string; en: string }[] {
  const notes: { vi: string; en: string }[] = [];
  model.columnWidths.forEach((w, i) => {
    const col = columnName(i + 1);
    ws.getRange(`${col}:${col}`).format.columnWidth = Math.round(w * POINTS_PER_CHAR);
  });
  for (const m of model.merges) ws.getRange(m).merge(false);
  for (const band of rowHeightBands(model.rowHeights)) {
    ws.getRange(`${band.first}:${band.last}`).format.rowHeight = band.height;
  }
  for (const { range, style } of model.styles) {
    const f = ws.getRange(range).format;
    if (style.bold !== undefined) f.font.bold = style.bold;
    if (style.italic !== undefined) f.font.italic = style.italic;
    if (style.fontSize !== undefined) f.font.size = style.fontSize;
    if (style.fontColor) f.font.color = style.fontColor;
    if (style.fill) f.fill.color = style.fill;
    if (style.horizontal) f.horizontalAlignment = ({ left: 'Left', center: 'Center', right: 'Right' } as const)[style.horizontal];
    if (style.vertical) f.verticalAlignment = ({ top: 'Top', middle: 'Center', bottom: 'Bottom' } as const)[style.vertical];
    if (style.wrap !== undefined) f.wrapText = style.wrap;
    if (style.border) for (const e of BORDER_EDGES) f.borders.getItem(e).style = 'Continuous';
  }
  if (model.freeze && (model.freeze.rows || model.freeze.cols)) {
    if (caps.freezePanes) {
      if (model.freeze.rows) ws.freezePanes.freezeRows(model.freeze.rows);
      if (model.freeze.cols) ws.freezePanes.freezeColumns(model.freeze.cols);
    } else notes.push({ vi: 'Không cố định dòng tiêu đề (cần Excel API 1.7).', en: 'Header rows not frozen (needs ExcelApi 1.7).' });
  }
  if (caps.pageLayout) {
    const p = ws.pageLayout;
    p.orientation = model.print.orientation === 'landscape' ? 'Landscape' : 'Portrait';
    p.paperSize = 'A4';
    if (model.print.fitToWidth) p.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
    if (model.print.repeatRows) p.setPrintTitleRows(`$${model.print.repeatRows.replace(/:/, ':$')}`);
    if (model.print.printArea) p.setPrintArea(model.print.printArea);
  } else notes.push({ vi: 'Không đặt trang in A4 (cần Excel API 1.9); hãy chọn khổ giấy khi in.', en: 'Print settings skipped (needs ExcelApi 1.9); choose A4 when printing.' });
  if (model.conditionalFormats?.length) {
    if (caps.conditionalFormats) {
      for (const cf of model.conditionalFormats) {
        const c = ws.getRange(cf.range).conditionalFormats.add('Custom');
        c.custom.rule.formula = `=${cf.formula}`;
        if (cf.style.fill) c.custom.format.fill.color = cf.style.fill;
        if (cf.style.fontColor) c.custom.format.font.color = cf.style.fontColor;
        if (cf.style.bold !== undefined) c.custom.format.font.bold = cf.style.bold;
      }
    } else notes.push({ vi: 'Bỏ qua định dạng có điều kiện (cần Excel API 1.6).', en: 'Conditional formats skipped (needs ExcelApi 1.6).' });
  }
  if (model.links?.length) {
    if (caps.hyperlinks) {
      for (const l of model.links) {
        ws.getRange(l.cell).hyperlink = { documentReference: `${sheetRef(l.sheet)}!${l.target}`, screenTip: `${l.sheet}!${l.target}` };
      }
    } else notes.push({ vi: 'Không tạo liên kết tới ô (cần Excel API 1.7); dùng cột Ô để tìm.', en: 'Cell links skipped (needs ExcelApi 1.7); use the Cell column.' });
  }
  if (model.charts?.length) {
    if (caps.charts) {
      for (const c of model.charts) {
        const type = ({ column: 'ColumnClustered', bar: 'BarClustered', pie: 'Pie', line: 'Line' } as const)[c.type];
        const src = ws.getRange(`${firstCell(c.categories)}:${lastCell(c.series[c.series.length - 1]?.values ?? c.categories)}`);
        const chart = ws.charts.add(type, src, 'Auto');
        chart.title.text = c.title;
        chart.setPosition(c.anchor.cell);
      }
    } else notes.push({ vi: 'Bỏ qua biểu đồ.', en: 'Charts skipped.' });
  }
  if (model.validations?.length) {
    if (caps.dataValidation) {
      for (const v of model.validations) {
        const source = v.source ? `=${v.source}` : (v.list ?? []).join(',');
        const dv = ws.getRange(v.range).dataValidation;
        dv.rule = { list: { inCellDropDown: true, source } };
        if (v.error) dv.errorAlert = { showAlert: true, style: 'Stop', title: 'Giao ban', message: v.error };
      }
    } else notes.push({ vi: 'Không thêm danh sách chọn (cần Excel API 1.8).', en: 'Drop-down lists skipped (needs ExcelApi 1.8).' });
  }
  if (model.hidden) ws.visibility = 'Hidden';
  return notes;
}

/** Excel's largest row height, in points. */
const MAX_ROW_HEIGHT = 409;

/**
 * Runs of consecutive rows sharing a height (1-based rows), so a sheet of
 * equal-height rows costs one request instead of one per row.
 *
 * @example
 * ```ts
 * rowHeightBands([null, 30, 30, 15]); // [{ first: 2, last: 3, height: 30 }, { first: 4, last: 4, height: 15 }]
 * ```
 */
export function rowHeightBands(heights: readonly (number | null | undefined)[] | undefined): { first: number; last: number; height: number }[] {
  const bands: { first: number; last: number; height: number }[] = [];
  if (!heights) return bands;
  for (let r = 0; r < heights.length; r++) {
    const h = heights[r];
    if (h === null || h === undefined || !Number.isFinite(h) || h <= 0) continue;
    const height = Math.min(h, MAX_ROW_HEIGHT);
    const last = bands[bands.length - 1];
    if (last && last.last === r && last.height === height) last.last = r + 1;
    else bands.push({ first: r + 1, last: r + 1, height });
  }
  return bands;
}

const firstCell = (a1: string) => a1.split(':')[0]!;
const lastCell = (a1: string) => a1.split(':').pop()!;

function modelWidth(model: WritableModel): number {
  let w = 1;
  for (const r of model.cells) if (r.length > w) w = r.length;
  return w;
}
