import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { foldKey, unaccentedKey } from '@giaoban/core';

describe('foldKey', () => {
  it('gives old and new tone placement the same key', () => {
    const pairs: [string, string][] = [
      ['hòa', 'hoà'],
      ['Thúy', 'thuý'],
      ['khỏe', 'khoẻ'],
      ['Hòa Bình', 'HOÀ BÌNH'],
      ['thủy lợi', 'thuỷ lợi'],
      ['Tòa án', 'toà án'],
      ['hỏa hoạn', 'hoả hoạn'],
    ];
    for (const [a, b] of pairs) expect(foldKey(a), `${a} vs ${b}`).toBe(foldKey(b));
  });

  it('does not confuse words that differ by tone or shape', () => {
    expect(foldKey('hòa')).not.toBe(foldKey('hóa'));
    expect(foldKey('Trưởng')).not.toBe(foldKey('Trương'));
    expect(foldKey('quý')).not.toBe(foldKey('quỳ'));
  });

  it('keeps tones where both styles agree (qu-, gi-, shaped vowels, codas)', () => {
    for (const w of ['quý', 'quả', 'giữ', 'già', 'gìn', 'người', 'tuổi', 'của', 'xoài', 'hoàng', 'huỳnh', 'khuỷu', 'thuở'])
      expect(foldKey(w)).toBe(w);
  });

  it('treats NFD, upper case and odd spaces like the plain text', () => {
    const nfd = 'Thường trực Đảng ủy'.normalize('NFD');
    expect(foldKey(nfd)).toBe('thường trực đảng uỷ');
    expect(foldKey('  Nà\u00A0\u00A0Khoa\t')).toBe('nà khoa');
    expect(foldKey('Nà\u200BKhoa')).toBe('nàkhoa');
    // Eth typed for Đ by some fonts.
    expect(foldKey('\u00D0ảng ủy')).toBe(foldKey('Đảng ủy'));
  });

  it('leaves foreign words and symbols alone', () => {
    expect(foldKey('Café #N/A')).toBe('café #n/a');
    expect(foldKey('naïve')).toBe('naïve');
  });
});

describe('unaccentedKey', () => {
  it('strips tones and shapes and maps đ to d', () => {
    expect(unaccentedKey('Xã Nà Khoa')).toBe('xa na khoa');
    expect(unaccentedKey('ĐẢNG ỦY')).toBe('dang uy');
    expect(unaccentedKey('Hội Cựu chiến binh')).toBe('hoi cuu chien binh');
    expect(unaccentedKey('Mường Khương'.normalize('NFD'))).toBe('muong khuong');
  });
});

const vietChars = [...'aàáảãạăằắẳẵặâầấẩẫậeèéẻẽẹêềếểễệiìíỉĩịoòóỏõọôồốổỗộơờớởỡợuùúủũụưừứửữựyỳýỷỹỵđĐAÀÁĂÂÊÔƠƯQUGIHKNTh '];
const vietString = fc.array(fc.constantFrom(...vietChars, '\u0300', '\u0301', '\u0309', '\u0303', '\u0323', '\u00A0', '\t'), { maxLength: 40 }).map((a) => a.join(''));
const anyString = fc.oneof(vietString, fc.string({ unit: 'grapheme', maxLength: 30 }), fc.string({ unit: 'binary', maxLength: 30 }));

describe('fold properties', () => {
  it('foldKey is idempotent', () => {
    fc.assert(fc.property(anyString, (s) => foldKey(foldKey(s)) === foldKey(s)), { numRuns: 3000 });
  });
  it('unaccentedKey(foldKey(x)) == unaccentedKey(x)', () => {
    fc.assert(fc.property(anyString, (s) => unaccentedKey(foldKey(s)) === unaccentedKey(s)), { numRuns: 3000 });
  });
  it('unaccentedKey has no combining marks and no đ', () => {
    fc.assert(fc.property(vietString, (s) => !/[\u0300-\u036f\u0111]/u.test(unaccentedKey(s))), { numRuns: 2000 });
  });
  it('NFC and NFD spell the same key', () => {
    fc.assert(fc.property(vietString, (s) => foldKey(s.normalize('NFD')) === foldKey(s.normalize('NFC'))), { numRuns: 2000 });
  });
});
