import { describe, expect, it } from 'vitest';
import { buildPlanSheet, planRotation, readWorkbook, type Catalogue, type ScheduleSwap } from '@giaoban/core';
import { commune, leader } from './fixtures.js';

const catalogue: Catalogue = {
  communes: [
    commune('Nà Khoa', 'Cụm 1'), commune('Nà Hỳ', 'Cụm 1'), commune('Nà Bủng', 'Cụm 1'),
    commune('Vàng Đán', 'Cụm 2'), commune('Chà Tở', 'Cụm 2'),
    commune('Mường Lay', 'Cụm 3', { kind: 'phuong' }),
  ],
  leaders: [leader('Lò Văn Hùng'), leader('Hà Thị Mai'), leader('Nguyễn Văn Chính'), leader('Giàng A Páo', { clusters: ['Cụm 3'] })],
  absences: [{ leader: 'Hà Thị Mai', from: '2026-05-01', to: '2026-06-30', reason: 'Đi học' }],
  holidays: [],
};
const swaps: ScheduleSwap[] = [
  { date: '2026-03-16', cluster: 'Cụm 2', from: null, to: 'Giàng A Páo', reason: 'Đi công tác tỉnh', requestedBy: 'Lò Văn Hùng', approvedBy: 'Trưởng Công an huyện' },
];

describe('plan sheet sections', () => {
  const plan = planRotation({ catalogue, from: '2026-01', months: 12, swaps });
  const model = buildPlanSheet(plan.briefings, { problems: plan.problems, fairness: plan.fairness, swaps: plan.swaps });
  const text = (r: (typeof model.cells)[number]) => r.filter((v) => v !== null).join(' | ');
  const at = (needle: string) => model.cells.findIndex((r) => typeof r[0] === 'string' && r[0].startsWith(needle));

  it('orders the sections: at a glance, detail, fairness, swaps, notes, marker', () => {
    const idx = [7, at('CHI TIẾT'), at('BẢNG CÔNG BẰNG'), at('ĐỔI LỊCH ĐÃ GHI NHẬN'), at('Ghi chú:'), model.cells.length - 1];
    expect(idx.every((v, i) => v > 0 && (i === 0 || v > idx[i - 1]!))).toBe(true);
    expect(model.cells[7]!.slice(0, 7)).toEqual(['01/2026', null, 'Cụm 1', 'Thứ Năm, 15/01/2026', null, 'Nà Khoa', expect.any(String)]);
    // The March Cụm 2 line says it was swapped.
    expect(model.cells.slice(7, 7 + 36).some((r) => r[2] === 'Cụm 2' && r[3] === 'Thứ Hai, 16/03/2026' && r[6] === 'Giàng A Páo' && r[7] === 'đổi lịch')).toBe(true);
  });

  it('shows chairs against the fair share with a signed difference, and hosting per commune', () => {
    const f = at('BẢNG CÔNG BẰNG');
    expect(text(model.cells[f + 1]!)).toBe('Lãnh đạo | Số buổi chủ trì | Định mức | Chênh lệch (±) | Trong giới hạn ±1,5');
    const rows = model.cells.slice(f + 2, f + 6);
    expect(rows.map((r) => r[0])).toEqual(['Lò Văn Hùng', 'Hà Thị Mai', 'Nguyễn Văn Chính', 'Giàng A Páo']);
    for (const [i, l] of plan.fairness.leaders.entries()) {
      expect(rows[i]![3]).toBe(l.chairs);
      expect(rows[i]![5]).toMatch(/^([+−]\d+(,\d)?|0)$/);
    }
    const h = model.cells.findIndex((r) => r[0] === 'Xã đăng cai' && r[3] === 'Thuộc cụm');
    expect(model.cells.slice(h + 1, h + 7).map((r) => [r[0], r[4]])).toEqual([['Nà Khoa', 4], ['Nà Hỳ', 4], ['Nà Bủng', 4], ['Vàng Đán', 6], ['Chà Tở', 6], ['Mường Lay', 12]]);
  });

  it('lists each swap with who asked, who approved and what it changed', () => {
    const s = at('ĐỔI LỊCH ĐÃ GHI NHẬN');
    expect(text(model.cells[s + 2]!)).toBe('16/03/2026 | Cụm 2 | Lò Văn Hùng | Trưởng Công an huyện | Đi công tác tỉnh | Đổi lịch ngày 16/03/2026: lãnh đạo chủ trì Giàng A Páo | có');
    // Only the detail table has numbered rows (how a sheet's briefing rows are counted).
    expect(model.cells.filter((r) => typeof r[0] === 'number')).toHaveLength(plan.briefings.length);
  });

  it('reads back as the plan rows only (no table made of the glance, fairness or swap sections)', () => {
    const r = readWorkbook({ sheets: [{ name: model.name, values: model.cells, merges: model.merges }] });
    expect(r.tables.map((t) => t.kind)).toEqual(['plan']);
    expect(r.swaps).toEqual([]);
    expect(r.planRows.map((p) => [p.month, p.cluster, p.host, p.chair, p.fixed])).toEqual(plan.briefings.map((b) => [b.month, b.cluster, b.host, b.chair, b.source === 'override']));
    expect(r.findings.filter((f) => f.severity === 'error')).toEqual([]);
  });
});
