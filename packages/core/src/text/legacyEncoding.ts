/**
 * Text typed in the pre-Unicode Vietnamese encodings TCVN3 (ABC, ".Vn…"
 * fonts) and VNI-Windows ("VNI-…" fonts), as Excel shows it: each legacy
 * byte as a Windows-1252 character ("X· Nµ Khoa" for "Xã Nà Khoa",
 * "Xaõ Naø Khoa" in VNI). Detection and conversion to Unicode NFC.
 *
 * No well-kept npm converter fits (the few that exist are unmaintained
 * 0.0.x packages without detection), so the mapping tables live in data/.
 */
import { TCVN3_PAIRS } from '../data/legacyTcvn3.js';
import { VNI_PAIRS } from '../data/legacyVni.js';
import { COMMON_SYLLABLES } from '../data/commonSyllables.js';

/** A legacy Vietnamese encoding. */
export type LegacyEncoding = 'tcvn3' | 'vni';

/** Options for {@link convertLegacyText}. */
export interface LegacyConvertOptions {
  /**
   * The cell's font. TCVN3 uppercase fonts (".VnTimeH", ".VnArialH" …) draw
   * lower-case codes as capitals, so their text is converted to capitals.
   */
  font?: string | null;
}

const TCVN3_DECODE = new Map<string, string>(TCVN3_PAIRS.map(([l, u]) => [l, u]));
const TCVN3_ENCODE = new Map<string, string>(TCVN3_PAIRS.map(([l, u]) => [u, l]));

const VNI_DECODE = new Map<string, string>();
for (const [uni, vni] of VNI_PAIRS) {
  VNI_DECODE.set(vni, uni);
  if (vni.length === 2) {
    // Lenient on the case of the mark: "Aù" and "aÙ" as well as "AÙ".
    VNI_DECODE.set(vni[0]! + vni[1]!.toLowerCase(), uni);
    VNI_DECODE.set(vni[0]! + vni[1]!.toUpperCase(), uni);
  }
}
const VNI_ENCODE = new Map<string, string>(VNI_PAIRS.map(([u, v]) => [u, v]));

/** Letters only Unicode Vietnamese has (ă đ ĩ ũ ơ ư, U+1EA0–U+1EF9, combining tones). */
const UNICODE_VIETNAMESE = /[\u0102\u0103\u0110\u0111\u0128\u0129\u0168\u0169\u01A0\u01A1\u01AF\u01B0\u0300-\u0323\u1EA0-\u1EF9]/u;
/** Characters a legacy cell may hold besides Latin-1: Windows-1252 punctuation such as – “ ” €. */
const OTHER_THAN_LATIN1 = /[^\u0000-\u00FF\u0152\u0153\u0160\u0161\u0178\u017D\u017E\u0192\u02C6\u02DC\u2013\u2014\u2018-\u201E\u2020-\u2022\u2026\u2030\u2039\u203A\u20AC\u2122]/u;

/** TCVN3 codes that are not letters in Windows-1252 (¡–¾, ×, ÷): a TCVN3 signature. */
const TCVN3_SYMBOLS = /[\u00A1-\u00BE\u00D7\u00F7]/;

/** A VNI letter spelled as a vowel and a mark character ("aâ", "où", "öø"). */
const VNI_PAIR = /[aeiouyôö][\u00E0-\u00E5\u00E8-\u00EB\u00EF\u00F5\u00F8-\u00FC]|[AEIOUYÔÖ][\u00C0-\u00C5\u00C8-\u00CB\u00CF\u00D5\u00D8-\u00DC]/;

function decodeTcvn3(text: string): string {
  let out = '';
  for (const ch of text) out += TCVN3_DECODE.get(ch) ?? ch;
  return out;
}

function decodeVni(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const pair = VNI_DECODE.get(text.slice(i, i + 2));
    if (pair !== undefined) {
      out += pair;
      i++;
      continue;
    }
    out += VNI_DECODE.get(text[i]!) ?? text[i]!;
  }
  return out;
}

/**
 * Convert TCVN3 or VNI-Windows text to Unicode NFC. Characters outside the
 * encoding pass through unchanged. Run it only on text detected as legacy
 * ({@link detectLegacyEncoding}): on Unicode text it garbles letters such as
 * "ô" or "é".
 *
 * @example
 * ```ts
 * convertLegacyText('X· Nµ Khoa', 'tcvn3');           // "Xã Nà Khoa"
 * convertLegacyText('Coâng an huyeän', 'vni');         // "Công an huyện"
 * convertLegacyText('c«ng an', 'tcvn3', { font: '.VnTimeH' }); // "CÔNG AN"
 * ```
 */
export function convertLegacyText(text: string, encoding: LegacyEncoding, options: LegacyConvertOptions = {}): string {
  const decoded = (encoding === 'tcvn3' ? decodeTcvn3(text) : decodeVni(text)).normalize('NFC');
  if (encoding === 'tcvn3' && isUppercaseFont(options.font)) return decoded.toUpperCase();
  return decoded;
}

/**
 * Encode Unicode Vietnamese text in TCVN3 or VNI-Windows, as Excel would
 * show it with the legacy font (for test data and the example workbook).
 * TCVN3 has no code for capitals with a tone mark (those were typed with the
 * ".…H" uppercase fonts), so they are written with the lower-case code.
 *
 * @example
 * ```ts
 * encodeLegacyText('Xã Nà Khoa', 'tcvn3'); // "X· Nµ Khoa"
 * encodeLegacyText('Việt Nam', 'vni');     // "Vieät Nam"
 * ```
 */
export function encodeLegacyText(text: string, encoding: LegacyEncoding): string {
  let out = '';
  for (const ch of text.normalize('NFC')) {
    if (encoding === 'vni') {
      out += VNI_ENCODE.get(ch) ?? ch;
      continue;
    }
    const code = TCVN3_ENCODE.get(ch) ?? TCVN3_ENCODE.get(ch.toLowerCase());
    out += code ?? ch;
  }
  return out;
}

/**
 * Which legacy encoding a font name announces, if any: ".Vn…" fonts are
 * TCVN3 (ABC), "VNI-…" fonts VNI-Windows.
 *
 * @example
 * ```ts
 * legacyEncodingOfFont('.VnTime');   // 'tcvn3'
 * legacyEncodingOfFont('VNI-Times'); // 'vni'
 * legacyEncodingOfFont('Times New Roman'); // null
 * ```
 */
export function legacyEncodingOfFont(font: string | null | undefined): LegacyEncoding | null {
  if (!font) return null;
  const f = font.trim().toLowerCase();
  if (f.startsWith('.vn')) return 'tcvn3';
  if (/^vni[-\s]/.test(f)) return 'vni';
  return null;
}

function isUppercaseFont(font: string | null | undefined): boolean {
  return legacyEncodingOfFont(font) === 'tcvn3' && /h$/i.test(font!.trim());
}

// ---- Plausibility: does a word read as one Vietnamese syllable? ----------

const ONSET = '(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdđghklmnpqrstvx])?';
/** Nuclei that end the syllable (their last vowel is a glide, or a final a). */
const OPEN_NUCLEI = [
  'ai', 'ao', 'au', 'ay', 'âu', 'ây', 'eo', 'êu', 'ia', 'iu', 'oi', 'ôi', 'ơi', 'ua', 'ui', 'ưa', 'ưi', 'ưu', 'uơ',
  'iêu', 'oai', 'oay', 'oao', 'oeo', 'uây', 'uôi', 'ươi', 'ươu', 'uya', 'uyu', 'yêu',
];
/** Nuclei that need a final consonant ("tiên", "muốn", "xuân", "khoăn", "xoong"). */
const CLOSED_NUCLEI = ['ă', 'â', 'iê', 'yê', 'uô', 'ươ', 'uâ', 'oă', 'uyê', 'oo'];
/** Nuclei that may stand with or without a final consonant. */
const FREE_NUCLEI = ['a', 'e', 'ê', 'i', 'o', 'ô', 'ơ', 'u', 'ư', 'y', 'oa', 'oe', 'uê', 'uy'];
const CODA = '(?:ch|ng|nh|[cmnpt])';
const alternatives = (list: string[]): string => [...list].sort((a, b) => b.length - a.length).join('|');
const SYLLABLE = new RegExp(
  `^${ONSET}(?:(?:${alternatives(OPEN_NUCLEI)})|(?:${alternatives(CLOSED_NUCLEI)})${CODA}|(?:${alternatives(FREE_NUCLEI)})${CODA}?)$`,
  'u',
);
const TONE = /[\u0300\u0301\u0303\u0309\u0323]/gu;

/**
 * True when `word` is spelled like one Vietnamese syllable: an onset, a
 * vowel nucleus that the language has (open ones without a final consonant,
 * closed ones with one), at most one tone — and only sắc or nặng before a
 * stop (p, t, c, ch).
 *
 * @example
 * ```ts
 * isVietnameseSyllable('Mường'); // true
 * isVietnameseSyllable('thaùng'); // false ("au" takes no final consonant)
 * ```
 */
export function isVietnameseSyllable(word: string): boolean {
  const nfd = word.toLowerCase().normalize('NFD');
  const tones = nfd.match(TONE) ?? [];
  if (tones.length > 1) return false;
  const bare = nfd.replace(TONE, '').normalize('NFC');
  if (!SYLLABLE.test(bare)) return false;
  // Palatal finals (ch, nh) follow only a, ê, i/y (also oa, uê, uy); velar ones (c, ng) never do after ê, i/y.
  const rhyme = /([aăâeêioôơuưy]+)(ch|nh|ng|c)$/u.exec(bare);
  if (rhyme) {
    const [, nucleus, coda] = rhyme as unknown as [string, string, string];
    const palatal = coda === 'ch' || coda === 'nh';
    const front = /(?:a|ê|i|y)$/u.test(nucleus) && !/[âăôơư]/u.test(nucleus);
    if (palatal && !front) return false;
    if (!palatal && /^(?:ê|i|y|uy|uê)$/u.test(nucleus)) return false;
  }
  if (/(?:p|t|c|ch)$/.test(bare) && tones.length === 1 && tones[0] !== '\u0301' && tones[0] !== '\u0323') return false;
  return true;
}

/** Words as a legacy cell holds them: ASCII letters and the Latin-1 range (where the legacy codes live). */
const LEGACY_WORD = /[A-Za-z\u00A1-\u00FF]+/g;

const COMMON = new Set(COMMON_SYLLABLES.map((w) => w.normalize('NFC')));

/**
 * How many of the words that `decode` changes read as Vietnamese before and
 * after, and how "Vietnamese" each side reads (a syllable counts 1, a frequent
 * one 2), to break ties between readings that are both well formed.
 */
function plausibility(text: string, decode: (s: string) => string): { changed: number; before: number; after: number; weightBefore: number; weightAfter: number } {
  let changed = 0;
  let before = 0;
  let after = 0;
  let weightBefore = 0;
  let weightAfter = 0;
  for (const word of text.match(LEGACY_WORD) ?? []) {
    if (!/[\u00A1-\u00FF]/.test(word)) continue;
    const decoded = decode(word).normalize('NFC');
    if (decoded === word) continue;
    // Abbreviations without a vowel (HĐND, ĐTN) say nothing either way.
    if (!/[aeiouyàáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ]/iu.test(decoded)) continue;
    changed++;
    if (isVietnameseSyllable(word)) {
      before++;
      weightBefore += COMMON.has(word.toLowerCase()) ? 2 : 1;
    }
    if (isVietnameseSyllable(decoded)) {
      after++;
      weightAfter += COMMON.has(decoded.toLowerCase()) ? 2 : 1;
    }
  }
  return { changed, before, after, weightBefore, weightAfter };
}

const DECODERS: Record<LegacyEncoding, (s: string) => string> = { tcvn3: decodeTcvn3, vni: decodeVni };

/**
 * Detect a cell typed in TCVN3 or VNI-Windows.
 *
 * With a legacy font (".VnTime", ".VnArial", "VNI-Times" …) the font decides
 * whenever its reading gives Vietnamese syllables at least as often as the
 * text as it stands (and for half the words it changes): such fonts draw legacy codes, so that reading is what
 * the clerk sees. Without a font (or when the font's reading is worse),
 * converting must turn more of the affected words into Vietnamese syllables
 * than the text has now, and at least three quarters of them; the encoding
 * that fixes more words wins. So Unicode Vietnamese ("Tà Xùa", "Bé"),
 * English and French ("café", "naïve") stay as they are. Plain ASCII text,
 * and text with letters only Unicode has (ă đ ơ ư ạ …), is never legacy.
 * Single words that read as Vietnamese both ways (VNI "Hoàng" = "Hồng") are
 * left as typed unless the font says otherwise.
 *
 * @example
 * ```ts
 * detectLegacyEncoding('Nµ Khoa');               // 'tcvn3'
 * detectLegacyEncoding('Coâng an xaõ');           // 'vni'
 * detectLegacyEncoding('Công an xã');             // null
 * detectLegacyEncoding('c«ng an', '.VnTime');     // 'tcvn3'
 * ```
 */
export function detectLegacyEncoding(text: string, font?: string | null): LegacyEncoding | null {
  if (typeof text !== 'string' || !/[^\u0000-\u007F]/.test(text)) return null;
  if (UNICODE_VIETNAMESE.test(text) || OTHER_THAN_LATIN1.test(text)) return null;
  const byFont = legacyEncodingOfFont(font);
  if (byFont) {
    const p = plausibility(text, DECODERS[byFont]);
    // The font draws legacy codes, so what the clerk sees is the font's reading:
    // follow it whenever that reading is Vietnamese at least as often (and for
    // at least half of the words it changes).
    if (p.after > 0 && p.after >= p.before && p.after * 2 >= p.changed) return byFont;
    // A wrong font on the cell (VNI text in a .VnTime cell): judge by the text alone.
  }
  // On a tie: TCVN3 when the text holds its non-letter codes (µ ¸ « ¬ § …), which
  // VNI never produces; else VNI when a letter is spelled base + mark ("aâ", "où"),
  // its signature; else TCVN3.
  const vniFirst = !TCVN3_SYMBOLS.test(text) && VNI_PAIR.test(text);
  const order: LegacyEncoding[] = vniFirst ? ['vni', 'tcvn3'] : ['tcvn3', 'vni'];
  let best: { encoding: LegacyEncoding; gain: number; weightGain: number; ratio: number } | null = null;
  for (const encoding of order) {
    const p = plausibility(text, DECODERS[encoding]);
    if (p.changed === 0) continue;
    const gain = p.after - p.before;
    const weightGain = p.weightAfter - p.weightBefore;
    // Converting must make the text read better: more well-formed syllables; or, with
    // three words or more, as many but clearly more frequent ones ("còng tõ còng" →
    // "cũng từ cũng"). A single ambiguous word is never converted on frequency alone.
    const better = gain > 0 || (gain === 0 && p.changed >= 3 && weightGain >= p.changed);
    if (!better) continue;
    const ratio = p.after / p.changed;
    if (ratio < 0.75) continue;
    // More words made Vietnamese wins; then more frequent words; then the higher share; then the order above.
    const key = [gain, weightGain, ratio];
    const bestKey = best ? [best.gain, best.weightGain, best.ratio] : null;
    const wins = !bestKey || key.some((v, i) => key.slice(0, i).every((w, j) => w === bestKey[j]) && v > bestKey[i]!);
    if (wins) best = { encoding, gain, weightGain, ratio };
  }
  return best?.encoding ?? null;
}
