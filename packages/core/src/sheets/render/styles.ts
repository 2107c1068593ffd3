/**
 * Cell styles of a model resolved per cell (later ranges win per property,
 * column formats under them, link look on top) and grouped back into
 * non-overlapping rectangles, so a host applies each cell's style once.
 */
import { columnLetter, parseA1, parseA1Range } from '../../workbook/a1.js';
import type { CellStyle, SheetModel } from '../model.js';
import type { PlannedColumn, RenderStyle, StyleBlock } from './types.js';
import { CORE_TEXTS } from '../../data/texts.js';
import { bothTexts, type BiText } from '../../text/texts.js';

/** The default style: index 0 of every plan. */
export const DEFAULT_RENDER_STYLE: RenderStyle = Object.freeze({
  bold: false,
  italic: false,
  underline: false,
  fontSize: null,
  fontColor: null,
  fill: null,
  horizontal: null,
  vertical: null,
  wrap: false,
  border: false,
  numberFormat: null,
});

/** Colour of a link to a cell, as Excel shows hyperlinks. */
export const LINK_COLOR = '#0563C1';

/** Styles shared by every sheet of one plan: identical styles get one index. */
export class StyleRegistry {
  readonly styles: RenderStyle[] = [DEFAULT_RENDER_STYLE];
  private readonly index = new Map<string, number>([[styleKey(DEFAULT_RENDER_STYLE), 0]]);

  /** Index of `style`, added when new. */
  intern(style: RenderStyle): number {
    const key = styleKey(style);
    let i = this.index.get(key);
    if (i === undefined) {
      i = this.styles.length;
      this.styles.push(style);
      this.index.set(key, i);
    }
    return i;
  }
}

const styleKey = (s: RenderStyle): string =>
  [s.bold, s.italic, s.underline, s.fontSize, s.fontColor, s.fill, s.horizontal, s.vertical, s.wrap, s.border, s.numberFormat].join('\u0001');

/** `#abc123` / `abc123` → `#ABC123`; anything else → null (automatic colour). */
export function normalizeColor(hex: string | undefined): string | null {
  if (!hex) return null;
  const m = /^#?([0-9a-fA-F]{6})$/.exec(hex.trim());
  return m ? `#${m[1]!.toUpperCase()}` : null;
}

function apply(base: RenderStyle, s: CellStyle): RenderStyle {
  return {
    bold: s.bold ?? base.bold,
    italic: s.italic ?? base.italic,
    underline: base.underline,
    fontSize: s.fontSize ?? base.fontSize,
    fontColor: s.fontColor !== undefined ? normalizeColor(s.fontColor) : base.fontColor,
    fill: s.fill !== undefined ? normalizeColor(s.fill) : base.fill,
    horizontal: s.horizontal ?? base.horizontal,
    vertical: s.vertical ?? base.vertical,
    wrap: s.wrap ?? base.wrap,
    border: s.border ?? base.border,
    numberFormat: s.numberFormat !== undefined ? (s.numberFormat === 'General' ? null : s.numberFormat) : base.numberFormat,
  };
}

/** Largest styled area the planner resolves cell by cell (a range beyond it is clipped, with a note). */
const MAX_STYLED_CELLS = 20_000_000;

/**
 * Resolves a model's styles into style blocks and column defaults.
 * `linkCells` get the link look (blue, underlined) over their own style.
 */
export function resolveStyleBlocks(
  model: Pick<SheetModel, 'cells' | 'styles' | 'columnFormats' | 'columnWidths'>,
  linkCells: readonly string[],
  registry: StyleRegistry,
  notes: BiText[],
): { blocks: StyleBlock[]; columns: PlannedColumn[]; height: number; width: number } {
  const ranges = model.styles.map((s) => ({ box: parseA1Range(s.range), style: s.style }));
  let height = Math.max(1, model.cells.length);
  let width = 1;
  for (const row of model.cells) if (row && row.length > width) width = row.length;
  for (const r of ranges) {
    height = Math.max(height, r.box.bottom);
    width = Math.max(width, r.box.right);
  }
  if (height * width > MAX_STYLED_CELLS) {
    height = Math.max(1, Math.floor(MAX_STYLED_CELLS / width));
    notes.push(bothTexts(CORE_TEXTS, 'render.stylesCut', { row: height }));
  }
  const colCount = Math.max(width, model.columnFormats?.length ?? 0, model.columnWidths.length);
  const columnBase: number[] = [];
  const columns: PlannedColumn[] = [];
  for (let c = 1; c <= colCount; c++) {
    const fmt = model.columnFormats?.[c - 1] ?? null;
    const style = registry.intern(fmt ? { ...DEFAULT_RENDER_STYLE, numberFormat: fmt === 'General' ? null : fmt } : DEFAULT_RENDER_STYLE);
    columnBase.push(style);
    const w = model.columnWidths[c - 1];
    const widthValue = w !== undefined && Number.isFinite(w) && w > 0 ? Math.min(w, 255) : null;
    if (widthValue !== null || style !== 0) columns.push({ index: c, width: widthValue, style });
  }

  // Per cell: the index of its resolved style. Cells untouched by any range keep the column default.
  const grid = new Int32Array(height * width);
  for (let r = 0; r < height; r++) for (let c = 0; c < width; c++) grid[r * width + c] = columnBase[c] ?? 0;
  const rendered = new Map<string, number>();
  const restyle = (current: number, style: CellStyle): number => {
    const key = `${current}\u0002${JSON.stringify(style)}`;
    let next = rendered.get(key);
    if (next === undefined) {
      next = registry.intern(apply(registry.styles[current]!, style));
      rendered.set(key, next);
    }
    return next;
  };
  for (const { box, style } of ranges) {
    for (let r = box.top; r <= Math.min(box.bottom, height); r++) {
      for (let c = box.left; c <= box.right; c++) grid[(r - 1) * width + (c - 1)] = restyle(grid[(r - 1) * width + (c - 1)]!, style);
    }
  }
  for (const cell of linkCells) {
    const { row, col } = parseA1(cell);
    if (row > height || col > width) continue;
    const i = (row - 1) * width + (col - 1);
    const base = registry.styles[grid[i]!]!;
    grid[i] = registry.intern({ ...base, underline: true, fontColor: LINK_COLOR });
  }
  return { blocks: toBlocks(grid, height, width), columns, height, width };
}

/** Groups equal neighbours: runs along each row, then identical runs of consecutive rows. */
function toBlocks(grid: Int32Array, height: number, width: number): StyleBlock[] {
  const done: StyleBlock[] = [];
  let open = new Map<string, StyleBlock>();
  for (let r = 1; r <= height; r++) {
    const next = new Map<string, StyleBlock>();
    let c = 0;
    while (c < width) {
      const s = grid[(r - 1) * width + c]!;
      let end = c;
      while (end + 1 < width && grid[(r - 1) * width + end + 1] === s) end++;
      if (s !== 0) {
        const key = `${c}:${end}:${s}`;
        const prev = open.get(key);
        if (prev) {
          prev.bottom = r;
          open.delete(key);
          next.set(key, prev);
        } else next.set(key, { range: '', top: r, left: c + 1, bottom: r, right: end + 1, style: s });
      }
      c = end + 1;
    }
    for (const b of open.values()) done.push(b);
    open = next;
  }
  for (const b of open.values()) done.push(b);
  for (const b of done) b.range = `${columnLetter(b.left)}${b.top}:${columnLetter(b.right)}${b.bottom}`;
  return done.sort((a, b) => a.top - b.top || a.left - b.left);
}
