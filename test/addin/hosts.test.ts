// Every command end to end on fakes of the Excel versions the add-in names: ExcelApi 1.1 (Excel 2016
// volume licence), 1.4, 1.8 (Excel 2021 has it; 2019 stops at 1.7) and the latest. The fake refuses
// every member above its version, so a success here means the command runs there.
// Also the workbook situations a clerk's file brings: 1904 dates, protection, hidden sheets,
// a clerk's table with the product's table name in other case, formatting to row 65,536,
// 60,000 findings under Excel on the web's 5 MB request limit, and two runtimes' settings.
import { describe, it, expect, beforeAll } from 'vitest';
import { buildFindingsSheet, findMarker, isoDateToExcelSerial, markerFor, type Finding, type WorkbookGrid } from '@giaoban/core';
import { clearMarksCommand, planCommand, selectFindingCommand, summarizeCommand, templateCommand, validateCommand } from '../../addin/src/commands/workbookCommands.js';
import { emptyIo, writeSheetModels, MARKS_SETTING } from '../../addin/src/excel/index.js';
import { FakeExcelHost } from '../../addin/test-support/fakeExcel.js';
import { exampleGrid, fakeFromGrid, hostFor } from './support/fakeHost.js';

let example: WorkbookGrid;
beforeAll(async () => {
  example = await exampleGrid();
}, 120_000);

const allText = (messages: { vi: string; en: string }[]) => messages.map((m) => `${m.vi} | ${m.en}`).join('\n');

describe.each(['1.1', '1.4', '1.8', '1.17'])('every command on ExcelApi %s', (apiVersion) => {
  it('succeeds, writes its sheets, and names what this Excel cannot do', async () => {
    const fake = fakeFromGrid(example, { apiVersion });
    const host = hostFor(fake);
    const v = await validateCommand(host, { highlight: true, dropdowns: true });
    const p = await planCommand(host, { months: 6 });
    const s = await summarizeCommand(host, {});
    const t1 = await templateCommand(host);
    const t2 = await templateCommand(host);
    const c = await clearMarksCommand(host);
    for (const r of [v, p, s]) expect(findMarker(fake.valuesOf(r.written[0]!.sheet))).not.toBeNull();
    expect(t2.written.map((w) => w.sheet).every((n) => /\(2\)$/.test(n))).toBe(true);
    const text = allText([...v.messages, ...p.messages, ...s.messages, ...t1.messages, ...c.messages]);
    const old = apiVersion === '1.1';
    expect(/ExcelApi 1\.2/.test(text)).toBe(old); // widths, heights, merges
    expect(/ExcelApi 1\.8/.test(text)).toBe(apiVersion !== '1.8' && apiVersion !== '1.17'); // drop-downs
    expect(/ExcelApi 1\.9/.test(text)).toBe(apiVersion !== '1.17'); // print setup
    const plan = fake.sheet(p.written[0]!.sheet);
    expect(plan.formats.some((f) => f.key === 'columnWidth')).toBe(!old);
    expect(plan.merges.length > 0).toBe(!old);
    // Drop-downs of the second template set point at its own list sheet, never the first set's or a clerk's.
    const dropdowns = t2.written.flatMap((w) => fake.sheet(w.sheet).validations.map((x) => (x.rule as { list: { source: string } }).list.source));
    if (apiVersion === '1.8' || apiVersion === '1.17') {
      expect(dropdowns.length).toBeGreaterThan(0);
      for (const src of dropdowns.filter((d) => d.startsWith('='))) expect(src).toMatch(/^='[^']+ \(2\)'!/);
    } else expect(dropdowns).toEqual([]);
    // The hidden list sheet is hidden where the host can hide it.
    const hidden = t1.written.map((w) => fake.sheet(w.sheet)).filter((x) => x.visibility === 'Hidden');
    expect(hidden.length > 0).toBe(!old);
  }, 120_000);
});

describe('workbook situations', () => {
  it('writes dates in the 1904 system when the workbook uses it (plan and summary)', async () => {
    for (const date1904 of [false, true]) {
      const fake = fakeFromGrid({ ...example, date1904 }, { apiVersion: '1.8', date1904 });
      const host = hostFor(fake);
      const p = await planCommand(host, { from: '2026-01', months: 2 });
      const cells = fake.sheet(p.written[0]!.sheet).cells.flat().filter((c) => c && typeof c.value === 'number' && /d/.test(c.numberFormat));
      expect(cells.length).toBeGreaterThan(0);
      const serials = cells.map((c) => c!.value as number);
      const jan = isoDateToExcelSerial('2026-01-01');
      // In a 1904 workbook the same date is 1,462 smaller.
      const shift = date1904 ? 1462 : 0;
      for (const v of serials) expect(v + shift).toBeGreaterThanOrEqual(jan - 40);
      for (const v of serials) expect(v + shift).toBeLessThan(jan + 80);
    }
  }, 120_000);

  it('a protected workbook: a clear Vietnamese message, nothing added (1.1 by error code, 1.7+ checked first)', async () => {
    for (const apiVersion of ['1.1', '1.17']) {
      const fake = fakeFromGrid(example, { apiVersion });
      fake.workbookProtected = true;
      const names = fake.sheets.map((s) => s.name);
      await expect(validateCommand(hostFor(fake))).rejects.toThrow(/bảo vệ/);
      expect(fake.sheets.map((s) => s.name)).toEqual(names);
    }
  }, 120_000);

  it('a protected sheet is not highlighted (and said so); the other sheets are', async () => {
    const fake = fakeFromGrid(example, { apiVersion: '1.8' });
    const host = hostFor(fake);
    const first = await validateCommand(host);
    const target = first.findings.find((f) => f.cell)!.sheet;
    fake.sheet(target).protected = true;
    const r = await validateCommand(host, { highlight: true });
    expect(allText(r.messages)).toContain(`Không tô màu trang đang được bảo vệ: ${target}`);
    expect(fake.sheet(target).formats.some((f) => f.key === 'fill.color')).toBe(false);
  }, 120_000);

  it('a hidden clerk sheet is read; a finding on it cannot be selected, and says why', async () => {
    const fake = fakeFromGrid(example, { apiVersion: '1.8' });
    const host = hostFor(fake);
    const r = await validateCommand(host);
    const f = r.findings.find((x) => x.cell)!;
    fake.sheet(f.sheet).visibility = 'Hidden';
    const again = await validateCommand(host);
    expect(again.findings.length).toBe(r.findings.length);
    await expect(selectFindingCommand(host, f)).rejects.toThrow(`Trang "${f.sheet}" đang ẩn nên không chọn được ô ${f.cell}`);
  }, 120_000);

  it('a clerk\'s table named like the product\'s in other case gets a unique name, not a failure', async () => {
    const fake = fakeFromGrid(example, { apiVersion: '1.17' });
    fake.sheets[0]!.tables.push({ name: 'giaoban_theothang', address: 'A1:B2' });
    const s = await summarizeCommand(hostFor(fake), {});
    const names = fake.sheet(s.written[0]!.sheet).tables.map((t) => t.name);
    expect(names.length).toBeGreaterThan(0);
    expect(names.map((n) => n.toLowerCase())).not.toContain('giaoban_theothang');
  }, 120_000);

  it('formatting to row 65,536 is not read cell by cell where getUsedRange(true) exists', async () => {
    const read: Record<string, number> = {};
    for (const apiVersion of ['1.1', '1.2']) {
      const fake = fakeFromGrid(example, { apiVersion });
      fake.formatArea(example.sheets[0]!.name, 'A1:L65536');
      const r = await validateCommand(hostFor(fake));
      expect(r.written).toHaveLength(1);
      read[apiVersion] = fake.stats.cellsRead;
    }
    expect(read['1.1']).toBeGreaterThan(65_536 * 12); // Excel 2016 has no other way: slower, still right
    expect(read['1.2']).toBeLessThan(65_536);
  }, 120_000);

  it('60,000 findings are written through Excel on the web\'s 5 MB limit (values and formats chunked)', async () => {
    const findings: Finding[] = Array.from({ length: 60_000 }, (_, i) => ({
      severity: i % 3 ? 'warning' : 'error',
      code: 'date.invalid',
      sheet: 'Ý kiến phản ánh',
      cell: `C${i + 5}`,
      message: `Ngày "31/02/2018" không có trong lịch (tháng 2/2018 có 28 ngày) — dòng ${i + 5}`,
      messageEn: 'Invalid date',
      suggestion: 'Sửa thành 28/02/2018 hoặc 01/03/2018',
      suggestionEn: 'Use 28/02/2018',
    }));
    const fake = new FakeExcelHost({ apiVersion: '1.17' });
    fake.addSheet('Ý kiến phản ánh', [['Nội dung']]);
    const host = hostFor(fake);
    const io = emptyIo();
    const model = buildFindingsSheet(findings, { unit: 'Công an huyện Mường Chà' });
    await host.run((ctx) => writeSheetModels(ctx, host.capabilities, [{ name: 'Ý kiến phản ánh', marker: null }], [model], {}, io));
    expect(fake.valuesOf('Kết quả kiểm tra').length).toBeGreaterThan(60_000);
    expect(Math.max(...fake.stats.requestBytes)).toBeLessThan(5 * 1024 * 1024);
    expect(io.chunkSyncs).toBeGreaterThan(0);
    expect(io.syncs).toBe(fake.stats.syncs);
    expect(fake.sheet('Kết quả kiểm tra').hyperlinks.length).toBe(60_000);
  }, 240_000);

  it('the ribbon and the task pane keep separate settings copies; neither drops the other\'s marks', async () => {
    const fake = fakeFromGrid(example, { apiVersion: '1.8' });
    const pane = hostFor(fake);
    const ribbon = hostFor(fake); // loaded before the pane highlighted anything: a stale copy
    await validateCommand(pane, { highlight: true });
    const marks = (fake.settings.get(MARKS_SETTING) as unknown[]).length;
    expect(marks).toBeGreaterThan(0);
    await ribbon.settings.set('giaoban.lastRibbonResult', { ok: true, messages: [] });
    expect((fake.settings.get(MARKS_SETTING) as unknown[]).length).toBe(marks);
    const c = await clearMarksCommand(ribbon);
    expect(c.messages[0]!.en).toBe(`Removed ${marks} marks.`);
    expect(fake.settings.get(MARKS_SETTING)).toEqual([]);
    expect(markerFor('findings')).toBeTruthy();
  }, 120_000);
});
