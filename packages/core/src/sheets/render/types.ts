/**
 * The render plan: sheet models after every decision a writer would otherwise
 * make itself (where each sheet goes and under which name, link targets after
 * renames, unique table names, drop-down sources and error style, resolved
 * colours and cell styles, row-height bands, chart ranges and cached values).
 * The .xlsx package writer and the Office.js writer translate this one plan,
 * so their outputs cannot drift apart. Plain data, no host types.
 */
import type { CellValue } from '../../workbook/grid.js';
import type { OutputSheetKind } from '../model.js';
import type { BiText } from '../../text/texts.js';

/** A sheet already in the clerk's workbook, as the planner needs to know it. */
export interface ExistingSheetInfo {
  name: string;
  /** The product's marker found in it (see `findMarker`), or null for a clerk's sheet. */
  marker: string | null;
  hidden?: boolean;
  /** Names of the Excel tables on it (table names are unique in the whole workbook). */
  tables?: readonly string[];
}

/** One fully resolved cell style: every property stated, nothing inherited. */
export interface RenderStyle {
  bold: boolean;
  italic: boolean;
  underline: boolean;
  /** Points; null = the workbook's default size. */
  fontSize: number | null;
  /** `#RRGGBB` (upper case) or null = automatic. */
  fontColor: string | null;
  /** `#RRGGBB` (upper case) solid fill, or null = none. */
  fill: string | null;
  horizontal: 'left' | 'center' | 'right' | null;
  vertical: 'top' | 'middle' | 'bottom' | null;
  wrap: boolean;
  /** Thin grey borders on all four edges. */
  border: boolean;
  /** Excel number format code; null = General. */
  numberFormat: string | null;
}

/** A rectangle of cells sharing one style (1-based, inclusive); blocks of a sheet never overlap. */
export interface StyleBlock {
  /** A1 range, e.g. `"A5:H40"`. */
  range: string;
  top: number;
  left: number;
  bottom: number;
  right: number;
  /** Index into {@link RenderPlan.styles}. */
  style: number;
}

/** Column width and whole-column default style (1-based column index). */
export interface PlannedColumn {
  index: number;
  /** Width in characters, or null = the host's default. */
  width: number | null;
  /** Index into {@link RenderPlan.styles} for cells of the column outside the written area (0 = default). */
  style: number;
}

/** Consecutive rows (1-based, inclusive) of one height in points (≤ 409, Excel's maximum). */
export interface RowHeightBand {
  first: number;
  last: number;
  height: number;
}

/** A link from a cell to a cell of another sheet of the same workbook. */
export interface PlannedLink {
  /** Cell holding the link, e.g. `"G7"`. */
  cell: string;
  /** Final target sheet name (after renames). */
  sheet: string;
  /** Target cell or range without `$`, e.g. `"C12"`. */
  target: string;
  /** Reference ready for a hyperlink `location`: `'Sổ giao ban'!C12`. */
  location: string;
  /** Text shown in the cell. */
  display: string;
  /** Screen tip: `Sổ giao ban!C12`. */
  tooltip: string;
}

/** An Excel table with a name unique in the workbook and header cells equal to its column names. */
export interface PlannedTable {
  name: string;
  /** Header row plus at least one data row, e.g. `"A5:D17"`. */
  range: string;
  top: number;
  left: number;
  bottom: number;
  right: number;
  /** Column names, left to right (unique, non-empty; the plan's header cells hold exactly these texts). */
  columns: string[];
  style: string;
  showRowStripes: boolean;
}

/** Error alert of every drop-down the product writes: one decision for every host. */
export type ValidationErrorStyle = 'stop';

/** A drop-down list on a range. */
export interface PlannedValidation {
  range: string;
  /** `sqref` form: the same range, space-separated areas. */
  sqref: string;
  /** The short values (inline list), or null when `source` is used. */
  list: string[] | null;
  /** Absolute source range with the final sheet name, e.g. `'Danh mục'!$B$4:$B$20`, or null. */
  source: string | null;
  /** The list as a formula without `=`: `"x,có"` (quoted, inline) or the source range. */
  formula: string;
  errorStyle: ValidationErrorStyle;
  errorTitle: string;
  error: string;
  allowBlank: true;
}

/** A conditional format: the formula is relative to the range's top-left cell. */
export interface PlannedConditionalFormat {
  range: string;
  /** Without `=`. */
  formula: string;
  /** 1 = evaluated first, unique within the sheet. */
  priority: number;
  style: { fill: string | null; fontColor: string | null; bold: boolean | null };
}

/** A chart series with its values cached (LibreOffice and viewers draw from the cache). */
export interface PlannedSeries {
  name: string;
  /** Absolute reference with the final sheet name: `'Tổng hợp'!$C$20:$C$31`. */
  ref: string;
  values: (number | null)[];
  /** `#RRGGBB` of the series (bars, line). */
  color: string;
}

/** A chart over ranges of its own sheet. */
export interface PlannedChart {
  type: 'column' | 'bar' | 'pie' | 'line';
  title: string;
  categories: { ref: string; values: string[] };
  series: PlannedSeries[];
  /** `#RRGGBB` per category, for a pie's slices (same order as `categories.values`). */
  pointColors: string[];
  /** 0-based cell corners of the drawing anchor (from inclusive, to exclusive). */
  anchor: { fromCol: number; fromRow: number; toCol: number; toRow: number };
  /** The same anchor as an A1 cell, for hosts placing by cell. */
  anchorCell: string;
}

/** Page setup: A4, orientation, fit to width, repeated rows and print area as defined-name formulas. */
export interface PlannedPrint {
  orientation: 'portrait' | 'landscape';
  /** Excel paper size code: 9 = A4. */
  paperSize: 9;
  fitToWidth: boolean;
  /** 1-based rows repeated on every page, or null. */
  repeatRows: { first: number; last: number } | null;
  /** `'Tổng hợp'!$4:$4` — the `_xlnm.Print_Titles` formula, or null. */
  printTitles: string | null;
  /** Print area in A1 (`"A1:H40"`) or null. */
  printArea: string | null;
  /** `'Tổng hợp'!$A$1:$H$40` — the `_xlnm.Print_Area` formula, or null. */
  printAreaFormula: string | null;
  /** Margins in inches. */
  margins: { left: number; right: number; top: number; bottom: number; header: number; footer: number };
}

/** One output sheet, placed and resolved. */
export interface PlannedSheet {
  kind: OutputSheetKind | 'template';
  /** `replace`: the existing sheet `replaces` is removed and this one takes its position; `create`: appended. */
  action: 'replace' | 'create';
  /** Final tab name. */
  name: string;
  /** A free name to write under first, for hosts that write beside and rename (unused by the others). */
  tempName: string;
  /** Name of the existing sheet this one replaces, or null. */
  replaces: string | null;
  /** Marker token written in the sheet, or null for a template sheet (it becomes the clerk's). */
  marker: string | null;
  markerCell: string | null;
  hidden: boolean;
  /** Row-major values from A1; non-finite numbers already turned to text; strings are always text. */
  cells: CellValue[][];
  /** Rows and columns of the written area (at least 1×1). */
  height: number;
  width: number;
  columns: PlannedColumn[];
  rowHeights: RowHeightBand[];
  /** Merged areas, overlaps already removed. */
  merges: string[];
  styleBlocks: StyleBlock[];
  freeze: { rows: number; cols: number; topLeftCell: string } | null;
  print: PlannedPrint;
  tables: PlannedTable[];
  validations: PlannedValidation[];
  conditionalFormats: PlannedConditionalFormat[];
  links: PlannedLink[];
  charts: PlannedChart[];
  /** What was dropped or changed while planning (e.g. an overlapping merge), in both languages. */
  notes: BiText[];
}

/** Every output sheet of one write, in model order, with the styles they share. */
export interface RenderPlan {
  sheets: PlannedSheet[];
  /** Distinct resolved styles; index 0 is the default (all off, General). */
  styles: RenderStyle[];
  /** Names of existing sheets the write removes (each replaced by a planned sheet at its position). */
  removed: string[];
  /** The sheet to show when done (the first visible planned sheet), or null. */
  activeSheet: string | null;
}
