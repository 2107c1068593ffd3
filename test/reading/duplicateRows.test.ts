// Duplicate rows: found in one pass whatever the rows look like (the work is counted in value-by-value
// comparisons, never timed), and found when one copy was typed in TCVN3 or VNI, or in another case,
// spacing or tone placement.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readWorkbook, type CellValue, type WorkbookGrid } from '@giaoban/core';
import { DuplicateRows, SheetView, encodeLegacyText, foldedText, FoldedHasher } from '@giaoban/core/internal';

type Shape = 'shared-prefix' | 'identical' | 'one-column-varies' | 'same-ends' | 'repeated-contents';

/** Issue-like rows of a shape that puts every row in one bucket of a hash that samples a few characters. */
function rowsOf(shape: Shape, n: number, prefix: string): CellValue[][] {
  const rows: CellValue[][] = [];
  for (let i = 0; i < n; i++) {
    const long = `${prefix} ${'tại thôn Nà Khoa, xã Nà Hỳ '.repeat(3)}`;
    switch (shape) {
      case 'shared-prefix':
        rows.push([i + 1, 45_672, 'Nà Khoa', `${prefix} số ${i + 1}`, 'An ninh trật tự']);
        break;
      case 'identical':
        rows.push([i + 1, 45_672, 'Nà Khoa', long, 'An ninh trật tự']);
        break;
      case 'one-column-varies':
        rows.push([i + 1, 45_672 + i, 'Nà Khoa', long, 'An ninh trật tự']);
        break;
      case 'same-ends': {
        // Same length, same first 12, middle and last characters: only the digits around them differ.
        const k = String(i).padStart(7, '0');
        const text = `${long}${k.slice(0, 3)}|${k.slice(3)}${long}.`;
        rows.push([i + 1, 45_672, 'Nà Khoa', text, 'An ninh trật tự']);
        break;
      }
      case 'repeated-contents':
        // A clerk's book: a few contents repeated on many dates.
        rows.push([i + 1, 45_000 + Math.floor(i / 7), 'Nà Khoa', `${prefix} số ${i % 7}`, 'An ninh trật tự']);
        break;
    }
  }
  return rows;
}

function check(rows: CellValue[][]): { comparisons: number; duplicates: Map<number, number> } {
  const view = new SheetView({ name: 'Ý kiến', values: [['STT', 'Ngày', 'Xã', 'Nội dung', 'Phân loại'], ...rows] });
  const dups = new DuplicateRows(view, [2, 3, 4, 5]);
  const duplicates = new Map<number, number>();
  for (let r = 2; r <= rows.length + 1; r++) {
    const first = dups.check(r);
    if (first !== undefined) duplicates.set(r, first);
  }
  return { comparisons: dups.comparisons, duplicates };
}

/** The duplicates a plain dictionary of the rows' values finds (the test's own reckoning). */
function expectedDuplicates(rows: CellValue[][]): Map<number, number> {
  const first = new Map<string, number>();
  const out = new Map<number, number>();
  rows.forEach((row, i) => {
    const key = JSON.stringify(row.slice(1));
    const at = first.get(key);
    if (at === undefined) first.set(key, i + 2);
    else out.set(i + 2, at);
  });
  return out;
}

const SHAPES: Shape[] = ['shared-prefix', 'identical', 'one-column-varies', 'same-ends', 'repeated-contents'];

describe('duplicate rows: linear whatever the rows hold', () => {
  it('compares at most once per row on adversarial shapes, and finds exactly the repeated rows', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...SHAPES),
        fc.integer({ min: 50, max: 1500 }),
        fc.constantFrom('Nội dung phản ánh', 'Đề nghị giải quyết dứt điểm tình trạng trộm cắp gia súc', 'Người dân phản ánh khó khăn khi làm thủ tục cấp căn cước công dân'),
        (shape, n, prefix) => {
          const rows = rowsOf(shape, n, prefix);
          const { comparisons, duplicates } = check(rows);
          const expected = expectedDuplicates(rows);
          expect(duplicates).toEqual(expected);
          // One comparison for each row that repeats an earlier one; none for a distinct row.
          expect(comparisons).toBe(expected.size);
          expect(comparisons).toBeLessThanOrEqual(n);
        },
      ),
      { numRuns: 40 },
    );
  });

  it('keeps the comparisons per row constant as the rows grow fourfold (40,000 rows sharing a prefix)', () => {
    for (const shape of SHAPES) {
      const small = check(rowsOf(shape, 10_000, 'Nội dung phản ánh'));
      const large = check(rowsOf(shape, 40_000, 'Nội dung phản ánh'));
      // Superlinear growth (a few buckets scanned linearly) would multiply these by far more than 4.
      expect(large.comparisons, shape).toBeLessThanOrEqual(4 * small.comparisons + 4);
      expect(large.comparisons, shape).toBeLessThanOrEqual(40_000);
    }
  });
});

describe('duplicate rows: one copy typed differently', () => {
  const header = ['STT', 'Ngày', 'Xã', 'Nội dung', 'Phân loại', 'Người/đơn vị phản ánh', 'Tình trạng'];
  const content = 'Tình trạng trộm cắp gia súc tại thôn Huổi Lếch chưa được giải quyết dứt điểm';
  const row = (stt: number, text: string, commune = 'Nà Khoa'): CellValue[] => [stt, '15/01/2026', commune, text, 'An ninh trật tự', 'Nhân dân', 'Đang giải quyết'];
  const grid = (rows: CellValue[][], fonts?: (string | null)[][]): WorkbookGrid => ({
    sheets: [{ name: 'Ý kiến', values: [['SỔ THEO DÕI Ý KIẾN, PHẢN ÁNH', ...header.slice(1).map(() => null)], header, ...rows], ...(fonts ? { fonts: [header.map(() => null), header.map(() => null), ...fonts] } : {}) }],
  });
  const duplicatesOf = (g: WorkbookGrid) => readWorkbook(g).findings.filter((f) => f.code === 'row.duplicate').map((f) => f.cell);

  it('finds the row typed again in TCVN3 (.VnTime) as a repeat of the Unicode row', () => {
    const tcvn3 = encodeLegacyText(content, 'tcvn3');
    expect(tcvn3).not.toBe(content);
    const fonts = [Array(7).fill('Times New Roman'), [null, null, '.VnTime', '.VnTime', '.VnTime', '.VnTime', '.VnTime']];
    const g = grid([row(1, content), [2, '15/01/2026', encodeLegacyText('Nà Khoa', 'tcvn3'), tcvn3, encodeLegacyText('An ninh trật tự', 'tcvn3'), encodeLegacyText('Nhân dân', 'tcvn3'), encodeLegacyText('Đang giải quyết', 'tcvn3')]], fonts);
    expect(duplicatesOf(g)).toEqual(['A4']);
  });

  it('finds the row typed again in VNI-Windows', () => {
    const vni = (s: string) => encodeLegacyText(s, 'vni');
    const fonts = [Array(7).fill(null), [null, null, 'VNI-Times', 'VNI-Times', 'VNI-Times', 'VNI-Times', 'VNI-Times']];
    const g = grid([row(1, content), [2, '15/01/2026', vni('Nà Khoa'), vni(content), vni('An ninh trật tự'), vni('Nhân dân'), vni('Đang giải quyết')]], fonts);
    expect(duplicatesOf(g)).toEqual(['A4']);
  });

  it('finds it in other case, spacing, old tone placement or decomposed (NFD) form, and not when a word differs', () => {
    const g = grid([
      row(1, 'Đề nghị hòa giải vụ tranh chấp đất đai ở bản Hua Thanh'),
      row(2, '  ĐỀ NGHỊ  HOÀ GIẢI vụ tranh chấp đất đai ở bản Hua Thanh '),
      row(3, 'Đề nghị hòa giải vụ tranh chấp đất đai ở bản Hua Thanh'.normalize('NFD')),
      row(4, 'Đề nghị hòa giải vụ tranh chấp đất đai ở bản Hua Thành'),
    ]);
    expect(duplicatesOf(g)).toEqual(['A4', 'A5']);
  });
});

describe('folded text', () => {
  it('folds as foldKey does: case, tone placement, spaces, zero-width characters', () => {
    expect(foldedText('  Hòa   Bình ')).toBe(foldedText('HOÀ BÌNH'));
    expect(foldedText('Thúy')).toBe(foldedText('thuý'));
    expect(foldedText('khỏe\u200b')).toBe(foldedText('KHOẺ'));
    expect(foldedText('Hòa Bình')).not.toBe(foldedText('Hoa Bình'));
    expect(foldedText('phản ánh số 12')).not.toBe(foldedText('phản ánh số 21'));
  });

  it('hashes a text exactly as its folded form compares', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...'aàáảãạoòóỏõọhHĐđ  \u00a0\u0300\u0301xy'.split('')), maxLength: 24 }), fc.string({ unit: fc.constantFrom(...'aàoòhHĐđ \u0300y'.split('')), maxLength: 24 }), (x, y) => {
        const h = new FoldedHasher();
        h.text(x);
        const hx = [h.a, h.b];
        h.reset();
        h.text(y);
        if (foldedText(x) === foldedText(y)) expect([h.a, h.b]).toEqual(hx);
      }),
    );
  });
});

describe('folded text: the fast walk agrees with the general one', () => {
  it('folds every letter and mark the way lower case + NFD does', () => {
    // Letters with shape marks and tones, in both compositions, with the punctuation clerks type.
    const letters = 'aàáảãạăằắẳẵặâầấẩẫậeèéẻẽẹêềếểễệiìíỉĩịoòóỏõọôồốổỗộơờớởỡợuùúủũụưừứửữựyỳýỷỹỵđĐÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬÈÉÊỀẾỂỄỆÒÓÔỒỐỔỖỘƠỜỚỞỠỢÙÚƯỪỨỬỮỰỲÝĐ';
    const extra = ' \u00a0\u2003\u200b“”–…,.;:()/-0123456789ABCXYZxyzçñöü\u0300\u0301\u0323ǖΣσ';
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...[...letters, ...extra]), { maxLength: 30 }), (chars) => {
        const s = chars.join('');
        const nfd = s.normalize('NFD');
        // NFC and NFD spellings of one text fold alike, and like the text rebuilt through lower case + NFD.
        expect(foldedText(s)).toBe(foldedText(nfd));
        expect(foldedText(s.normalize('NFC'))).toBe(foldedText(nfd.toLowerCase()));
      }),
      { numRuns: 500 },
    );
  });

  it('agrees on every character the table covers, alone and between two Vietnamese words', () => {
    for (let c = 0; c < 0x2070; c++) {
      if (c >= 0xd800 && c <= 0xdfff) continue;
      const ch = String.fromCharCode(c);
      // The NFD spelling holds combining marks, so it takes the general walk.
      for (const s of [ch, `Hòa${ch}bình`, `ngưỡ ${ch}ng`]) expect(foldedText(s), `U+${c.toString(16)} in ${JSON.stringify(s)}`).toBe(foldedText(s.normalize('NFD')));
    }
  });
});

