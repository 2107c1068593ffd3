/**
 * Sheet models + the workbook's existing sheets → one render plan.
 * Every choice a writer could make differently is made here: placement and
 * temporary names, final link targets, unique table names and columns,
 * drop-down sources and error style, styles, row heights, merges, charts.
 */
import type { CellValue } from '../../workbook/grid.js';
import { CORE_TEXTS } from '../../data/texts.js';
import { bothTexts, textIn, type BiText } from '../../text/texts.js';
import { columnLetter, parseA1, parseA1Range, sheetRef, type A1Range } from '../../workbook/a1.js';
import { findMarker, placeOutputSheet, uniqueSheetName, type ExistingSheet } from '../placement.js';
import { markerFor, type SheetModel } from '../model.js';
import type { TemplateSheetModel } from '../template.js';
import { resolveStyleBlocks, normalizeColor, StyleRegistry } from './styles.js';
import type {
  ExistingSheetInfo,
  PlannedChart,
  PlannedConditionalFormat,
  PlannedLink,
  PlannedPrint,
  PlannedSheet,
  PlannedTable,
  PlannedValidation,
  RenderPlan,
  RowHeightBand,
  ValidationErrorStyle,
} from './types.js';

/** A model the planner accepts: a product output sheet or a sheet of the empty template. */
export type RenderableModel = SheetModel | TemplateSheetModel;

/**
 * Error alert of every drop-down: "stop". The lists (x/có, communes, leaders) are closed
 * sets the core reads back; a value outside them would only turn into a finding later.
 */
export const VALIDATION_ERROR_STYLE: ValidationErrorStyle = 'stop';
const VALIDATION_ERROR_TITLE = 'Giá trị ngoài danh sách';
const VALIDATION_DEFAULT_ERROR = 'Giá trị không có trong danh sách; hãy chọn từ danh sách thả xuống.';

/** Excel's largest row height, in points. */
export const MAX_ROW_HEIGHT = 409;
/** Excel's limit on an inline drop-down list (`"a,b,c"`), in characters. */
const MAX_INLINE_LIST = 255;
const TABLE_STYLE = 'TableStyleLight9';
const MARGINS = { left: 0.5, right: 0.4, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 };

/**
 * Plans writing `models` into a workbook that holds `existing` sheets.
 *
 * @param existing the workbook's sheets in tab order, with their markers and tables
 * @param models output sheets (placed by marker) and template sheets (always created under a free name)
 * @returns one plan that every writer translates without further decisions
 * @throws RangeError when a model holds an invalid A1 range
 * @example
 * ```ts
 * const plan = buildRenderPlan([{ name: 'Sổ', marker: null }], [summaryModel]);
 * plan.sheets[0]; // { action: 'create', name: 'Tổng hợp', tables: [{ name: 'GiaoBan_TheoThang', … }], … }
 * ```
 */
export function buildRenderPlan(existing: readonly ExistingSheetInfo[], models: readonly RenderableModel[]): RenderPlan {
  const registry = new StyleRegistry();
  const placements = placeAll(existing, models);
  const renamed = new Map<string, string>();
  for (const p of placements) if (!renamed.has(p.model.name)) renamed.set(p.model.name, p.name);
  const removed = placements.flatMap((p) => (p.replaces ? [p.replaces] : []));
  const removedKeys = new Set(removed.map(nameKey));
  const tableNames = new Set<string>();
  for (const s of existing) if (!removedKeys.has(nameKey(s.name))) for (const t of s.tables ?? []) tableNames.add(t.toLowerCase());

  const sheets = placements.map((p): PlannedSheet => {
    const model = p.model;
    const notes: BiText[] = [];
    const cells = model.cells.map((row) => (row ?? []).map(cleanValue));
    const tables = (model.tables ?? []).map((t) => planTable(t, cells, tableNames, notes));
    const links = (model.links ?? []).map((l) => planLink(l, cells, renamed));
    const styled = resolveStyleBlocks(model, links.map((l) => l.cell), registry, notes);
    const height = Math.max(styled.height, cells.length, ...tables.map((t) => t.bottom));
    return {
      kind: model.kind,
      action: p.action,
      name: p.name,
      tempName: p.tempName,
      replaces: p.replaces,
      marker: model.kind === 'template' ? null : markerFor(model.kind),
      markerCell: model.markerCell,
      hidden: Boolean(model.hidden),
      cells,
      height,
      width: styled.width,
      columns: styled.columns,
      rowHeights: rowHeightBands(model.rowHeights),
      merges: withoutOverlaps(model.merges, tables, notes),
      styleBlocks: styled.blocks,
      freeze: planFreeze(model.freeze),
      print: planPrint(model.print, p.name),
      tables,
      validations: (model.validations ?? []).flatMap((v) => planValidation(v, renamed, notes)),
      conditionalFormats: (model.conditionalFormats ?? []).map(
        (cf, i): PlannedConditionalFormat => ({
          range: cf.range,
          formula: cf.formula.replace(/^=/, ''),
          priority: i + 1,
          style: { fill: normalizeColor(cf.style.fill), fontColor: normalizeColor(cf.style.fontColor), bold: cf.style.bold ?? null },
        }),
      ),
      links,
      charts: (model.charts ?? []).map((c) => planChart(c, cells, p.name)),
      notes,
    };
  });
  const active = sheets.find((s) => !s.hidden)?.name ?? null;
  return { sheets, styles: registry.styles, removed, activeSheet: active };
}

interface Placement {
  model: RenderableModel;
  action: 'replace' | 'create';
  name: string;
  tempName: string;
  replaces: string | null;
}

const nameKey = (n: string): string => n.normalize('NFC').toLocaleLowerCase('vi');

function placeAll(existing: readonly ExistingSheetInfo[], models: readonly RenderableModel[]): Placement[] {
  const pool: ExistingSheet[] = existing.map((s) => ({ name: s.name, marker: s.marker }));
  const taken = existing.map((s) => s.name);
  const out: Placement[] = [];
  for (const model of models) {
    let action: 'replace' | 'create';
    let name: string;
    if (model.kind === 'template') {
      action = 'create';
      name = uniqueSheetName(taken, model.name);
    } else {
      ({ action, name } = placeOutputSheet(pool, model));
    }
    if (action === 'replace') {
      // A sheet is replaced once; a second model of the same kind goes beside it.
      const i = pool.findIndex((s) => s.name === name);
      pool[i] = { name, marker: null };
    } else {
      taken.push(name);
      pool.push({ name, marker: null });
    }
    const tempName = uniqueSheetName(taken, `GB tam ${model.kind}`);
    taken.push(tempName);
    out.push({ model, action, name, tempName, replaces: action === 'replace' ? name : null });
  }
  return out;
}

/** Excel's limit on one cell's text. */
const MAX_CELL_TEXT = 32_767;

function cleanValue(v: CellValue | undefined): CellValue {
  if (v === undefined) return null;
  if (typeof v === 'number' && !Number.isFinite(v)) return String(v);
  // Excel refuses longer text; a clerk's very long note is cut rather than the file made unreadable.
  if (typeof v === 'string' && v.length > MAX_CELL_TEXT) return v.slice(0, MAX_CELL_TEXT);
  return v;
}

/**
 * Runs of consecutive rows sharing a height (1-based rows), capped at Excel's 409 points.
 *
 * @example
 * ```ts
 * rowHeightBands([null, 30, 30, 15]); // [{ first: 2, last: 3, height: 30 }, { first: 4, last: 4, height: 15 }]
 * ```
 */
export function rowHeightBands(heights: readonly (number | null | undefined)[] | undefined): RowHeightBand[] {
  const bands: RowHeightBand[] = [];
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

const overlaps = (a: A1Range, b: A1Range): boolean => a.left <= b.right && b.left <= a.right && a.top <= b.bottom && b.top <= a.bottom;

function withoutOverlaps(merges: readonly string[], tables: readonly PlannedTable[], notes: BiText[]): string[] {
  const kept: { a1: string; box: A1Range }[] = [];
  for (const m of merges) {
    const box = parseA1Range(m);
    if (box.top === box.bottom && box.left === box.right) continue;
    // Excel refuses overlapping merges and merges inside a table.
    if (kept.some((k) => overlaps(k.box, box)) || tables.some((t) => overlaps(t, box))) {
      notes.push(bothTexts(CORE_TEXTS, 'render.mergeSkipped', { range: m }));
      continue;
    }
    kept.push({ a1: `${columnLetter(box.left)}${box.top}:${columnLetter(box.right)}${box.bottom}`, box });
  }
  return kept.map((k) => k.a1);
}

function planFreeze(freeze: SheetModel['freeze']): PlannedSheet['freeze'] {
  if (!freeze || (freeze.rows <= 0 && freeze.cols <= 0)) return null;
  const rows = Math.max(0, freeze.rows);
  const cols = Math.max(0, freeze.cols);
  return { rows, cols, topLeftCell: `${columnLetter(cols + 1)}${rows + 1}` };
}

function planPrint(print: SheetModel['print'], sheet: string): PlannedPrint {
  let repeatRows: PlannedPrint['repeatRows'] = null;
  if (print.repeatRows) {
    const m = /^\$?(\d+)(?::\$?(\d+))?$/.exec(print.repeatRows.trim());
    if (m) {
      const a = Number(m[1]);
      const b = Number(m[2] ?? m[1]);
      repeatRows = { first: Math.min(a, b), last: Math.max(a, b) };
    }
  }
  let printArea: string | null = null;
  let printAreaFormula: string | null = null;
  if (print.printArea) {
    const box = parseA1Range(print.printArea);
    printArea = `${columnLetter(box.left)}${box.top}:${columnLetter(box.right)}${box.bottom}`;
    printAreaFormula = `${sheetRef(sheet)}!$${columnLetter(box.left)}$${box.top}:$${columnLetter(box.right)}$${box.bottom}`;
  }
  return {
    orientation: print.orientation,
    paperSize: 9,
    fitToWidth: print.fitToWidth,
    repeatRows,
    printTitles: repeatRows ? `${sheetRef(sheet)}!$${repeatRows.first}:$${repeatRows.last}` : null,
    printArea,
    printAreaFormula,
    margins: { ...MARGINS },
  };
}

/** Excel table names: letters, digits, `_`, `.`; start with a letter or `_`; not a cell reference. */
function safeTableName(name: string): string {
  let safe = name.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').replace(/[^A-Za-z0-9_.]/g, '_');
  if (!/^[A-Za-z_]/.test(safe) || /^[A-Za-z]{1,3}\d+$/.test(safe) || /^[RrCc]\d*$/.test(safe) || /^R\d+C\d+$/i.test(safe)) safe = `T_${safe}`;
  return safe.slice(0, 200);
}

function planTable(t: NonNullable<SheetModel['tables']>[number], cells: CellValue[][], taken: Set<string>, notes: BiText[]): PlannedTable {
  const box = parseA1Range(t.range);
  // Excel needs at least one data row below the header.
  const bottom = Math.max(box.bottom, box.top + 1);
  while (cells.length < box.top) cells.push([]);
  const header = cells[box.top - 1]!;
  const seen = new Set<string>();
  const columns: string[] = [];
  for (let c = box.left; c <= box.right; c++) {
    const raw = header[c - 1];
    const text = raw === null || raw === undefined ? '' : String(raw).trim();
    let h = text || `Cột ${columnLetter(c)}`;
    for (let i = 2; seen.has(h.toLocaleLowerCase('vi')); i++) h = `${text || 'Cột'} ${i}`;
    seen.add(h.toLocaleLowerCase('vi'));
    columns.push(h);
    // Header cells must equal the column names, as text.
    while (header.length < c) header.push(null);
    header[c - 1] = h;
  }
  const base = safeTableName(t.name);
  let name = base;
  for (let i = 2; taken.has(name.toLowerCase()); i++) name = `${base}_${i}`;
  taken.add(name.toLowerCase());
  if (name !== t.name) notes.push(bothTexts(CORE_TEXTS, 'render.tableRenamed', { from: t.name, to: name }));
  return {
    name,
    range: `${columnLetter(box.left)}${box.top}:${columnLetter(box.right)}${bottom}`,
    top: box.top,
    left: box.left,
    bottom,
    right: box.right,
    columns,
    style: t.style ?? TABLE_STYLE,
    showRowStripes: true,
  };
}

function planLink(l: NonNullable<SheetModel['links']>[number], cells: CellValue[][], renamed: Map<string, string>): PlannedLink {
  const sheet = renamed.get(l.sheet) ?? l.sheet;
  const target = l.target.replace(/\$/g, '');
  const { row, col } = parseA1(l.cell);
  const v = cells[row - 1]?.[col - 1];
  return {
    cell: `${columnLetter(col)}${row}`,
    sheet,
    target,
    location: `${sheetRef(sheet)}!${target}`,
    display: v === null || v === undefined || v === '' ? target : String(v),
    // Excel's limit on a screen tip.
    tooltip: `${sheet}!${target}`.slice(0, 255),
  };
}

/** Points a reference `'Name'!$A$1:$A$5` (or `Name!…`) at a renamed model's final name. */
function renameRef(ref: string, renamed: Map<string, string>): string {
  const m = /^(?:'((?:[^']|'')+)'|([^'!]+))!(.*)$/.exec(ref.trim().replace(/^=/, ''));
  if (!m) return ref.trim().replace(/^=/, '');
  const sheet = m[1] !== undefined ? m[1].replace(/''/g, "'") : m[2]!;
  return `${sheetRef(renamed.get(sheet) ?? sheet)}!${m[3]}`;
}

function planValidation(v: NonNullable<SheetModel['validations']>[number], renamed: Map<string, string>, notes: BiText[]): PlannedValidation[] {
  const common = {
    range: v.range,
    sqref: v.range.replace(/\s*,\s*/g, ' '),
    errorStyle: VALIDATION_ERROR_STYLE,
    errorTitle: VALIDATION_ERROR_TITLE,
    // Excel refuses an alert text over 255 characters (and a title over 32).
    error: (v.error ?? VALIDATION_DEFAULT_ERROR).slice(0, 255),
    allowBlank: true as const,
  };
  if (v.source) {
    const source = renameRef(v.source, renamed);
    return [{ ...common, list: null, source, formula: source }];
  }
  if (v.list && v.list.length > 0) {
    const list = v.list.map((x) => x.replace(/,/g, ' '));
    const formula = `"${list.map((x) => x.replace(/"/g, '""')).join(',')}"`;
    if (formula.length - 2 > MAX_INLINE_LIST) {
      notes.push(bothTexts(CORE_TEXTS, 'render.listSkipped', { range: v.range, max: MAX_INLINE_LIST }));
      return [];
    }
    return [{ ...common, list, source: null, formula }];
  }
  return [];
}

function rangeValues(cells: CellValue[][], a1: string): CellValue[] {
  const box = parseA1Range(a1);
  const out: CellValue[] = [];
  for (let r = box.top; r <= box.bottom; r++) for (let c = box.left; c <= box.right; c++) out.push(cells[r - 1]?.[c - 1] ?? null);
  return out;
}

function absolute(sheet: string, a1: string): string {
  const b = parseA1Range(a1);
  return `${sheetRef(sheet)}!$${columnLetter(b.left)}$${b.top}:$${columnLetter(b.right)}$${b.bottom}`;
}

/** Series and slice colours (Office theme accents, distinct in greyscale print), in order. */
export const CHART_PALETTE: readonly string[] = ['#4472C4', '#ED7D31', '#A5A5A5', '#FFC000', '#5B9BD5', '#70AD47', '#264478', '#9E480E', '#636363', '#997300', '#255E91', '#43682B'];
const paletteColor = (i: number): string => CHART_PALETTE[i % CHART_PALETTE.length]!;

function planChart(c: NonNullable<SheetModel['charts']>[number], cells: CellValue[][], sheet: string): PlannedChart {
  const at = parseA1(c.anchor.cell);
  return {
    type: c.type,
    title: c.title,
    categories: { ref: absolute(sheet, c.categories), values: rangeValues(cells, c.categories).map((v) => (v === null ? '' : String(v))) },
    series: c.series.map((s, i) => ({
      name: s.name,
      ref: absolute(sheet, s.values),
      values: rangeValues(cells, s.values).map((v) => (typeof v === 'number' ? v : null)),
      color: paletteColor(i),
    })),
    pointColors: rangeValues(cells, c.categories).map((_, i) => paletteColor(i)),
    anchor: { fromCol: at.col - 1, fromRow: at.row - 1, toCol: at.col - 1 + c.anchor.widthCols, toRow: at.row - 1 + c.anchor.heightRows },
    anchorCell: `${columnLetter(at.col)}${at.row}`,
  };
}

/**
 * Every note of a plan (what was dropped or changed while planning), each prefixed with
 * the sheet it concerns, in both languages: what a front end shows after writing.
 *
 * @param plan the plan that was written
 * @returns the notes, in sheet order
 * @example
 * ```ts
 * renderPlanNotes(buildRenderPlan(existing, models))[0]?.en; // 'Sheet "Lịch giao ban": Table "Lich" was named "Lich_2".'
 * ```
 */
export function renderPlanNotes(plan: Pick<RenderPlan, 'sheets'>): BiText[] {
  return plan.sheets.flatMap((s) => s.notes.map((note) => ({
    vi: textIn(CORE_TEXTS, 'render.sheetNote', 'vi', { sheet: s.name, note: note.vi }),
    en: textIn(CORE_TEXTS, 'render.sheetNote', 'en', { sheet: s.name, note: note.en }),
  })));
}
