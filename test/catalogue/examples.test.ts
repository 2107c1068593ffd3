/**
 * The examples of today (examples/so-giao-ban-cong-an-tinh.xlsx, …-xa.xlsx): they read without an
 * error, the provincial one counts its pre-merger rows under today's communes, and rebuilding them
 * gives the same records and the committed files byte for byte.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { computeStatistics, readWorkbook, statisticsInputOf } from '@giaoban/core';
import { nationalCatalogue } from '@giaoban/core/catalogue';
import { readWorkbookFile } from '../../packages/cli/src/xlsx/index.js';
import { COMMUNE_EXAMPLE, communeSheets, PROVINCE_EXAMPLE, provinceSheets, writeTodayExamples } from '../../scripts/example/makeTodayExamples.js';
import { tmpDir } from '../xlsx/helpers.js';

const adminCatalogue = nationalCatalogue();
const read = async (file: string) => readWorkbook(await readWorkbookFile(join(process.cwd(), 'examples', file)), { adminCatalogue });

describe('the examples of today', () => {
  it('the provincial example: clusters of today’s communes of Điện Biên, pre-merger rows under their successors', async () => {
    const r = await read('so-giao-ban-cong-an-tinh.xlsx');
    expect(r.summary.errors).toBe(0);
    expect(r.organisation).toMatchObject({ tier: 'communes', province: { fullName: 'Tỉnh Điện Biên' }, listEra: 'current' });
    expect(r.catalogue.communes).toHaveLength(14);
    // January–June 2025 rows name old communes; every one of them counts under a unit of today's list.
    const before = r.issues.filter((i) => i.date < '2025-07-01');
    expect(before.length).toBeGreaterThan(0);
    expect(before.every((i) => r.catalogue.communes.some((c) => c.name === i.commune))).toBe(true);
    expect(before.some((i) => i.formerCommune && i.formerCommune !== i.commune)).toBe(true);
    // One row of September 2025 still writes "Nà Khoa": a finding naming its successor.
    expect(r.findings.filter((f) => f.code === 'commune.merged').length).toBeGreaterThan(0);
    const stats = computeStatistics({ ...statisticsInputOf(r), period: { from: '2025-01-01', to: '2025-12-31' } });
    expect(Object.keys(stats.issues.byFormerCommune).length).toBeGreaterThan(3);
  });

  it('the commune example: a commune police unit briefing its villages', async () => {
    const r = await read('so-giao-ban-cong-an-xa.xlsx');
    expect(r.summary.errors).toBe(0);
    expect(r.organisation?.tier).toBe('villages');
    expect(r.briefings).toHaveLength(11);
    expect(r.findings.filter((f) => f.code.startsWith('attendance.'))).toEqual([]);
  });

  it('the generator is deterministic (the same rows every run)', () => {
    expect(JSON.stringify(provinceSheets())).toBe(JSON.stringify(provinceSheets()));
    expect(JSON.stringify(communeSheets())).toBe(JSON.stringify(communeSheets()));
    expect(provinceSheets()[2]!.rows).toHaveLength(51);
  });

  it('is written byte for byte as committed, whenever the generator runs (a rebuild leaves git clean)', async () => {
    const a = tmpDir('today-examples-a');
    const b = tmpDir('today-examples-b');
    await writeTodayExamples(a);
    await new Promise((r) => setTimeout(r, 2100)); // a zip stamp counts in 2-second steps
    await writeTodayExamples(b);
    for (const name of [PROVINCE_EXAMPLE, COMMUNE_EXAMPLE]) {
      const first = readFileSync(join(a, name));
      expect(first.equals(readFileSync(join(b, name))), `${name}: two runs differ`).toBe(true);
      expect(first.equals(readFileSync(join(process.cwd(), 'examples', name))), `examples/${name} differs from what the generator writes: run npx tsx scripts/example/makeTodayExamples.ts`).toBe(true);
    }
  });
});
