/**
 * .xlsx bytes → the core's `WorkbookGrid`, plus what a writer needs to know
 * of the existing sheets (visibility, tables). Sheets in tab order with their
 * real names; every part the reader does not need (comments, drawings,
 * pictures, charts, pivot caches, VBA, custom XML …) is never inflated.
 */
import type { ReadingProgress, SheetGrid, WorkbookGrid } from '@giaoban/core';
import { legacyEncodingOfFont } from '@giaoban/core/internal';
import type { XlsxLimits } from '../limits.js';
import { findEntry, readPartText, type RawInflaterFactory } from '../zip/inflate.js';
import { attr, parseXml } from '../xml/xml.js';
import { isRelType, openPackage, readRelationships, type OpenedPackage, type PackageSheet } from './package.js';
import { readSharedStrings } from './sharedStrings.js';
import { readSheet } from './sheet.js';
import { parseCellStyles } from './styles.js';

/** Options of {@link readXlsx}. */
export interface ReadXlsxOptions {
  /** Raise (or lower) the limits against hostile files. */
  limits?: Partial<XlsxLimits>;
  /** Each step of the reading (each sheet, every 20,000 rows), as data: `readingProgressText` of `@giaoban/core` says it in either language. */
  onProgress?: (progress: ReadingProgress) => void;
  /**
   * Which font names `grid.fonts` carries, for text cells: `'legacy'` (default) only the fonts that announce
   * TCVN3 or VNI typing (`.VnTime`, `VNI-Times` …), the only ones the core reads; `'all'` every font name.
   */
  fonts?: 'legacy' | 'all';
  /**
   * The platform's raw-deflate decompressor, when cheaper than `DecompressionStream` (Node's zlib, given by the
   * command line); without it the platform's `DecompressionStream`, or fflate where there is none.
   */
  inflater?: RawInflaterFactory;
}

/** An existing worksheet as a writer needs to know it. */
export interface XlsxSheetInfo {
  name: string;
  state: PackageSheet['state'];
  /** Names (displayName) of the Excel tables on the sheet. */
  tables: string[];
}

/** What {@link readXlsx} returns. */
export interface ReadXlsxResult {
  grid: WorkbookGrid;
  /** Worksheets in tab order, parallel to `grid.sheets`. */
  sheets: XlsxSheetInfo[];
  /** True for a Strict OOXML package (read, but not written into). */
  strict: boolean;
  /** True for a macro workbook (.xlsm): a copy must keep the .xlsm extension, or Excel refuses it. */
  macroEnabled: boolean;
}

/**
 * Reads every worksheet of an .xlsx / .xlsm package as a grid (values, number formats, the fonts of text cells, merges).
 *
 * @throws XlsxError `not-zip`, `corrupt`, `no-workbook`, `encrypted-entry`, `unsupported-compression` or `limit`
 * @example
 * ```ts
 * const { grid } = await readXlsx(new Uint8Array(await file.arrayBuffer()));
 * grid.sheets.map((s) => s.name); // ["Danh sách xã", "Lãnh đạo", …]
 * ```
 */
export async function readXlsx(bytes: Uint8Array, options: ReadXlsxOptions = {}): Promise<ReadXlsxResult> {
  const pkg = await openPackage(bytes, options.limits, options.inflater);
  const { dir, budget } = pkg;
  const stylesRel = pkg.workbookRels.find((r) => isRelType(r.type, 'styles') && r.part);
  const stylesEntry = stylesRel?.part ? findEntry(dir, stylesRel.part) : undefined;
  const keepFont = options.fonts === 'all' ? undefined : (font: string) => legacyEncodingOfFont(font) !== null;
  const styles = parseCellStyles(stylesEntry?.name ?? 'styles.xml', stylesEntry ? await readPartText(dir, stylesEntry, budget) : null, keepFont);
  const sstRel = pkg.workbookRels.find((r) => isRelType(r.type, 'sharedStrings') && r.part);
  const sstEntry = sstRel?.part ? findEntry(dir, sstRel.part) : undefined;
  const sharedStrings = sstEntry ? await readSharedStrings(dir, sstEntry, budget) : [];

  const sheets: SheetGrid[] = [];
  const infos: XlsxSheetInfo[] = [];
  for (const s of pkg.sheets) {
    if (!s.worksheet || !s.part) continue;
    const entry = findEntry(dir, s.part)!;
    const grid = await readSheet(dir, entry, { name: s.name, sharedStrings, styles, date1904: pkg.date1904, budget, onProgress: options.onProgress });
    sheets.push(grid);
    infos.push({ name: s.name, state: s.state, tables: await tableNames(pkg, s.part) });
    options.onProgress?.({ step: 'sheetRead', sheet: s.name, rows: grid.values.length });
  }
  const types = findEntry(dir, '[Content_Types].xml');
  const macroEnabled = types ? (await readPartText(dir, types, budget)).includes('macroEnabled.main+xml') : false;
  return { grid: { sheets, date1904: pkg.date1904 }, sheets: infos, strict: pkg.strict, macroEnabled };
}

/** Display names of the tables a sheet part refers to. */
export async function tableNames(pkg: OpenedPackage, sheetPart: string): Promise<string[]> {
  const names: string[] = [];
  for (const rel of await readRelationships(pkg.dir, pkg.budget, sheetPart)) {
    if (!isRelType(rel.type, 'table') || !rel.part) continue;
    const entry = findEntry(pkg.dir, rel.part);
    if (!entry) continue;
    parseXml(entry.name, await readPartText(pkg.dir, entry, pkg.budget), {
      open(name, a) {
        if (name === 'table') {
          const n = attr(a, 'displayName') ?? attr(a, 'name');
          if (n) names.push(n);
        }
      },
    });
  }
  return names;
}
