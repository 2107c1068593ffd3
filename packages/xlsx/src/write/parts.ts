/**
 * Small parts the writer adds or edits: table parts, relationship parts,
 * `[Content_Types].xml`, `docProps/app.xml` (sheet names) and `calcChain.xml`.
 */
import type { PlannedTable } from '@giaoban/core';
import { escapeAttr } from '../xml/xml.js';
import { findElement, removeElements, rootPrefix } from './xmlEdit.js';

export const REL_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
export const REL_TYPE = {
  worksheet: `${REL_NS}/worksheet`,
  drawing: `${REL_NS}/drawing`,
  chart: `${REL_NS}/chart`,
  table: `${REL_NS}/table`,
  styles: `${REL_NS}/styles`,
};
export const CONTENT_TYPE = {
  worksheet: 'application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml',
  drawing: 'application/vnd.openxmlformats-officedocument.drawing+xml',
  chart: 'application/vnd.openxmlformats-officedocument.drawingml.chart+xml',
  table: 'application/vnd.openxmlformats-officedocument.spreadsheetml.table+xml',
  styles: 'application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml',
  relationships: 'application/vnd.openxmlformats-package.relationships+xml',
};

/** Transitional namespaces of the parts the writer makes, and their Strict OOXML counterparts (ECMA-376 Part 1, Strict). */
const STRICT_NAMESPACES: readonly (readonly [string, string])[] = [
  ['http://schemas.openxmlformats.org/spreadsheetml/2006/main', 'http://purl.oclc.org/ooxml/spreadsheetml/main'],
  ['http://schemas.openxmlformats.org/officeDocument/2006/relationships', 'http://purl.oclc.org/ooxml/officeDocument/relationships'],
  ['http://schemas.openxmlformats.org/drawingml/2006/main', 'http://purl.oclc.org/ooxml/drawingml/main'],
  ['http://schemas.openxmlformats.org/drawingml/2006/chart', 'http://purl.oclc.org/ooxml/drawingml/chart'],
  ['http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing', 'http://purl.oclc.org/ooxml/drawingml/spreadsheetDrawing'],
];

/**
 * A part (or a relationship type) written for a Transitional package, in the Strict namespaces instead.
 * The package's own namespaces (content types, package relationships) are the same in both.
 */
export function toStrict(xml: string): string {
  let out = xml;
  for (const [t, s] of STRICT_NAMESPACES) out = out.split(t).join(s);
  return out;
}

/** A table part; `id` unique in the workbook. */
export function tableXml(table: PlannedTable, id: number): string {
  const cols = table.columns.map((name, i) => `<tableColumn id="${i + 1}" name="${escapeAttr(tableColumnName(name))}"/>`).join('');
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<table xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" id="${id}" name="${escapeAttr(table.name)}" displayName="${escapeAttr(table.name)}" ref="${table.range}" headerRowCount="1" totalsRowShown="0">` +
    `<autoFilter ref="${table.range}"/><tableColumns count="${table.columns.length}">${cols}</tableColumns>` +
    `<tableStyleInfo name="${escapeAttr(table.style)}" showFirstColumn="0" showLastColumn="0" showRowStripes="${table.showRowStripes ? 1 : 0}" showColumnStripes="0"/></table>`
  );
}

/** Line breaks in a header are stored as `_x000a_` in a table column name (Excel's own form). */
function tableColumnName(name: string): string {
  return name.replace(/\r?\n/g, '_x000a_');
}

/** A relationships part. */
export function relsXml(rels: readonly { id: string; type: string; target: string }[]): string {
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
    rels.map((r) => `<Relationship Id="${r.id}" Type="${r.type}" Target="${escapeAttr(r.target)}"/>`).join('') +
    '</Relationships>'
  );
}

/** Adds relationships to a .rels text and removes those with the given ids. */
export function editRels(xml: string, add: readonly { id: string; type: string; target: string }[], removeIds: ReadonlySet<string>): string {
  const p = rootPrefix(xml, 'Relationships');
  let out = removeIds.size ? removeElements(xml, p, 'Relationship', (tag) => removeIds.has(/\sId\s*=\s*["']([^"']*)["']/.exec(tag)?.[1] ?? '')) : xml;
  const added = add.map((r) => `<${p}Relationship Id="${r.id}" Type="${r.type}" Target="${escapeAttr(r.target)}"/>`).join('');
  const close = `</${p}Relationships>`;
  const at = out.lastIndexOf(close);
  if (at < 0) out = out.replace(/<([\w:]*)Relationships([^>]*)\/>/, `<$1Relationships$2>${added}</$1Relationships>`);
  else out = out.slice(0, at) + added + out.slice(at);
  return out;
}

/** Adds overrides for new parts (`/xl/…` part names) and drops those of removed parts. */
export function editContentTypes(xml: string, add: readonly { part: string; type: string }[], removed: ReadonlySet<string>): string {
  const p = rootPrefix(xml, 'Types');
  const lowerRemoved = new Set([...removed].map((r) => `/${r}`.toLowerCase()));
  let out = removed.size ? removeElements(xml, p, 'Override', (tag) => lowerRemoved.has((/\sPartName\s*=\s*["']([^"']*)["']/.exec(tag)?.[1] ?? '').toLowerCase())) : xml;
  const added = add.map((a) => `<${p}Override PartName="/${escapeAttr(a.part)}" ContentType="${a.type}"/>`).join('');
  const close = `</${p}Types>`;
  const at = out.lastIndexOf(close);
  out = out.slice(0, at) + added + out.slice(at);
  return out;
}

/**
 * Replaces the worksheet titles in `docProps/app.xml` (HeadingPairs / TitlesOfParts) with `sheetNames`.
 * Returns null when the part does not have the usual shape (Excel tolerates a stale list; it is then left as it is).
 */
export function editAppXml(xml: string, oldWorksheetCount: number, sheetNames: readonly string[]): string | null {
  const pairs = findElement(xml, rootPrefix(xml, 'HeadingPairs'), 'HeadingPairs');
  const titles = findElement(xml, rootPrefix(xml, 'TitlesOfParts'), 'TitlesOfParts');
  if (!pairs?.inner || !titles?.inner) return null;
  // Pairs: (name, count)…; the worksheets' pair is the first one whose count is the old worksheet count.
  const variants = [...pairs.inner.matchAll(/<(\w+:)?variant>\s*<(\w+:)?(lpstr|i4)>([^<]*)<\/\2\3>\s*<\/\1variant>/g)].map((m) => ({ kind: m[3]!, value: m[4]!, text: m[0], index: m.index! }));
  let before = 0;
  let countAt = -1;
  for (let i = 0; i + 1 < variants.length; i += 2) {
    const n = Number(variants[i + 1]!.value);
    if (variants[i + 1]!.kind !== 'i4' || !Number.isFinite(n)) return null;
    if (countAt < 0 && n === oldWorksheetCount && /sheet|trang|feuil|blatt|hoja|工作/i.test(variants[i]!.value)) {
      countAt = i + 1;
      break;
    }
    before += n;
  }
  if (countAt < 0) return null;
  const lpstrs = [...titles.inner.matchAll(/<(\w+:)?lpstr>([^<]*)<\/\1lpstr>/g)];
  if (lpstrs.length < before + oldWorksheetCount) return null;
  const vp = /<(\w+:)?lpstr>/.exec(titles.inner)?.[1] ?? 'vt:';
  const first = lpstrs[before];
  const last = lpstrs[before + oldWorksheetCount - 1];
  const newTitles = sheetNames.map((n) => `<${vp}lpstr>${n.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')}</${vp}lpstr>`).join('');
  let inner = titles.inner;
  if (oldWorksheetCount === 0) {
    const at = before < lpstrs.length ? lpstrs[before]!.index! : inner.lastIndexOf('</');
    inner = inner.slice(0, at) + newTitles + inner.slice(at);
  } else inner = inner.slice(0, first!.index!) + newTitles + inner.slice(last!.index! + last![0].length);
  const total = lpstrs.length - oldWorksheetCount + sheetNames.length;
  inner = inner.replace(/(<(?:\w+:)?vector\b[^>]*\bsize=")\d+(")/, `$1${total}$2`);
  const countVariant = variants[countAt]!;
  const newPairsInner = pairs.inner.slice(0, countVariant.index) + countVariant.text.replace(/(<(?:\w+:)?i4>)[^<]*/, `$1${sheetNames.length}`) + pairs.inner.slice(countVariant.index + countVariant.text.length);
  let out = xml.slice(0, titles.start) + titles.text.replace(titles.inner, inner) + xml.slice(titles.end);
  const pairs2 = findElement(out, rootPrefix(out, 'HeadingPairs'), 'HeadingPairs')!;
  out = out.slice(0, pairs2.start) + pairs2.text.replace(pairs2.inner!, newPairsInner) + out.slice(pairs2.end);
  return out;
}

/**
 * Drops the calculation chain entries of removed sheets (by sheetId). Returns null when no entry is left
 * (the part is then removed; Excel rebuilds it).
 */
export function editCalcChain(xml: string, removedSheetIds: ReadonlySet<number>): string | null {
  const p = rootPrefix(xml, 'calcChain');
  let current = 0;
  let kept = 0;
  const out = xml.replace(new RegExp(`<${p}c\\b[^>]*/>`, 'g'), (tag) => {
    const i = /\si\s*=\s*"(\d+)"/.exec(tag)?.[1];
    if (i !== undefined) current = Number(i);
    if (removedSheetIds.has(current)) return '';
    kept++;
    // Entries inherit the sheet of the entry before; state it, since that entry may be gone.
    return i !== undefined ? tag : tag.replace(/^<(\S+)/, `<$1 i="${current}"`);
  });
  return kept ? out : null;
}
