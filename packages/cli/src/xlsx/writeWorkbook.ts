/**
 * Sheet models → an .xlsx: a copy of the clerk's workbook with the product's
 * output sheets added or replaced. The clerk's sheets are never modified and the
 * clerk's file is never written; where a clerk's sheet has the output's name the
 * output goes beside it (placement is decided in the core).
 */
import ExcelJS from 'exceljs';
import { resolve } from 'node:path';
import {
  findMarker,
  placeOutputSheet,
  uniqueSheetName,
  type CellStyle,
  type CellValue,
  type ExistingSheet,
  type SheetModel,
} from '@giaoban/core';
import { FileError } from '../io.js';
import { writeOutputFile } from '../outputFile.js';
import { corruptMessage, readWorkbookBytes } from './fileCheck.js';
import { colLetters, parseRange, quoteSheetName } from './range.js';
import { patchInternalHyperlinks } from './internalLinks.js';

/**
 * A model the writer renders: a product output sheet, or a sheet of the empty template
 * (same shape as the core's `TemplateSheetModel`: no marker, created under a free name).
 */
export type WritableSheetModel = SheetModel | (Omit<SheetModel, 'kind' | 'markerCell'> & { kind: 'template'; markerCell: null });

type OrderedSheet = ExcelJS.Worksheet & { orderNo: number };

/** What happened to one model. */
export interface WrittenSheet {
  sheet: string;
  action: 'replace' | 'create';
}

/** Options of {@link writeWorkbookWithSheets}. */
export interface WriteWorkbookOptions {
  /** Called with a Vietnamese note for each feature exceljs cannot write (e.g. charts). */
  onNote?: (message: string) => void;
  /** Replace an existing output file (`--force`); never the input. */
  force?: boolean;
}

const MARKER_SCAN_PREFIX = 'giaoban:';
/** Excel's largest row height, in points. */
const MAX_ROW_HEIGHT = 409;

/**
 * Writes `models` into a copy of `inputPath` (or a new workbook when `inputPath` is null) at `outputPath`.
 * Values are written as values (a text starting with `=`, `+`, `-`, `@` stays text), with formats, merges,
 * column widths, row heights, print settings, freeze panes, tables, conditional formats, drop-down lists and internal links.
 * Charts are skipped (exceljs cannot write them) and reported through `onNote`.
 *
 * @example
 * ```ts
 * const done = await writeWorkbookWithSheets('so-theo-doi.xlsx', 'so-theo-doi-giao-ban.xlsx', [planModel]);
 * // [{ sheet: 'Lịch giao ban (2)', action: 'create' }] when the clerk already has a sheet of that name
 * ```
 */
export async function writeWorkbookWithSheets(
  inputPath: string | null,
  outputPath: string,
  models: readonly WritableSheetModel[],
  options: WriteWorkbookOptions = {},
): Promise<WrittenSheet[]> {
  refuseOverwrite(inputPath, outputPath);
  const wb = new ExcelJS.Workbook();
  if (inputPath !== null) {
    const bytes = await readWorkbookBytes(inputPath);
    try {
      await wb.xlsx.load(bytes as unknown as ArrayBuffer);
    } catch (err) {
      throw new FileError(corruptMessage(inputPath, err));
    }
  } else {
    wb.creator = 'Giao ban';
  }
  return writeModelsInto(wb, inputPath, outputPath, models, options);
}

/** Throws when the output would overwrite the clerk's workbook. */
export function refuseOverwrite(inputPath: string | null, outputPath: string): void {
  if (inputPath !== null && resolve(inputPath) === resolve(outputPath)) {
    throw new FileError(`tệp ghi ra "${outputPath}" trùng với sổ gốc; hãy chọn tên tệp khác để không ghi đè dữ liệu của cán bộ.`);
  }
}

/**
 * Places and renders `models` in a loaded workbook, then saves it to `outputPath`
 * (temporary file + rename). `knownMarkers` gives the marker of sheets already
 * scanned (by name), so a big clerk's sheet is not walked a second time.
 */
export async function writeModelsInto(
  wb: ExcelJS.Workbook,
  inputPath: string | null,
  outputPath: string,
  models: readonly WritableSheetModel[],
  options: WriteWorkbookOptions = {},
  knownMarkers?: ReadonlyMap<string, string | null>,
): Promise<WrittenSheet[]> {
  const note = options.onNote ?? (() => {});
  patchInternalHyperlinks();
  refuseOverwrite(inputPath, outputPath);

  const existing: ExistingSheet[] = wb.worksheets.map((ws) => ({
    name: ws.name,
    marker: knownMarkers?.has(ws.name) ? knownMarkers.get(ws.name)! : scanMarker(ws),
  }));
  const placed: { model: WritableSheetModel; name: string; action: 'replace' | 'create' }[] = [];
  for (const model of models) {
    const p =
      model.kind === 'template'
        ? { action: 'create' as const, name: uniqueSheetName(existing.map((s) => s.name), model.name) }
        : placeOutputSheet(existing, model);
    let orderNo: number | undefined;
    if (p.action === 'replace') {
      const old = wb.getWorksheet(p.name);
      if (old) {
        orderNo = (old as OrderedSheet).orderNo;
        wb.removeWorksheet(old.id);
      }
    } else {
      existing.push({ name: p.name, marker: model.kind === 'template' ? null : model.cells.length ? findMarker(model.cells) : null });
    }
    const ws = wb.addWorksheet(p.name);
    if (orderNo !== undefined) (ws as OrderedSheet).orderNo = orderNo;
    placed.push({ model, name: p.name, action: p.action });
  }
  // Links may point at another output of the same call, which placement may have renamed.
  const renamed = new Map(placed.map((p) => [p.model.name, p.name]));
  const tableNames = new Set(wb.worksheets.flatMap((ws) => ws.getTables().map((t) => tableName(t).toLowerCase())));
  for (const p of placed) {
    const ws = wb.getWorksheet(p.name)!;
    renderSheet(ws, p.model, { renamed, tableNames, note });
  }

  // Bytes in memory, then the safe writer (temporary file, no overwrite without --force, Vietnamese errors).
  const bytes = (await wb.xlsx.writeBuffer()) as unknown as Uint8Array; // a Node Buffer
  await writeOutputFile(outputPath, bytes, { force: !!options.force, inputs: inputPath !== null ? [inputPath] : [] });
  return placed.map((p) => ({ sheet: p.name, action: p.action }));
}

function tableName(t: unknown): string {
  const o = t as { name?: string; table?: { name?: string } };
  return o.table?.name ?? o.name ?? '';
}

function scanMarker(ws: ExcelJS.Worksheet): string | null {
  // Only text cells that start with the prefix matter; don't build a full grid of a clerk's big sheet.
  const candidates: CellValue[] = [];
  ws.eachRow({ includeEmpty: false }, (row) => {
    row.eachCell({ includeEmpty: false }, (cell) => {
      const v = cell.value;
      if (typeof v === 'string' && v.includes(MARKER_SCAN_PREFIX)) candidates.push(v);
    });
  });
  return candidates.length ? findMarker([candidates]) : null;
}

interface RenderContext {
  renamed: Map<string, string>;
  tableNames: Set<string>;
  note: (message: string) => void;
}

const argb = (hex: string): string => `FF${hex.replace('#', '').toUpperCase().padStart(6, '0').slice(-6)}`;

function renderSheet(ws: ExcelJS.Worksheet, model: WritableSheetModel, ctx: RenderContext): void {
  if (model.hidden) ws.state = 'hidden';
  model.columnWidths.forEach((w, i) => {
    if (w > 0) ws.getColumn(i + 1).width = w;
  });
  model.columnFormats?.forEach((f, i) => {
    if (f) ws.getColumn(i + 1).numFmt = f;
  });

  model.cells.forEach((row, r) => {
    if (!row) return;
    row.forEach((v, c) => {
      if (v === null || v === undefined) return;
      // A string is assigned as a plain value: exceljs writes it as text, never as a formula,
      // so "=SUM(A1)" or "-5 ngày" from a clerk's note stays exactly what it is.
      ws.getCell(r + 1, c + 1).value = typeof v === 'number' && !Number.isFinite(v) ? String(v) : v;
    });
  });

  // Wrapped text needs explicit heights: LibreOffice does not grow rows of an .xlsx on opening.
  model.rowHeights?.forEach((h, r) => {
    if (h !== null && h !== undefined && Number.isFinite(h) && h > 0) ws.getRow(r + 1).height = Math.min(h, MAX_ROW_HEIGHT);
  });

  for (const m of model.merges) {
    try {
      ws.mergeCells(m);
    } catch {
      ctx.note(`Bỏ qua vùng gộp ô chồng lấn ${m} trên trang "${ws.name}".`);
    }
  }

  for (const sr of model.styles) applyStyle(ws, sr.range, sr.style);

  if (model.freeze && (model.freeze.rows > 0 || model.freeze.cols > 0)) {
    ws.views = [
      {
        state: 'frozen',
        xSplit: model.freeze.cols,
        ySplit: model.freeze.rows,
        topLeftCell: `${colLetters(model.freeze.cols + 1)}${model.freeze.rows + 1}`,
      },
    ];
  }

  const print = model.print;
  ws.pageSetup = {
    ...ws.pageSetup,
    paperSize: 9, // A4
    orientation: print.orientation,
    fitToPage: print.fitToWidth,
    fitToWidth: 1,
    fitToHeight: 0,
    margins: { left: 0.5, right: 0.4, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
    ...(print.printArea ? { printArea: print.printArea } : {}),
    ...(print.repeatRows ? { printTitlesRow: print.repeatRows } : {}),
  };

  for (const t of model.tables ?? []) addTable(ws, model.cells, t.range, t.name, t.style, ctx);

  (model.conditionalFormats ?? []).forEach((cf, i) => {
    const style: Record<string, unknown> = {};
    if (cf.style.fill) style.fill = { type: 'pattern', pattern: 'solid', bgColor: { argb: argb(cf.style.fill) }, fgColor: { argb: argb(cf.style.fill) } };
    if (cf.style.fontColor || cf.style.bold) style.font = { ...(cf.style.fontColor ? { color: { argb: argb(cf.style.fontColor) } } : {}), ...(cf.style.bold ? { bold: true } : {}) };
    ws.addConditionalFormatting({
      ref: cf.range,
      rules: [{ type: 'expression', priority: i + 1, formulae: [cf.formula], style } as ExcelJS.ConditionalFormattingRule],
    });
  });

  for (const link of model.links ?? []) {
    const cell = ws.getCell(link.cell);
    const text = cell.value === null || cell.value === undefined ? link.target : String(cell.value);
    const sheet = ctx.renamed.get(link.sheet) ?? link.sheet;
    cell.value = { text, hyperlink: `${quoteSheetName(sheet)}!${link.target.replace(/\$/g, '')}`, tooltip: `${sheet}!${link.target}` };
    cell.font = { ...(cell.font ?? {}), color: { argb: 'FF0563C1' }, underline: true };
  }

  for (const v of model.validations ?? []) {
    const formula = v.source ?? (v.list ? `"${v.list.map((x) => x.replace(/"/g, '""')).join(',')}"` : null);
    if (!formula) continue;
    (ws as unknown as { dataValidations: { add(range: string, dv: ExcelJS.DataValidation): void } }).dataValidations.add(v.range, {
      type: 'list',
      allowBlank: true,
      formulae: [formula],
      showErrorMessage: true,
      errorStyle: 'warning',
      errorTitle: 'Giá trị ngoài danh sách',
      error: v.error ?? 'Giá trị không có trong danh sách; hãy chọn từ danh sách thả xuống.',
    });
  }

  if (model.charts?.length) {
    ctx.note(`Trang "${ws.name}": bỏ qua ${model.charts.length} biểu đồ (thư viện exceljs không ghi được biểu đồ; phần bổ trợ Excel vẽ được).`);
  }
}

function applyStyle(ws: ExcelJS.Worksheet, range: string, style: CellStyle): void {
  const r = parseRange(range);
  for (let row = r.top; row <= r.bottom; row++) {
    for (let col = r.left; col <= r.right; col++) {
      const cell = ws.getCell(row, col);
      // New objects each time: exceljs may share style objects between cells.
      if (style.bold !== undefined || style.italic !== undefined || style.fontSize !== undefined || style.fontColor !== undefined) {
        cell.font = {
          ...(cell.font ?? {}),
          ...(style.bold !== undefined ? { bold: style.bold } : {}),
          ...(style.italic !== undefined ? { italic: style.italic } : {}),
          ...(style.fontSize !== undefined ? { size: style.fontSize } : {}),
          ...(style.fontColor !== undefined ? { color: { argb: argb(style.fontColor) } } : {}),
        };
      }
      if (style.fill) cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: argb(style.fill) } };
      if (style.horizontal || style.vertical || style.wrap !== undefined) {
        cell.alignment = {
          ...(cell.alignment ?? {}),
          ...(style.horizontal ? { horizontal: style.horizontal } : {}),
          ...(style.vertical ? { vertical: style.vertical } : {}),
          ...(style.wrap !== undefined ? { wrapText: style.wrap } : {}),
        };
      }
      if (style.border) {
        const thin = { style: 'thin' as const, color: { argb: 'FF808080' } };
        cell.border = { top: thin, left: thin, bottom: thin, right: thin };
      }
      if (style.numberFormat) cell.numFmt = style.numberFormat;
    }
  }
}

function addTable(ws: ExcelJS.Worksheet, cells: CellValue[][], range: string, name: string, style: string | undefined, ctx: RenderContext): void {
  const r = parseRange(range);
  const header = cells[r.top - 1] ?? [];
  const seen = new Set<string>();
  const columns = [];
  for (let c = r.left; c <= r.right; c++) {
    // Excel needs unique, non-empty header texts.
    let h = String(header[c - 1] ?? '').trim() || `Cột ${colLetters(c)}`;
    for (let i = 2; seen.has(h.toLocaleLowerCase('vi')); i++) h = `${String(header[c - 1] ?? '').trim() || 'Cột'} ${i}`;
    seen.add(h.toLocaleLowerCase('vi'));
    columns.push({ name: h, filterButton: true });
  }
  const rows: CellValue[][] = [];
  for (let row = r.top + 1; row <= r.bottom; row++) {
    const src = cells[row - 1] ?? [];
    const out: CellValue[] = [];
    for (let c = r.left; c <= r.right; c++) out.push(src[c - 1] ?? null);
    rows.push(out);
  }
  if (rows.length === 0) rows.push(columns.map(() => null)); // Excel tables need at least one data row.
  let safe = name.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').replace(/[^A-Za-z0-9_]/g, '_');
  if (!/^[A-Za-z_]/.test(safe)) safe = `T_${safe}`;
  let unique = safe;
  for (let i = 2; ctx.tableNames.has(unique.toLowerCase()); i++) unique = `${safe}_${i}`;
  ctx.tableNames.add(unique.toLowerCase());
  // Keep the header and body styles the model set: exceljs rewrites the values, not the styles.
  ws.addTable({
    name: unique,
    ref: `${colLetters(r.left)}${r.top}`,
    headerRow: true,
    totalsRow: false,
    style: { theme: (style as ExcelJS.TableStyleProperties['theme']) ?? 'TableStyleLight9', showRowStripes: true },
    columns,
    rows: rows as ExcelJS.CellValue[][],
  });
}
