/**
 * `giaoban rollup` on real .xlsx files written to disk: a folder of unit
 * workbooks (two old communes' books among them), a file that is not a
 * workbook, a book given twice; the JSON, the text, the roll-up workbook read
 * back and the report .docx. The built command with two reading workers gives
 * the same JSON as the in-process run.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { execFileSync, spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { readXlsx } from '@giaoban/xlsx';
import { detectUnitNames, readWorkbook, rollupWorkbooks, parsePeriodSpec, ROLLUP_SHEET_NAME, ROLLUP_FINDINGS_SHEET_NAME, unitLookupFromCatalogue } from '@giaoban/core';
import { nationalCatalogue } from '@giaoban/core/catalogue';
import { main } from '../../packages/cli/src/main.js';
import { unitWorkbookGrid, writeGridXlsx } from '../../scripts/generate/unitWorkbooks.js';
import { rollupFolderBooks } from './fixtures.js';
import { readDocx } from '../documents/docxText.js';
import { captureIO, repoRoot, tmpDir } from '../xlsx/helpers.js';

const SOFFICE = ['/usr/bin/soffice', '/usr/bin/libreoffice'].find((p) => existsSync(p));

const BOOKS = rollupFolderBooks(71, 300);

let dir: string;
let folder: string;

async function run(...argv: string[]) {
  const io = captureIO();
  io.cwd = dir;
  const code = await main(argv, io);
  return { code, out: io.out, err: io.err };
}

beforeAll(async () => {
  dir = tmpDir('rollup-cli');
  folder = join(dir, 'so-cac-xa');
  mkdirSync(folder);
  for (const [name, o] of Object.entries(BOOKS)) await writeGridXlsx(unitWorkbookGrid(o), join(folder, name));
  writeFileSync(join(folder, 'ghi-chu.xlsx'), 'Đây không phải sổ Excel');
  writeFileSync(join(folder, '~$xa-muong-toong.xlsx'), 'tệp khóa của Excel');
  writeFileSync(join(folder, 'bao-cao.docx'), 'không phải sổ');
});

describe('giaoban rollup', () => {
  it('rolls up a folder: the same figures as the core over the same workbooks, the bad file named, exit 1', async () => {
    const r = await run('rollup', 'so-cac-xa', '--period', 'month:2025-12', '--as-of', '14/12/2025', '--json');
    expect(r.err).toBe('');
    expect(r.code).toBe(1);
    const json = JSON.parse(r.out);
    expect(json.period).toMatchObject({ from: '2025-11-15', to: '2025-12-14' });
    expect(json.files.map((f: { file: string }) => f.file)).toEqual(['so-cac-xa/ghi-chu.xlsx', 'so-cac-xa/xa-muong-nhe.xlsx', 'so-cac-xa/xa-muong-toong.xlsx', 'so-cac-xa/xa-na-hy.xlsx', 'so-cac-xa/xa-nam-nhu-cu.xlsx']);
    expect(json.findings[0]).toMatchObject({ code: 'rollup.file-unreadable', file: 'so-cac-xa/ghi-chu.xlsx' });
    // Units by their code in the national catalogue; the old commune's book (to June 2025) counted for today's Nà Hỳ.
    expect(json.units.map((u: { unit: string; code: string }) => [u.unit, u.code])).toEqual([
      ['Công an xã Mường Nhé', '03160'],
      ['Công an xã Mường Toong', '03163'],
      ['Công an xã Nà Hỳ', '03169'],
    ]);
    const naHy = json.units.find((u: { unit: string }) => u.unit === 'Công an xã Nà Hỳ');
    expect(naHy.predecessors).toEqual([{ unit: 'Công an xã Nậm Nhừ', code: '03171', file: 'so-cac-xa/xa-nam-nhu-cu.xlsx' }]);
    // The core over the same grids, with the same catalogue, gives the same totals.
    const adminCatalogue = nationalCatalogue();
    const books = Object.entries(BOOKS).map(([name, o]) => {
      const grid = unitWorkbookGrid(o);
      return { file: `so-cac-xa/${name}`, read: readWorkbook(grid, { adminCatalogue }), names: detectUnitNames(grid) };
    });
    const core = rollupWorkbooks(books, { period: parsePeriodSpec('month:2025-12'), asOf: '2025-12-14', lookups: [unitLookupFromCatalogue(adminCatalogue)] });
    expect(json.units.map((u: { code: string }) => u.code)).toEqual(core.units.map((u) => u.code));
    expect(json.total.items).toBe(core.total.items);
    expect(json.total.lastYear.items).toBe(core.total.lastYear.items);
    expect(json.total.byCategory).toEqual(core.total.byCategory);
    expect(json.total.lastYear.items).toBeGreaterThan(0);
  });

  it('each unit’s row says what giaoban summarize says of its workbook (same period, as-of date, holidays)', async () => {
    const args = ['--period', 'month:2025-12', '--as-of', '2025-11-30', '--overdue-days', '3', '--json'];
    const rolled = JSON.parse((await run('rollup', 'so-cac-xa/xa-muong-nhe.xlsx', ...args)).out);
    const summarized = JSON.parse((await run('summarize', 'so-cac-xa/xa-muong-nhe.xlsx', ...args)).out);
    const u = rolled.units[0];
    expect([u.briefings, u.items, u.byCategory, u.byStatus, u.backlog, u.overdue, u.onTimeShare]).toEqual([
      summarized.briefings.held,
      summarized.issues.total,
      summarized.issues.byCategory,
      summarized.issues.byStatus,
      summarized.issues.backlog,
      summarized.issues.overdueOpen,
      summarized.issues.onTimeShare,
    ]);
    expect(u.overdue).toBeGreaterThan(0);
  });

  it('prints the table and the paragraph; a book given twice is counted once', async () => {
    const r = await run('rollup', 'so-cac-xa/xa-muong-toong.xlsx', 'so-cac-xa/xa-muong-nhe.xlsx', 'so-cac-xa/xa-muong-toong.xlsx', '--period', 'month:2025-12', '--quiet');
    expect(r.code).toBe(1);
    expect(r.out).toContain('Tổng cộng (02 đơn vị)');
    expect(r.out).toContain('Tệp "so-cac-xa/xa-muong-toong.xlsx" được đưa vào hai lần; chỉ tính một lần.');
    expect(r.out).toMatch(/Nhận xét:\nTừ ngày 15\/11\/2025 đến ngày 14\/12\/2025, Công an 02 xã trên địa bàn tỉnh Điện Biên đã tổ chức/);
  });

  it('the province’s own workbook beside a commune’s is counted under its file name, and the finding says it names only the province', async () => {
    const r = await run('rollup', join(repoRoot, 'examples/so-giao-ban-cong-an-xa.xlsx'), join(repoRoot, 'examples/so-giao-ban-cong-an-tinh.xlsx'), '--period', 'năm 2025', '--json');
    const json = JSON.parse(r.out) as { units: { unit: string; code: string | null }[]; findings: { code: string; message: string }[] };
    expect(json.units.map((u) => [u.unit, u.code])).toEqual([
      ['Công an xã Nà Hỳ', '03169'],
      ['so-giao-ban-cong-an-tinh.xlsx', null],
    ]);
    expect(json.findings.find((f) => f.code === 'rollup.unit-unknown')?.message).toMatch(/^Sổ ".*so-giao-ban-cong-an-tinh\.xlsx" chỉ ghi Công an tỉnh Điện Biên, không ghi đơn vị cấp xã nào/);
  });

  it('without a period takes the month most books reached, and says so in English with --lang en', async () => {
    const r = await run('rollup', 'so-cac-xa/xa-muong-toong.xlsx', 'so-cac-xa/xa-muong-nhe.xlsx', 'so-cac-xa/xa-nam-nhu-cu.xlsx', '--lang', 'en');
    expect(r.code).toBe(0);
    expect(r.out).toContain('Grassroots briefings roll-up — Điện Biên province police: December 2025 (15 November 2025 – 14 December 2025)');
    expect(r.err).toContain('Read 3/3: so-cac-xa/xa-nam-nhu-cu.xlsx');
  });

  it('-o writes a new workbook with the roll-up and findings sheets, --docx the report', async () => {
    const r = await run('rollup', 'so-cac-xa', '--period', 'month:2025-12', '-o', 'out/tinh.xlsx', '--docx', 'out', '--signer-name', 'Đại tá Nguyễn Văn A', '--quiet');
    expect(r.code).toBe(1);
    expect(r.out).toContain('Đã ghi sổ tổng hợp: out/tinh.xlsx');
    expect(r.out).toContain('Đã ghi báo cáo: out/bao-cao-tong-hop_2025-12-14.docx');
    const back = await readXlsx(readFileSync(join(dir, 'out/tinh.xlsx')));
    expect(back.grid.sheets.map((s) => s.name)).toEqual([ROLLUP_SHEET_NAME, ROLLUP_FINDINGS_SHEET_NAME]);
    const rows = back.grid.sheets[0]!.values;
    const naHy = rows.find((row) => row[1] === 'Công an xã Nà Hỳ')!;
    const json = JSON.parse((await run('rollup', 'so-cac-xa', '--period', 'month:2025-12', '--json')).out);
    const u = json.units.find((x: { unit: string }) => x.unit === 'Công an xã Nà Hỳ');
    expect(naHy.slice(3, 9)).toEqual([u.briefings, u.lastYear.briefings, u.change.counts.briefings.delta, u.items, u.lastYear.items, u.change.counts.items.delta]);
    expect(rows.some((row) => row[0] === 'giaoban:rollup:v1')).toBe(true);
    const findings = back.grid.sheets[1]!.values;
    expect(findings.some((row) => row[1] === 'so-cac-xa/ghi-chu.xlsx' && row[4] === 'rollup.file-unreadable')).toBe(true);
    const doc = readDocx(readFileSync(join(dir, 'out/bao-cao-tong-hop_2025-12-14.docx')));
    const text = doc.paragraphs.join('\n');
    expect(text).toContain('CÔNG AN TỈNH ĐIỆN BIÊN');
    expect(text).toContain('Kết quả giao ban tại cơ sở của Công an các xã tháng 12/2025');
    expect(text).toContain('Đại tá Nguyễn Văn A');
    // The per-unit table: one row per unit of today and the total.
    const units = doc.tables.find((t) => t[0]![1] === 'Đơn vị')!;
    expect(units.slice(1).map((row) => row[1])).toEqual(['Công an xã Mường Nhé', 'Công an xã Mường Toong', 'Công an xã Nà Hỳ', 'Tổng cộng']);
    // Never written over without --force.
    const again = await run('rollup', 'so-cac-xa', '--period', 'month:2025-12', '-o', 'out/tinh.xlsx', '--quiet');
    expect(again.code).toBe(2);
    expect(again.err).toContain('đã có; chọn tên khác hoặc thêm --force');
  });

  it('bad arguments are one line and exit 2', async () => {
    expect((await run('rollup')).err).toMatch(/^Lỗi: thiếu <sổ.xlsx\|thư-mục>/u);
    expect((await run('rollup', 'so-cac-xa', '--period', 'quý 5')).code).toBe(2);
    expect((await run('rollup', 'so-cac-xa', '-o', 'tinh.csv')).err).toContain('-o "tinh.csv" phải là tệp .xlsx');
    mkdirSync(join(dir, 'trong'), { recursive: true });
    expect((await run('rollup', 'trong')).err).toContain('thư mục "trong" không có sổ .xlsx');
    const none = await run('rollup', 'so-cac-xa/ghi-chu.xlsx');
    expect(none.code).toBe(2);
    expect(none.err).toContain('Không có sổ nào đọc được để tổng hợp');
  });

  it.skipIf(!SOFFICE)('a folder of .ods and .xls as LibreOffice saves them is read like .xlsx (skipped without LibreOffice)', async () => {
    const mixed = join(dir, 'so-hon-hop');
    mkdirSync(mixed, { recursive: true });
    execFileSync(SOFFICE!, ['--headless', '--convert-to', 'ods', '--outdir', mixed, join(folder, 'xa-muong-toong.xlsx')], { stdio: 'ignore', timeout: 120_000 });
    execFileSync(SOFFICE!, ['--headless', '--convert-to', 'xls', '--outdir', mixed, join(folder, 'xa-muong-nhe.xlsx')], { stdio: 'ignore', timeout: 120_000 });
    const r = await run('rollup', 'so-hon-hop', '--period', 'month:2025-12', '--json');
    expect(r.code, r.err).toBe(0);
    const json = JSON.parse(r.out);
    expect(json.files.map((f: { file: string; role: string }) => [f.file, f.role])).toEqual([
      ['so-hon-hop/xa-muong-nhe.xls', 'unit'],
      ['so-hon-hop/xa-muong-toong.ods', 'unit'],
    ]);
    const xlsx = JSON.parse((await run('rollup', 'so-cac-xa/xa-muong-toong.xlsx', 'so-cac-xa/xa-muong-nhe.xlsx', '--period', 'month:2025-12', '--json')).out);
    expect(json.total.items).toBe(xlsx.total.items);
    expect(json.total.lastYear.items).toBe(xlsx.total.lastYear.items);
  });

  it('the built command with two reading workers gives the same JSON', () => {
    const bin = join(repoRoot, 'packages/cli/bin/giaoban.js');
    if (!existsSync(join(repoRoot, 'packages/cli/dist/rollup-worker.js'))) {
      console.warn('packages/cli/dist/rollup-worker.js missing: run npm run build -w @giaoban/cli to test the reading workers');
      return;
    }
    const args = [bin, 'rollup', 'so-cac-xa', '--period', 'month:2025-12', '--as-of', '2025-12-14', '--json'];
    const two = spawnSync(process.execPath, [...args, '--jobs', '2'], { cwd: dir, encoding: 'utf8' });
    const one = spawnSync(process.execPath, [...args, '--jobs', '1'], { cwd: dir, encoding: 'utf8' });
    expect(two.status, two.stderr).toBe(1);
    expect(JSON.parse(two.stdout)).toEqual(JSON.parse(one.stdout));
    // The release's one file has no worker file beside it: it starts itself as the reading worker.
    const single = join(repoRoot, 'packages/cli/dist/release/giaoban.mjs');
    if (existsSync(single)) {
      const release = spawnSync(process.execPath, [single, ...args.slice(1), '--jobs', '2'], { cwd: dir, encoding: 'utf8' });
      expect(release.status, release.stderr).toBe(1);
      expect(JSON.parse(release.stdout)).toEqual(JSON.parse(one.stdout));
    }
  });
});
