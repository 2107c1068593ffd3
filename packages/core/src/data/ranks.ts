/**
 * What clerks write around a person's name: honorifics, ranks of
 * the People's Public Security, and job titles. Data only; the stripping
 * engine is text/names.ts.
 *
 * Patterns run over the unaccented lower-case key (see `unaccentedKey`);
 * word lists that could collide with real names are written with accents and
 * compared by fold key.
 */

/** Honorifics before a name ("Đ/c", "Đ/C", "Đc", "đ.c", "đồng chí"), as a pattern over the unaccented key. */
export const HONORIFICS = /^(?:d\s?\/\s?c|d\.\s?c|dc|dong chi)\.?(?=\s|$)/;

/**
 * Courtesy words (accented) that are also rare surnames ("Ông Văn Tùng");
 * stripped only when at least two words remain after them.
 */
export const COURTESY_WORDS: readonly string[] = ['ông', 'bà'];

/** Full rank names (cấp bậc), most specific first. */
export const RANKS: readonly string[] = [
  'dai tuong',
  'thuong tuong',
  'trung tuong',
  'thieu tuong',
  'dai ta',
  'thuong ta',
  'trung ta',
  'thieu ta',
  'dai uy',
  'thuong uy',
  'trung uy',
  'thieu uy',
  'thuong si',
  'trung si',
  'ha si',
  'binh nhat',
  'binh nhi',
];

/**
 * Rank abbreviations as a pattern over the unaccented key: a grade prefix
 * (đ = đại, th/thg = thượng, tr = trung, t = thiếu), "/" or "." and the
 * rank word, e.g. "Th/tá", "Tr.úy", "Đ/tá", "T/úy".
 */
export const RANK_ABBREVIATION = /^(?:d|dai|th|thg|thuong|tr|trung|t|thieu)\s?[./]\s?(?:ta|uy|tuong)(?=\s|$|[.,])\.?/;

/**
 * Academic prefixes that precede names in reports ("TS.", "ThS.", "PGS.TS").
 */
export const ACADEMIC_TITLES = /^(?:pgs\.?\s?ts|gs\.?\s?ts|ths|ts|cn|ks|ls)\.?(?=\s|$)/;

/**
 * Beginnings of a job title, accented (compared by fold key; by the
 * unaccented key only when the cell has no accents at all, since "Trương"
 * is a surname and "trưởng" a title). A part of a name cell that starts
 * with one of these is a title, not a name: "Phó trưởng Công an huyện",
 * "Trưởng CAX", "Chủ tịch UBND xã".
 */
export const TITLE_STARTS: readonly string[] = [
  'phó trưởng',
  'trưởng',
  'phó chủ tịch',
  'chủ tịch',
  'phó bí thư',
  'bí thư',
  'phó giám đốc',
  'giám đốc',
  'phó đội trưởng',
  'đội trưởng',
  'phó chỉ huy',
  'chỉ huy',
  'chính trị viên',
  'cán bộ',
  'chiến sĩ',
  'chiến sỹ',
  'cảnh sát',
  'công an',
  'thường trực',
  'ủy viên',
  'đại diện',
  'tổ trưởng',
  'thủ trưởng',
  'lãnh đạo',
]

/**
 * Title abbreviations (unaccented, lower case) clerks write in capitals
 * before or after a name: PTCAH = Phó trưởng Công an huyện, TCAX = Trưởng
 * Công an xã, CSKV = Cảnh sát khu vực, ...
 */
export const TITLE_ABBREVIATIONS: readonly string[] = [
  'ptcah',
  'tcah',
  'ptcat',
  'tcat',
  'ptcax',
  'tcax',
  'ptcap',
  'tcap',
  'ptcadk',
  'tcadk',
  'cap',
  'cadk',
  'gdcat',
  'pgdcat',
  'pgd',
  'cax',
  'cah',
  'cskv',
  'cbcs',
  'csdb',
  'ct',
  'pct',
  'bt',
  'pbt',
  'ctubnd',
  'pctubnd',
  'gd',
  'pgd',
];
