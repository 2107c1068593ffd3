import { describe, expect, it } from 'vitest';
import { readWorkbook, type CellValue, type Finding, type WorkbookGrid } from '@giaoban/core';

/**
 * Nậm Pồ district: a commune merged away mid-2025, a new one founded the same
 * day, leaders' leave, and a leader put in two chairs on one day.
 */
function namPo(): WorkbookGrid {
  const communes: CellValue[][] = [
    ['CÔNG AN HUYỆN NẬM PỒ', null, null, null, null, null],
    ['DANH SÁCH XÃ', null, null, null, null, null],
    ['STT', 'Tên xã', 'Cụm', 'Hiệu lực từ', 'Hiệu lực đến', 'Sáp nhập vào'],
    [1, 'Xã Nà Khoa', 'Cụm 1', null, null, null],
    [2, 'Xã Nà Hỳ', 'Cụm 1', null, null, null],
    [3, 'Xã Vàng Đán', 'Cụm 2', null, '30/06/2025', 'xã Nà Bủng'],
    [4, 'Xã Nà Bủng', 'Cụm 2', null, null, null],
    [5, 'Xã Chà Tở', 'Cụm 3', null, null, null],
    [6, 'Xã Nà Cò', 'Cụm 3', '01/07/2025', null, null],
  ];
  const leaders: CellValue[][] = [
    ['STT', 'Họ và tên', 'Cấp bậc', 'Chức vụ'],
    [1, 'Trần Văn Hùng', 'Thượng tá', 'Phó Trưởng Công an huyện'],
    [2, 'Lò Văn Minh', 'Trung tá', 'Phó Trưởng Công an huyện'],
  ];
  const absences: CellValue[][] = [
    ['LỊCH VẮNG CỦA LÃNH ĐẠO', null, null, null, null],
    ['STT', 'Họ và tên', 'Từ ngày', 'Đến ngày', 'Lý do'],
    [1, 'Thượng tá Trần Văn Hùng', '13/01/2025', '15/01/2025', 'Đi học lớp bồi dưỡng'],
    [2, 'Lo Van Minh', '15/08/2025', null, null],
  ];
  const briefings: CellValue[][] = [
    ['SỔ THEO DÕI GIAO BAN NĂM 2025', null, null, null, null],
    ['STT', 'Ngày giao ban', 'Xã đăng cai', 'Lãnh đạo chủ trì', 'Ghi chú'],
    // 3: chair on leave (last day of the leave counts)
    [1, '15/01/2025', 'Nà Khoa', 'Đ/c Trần Văn Hùng', null],
    // 4, 5: the same leader in two chairs on one day (typed differently)
    [2, '15/01/2025', 'Chà Tở', 'Lò Văn Minh', null],
    [3, '15/01/2025', 'xã Nà Hỳ', 'Lo Van Minh - PTCAH', null],
    // 6: back from leave: nothing to say
    [4, '16/01/2025', 'Nà Bủng', 'Trần Văn Hùng', null],
    // 7: last day Vàng Đán existed: nothing to say
    [5, '30/06/2025', 'Vàng Đán', 'Trần Văn Hùng', null],
    // 8: Vàng Đán after the merger
    [6, '15/07/2025', 'Xã Vàng Đán', 'Trần Văn Hùng', null],
    // 9: Nà Cò before it was founded
    [7, '17/02/2025', 'Nà Cò', 'Trần Văn Hùng', null],
    // 10: a one-day leave without a reason; the same leader on another date the next month is fine
    [8, '15/08/2025', 'Nà Khoa', 'Đ/c Lò Văn Minh', null],
    [9, '15/09/2025', 'Nà Khoa', 'Đ/c Lò Văn Minh', null],
    ['Cộng', null, null, '9 buổi', null],
  ];
  const issues: CellValue[][] = [
    ['STT', 'Ngày', 'Xã', 'Nội dung', 'Phân loại', 'Tình trạng giải quyết'],
    // 2: issue in Vàng Đán after the merger
    [1, '15/07/2025', 'Vàng Đán', 'Tranh chấp ranh giới nương rẫy', 'Vụ việc tồn đọng', 'Đã giải quyết'],
    // 3: the same commune while it existed
    [2, '30/06/2025', 'Vang Dan', 'Hỏi thủ tục đăng ký thường trú', 'Thủ tục hành chính', 'Đã giải đáp tại chỗ'],
  ];
  return {
    sheets: [
      { name: 'Danh mục', values: communes, merges: ['A1:F1', 'A2:F2'] },
      { name: 'Lãnh đạo', values: leaders },
      { name: 'Lịch vắng', values: absences },
      { name: 'Giao ban 2025', values: briefings },
      { name: 'Ý kiến', values: issues },
    ],
  };
}

const NEW_CODES = new Set(['chair.absent', 'commune.inactive', 'chair.double-booked']);
const where = (f: Finding) => `${f.severity} ${f.code} ${f.sheet}!${f.cell}`;

describe('catalogue checks: chair on leave, commune not in existence, chair double-booked', () => {
  const result = readWorkbook(namPo());
  const at = (sheet: string, cell: string, code: string) => result.findings.find((f) => f.sheet === sheet && f.cell === cell && f.code === code)!;

  it('reads the catalogue with its validity dates and merger', () => {
    expect(result.findings.filter((f) => f.severity === 'error')).toEqual([]);
    const vangDan = result.catalogue.communes.find((c) => c.name === 'Vàng Đán')!;
    expect(vangDan).toMatchObject({ validTo: '2025-06-30', mergedInto: 'Nà Bủng' });
    expect(result.catalogue.absences).toHaveLength(2);
  });

  it('warns exactly where the catalogue says the row cannot be right', () => {
    expect(result.findings.filter((f) => NEW_CODES.has(f.code)).map(where)).toEqual([
      'warning chair.absent Giao ban 2025!D3',
      'warning chair.double-booked Giao ban 2025!D5',
      'warning commune.inactive Giao ban 2025!C8',
      'warning commune.inactive Giao ban 2025!C9',
      'warning chair.absent Giao ban 2025!D10',
      'warning commune.inactive Ý kiến!C2',
    ]);
  });

  it('keeps the rows (warnings only) in the records', () => {
    expect(result.briefings).toHaveLength(9);
    expect(result.issues).toHaveLength(2);
    expect(result.excludedRows).toEqual([]);
  });

  it('names the leave period and its reason', () => {
    const f = at('Giao ban 2025', 'D3', 'chair.absent');
    expect(f.message).toBe('Ô D3: đồng chí Trần Văn Hùng chủ trì giao ban ngày 15/01/2025 nhưng có lịch vắng từ 13/01/2025 đến 15/01/2025 (Đi học lớp bồi dưỡng).');
    expect(f.messageEn).toBe('Cell D3: Trần Văn Hùng chairs the briefing of 15 January 2025 but is on leave from 13 January 2025 to 15 January 2025 (Đi học lớp bồi dưỡng).');
    expect(at('Giao ban 2025', 'D10', 'chair.absent').message).toBe('Ô D10: đồng chí Lò Văn Minh chủ trì giao ban ngày 15/08/2025 nhưng có lịch vắng ngày 15/08/2025.');
  });

  it('points at the second chair and names the first', () => {
    const f = at('Giao ban 2025', 'D5', 'chair.double-booked');
    expect(f.message).toBe('Ô D5: đồng chí Lò Văn Minh chủ trì hai buổi giao ban cùng ngày 15/01/2025 (buổi thứ nhất ở dòng 4).');
    expect(f.messageEn).toContain('(the first at row 4)');
  });

  it('says a merged commune was merged into which, and a new one when it began', () => {
    const merged = at('Giao ban 2025', 'C8', 'commune.inactive');
    expect(merged.message).toBe('Ô C8: ngày 15/07/2025 xã Vàng Đán không còn (chỉ tồn tại đến 30/06/2025).');
    expect(merged.suggestion).toBe('Xã Vàng Đán đã sáp nhập vào xã Nà Bủng; có phải là "Nà Bủng"?');
    expect(merged.suggestionEn).toBe('Vàng Đán was merged into Nà Bủng; did you mean "Nà Bủng"?');
    const early = at('Giao ban 2025', 'C9', 'commune.inactive');
    expect(early.message).toBe('Ô C9: ngày 17/02/2025 xã Nà Cò chưa thành lập (có từ 01/07/2025).');
    expect(early.suggestion).toBeNull();
    expect(at('Ý kiến', 'C2', 'commune.inactive').suggestion).toContain('"Nà Bủng"');
  });

  it('names the first chair by sheet and cell when the two briefings are on different sheets', () => {
    const wb = namPo();
    const sheet = wb.sheets[3]!;
    // Move row 5 (Nà Hỳ, Lo Van Minh) to a second briefing sheet of the same layout.
    const moved = sheet.values.splice(4, 1)[0]!;
    wb.sheets.push({ name: 'Giao ban bổ sung', values: [sheet.values[1]!, moved] });
    const r = readWorkbook(wb);
    const f = r.findings.find((x) => x.code === 'chair.double-booked')!;
    expect(where(f)).toBe('warning chair.double-booked Giao ban bổ sung!D2');
    expect(f.message).toContain('(buổi thứ nhất ở trang Giao ban 2025, ô D4)');
  });
});
