import { beforeAll, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readWorkbook } from '@giaoban/core';
import { main } from '../../packages/cli/src/main.js';
import { readWorkbookFile } from '../../packages/cli/src/xlsx/index.js';
import { PLANTED_MISTAKES } from '../../scripts/example/plantedMistakes.js';
import { writeLargeWorkbook } from '../../scripts/generate/largeWorkbook.js';
import { captureIO, repoRoot, tmpDir } from '../xlsx/helpers.js';

const EXAMPLE = 'examples/so-theo-doi-giao-ban.xlsx';
const dir = tmpDir('cli-validate');

async function run(...argv: string[]) {
  const io = captureIO();
  const code = await main(argv, io);
  return { code, out: io.out, err: io.err };
}

describe('giaoban validate', () => {
  it('exits 1 on the example with its JSON, planted errors at their cells', async () => {
    const r = await run('validate', EXAMPLE, '--json');
    expect(r.code).toBe(1);
    const doc = JSON.parse(r.out);
    expect(Object.keys(doc)).toEqual(['file', 'asOf', 'tables', 'organisation', 'findings', 'summary']);
    // A district police workbook of before 2025: its communes list is of the old communes of Điện Biên.
    expect(doc.organisation).toMatchObject({ tier: 'communes', listEra: 'former', province: { code: '11', name: 'Điện Biên' } });
    expect(doc.file).toBe(EXAMPLE);
    expect(doc.tables).toContainEqual({ sheet: 'Sổ giao ban', kind: 'briefings', headerRow: 5, rows: 73 });
    for (const t of doc.tables) expect(Object.keys(t)).toEqual(['sheet', 'kind', 'headerRow', 'rows']);
    for (const f of doc.findings) {
      expect(Object.keys(f)).toEqual(['severity', 'code', 'sheet', 'cell', 'message', 'suggestion']);
      expect(f.cell).toMatch(/^[A-Z]{1,3}\d+$/);
    }
    const errors = doc.findings.filter((f: { severity: string }) => f.severity === 'error');
    expect(errors.map((f: { code: string; sheet: string; cell: string }) => `${f.code}@${f.sheet}!${f.cell}`).sort()).toEqual(
      PLANTED_MISTAKES.filter((m) => m.severity === 'error').map((m) => `${m.code}@${m.sheet}!${m.cell}`).sort(),
    );
    expect(doc.summary.errors).toBe(errors.length);
    const typo = doc.findings.find((f: { code: string }) => f.code === 'commune.unknown');
    expect(typo.suggestion).toContain('Nà Khoa');
    expect(r.err).toBe(''); // small file: no progress lines
  });

  it('speaks English with --lang en', async () => {
    const vi = JSON.parse((await run('validate', EXAMPLE, '--json')).out);
    const en = JSON.parse((await run('validate', EXAMPLE, '--json', '--lang', 'en')).out);
    expect(en.findings.map((f: { code: string }) => f.code)).toEqual(vi.findings.map((f: { code: string }) => f.code));
    const i = en.findings.findIndex((f: { code: string }) => f.code === 'date.invalid');
    expect(en.findings[i].message).not.toEqual(vi.findings[i].message);
    expect(en.findings[i].message).toMatch(/[a-z]/);
  });

  it('prints a readable report grouped by sheet', async () => {
    const r = await run('validate', EXAMPLE);
    expect(r.code).toBe(1);
    expect(r.out).toContain('Trang "Sổ giao ban"');
    expect(r.out).toContain('Trang "Sheet3"');
    const sheet3 = r.out.slice(r.out.indexOf('Trang "Sheet3"'));
    expect(sheet3.split('\n').find((l) => l.includes('[date.invalid]'))).toMatch(/^\s+B10\s+LỖI/);
    expect(r.out).toMatch(/Tổng cộng: \d+ lỗi, \d+ cảnh báo/);
  });

  it('exits 2 with a one-line reason for unusable files and bad arguments', async () => {
    writeFileSync(join(dir, 'so.csv.xlsx'), 'STT,Ngày,Xã\n1,15/01/2018,Nà Khoa\n');
    const encrypted = Buffer.alloc(1024);
    Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(encrypted);
    Buffer.from('EncryptedPackage', 'utf16le').copy(encrypted, 600);
    writeFileSync(join(dir, 'khoa.xlsx'), encrypted);
    const cases: [string[], RegExp][] = [
      [['validate', join(dir, 'khong-co.xlsx')], /không tìm thấy tệp/],
      [['validate', join(dir, 'so.csv.xlsx')], /không phải sổ tính/],
      [['validate', join(dir, 'khoa.xlsx')], /mật khẩu/],
      [['validate'], /thiếu <sổ\.xlsx>/],
      [['validate', EXAMPLE, 'thua.xlsx'], /thừa tham số "thua\.xlsx"/],
      [['validate', EXAMPLE, '--jsonn'], /không có tùy chọn "--jsonn"/],
      [['validate', EXAMPLE, '--lang', 'fr'], /--lang/],
      [['validate', EXAMPLE, '--as-of', '31/13/2025'], /--as-of/],
    ];
    for (const [argv, pattern] of cases) {
      const r = await run(...argv);
      expect(r.code, argv.join(' ')).toBe(2);
      expect(r.err, argv.join(' ')).toMatch(pattern);
      expect(r.err.trim().split('\n'), argv.join(' ')).toHaveLength(1);
      expect(r.out).toBe('');
    }
  });
});

describe('giaoban validate on a large workbook', () => {
  const big = join(dir, 'lon.xlsx');
  beforeAll(async () => {
    await writeLargeWorkbook(big, { issues: 25_000, years: 2, communes: 30, clusters: 6, leaders: 6 });
  });

  it('shows progress on stderr unless --quiet, and exits 0 on clean data', async () => {
    const loud = await run('validate', big, '--json');
    expect(loud.code).toBe(0);
    expect(loud.err).toMatch(/Đang kiểm tra: \d+\/\d+ dòng/);
    const doc = JSON.parse(loud.out);
    expect(doc.tables.find((t: { kind: string }) => t.kind === 'issues').rows).toBe(25_000);
    const quiet = await run('validate', big, '--json', '--quiet');
    expect(quiet.code).toBe(0);
    expect(quiet.err).toBe('');
  });
});

describe('giaoban template', () => {
  it('writes an empty canonical workbook that reads back with every table kind, zero rows, no errors', async () => {
    const out = join(dir, 'mau.xlsx');
    const r = await run('template', '-o', out, '--unit', 'Công an huyện Nậm Pồ');
    expect(r.code).toBe(0);
    const grid = await readWorkbookFile(out);
    const result = readWorkbook(grid);
    const kinds = result.tables.map((t) => t.kind).sort();
    expect(kinds).toEqual(['absences', 'briefings', 'communes', 'deadlines', 'holidays', 'issues', 'leaders', 'settings', 'swaps']);
    // Record tables are empty; "Thời hạn xử lý" holds the shipped deadlines for the clerk to edit;
    // the settings table lists its keys with only the issuing body filled in.
    for (const t of result.tables) if (t.kind !== 'settings') expect(t.rows, t.sheet).toBe(t.kind === 'deadlines' ? 9 : 0);
    expect(result.settings.map((s) => [s.key, s.value])).toEqual([['issuingBody', 'CÔNG AN HUYỆN NẬM PỒ']]);
    expect(result.deadlines.map((d) => [d.kind, d.days, d.count])).toEqual([
      ['general', 30, 'calendar'], ['complaint', 30, 'calendar'], ['complaint-complex', 45, 'calendar'],
      ['complaint-second', 45, 'calendar'], ['complaint-second-complex', 60, 'calendar'],
      ['denunciation', 30, 'calendar'], ['crime-report', 20, 'calendar'], ['transfer', 5, 'working'], ['citizen-reception', 10, 'working'],
    ]);
    // The rows repeat the law's figures, so the law's dated versions stay in force.
    expect(result.deadlines.find((d) => d.kind === 'denunciation')!.versions).toHaveLength(3);
    expect(result.tables.find((t) => t.kind === 'issues')!.columns).toMatchObject({ issueKind: 10, officer: 11, acceptedDate: 12 });
    expect(result.findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(grid.sheets[0]!.values[0]![0]).toBe('CÔNG AN HUYỆN NẬM PỒ');

    // Drop-downs, frozen headers, date formats as Excel sees them.
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const issues = wb.getWorksheet('Ý kiến phản ánh')!;
    expect(issues.views[0]).toMatchObject({ state: 'frozen', ySplit: 3 });
    const dv = (issues as unknown as { dataValidations: { model: Record<string, { type: string; formulae: string[] }> } }).dataValidations.model;
    const lists = Object.values(dv).map((v) => v.formulae[0]);
    expect(lists.some((f) => f!.includes('Danh sách xã'))).toBe(true);
    expect(lists.some((f) => f!.includes('Danh mục'))).toBe(true);
    expect(issues.getColumn(2).numFmt).toBe('dd/mm/yyyy');
    expect(wb.getWorksheet('Danh mục')!.state).toBe('hidden');
    const categories = wb.getWorksheet('Danh mục')!.getColumn(1).values.filter(Boolean);
    expect(categories).toContain('Khác');

    // A second run never overwrites without --force.
    const again = await run('template', '-o', out);
    expect(again.code).toBe(2);
    expect(again.err).toMatch(/đã có/);
  });
});
