/**
 * Node entry for bench/addin.bench.mjs (bundled by esbuild there): the commands
 * over the fake, plus loading a .xlsx into it through @giaoban/xlsx (no front end's source).
 */
import { FakeExcelHost } from './fakeExcel.js';
import { detectCapabilities, settingsStore, type ExcelHost, type OfficeSettingsLike } from '../src/excel/host.js';
import { writeSheetModels, emptyIo } from '../src/excel/index.js';
import { buildFindingsSheet } from '@giaoban/core';
import { validateCommand, planCommand, summarizeCommand, templateCommand, clearMarksCommand } from '../src/commands/workbookCommands.js';
import { readFile } from 'node:fs/promises';
import { readXlsx } from '@giaoban/xlsx';
import { LARGE_SHEETS, largeWorkbookGrid, writeLargeWorkbook } from '../../scripts/generate/largeWorkbook.js';
import { RealExcelClientHost } from './realExcelClient.js';

export { RealExcelClientHost, FakeExcelHost, writeSheetModels, emptyIo, buildFindingsSheet, validateCommand, planCommand, summarizeCommand, templateCommand, clearMarksCommand, writeLargeWorkbook };

/** A workbook file's grid, read by the shared package layer (as every front end reads one). */
export async function readWorkbookFile(path: string) {
  return (await readXlsx(new Uint8Array(await readFile(path)))).grid;
}

export function hostFor(fake: FakeExcelHost): ExcelHost {
  return {
    run: (batch) => fake.run(batch as never),
    capabilities: detectCapabilities((v) => fake.supports(v)),
    settings: settingsStore(fake.settingsRuntime() as unknown as OfficeSettingsLike),
  };
}

export function fakeFromGrid(grid: { sheets: { name: string; values: (string | number | boolean | null)[][]; numberFormats?: (string | null)[][]; origin?: { row: number; col: number } }[]; date1904?: boolean }, apiVersion = '1.17'): FakeExcelHost {
  const fake = new FakeExcelHost({ apiVersion, date1904: grid.date1904 });
  for (const s of grid.sheets) {
    const o = s.origin ?? { row: 1, col: 1 };
    const pad = <T>(rows: T[][], fill: T): T[][] => [...Array.from({ length: o.row - 1 }, () => [] as T[]), ...rows.map((r) => [...Array.from({ length: o.col - 1 }, () => fill), ...r])];
    fake.addSheet(s.name, pad(s.values, null), s.numberFormats ? pad(s.numberFormats, null) : undefined);
  }
  return fake;
}

/** The province workbook (2 years) whose `issues` issue rows each have an impossible date: at least that many findings. */
export function findingsGrid(issues: number): ReturnType<typeof largeWorkbookGrid> {
  const grid = largeWorkbookGrid({ issues, years: 2 });
  const sheet = grid.sheets.find((s) => s.name === LARGE_SHEETS.issues)!;
  for (let r = 3; r < sheet.values.length; r++) {
    sheet.values[r]![1] = `30/02/${2016 + (r % 2)}`;
    sheet.numberFormats![r]![1] = null;
  }
  return grid;
}
