// The ribbon's stored result: built from a real command run on the example workbook,
// kept as JSON in the document settings, read back and worded for the task pane.
import { describe, expect, it, beforeAll } from 'vitest';
import { SessionError, type WorkbookGrid } from '@giaoban/core';
import { planCommand, templateCommand, validateCommand } from '../../addin/src/commands/workbookCommands.js';
import { LAST_RESULT_SETTING, parseRibbonResult, ribbonResultOf, ribbonResultText } from '../../addin/src/commands/ribbonResult.js';
import { exampleGrid, fakeFromGrid, hostFor } from './support/fakeHost.js';

let example: WorkbookGrid;
beforeAll(async () => {
  example = await exampleGrid();
}, 120_000);

describe('ribbon result', () => {
  it('records what a check wrote where and its counts; the pane reads it back from the settings', async () => {
    const fake = fakeFromGrid(example, { apiVersion: '1.1' });
    const host = hostFor(fake);
    const r = await validateCommand(host);
    await host.settings.set(LAST_RESULT_SETTING, ribbonResultOf('validateWorkbook', r, new Date('2026-01-03T07:05:00Z')));
    const back = parseRibbonResult(fake.settings.get(LAST_RESULT_SETTING))!;
    expect(back.written).toEqual([{ sheet: 'Kết quả kiểm tra', range: r.written[0]!.range, action: 'create' }]);
    const vi = ribbonResultText(back, 'vi');
    expect(vi.title).toMatch(new RegExp(`^Nút Kiểm tra dữ liệu \\(.*03/01/2026.*\\): ${r.summary.errors} lỗi, ${r.summary.warnings} cảnh báo$`));
    expect(vi.lines.join('\n')).toContain(`Đã tạo trang "Kết quả kiểm tra" (${r.written[0]!.range})`);
    expect(ribbonResultText(back, 'en').title).toMatch(new RegExp(`^Check data button \\(.*\\): ${r.summary.errors} errors, ${r.summary.warnings} warnings$`));
  }, 60_000);

  it('a template run claims no check; a failure keeps the clerk-facing reason', async () => {
    const host = hostFor(fakeFromGrid(example, { apiVersion: '1.1' }));
    const t = ribbonResultOf('createTemplate', await templateCommand(host), new Date('2026-01-03T07:05:00Z'));
    expect(t.summary).toBeUndefined();
    expect(ribbonResultText(t, 'vi').title).toMatch(/^Nút Tạo sổ mẫu \(.+\): xong$/);

    // No tracking table at all: the session refuses the workbook, in both languages.
    const empty = hostFor(fakeFromGrid({ sheets: [{ name: 'Trống', values: [['Ghi chú'], ['chưa có dữ liệu']] }] }));
    const err = await planCommand(empty).then(() => null, (e: unknown) => e);
    expect(err).toBeInstanceOf(SessionError);
    expect((err as SessionError).code).toBe('session.noTables');
    const f = parseRibbonResult(JSON.stringify(ribbonResultOf('planRotationSheet', { error: err as SessionError }, new Date())))!;
    expect(f.ok).toBe(false);
    const text = ribbonResultText(f, 'vi');
    expect(text.title).toMatch(/^Nút Lập lịch giao ban \(.+\): không thực hiện được$/);
    expect(text.lines[0]).toBe((err as SessionError).message);
    expect(ribbonResultText(f, 'en').lines[0]).toBe((err as SessionError).messageEn);
  }, 60_000);

  it('ignores a missing or foreign settings value', () => {
    for (const v of [null, undefined, '', 'not json', 42, { ok: 'yes' }, { ok: true }]) expect(parseRibbonResult(v)).toBeNull();
    // The shape the ribbon stored before this change still shows.
    expect(parseRibbonResult({ ok: true, messages: [{ vi: 'Xong', en: 'Done' }], summary: { errors: 1, warnings: 2 } })).toMatchObject({ ok: true, summary: { errors: 1, warnings: 2 } });
  });
});
