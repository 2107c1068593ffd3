// One default period, one default plan start, one unit detection: the CLI and the
// add-in must agree on the example workbook because both call the core.
import { describe, expect, it, beforeAll } from 'vitest';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { DateTime } from 'luxon';
import {
  buildPlanSheet,
  computeStatistics,
  defaultPlanStart,
  defaultSummaryPeriod,
  detectUnitNames,
  epochDay,
  epochDayOrNaN,
  fromEpochDay,
  planRotation,
  readWorkbook,
  rotationInputOf,
  statisticsInputOf,
  yearMonthFromIndex,
  type BriefingRecord,
  type IssueRecord,
  type WorkbookGrid,
} from '@giaoban/core';
import { main } from '../../packages/cli/src/main.js';
import { planCommand, summarizeCommand } from '../../addin/src/commands/workbookCommands.js';
import { exampleGrid, fakeFromGrid, hostFor } from '../addin/support/fakeHost.js';
import { commune, leader } from '../rotation/fixtures.js';

const briefingOn = (date: string) => ({ date }) as unknown as BriefingRecord;
const issueOn = (date: string) => ({ date }) as unknown as IssueRecord;

function cliIo() {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { stdout: (t: string) => out.push(t), stderr: (t: string) => err.push(t), cwd: process.cwd() }, out, err };
}

describe('defaultSummaryPeriod / defaultPlanStart', () => {
  it('reports on the last reporting month that has ended by the latest record', () => {
    const recs = { briefings: [briefingOn('2025-11-17'), briefingOn('2025-12-16')], issues: [issueOn('2025-12-28')] };
    // 28/12 lies in the decree month 15/12–14/01, not over yet: December's month (15/11–14/12) is the last complete one.
    expect(defaultSummaryPeriod(recs)!.label).toBe('Tháng 12/2025 (15/11/2025 – 14/12/2025)');
    expect(defaultSummaryPeriod(recs, { calendar: true })).toMatchObject({ from: '2025-11-01', to: '2025-11-30' });
    // A record on the cut-off eve closes that month itself.
    expect(defaultSummaryPeriod({ briefings: [briefingOn('2026-01-14')], issues: [] })).toMatchObject({ from: '2025-12-15', to: '2026-01-14' });
    expect(defaultSummaryPeriod({ briefings: [], issues: [] })).toBeNull();
  });

  it('plans from the month after the latest record, across a year end', () => {
    expect(defaultPlanStart({ briefings: [briefingOn('2025-12-16')], issues: [issueOn('2025-11-20')] })).toBe('2026-01');
    expect(defaultPlanStart({ briefings: [briefingOn('2024-02-29')], issues: [] })).toBe('2024-03');
    expect(defaultPlanStart({ briefings: [], issues: [] })).toBeNull();
  });
});

describe('epochDayOrNaN (the one day-number implementation, statistics fast path)', () => {
  it('agrees with luxon on every date 0001–9999 and round-trips through fromEpochDay', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 9999 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 31 }), (y, m, d) => {
        const s = `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
        const dt = DateTime.fromObject({ year: y, month: m, day: d }, { zone: 'UTC' });
        if (!dt.isValid) {
          expect(epochDayOrNaN(s)).toBeNaN();
          expect(() => epochDay(s)).toThrow(RangeError);
          return;
        }
        const e = epochDayOrNaN(s);
        expect(e).toBe(Math.round(dt.toMillis() / 86_400_000));
        expect(fromEpochDay(e)).toBe(s);
      }),
      { numRuns: 2000 },
    );
  });

  it('rejects what is not a YYYY-MM-DD date', () => {
    for (const s of ['2018-02-29', '2018-13-01', '2018-00-10', '0000-01-01', '20a8-01-01', '2018-1-015', '15/01/2018', '2018/01/15', ' 2018-01-1', '']) {
      expect(epochDayOrNaN(s)).toBeNaN();
    }
    expect(epochDayOrNaN(null)).toBeNaN();
    expect(epochDayOrNaN('2024-02-29')).toBe(19782);
  });

  it('names month indices as the statistics bucket them', () => {
    expect(yearMonthFromIndex(2025 * 12 + 11)).toBe('2025-12');
    expect(yearMonthFromIndex(2026 * 12)).toBe('2026-01');
  });
});

describe('plan sheet row heights', () => {
  it('buildPlanSheet states taller rows for wrapped participants and notes', () => {
    const names = ['Nà Khoa', 'Nà Hỳ', 'Nà Bủng', 'Vàng Đán'];
    const plan = planRotation({
      catalogue: { communes: names.map((n) => commune(n, 'Cụm 1')), leaders: [leader('Lò Văn Hùng')], absences: [], holidays: [] },
      from: '2026-01',
      months: 2,
    });
    const model = buildPlanSheet(plan.briefings);
    expect(model.rowHeights).toBeDefined();
    // The plan at a glance comes first; the detail table with the participants follows it.
    const firstData = model.cells.findIndex((r) => r[0] === 'STT' && r[9] === 'Cố định') + 1;
    const participants = String(model.cells[firstData]![7]);
    expect(participants.split('\n').length).toBeGreaterThan(1);
    expect(model.rowHeights![firstData]).toBeGreaterThanOrEqual(participants.split('\n').length * 13);
    expect(model.rowHeights![6 - 1]).toBeNull(); // the empty spacer row above the header
  });
});

describe('on the example workbook', () => {
  let grid: WorkbookGrid;
  beforeAll(async () => {
    grid = await exampleGrid();
  }, 120_000);

  it('finds the unit block from the title rows, not a table title', () => {
    expect(detectUnitNames(grid)).toEqual({ parent: 'Công an tỉnh Điện Biên', unit: 'Công an huyện Nậm Pồ' });
  });

  it('giaoban summarize and the add-in Tổng hợp report the same default month; the add-in plans from the same start as demo', async () => {
    const read = readWorkbook(grid);
    const expected = defaultSummaryPeriod(read)!;
    const cli = cliIo();
    expect(await main(['summarize', 'examples/so-theo-doi-giao-ban.xlsx', '--json', '--quiet'], cli.io)).toBe(0);
    const json = JSON.parse(cli.out.join(''));
    expect(json.period).toMatchObject({ from: expected.from, to: expected.to, label: expected.label });

    const host = hostFor(fakeFromGrid(grid, { apiVersion: '1.1' }));
    const sum = await summarizeCommand(host, {});
    expect(sum.period).toEqual(expected);

    const plan = await planCommand(host, { months: 1 });
    expect(plan.messages[0]!.vi).toContain(`từ tháng ${defaultPlanStart(read)!.slice(5)}/${defaultPlanStart(read)!.slice(0, 4)}`);

    // The shared record inputs give the CLI's figures, plan rows included.
    const stats = computeStatistics({ ...statisticsInputOf(read), period: expected });
    expect([stats.issues.total, stats.briefings.held, stats.briefings.planned, stats.excludedRows]).toEqual([json.issues.total, json.briefings.held, json.briefings.planned, json.excludedRows]);
    expect(stats.excludedRows).toBe(read.excludedRows.length);
    const input = rotationInputOf(read);
    expect(input.history).toBe(read.briefings);
    expect(input.previous!.map((r) => r.fixed)).toEqual(read.planRows.map((r) => r.fixed));
    expect(input.previous!.every((r) => !('ref' in r))).toBe(true);
  }, 120_000);

  it('giaoban rotate -o heads the plan sheet with the detected unit block', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'giaoban-rotate-unit-'));
    const out = join(dir, 'lich.xlsx');
    const run = cliIo();
    const code = await main(['rotate', 'examples/so-theo-doi-giao-ban.xlsx', '--from', '2026-01', '--months', '2', '-o', out], run.io);
    expect([0, 1]).toContain(code); // 1: the example carries planted mistakes
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const ws = wb.getWorksheet('Lịch giao ban')!;
    expect([ws.getCell('A1').value, ws.getCell('A2').value]).toEqual(['CÔNG AN TỈNH ĐIỆN BIÊN', 'CÔNG AN HUYỆN NẬM PỒ']);
  }, 120_000);
});
