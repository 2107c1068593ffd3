// One reader for every file a clerk has: the example workbook saved as .xls and .ods (by SheetJS, and by
// LibreOffice where installed) reads as the .xlsx does, in the command line and in the offline app alike;
// a copy of an .xls/.ods is an .xlsx, and the command says so.
import { beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as XLSX from '@e965/xlsx';
import { readWorkbook, type WorkbookGrid } from '@giaoban/core';
import { XlsxError, readXlsx } from '@giaoban/xlsx';
import { isSpreadsheetFileName, readSpreadsheet, sniffSpreadsheet } from '@giaoban/xlsx/any';
import { main } from '../../packages/cli/src/main.js';
import { readWorkbookFile } from '../../packages/cli/src/xlsx/index.js';
import { readWorkbookBytes as appRead } from '../../app/src/io/workbookIo.js';
import { captureIO, repoRoot, tmpDir } from './helpers.js';

const hasSoffice = spawnSync('soffice', ['--version'], { encoding: 'utf8' }).status === 0;
const example = new Uint8Array(readFileSync(join(repoRoot, 'examples/so-theo-doi-giao-ban.xlsx')));
const dir = tmpDir('xlsx-any');
const files: Record<string, string> = {};

/** The values of every sheet, dates and numbers as numbers (rounded to the minute), texts as written. */
const valuesOf = (g: WorkbookGrid) =>
  g.sheets.map((s) => ({ name: s.name, values: s.values.map((r) => r.map((v) => (typeof v === 'number' ? Math.round(v * 1440) / 1440 : v))) }));

beforeAll(() => {
  const wb = XLSX.read(example, { type: 'array', cellNF: true, cellStyles: true });
  files.xls = join(dir, 'so-theo-doi.xls');
  files.ods = join(dir, 'so-theo-doi.ods');
  writeFileSync(files.xls, XLSX.write(wb, { type: 'buffer', bookType: 'biff8' }));
  writeFileSync(files.ods, XLSX.write(wb, { type: 'buffer', bookType: 'ods' }));
  if (hasSoffice) {
    const lo = spawnSync('soffice', [`-env:UserInstallation=file://${join(dir, 'lo-profile')}`, '--headless', '--convert-to', 'ods', '--outdir', join(dir, 'lo'), join(repoRoot, 'examples/so-theo-doi-giao-ban.xlsx')], { encoding: 'utf8', timeout: 180_000 });
    if (lo.status === 0) files.loOds = join(dir, 'lo', 'so-theo-doi-giao-ban.ods');
  }
}, 200_000);

describe('readSpreadsheet', () => {
  it('tells the formats apart by their bytes', () => {
    expect(sniffSpreadsheet(example, 'so.xlsx')).toBe('xlsx');
    expect(sniffSpreadsheet(new Uint8Array(readFileSync(files.xls!)), 'so.xlsx')).toBe('xls');
    expect(sniffSpreadsheet(new Uint8Array(readFileSync(files.ods!)), 'so.xlsx')).toBe('ods');
    expect(() => sniffSpreadsheet(new TextEncoder().encode('STT;Ngày\n1;15/01/2026'), 'so.csv')).toThrow(XlsxError);
    expect(() => sniffSpreadsheet(new Uint8Array(0), 'rong.xlsx')).toThrow(/rỗng/);
  });

  it('reads .xls and .ods with the values of the .xlsx, and says the copy will be a conversion', async () => {
    const xlsx = await readXlsx(example);
    for (const kind of ['xls', 'ods', ...(files.loOds ? ['loOds'] : [])]) {
      const book = await readSpreadsheet(new Uint8Array(readFileSync(files[kind]!)), files[kind]!);
      expect(book.format, kind).toBe(kind === 'xls' ? 'xls' : 'ods');
      expect(book.lossless).toBe(false);
      expect(book.grid.sheets.map((s) => s.name), kind).toEqual(xlsx.grid.sheets.map((s) => s.name));
      // The tables the core finds, and what it finds in them, are the same.
      const a = readWorkbook(xlsx.grid);
      const b = readWorkbook(book.grid);
      expect(b.tables.map((t) => `${t.sheet}:${t.kind}:${t.rows}`), kind).toEqual(a.tables.map((t) => `${t.sheet}:${t.kind}:${t.rows}`));
      expect(b.summary, kind).toEqual(a.summary);
      if (kind !== 'loOds') expect(valuesOf(book.grid), kind).toEqual(valuesOf(xlsx.grid));
      // The package to write into is an .xlsx holding the same sheets.
      expect((await readXlsx(book.packageBytes)).grid.sheets.map((s) => s.name)).toEqual(xlsx.grid.sheets.map((s) => s.name));
    }
    const same = await readSpreadsheet(example, 'so.xlsx');
    expect(same.lossless).toBe(true);
    expect(same.packageBytes).toBe(example);
  });

  it('gives the offline app and the command line the same grid', async () => {
    for (const kind of ['xls', 'ods']) {
      const cli = await readWorkbookFile(files[kind]!);
      const app = await appRead(new Uint8Array(readFileSync(files[kind]!)), `so.${kind}`);
      expect(app.grid).toEqual(cli);
      expect(app.converted).toBe(true);
    }
  });
});

describe('the command line on .xls and .ods', () => {
  const run = async (...argv: string[]) => {
    const io = captureIO();
    const code = await main(argv, io);
    return { code, out: io.out, err: io.err };
  };

  it('validates an .ods as the .xlsx (the same findings)', async () => {
    const a = await run('validate', 'examples/so-theo-doi-giao-ban.xlsx', '--json');
    const b = await run('validate', files.ods!, '--json');
    expect(b.code, b.err).toBe(a.code);
    expect(JSON.parse(b.out).summary).toEqual(JSON.parse(a.out).summary);
    expect(JSON.parse(b.out).findings.map((f: { code: string; cell: string }) => `${f.code}@${f.cell}`)).toEqual(JSON.parse(a.out).findings.map((f: { code: string; cell: string }) => `${f.code}@${f.cell}`));
  });

  it('writes the copy of an .xls as an .xlsx, says so, and refuses an output named .xls', async () => {
    const out = join(dir, 'tong-hop.xlsx');
    const r = await run('summarize', files.xls!, '--period', 'month:2025-12', '-o', out);
    expect([0, 1], r.err).toContain(r.code);
    expect(r.err).toMatch(/Sổ gốc là tệp \.xls: bản ghi ra là sổ Excel \.xlsx/);
    expect(existsSync(out)).toBe(true);
    const back = await readXlsx(new Uint8Array(readFileSync(out)));
    expect(back.grid.sheets.map((s) => s.name)).toEqual(expect.arrayContaining(['Tổng hợp', 'Kết quả kiểm tra']));
    const refused = await run('summarize', files.xls!, '--period', 'month:2025-12', '-o', join(dir, 'tong-hop.xls'));
    expect(refused.code).toBe(2);
    expect(refused.err).toMatch(/phải có đuôi \.xlsx/);
  });

  it('says so in English with --lang en', async () => {
    const r = await run('summarize', files.xls!, '--period', 'month:2025-12', '-o', join(dir, 'tong-hop-en.xlsx'), '--lang', 'en');
    expect([0, 1], r.err).toContain(r.code);
    expect(r.err).toContain('The source workbook is an .xls file: the copy is an Excel .xlsx workbook keeping the values, number formats and merged cells');
    expect(r.err).not.toMatch(/Sổ gốc/);
    const refused = await run('summarize', files.xls!, '--period', 'month:2025-12', '-o', join(dir, 'tong-hop-en.xls'), '--lang', 'en');
    expect(refused.code).toBe(2);
    expect(refused.err).toMatch(/^Error: the source workbook is an \.xls file: .* must end in \.xlsx\.$/m);
  });

  it('says what a text file and a damaged .xls are, naming them once', async () => {
    const text = join(dir, 'ghi-chu.xlsx');
    writeFileSync(text, 'STT;Ngày;Xã\n1;15/01/2018;Nà Khoa\n');
    const r = await run('validate', text);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/tệp "ghi-chu\.xlsx" không phải sổ tính/);
    expect(r.err.match(/ghi-chu\.xlsx/g)).toHaveLength(1);
  });
});

describe('which files of a folder are read as workbooks', () => {
  it('every format the reader takes, in any letter case; not the lock files an open workbook leaves, nor hidden or other files', () => {
    for (const name of ['xa-na-hy.xlsx', 'Sổ Nà Hỳ.XLSX', 'so.xlsm', 'so-cu.xls', 'so.ods']) expect(isSpreadsheetFileName(name), name).toBe(true);
    for (const name of ['~$xa-na-hy.xlsx', '.~lock.xa-na-hy.xlsx#', '.~lock.so.ods', '.an.xlsx', 'bao-cao.docx', 'so.xlsx.bak', 'so.csv', 'xlsx']) {
      expect(isSpreadsheetFileName(name), name).toBe(false);
    }
  });
});
