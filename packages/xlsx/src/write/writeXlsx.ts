/**
 * Input package + render plan → output package. Every part of the input is
 * copied byte for byte (its compressed bytes, unchanged) except the few the
 * plan must change: `[Content_Types].xml`, the workbook part and its
 * relationships, `styles.xml` (append-only), `docProps/app.xml`, the parts of
 * replaced product sheets (and the drawings, charts and tables only they use),
 * and `calcChain.xml` when a replaced sheet had entries in it. New sheets are new parts.
 */
import type { PlannedSheet, RenderPlan } from '@giaoban/core';
import { XlsxError } from '../errors.js';
import type { XlsxLimits } from '../limits.js';
import { isRelType, openPackage, parseRelationships, relsPartOf, type OpenedPackage, type PackageSheet, type Relationship } from '../read/package.js';
import { rawData } from '../zip/directory.js';
import { findEntry, readPartText } from '../zip/inflate.js';
import { compressParts, writeZip, type OutEntry } from '../zip/writeZip.js';
import { escapeAttr, escapeText } from '../xml/xml.js';
import { chartXml, drawingXml } from './chartXml.js';
import { CONTENT_TYPE, REL_NS, REL_TYPE, editAppXml, editCalcChain, editContentTypes, editRels, relsXml, tableXml, toStrict } from './parts.js';
import { sheetXml } from './sheetXml.js';
import { appendStyles } from './styles.js';
import { BASE_STYLES_XML } from './baseWorkbook.js';
import { findElement, findStartTag, removeElements, rootPrefix } from './xmlEdit.js';

/** Options of {@link writeXlsx}. */
export interface WriteXlsxOptions {
  /** Limits for reading the input's small parts (the clerk's sheets are never inflated). */
  limits?: Partial<XlsxLimits>;
  /** Told, in Vietnamese and English, of each thing the copy changes besides the product's sheets (a sheet without its part dropped, as Excel's repair does). */
  onNote?: (note: { vi: string; en: string }) => void;
}

const encoder = new TextEncoder();

/** A part read from UTF-16 is written back in UTF-8 (every part the writer edits is): its declaration must say so. */
function utf8Declared(xml: string): string {
  return xml.replace(/^(\s*<\?xml\b[^>]*?\bencoding\s*=\s*["'])utf-16(?:le|be)?(["'])/i, '$1UTF-8$2');
}
const nameKey = (n: string) => n.normalize('NFC').toLocaleLowerCase('vi');

/**
 * Writes the plan's sheets into a copy of `input`.
 *
 * A Strict OOXML package gets its new parts in the Strict namespaces. A `<sheet>` whose relationship is empty,
 * missing or points at no part is left out of the copy (what Excel's repair does; other readers refuse such a
 * workbook), with a note through `options.onNote`.
 *
 * @throws XlsxError `corrupt` when the plan names a sheet the package lacks
 * @example
 * ```ts
 * const plan = buildRenderPlan(existing, [summaryModel]);
 * const out = await writeXlsx(inputBytes, plan); // the clerk's parts unchanged, "Tổng hợp" added
 * ```
 */
export async function writeXlsx(input: Uint8Array, plan: RenderPlan, options: WriteXlsxOptions = {}): Promise<Uint8Array> {
  const pkg = await openPackage(input, options.limits);
  const w = new PackageWriter(pkg, options.onNote);
  await w.load();
  return w.write(plan);
}

class PackageWriter {
  private readonly changed = new Map<string, string>();
  private readonly added: [string, string][] = [];
  private readonly removed = new Set<string>();
  private readonly used = new Set<string>();
  private relsBySource = new Map<string, Relationship[]>();
  private contentTypes = '';
  private tableIds = 0;
  private readonly wbDir: string;

  constructor(
    private readonly pkg: OpenedPackage,
    private readonly onNote: WriteXlsxOptions['onNote'] = undefined,
  ) {
    for (const e of pkg.dir.entries) this.used.add(e.name.toLowerCase());
    this.wbDir = pkg.workbookPart.slice(0, pkg.workbookPart.lastIndexOf('/') + 1);
  }

  private async text(part: string): Promise<string | null> {
    const e = findEntry(this.pkg.dir, part);
    return e ? readPartText(this.pkg.dir, e, this.pkg.budget) : null;
  }

  /** Reads the small parts: content types, every relationships part, table ids. */
  async load(): Promise<void> {
    this.contentTypes = (await this.text('[Content_Types].xml')) ?? '';
    if (!this.contentTypes) throw new XlsxError('corrupt', 'tệp bị hỏng: thiếu phần [Content_Types].xml.', 'missing [Content_Types].xml');
    for (const e of this.pkg.dir.entries) {
      const m = /^(.*?)_rels\/([^/]*)\.rels$/.exec(e.name);
      if (!m) continue;
      const source = m[1]! + m[2]!;
      this.relsBySource.set(source, parseRelationships(e.name, source, (await readPartText(this.pkg.dir, e, this.pkg.budget)) ?? ''));
    }
    for (const rels of this.relsBySource.values()) {
      for (const r of rels) {
        if (!isRelType(r.type, 'table') || !r.part) continue;
        const xml = await this.text(r.part);
        const id = xml ? /<(?:\w+:)?table\b[^>]*\sid="(\d+)"/.exec(xml)?.[1] : undefined;
        if (id) this.tableIds = Math.max(this.tableIds, Number(id));
      }
    }
  }

  /** A part name not in the package yet: `xl/worksheets/sheet7.xml`. */
  private fresh(folder: string, base: string, ext: string): string {
    for (let n = 1; ; n++) {
      const name = `${this.wbDir}${folder}/${base}${n}.${ext}`;
      if (!this.used.has(name.toLowerCase())) {
        this.used.add(name.toLowerCase());
        return name;
      }
    }
  }

  private freshStyles(): string {
    const name = `${this.wbDir}styles.xml`;
    if (!this.used.has(name.toLowerCase())) return this.used.add(name.toLowerCase()), name;
    return this.fresh('styles', 'styles', 'xml');
  }

  private removeClosure(sheets: readonly PackageSheet[]): void {
    const removedRelIds = new Set(sheets.map((s) => s.relId));
    const walk = (roots: string[], skip: (source: string, r: Relationship) => boolean): Set<string> => {
      const seen = new Set<string>();
      const queue = [...roots];
      while (queue.length) {
        const part = queue.pop()!;
        for (const r of this.relsBySource.get(part) ?? []) {
          if (!r.part || r.external || skip(part, r)) continue;
          const name = findEntry(this.pkg.dir, r.part)?.name;
          if (name && !seen.has(name)) {
            seen.add(name);
            queue.push(name);
          }
        }
      }
      return seen;
    };
    const reachable = walk([''], (source, r) => source === this.pkg.workbookPart && removedRelIds.has(r.id));
    const sheetParts = sheets.map((s) => s.part!).filter(Boolean);
    const closure = walk(sheetParts, () => false);
    for (const p of [...sheetParts, ...closure]) {
      if (reachable.has(p) || p === this.pkg.workbookPart) continue;
      this.removed.add(p);
      const rels = findEntry(this.pkg.dir, relsPartOf(p));
      if (rels) this.removed.add(rels.name);
    }
  }

  async write(plan: RenderPlan): Promise<Uint8Array> {
    const pkg = this.pkg;
    const byName = new Map(pkg.sheets.map((s) => [nameKey(s.name), s]));
    const replaced = plan.removed.map((n) => {
      const s = byName.get(nameKey(n));
      if (!s || !s.worksheet) throw new XlsxError('corrupt', `không tìm thấy trang "${n}" cần thay trong sổ.`, `sheet ${n} to replace is not in the package`);
      return s;
    });
    this.removeClosure(replaced);

    // Styles: append to the workbook's styles part (or create one).
    const stylesRel = pkg.workbookRels.find((r) => isRelType(r.type, 'styles') && r.part && findEntry(pkg.dir, r.part));
    const stylesPart = stylesRel ? findEntry(pkg.dir, stylesRel.part!)!.name : this.freshStyles();
    const stylesXml = (stylesRel ? await this.text(stylesPart) : null) ?? BASE_STYLES_XML;
    const styled = appendStyles(stylesXml, plan.styles, plan.sheets.flatMap((s) => s.conditionalFormats.map((c) => c.style)));
    this.changed.set(stylesPart, styled.xml);

    const wbRelIds = new Set(pkg.workbookRels.map((r) => r.id));
    const newRelId = (taken: Set<string>) => {
      for (let n = taken.size + 1; ; n++) if (!taken.has(`rId${n}`)) return taken.add(`rId${n}`), `rId${n}`;
    };
    const wbRelsAdd: { id: string; type: string; target: string }[] = [];
    const typesAdd: { part: string; type: string }[] = [];
    // Sheets without a part: Excel's repair drops them; so does the copy, and the clerk is told.
    const broken = pkg.sheets.filter((s) => !s.part);
    for (const b of broken) {
      this.onNote?.({
        vi: `Trang "${b.name}" trong sổ gốc không có nội dung (thiếu liên kết r:id tới phần trang tính) nên Excel cũng không mở được; bản sao bỏ trang này, như Excel làm khi sửa tệp.`,
        en: `Sheet "${b.name}" of the source workbook has no content (its r:id points at no worksheet part), so Excel cannot open it either; the copy leaves it out, as Excel's repair does.`,
      });
    }
    if (!stylesRel) {
      this.added.push([stylesPart, styled.xml]);
      this.changed.delete(stylesPart);
      wbRelsAdd.push({ id: newRelId(wbRelIds), type: REL_TYPE.styles, target: stylesPart.slice(this.wbDir.length) });
      typesAdd.push({ part: stylesPart, type: CONTENT_TYPE.styles });
    }

    let maxSheetId = Math.max(0, ...pkg.sheets.map((s) => (Number.isFinite(s.sheetId) ? s.sheetId : 0)));
    const newSheetTags = new Map<string, string>(); // replaced relId → new <sheet> tag
    const appendedTags: string[] = [];
    const wbPrefix = rootPrefix(pkg.workbookXml, 'workbook');
    // Only a declaration on the root is in scope for a new <sheet> (openpyxl declares it on each sheet).
    const rootTag = findStartTag(pkg.workbookXml, wbPrefix, 'workbook')?.tag ?? '';
    const relNs = pkg.strict ? toStrict(REL_NS) : REL_NS;
    const relPrefix = new RegExp(`xmlns:(\\w+)\\s*=\\s*["']${relNs.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}["']`).exec(rootTag)?.[1];
    const positions: number[] = [];
    // Positions in the copy: the sheets kept, then the new ones.
    const dropped = new Set(broken.map((b) => b.position));
    const newPosition = (old: number) => old - broken.filter((b) => b.position < old).length;
    let nextPosition = pkg.sheets.length - broken.length;
    for (const sheet of plan.sheets) {
      const part = this.fresh('worksheets', 'sheet', 'xml');
      const relId = newRelId(wbRelIds);
      wbRelsAdd.push({ id: relId, type: REL_TYPE.worksheet, target: part.slice(this.wbDir.length) });
      typesAdd.push({ part, type: CONTENT_TYPE.worksheet });
      this.writeSheetParts(sheet, part, styled, typesAdd);
      const tag =
        `<${wbPrefix}sheet name="${escapeAttr(sheet.name)}" sheetId="${++maxSheetId}"${sheet.hidden ? ' state="hidden"' : ''}` +
        (relPrefix ? ` ${relPrefix}:id="${relId}"/>` : ` xmlns:r="${relNs}" r:id="${relId}"/>`);
      const old = sheet.replaces ? byName.get(nameKey(sheet.replaces)) : undefined;
      if (old) {
        newSheetTags.set(old.relId, tag);
        positions.push(newPosition(old.position));
      } else {
        appendedTags.push(tag);
        positions.push(nextPosition++);
      }
    }

    this.changed.set(pkg.workbookPart, this.editWorkbook(plan, replaced, newSheetTags, appendedTags, positions, wbPrefix, dropped, newPosition));
    const wbRels = (await this.text(pkg.workbookRelsPart)) ?? relsXml([]);
    if (pkg.strict) for (const r of wbRelsAdd) r.type = toStrict(r.type);
    this.changed.set(pkg.workbookRelsPart, editRels(wbRels, wbRelsAdd, new Set(replaced.map((s) => s.relId))));
    if (!findEntry(pkg.dir, pkg.workbookRelsPart)) {
      this.added.push([pkg.workbookRelsPart, this.changed.get(pkg.workbookRelsPart)!]);
      this.changed.delete(pkg.workbookRelsPart);
    }
    await this.editCalcChain(replaced);
    this.typeEveryNewPart(typesAdd);
    if (pkg.strict) for (const a of this.added) a[1] = toStrict(a[1]);
    this.changed.set(findEntry(pkg.dir, '[Content_Types].xml')!.name, editContentTypes(this.contentTypes, typesAdd, this.removed));
    await this.editApp(plan);
    return this.assemble();
  }

  /**
   * Every new part gets a content type: an Override unless a Default covers its extension. Older LibreOffice
   * types each .rels part by an Override and has no Default for "rels"; a new .rels part would be untyped.
   */
  private typeEveryNewPart(typesAdd: { part: string; type: string }[]): void {
    const defaults = new Set([...this.contentTypes.matchAll(/<(?:\w+:)?Default\b[^>]*\bExtension\s*=\s*["']([^"']*)["']/g)].map((m) => m[1]!.toLowerCase()));
    const typed = new Set(typesAdd.map((t) => t.part.toLowerCase()));
    for (const [part] of this.added) {
      if (typed.has(part.toLowerCase())) continue;
      const ext = part.slice(part.lastIndexOf('.') + 1).toLowerCase();
      if (defaults.has(ext)) continue;
      typesAdd.push({ part, type: ext === 'rels' ? CONTENT_TYPE.relationships : 'application/xml' });
    }
  }

  private writeSheetParts(sheet: PlannedSheet, part: string, styled: ReturnType<typeof appendStyles>, typesAdd: { part: string; type: string }[]): void {
    const rels: { id: string; type: string; target: string }[] = [];
    const relIds = new Set<string>();
    let drawingRel: string | null = null;
    if (sheet.charts.length) {
      const drawing = this.fresh('drawings', 'drawing', 'xml');
      drawingRel = `rId${rels.length + 1}`;
      relIds.add(drawingRel);
      rels.push({ id: drawingRel, type: REL_TYPE.drawing, target: `../drawings/${drawing.slice(drawing.lastIndexOf('/') + 1)}` });
      const chartRels = sheet.charts.map((chart, i) => {
        const chartPart = this.fresh('charts', 'chart', 'xml');
        this.added.push([chartPart, chartXml(chart)]);
        typesAdd.push({ part: chartPart, type: CONTENT_TYPE.chart });
        return { id: `rId${i + 1}`, type: REL_TYPE.chart, target: `../charts/${chartPart.slice(chartPart.lastIndexOf('/') + 1)}` };
      });
      this.added.push([drawing, drawingXml(sheet.charts, chartRels.map((r) => r.id))]);
      this.added.push([relsPartOf(drawing), relsXml(chartRels)]);
      typesAdd.push({ part: drawing, type: CONTENT_TYPE.drawing });
    }
    const tableRels = sheet.tables.map((t) => {
      const tablePart = this.fresh('tables', 'table', 'xml');
      this.added.push([tablePart, tableXml(t, ++this.tableIds)]);
      typesAdd.push({ part: tablePart, type: CONTENT_TYPE.table });
      const id = `rId${rels.length + 1}`;
      rels.push({ id, type: REL_TYPE.table, target: `../tables/${tablePart.slice(tablePart.lastIndexOf('/') + 1)}` });
      return id;
    });
    this.added.push([part, sheetXml(sheet, styled.xfOf, styled.dxfOf, { drawing: drawingRel, tables: tableRels })]);
    if (rels.length) this.added.push([relsPartOf(part), relsXml(rels)]);
  }

  private editWorkbook(
    plan: RenderPlan,
    replaced: PackageSheet[],
    newTags: Map<string, string>,
    appended: string[],
    positions: number[],
    p: string,
    dropped: ReadonlySet<number>,
    newPosition: (old: number) => number,
  ): string {
    let xml = this.pkg.workbookXml;
    const sheetsEl = findElement(xml, p, 'sheets');
    if (!sheetsEl) throw new XlsxError('corrupt', 'tệp bị hỏng: xl/workbook.xml không có danh sách trang.', 'workbook has no <sheets>');
    let inner = sheetsEl.inner ?? '';
    let at = 0;
    inner = inner.replace(new RegExp(`<${p}sheet(?=[\\s/>])[^>]*?(?:/>|>[\\s\\S]*?</${p}sheet>)`, 'g'), (tag) => {
      if (dropped.has(at++)) return '';
      const rid = /\s[\w]+:id\s*=\s*["']([^"']*)["']/.exec(tag)?.[1];
      return rid !== undefined && newTags.has(rid) ? newTags.get(rid)! : tag;
    });
    inner += appended.join('');
    const open = findStartTag(xml, p, 'sheets')!;
    const openTag = open.selfClosing ? open.tag.replace(/\s*\/>$/, '>') : open.tag;
    xml = xml.slice(0, sheetsEl.start) + openTag + inner + `</${p}sheets>` + xml.slice(sheetsEl.end);

    // Names scoped to a replaced sheet were the product's (print titles, print area): they go with it; so do
    // those of a dropped sheet, and the others follow their sheet's new position.
    const gone = new Set([...replaced.map((s) => s.position), ...dropped].map(String));
    const names: string[] = [];
    plan.sheets.forEach((s, i) => {
      const at = positions[i]!;
      if (s.print.printTitles) names.push(`<${p}definedName name="_xlnm.Print_Titles" localSheetId="${at}">${escapeText(s.print.printTitles)}</${p}definedName>`);
      if (s.print.printAreaFormula) names.push(`<${p}definedName name="_xlnm.Print_Area" localSheetId="${at}">${escapeText(s.print.printAreaFormula)}</${p}definedName>`);
    });
    let dn = findElement(xml, p, 'definedNames');
    if (dn && gone.size) {
      const edited = removeElements(dn.text, p, 'definedName', (tag) => gone.has(/\slocalSheetId\s*=\s*["'](\d+)["']/.exec(tag)?.[1] ?? ''));
      xml = xml.slice(0, dn.start) + edited + xml.slice(dn.end);
      dn = findElement(xml, p, 'definedNames');
    }
    if (dropped.size) xml = this.renumberSheetPositions(xml, p, newPosition);
    if (names.length) {
      if (dn && dn.inner !== null) {
        const close = `</${p}definedNames>`;
        xml = xml.slice(0, dn.end - close.length) + names.join('') + xml.slice(dn.end - close.length);
      } else {
        const block = `<${p}definedNames>${names.join('')}</${p}definedNames>`;
        if (dn) xml = xml.slice(0, dn.start) + block + xml.slice(dn.end);
        else {
          const anchor = findElement(xml, p, 'externalReferences') ?? findElement(xml, p, 'functionGroups') ?? findElement(xml, p, 'sheets')!;
          xml = xml.slice(0, anchor.end) + block + xml.slice(anchor.end);
        }
      }
    }
    // An empty <definedNames> is invalid.
    xml = xml.replace(new RegExp(`<${p}definedNames>\\s*</${p}definedNames>|<${p}definedNames\\s*/>`), '');
    return xml;
  }

  /** After sheets are dropped: `localSheetId` of every name, and `activeTab`/`firstSheet` of the views, follow their sheet. */
  private renumberSheetPositions(xml: string, p: string, newPosition: (old: number) => number): string {
    const kept = this.pkg.sheets.length - this.pkg.sheets.filter((s) => !s.part).length;
    const clamp = (n: number) => String(Math.max(0, Math.min(newPosition(n), kept - 1)));
    let out = xml.replace(new RegExp(`(<${p}definedName\\b[^>]*\\slocalSheetId\\s*=\\s*["'])(\\d+)(["'])`, 'g'), (_m, a: string, n: string, b: string) => a + newPosition(Number(n)) + b);
    out = out.replace(new RegExp(`(<${p}workbookView\\b[^>]*)`, 'g'), (tag: string) =>
      tag.replace(/(\s(?:activeTab|firstSheet)\s*=\s*["'])(\d+)(["'])/g, (_m, a: string, n: string, b: string) => a + clamp(Number(n)) + b),
    );
    return out;
  }

  private async editCalcChain(replaced: PackageSheet[]): Promise<void> {
    if (!replaced.length) return;
    const rel = this.pkg.workbookRels.find((r) => isRelType(r.type, 'calcChain') && r.part);
    const entry = rel?.part ? findEntry(this.pkg.dir, rel.part) : undefined;
    if (!rel || !entry) return;
    const xml = (await this.text(entry.name)) ?? '';
    const edited = editCalcChain(xml, new Set(replaced.map((s) => s.sheetId)));
    if (edited === xml) return;
    if (edited !== null) this.changed.set(entry.name, edited);
    else {
      this.removed.add(entry.name);
      const wbRels = this.changed.get(this.pkg.workbookRelsPart)!;
      this.changed.set(this.pkg.workbookRelsPart, editRels(wbRels, [], new Set([rel.id])));
    }
  }

  private async editApp(plan: RenderPlan): Promise<void> {
    const rel = (this.relsBySource.get('') ?? []).find((r) => isRelType(r.type, 'extended-properties') && r.part);
    const entry = rel?.part ? findEntry(this.pkg.dir, rel.part) : undefined;
    if (!entry) return;
    const xml = (await this.text(entry.name)) ?? '';
    const worksheets = this.pkg.sheets.filter((s) => s.worksheet);
    const replacedBy = new Map(plan.sheets.filter((s) => s.replaces).map((s) => [nameKey(s.replaces!), s.name]));
    const names = worksheets
      .filter((s) => s.part)
      .map((s) => replacedBy.get(nameKey(s.name)) ?? s.name)
      .concat(plan.sheets.filter((s) => !s.replaces).map((s) => s.name));
    const edited = editAppXml(xml, worksheets.length, names);
    if (edited !== null) this.changed.set(entry.name, edited);
  }

  private assemble(): Uint8Array {
    const { dir } = this.pkg;
    const recompressed = new Map(compressParts([...this.changed].map(([name, text]) => [name, encoder.encode(utf8Declared(text))] as const)).map((e) => [e.name, e]));
    const out: OutEntry[] = [];
    for (const e of dir.entries) {
      if (this.removed.has(e.name)) continue;
      const changed = recompressed.get(e.name);
      if (changed) out.push({ ...changed, modTime: e.modTime, modDate: e.modDate, ...(e.rawName ? { rawName: e.rawName } : {}) });
      else out.push({ ...e, data: rawData(dir, e) });
    }
    out.push(...compressParts(this.added.map(([name, text]) => [name, encoder.encode(text)] as const)));
    return writeZip(out);
  }
}

