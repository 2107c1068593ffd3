// A commune police unit's workbook plans its villages: the plan it shows and the "Lịch giao ban"
// sheet it writes say "Thôn, bản đăng cai", not "Xã đăng cai", and the sheet still reads back as
// the previous plan.
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { openSession, readWorkbook, type CellValue } from '@giaoban/core';
import { readWorkbookFile } from '../../packages/cli/src/xlsx/index.js';
import { repoRoot } from '../xlsx/helpers.js';

const open = async (file: string) => {
  const grid = await readWorkbookFile(join(repoRoot, 'examples', file));
  return { grid, session: openSession(grid, { today: '2026-12-07' }) };
};
const texts = (cells: CellValue[][]) => cells.flat().filter((v): v is string => typeof v === 'string');

describe('the village tier\'s words in the plan', () => {
  it('names the hosts of a commune police unit as villages, in the reasons and in the plan sheet, which reads back', async () => {
    const { grid, session } = await open('so-giao-ban-cong-an-xa.xlsx');
    const plan = session.plan({});
    const hostReasons = plan.plan.briefings.map((b) => b.reasons[1]!);
    expect(hostReasons.every((r) => r.startsWith('Thôn, bản đăng cai '))).toBe(true);
    expect(plan.plan.briefings.flatMap((b) => b.reasons).join('\n')).not.toContain('Xã đăng cai');
    // English says "Host" for either tier.
    expect(plan.plan.briefings[0]!.reasonsEn[1]).toMatch(/^Host /);
    const [sheet] = session.outputSheets({ plan });
    const words = texts(sheet!.cells);
    expect(words).toContain('Thôn, bản đăng cai');
    expect(words.join('\n')).not.toMatch(/xã đăng cai/i);
    const reread = readWorkbook({ sheets: [...grid.sheets, { name: sheet!.name, values: sheet!.cells }] });
    expect(reread.planRows.length).toBe(plan.plan.briefings.length);
    expect(reread.planRows.map((r) => r.host)).toEqual(plan.plan.briefings.map((b) => b.host));
  });

  it('keeps "Xã đăng cai" for a district\'s communes', async () => {
    const { session } = await open('so-theo-doi-giao-ban.xlsx');
    const plan = session.plan({});
    expect(plan.plan.briefings[0]!.reasons[1]).toMatch(/^Xã đăng cai /);
    expect(texts(session.outputSheets({ plan })[0]!.cells)).toContain('Xã đăng cai');
  });
});
