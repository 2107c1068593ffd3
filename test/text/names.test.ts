import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { editDistance, matchName, stripCommuneName, stripPersonName } from '@giaoban/core/internal';

describe('stripCommuneName', () => {
  it.each([
    ['xã Nà Khoa', 'Nà Khoa', 'xa'],
    ['XÃ NÀ KHOA', 'NÀ KHOA', 'xa'],
    ['Xa Na Khoa', 'Na Khoa', 'xa'],
    ['X. Nà Khoa', 'Nà Khoa', 'xa'],
    ['X.Nà Khoa', 'Nà Khoa', 'xa'],
    ['Phường 1', '1', 'phuong'],
    ['P. Hùng Vương', 'Hùng Vương', 'phuong'],
    ['thị trấn Mường Khương', 'Mường Khương', 'thi-tran'],
    ['TT. Mường Khương', 'Mường Khương', 'thi-tran'],
    ['Đặc khu Cô Tô', 'Cô Tô', 'dac-khu'],
    ['Công an xã Nậm Ban', 'Nậm Ban', 'xa'],
    ['UBND xã Nậm Ban', 'Nậm Ban', 'xa'],
    ['CAX Nậm Ban', 'Nậm Ban', 'xa'],
    ['xã Nà Khoa (cũ)', 'Nà Khoa', 'xa'],
    ['Nà Khoa', 'Nà Khoa', null],
  ] as const)('%s → %s', (input, name, kind) => {
    expect(stripCommuneName(input)).toEqual({ name, kind });
  });

  it('does not take the first syllable of a real name for a prefix', () => {
    // "Xá" and "Phương" carry other accents than "xã" and "phường".
    expect(stripCommuneName('Xá Lượng')).toEqual({ name: 'Xá Lượng', kind: null });
    expect(stripCommuneName('Phương Độ')).toEqual({ name: 'Phương Độ', kind: null });
    expect(stripCommuneName('Xã')).toEqual({ name: 'Xã', kind: null });
  });
});

describe('stripPersonName', () => {
  it.each([
    ['Đ/c Lò Văn Thắng', 'Lò Văn Thắng'],
    ['đ/c Lò Văn Thắng', 'Lò Văn Thắng'],
    ['Đc Lò Văn Thắng', 'Lò Văn Thắng'],
    ['đồng chí Lò Văn Thắng', 'Lò Văn Thắng'],
    ['Thượng tá Lò Văn Thắng', 'Lò Văn Thắng'],
    ['Th/tá Lò Văn Thắng', 'Lò Văn Thắng'],
    ['Đại úy Lò Văn Thắng', 'Lò Văn Thắng'],
    ['Lò Văn Thắng - PTCAH', 'Lò Văn Thắng'],
    ['Lò Văn Thắng – Phó Trưởng Công an huyện', 'Lò Văn Thắng'],
    ['Lò Văn Thắng, Phó trưởng CAH', 'Lò Văn Thắng'],
    ['Lò Văn Thắng (nghỉ phép)', 'Lò Văn Thắng'],
    ['PTCAH Lò Văn Thắng', 'Lò Văn Thắng'],
    ['Trưởng CAX - Lò Văn Dũng', 'Lò Văn Dũng'],
    // The seed article's own caption.
    ['Đồng chí Thượng tá Trần Ích Chính- Phó trưởng Công an huyện', 'Trần Ích Chính'],
    ['Ông Sùng A Lềnh - Đại diện chính quyền xã Nà Khoa', 'Sùng A Lềnh'],
  ])('%s → %s', (input, name) => {
    expect(stripPersonName(input)).toBe(name);
  });

  it('keeps surnames that look like titles or courtesy words', () => {
    expect(stripPersonName('Trương Văn Hùng')).toBe('Trương Văn Hùng');
    expect(stripPersonName('Phó Đức Phương')).toBe('Phó Đức Phương');
    // A courtesy word goes only when a full name (two words or more) remains.
    expect(stripPersonName('Bà Lan')).toBe('Bà Lan');
    expect(stripPersonName('Bà Giàng Thị Mai')).toBe('Giàng Thị Mai');
  });
});

describe('matchName', () => {
  const communes = ['Nà Khoa', 'Nậm Ban', 'Bản Lầu', 'Pha Long', 'Mường Khương'];
  const leaders = ['Trần Ích Chính', 'Lò Văn Thắng', 'Nguyễn Văn Hòa'];

  it('matches communes exactly up to case, accents and prefixes', () => {
    for (const input of ['Nà Khoa', 'Na Khoa', 'XÃ NÀ KHOA', 'xã Nà Khoa', 'xa na khoa', 'Nà Khoa'.normalize('NFD')])
      expect(matchName(input, communes, 'commune'), input).toEqual({ status: 'exact', name: 'Nà Khoa' });
    expect(matchName('thị trấn Mường Khương', communes, 'commune')).toEqual({ status: 'exact', name: 'Mường Khương' });
  });

  it('suggests a near miss and never applies it', () => {
    expect(matchName('Nà Khao', communes, 'commune')).toEqual({ status: 'near', suggestion: 'Nà Khoa', distance: 1 });
    expect(matchName('xã Nậm Bam', communes, 'commune')).toEqual({ status: 'near', suggestion: 'Nậm Ban', distance: 1 });
    expect(matchName('Hà Nội', communes, 'commune')).toEqual({ status: 'none' });
    expect(matchName('', communes, 'commune')).toEqual({ status: 'none' });
  });

  it('matches leaders with honorifics, ranks, titles and either tone style', () => {
    expect(matchName('Đ/c Trần Ích Chính - PTCAH', leaders, 'person')).toEqual({ status: 'exact', name: 'Trần Ích Chính' });
    expect(matchName('Thượng tá Tran Ich Chinh', leaders, 'person')).toEqual({ status: 'exact', name: 'Trần Ích Chính' });
    expect(matchName('Nguyễn Văn Hoà', leaders, 'person')).toEqual({ status: 'exact', name: 'Nguyễn Văn Hòa' });
    expect(matchName('Lò Văn Thằng', leaders, 'person').status).toBe('exact');
    expect(matchName('Lo Van Thanh', leaders, 'person')).toEqual({ status: 'near', suggestion: 'Lò Văn Thắng', distance: 1 });
  });

  it('suggests the only leader with a given name written alone', () => {
    const m = matchName('Đ/c Chính', leaders, 'person');
    expect(m.status).toBe('near');
    if (m.status === 'near') expect(m.suggestion).toBe('Trần Ích Chính');
    expect(matchName('Đ/c Hùng', leaders, 'person')).toEqual({ status: 'none' });
  });

  it('reports ambiguity without accents as a suggestion, not an exact match', () => {
    const m = matchName('Na Khoa', ['Nà Khoa', 'Nạ Khoa'], 'commune');
    expect(m.status).toBe('near');
  });

  it('sees a changed candidate array', () => {
    const list = ['Nà Khoa'];
    expect(matchName('Nậm Ban', list, 'commune').status).toBe('none');
    list.push('Nậm Ban');
    expect(matchName('Nậm Ban', list, 'commune')).toEqual({ status: 'exact', name: 'Nậm Ban' });
  });

  it('never throws on arbitrary input', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 60 }), fc.array(fc.string({ maxLength: 20 }), { maxLength: 6 }), (s, c) => {
        const m1 = matchName(s, c, 'commune');
        const m2 = matchName(s, c, 'person');
        return [m1, m2].every((m) => m.status !== 'exact' || c.includes(m.name));
      }),
      { numRuns: 500 },
    );
  });
});

describe('editDistance', () => {
  it('counts a transposition as one edit', () => {
    expect(editDistance('na khao', 'na khoa')).toBe(1);
    expect(editDistance('thang', 'thanh')).toBe(1);
    expect(editDistance('', 'abc')).toBe(3);
  });
  it('is symmetric and zero only on equal strings', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 12 }), fc.string({ maxLength: 12 }), (a, b) => {
        const d = editDistance(a, b);
        return d === editDistance(b, a) && (d === 0) === (a === b);
      }),
    );
  });
});
