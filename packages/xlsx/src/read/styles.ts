/**
 * What the reader needs of `styles.xml`: per cell style (xf) index, its number
 * format code and font name — the same answers exceljs gave the CLI before.
 */
import { parseXml } from '../xml/xml.js';

/** Built-in number formats by id (the ids Excel writes without a `<numFmt>`), as exceljs names them. */
export const BUILTIN_NUMBER_FORMATS: Readonly<Record<number, string>> = {
  0: 'General', 1: '0', 2: '0.00', 3: '#,##0', 4: '#,##0.00', 9: '0%', 10: '0.00%', 11: '0.00E+00', 12: '# ?/?', 13: '# ??/??',
  14: 'mm-dd-yy', 15: 'd-mmm-yy', 16: 'd-mmm', 17: 'mmm-yy', 18: 'h:mm AM/PM', 19: 'h:mm:ss AM/PM', 20: 'h:mm', 21: 'h:mm:ss',
  22: 'm/d/yy "h":mm', 37: '#,##0 ;(#,##0)', 38: '#,##0 ;[Red](#,##0)', 39: '#,##0.00 ;(#,##0.00)', 40: '#,##0.00 ;[Red](#,##0.00)',
  45: 'mm:ss', 46: '[h]:mm:ss', 47: 'mmss.0', 48: '##0.0E+0', 49: '@',
};

/** Per cell style index: number format (null = General), font name, and whether the format shows a date. */
export interface CellStyles {
  numberFormat: (string | null)[];
  font: (string | null)[];
  isDate: boolean[];
}

/** A number format shows a date or time (exceljs's rule: y m d h s b outside quotes and brackets). */
export function isDateFormat(fmt: string | null): boolean {
  if (!fmt) return false;
  return /[ymdhMsb]+/.test(fmt.replace(/\[[^\]]*]/g, '').replace(/"[^"]*"/g, ''));
}

/** Parses the cell styles of a `styles.xml` text (empty when there is none). */
export function parseCellStyles(part: string, xml: string | null, keepFont: (font: string) => boolean = () => true): CellStyles {
  const out: CellStyles = { numberFormat: [], font: [], isDate: [] };
  if (!xml) return out;
  const numFmts = new Map<number, string>();
  const fonts: (string | null)[] = [];
  const xfs: { numFmtId: number; fontId: number }[] = [];
  let section = '';
  let inFont = false;
  parseXml(part, xml, {
    open(name, a) {
      switch (name) {
        case 'numFmts':
        case 'fonts':
        case 'cellXfs':
        case 'cellStyleXfs':
        case 'dxfs':
          section = name;
          break;
        case 'numFmt':
          if (section === 'numFmts' && a.numFmtId !== undefined) numFmts.set(Number(a.numFmtId), a.formatCode ?? '');
          break;
        case 'font':
          if (section === 'fonts') {
            inFont = true;
            fonts.push(null);
          }
          break;
        case 'name':
          if (inFont && section === 'fonts') fonts[fonts.length - 1] = a.val ?? null;
          break;
        case 'xf':
          if (section === 'cellXfs') xfs.push({ numFmtId: Number(a.numFmtId ?? 0), fontId: Number(a.fontId ?? 0) });
          break;
      }
    },
    close(name) {
      if (name === 'font') inFont = false;
      else if (name === section) section = '';
    },
  });
  for (const xf of xfs) {
    const code = xf.numFmtId ? (numFmts.get(xf.numFmtId) ?? BUILTIN_NUMBER_FORMATS[xf.numFmtId] ?? null) : null;
    const fmt = code && code !== 'General' ? code : null;
    out.numberFormat.push(fmt);
    const font = fonts[xf.fontId] ?? null;
    out.font.push(font !== null && keepFont(font) ? font : null);
    out.isDate.push(isDateFormat(code));
  }
  return out;
}
