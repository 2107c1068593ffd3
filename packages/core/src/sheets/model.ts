/**
 * Sheet models: a worksheet the product writes, described as pure data.
 * The .xlsx writer (@giaoban/xlsx) and the add-in (Office.js) render the same model, so
 * both produce the same sheets. Adapters skip what their host cannot do
 * (e.g. charts on ExcelApi 1.1) and say so.
 */
import type { CellValue } from '../workbook/grid.js';

/** Kinds of sheets the product owns. */
export type OutputSheetKind = 'plan' | 'summary' | 'findings' | 'rollup' | 'rollup-findings';

/** Token written into every output sheet so the product can recognise its own sheets. */
export const MARKER_PREFIX = 'giaoban:';

/** The marker token of an output sheet kind, e.g. `"giaoban:plan:v1"`. */
export function markerFor(kind: OutputSheetKind): string {
  return `${MARKER_PREFIX}${kind}:v1`;
}

/** Cell style applied to a rectangular range. */
export interface CellStyle {
  bold?: boolean;
  italic?: boolean;
  fontSize?: number;
  /** `#RRGGBB` */
  fontColor?: string;
  /** `#RRGGBB` */
  fill?: string;
  horizontal?: 'left' | 'center' | 'right';
  vertical?: 'top' | 'middle' | 'bottom';
  wrap?: boolean;
  /** Thin borders on every cell of the range. */
  border?: boolean;
  numberFormat?: string;
}

/** A style over an A1 range, e.g. `{ range: "A5:H5", style: { bold: true } }`. */
export interface StyledRange {
  range: string;
  style: CellStyle;
}

/** Conditional format: highlight cells of `range` whose formula (relative to its top-left cell) is true. */
export interface ConditionalFormat {
  range: string;
  /** Excel formula without `=`, relative to the range's top-left cell, e.g. `"$F6>30"`. */
  formula: string;
  style: Pick<CellStyle, 'fill' | 'fontColor' | 'bold'>;
}

/** Link from a cell to another sheet's cell (Kết quả kiểm tra → clerk's cell). */
export interface InternalLink {
  cell: string;
  sheet: string;
  target: string;
}

/** A chart over ranges of the same sheet. */
export interface ChartSpec {
  type: 'column' | 'bar' | 'pie' | 'line';
  title: string;
  /** Category labels range, e.g. `"A20:A31"`. */
  categories: string;
  /** Series: name and values range. */
  series: { name: string; values: string }[];
  /** Where to place it: top-left cell and size in columns/rows. */
  anchor: { cell: string; widthCols: number; heightRows: number };
}

/** An Excel table (ListObject) over a range with a header row. */
export interface TableSpec {
  name: string;
  /** Range including the header row, e.g. `"A5:H40"`. */
  range: string;
  style?: string;
}

/** Page setup for printing. */
export interface PrintSettings {
  orientation: 'portrait' | 'landscape';
  paperSize: 'A4';
  /** Fit all columns on one page width. */
  fitToWidth: boolean;
  /** Rows repeated at the top of each printed page, e.g. `"5:5"`. */
  repeatRows?: string;
  /** Print area, e.g. `"A1:H40"`. */
  printArea?: string;
}

/**
 * A drop-down list on a range (Excel data validation of type list).
 * Give either `list` (short values without commas, ≤ 255 characters in all) or
 * `source`, an absolute range such as `"'Xã'!$B$4:$B$500"`.
 */
export interface ListValidation {
  range: string;
  list?: string[];
  source?: string;
  /** Vietnamese prompt shown when a value is not in the list. */
  error?: string;
}

/** A worksheet the product writes, as plain data. */
export interface SheetModel {
  /** Preferred sheet name, e.g. `"Lịch giao ban"`. */
  name: string;
  kind: OutputSheetKind;
  /** Row-major values from A1. Strings are always written as text (never as formulas). */
  cells: CellValue[][];
  /** Column widths in characters, from column A. */
  columnWidths: number[];
  merges: string[];
  styles: StyledRange[];
  /** Rows and columns frozen at the top-left. */
  freeze?: { rows: number; cols: number };
  print: PrintSettings;
  tables?: TableSpec[];
  conditionalFormats?: ConditionalFormat[];
  links?: InternalLink[];
  charts?: ChartSpec[];
  /** Cell holding the marker token (see {@link markerFor}); it is part of `cells`. */
  markerCell: string;
  /** True for a helper sheet hidden from the tab bar (e.g. the lists behind drop-downs). */
  hidden?: boolean;
  /** Drop-down lists (adapters that cannot add data validation skip them). */
  validations?: ListValidation[];
  /** Number format of each whole column from column A (e.g. `"dd/mm/yyyy"` for a date column); cells styled in `styles` keep theirs. */
  columnFormats?: (string | null)[];
  /**
   * Row heights in points from row 1 (null = the host's default). Wrapped text
   * needs them: LibreOffice does not grow rows of an .xlsx on opening, so
   * wrapped lines would overlap when printed (see `estimateRowHeights`).
   */
  rowHeights?: (number | null)[];
}
