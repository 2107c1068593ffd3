/**
 * Appends the plan's styles to a workbook's `styles.xml`: new fonts, fills,
 * borders, number formats, cell formats (xf) and conditional-format styles
 * (dxf) go after the existing ones, so every existing index keeps its meaning;
 * custom number format ids start above the highest one in use.
 */
import type { PlannedConditionalFormat, RenderStyle } from '@giaoban/core';
import { escapeAttr, parseXml } from '../xml/xml.js';
import { appendToSection, rootPrefix } from './xmlEdit.js';

/** What the sheet writer needs: the xf index of each plan style and the dxf index of each conditional format style. */
export interface AppendedStyles {
  xml: string;
  /** xf index per plan style index (plan style 0 → 0, the workbook's default). */
  xfOf: number[];
  dxfOf: (style: PlannedConditionalFormat['style']) => number;
}

/** Number format codes Excel knows by id without a `<numFmt>` (only the unambiguous ones). */
const BUILTIN_IDS: Readonly<Record<string, number>> = { General: 0, '0': 1, '0.00': 2, '#,##0': 3, '#,##0.00': 4, '0%': 9, '0.00%': 10, '@': 49 };

const SECTION_ORDER = ['numFmts', 'fonts', 'fills', 'borders', 'cellStyleXfs', 'cellXfs', 'cellStyles', 'dxfs', 'tableStyles', 'colors', 'extLst'];
const after = (name: string) => SECTION_ORDER.slice(SECTION_ORDER.indexOf(name) + 1);

interface Existing {
  numFmts: Map<string, number>;
  numFmtCount: number;
  maxNumFmtId: number;
  fonts: number;
  fills: number;
  borders: number;
  xfs: number;
  dxfs: number;
  font0: { name: string; size: string; family: string | null };
}

function survey(xml: string): Existing {
  const e: Existing = { numFmts: new Map(), numFmtCount: 0, maxNumFmtId: 163, fonts: 0, fills: 0, borders: 0, xfs: 0, dxfs: 0, font0: { name: 'Calibri', size: '11', family: '2' } };
  let section = '';
  let depth = 0;
  let fontIndex = -1;
  parseXml('styles.xml', xml, {
    open(name, a) {
      const d = ++depth; // saxes reports a close for self-closing tags too
      if (d === 2) section = name;
      if (d === 3) {
        if (section === 'numFmts' && name === 'numFmt' && a.numFmtId) {
          const id = Number(a.numFmtId);
          e.numFmtCount++;
          if (a.formatCode !== undefined && !e.numFmts.has(a.formatCode)) e.numFmts.set(a.formatCode, id);
          e.maxNumFmtId = Math.max(e.maxNumFmtId, id);
        } else if (section === 'fonts' && name === 'font') fontIndex = e.fonts++;
        else if (section === 'fills' && name === 'fill') e.fills++;
        else if (section === 'borders' && name === 'border') e.borders++;
        else if (section === 'cellXfs' && name === 'xf') e.xfs++;
        else if (section === 'dxfs' && name === 'dxf') e.dxfs++;
      } else if (d === 4 && section === 'fonts' && fontIndex === 0) {
        if (name === 'name' && a.val) e.font0.name = a.val;
        if (name === 'sz' && a.val) e.font0.size = a.val;
        if (name === 'family' && a.val) e.font0.family = a.val;
      }
    },
    close() {
      depth--;
    },
  });
  return e;
}

const argb = (hex: string): string => `FF${hex.replace('#', '').toUpperCase()}`;

/**
 * Appends the styles `styles` (plan index order; index 0 is the default) and the conditional formats' dxfs.
 *
 * @example
 * ```ts
 * const { xml, xfOf } = appendStyles(stylesXml, plan.styles, cfStyles);
 * ```
 */
export function appendStyles(xml: string, styles: readonly RenderStyle[], cfStyles: readonly PlannedConditionalFormat['style'][]): AppendedStyles {
  const e = survey(xml);
  const p = rootPrefix(xml, 'styleSheet');
  const rootClose = `</${p}styleSheet>`;
  const fonts: string[] = [];
  const fills: string[] = [];
  const borders: string[] = [];
  const numFmts: string[] = [];
  const xfs: string[] = [];
  const dxfs: string[] = [];
  const fontIds = new Map<string, number>();
  const fillIds = new Map<string, number>();
  const borderIds = new Map<string, number>();
  const numFmtIds = new Map<string, number>(e.numFmts);
  let nextNumFmt = e.maxNumFmtId + 1;

  const numFmtId = (code: string | null): number => {
    if (code === null) return 0;
    const known = numFmtIds.get(code) ?? BUILTIN_IDS[code];
    if (known !== undefined) return known;
    const id = nextNumFmt++;
    numFmtIds.set(code, id);
    numFmts.push(`<${p}numFmt numFmtId="${id}" formatCode="${escapeAttr(code)}"/>`);
    return id;
  };
  const fontId = (s: RenderStyle): number => {
    const body =
      (s.bold ? `<${p}b/>` : '') +
      (s.italic ? `<${p}i/>` : '') +
      (s.underline ? `<${p}u/>` : '') +
      `<${p}sz val="${s.fontSize ?? e.font0.size}"/>` +
      (s.fontColor ? `<${p}color rgb="${argb(s.fontColor)}"/>` : `<${p}color theme="1"/>`) +
      `<${p}name val="${escapeAttr(e.font0.name)}"/>` +
      (e.font0.family ? `<${p}family val="${e.font0.family}"/>` : '');
    let id = fontIds.get(body);
    if (id === undefined) {
      id = e.fonts + fonts.length;
      fonts.push(`<${p}font>${body}</${p}font>`);
      fontIds.set(body, id);
    }
    return id;
  };
  const fillId = (fill: string | null): number => {
    if (!fill) return 0;
    let id = fillIds.get(fill);
    if (id === undefined) {
      id = e.fills + fills.length;
      fills.push(`<${p}fill><${p}patternFill patternType="solid"><${p}fgColor rgb="${argb(fill)}"/><${p}bgColor indexed="64"/></${p}patternFill></${p}fill>`);
      fillIds.set(fill, id);
    }
    return id;
  };
  const borderId = (border: boolean): number => {
    if (!border) return 0;
    let id = borderIds.get('thin');
    if (id === undefined) {
      id = e.borders + borders.length;
      const edge = (n: string) => `<${p}${n} style="thin"><${p}color rgb="FF808080"/></${p}${n}>`;
      borders.push(`<${p}border>${edge('left')}${edge('right')}${edge('top')}${edge('bottom')}<${p}diagonal/></${p}border>`);
      borderIds.set('thin', id);
    }
    return id;
  };

  const xfOf = styles.map((s, i) => {
    if (i === 0) return 0;
    const align =
      s.horizontal || s.vertical || s.wrap
        ? `<${p}alignment${s.horizontal ? ` horizontal="${s.horizontal}"` : ''}${s.vertical ? ` vertical="${s.vertical === 'middle' ? 'center' : s.vertical}"` : ''}${s.wrap ? ' wrapText="1"' : ''}/>`
        : '';
    const ids = { numFmtId: numFmtId(s.numberFormat), fontId: fontId(s), fillId: fillId(s.fill), borderId: borderId(s.border) };
    xfs.push(
      `<${p}xf numFmtId="${ids.numFmtId}" fontId="${ids.fontId}" fillId="${ids.fillId}" borderId="${ids.borderId}" xfId="0"` +
        ` applyNumberFormat="1" applyFont="1" applyFill="1" applyBorder="1"${align ? ' applyAlignment="1">' + align + `</${p}xf>` : '/>'}`,
    );
    return e.xfs + xfs.length - 1;
  });

  const dxfIds = new Map<string, number>();
  const dxfKey = (s: PlannedConditionalFormat['style']) => `${s.fill}|${s.fontColor}|${s.bold}`;
  for (const s of cfStyles) {
    const key = dxfKey(s);
    if (dxfIds.has(key)) continue;
    const font = s.bold || s.fontColor ? `<${p}font>${s.bold ? `<${p}b/>` : ''}${s.fontColor ? `<${p}color rgb="${argb(s.fontColor)}"/>` : ''}</${p}font>` : '';
    const fill = s.fill ? `<${p}fill><${p}patternFill patternType="solid"><${p}fgColor rgb="${argb(s.fill)}"/><${p}bgColor rgb="${argb(s.fill)}"/></${p}patternFill></${p}fill>` : '';
    dxfIds.set(key, e.dxfs + dxfs.length);
    dxfs.push(`<${p}dxf>${font}${fill}</${p}dxf>`);
  }

  let out = xml;
  out = appendToSection(out, p, 'numFmts', numFmts, e.numFmtCount + numFmts.length, after('numFmts'), rootClose);
  out = appendToSection(out, p, 'fonts', fonts, e.fonts + fonts.length, after('fonts'), rootClose);
  out = appendToSection(out, p, 'fills', fills, e.fills + fills.length, after('fills'), rootClose);
  out = appendToSection(out, p, 'borders', borders, e.borders + borders.length, after('borders'), rootClose);
  out = appendToSection(out, p, 'cellXfs', xfs, e.xfs + xfs.length, after('cellXfs'), rootClose);
  out = appendToSection(out, p, 'dxfs', dxfs, e.dxfs + dxfs.length, after('dxfs'), rootClose);
  return { xml: out, xfOf, dxfOf: (s) => dxfIds.get(dxfKey(s)) ?? 0 };
}

