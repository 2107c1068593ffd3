/**
 * Folded keys for matching Vietnamese text typed by clerks.
 *
 * Two spellings that a clerk would call "the same word" get the same key:
 * NFC or NFD input, old or new tone placement (hòa/hoà, thúy/thuý,
 * khỏe/khoẻ), upper or lower case, stray spaces (incl. no-break spaces).
 * The unaccented key also forgives text typed without diacritics.
 */
import { stripMarks } from './bareChars.js';
import { BoundedMemo } from './memo.js';

/** Combining tone marks: grave, acute, tilde, hook above, dot below (NFD). */
const TONE_MARKS = new Set(['\u0300', '\u0301', '\u0303', '\u0309', '\u0323']);

/** Vowel letters (after removing tone marks), lower case, NFC. */
const PLAIN_VOWELS = new Set(['a', 'e', 'i', 'o', 'u', 'y']);
/** Vowels carrying a shape mark; the tone always goes on these. */
const SHAPED_VOWELS = new Set(['ă', 'â', 'ê', 'ô', 'ơ', 'ư']);
/** Letters a Vietnamese syllable may contain (tone-free, lower case). */
const VIET_LETTER = /^[a-zđăâêôơư]$/;

/**
 * Nuclei with a medial glide (o/u) whose tone sits on the second vowel in
 * the new style (hoà, khoẻ, thuỷ) but on the first in the old style (hòa,
 * khỏe, thúy). We normalise to the new style.
 */
const GLIDE_NUCLEI = new Set(['oa', 'oe', 'uy']);

/** Look-alikes of đ some fonts produce (Ð eth and African Ɖ, lower-cased: ð, ɖ). */
const D_LOOKALIKES = /[\u00F0\u0256]/g;

/** Zero-width characters that survive copy-paste from Word and the web. */
const ZERO_WIDTH = /[\u200B-\u200D\u2060\uFEFF\u00AD]/g;
// (Both are global regexes used with .test() only right before .replace(), which resets lastIndex.)

/** Any tone, as a combining mark or inside a precomposed lower-case vowel. */
const HAS_TONE = /[\u0300\u0301\u0303\u0309\u0323àáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ]/u;
const ASCII_ONLY = /^[\u0000-\u007F]*$/;

const wordMemo = new BoundedMemo<string>(50_000);
const foldMemo = new BoundedMemo<string>(20_000);
const unaccentedMemo = new BoundedMemo<string>(20_000);

/**
 * Split an NFD word into clusters: one base character with the combining
 * marks that follow it.
 */
function clusters(nfdWord: string): string[] {
  const out: string[] = [];
  for (const ch of nfdWord) {
    if (/\p{M}/u.test(ch) && out.length > 0) out[out.length - 1] += ch;
    else out.push(ch);
  }
  return out;
}

/**
 * Index (into `letters`) of the vowel that carries the tone, new style, or
 * -1 when the word is not a Vietnamese-looking syllable.
 */
function toneIndex(letters: string[]): number {
  let start = 0;
  // Skip the initial consonants.
  while (start < letters.length && !isVowel(letters[start]!)) start++;
  if (start >= letters.length) return -1;
  let end = start;
  while (end < letters.length && isVowel(letters[end]!)) end++;
  // The rest must be consonants only (one vowel group per syllable).
  for (let i = end; i < letters.length; i++) if (isVowel(letters[i]!)) return -1;
  // "qu" and "gi" (followed by a vowel): the u / i belong to the consonant.
  const onset = letters.slice(0, start).join('');
  if (end - start >= 2) {
    if (onset === 'q' && letters[start] === 'u') start++;
    else if (onset === 'g' && letters[start] === 'i') start++;
  }
  const nucleus = letters.slice(start, end);
  const hasCoda = end < letters.length;
  // A shaped vowel takes the tone (the last one: ươ → ơ, uô → ô, iê → ê).
  for (let i = nucleus.length - 1; i >= 0; i--) {
    if (SHAPED_VOWELS.has(nucleus[i]!)) return start + i;
  }
  if (nucleus.length === 1) return start;
  if (hasCoda) return end - 1; // hoàng, huỳnh, xoòng
  if (nucleus.length >= 3) return start + 1; // xoài, khuỷu
  return GLIDE_NUCLEI.has(nucleus.join('')) ? start + 1 : start; // hoà, thuỷ / mái, tuổi
}

function isVowel(letter: string): boolean {
  return PLAIN_VOWELS.has(letter) || SHAPED_VOWELS.has(letter);
}

/**
 * Move the tone mark of one lower-case word to the new-style position.
 * Words that do not look like one Vietnamese syllable with one tone are
 * returned unchanged, so foreign words and symbols are left alone.
 */
function placeTone(word: string): string {
  if (!HAS_TONE.test(word)) return word;
  return wordMemo.get(word, placeToneUncached);
}

function placeToneUncached(word: string): string {
  const parts = clusters(word.normalize('NFD'));
  let tone: string | null = null;
  let toneCount = 0;
  const letters: string[] = [];
  for (const part of parts) {
    let base = '';
    for (const ch of part) {
      if (TONE_MARKS.has(ch)) {
        tone = ch;
        toneCount++;
      } else base += ch;
    }
    const letter = base.normalize('NFC');
    if (!VIET_LETTER.test(letter)) return word;
    letters.push(letter);
  }
  if (toneCount !== 1 || tone === null) return word;
  const at = toneIndex(letters);
  if (at < 0) return word;
  letters[at] = letters[at]! + tone;
  return letters.join('').normalize('NFC');
}

/**
 * The folded key of a text: NFC, Vietnamese lower case, one tone placement
 * style (the new one: "hoà", "thuý", "khoẻ"), trimmed, with every run of
 * whitespace (incl. no-break spaces) collapsed to one space.
 *
 * Use it to compare headers, categorical values and names.
 *
 * @example
 * ```ts
 * foldKey('  Hòa   Bình ') === foldKey('HOÀ BÌNH'); // true → "hoà bình"
 * foldKey('Thúy') === foldKey('thuý');             // true
 * ```
 */
export function foldKey(s: string): string {
  // Callers from plain JavaScript may hand over a number or null from a cell.
  if (typeof s !== 'string') s = s === null || s === undefined ? '' : String(s);
  if (ASCII_ONLY.test(s)) return s.toLowerCase().replace(/\s+/g, ' ').trim();
  return foldMemo.get(s, foldUncached);
}

function foldUncached(s: string): string {
  // Lower-casing commutes with NFC for Vietnamese, so one normalisation suffices.
  let lower = s.toLowerCase().normalize('NFC');
  if (D_LOOKALIKES.test(lower)) lower = lower.replace(D_LOOKALIKES, 'đ');
  if (ZERO_WIDTH.test(lower)) lower = lower.replace(ZERO_WIDTH, '');
  const spaced = lower.replace(/\s+/gu, ' ').trim();
  return HAS_TONE.test(spaced) ? spaced.replace(/[\p{L}\p{M}]+/gu, placeTone) : spaced;
}

/**
 * The folded key without diacritics: {@link foldKey}, then every accent and
 * shape mark removed and `đ` mapped to `d`. Matches text typed without
 * accents ("Na Khoa" for "Nà Khoa").
 *
 * @example
 * ```ts
 * unaccentedKey('Xã Nà Khoa'); // "xa na khoa"
 * unaccentedKey('Đảng ủy');    // "dang uy"
 * ```
 */
export function unaccentedKey(s: string): string {
  return unaccentedMemo.get(s, (t) => stripMarks(foldKey(t)));
}
