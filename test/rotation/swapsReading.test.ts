import { describe, expect, it } from 'vitest';
import { kindOfFields, planRotation, readWorkbook, rotationInputOf, templateSheetModels } from '@giaoban/core/internal';

const communes = [
  ['STT', 'Tên xã', 'Cụm'],
  [1, 'Nà Khoa', 'Cụm 1'],
  [2, 'Nà Hỳ', 'Cụm 1'],
  [3, 'Vàng Đán', 'Cụm 2'],
];
const leaders = [
  ['STT', 'Họ và tên', 'Cấp bậc', 'Chức vụ'],
  [1, 'Lò Văn Hùng', 'Thượng tá', 'Trưởng Công an huyện'],
  [2, 'Hà Thị Mai', 'Trung tá', 'Phó Trưởng Công an huyện'],
];

describe('the Đổi lịch table', () => {
  it('is a table kind of its own, in the template', () => {
    expect(kindOfFields(new Set(['date', 'cluster', 'swapFrom', 'swapTo', 'reason', 'requestedBy', 'approvedBy']))).toBe('swaps');
    const t = templateSheetModels().find((m) => m.name === 'Đổi lịch')!;
    expect(t.cells[2]).toEqual(['STT', 'Ngày giao ban', 'Cụm', 'Đổi từ', 'Đổi thành', 'Lý do', 'Người đề nghị', 'Người duyệt']);
    const read = readWorkbook({ sheets: [{ name: 'Đổi lịch', values: t.cells as never }] });
    expect(read.tables.map((x) => x.kind)).toEqual(['swaps']);
  });

  it('is read with header synonyms, names resolved to the catalogue, and the planner honours it', () => {
    const read = readWorkbook({
      sheets: [
        { name: 'Danh sách xã', values: communes },
        { name: 'Lãnh đạo', values: leaders },
        {
          name: 'Đổi lịch',
          values: [
            ['TT', 'Ngày', 'Cụm', 'Lịch cũ', 'Thay bằng', 'Lí do', 'Đơn vị đề nghị', 'Phê duyệt'],
            [1, '16/03/2026', 'Cụm 1', 'lò văn hùng', 'ha thi mai', 'Đi công tác tỉnh', 'Lò Văn Hùng', 'Trưởng Công an huyện'],
            [2, '15/04/2026', 'Cụm 1', 'Nà Khoa', 'Nà Hỳ', 'Nà Khoa sửa hội trường', 'UBND xã Nà Khoa', null],
          ],
        },
      ],
    });
    expect(read.findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(read.swaps).toEqual([
      { date: '2026-03-16', cluster: 'Cụm 1', from: 'Lò Văn Hùng', to: 'Hà Thị Mai', reason: 'Đi công tác tỉnh', requestedBy: 'Lò Văn Hùng', approvedBy: 'Trưởng Công an huyện', ref: { sheet: 'Đổi lịch', row: 2 } },
      { date: '2026-04-15', cluster: 'Cụm 1', from: 'Nà Khoa', to: 'Nà Hỳ', reason: 'Nà Khoa sửa hội trường', requestedBy: 'UBND xã Nà Khoa', approvedBy: null, ref: { sheet: 'Đổi lịch', row: 3 } },
    ]);
    const plan = planRotation({ ...rotationInputOf(read), from: '2026-03', months: 2 });
    const c1 = plan.briefings.filter((b) => b.cluster === 'Cụm 1');
    expect(c1.map((b) => [b.month, b.host, b.chair])).toEqual([['2026-03', 'Nà Khoa', 'Hà Thị Mai'], ['2026-04', 'Nà Hỳ', expect.any(String)]]);
    expect(c1[1]!.reasons[1]).toBe('Xã đăng cai Nà Hỳ: đổi lịch theo đề nghị của UBND xã Nà Khoa, chưa ghi người duyệt (Nà Khoa sửa hội trường)');
  });
});
