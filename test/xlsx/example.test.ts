import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { readWorkbook, type ReadResult, type WorkbookGrid } from '@giaoban/core';
import { readWorkbookFile } from '../../packages/cli/src/xlsx/index.js';
import { PLANTED_MISTAKES } from '../../scripts/example/plantedMistakes.js';
import { buildExample, writeExample } from '../../scripts/example/makeExample.js';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { repoRoot } from './helpers.js';

const EXAMPLE = join(repoRoot, 'examples', 'so-theo-doi-giao-ban.xlsx');
const key = (f: { code: string; sheet: string; cell: string }) => `${f.code} @ ${f.sheet}!${f.cell}`;

let grid: WorkbookGrid;
let result: ReadResult;

describe('the example workbook', () => {
  it('reads with exactly the planted errors and at least the planted warnings', async () => {
    grid = await readWorkbookFile(EXAMPLE);
    result = readWorkbook(grid);
    const errors = result.findings.filter((f) => f.severity === 'error').map(key).sort();
    const plantedErrors = PLANTED_MISTAKES.filter((m) => m.severity === 'error').map(key).sort();
    expect(errors).toEqual(plantedErrors);
    const warnings = new Set(result.findings.filter((f) => f.severity === 'warning').map(key));
    for (const m of PLANTED_MISTAKES.filter((x) => x.severity === 'warning')) expect(warnings.has(key(m)), `${key(m)}: ${m.note}`).toBe(true);
  });

  it('plants every error code and most warning codes', () => {
    const codes = new Set(PLANTED_MISTAKES.map((m) => m.code));
    for (const c of ['date.missing', 'date.invalid', 'commune.unknown', 'leader.unknown', 'chair.not-leader', 'category.unknown', 'resolved.before-raised', 'row.duplicate', 'table.missing-column', 'value.invalid'])
      expect(codes.has(c), c).toBe(true);
    const warningCodes = ['briefing.non-working-day', 'briefing.off-plan-date', 'attendance.missing-police', 'attendance.missing-local-leaders', 'issue.no-briefing', 'status.blank', 'issue.overdue', 'host.twice-in-month', 'raised-by.unknown', 'category.suggested', 'text.legacy-converted'];
    expect(warningCodes.filter((c) => codes.has(c))).toEqual(warningCodes);
  });

  it('is a district of 15 communes with two years of briefings and about 300 issues', () => {
    const kinds = result.tables.map((t) => t.kind);
    for (const k of ['communes', 'leaders', 'absences', 'holidays', 'briefings', 'issues'] as const) expect(kinds).toContain(k);
    expect(result.catalogue.communes).toHaveLength(15);
    expect(new Set(result.catalogue.communes.map((c) => c.cluster)).size).toBe(3);
    expect(result.catalogue.leaders.map((l) => l.name)).toContain('Trần Ích Chính');
    const months = new Set(result.briefings.map((b) => b.date.slice(0, 7)));
    expect(months.size).toBe(24);
    expect(result.issues.length).toBeGreaterThan(280);
    const cats = new Set(result.issues.map((i) => i.category).filter(Boolean));
    expect(cats.size).toBe(5);
    expect(new Set(result.issues.map((i) => i.status)).size).toBe(4);
    expect(new Set(result.issues.map((i) => i.raisedBy).filter(Boolean)).size).toBe(5);
  });

  it("has a real clerk's messiness: titles, merges, text dates, no accents, NFD, TCVN3 in .VnTime, a total row", () => {
    const all = grid.sheets.flatMap((s) => s.values.flat()).filter((v): v is string => typeof v === 'string');
    expect(all).toContain('CÔNG AN HUYỆN NẬM PỒ');
    expect(grid.sheets.some((s) => (s.merges ?? []).length > 0)).toBe(true);
    expect(all.some((v) => /^\d{2}\/\d{2}\/\d{4}$/.test(v))).toBe(true);
    expect(all.some((v) => /^\d{1,2}-\d{1,2}-\d{4}$/.test(v))).toBe(true);
    expect(all.some((v) => /^\d{2}\.\d{2}\.\d{4}$/.test(v))).toBe(true);
    expect(all.some((v) => /^ngày \d{2} tháng \d{2} năm \d{4}$/.test(v))).toBe(true);
    expect(all).toContain('Na Khoa');
    expect(all.some((v) => v !== v.normalize('NFC'))).toBe(true);
    expect(grid.sheets.some((s) => (s.fonts ?? []).flat().includes('.VnTime'))).toBe(true);
    expect(all).toContain('Cộng');
    expect(result.findings.some((f) => f.code === 'text.legacy-converted')).toBe(true);
    // Sheet names say nothing of the kind.
    expect(grid.sheets.map((s) => s.name)).toContain('Sheet3');
  });

  it('is rebuilt identically by the generator (the committed list matches)', () => {
    const a = buildExample();
    const b = buildExample();
    expect(a.planted).toEqual(b.planted);
    expect(a.sheets.map((s) => s.rows)).toEqual(b.sheets.map((s) => s.rows));
    expect([...a.planted].map(key).sort()).toEqual([...PLANTED_MISTAKES].map(key).sort());
  });

  it('is written byte for byte as committed, whenever and wherever the generator runs (git stays clean)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'giaoban-example-'));
    await writeExample(buildExample(), join(dir, 'a.xlsx'));
    await new Promise((r) => setTimeout(r, 2100)); // a zip stamp counts in 2-second steps
    await writeExample(buildExample(), join(dir, 'b.xlsx'));
    const a = readFileSync(join(dir, 'a.xlsx'));
    expect(a.equals(readFileSync(join(dir, 'b.xlsx')))).toBe(true);
    expect(a.equals(readFileSync(EXAMPLE)), 'examples/so-theo-doi-giao-ban.xlsx differs from what the generator writes: run npx tsx scripts/example/makeExample.ts').toBe(true);
  });
});
