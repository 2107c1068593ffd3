/**
 * Unit tracking workbooks for the province's roll-up: each is a commune police
 * unit's book ("CÔNG AN TỈNH ĐIỆN BIÊN" over "CÔNG AN XÃ NÀ HỲ", the places it
 * briefs in clusters, its leaders, monthly briefings and the items raised),
 * built from the province-scale generator (`largeWorkbookGrid`) with the unit's
 * title row added, and optionally places marked "Sáp nhập vào" another.
 *
 *   npx tsx scripts/generate/unitWorkbooks.ts --out DIR [--units 100] [--issues 2000]
 *     [--from-year 2024] [--years 2]
 *
 * Deterministic (the seed follows the unit's index). Written with exceljs's
 * streaming writer; `unitWorkbookGrid` gives the same cells without a file.
 */
import ExcelJS from 'exceljs';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import type { CellValue, WorkbookGrid } from '../../packages/core/src/workbook/grid.js';
import { largeWorkbookGrid, LARGE_SHEETS } from './largeWorkbook.js';

/** A place of the unit's list that ended by merging into another. */
export interface PlaceMerger {
  name: string;
  mergedInto: string;
  /** Last day, `YYYY-MM-DD`. */
  validTo: string;
}

/** What one unit's workbook holds. */
export interface UnitWorkbookOptions {
  /** The unit's title row, e.g. `"CÔNG AN XÃ NÀ HỲ"` (null: no unit line, a workbook of no recognisable unit). */
  unit: string | null;
  /** The parent's title row (default `"CÔNG AN TỈNH ĐIỆN BIÊN"`). */
  parent?: string;
  issues?: number;
  /** First year of records (default 2024) and how many years (fractions allowed: 1.5 = 18 months). */
  startYear?: number;
  years?: number;
  /** Places briefed (default 6), in clusters (default 2), by leaders (default 3). */
  places?: number;
  clusters?: number;
  leaders?: number;
  seed?: number;
  /** Leave out briefings and items dated before this day (`YYYY-MM-DD`): a book opened mid-year. */
  firstDay?: string;
  /** Extra places of the list marked as merged into another (with "Đến ngày" and "Sáp nhập vào"). */
  mergers?: readonly PlaceMerger[];
}

const serial = (iso: string): number => Math.round(new Date(`${iso}T00:00:00Z`).getTime() / 86_400_000) + 25_569;

/** A date cell of the generator (a serial, or text dd/mm/yyyy) as a serial. */
function dateSerial(v: CellValue): number {
  if (typeof v === 'number') return v;
  const m = typeof v === 'string' ? /^(\d{2})\/(\d{2})\/(\d{4})$/.exec(v) : null;
  return m ? serial(`${m[3]}-${m[2]}-${m[1]}`) : Number.NaN;
}

/**
 * One unit's workbook as grids (what an .xlsx reader hands to the core).
 *
 * @example
 * ```ts
 * const grid = unitWorkbookGrid({ unit: 'CÔNG AN XÃ NÀ HỲ', issues: 500, seed: 7 });
 * detectUnitNames(grid); // { parent: 'Công an tỉnh Điện Biên', unit: 'Công an xã Nà Hỳ' }
 * ```
 */
export function unitWorkbookGrid(o: UnitWorkbookOptions): WorkbookGrid {
  const grid = largeWorkbookGrid({
    issues: o.issues ?? 2000,
    years: o.years ?? 2,
    startYear: o.startYear ?? 2024,
    communes: o.places ?? 6,
    clusters: o.clusters ?? 2,
    leaders: o.leaders ?? 3,
    seed: o.seed ?? 1,
  });
  for (const sheet of grid.sheets) {
    const width = sheet.values[2]!.length;
    const blank = (): CellValue[] => new Array<CellValue>(width).fill(null);
    const top = blank();
    top[0] = o.parent ?? 'CÔNG AN TỈNH ĐIỆN BIÊN';
    sheet.values[0] = top;
    if (o.unit !== null) {
      const line = blank();
      line[0] = o.unit;
      sheet.values.splice(1, 0, line);
      sheet.numberFormats?.splice(1, 0, blank() as (string | null)[]);
    }
  }
  if (o.firstDay) {
    const first = serial(o.firstDay);
    for (const name of [LARGE_SHEETS.briefings, LARGE_SHEETS.issues]) {
      const sheet = grid.sheets.find((s) => s.name === name)!;
      const header = sheet.values.findIndex((r) => r[0] === 'STT');
      const keep = sheet.values.map((row, r) => r <= header || dateSerial(row[1] ?? null) >= first);
      sheet.values = sheet.values.filter((_, r) => keep[r]);
      sheet.numberFormats = sheet.numberFormats?.filter((_, r) => keep[r]);
      sheet.values.forEach((row, r) => r > header && (row[0] = r - header));
    }
  }
  const mergers = o.mergers ?? [];
  if (mergers.length > 0) {
    const places = grid.sheets.find((s) => s.name === LARGE_SHEETS.communes)!;
    const header = places.values.findIndex((r) => r[0] === 'STT');
    places.values[header] = [...places.values[header]!, 'Đến ngày', 'Sáp nhập vào'];
    let n = places.values.length - header - 1;
    for (let r = header + 1; r < places.values.length; r++) places.values[r] = [...places.values[r]!, null, null];
    for (const m of mergers) places.values.push([++n, m.name, 'Xã', 'Cụm 1', null, null, serial(m.validTo), m.mergedInto]);
    places.numberFormats = places.values.map((row, r) => row.map((v, c) => (r > header && c === 6 && v !== null ? 'dd/mm/yyyy' : null)));
  }
  return grid;
}

/**
 * Writes a grid as an .xlsx with exceljs's streaming writer (numbers with a
 * date format stay serial numbers formatted as dates, as Excel keeps them).
 */
export async function writeGridXlsx(grid: WorkbookGrid, out: string): Promise<void> {
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: out, useSharedStrings: true, useStyles: true });
  for (const sheet of grid.sheets) {
    const ws = wb.addWorksheet(sheet.name);
    sheet.values.forEach((values, r) => {
      const row = ws.addRow(values.map((v) => (v === null ? undefined : v)));
      const formats = sheet.numberFormats?.[r];
      if (formats) formats.forEach((f, c) => f && (row.getCell(c + 1).numFmt = f));
      row.commit();
    });
    ws.commit();
  }
  await wb.commit();
}

const FIRST = ['Nà', 'Nậm', 'Huổi', 'Pa', 'Chà', 'Mường', 'Phìn', 'Si', 'Sín', 'Tủa', 'Xá', 'Ma', 'Lay', 'Pú', 'Hua', 'Thanh', 'Sam', 'Quài', 'Ẳng', 'Búng'];
const SECOND = ['Khoa', 'Hỳ', 'Bủng', 'Nưa', 'Cang', 'Tở', 'Khăn', 'Tần', 'Tin', 'Chua', 'Nhừ', 'Lay', 'Nhé', 'Chải', 'Pồ', 'Lèng', 'Thín', 'Dịnh', 'Cáy', 'Tòng', 'Mùn', 'Luông'];

/**
 * The name of the i-th generated commune (distinct for i < 440).
 *
 * @example
 * ```ts
 * unitName(0); // "Nà Khoa"
 * ```
 */
export function unitName(i: number): string {
  const round = Math.floor(i / (FIRST.length * SECOND.length));
  const base = `${FIRST[i % FIRST.length]} ${SECOND[Math.floor(i / FIRST.length) % SECOND.length]}`;
  return round ? `${base} ${round + 1}` : base;
}

/** Writes `units` unit workbooks `xa-001.xlsx` … into `dir`; returns their paths. */
export async function writeUnitWorkbooks(dir: string, units: number, options: Omit<UnitWorkbookOptions, 'unit'> = {}): Promise<string[]> {
  mkdirSync(dir, { recursive: true });
  const paths: string[] = [];
  for (let i = 0; i < units; i++) {
    const path = join(dir, `xa-${String(i + 1).padStart(3, '0')}.xlsx`);
    await writeGridXlsx(unitWorkbookGrid({ ...options, unit: `CÔNG AN XÃ ${unitName(i).toLocaleUpperCase('vi')}`, seed: (options.seed ?? 1) + i }), path);
    paths.push(path);
  }
  return paths;
}

async function cli(): Promise<void> {
  const { values } = parseArgs({
    options: { out: { type: 'string' }, units: { type: 'string' }, issues: { type: 'string' }, 'from-year': { type: 'string' }, years: { type: 'string' } },
  });
  if (!values.out) {
    process.stderr.write('Thiếu --out <thư-mục>\n');
    process.exit(2);
  }
  const t0 = performance.now();
  const paths = await writeUnitWorkbooks(values.out, Number(values.units ?? 100), {
    issues: Number(values.issues ?? 2000),
    startYear: Number(values['from-year'] ?? 2024),
    years: Number(values.years ?? 2),
  });
  process.stdout.write(`Đã ghi ${paths.length} sổ vào ${values.out} (${((performance.now() - t0) / 1000).toFixed(1)} s).\n`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await cli();
