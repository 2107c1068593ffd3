import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { convertLegacyText, CORE_TEXTS, detectLegacyEncoding, encodeLegacyText, foldKey, isVietnameseSyllable } from '@giaoban/core/internal';

/** The product's own Vietnamese texts (what a clerk reads), the values they fill in left out. */
const productText = Object.values(CORE_TEXTS)
  .map((t) => t.vi.replace(/\{[^{}]*\}/g, ' '))
  .join('\n');

/** Real Vietnamese sentences: the product's texts plus clerks' typical cell texts. */
const CORPUS = [
  // Sentences of five words or more, not one-word labels: a sentence is what the detector judges without a font.
  ...productText
    .split(/(?<=[.!?”])\s+|\n/)
    .map((s) => s.replace(/\s+/g, ' ').trim())
    .filter((s) => /[^\u0000-\u007F]/.test(s) && s.split(' ').length >= 5),
  'CÔNG AN HUYỆN MƯỜNG KHƯƠNG',
  'SỔ THEO DÕI GIAO BAN TẠI CƠ SỞ NĂM 2018',
  'Đ/c Chính - PTCAH; CA phụ trách xã; Trưởng CAX; TT Đảng ủy, HĐND, UBND xã; MTTQ, Hội PN; 15 quần chúng',
  'Tình trạng trộm cắp gia súc tại thôn Nà Khoa chưa được giải quyết dứt điểm',
  'Người dân phản ánh khó khăn khi làm thủ tục cấp căn cước công dân',
  'Đề nghị bố trí thêm Công an chính quy về đảm nhiệm các chức danh Công an xã',
  'Xây dựng mô hình tổ tự quản về an ninh, trật tự ở các thôn, bản',
  'Ông Sùng A Lềnh - Đại diện chính quyền xã Nà Khoa',
  'Hội nghị giao ban tháng 02/2018 tổ chức tại xã Bản Lầu, thị trấn Mường Khương',
  'Đã giải đáp tại chỗ; chuyển cơ quan chức năng xử lý vụ tranh chấp đất đai',
];

const ENGLISH_AND_FRENCH = [
  'Security briefing held at the commune office',
  'Café au lait, naïve façade, déjà vu, Müller',
  'Total: 48 items, 19 opinions – 9 contents',
  'Señor José García © 2018 ® ™ § 5 ¶ 2',
];

/** Unicode Vietnamese that uses only Latin-1 letters, the hard case for detection. */
const LATIN1_VIETNAMESE = ['Tà Xùa', 'Bé', 'Cà Mau', 'Hà Giang', 'Lào Cai', 'Yên Bái', 'Nà Khoa', 'Tôi là cán bộ', 'CÔNG AN', 'Hè về', 'Chào bà', 'Má Lé', 'Sì Ma Cai'];

describe('legacy encodings', () => {
  it('converts known TCVN3 and VNI text', () => {
    expect(convertLegacyText('X\u00B7 N\u00B5 Khoa', 'tcvn3')).toBe('Xã Nà Khoa');
    expect(convertLegacyText('C\u00ABng an huy\u00D6n', 'tcvn3')).toBe('Công an huyện');
    expect(convertLegacyText('\u00A7\u00B6ng \u00F1y', 'tcvn3')).toBe('Đảng ủy');
    expect(convertLegacyText('Coâng an huyeän', 'vni')).toBe('Công an huyện');
    expect(convertLegacyText('Ñaûng uûy', 'vni')).toBe('Đảng ủy');
    expect(convertLegacyText('NGÖÔØI DAÂN', 'vni')).toBe('NGƯỜI DÂN');
    expect(convertLegacyText('c\u00ABng an huy\u00D6n', 'tcvn3', { font: '.VnTimeH' })).toBe('CÔNG AN HUYỆN');
  });

  it('round-trips the corpus through VNI exactly and through TCVN3 up to capitals', () => {
    for (const s of CORPUS) {
      const nfc = s.normalize('NFC');
      expect(convertLegacyText(encodeLegacyText(s, 'vni'), 'vni')).toBe(nfc);
      const t = convertLegacyText(encodeLegacyText(s, 'tcvn3'), 'tcvn3');
      expect(foldKey(t)).toBe(foldKey(s));
      // Lower-case text and capitals TCVN3 has (Ă Â Ê Ô Ơ Ư Đ) survive exactly.
      const lower = nfc.toLowerCase();
      expect(convertLegacyText(encodeLegacyText(lower, 'tcvn3'), 'tcvn3')).toBe(lower);
    }
  });

  it('detects the encoding of every corpus sentence without a font', () => {
    for (const s of CORPUS) {
      if (!/[^\u0000-\u007F]/.test(s)) continue;
      expect(detectLegacyEncoding(encodeLegacyText(s, 'tcvn3')), s).toBe('tcvn3');
      expect(detectLegacyEncoding(encodeLegacyText(s, 'vni')), s).toBe('vni');
    }
  });

  it('detects short cells: commune, leader and role names', () => {
    for (const s of ['Nà Khoa', 'xã Nà Khoa', 'Bản Lầu', 'Mường Khương', 'Đảng ủy', 'quần chúng', 'Hội Phụ nữ', 'Trần Ích Chính', 'Lò Văn Thắng', 'Công an xã', 'Hồng']) {
      expect(detectLegacyEncoding(encodeLegacyText(s, 'tcvn3')), s).toBe('tcvn3');
      if (s !== 'Hồng') expect(detectLegacyEncoding(encodeLegacyText(s, 'vni')), s).toBe('vni');
    }
    // Some single words are genuinely ambiguous without a font: VNI "Hoàng" is
    // "Hồng", but also the Unicode name "Hoàng". Such a cell is left as typed.
    expect(detectLegacyEncoding('Hoàng')).toBeNull();
    expect(detectLegacyEncoding('Hoàng', 'VNI-Times')).toBe('vni');
  });

  it('leaves Unicode Vietnamese, English and French alone', () => {
    for (const s of [...CORPUS, ...ENGLISH_AND_FRENCH, ...LATIN1_VIETNAMESE]) {
      expect(detectLegacyEncoding(s), s).toBeNull();
      expect(detectLegacyEncoding(s.normalize('NFD')), s).toBeNull();
    }
    for (const w of productText.split(/\s+/)) expect(detectLegacyEncoding(w), w).toBeNull();
  });

  it('follows the font, unless its reading is worse than the text as it stands', () => {
    expect(detectLegacyEncoding('N\u00B5 Khoa', '.VnTime')).toBe('tcvn3');
    expect(detectLegacyEncoding('Naø Khoa', 'VNI-Times')).toBe('vni');
    // Unicode letters a legacy font cannot hold: the text is Unicode whatever the font.
    expect(detectLegacyEncoding('Công an huyện', '.VnTime')).toBeNull();
    // A Unicode French word in a VnTime cell reads worse converted ("naùve").
    expect(detectLegacyEncoding('naïve', '.VnTime')).toBeNull();
    // VNI text left in a TCVN3 font is still recognised by its letters.
    expect(detectLegacyEncoding('Coâng an xaõ Naø Khoa', '.VnTime')).toBe('vni');
    expect(detectLegacyEncoding('plain ascii', '.VnTime')).toBeNull();
  });

  it('recognises Vietnamese syllables and rejects impossible ones', () => {
    for (const w of ['Nà', 'khoa', 'người', 'Lềnh', 'huyện', 'quý', 'giữ', 'xoong', 'tuyết']) expect(isVietnameseSyllable(w), w).toBe(true);
    // "tuyềt": a falling tone before the stop coda t does not exist.
    for (const w of ['café', 'naïve', 'tuyềt', 'Hång', 'strong', 'aáb']) expect(isVietnameseSyllable(w), w).toBe(false);
  });

  // Each word once: a run drawn from them reads like a sentence, not one word said five times.
  const words = [...new Set(productText.split(/[\s,.;:“”()]+/).filter((w) => w.length > 0))];
  const sentenceOf = (min: number) => fc.array(fc.constantFrom(...words), { minLength: min, maxLength: 12 }).map((a) => a.join(' '));

  it('property: round-trip for any text, Unicode never taken for legacy', () => {
    fc.assert(
      fc.property(sentenceOf(1), (s) => {
        const okVni = convertLegacyText(encodeLegacyText(s, 'vni'), 'vni') === s.normalize('NFC');
        const okTcvn = foldKey(convertLegacyText(encodeLegacyText(s, 'tcvn3'), 'tcvn3')) === foldKey(s);
        return okVni && okTcvn && detectLegacyEncoding(s) === null;
      }),
      { numRuns: 500 },
    );
  });

  // Words with a diacritic: a run of five is what a clerk's sentence gives the detector to judge.
  const accented = words.filter((w) => /[^\u0000-\u007F]/.test(w));
  const accentedRun = fc.array(fc.constantFrom(...accented), { minLength: 5, maxLength: 12 }).map((a) => a.join(' '));

  it('property: five accented words or more are detected in the right encoding', () => {
    fc.assert(
      fc.property(accentedRun, (s) => {
        const vni = encodeLegacyText(s, 'vni');
        const tcvn = encodeLegacyText(s, 'tcvn3');
        return (vni === s || detectLegacyEncoding(vni) === 'vni') && (tcvn === s || detectLegacyEncoding(tcvn) === 'tcvn3');
      }),
      { numRuns: 500 },
    );
  });

  it('property: never throws and never calls ASCII legacy', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 40 }), fc.option(fc.constantFrom('.VnTime', 'VNI-Times', 'Arial')), (s, f) => {
        const d = detectLegacyEncoding(s, f);
        if (/^[\u0000-\u007F]*$/.test(s)) return d === null;
        if (d) convertLegacyText(s, d);
        return true;
      }),
      { numRuns: 2000 },
    );
  });
});
