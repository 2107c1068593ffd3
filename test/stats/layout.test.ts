import { describe, expect, it } from 'vitest';
import { buildFindingsSheet, detectUnitName, detectUnitNames, estimateRowHeights, type Finding } from '@giaoban/core/internal';

describe('estimateRowHeights', () => {
  it('gives wrapped long text more lines and leaves short or unwrapped rows at the default', () => {
    const long = 'Tranh chấp đất nương giữa hai hộ gia đình tại bản Huổi Lụ kéo dài nhiều năm, đề nghị Công an huyện phối hợp UBND xã hòa giải dứt điểm';
    const h = estimateRowHeights({
      cells: [['Ngắn'], [long], [long]],
      columnWidths: [40],
      merges: [],
      styles: [{ range: 'A1:A2', style: { wrap: true } }],
    });
    expect(h[0]).toBeNull();
    expect(h[1]).toBeGreaterThanOrEqual(3 * 15); // ~135 characters in a 40-wide column: 3–4 lines
    expect(h[1]).toBeLessThanOrEqual(5 * 15 + 2);
    expect(h[2]).toBeNull(); // not wrapped: it spills over, no height needed
  });
  it('counts the merged width', () => {
    const text = 'x '.repeat(30).trim(); // 59 characters
    const merged = estimateRowHeights({ cells: [[text, null, null]], columnWidths: [20, 20, 20], merges: ['A1:C1'], styles: [{ range: 'A1:C1', style: { wrap: true } }] });
    const single = estimateRowHeights({ cells: [[text, null, null]], columnWidths: [20, 20, 20], merges: [], styles: [{ range: 'A1', style: { wrap: true } }] });
    expect(merged[0]).toBeNull();
    expect(single[0]).toBeGreaterThan(30);
  });
  it('is set on the findings sheet for long messages', () => {
    const f: Finding = {
      severity: 'warning',
      code: 'attendance.missing-local-leaders',
      sheet: 'Sổ giao ban',
      cell: 'F12',
      message: 'Ô F12: buổi giao ban ngày 17/03/2025 thiếu thành phần của địa phương: Thường trực Đảng ủy, HĐND, UBND xã nơi tổ chức giao ban theo quy định.',
      messageEn: 'Cell F12: the briefing of 17/03/2025 lacks the local leaders (Party standing committee, People’s Council, People’s Committee).',
      suggestion: null,
      suggestionEn: null,
    };
    const m = buildFindingsSheet([f]);
    const row = m.cells.findIndex((r) => r[2] === 'attendance.missing-local-leaders');
    expect(m.rowHeights![row]).toBeGreaterThan(15);
  });
});

describe('detectUnitNames', () => {
  it('takes the most local unit and its parent from the title rows, in report case', () => {
    const wb = {
      sheets: [
        { name: 'Xã', values: [['CÔNG AN TỈNH ĐIỆN BIÊN'], ['CÔNG AN HUYỆN NẬM PỒ'], ['DANH SÁCH XÃ VÀ CỤM GIAO BAN']] },
        { name: 'Mẫu', values: [['CÔNG AN HUYỆN ……']] },
      ],
    };
    expect(detectUnitNames(wb)).toEqual({ parent: 'Công an tỉnh Điện Biên', unit: 'Công an huyện Nậm Pồ' });
    expect(detectUnitName({ sheets: [{ name: 'A', values: [['SỔ THEO DÕI GIAO BAN']] }] })).toBeNull();
    expect(detectUnitName({ sheets: [{ name: 'A', values: [[null, 'Công an xã Nà Khoa']] }] })).toBe('Công an xã Nà Khoa');
  });
});
