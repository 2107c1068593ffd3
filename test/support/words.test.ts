// The word finder the language tests rely on: were it never to match, a page in the wrong
// language would pass them.
import { describe, expect, it } from 'vitest';
import { hasWord, withoutQuoted } from './words.js';

describe('hasWord', () => {
  it('finds a word between spaces, punctuation or the ends of the text', () => {
    expect(hasWord('Year 2026', 'Year')).toBe(true);
    expect(hasWord('Kỳ báo cáo: Tháng 11/2025', 'Tháng')).toBe(true);
    expect(hasWord('(Năm)', 'Năm')).toBe(true);
    expect(hasWord('Lập lịch giao ban hằng năm', 'năm')).toBe(true);
    expect(hasWord('Phân công Lãnh đạo chủ trì', 'Lãnh đạo')).toBe(true);
  });

  it('does not find a word inside a longer one, Vietnamese letters included', () => {
    expect(hasWord('Yearly plan', 'Year')).toBe(false);
    expect(hasWord('Summary', 'Sum')).toBe(false);
    expect(hasWord('Thángđầu', 'Tháng')).toBe(false);
    expect(hasWord('xãhội', 'xã')).toBe(false);
    expect(hasWord('Năm', 'năm')).toBe(false);
  });

  it('takes a word as text, not as a pattern', () => {
    expect(hasWord('a.b', 'a.b')).toBe(true);
    expect(hasWord('axb', 'a.b')).toBe(false);
  });
});

describe('withoutQuoted', () => {
  it('empties each quoted value (the workbook\'s own text) and keeps the rest', () => {
    const text = withoutQuoted('Trang "Tháng 3" đã đọc; cột "Năm" thiếu');
    expect(text).toBe('Trang "" đã đọc; cột "" thiếu');
    expect(hasWord(text, 'Tháng')).toBe(false);
    expect(hasWord(text, 'đọc')).toBe(true);
  });
});
