/**
 * Sheet models → a copy of the clerk's .xlsx package with the product's sheets
 * added or replaced. Every part the output does not need to change is carried
 * as it is (same bytes once inflated); only `[Content_Types].xml`,
 * `xl/workbook.xml`, its relationships and `xl/styles.xml` (append-only) change,
 * plus the product's own sheet parts.
 *
 * This is the app's stand-in until `@giaoban/xlsx` (issue 9) is merged: it
 * writes values, column widths, row heights, merges, frozen panes, bold/italic,
 * wrap, alignment, borders, number formats, inline drop-downs, cell links and
 * A4 page setup; charts, tables and conditional formats are left out and said so.
 * Placement (replace only a sheet carrying our marker) is the core's.
 */
import { strFromU8, strToU8, unzipSync, zipSync, type Zippable } from 'fflate';
import { placeOutputSheet, type CellStyle, type ExistingSheet, type SheetModel } from '@giaoban/core';
import { escapeXml, unescapeXml } from './xml.js';
import { renderWorksheet, type StyleIndex } from './worksheetXml.js';

/** What happened to one model. */
export interface WrittenSheet {
  sheet: string;
  action: 'replace' | 'create';
}

const NS_REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const WORKSHEET_TYPE = `${NS_REL}/worksheet`;
const WORKSHEET_CT = 'application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml';

interface SheetEntry {
  name: string;
  rid: string;
  part: string;
}

/** Resolves a relationship target against the folder of its source part (absolute targets start with "/"). */
function resolveTarget(sourceDir: string, target: string): string {
  if (target.startsWith('/')) return target.slice(1);
  const parts = (sourceDir ? sourceDir.split('/') : []).concat(target.split('/'));
  const out: string[] = [];
  for (const p of parts) {
    if (p === '..') out.pop();
    else if (p !== '.' && p !== '') out.push(p);
  }
  return out.join('/');
}

function attr(tag: string, name: string): string | null {
  const m = new RegExp(`\\s${name}="([^"]*)"`).exec(tag);
  return m ? unescapeXml(m[1]!) : null;
}

function readRels(xml: string): Map<string, { type: string; target: string }> {
  const rels = new Map<string, { type: string; target: string }>();
  for (const m of xml.matchAll(/<(?:\w+:)?Relationship\b[^>]*>/g)) {
    const id = attr(m[0], 'Id');
    if (id) rels.set(id, { type: attr(m[0], 'Type') ?? '', target: attr(m[0], 'Target') ?? '' });
  }
  return rels;
}

/** Appends styles to styles.xml on demand and gives each distinct cell style its `cellXfs` index. */
class StyleAppender implements StyleIndex {
  private readonly xfs: string[] = [];
  private readonly fonts: string[] = [];
  private readonly numFmts: string[] = [];
  private readonly byKey = new Map<string, number>();
  private readonly fmtIds = new Map<string, number>();
  private readonly fontIds = new Map<string, number>();
  private borderId: number | null = null;
  private readonly baseXfs: number;
  private readonly baseFonts: number;
  private readonly baseBorders: number;
  private nextFmt: number;

  constructor(private readonly xml: string) {
    this.baseXfs = count(xml, 'cellXfs', 'xf');
    this.baseFonts = count(xml, 'fonts', 'font');
    this.baseBorders = count(xml, 'borders', 'border');
    const ids = [...xml.matchAll(/<numFmt\b[^>]*numFmtId="(\d+)"/g)].map((m) => Number(m[1]));
    this.nextFmt = Math.max(163, ...ids) + 1;
    for (const m of xml.matchAll(/<numFmt\b[^>]*>/g)) {
      const code = attr(m[0], 'formatCode');
      const id = attr(m[0], 'numFmtId');
      if (code !== null && id !== null) this.fmtIds.set(code, Number(id));
    }
  }

  index(style: CellStyle): number {
    const key = JSON.stringify([style.bold, style.italic, style.fontSize, style.wrap, style.horizontal, style.vertical, style.border, style.numberFormat]);
    const known = this.byKey.get(key);
    if (known !== undefined) return known;
    const fontId = this.font(style);
    const numFmtId = this.numFmt(style.numberFormat);
    const borderId = style.border ? this.border() : 0;
    const align =
      style.wrap || style.horizontal || style.vertical
        ? `<alignment${style.horizontal ? ` horizontal="${style.horizontal}"` : ''}${style.vertical ? ` vertical="${style.vertical === 'middle' ? 'center' : style.vertical}"` : ''}${style.wrap ? ' wrapText="1"' : ''}/>`
        : '';
    this.xfs.push(
      `<xf numFmtId="${numFmtId}" fontId="${fontId}" fillId="0" borderId="${borderId}" xfId="0" applyNumberFormat="1" applyFont="1" applyBorder="1"${align ? ' applyAlignment="1">' + align + '</xf>' : '/>'}`,
    );
    const idx = this.baseXfs + this.xfs.length - 1;
    this.byKey.set(key, idx);
    return idx;
  }

  private font(style: CellStyle): number {
    const key = `${style.bold ? 'b' : ''}${style.italic ? 'i' : ''}${style.fontSize ?? 12}`;
    const known = this.fontIds.get(key);
    if (known !== undefined) return known;
    this.fonts.push(`<font>${style.bold ? '<b/>' : ''}${style.italic ? '<i/>' : ''}<sz val="${style.fontSize ?? 12}"/><name val="Times New Roman"/><family val="1"/></font>`);
    const id = this.baseFonts + this.fonts.length - 1;
    this.fontIds.set(key, id);
    return id;
  }

  private numFmt(code: string | undefined): number {
    if (!code || code === 'General') return 0;
    const builtin: Record<string, number> = { '0': 1, '0.00': 2, '#,##0': 3, '#,##0.00': 4, '0%': 9, '0.00%': 10, '@': 49 };
    if (builtin[code] !== undefined) return builtin[code]!;
    const known = this.fmtIds.get(code);
    if (known !== undefined) return known;
    const id = this.nextFmt++;
    this.numFmts.push(`<numFmt numFmtId="${id}" formatCode="${escapeXml(code)}"/>`);
    this.fmtIds.set(code, id);
    return id;
  }

  private border(): number {
    if (this.borderId === null) this.borderId = this.baseBorders;
    return this.borderId;
  }

  /** styles.xml with the new entries appended (existing indexes keep their meaning). */
  result(): string {
    let xml = this.xml;
    if (this.numFmts.length > 0) {
      if (/<numFmts\b/.test(xml)) xml = appendTo(xml, 'numFmts', this.numFmts);
      else xml = xml.replace(/(<styleSheet\b[^>]*>)/, `$1<numFmts count="${this.numFmts.length}">${this.numFmts.join('')}</numFmts>`);
    }
    if (this.fonts.length > 0) xml = appendTo(xml, 'fonts', this.fonts);
    if (this.borderId !== null) xml = appendTo(xml, 'borders', ['<border><left style="thin"/><right style="thin"/><top style="thin"/><bottom style="thin"/><diagonal/></border>']);
    if (this.xfs.length > 0) xml = appendTo(xml, 'cellXfs', this.xfs);
    return xml;
  }
}

function count(xml: string, list: string, item: string): number {
  const m = new RegExp(`<${list}\\b[^>]*>([\\s\\S]*?)</${list}>`).exec(xml);
  if (!m) return 0;
  return (m[1]!.match(new RegExp(`<${item}[\\s/>]`, 'g')) ?? []).length;
}

function appendTo(xml: string, list: string, items: string[]): string {
  const n = count(xml, list, list === 'cellXfs' ? 'xf' : list.slice(0, -1));
  return xml
    .replace(new RegExp(`</${list}>`), `${items.join('')}</${list}>`)
    .replace(new RegExp(`<${list}\\b([^>]*?)\\scount="\\d+"`), `<${list}$1 count="${n + items.length}"`);
}

/**
 * Adds or replaces the product's sheets in a copy of an .xlsx package.
 * `existing` lists the workbook's sheets with the marker found in each (from the grid read before),
 * so placement is decided by the core exactly as in the CLI and the add-in.
 * Throws an Error (Vietnamese) when the package has no workbook part.
 *
 * @example
 * ```ts
 * const { bytes, written } = writeSheetsIntoPackage(input, existing, [planModel]);
 * ```
 */
export function writeSheetsIntoPackage(
  input: Uint8Array,
  existing: readonly ExistingSheet[],
  models: readonly SheetModel[],
): { bytes: Uint8Array; written: WrittenSheet[]; notes: string[] } {
  const files = unzipSync(input);
  const rootRels = files['_rels/.rels'] ? readRels(strFromU8(files['_rels/.rels'])) : new Map();
  const officeDoc = [...rootRels.values()].find((r) => r.type.endsWith('/officeDocument'));
  const wbPart = officeDoc ? resolveTarget('', officeDoc.target) : 'xl/workbook.xml';
  if (!files[wbPart]) throw new Error(`Tệp không có phần sổ làm việc (${wbPart}); không ghi được.`);
  const wbDir = wbPart.includes('/') ? wbPart.slice(0, wbPart.lastIndexOf('/')) : '';
  const relsPart = `${wbDir ? wbDir + '/' : ''}_rels/${wbPart.slice(wbDir.length ? wbDir.length + 1 : 0)}.rels`;
  let wbXml = strFromU8(files[wbPart]!);
  let relsXml = files[relsPart] ? strFromU8(files[relsPart]!) : `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>`;
  let ctXml = strFromU8(files['[Content_Types].xml']!);
  const rels = readRels(relsXml);
  const sheets: SheetEntry[] = [...wbXml.matchAll(/<(?:\w+:)?sheet\b[^>]*>/g)].map((m) => {
    const rid = attr(m[0], 'r:id') ?? attr(m[0], '[\\w]+:id') ?? '';
    return { name: attr(m[0], 'name') ?? '', rid, part: resolveTarget(wbDir, rels.get(rid)?.target ?? '') };
  });
  const stylesRel = [...rels.values()].find((r) => r.type.endsWith('/styles'));
  const stylesPart = stylesRel ? resolveTarget(wbDir, stylesRel.target) : null;
  const styles = stylesPart && files[stylesPart] ? new StyleAppender(strFromU8(files[stylesPart]!)) : null;
  const noStyles: StyleIndex = { index: () => 0 };

  const placed: ExistingSheet[] = existing.map((s) => ({ ...s }));
  const written: WrittenSheet[] = [];
  const notes: string[] = [];
  let maxId = Math.max(0, ...[...wbXml.matchAll(/<(?:\w+:)?sheet\b[^>]*\ssheetId="(\d+)"/g)].map((m) => Number(m[1])));
  let n = 0;
  for (const model of models) {
    const where = placeOutputSheet(placed, model);
    const xml = renderWorksheet(model, where.name, styles ?? noStyles);
    if (where.action === 'replace') {
      const entry = sheets.find((s) => s.name === where.name);
      if (!entry || !files[entry.part]) throw new Error(`Không tìm thấy phần của trang "${where.name}" trong tệp.`);
      files[entry.part] = strToU8(xml);
      // The replaced sheet's own relationships (old drawings, tables) no longer apply.
      const dir = entry.part.slice(0, entry.part.lastIndexOf('/'));
      delete files[`${dir}/_rels/${entry.part.slice(dir.length + 1)}.rels`];
    } else {
      // Named sheetN.xml like Excel's own parts: exceljs's streaming reader (the CLI today) finds sheets by that name.
      let part: string;
      do part = `${wbDir ? wbDir + '/' : ''}worksheets/sheet${++n}.xml`;
      while (files[part]);
      let rid: string;
      let k = 0;
      do rid = `rIdGiaoban${++k}`;
      while (rels.has(rid));
      rels.set(rid, { type: WORKSHEET_TYPE, target: part });
      files[part] = strToU8(xml);
      const target = part.slice(wbDir ? wbDir.length + 1 : 0);
      relsXml = relsXml.replace(/<\/Relationships>\s*$/, `<Relationship Id="${rid}" Type="${WORKSHEET_TYPE}" Target="${escapeXml(target)}"/></Relationships>`);
      ctXml = ctXml.replace(/<\/Types>\s*$/, `<Override PartName="/${escapeXml(part)}" ContentType="${WORKSHEET_CT}"/></Types>`);
      const state = model.hidden ? ' state="hidden"' : '';
      wbXml = wbXml.replace(/<\/((?:\w+:)?)sheets>/, (_m, p: string) => `<${p}sheet name="${escapeXml(where.name)}" sheetId="${++maxId}"${state} r:id="${rid}"/></${p}sheets>`);
      sheets.push({ name: where.name, rid, part });
      placed.push({ name: where.name, marker: null });
    }
    written.push({ sheet: where.name, action: where.action });
    if ((model.charts?.length ?? 0) > 0) notes.push(`Trang "${where.name}": chưa vẽ biểu đồ (bản ngoại tuyến này chưa ghi được biểu đồ).`);
  }
  if (!/\sxmlns:r="/.test(wbXml.slice(0, 600))) wbXml = wbXml.replace(/<((?:\w+:)?)workbook\b/, `<$1workbook xmlns:r="${NS_REL}"`);
  files[wbPart] = strToU8(wbXml);
  files[relsPart] = strToU8(relsXml);
  files['[Content_Types].xml'] = strToU8(ctXml);
  if (styles && stylesPart) files[stylesPart] = strToU8(styles.result());
  const zippable: Zippable = {};
  for (const [name, data] of Object.entries(files)) zippable[name] = [data, { level: name.endsWith('.xml') || name.endsWith('.rels') ? 6 : 0 }];
  return { bytes: zipSync(zippable), written, notes };
}
