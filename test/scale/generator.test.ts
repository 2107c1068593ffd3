// The benchmark workbooks: each shape the generator writes is what it says (read back through the package
// layer), reads without errors, and the output folder is made when missing.
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { readWorkbook } from '@giaoban/core';
import { readXlsx } from '@giaoban/xlsx';
import { writeLargeWorkbook } from '../../scripts/generate/largeWorkbook.js';
import { tmpDir } from '../xlsx/helpers.js';

const small = { issues: 600, years: 1, communes: 12, clusters: 3, leaders: 4 };

describe('the benchmark workbook generator', () => {
  it('makes the missing folders of --out', async () => {
    const out = join(tmpDir('generator'), 'a', 'b', 'so.xlsx');
    await writeLargeWorkbook(out, small);
    expect(existsSync(out)).toBe(true);
  });

  it('writes each shape as described, and each reads without errors', async () => {
    const dir = tmpDir('generator-shapes');
    const read = async (shape: 'varied' | 'clerk' | 'formatted-empty' | 'text-dates') => {
      const out = join(dir, `${shape}.xlsx`);
      await writeLargeWorkbook(out, { ...small, shape });
      const { grid } = await readXlsx(new Uint8Array(readFileSync(out)));
      const issues = grid.sheets.find((s) => s.name === 'Ý kiến')!;
      return { grid, rows: issues.values.slice(3), out };
    };
    const clerk = await read('clerk');
    const contents = clerk.rows.map((r) => String(r[3]));
    // Shared prefixes and repeated contents, and STT as formulas whose cached values are read.
    expect(contents.filter((c) => c.startsWith('Nội dung phản ánh số')).length).toBeGreaterThan(20);
    expect(new Set(contents).size).toBeLessThan(contents.length * 0.8);
    expect(clerk.rows.map((r) => r[0])).toEqual(clerk.rows.map((_, i) => i + 1));
    expect(strFromU8(unzipSync(new Uint8Array(readFileSync(clerk.out)))['xl/worksheets/sheet4.xml']!)).toContain('<f>ROW()-3</f>');
    const textDates = await read('text-dates');
    expect(textDates.rows.every((r) => typeof r[1] === 'string' && /^\d\d\/\d\d\/\d{4}$/.test(r[1] as string))).toBe(true);
    const formatted = await read('formatted-empty');
    // The formatted blank rows hold no values, so the grid ends with the last issue.
    expect(formatted.rows).toHaveLength(600);
    for (const g of [clerk.grid, textDates.grid, formatted.grid]) {
      const r = readWorkbook(g);
      expect(r.issues).toHaveLength(600);
      expect(r.findings.filter((f) => f.severity === 'error')).toEqual([]);
    }
  });
});
