/**
 * One sheet model → the XML of a worksheet part (SpreadsheetML child order as
 * Excel requires it). Text is written as inline strings, so a text that starts
 * with "=" stays text and sharedStrings.xml is never touched.
 */
import { columnLetter, parseA1Range, type CellStyle, type SheetModel } from '@giaoban/core';
import { escapeXml } from './xml.js';

/** Gives a cell style its `cellXfs` index (appending it to styles.xml when new). */
export interface StyleIndex {
  index(style: CellStyle): number;
}

const NS_MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const NS_REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
/** Excel's largest row height, in points. */
const MAX_ROW_HEIGHT = 409;

/** The merged style of every styled cell: column formats first, then the model's ranges in order. */
function cellStyles(model: SheetModel): Map<number, CellStyle>[] {
  const rows: Map<number, CellStyle>[] = [];
  const at = (r: number, c: number): CellStyle => {
    const row = (rows[r] ??= new Map());
    let s = row.get(c);
    if (!s) row.set(c, (s = {}));
    return s;
  };
  const height = model.cells.length;
  (model.columnFormats ?? []).forEach((fmt, c) => {
    if (!fmt) return;
    for (let r = 0; r < height; r++) if (model.cells[r]?.[c] !== null && model.cells[r]?.[c] !== undefined) at(r, c).numberFormat = fmt;
  });
  for (const { range, style } of model.styles) {
    const a = parseA1Range(range);
    for (let r = a.top - 1; r < a.bottom; r++) for (let c = a.left - 1; c < a.right; c++) Object.assign(at(r, c), style);
  }
  return rows;
}

/**
 * Renders a sheet model as worksheet XML.
 *
 * @example
 * ```ts
 * const xml = renderWorksheet(buildPlanSheet(plan.briefings), 'Lịch giao ban', styles);
 * ```
 */
export function renderWorksheet(model: SheetModel, sheetName: string, styles: StyleIndex): string {
  const out: string[] = [`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="${NS_MAIN}" xmlns:r="${NS_REL}">`];
  out.push('<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>');
  const f = model.freeze;
  if (f && (f.rows > 0 || f.cols > 0)) {
    const top = `${columnLetter(f.cols + 1)}${f.rows + 1}`;
    const pane = f.rows > 0 && f.cols > 0 ? 'bottomRight' : f.rows > 0 ? 'bottomLeft' : 'topRight';
    out.push(
      `<sheetViews><sheetView workbookViewId="0"><pane${f.cols > 0 ? ` xSplit="${f.cols}"` : ''}${f.rows > 0 ? ` ySplit="${f.rows}"` : ''} topLeftCell="${top}" activePane="${pane}" state="frozen"/></sheetView></sheetViews>`,
    );
  }
  out.push('<sheetFormatPr defaultRowHeight="15"/>');
  if (model.columnWidths.length > 0) {
    out.push('<cols>', ...model.columnWidths.map((w, i) => `<col min="${i + 1}" max="${i + 1}" width="${w}" customWidth="1"/>`), '</cols>');
  }
  const styled = cellStyles(model);
  out.push('<sheetData>');
  const rows = Math.max(model.cells.length, styled.length);
  for (let r = 0; r < rows; r++) {
    const vals = model.cells[r] ?? [];
    const st = styled[r];
    const ht = model.rowHeights?.[r];
    const cells: string[] = [];
    const width = Math.max(vals.length, st ? Math.max(-1, ...st.keys()) + 1 : 0);
    for (let c = 0; c < width; c++) {
      const v = vals[c] ?? null;
      const style = st?.get(c);
      if (v === null && !style) continue;
      const ref = `${columnLetter(c + 1)}${r + 1}`;
      const s = style ? ` s="${styles.index(style)}"` : '';
      if (v === null) cells.push(`<c r="${ref}"${s}/>`);
      else if (typeof v === 'number') cells.push(Number.isFinite(v) ? `<c r="${ref}"${s}><v>${v}</v></c>` : `<c r="${ref}"${s}/>`);
      else if (typeof v === 'boolean') cells.push(`<c r="${ref}"${s} t="b"><v>${v ? 1 : 0}</v></c>`);
      else cells.push(`<c r="${ref}"${s} t="inlineStr"><is><t xml:space="preserve">${escapeXml(v)}</t></is></c>`);
    }
    const htAttr = typeof ht === 'number' ? ` ht="${Math.min(MAX_ROW_HEIGHT, ht)}" customHeight="1"` : '';
    if (cells.length > 0 || htAttr) out.push(`<row r="${r + 1}"${htAttr}>${cells.join('')}</row>`);
  }
  out.push('</sheetData>');
  if (model.merges.length > 0) out.push(`<mergeCells count="${model.merges.length}">`, ...model.merges.map((m) => `<mergeCell ref="${m}"/>`), '</mergeCells>');
  const lists = (model.validations ?? []).filter((v) => v.list && v.list.length > 0);
  if (lists.length > 0) {
    out.push(`<dataValidations count="${lists.length}">`);
    for (const v of lists) {
      const err = v.error ? ` errorTitle="Giao ban" error="${escapeXml(v.error)}"` : '';
      out.push(`<dataValidation type="list" allowBlank="1" showErrorMessage="1"${err} sqref="${v.range.replace(/\$/g, '')}"><formula1>"${escapeXml(v.list!.join(','))}"</formula1></dataValidation>`);
    }
    out.push('</dataValidations>');
  }
  const links = model.links ?? [];
  if (links.length > 0) {
    out.push('<hyperlinks>');
    for (const l of links) out.push(`<hyperlink ref="${l.cell}" location="${escapeXml(`'${l.sheet.replace(/'/g, "''")}'!${l.target}`)}"/>`);
    out.push('</hyperlinks>');
  }
  out.push('<pageMargins left="0.5" right="0.4" top="0.6" bottom="0.6" header="0.3" footer="0.3"/>');
  out.push(`<pageSetup paperSize="9" orientation="${model.print.orientation}" fitToWidth="1" fitToHeight="0"/>`);
  out.push('</worksheet>');
  void sheetName;
  return out.join('');
}
