import { describe, expect, it } from 'vitest';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { main } from '../../packages/cli/src/main.js';

function io(cwd: string) {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { stdout: (t: string) => out.push(t), stderr: (t: string) => err.push(t), cwd }, out, err };
}

describe('giaoban demo', () => {
  it('checks, plans 12 months, summarises and writes out/giao-ban-demo.xlsx beside the clerk sheets', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'giaoban-demo-'));
    // Run from the project root so the example is found; write into a temp dir.
    const run = io(process.cwd());
    // The historical district example (2024–2025): its last month is 12/2025.
    expect(await main(['demo', '--out', dir, '--example', 'huyen'], run.io)).toBe(0);
    const text = run.out.join('');
    const file = join(dir, 'giao-ban-demo.xlsx');
    expect(existsSync(file)).toBe(true);
    expect(text).toContain(`Đã ghi: `);
    expect(text).toMatch(/1\. Kiểm tra: \d+ lỗi, \d+ cảnh báo/);
    expect(text).toMatch(/2\. Lịch giao ban 01\/2026 – 12\/2026: \d+ buổi cho \d+ cụm/);
    expect(text).toContain('3. Tháng 12/2025 (15/11/2025 – 14/12/2025)');

    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    const names = wb.worksheets.map((w) => w.name);
    expect(names.slice(-3)).toEqual(['Lịch giao ban', 'Tổng hợp', 'Kết quả kiểm tra']);
    expect(names.length).toBeGreaterThan(3); // the clerk's sheets are kept

    // The summary sheet agrees with `summarize --json` on the same month.
    const sum = io(process.cwd());
    expect(await main(['summarize', 'examples/so-theo-doi-giao-ban.xlsx', '--period', 'month:2025-12', '--json', '--quiet'], sum.io)).toBe(0);
    const j = JSON.parse(sum.out.join(''));
    let total: unknown[] | null = null;
    wb.getWorksheet('Tổng hợp')!.eachRow((row) => {
      if (row.getCell(2).value === 'Tổng cộng') total = [row.getCell(3).value, row.getCell(4).value];
    });
    expect(total).toEqual([j.issues.total, j.cumulative.issues.total]);

    // One plan row per cluster and month.
    let planRows = 0;
    wb.getWorksheet('Lịch giao ban')!.eachRow((row) => {
      if (typeof row.getCell(1).value === 'number') planRows++;
    });
    const clusters = text.match(/buổi cho (\d+) cụm/)![1]!;
    expect(planRows).toBe(12 * Number(clusters));
  });

  it('runs today’s provincial example by default: plans after May 2026 and counts old communes under today’s', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'giaoban-demo-'));
    const run = io(process.cwd());
    expect(await main(['demo', '--out', dir], run.io)).toBe(0);
    const text = run.out.join('');
    expect(text).toMatch(/2\. Lịch giao ban 06\/2026 – 05\/2027: 36 buổi cho 03 cụm/);
    expect(text).toContain('3. Tháng 05/2026');
    const xa = io(process.cwd());
    expect(await main(['demo', '--out', dir, '--example', 'xa', '--force'], xa.io)).toBe(0);
    expect(xa.out.join('')).toContain('thôn, bản');
  });

  it('rejects unknown options with exit 2', async () => {
    const run = io(process.cwd());
    expect(await main(['demo', '--bogus'], run.io)).toBe(2);
    expect(run.err.join('')).toMatch(/tham số không hợp lệ/);
  });
});
