// Request sizes measured the way Excel measures them: Microsoft's Excel web client (@microsoft/office-js)
// builds every batch of the add-in's own commands, and each request it posts — Excel.run's clean-up
// request included — must stay under 4 MB (Excel on the web refuses 5 MB). The in-memory Excel's own
// accounting is held to the same client: same syncs, never below, within a few per cent on big ones.
import { describe, it, expect, beforeAll } from 'vitest';
import type { WorkbookGrid } from '@giaoban/core';
import { RealExcelClientHost, RequestLimitError, type WireRequest } from '../../addin/test-support/realExcelClient.js';
import { FakeExcelHost } from '../../addin/test-support/fakeExcel.js';
import { clearMarksCommand, summarizeCommand, validateCommand } from '../../addin/src/commands/workbookCommands.js';
import { REQUEST_BUDGET_BYTES } from '../../addin/src/excel/writeSheets.js';
import { fakeFromGrid, findingsGrid, hostFor } from './support/fakeHost.js';

const MB4 = 4 * 1024 * 1024;
const FINDINGS_SHEET = 'Kết quả kiểm tra';
const show = (r: WireRequest[]) => r.map((q) => `${q.cleanup ? 'clean-up ' : ''}${q.bytes}`).join(', ');

describe.each([10_000, 60_000])('%i findings through the real Excel client', (n) => {
  let grid: WorkbookGrid;
  beforeAll(() => {
    grid = findingsGrid(n);
  });

  it.each([
    ['Kiểm tra dữ liệu', validateCommand],
    ['Tổng hợp', summarizeCommand],
  ] as const)('%s: every request ≤ 4 MB, no clean-up request, every finding linked to its cell', async (_name, command) => {
    const fake = fakeFromGrid(grid);
    const real = new RealExcelClientHost(fake);
    const r = await command(real.host(), {});
    expect(r.findings.length).toBeGreaterThanOrEqual(n);
    expect(real.largestRequest(), show(real.requests)).toBeLessThanOrEqual(MB4);
    // Every range the add-in names is used in its own batch only: Excel.run has nothing to release.
    expect(real.requests.filter((q) => q.cleanup)).toEqual([]);
    // What the writer planned by is never below what the client sent.
    expect(r.io.largestRequestEstimate).toBeGreaterThanOrEqual(Math.max(...real.requests.map((q) => q.bodyBytes)));
    expect(r.io.largestRequestEstimate).toBeLessThanOrEqual(REQUEST_BUDGET_BYTES);
    const links = fake.sheet(FINDINGS_SHEET).hyperlinks;
    expect(links.length).toBe(r.findings.filter((f) => f.cell).length);
    expect(links[0]!.documentReference).toMatch(/^'?[^!]+'?![A-Z]+\d+$/);
    expect(fake.valuesOf(FINDINGS_SHEET).length).toBeGreaterThan(n);
  }, 240_000);
});

describe('highlights and drop-downs on the clerk\'s sheets, and removing them, through the real client', () => {
  it('5,000 cells filled and unfilled (the cap), every request ≤ 4 MB, the clerk\'s fills restored', async () => {
    const fake = fakeFromGrid(findingsGrid(10_000));
    const real = new RealExcelClientHost(fake);
    const r = await validateCommand(real.host(), { highlight: true, dropdowns: true });
    expect(r.messages.map((m) => m.vi).join('\n')).toMatch(/Đã tô màu 5000 ô/);
    expect(real.largestRequest(), show(real.requests)).toBeLessThanOrEqual(MB4);
    // On the clerk's sheets (the findings sheet has fills of its own style).
    const count = (key: string) => fake.sheets.filter((sheet) => sheet.name !== FINDINGS_SHEET).reduce((n, sheet) => n + sheet.formats.filter((f) => f.key === key).length, 0);
    expect(count('fill.color')).toBe(5_000);
    real.requests.length = 0;
    const c = await clearMarksCommand(real.host());
    expect(c.messages[0]!.vi).toBe('Đã gỡ 5002 đánh dấu.');
    expect(real.largestRequest(), show(real.requests)).toBeLessThanOrEqual(MB4);
    expect(count('fill.clear')).toBe(5_000);
    expect(fake.sheets.flatMap((sheet) => sheet.validations)).toEqual([]);
  }, 240_000);
});

describe('the in-memory Excel counts a batch as the real client sends it', () => {
  it('same syncs; each request at or above the client\'s, within 10 % on requests over 100 kB', async () => {
    const grid = findingsGrid(10_000);
    const real = new RealExcelClientHost(fakeFromGrid(grid));
    await validateCommand(real.host(), {});
    const fake = fakeFromGrid(grid);
    await validateCommand(hostFor(fake), {});
    const sent = real.batchRequests();
    expect(fake.stats.requestBytes.length).toBe(sent.length);
    sent.forEach((q, i) => {
      const ours = fake.stats.requestBytes[i]!;
      expect(ours, `sync ${i + 1}`).toBeGreaterThanOrEqual(q.bodyBytes);
      if (q.bodyBytes > 100_000) expect(ours / q.bodyBytes, `sync ${i + 1}`).toBeLessThan(1.1);
    });
  }, 240_000);

  it('tracked ranges: both see the _KeepReference actions and the clean-up request Excel.run sends after the batch', async () => {
    const batch = async (ctx: Excel.RequestContext) => {
      const ws = ctx.workbook.worksheets.getItem('Sổ');
      // 3,000 cells named one by one and kept (no untrack): the pattern the writer avoids.
      for (let i = 1; i <= 3_000; i++) ws.getRange(`B${i}`).values = [[`Xã Nà Khoa ${i}`]];
      await ctx.sync();
    };
    const realFake = new FakeExcelHost();
    realFake.addSheet('Sổ', [['x']]);
    const real = new RealExcelClientHost(realFake);
    await real.host().run(batch);
    const cleanup = real.requests.filter((q) => q.cleanup);
    expect(cleanup).toHaveLength(1);
    expect(cleanup[0]!.bodyBytes).toBeGreaterThan(3_000 * 90);
    expect(realFake.cell('Sổ', 'B3000')?.value).toBe('Xã Nà Khoa 3000');

    const fake = new FakeExcelHost();
    fake.addSheet('Sổ', [['x']]);
    await hostFor(fake).run(batch as never);
    expect(fake.stats.cleanupBytes).toHaveLength(1);
    expect(fake.stats.cleanupBytes[0]!).toBeGreaterThanOrEqual(cleanup[0]!.bodyBytes);
    expect(fake.stats.requestBytes[0]!).toBeGreaterThanOrEqual(real.batchRequests()[0]!.bodyBytes);
  }, 120_000);

  it('a request over the limit fails as on Excel on the web, and a clean-up request over it is reported too', async () => {
    const fake = new FakeExcelHost();
    fake.addSheet('Sổ', [['x']]);
    const real = new RealExcelClientHost(fake, { limit: 50_000 });
    const big = async (ctx: Excel.RequestContext) => {
      ctx.workbook.worksheets.getItem('Sổ').getRange('A1:A2000').values = Array.from({ length: 2_000 }, (_, i) => [`Tranh chấp đất rẫy ở bản Huổi Hâu ${i}`]);
      await ctx.sync();
    };
    await expect(real.host().run(big)).rejects.toMatchObject({ code: 'RequestPayloadSizeLimitExceeded' });
    // Each sync small, but 1,000 kept ranges: Excel.run's clean-up request is the one over the limit.
    const many = async (ctx: Excel.RequestContext) => {
      const ws = ctx.workbook.worksheets.getItem('Sổ');
      for (let i = 1; i <= 1_000; i++) {
        ws.getRange(`C${i}`).values = [[i]];
        if (i % 50 === 0) await ctx.sync();
      }
    };
    await expect(real.host().run(many)).rejects.toBeInstanceOf(RequestLimitError);
    expect(real.requests.at(-1)!.cleanup).toBe(true);
  }, 120_000);
});
