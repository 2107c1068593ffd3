/**
 * A planned sheet → worksheet XML, children in the order the schema fixes
 * (Excel refuses any other). Strings are inline (`sharedStrings.xml` stays
 * untouched) and always text, whatever they start with.
 */
import { columnLetter, type PlannedConditionalFormat, type PlannedSheet } from '@giaoban/core';
import { encodeCellText, escapeAttr, escapeText } from '../xml/xml.js';

const NS_MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const NS_REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
/** Excel's default column width in characters. */
const DEFAULT_COL_WIDTH = 9.140625;

/** Relationship ids the sheet refers to. */
export interface SheetRelIds {
  drawing: string | null;
  tables: string[];
}

const num = (n: number): string => String(Math.round(n * 1e6) / 1e6);

/**
 * Renders the worksheet part of `sheet`. `xfOf` maps plan style indexes to the workbook's cell format indexes.
 *
 * @example
 * ```ts
 * const xml = sheetXml(plan.sheets[0], xfOf, dxfOf, { drawing: 'rId1', tables: ['rId2'] });
 * ```
 */
export function sheetXml(sheet: PlannedSheet, xfOf: readonly number[], dxfOf: (s: PlannedConditionalFormat['style']) => number, rels: SheetRelIds): string {
  const out: string[] = [];
  out.push(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="${NS_MAIN}" xmlns:r="${NS_REL}">`);
  if (sheet.print.fitToWidth) out.push('<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>');
  out.push(`<dimension ref="A1:${columnLetter(Math.max(1, sheet.width))}${Math.max(1, sheet.height)}"/>`);
  out.push(`<sheetViews><sheetView workbookViewId="0">${paneXml(sheet.freeze)}</sheetView></sheetViews>`);
  out.push('<sheetFormatPr defaultRowHeight="15"/>');
  out.push(colsXml(sheet, xfOf));
  out.push(sheetDataXml(sheet, xfOf));
  if (sheet.merges.length) out.push(`<mergeCells count="${sheet.merges.length}">${sheet.merges.map((m) => `<mergeCell ref="${m}"/>`).join('')}</mergeCells>`);
  for (const cf of sheet.conditionalFormats) {
    out.push(
      `<conditionalFormatting sqref="${escapeAttr(cf.range.replace(/,/g, ' '))}"><cfRule type="expression" dxfId="${dxfOf(cf.style)}" priority="${cf.priority}"><formula>${escapeText(cf.formula)}</formula></cfRule></conditionalFormatting>`,
    );
  }
  if (sheet.validations.length) {
    out.push(`<dataValidations count="${sheet.validations.length}">`);
    for (const v of sheet.validations) {
      out.push(
        `<dataValidation type="list" errorStyle="${v.errorStyle}" allowBlank="1" showInputMessage="1" showErrorMessage="1" errorTitle="${escapeAttr(v.errorTitle)}" error="${escapeAttr(v.error)}" sqref="${escapeAttr(v.sqref)}"><formula1>${escapeText(v.formula)}</formula1></dataValidation>`,
      );
    }
    out.push('</dataValidations>');
  }
  if (sheet.links.length) {
    out.push('<hyperlinks>');
    for (const l of sheet.links) out.push(`<hyperlink ref="${l.cell}" location="${escapeAttr(l.location)}" display="${escapeAttr(l.display)}" tooltip="${escapeAttr(l.tooltip)}"/>`);
    out.push('</hyperlinks>');
  }
  const m = sheet.print.margins;
  out.push(`<pageMargins left="${m.left}" right="${m.right}" top="${m.top}" bottom="${m.bottom}" header="${m.header}" footer="${m.footer}"/>`);
  out.push(`<pageSetup paperSize="${sheet.print.paperSize}" orientation="${sheet.print.orientation}"${sheet.print.fitToWidth ? ' fitToWidth="1" fitToHeight="0"' : ''}/>`);
  if (rels.drawing) out.push(`<drawing r:id="${rels.drawing}"/>`);
  if (rels.tables.length) out.push(`<tableParts count="${rels.tables.length}">${rels.tables.map((id) => `<tablePart r:id="${id}"/>`).join('')}</tableParts>`);
  out.push('</worksheet>');
  return out.join('');
}

function paneXml(freeze: PlannedSheet['freeze']): string {
  if (!freeze) return '';
  const pane = freeze.rows && freeze.cols ? 'bottomRight' : freeze.rows ? 'bottomLeft' : 'topRight';
  return (
    `<pane${freeze.cols ? ` xSplit="${freeze.cols}"` : ''}${freeze.rows ? ` ySplit="${freeze.rows}"` : ''} topLeftCell="${freeze.topLeftCell}" activePane="${pane}" state="frozen"/>` +
    `<selection pane="${pane}" activeCell="${freeze.topLeftCell}" sqref="${freeze.topLeftCell}"/>`
  );
}

function colsXml(sheet: PlannedSheet, xfOf: readonly number[]): string {
  if (sheet.columns.length === 0) return '';
  const parts: string[] = [];
  let run: { min: number; max: number; width: number | null; style: number } | null = null;
  const flush = () => {
    if (!run) return;
    const xf = xfOf[run.style] ?? 0;
    parts.push(`<col min="${run.min}" max="${run.max}" width="${num(run.width ?? DEFAULT_COL_WIDTH)}"${xf ? ` style="${xf}"` : ''}${run.width !== null ? ' customWidth="1"' : ''}/>`);
  };
  for (const c of sheet.columns) {
    if (run && run.max === c.index - 1 && run.width === c.width && run.style === c.style) run.max = c.index;
    else {
      flush();
      run = { min: c.index, max: c.index, width: c.width, style: c.style };
    }
  }
  flush();
  return `<cols>${parts.join('')}</cols>`;
}

function sheetDataXml(sheet: PlannedSheet, xfOf: readonly number[]): string {
  const { height, width } = sheet;
  // Cell format of each cell of the written area, from the non-overlapping style blocks.
  const xf = new Int32Array(height * width);
  for (const b of sheet.styleBlocks) {
    const id = xfOf[b.style] ?? 0;
    for (let r = b.top; r <= Math.min(b.bottom, height); r++) xf.fill(id, (r - 1) * width + b.left - 1, (r - 1) * width + Math.min(b.right, width));
  }
  const heights = new Map<number, number>();
  let lastRow = height;
  for (const band of sheet.rowHeights) {
    for (let r = band.first; r <= band.last; r++) heights.set(r, band.height);
    lastRow = Math.max(lastRow, band.last);
  }
  const rows: string[] = ['<sheetData>'];
  for (let r = 1; r <= lastRow; r++) {
    const values = sheet.cells[r - 1];
    let cells = '';
    if (r <= height) {
      for (let c = 1; c <= width; c++) {
        const s = xf[(r - 1) * width + c - 1]!;
        const v = values?.[c - 1];
        const ref = columnLetter(c) + r;
        const sAttr = s ? ` s="${s}"` : '';
        if (v === null || v === undefined) {
          if (s) cells += `<c r="${ref}"${sAttr}/>`;
        } else if (typeof v === 'number') cells += `<c r="${ref}"${sAttr}><v>${v}</v></c>`;
        else if (typeof v === 'boolean') cells += `<c r="${ref}"${sAttr} t="b"><v>${v ? 1 : 0}</v></c>`;
        else cells += `<c r="${ref}"${sAttr} t="inlineStr"><is><t xml:space="preserve">${escapeText(encodeCellText(v))}</t></is></c>`;
      }
    }
    const h = heights.get(r);
    if (!cells && h === undefined) continue;
    rows.push(`<row r="${r}"${h !== undefined ? ` ht="${num(h)}" customHeight="1"` : ''}>${cells}</row>`);
  }
  rows.push('</sheetData>');
  return rows.join('');
}
