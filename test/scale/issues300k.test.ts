// every command crashed with "Maximum call stack size exceeded" between 120,000 and
// 130,000 issue rows (`issues.push(...readIssues(…))`). 300,000 rows in memory, read and summarised.
import { describe, expect, it } from 'vitest';
import { computeStatistics, parsePeriodSpec, readWorkbook, statisticsInputOf } from '@giaoban/core';
import { largeWorkbookGrid } from '../../scripts/generate/largeWorkbook.js';

describe('300,000 issue rows', () => {
  it('are read and summarised without overflowing the call stack', () => {
    const grid = largeWorkbookGrid({ issues: 300_000 });
    expect(grid.sheets.find((s) => s.name === 'Ý kiến')!.values).toHaveLength(300_003);
    const read = readWorkbook(grid, { asOf: '2026-01-31' });
    expect(read.issues).toHaveLength(300_000);
    // The last row is read from where it is in the sheet (header on row 3).
    expect(read.issues.at(-1)!.ref).toEqual({ sheet: 'Ý kiến', row: 300_003 });
    expect(read.summary.errors).toBe(0);
    const period = parsePeriodSpec('year:2025');
    const stats = computeStatistics({ ...statisticsInputOf(read), period });
    // Every row dated in the reporting year is counted: ten years of rows, about a tenth in 2025.
    const inPeriod = read.issues.filter((i) => i.date !== null && i.date >= period.from && i.date <= period.to).length;
    expect(stats.issues.total).toBe(inPeriod);
    expect(inPeriod).toBeGreaterThan(20_000);
    expect(inPeriod).toBeLessThan(40_000);
  }, 120_000);
});
