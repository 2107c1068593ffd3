/**
 * Today's workbooks through the command line, as real .xlsx files: a
 * provincial workbook with rows from before the merger, a commune police
 * workbook of villages; and `giaoban communes`.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import type { WorkbookGrid } from '@giaoban/core';
import { main } from '../../packages/cli/src/main.js';
import { communeWorkbook, provinceWorkbook } from './fixtures.js';

const dir = join(process.cwd(), 'test/.tmp/catalogue-cli');

function io() {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { stdout: (t: string) => out.push(t), stderr: (t: string) => err.push(t), cwd: dir }, out, err, text: () => out.join(''), json: () => JSON.parse(out.join('')) };
}

async function writeGrid(grid: WorkbookGrid, path: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  for (const s of grid.sheets) wb.addWorksheet(s.name).addRows(s.values as unknown[][]);
  await wb.xlsx.writeFile(path);
}

const province = join(dir, 'so-cong-an-tinh.xlsx');
const commune = join(dir, 'so-cong-an-xa.xlsx');

beforeAll(async () => {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  await writeGrid(provinceWorkbook(), province);
  await writeGrid(communeWorkbook(), commune);
});

describe('giaoban communes', () => {
  it('lists today’s units of a province with code, kind and what each was formed from', async () => {
    const r = io();
    expect(await main(['communes', 'Điện Biên', '--formed-from'], r.io)).toBe(0);
    expect(r.text()).toContain('Tỉnh Điện Biên (ngày 01/07/2025): 45 đơn vị');
    expect(r.text()).toContain('Nghị quyết số 1661/NQ-UBTVQH15');
    expect(r.text()).toMatch(/03169\s+Nà Hỳ\s+Xã\s+Nà Khoa, Nà Hỳ, Nậm Nhừ, Nậm Chua/);
  });

  it('gives the units of a day before 01/07/2025 and what each went into', async () => {
    const r = io();
    expect(await main(['communes', 'dien bien', '--as-of', '30/06/2025', '--json'], r.io)).toBe(0);
    const j = r.json();
    expect(j.era).toBe('former');
    expect(j.units).toHaveLength(129);
    const samMun = j.units.find((u: { name: string }) => u.name === 'Sam Mứn');
    expect(samMun.code).toBe('03355');
    expect(samMun.district).toBe('Huyện Điện Biên');
    expect(samMun.successors.map((s: { fullName: string }) => s.fullName)).toEqual(['Xã Thanh An']);
  });

  it('speaks English with --lang en: title, headings and kinds', async () => {
    const r = io();
    expect(await main(['communes', 'Điện Biên', '--formed-from', '--lang', 'en'], r.io)).toBe(0);
    expect(r.text()).toContain('Commune-level units of Điện Biên province (from 1 July 2025, on 1 July 2025): 45');
    expect(r.text()).toContain('Source: Resolution 1661/NQ-UBTVQH15');
    expect(r.text()).toMatch(/Code\s+Name\s+Kind\s+Formed from/);
    expect(r.text()).toMatch(/03169\s+Nà Hỳ\s+commune\s+Nà Khoa, Nà Hỳ, Nậm Nhừ, Nậm Chua/);
    expect(r.text()).not.toMatch(/Hình thành từ|đơn vị/);
  });

  it('refuses an unknown province with the nearest name, in both languages', async () => {
    const r = io();
    expect(await main(['communes', 'Điện Bin'], r.io)).toBe(2);
    expect(r.err.join('')).toContain('Không có tỉnh, thành phố "Điện Bin" từ ngày 01/07/2025. Có phải là "Điện Biên"?');
    const e = io();
    expect(await main(['communes', 'Điện Bin', '--lang', 'en'], e.io)).toBe(2);
    expect(e.err.join('')).toContain('No province "Điện Bin" from 1 July 2025. Did you mean "Điện Biên"?');
  });
});

describe('a provincial workbook of 2026 through the commands', () => {
  it('validate: no error, the old name after the merger reported with its successor', async () => {
    const r = io();
    expect(await main(['validate', province, '--json', '--quiet'], r.io)).toBe(0);
    const j = r.json();
    const merged = j.findings.filter((f: { code: string }) => f.code === 'commune.merged');
    expect(merged).toHaveLength(1);
    expect(merged[0].message).toContain('xã Nà Khoa đã hợp nhất vào xã Nà Hỳ từ 01/07/2025');
  });

  it('summarize: counts under today’s communes, with the old names in byFormerCommune', async () => {
    const r = io();
    expect(await main(['summarize', province, '--from', '01/06/2025', '--to', '31/01/2026', '--json', '--quiet'], r.io)).toBe(0);
    const j = r.json();
    const stats = j.statistics ?? j;
    expect(stats.issues.byCommune['Nà Hỳ']).toBe(4);
    expect(stats.issues.byFormerCommune).toEqual({ 'Nà Hỳ': { 'Nà Khoa': 2, 'Nậm Nhừ': 1 }, 'Thanh An': { 'Sam Mứn': 1 } });
    expect(JSON.stringify(j)).toContain('trong đó: xã Nà Khoa cũ 02');
  });

  it('rotate: plans today’s clusters of communes', async () => {
    const r = io();
    expect(await main(['rotate', province, '--from', '2026-02', '--months', '2', '--json'], r.io)).toBe(0);
    const j = r.json();
    const plan = j.plan ?? j.briefings ?? j;
    const hosts = JSON.stringify(plan);
    expect(hosts).toContain('Cụm 1');
    expect(hosts).toContain('Cụm 2');
  });
});

describe('a commune police workbook of villages through the commands', () => {
  it('validate reads 4 briefings and 4 items; rotate plans its villages; summarize says "thôn, bản"', async () => {
    const v = io();
    expect(await main(['validate', commune, '--json', '--quiet'], v.io)).toBe(0);
    const r = io();
    expect(await main(['rotate', commune, '--from', '2026-02', '--months', '3', '--json'], r.io)).toBe(0);
    const plan = JSON.stringify(r.json());
    expect(plan).toMatch(/Nậm Nhừ Con/); // the village that has not hosted yet comes first
    const s = io();
    expect(await main(['summarize', commune, '--from', '01/10/2025', '--to', '31/01/2026', '--json', '--quiet'], s.io)).toBe(0);
    const j = s.json();
    const stats = j.statistics ?? j;
    expect(stats.briefings.held).toBe(4);
    expect(stats.issues.total).toBe(4);
    expect(JSON.stringify(j)).toContain('tại 04/05 thôn, bản');
  });

  it('documents: the papers of a month, headed CÔNG AN TỈNH ĐIỆN BIÊN above CÔNG AN XÃ NÀ HỲ', async () => {
    const d = io();
    expect(await main(['documents', commune, '--month', '2026-01', '-o', join(dir, 'giay-to'), '--json', '--force'], d.io)).toBe(0);
    const j = d.json();
    expect(j.documents.map((x: { kind: string }) => x.kind)).toEqual(expect.arrayContaining(['invitation', 'minutes', 'report']));
    const { readDocx } = await import('../documents/docxText.js');
    const { readFileSync } = await import('node:fs');
    // Paths are printed relative to the working folder.
    const invitation = j.documents.find((x: { kind: string }) => x.kind === 'invitation');
    const text = JSON.stringify(readDocx(new Uint8Array(readFileSync(join(dir, invitation.path)))));
    expect(text).toContain('CÔNG AN TỈNH ĐIỆN BIÊN');
    expect(text).toContain('CÔNG AN XÃ NÀ HỲ');
  });
});

describe('usage errors of the options of today, in both languages', () => {
  it('template --level and demo --example name the values they take', async () => {
    const t = io();
    expect(await main(['template', '-o', join(dir, 'x.xlsx'), '--level', 'quan'], t.io)).toBe(2);
    expect(t.err.join('')).toContain('--level "quan" không hợp lệ: dùng tinh (Công an tỉnh, cụm xã), xa (Công an xã, thôn, bản) hoặc huyen');
    const te = io();
    expect(await main(['template', '-o', join(dir, 'x.xlsx'), '--level', 'quan', '--lang', 'en'], te.io)).toBe(2);
    expect(te.err.join('')).toContain('--level "quan" is not valid: use tinh (provincial police, clusters of communes), xa (commune police, villages) or huyen');
    const d = io();
    expect(await main(['demo', '--example', 'phuong', '--out', join(dir, 'demo'), '--lang', 'en'], d.io)).toBe(2);
    expect(d.err.join('')).toContain('--example "phuong" is not valid: use tinh, xa or huyen');
  });

  it('template --level xa accepts the accented word too (xã)', async () => {
    const t = io();
    expect(await main(['template', '-o', join(dir, 'xa.xlsx'), '--level', 'xã', '--force', '--lang', 'en'], t.io)).toBe(0);
    expect(t.text()).toContain('Danh sách thôn, bản');
  });
});
