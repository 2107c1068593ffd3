// A commune police unit briefs its villages: the product's sheets of its workbook name the hosts
// "thôn, bản", never "xã" — and the plan still reads back as the previous plan on the next run.
// Checked on the real output of `giaoban demo --example xa`, beside the provincial example.
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readWorkbook } from '@giaoban/core';
import { nationalCatalogue } from '@giaoban/core/catalogue';
import { readXlsx } from '@giaoban/xlsx';
import { main } from '../../packages/cli/src/main.js';
import { readDocx } from '../documents/docxText.js';
import { tmpDir } from '../xlsx/helpers.js';

const quiet = (cwd: string) => ({ stdout: () => {}, stderr: () => {}, cwd });

const runs = new Map<string, ReturnType<typeof runDemo>>();
/** One demo run per example, shared by the tests that read it. */
function demo(example: 'xa' | 'tinh') {
  if (!runs.has(example)) runs.set(example, runDemo(example));
  return runs.get(example)!;
}

async function runDemo(example: 'xa' | 'tinh') {
  const dir = tmpDir(`village-words-${example}`);
  expect(await main(['demo', '--example', example, '--out', dir, '--as-of', '2026-06-01'], quiet(process.cwd()))).toBe(0);
  const file = join(dir, 'giao-ban-demo.xlsx');
  const paper = (prefix: string) => {
    const name = readdirSync(join(dir, 'giay-to')).find((f) => f.startsWith(prefix))!;
    return readDocx(new Uint8Array(readFileSync(join(dir, 'giay-to', name)))).paragraphs;
  };
  const { grid } = await readXlsx(new Uint8Array(readFileSync(file)));
  const texts = (sheet: string) =>
    grid.sheets.find((s) => s.name === sheet)!.values.flat().filter((v): v is string => typeof v === 'string');
  return { grid, texts, paper };
}

describe('the words of the host where the hosts are villages', () => {
  it('the plan sheet of a commune police unit: "Thôn, bản đăng cai" in its tables and its note', async () => {
    const { grid, texts } = await demo('xa');
    const plan = texts('Lịch giao ban');
    expect(plan.filter((t) => t === 'Thôn, bản đăng cai')).toHaveLength(2); // the detail and the fairness tables
    expect(plan).not.toContain('Xã đăng cai');
    expect(plan.some((t) => t.startsWith('Ghi chú: đánh dấu "x"') && t.includes('giữ nguyên thôn, bản đăng cai'))).toBe(true);
    // The detail table still reads back as the plan (the next rotate keeps what the clerk fixed).
    const read = readWorkbook(grid, { adminCatalogue: nationalCatalogue() });
    const table = read.tables.find((t) => t.sheet === 'Lịch giao ban');
    expect(table?.kind).toBe('plan');
    expect(read.planRows).toHaveLength(12);
    expect(read.planRows.every((r) => r.host.length > 0)).toBe(true);
  });

  it('the summary sheet of a commune police unit counts the overdue items by village', async () => {
    const { texts } = await demo('xa');
    const summary = texts('Tổng hợp');
    expect(summary.some((t) => t.startsWith('Quá hạn theo thôn, bản (tính đến ngày'))).toBe(true);
    expect(summary.some((t) => t.startsWith('Quá hạn theo xã'))).toBe(false);
  });

  it('the account of the demo says the plan goes round the villages, in both languages', async () => {
    for (const [lang, line] of [
      ['vi', '2. Lịch giao ban 06/2026 – 05/2027: 12 buổi tại các thôn, bản'],
      ['en', '2. Plan June 2026 – May 2027: 12 briefings in the villages'],
    ] as const) {
      let out = '';
      const dir = tmpDir(`village-words-account-${lang}`);
      const code = await main(['demo', '--example', 'xa', '--out', dir, '--as-of', '2026-06-01', '--lang', lang], { stdout: (t) => (out += t), stderr: () => {}, cwd: process.cwd() });
      expect(code).toBe(0);
      const planLine = out.split('\n').find((l) => l.startsWith('2. '));
      expect(planLine?.startsWith(line), planLine).toBe(true);
      expect(planLine).not.toMatch(/cụm|cluster/);
    }
  });

  it('the report of a commune police unit closes on its briefings with the villages, not with their police', async () => {
    const { paper } = await demo('xa');
    const closing = paper('bao-cao').find((p) => p.startsWith('Trên đây là báo cáo'));
    expect(closing).toMatch(/^Trên đây là báo cáo kết quả giao ban tại cơ sở với các thôn, bản tháng \d\d\/\d{4} .* của Công an xã Nà Hỳ\.\/\.$/);
  });

  it('a provincial unit’s plan still names its hosts "Xã đăng cai", its report the communes\' police', async () => {
    const { texts, paper } = await demo('tinh');
    expect(paper('bao-cao').find((p) => p.startsWith('Trên đây là báo cáo'))).toMatch(/với Công an các xã/);
    const plan = texts('Lịch giao ban');
    expect(plan.filter((t) => t === 'Xã đăng cai')).toHaveLength(2);
    expect(plan).not.toContain('Thôn, bản đăng cai');
  });
});
