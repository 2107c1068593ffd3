// A host swap in a commune police unit's workbook names the host a village ("thôn, bản đăng cai")
// wherever the swap is told: in the plan's swap lines and in `giaoban rotate`'s text.
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { openSession } from '@giaoban/core';
import { main } from '../../packages/cli/src/main.js';
import { readWorkbookFile } from '../../packages/cli/src/xlsx/index.js';
import { captureIO, repoRoot, tmpDir } from '../xlsx/helpers.js';

/** The commune police example with a Đổi lịch sheet moving July 2026's briefing to Nậm Nhừ 2. */
async function workbookWithHostSwap(): Promise<string> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(join(repoRoot, 'examples', 'so-giao-ban-cong-an-xa.xlsx'));
  const ws = wb.addWorksheet('Đổi lịch');
  ws.addRow(['STT', 'Ngày giao ban', 'Cụm', 'Đổi từ', 'Đổi thành', 'Lý do', 'Người đề nghị', 'Người duyệt']);
  ws.addRow([1, '15/07/2026', 'các thôn, bản', 'Nậm Nhừ 1', 'Nậm Nhừ 2', 'Nhà văn hóa thôn đang sửa', 'Trưởng thôn Nậm Nhừ 1', 'Trưởng Công an xã']);
  const file = join(tmpDir('village-swap'), 'so-giao-ban-doi-lich.xlsx');
  await wb.xlsx.writeFile(file);
  return file;
}

describe('a host swap where the hosts are villages', () => {
  it('says "thôn, bản đăng cai" in the swap, its reason and the rotate text, never "xã đăng cai"', async () => {
    const file = await workbookWithHostSwap();
    const plan = openSession(await readWorkbookFile(file), { today: '2026-12-07' }).plan({ from: '2026-06', months: 3 });
    expect(plan.tier).toBe('villages');
    expect(plan.plan.swaps.map((s) => s.effect)).toEqual(['Đổi lịch ngày 15/07/2026: thôn, bản đăng cai Nậm Nhừ 1 → Nậm Nhừ 2']);
    expect(plan.plan.swaps[0]!.effectEn).toBe('Swap of 15 July 2026: host Nậm Nhừ 1 → Nậm Nhừ 2');
    const july = plan.plan.briefings.find((b) => b.month === '2026-07')!;
    expect(july.host).toBe('Nậm Nhừ 2');
    expect(july.reasons[1]).toBe('Thôn, bản đăng cai Nậm Nhừ 2: đổi lịch theo đề nghị của Trưởng thôn Nậm Nhừ 1, Trưởng Công an xã duyệt (Nhà văn hóa thôn đang sửa)');

    const io = captureIO();
    expect([0, 1]).toContain(await main(['rotate', file, '--from', '2026-06', '--months', '3'], io));
    expect(io.out).toContain('thôn, bản đăng cai Nậm Nhừ 1 → Nậm Nhừ 2');
    expect(io.out).not.toMatch(/xã đăng cai/i);
  });
});
