/**
 * A package opened for reading or writing: its zip directory, the workbook
 * part found through `_rels/.rels`, and the sheets in tab order resolved
 * through the workbook's relationships (relative or absolute targets, any part names).
 */
import { XlsxError } from '../errors.js';
import { resolveLimits, type XlsxLimits } from '../limits.js';
import { readZipDirectory, type ZipDirectory } from '../zip/directory.js';
import { findEntry, readPartText, type InflateBudget, type RawInflaterFactory } from '../zip/inflate.js';
import { attr, parseXml } from '../xml/xml.js';

/** One relationship of a part. */
export interface Relationship {
  id: string;
  type: string;
  target: string;
  external: boolean;
  /** Zip entry name the target resolves to (internal targets only). */
  part: string | null;
}

/** A `<sheet>` of the workbook, in tab order. */
export interface PackageSheet {
  name: string;
  sheetId: number;
  relId: string;
  /** Zip entry name of the sheet part, or null when its relationship is missing. */
  part: string | null;
  state: 'visible' | 'hidden' | 'veryHidden';
  /** 0-based position among all `<sheet>` elements (what `localSheetId` counts). */
  position: number;
  /** False for chart sheets and dialog sheets (no cells). */
  worksheet: boolean;
}

/** The parts every read and write starts from. */
export interface OpenedPackage {
  dir: ZipDirectory;
  budget: InflateBudget;
  workbookPart: string;
  workbookXml: string;
  workbookRelsPart: string;
  workbookRels: Relationship[];
  sheets: PackageSheet[];
  date1904: boolean;
  /** Strict OOXML (purl.oclc.org namespaces). */
  strict: boolean;
}

const STRICT_NS = 'http://purl.oclc.org/ooxml/';

/** The `_rels/x.rels` part holding the relationships of `part`. */
export function relsPartOf(part: string): string {
  const i = part.lastIndexOf('/');
  return `${part.slice(0, i + 1)}_rels/${part.slice(i + 1)}.rels`;
}

/** Resolves a relationship target against its source part (relative to its folder, or absolute from `/`). */
export function resolveTarget(sourcePart: string, target: string): string {
  let t = target;
  try {
    t = decodeURIComponent(target);
  } catch {
    /* keep it as written */
  }
  t = t.replace(/\\/g, '/').replace(/[?#].*$/, '');
  const base = t.startsWith('/') ? [] : sourcePart.split('/').slice(0, -1);
  for (const seg of t.split('/')) {
    if (seg === '' || seg === '.') continue;
    if (seg === '..') base.pop();
    else base.push(seg);
  }
  return base.join('/');
}

/** Relationship type ends with `/name` in both transitional and strict URIs. */
export function isRelType(type: string, name: string): boolean {
  return type.endsWith(`/${name}`);
}

/** Reads the relationships of `sourcePart` (none when its .rels part is absent). */
export async function readRelationships(dir: ZipDirectory, budget: InflateBudget, sourcePart: string): Promise<Relationship[]> {
  const relsName = relsPartOf(sourcePart);
  const entry = findEntry(dir, relsName);
  if (!entry) return [];
  const xml = await readPartText(dir, entry, budget);
  return parseRelationships(relsName, sourcePart, xml);
}

/** Parses a .rels part. */
export function parseRelationships(relsName: string, sourcePart: string, xml: string): Relationship[] {
  const rels: Relationship[] = [];
  parseXml(relsName, xml, {
    open(name, a) {
      if (name !== 'Relationship') return;
      const external = (a.TargetMode ?? '').toLowerCase() === 'external';
      const target = a.Target ?? '';
      rels.push({ id: a.Id ?? '', type: a.Type ?? '', target, external, part: external ? null : resolveTarget(sourcePart, target) });
    },
  });
  return rels;
}

/**
 * Opens a package: directory, workbook part, sheets in tab order, date system.
 *
 * @throws XlsxError `not-zip`, `corrupt` or `no-workbook`
 */
export async function openPackage(bytes: Uint8Array, limits: Partial<XlsxLimits> = {}, inflater?: RawInflaterFactory): Promise<OpenedPackage> {
  const dir = readZipDirectory(bytes);
  const budget: InflateBudget = { limits: resolveLimits(limits), total: 0, inflater };
  const rootRels = await readRelationships(dir, budget, '');
  let workbookPart = rootRels.find((r) => isRelType(r.type, 'officeDocument') && r.part && findEntry(dir, r.part))?.part ?? null;
  // A package without _rels/.rels (some generators) still has its workbook at the usual place.
  if (!workbookPart && findEntry(dir, 'xl/workbook.xml')) workbookPart = 'xl/workbook.xml';
  const wbEntry = workbookPart ? findEntry(dir, workbookPart) : undefined;
  if (!wbEntry) {
    throw new XlsxError('no-workbook', 'tệp không chứa sổ làm việc Excel (thiếu phần xl/workbook.xml); có thể là tệp Word/PowerPoint hoặc tệp zip khác.', 'no workbook part');
  }
  workbookPart = wbEntry.name;
  const workbookXml = await readPartText(dir, wbEntry, budget);
  const workbookRelsPart = relsPartOf(workbookPart);
  const workbookRels = await readRelationships(dir, budget, workbookPart);
  const relById = new Map(workbookRels.map((r) => [r.id, r]));
  const sheets: PackageSheet[] = [];
  let date1904 = false;
  let strict = false;
  parseXml(workbookPart, workbookXml, {
    open(name, a) {
      if (name === 'workbook') strict = Object.values(a).some((v) => v.startsWith(STRICT_NS));
      else if (name === 'workbookPr') date1904 = a.date1904 === '1' || a.date1904 === 'true';
      else if (name === 'sheet') {
        const relId = attr(a, 'id') ?? '';
        const rel = relById.get(relId);
        const part = rel?.part && findEntry(dir, rel.part) ? findEntry(dir, rel.part)!.name : null;
        const state = a.state === 'hidden' || a.state === 'veryHidden' ? a.state : 'visible';
        sheets.push({
          name: a.name ?? `Sheet${sheets.length + 1}`,
          sheetId: Number(a.sheetId ?? sheets.length + 1),
          relId,
          part,
          state,
          position: sheets.length,
          worksheet: rel ? isRelType(rel.type, 'worksheet') : true,
        });
      }
    },
  });
  return { dir, budget, workbookPart, workbookXml, workbookRelsPart, workbookRels, sheets, date1904, strict };
}
