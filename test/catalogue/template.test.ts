/**
 * `giaoban template` for today: a provincial police unit's workbook (clusters of
 * xã, phường, đặc khu, with Mã ĐVHC and Hình thành từ) and a commune police
 * unit's (its thôn, bản, tổ dân phố); the district layout of before stays.
 */
import { describe, expect, it } from 'vitest';
import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { readWorkbook, templateLevelOf } from '@giaoban/core';
import { readWorkbookFile } from '../../packages/cli/src/xlsx/index.js';
import { main } from '../../packages/cli/src/main.js';

const dir = join(process.cwd(), 'test/.tmp/catalogue-template');

async function run(...args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(args, { stdout: (t) => out.push(t), stderr: (t) => err.push(t), cwd: dir });
  return { code, out: out.join(''), err: err.join('') };
}

describe('giaoban template of today', () => {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });

  it('chooses the layout from the unit named', () => {
    expect(templateLevelOf('Công an huyện Nậm Pồ')).toBe('district');
    expect(templateLevelOf('CÔNG AN XÃ NÀ HỲ')).toBe('commune');
    expect(templateLevelOf('Công an tỉnh Điện Biên')).toBe('province');
    expect(templateLevelOf(null)).toBe('province');
  });

  it('writes a provincial workbook whose communes table is headed for today and reads back clean', async () => {
    const r = await run('template', '-o', 'tinh.xlsx', '--unit', 'Công an tỉnh Điện Biên', '--rows', '20');
    expect(r.code).toBe(0);
    const grid = await readWorkbookFile(join(dir, 'tinh.xlsx'));
    const communes = grid.sheets.find((s) => s.name === 'Danh sách xã')!;
    expect(communes.values[2]).toEqual(['STT', 'Xã, phường, đặc khu', 'Mã ĐVHC', 'Cụm', 'Cán bộ phụ trách địa bàn', 'Trưởng Công an xã, phường, đặc khu', 'Hình thành từ', 'Ghi chú']);
    const read = readWorkbook(grid);
    expect(read.tables.find((t) => t.kind === 'communes')!.columns).toMatchObject({ commune: 2, unitCode: 3, cluster: 4, formedFrom: 7 });
    expect(read.tables.find((t) => t.kind === 'issues')!.columns).toMatchObject({ commune: 3 });
    expect(read.findings.filter((f) => f.severity === 'error')).toEqual([]);
  });

  it('writes a commune police workbook of villages (--level xa) that reads as the village tier', async () => {
    const r = await run('template', '-o', 'xa.xlsx', '--level', 'xa', '--unit', 'Công an xã Nà Hỳ', '--rows', '20');
    expect(r.code).toBe(0);
    const grid = await readWorkbookFile(join(dir, 'xa.xlsx'));
    expect(grid.sheets.map((s) => s.name)).toContain('Danh sách thôn, bản');
    const read = readWorkbook(grid);
    expect(read.organisation?.tier).toBe('villages');
    expect(read.tables.find((t) => t.kind === 'briefings')!.columns).toMatchObject({ host: 3, villageHead: 6, securityTeam: 7 });
    expect(read.findings.filter((f) => f.severity === 'error')).toEqual([]);
  });

  it('refuses an unknown level in both languages', async () => {
    const r = await run('template', '-o', 'x.xlsx', '--level', 'thon');
    expect(r.code).toBe(2);
    expect(r.err).toContain('--level "thon" không hợp lệ');
  });
});
