// What a clerk or a commander reads carries no developer's note (a tracker's number, a section of the specification) and no
// "…" placeholder where the unit is unknown. Checked on the real
// outputs of `giaoban demo` and `giaoban template` (every cell of the product's sheets, every paragraph
// of the papers) and on a plan sheet built for a workbook with no title rows.
import { describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildPlanSheet, planRotation, rotationInputOf, readWorkbook } from '@giaoban/core';
import { readXlsx } from '@giaoban/xlsx';
import { main } from '../../packages/cli/src/main.js';
import { readDocx } from '../documents/docxText.js';

const INTERNAL = /\bissue\s*\d+|\bSPEC\b|TODO|FIXME/i;
const PRODUCT_SHEETS = ['Lịch giao ban', 'Tổng hợp', 'Kết quả kiểm tra'];

const quiet = (cwd: string) => ({ stdout: () => {}, stderr: () => {}, cwd });

/** Every text cell of the named sheets, as "sheet!row:col text" lines that match `pattern`. */
async function textsMatching(file: string, sheets: readonly string[] | null, pattern: RegExp): Promise<string[]> {
  const { grid } = await readXlsx(new Uint8Array(readFileSync(file)));
  return grid.sheets
    .filter((s) => sheets === null || sheets.includes(s.name))
    .flatMap((s) => s.values.flatMap((row, r) => row.flatMap((v, c) => (typeof v === 'string' && pattern.test(v) ? [`${s.name}!R${r + 1}C${c + 1} ${v}`] : []))));
}

describe('no internal note where a user reads', () => {
  it('in the demo workbook\'s product sheets and the demo papers', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'giaoban-usertext-'));
    expect(await main(['demo', '--out', dir], quiet(process.cwd()))).toBe(0);
    expect(await textsMatching(join(dir, 'giao-ban-demo.xlsx'), PRODUCT_SHEETS, INTERNAL)).toEqual([]);
    const papers = readdirSync(join(dir, 'giay-to'));
    expect(papers.length).toBeGreaterThan(0);
    for (const f of papers) {
      const lines = readDocx(new Uint8Array(readFileSync(join(dir, 'giay-to', f)))).paragraphs.filter((p) => INTERNAL.test(p));
      expect(lines, f).toEqual([]);
    }
  });

  it('in the empty tracking workbook of giaoban template', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'giaoban-usertext-'));
    const out = join(dir, 'so-moi.xlsx');
    expect(await main(['template', '-o', out], quiet(process.cwd()))).toBe(0);
    expect(await textsMatching(out, null, INTERNAL)).toEqual([]);
  });

  it('no "CÔNG AN TỈNH …" on Lịch giao ban when the workbook names no parent unit', async () => {
    const { grid } = await readXlsx(new Uint8Array(readFileSync('examples/so-theo-doi-giao-ban.xlsx')));
    const read = readWorkbook(grid);
    const plan = planRotation({ ...rotationInputOf(read), from: '2026-01', months: 2 });
    const sheet = buildPlanSheet(plan.briefings, { unit: 'Công an xã Nà Hỳ' });
    const placeholders = sheet.cells.flat().filter((v) => typeof v === 'string' && /…|\.\.\.|CÔNG AN TỈNH/.test(v));
    expect(placeholders).toEqual([]);
    expect(sheet.cells[0]![0]).toBe('CÔNG AN XÃ NÀ HỲ');
  });
});
