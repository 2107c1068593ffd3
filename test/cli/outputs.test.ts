// At the command line, every command that writes checks all its outputs before the slow
// work, refuses to write over a file without --force, creates folders, and says in one line (exit 2),
// Vietnamese or English, what stopped it. Real workbooks in a temporary folder.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../packages/cli/src/main.js';
import { writeDistrictWorkbook } from '../rotation/districtWorkbook.js';

const dir = mkdtempSync(join(tmpdir(), 'giaoban-outputs-'));
const book = join(dir, 'so-theo-doi.xlsx');
const EXAMPLE = join(process.cwd(), 'examples/so-theo-doi-giao-ban.xlsx');

async function run(...argv: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), cwd: dir });
  return { code, stdout, stderr };
}

function oneLineError(r: { code: number; stderr: string }, ...parts: string[]) {
  expect(r.code).toBe(2);
  expect(r.stderr.trim().split('\n')).toHaveLength(1);
  expect(r.stderr).toMatch(/^Lỗi: /);
  for (const p of parts) expect(r.stderr).toContain(p);
}

async function sheetNames(path: string): Promise<string[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  return wb.worksheets.map((w) => w.name);
}

beforeAll(() => writeDistrictWorkbook(book, { absence: false }));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const rotate = (...more: string[]) => run('rotate', 'so-theo-doi.xlsx', '--from', '2026-01', '--months', '3', ...more);

describe('--lang en', () => {
  it('says why an output was refused in English, naming the file, and writes nothing', async () => {
    mkdirSync(join(dir, 'en'));
    writeFileSync(join(dir, 'en/tong-hop.xlsx'), 'bản cũ');
    const r = await run('summarize', 'so-theo-doi.xlsx', '-o', 'en/tong-hop.xlsx', '--lang', 'en', '--quiet');
    expect(r.code).toBe(2);
    expect(r.stderr.trim()).toBe('Error: "en/tong-hop.xlsx" already exists; choose another name or add --force to write over it.');
    expect(readFileSync(join(dir, 'en/tong-hop.xlsx'), 'utf8')).toBe('bản cũ');
  });

  it('says in English why a workbook cannot be read or a reader limit is wrong', async () => {
    mkdirSync(join(dir, 'thu-muc.xlsx'));
    expect(await run('validate', 'thu-muc.xlsx', '--lang', 'en')).toEqual({ code: 2, stdout: '', stderr: 'Error: "thu-muc.xlsx" is a folder, not a spreadsheet.\n' });
    expect(await run('validate', 'so-theo-doi.xlsx', '--max-cells', '0', '--lang', 'en')).toEqual({
      code: 2,
      stdout: '',
      stderr: 'Error: --max-cells "0" is not valid: use a positive whole number\n',
    });
    const vi = await run('validate', 'thu-muc.xlsx');
    expect(vi.stderr).toBe('Lỗi: "thu-muc.xlsx" là một thư mục, không phải sổ tính.\n');
  });

  it('refuses in English a copy of a macro workbook named .xlsx', async () => {
    // A real .xlsm: the example's package with the macro content type, as Excel marks a macro workbook.
    const { unzipSync, zipSync, strFromU8, strToU8 } = await import('fflate');
    const parts = unzipSync(new Uint8Array(readFileSync(EXAMPLE)));
    const types = strFromU8(parts['[Content_Types].xml']!);
    parts['[Content_Types].xml'] = strToU8(types.replace('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml', 'application/vnd.ms-excel.sheet.macroEnabled.main+xml'));
    writeFileSync(join(dir, 'co-macro.xlsm'), zipSync(parts));
    const r = await run('summarize', 'co-macro.xlsm', '--period', 'month:2025-12', '-o', 'tong-hop-macro.xlsx', '--lang', 'en', '--quiet');
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      'Error: the source workbook has macros (.xlsm): the output "tong-hop-macro.xlsx" must end in .xlsm (Excel does not open a macro workbook named .xlsx).\n',
    );
    expect(existsSync(join(dir, 'tong-hop-macro.xlsx'))).toBe(false);
  });
});

describe('rotate -o / --ics', () => {
  it('creates missing folders (the README examples write into out/)', async () => {
    const r = await rotate('-o', 'out/quy-1/lich.xlsx', '--ics', 'out/quy-1/lich.ics');
    expect(r.code).toBe(0);
    expect(readdirSync(join(dir, 'out/quy-1')).sort()).toEqual(['lich.ics', 'lich.xlsx']);
    expect(await sheetNames(join(dir, 'out/quy-1/lich.xlsx'))).toContain('Lịch giao ban');
    expect(readFileSync(join(dir, 'out/quy-1/lich.ics'), 'utf8')).toMatch(/^BEGIN:VCALENDAR\r\n/);
  });

  it('an existing --ics stops the run before the .xlsx is written; --force writes both', async () => {
    mkdirSync(join(dir, 'b'));
    writeFileSync(join(dir, 'b/lich.ics'), 'lịch cũ của cán bộ');
    const r = await rotate('-o', 'b/lich.xlsx', '--ics', 'b/lich.ics');
    oneLineError(r, '"b/lich.ics" đã có', '--force');
    expect(readdirSync(join(dir, 'b'))).toEqual(['lich.ics']);
    expect(readFileSync(join(dir, 'b/lich.ics'), 'utf8')).toBe('lịch cũ của cán bộ');
    const forced = await rotate('-o', 'b/lich.xlsx', '--ics', 'b/lich.ics', '--force');
    expect(forced.code).toBe(0);
    expect(readdirSync(join(dir, 'b')).sort()).toEqual(['lich.ics', 'lich.xlsx']);
    expect(readFileSync(join(dir, 'b/lich.ics'), 'utf8')).toContain('BEGIN:VEVENT');
  });

  it('--ics under a file (not a folder) is one Vietnamese line, exit 2, nothing written', async () => {
    writeFileSync(join(dir, 'ghi-chu'), 'một tệp');
    const r = await rotate('-o', 'c.xlsx', '--ics', 'ghi-chu/lich.ics');
    oneLineError(r, 'không ghi được tệp "ghi-chu/lich.ics"', 'là một tệp, không phải thư mục');
    expect(existsSync(join(dir, 'c.xlsx'))).toBe(false);
  });

  it('refuses the input as output, and the same file twice', async () => {
    oneLineError(await rotate('-o', 'so-theo-doi.xlsx', '--force'), 'trùng với sổ gốc');
    oneLineError(await rotate('-o', 'd.xlsx', '--ics', 'd.xlsx'), 'hai tệp ghi ra cùng là "d.xlsx"');
    expect(existsSync(join(dir, 'd.xlsx'))).toBe(false);
  });

  it('a folder as the output is named as such', async () => {
    mkdirSync(join(dir, 'thu-muc'));
    oneLineError(await rotate('--ics', 'thu-muc', '--force'), '"thu-muc" là một thư mục, không phải tệp');
  });
});

describe('summarize -o, template -o, demo', () => {
  it('summarize -o refuses an existing file before reading, then writes over it with --force', async () => {
    writeFileSync(join(dir, 'tong-hop.xlsx'), 'not a workbook');
    const r = await run('summarize', 'so-theo-doi.xlsx', '--period', 'month:2026-01', '-o', 'tong-hop.xlsx', '--quiet');
    oneLineError(r, '"tong-hop.xlsx" đã có');
    expect(r.stdout).toBe('');
    const forced = await run('summarize', 'so-theo-doi.xlsx', '--period', 'month:2026-01', '-o', 'tong-hop.xlsx', '--quiet', '--force');
    expect(forced.code).toBe(0);
    expect(await sheetNames(join(dir, 'tong-hop.xlsx'))).toContain('Tổng hợp');
  });

  it('template -o into a new folder, refused the second time without --force', async () => {
    expect((await run('template', '-o', 'mau/so-moi.xlsx', '--rows', '5')).code).toBe(0);
    oneLineError(await run('template', '-o', 'mau/so-moi.xlsx', '--rows', '5'), '"mau/so-moi.xlsx" đã có');
    expect((await run('template', '-o', 'mau/so-moi.xlsx', '--rows', '5', '--force')).code).toBe(0);
  });

  it('demo refuses to write over its earlier output without --force', async () => {
    expect((await run('demo', '--input', EXAMPLE, '--out', 'demo')).code).toBe(0);
    const again = await run('demo', '--input', EXAMPLE, '--out', 'demo');
    oneLineError(again, `"${join('demo', 'giao-ban-demo.xlsx')}" đã có`, '--force');
    expect((await run('demo', '--input', EXAMPLE, '--out', 'demo', '--force')).code).toBe(0);
    expect(readdirSync(join(dir, 'demo'))).toEqual(['giao-ban-demo.xlsx', 'giay-to']);
  });
});

describe('notes on what the writer changed, in the run\'s language', () => {
  it('names the table it had to rename because the clerk already has one of that name', async () => {
    // A clerk's sheet keeps a table named as the findings table (copied from an old findings sheet, unmarked).
    const clerk = join(dir, 'bang-trung-ten.xlsx');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(EXAMPLE);
    wb.addWorksheet('Bản sao kết quả').addTable({ name: 'GiaoBan_KetQuaKiemTra', ref: 'A1', headerRow: true, columns: [{ name: 'Ô' }, { name: 'Nội dung' }], rows: [['C5', 'Thiếu ngày']] });
    await wb.xlsx.writeFile(clerk);
    const en = await run('summarize', 'bang-trung-ten.xlsx', '-o', 'tong-hop-en.xlsx', '--lang', 'en');
    expect(en.code, en.stderr).toBe(0);
    expect(en.stderr).toContain('Sheet "Kết quả kiểm tra": Table "GiaoBan_KetQuaKiemTra" was named "GiaoBan_KetQuaKiemTra_2".');
    expect(en.stdout + en.stderr).not.toMatch(/Trang "|được đặt tên/);
    const vi = await run('summarize', 'bang-trung-ten.xlsx', '-o', 'tong-hop-vi.xlsx');
    expect(vi.code, vi.stderr).toBe(0);
    expect(vi.stderr).toContain('Trang "Kết quả kiểm tra": Bảng "GiaoBan_KetQuaKiemTra" được đặt tên "GiaoBan_KetQuaKiemTra_2".');
  }, 60_000);
});
