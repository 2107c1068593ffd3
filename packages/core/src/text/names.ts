/**
 * Names of communes and people as clerks write them, matched to the
 * catalogue: kind prefixes, honorifics, ranks and titles are
 * stripped, then names compare by fold key, by unaccented key, and finally
 * by edit distance for a "did you mean" suggestion (never a silent fix).
 */
import type { CommuneKind } from '../model.js';
import {
  COMMUNE_KIND_PREFIXES,
  COMMUNE_ORG_KIND_WORDS,
  COMMUNE_ORG_PREFIXES,
} from '../data/communeKinds.js';
import {
  ACADEMIC_TITLES,
  COURTESY_WORDS,
  HONORIFICS,
  RANKS,
  RANK_ABBREVIATION,
  TITLE_ABBREVIATIONS,
  TITLE_STARTS,
} from '../data/ranks.js';
import { editDistance } from './editDistance.js';
import { bareChar } from './bareChars.js';
import { foldKey, unaccentedKey } from './fold.js';

/** Result of matching a typed name against catalogue names. */
export type NameMatch =
  | { status: 'exact'; name: string }
  | { status: 'near'; suggestion: string; distance: number }
  | { status: 'none' };

/** NFC, no zero-width characters, one space between words, trimmed. */
function clean(s: string): string {
  return s
    .normalize('NFC')
    .replace(/[\u200B-\u200D\u2060\uFEFF\u00AD]/g, '')
    .replace(/\s+/gu, ' ')
    .trim();
}

/** Remove bracketed notes: "Nà Khoa (cũ)", "Lò Văn Thắng [nghỉ phép]". */
function dropBrackets(s: string): string {
  return s
    .replace(/\([^()]*\)|\[[^[\]]*\]|\{[^{}]*\}/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Punctuation clerks leave at either end of a name. */
function trimPunctuation(s: string): string {
  return s.replace(/^[\s.,;:·•*\-–—"'“”‘’]+|[\s.,;:·•*\-–—"'“”‘’]+$/gu, '');
}

/**
 * A lower-case, unaccented copy of `s` with exactly the same length, so that
 * a match found in the copy can be cut from the original at the same index.
 */
function shadow(s: string): string {
  const lower = s.toLowerCase();
  // toLowerCase keeps the length for everything but a few letters (İ): then go char by char.
  if (lower.length === s.length) return lower.replace(/[^\u0000-\u007F]/g, (c) => shadowChar(c));
  let out = '';
  for (let i = 0; i < s.length; i++) out += shadowChar(s[i]!.toLowerCase(), s[i]!);
  return out;
}

/** One lower-case character without marks, or the original when that changes the length. */
function shadowChar(ch: string, original: string = ch): string {
  const bare = bareChar(ch);
  return bare.length === 1 ? bare : original.length === 1 ? original : ch;
}

/** True when the text carries no diacritics at all (typed without accents). */
function hasNoAccents(s: string): boolean {
  return foldKey(s) === unaccentedKey(s);
}

/** `word` as written matches `accented` by accents, or has no accents at all. */
function accentsAgree(word: string, accented: string): boolean {
  return foldKey(word) === foldKey(accented) || hasNoAccents(word);
}

/** Length of a kind prefix (with its trailing space or dot) at the start of `text`, if any. */
function kindPrefixAt(text: string, sh: string): { length: number; kind: CommuneKind } | null {
  for (const p of COMMUNE_KIND_PREFIXES) {
    if (!sh.startsWith(p.key)) continue;
    const rest = sh.slice(p.key.length);
    const sep = /^(?:\.\s*|\s+)/.exec(rest);
    if (!sep) continue;
    if (p.abbreviation) {
      // A single letter ("X", "P") must carry its dot; "TT", "ĐK" may not.
      if (p.key.length === 1 && !sep[0].startsWith('.')) continue;
    } else if (p.accented !== null && !accentsAgree(text.slice(0, p.key.length), p.accented)) {
      continue; // "Xá Lượng" is a name, not "xã Lượng"
    }
    return { length: p.key.length + sep[0].length, kind: p.kind };
  }
  return null;
}

/**
 * Strip the kind prefix (xã, phường, thị trấn, đặc khu, X., P., TT.) and an
 * organisation before it ("Công an xã", "UBND xã", "CAX") from a commune
 * name, in any case, with or without accents; also drop bracketed notes.
 * `kind` is the kind the prefix names, or null when there was none.
 *
 * @example
 * ```ts
 * stripCommuneName('XÃ NÀ KHOA');        // { name: 'NÀ KHOA', kind: 'xa' }
 * stripCommuneName('TT. Mường Khương');  // { name: 'Mường Khương', kind: 'thi-tran' }
 * stripCommuneName('Xá Lượng');          // { name: 'Xá Lượng', kind: null }
 * ```
 */
export function stripCommuneName(s: string): { name: string; kind: CommuneKind | null } {
  const text = trimPunctuation(dropBrackets(clean(s)));
  const sh = shadow(text);
  // Organisation + kind in one word: "CAX Nà Khoa".
  const contraction = /^([a-z]+)\s+/.exec(sh);
  if (contraction) {
    const kind = COMMUNE_ORG_KIND_WORDS[contraction[1]!];
    const rest = text.slice(contraction[0].length);
    if (kind && rest) return { name: trimPunctuation(rest), kind };
  }
  const starts = [0];
  for (const org of COMMUNE_ORG_PREFIXES) {
    if (sh.startsWith(org + ' ')) starts.push(org.length + 1);
  }
  for (const at of starts) {
    const found = kindPrefixAt(text.slice(at), sh.slice(at));
    if (!found) continue;
    const rest = trimPunctuation(text.slice(at + found.length));
    if (rest) return { name: rest, kind: found.kind };
  }
  return { name: text, kind: null };
}

/** Length of one leading honorific, rank or title abbreviation in `part`, or 0. */
function leadingNoiseLength(part: string): number {
  const sh = shadow(part);
  const patterns = [HONORIFICS, RANK_ABBREVIATION, ACADEMIC_TITLES];
  for (const re of patterns) {
    const m = re.exec(sh);
    if (m && m[0].length > 0) return m[0].length;
  }
  for (const rank of RANKS) {
    if (sh === rank || sh.startsWith(rank + ' ') || sh.startsWith(rank + '.')) return rank.length;
  }
  const firstWord = /^\S+/.exec(part)?.[0] ?? '';
  const bareFirst = firstWord.replace(/[.:]$/, '');
  // Title abbreviations only when written in capitals ("PTCAH Trần Ích Chính").
  if (
    bareFirst.length >= 2 &&
    bareFirst === bareFirst.toUpperCase() &&
    TITLE_ABBREVIATIONS.includes(unaccentedKey(bareFirst))
  ) {
    return firstWord.length;
  }
  const words = part.split(' ');
  if (words.length >= 3 && COURTESY_WORDS.some((w) => foldKey(bareFirst) === foldKey(w))) return firstWord.length;
  return 0;
}

/** Kinds of village written before its name, unaccented, longest first. */
const VILLAGE_PREFIXES = ['to dan pho', 'khu pho', 'thon', 'ban', 'tdp', 'ap', 'xom', 'to', 'khu'];

/**
 * Strip the kind of a village ("Thôn", "Bản", "Tổ dân phố", "TDP", "Ấp", "Xóm", "Khu phố") and any kind
 * of commune before the name, as a commune police unit's villages list and rows write them.
 *
 * @example
 * ```ts
 * stripVillageName('Bản Nà Hỳ 1');   // "Nà Hỳ 1"
 * stripVillageName('TDP số 3');      // "số 3"
 * stripVillageName('Bản');           // "Bản" (nothing after the kind: a name)
 * ```
 */
export function stripVillageName(s: string): string {
  return splitVillageName(s).name;
}

/**
 * A village's name and the kind word written before it, lower case as a sentence writes it.
 *
 * @example
 * ```ts
 * splitVillageName('Bản Nà Hỳ 1'); // { word: 'bản', name: 'Nà Hỳ 1' }
 * splitVillageName('Nà Hỳ 1');     // { word: null, name: 'Nà Hỳ 1' }
 * ```
 */
export function splitVillageName(s: string): { word: string | null; name: string } {
  const text = trimPunctuation(dropBrackets(clean(s)));
  const sh = shadow(text);
  for (const p of VILLAGE_PREFIXES) {
    if (sh.startsWith(p + ' ') || sh.startsWith(p + '. ')) {
      const rest = trimPunctuation(text.slice(p.length + 1));
      if (rest) return { word: text.slice(0, p.length).toLocaleLowerCase('vi').replace(/^tdp$/u, 'tổ dân phố'), name: rest };
    }
  }
  return { word: null, name: text };
}

/** Strip honorifics, ranks and title abbreviations from the start of one part. */
function stripLeading(part: string): string {
  let rest = trimPunctuation(part);
  for (let guard = 0; guard < 8; guard++) {
    const n = leadingNoiseLength(rest);
    if (n === 0) break;
    const next = trimPunctuation(rest.slice(n));
    if (!next) break;
    rest = next;
  }
  return rest;
}

/** True when `part` reads as a job title rather than a name. */
function isTitle(part: string): boolean {
  const fk = foldKey(part);
  const uk = unaccentedKey(part);
  const bare = fk === uk;
  if (TITLE_ABBREVIATIONS.includes(uk.replace(/[.\s]/g, ''))) return true;
  if (/^[A-ZĐ]{2,10}$/u.test(part)) return true; // an all-capitals abbreviation such as "PTCAH"
  return TITLE_STARTS.some((t) => {
    const tf = foldKey(t);
    if (fk === tf || fk.startsWith(tf + ' ')) return true;
    const tu = unaccentedKey(t);
    return bare && (uk === tu || uk.startsWith(tu + ' '));
  });
}

/**
 * Strip what clerks write around a person's name: honorifics (Đ/c, đ/c, Đc,
 * đồng chí), ranks (Đại tá … Thiếu úy, and abbreviations such as Th/tá),
 * courtesy words (Ông, Bà), a title after a dash or comma ("- PTCAH",
 * "– Phó Trưởng Công an huyện") or before the name, and bracketed notes.
 *
 * @example
 * ```ts
 * stripPersonName('Đồng chí Thượng tá Trần Ích Chính- Phó trưởng Công an huyện'); // "Trần Ích Chính"
 * stripPersonName('Đ/c Lò Văn Thắng - PTCAH'); // "Lò Văn Thắng"
 * ```
 */
export function stripPersonName(s: string): string {
  const text = dropBrackets(clean(s));
  const parts = text
    .split(/\s*[-–—−]+\s*|\s*[,;|]\s*/u)
    .map((p) => p.trim())
    .filter((p) => p.length > 0);
  for (const part of parts) {
    const name = stripLeading(part);
    if (name && !isTitle(name)) return name;
  }
  return parts.length > 0 ? stripLeading(parts[0]!) : '';
}

/** Precomputed keys of one candidate list. */
interface CandidateIndex {
  source: readonly string[];
  kind: 'commune' | 'person';
  byFold: Map<string, string>;
  byUnaccented: Map<string, string[]>;
  entries: { name: string; unaccented: string; lastWord: string }[];
  results: Map<string, NameMatch>;
}

const indexes = new WeakMap<readonly string[], { commune?: CandidateIndex; person?: CandidateIndex }>();
/** Bound on memoised inputs per candidate list, so a huge sheet cannot grow memory without limit. */
const RESULT_CACHE_LIMIT = 20_000;

function stripFor(kind: 'commune' | 'person', s: string): string {
  return kind === 'commune' ? stripCommuneName(s).name : stripPersonName(s);
}

function buildIndex(candidates: readonly string[], kind: 'commune' | 'person'): CandidateIndex {
  const byFold = new Map<string, string>();
  const byUnaccented = new Map<string, string[]>();
  const entries: CandidateIndex['entries'] = [];
  for (const name of candidates) {
    const stripped = stripFor(kind, name) || name;
    const fk = foldKey(stripped);
    const uk = unaccentedKey(stripped);
    if (!byFold.has(fk)) byFold.set(fk, name);
    const list = byUnaccented.get(uk) ?? [];
    if (!list.includes(name)) list.push(name);
    byUnaccented.set(uk, list);
    entries.push({ name, unaccented: uk, lastWord: uk.split(' ').pop() ?? uk });
  }
  return { source: candidates.slice(), kind, byFold, byUnaccented, entries, results: new Map() };
}

function indexFor(candidates: readonly string[], kind: 'commune' | 'person'): CandidateIndex {
  const slot = indexes.get(candidates) ?? {};
  let index = slot[kind];
  // Rebuild when the caller changed the array since it was indexed.
  const stale =
    !index ||
    index.source.length !== candidates.length ||
    index.source.some((name, i) => name !== candidates[i]);
  if (stale) {
    index = buildIndex(candidates, kind);
    slot[kind] = index;
    indexes.set(candidates, slot);
  }
  return index!;
}

/** Largest edit distance still worth a suggestion for a key of this length. */
function nearLimit(length: number): number {
  if (length >= 6) return 2;
  if (length >= 3) return 1;
  return 0;
}

function matchUncached(input: string, index: CandidateIndex): NameMatch {
  const stripped = stripFor(index.kind, input);
  const whole = clean(input);
  const variants = (whole === stripped ? [stripped] : [stripped, whole]).filter((v) => v.length > 0);
  if (variants.length === 0) return { status: 'none' };
  // Same name up to case, NFC/NFD and tone placement.
  for (const v of variants) {
    const hit = index.byFold.get(foldKey(v));
    if (hit !== undefined) return { status: 'exact', name: hit };
  }
  // Same name typed without (or with other) accents; ambiguous → a suggestion only.
  for (const v of variants) {
    const hits = index.byUnaccented.get(unaccentedKey(v));
    if (hits && hits.length === 1) return { status: 'exact', name: hits[0]! };
    if (hits && hits.length > 1) return { status: 'near', suggestion: hits[0]!, distance: 0 };
  }
  const key = unaccentedKey(variants[0]!);
  let best: { name: string; distance: number } | null = null;
  for (const e of index.entries) {
    const limit = nearLimit(Math.min(Array.from(key).length, Array.from(e.unaccented).length));
    const d = editDistance(key, e.unaccented, limit);
    if (d <= limit && (!best || d < best.distance)) best = { name: e.name, distance: d };
  }
  if (best) return { status: 'near', suggestion: best.name, distance: best.distance };
  // A person named by the given name only ("Đ/c Chính"): suggest when unambiguous.
  if (index.kind === 'person' && !key.includes(' ')) {
    const same = index.entries.filter((e) => e.lastWord === key);
    if (same.length === 1) {
      const only = same[0]!;
      return { status: 'near', suggestion: only.name, distance: editDistance(key, only.unaccented) };
    }
  }
  return { status: 'none' };
}

/**
 * Match a name typed by a clerk against the catalogue's names.
 *
 * - `exact`: the same name once prefixes, honorifics, ranks and titles are
 *   stripped, up to case, NFC/NFD, tone placement and accents ("Na Khoa",
 *   "XÃ NÀ KHOA" → "Nà Khoa"); `name` is the catalogue's spelling.
 * - `near`: no exact match, but a catalogue name within a small edit
 *   distance of the unaccented key (≤ 1 for 3–5 letters, ≤ 2 from 6), or
 *   several names equal without accents (distance 0), or — for people — the
 *   only leader with that given name ("Đ/c Chính"). Show it as "did you
 *   mean …?", never apply it silently.
 * - `none`: nothing close.
 *
 * Candidate keys are computed once per array (memoised), so calling this for
 * every row of a large sheet is cheap.
 *
 * @example
 * ```ts
 * matchName('xã Na Khoa', ['Nà Khoa', 'Nậm Ban'], 'commune'); // { status: 'exact', name: 'Nà Khoa' }
 * matchName('Nà Khao', ['Nà Khoa', 'Nậm Ban'], 'commune');    // { status: 'near', suggestion: 'Nà Khoa', distance: 1 }
 * matchName('Thượng tá Trần Ích Chính - PTCAH', ['Trần Ích Chính'], 'person'); // exact
 * ```
 */
export function matchName(input: string, candidates: readonly string[], kind: 'commune' | 'person'): NameMatch {
  const index = indexFor(candidates, kind);
  const cached = index.results.get(input);
  if (cached) return cached;
  const result = matchUncached(input, index);
  if (index.results.size >= RESULT_CACHE_LIMIT) index.results.clear();
  index.results.set(input, Object.freeze(result));
  return result;
}

/**
 * Each word with a capital first letter, the rest lower case (Vietnamese
 * casing rules), as a place name is written in a sentence.
 *
 * @example
 * ```ts
 * titleCaseVi('NẬM PỒ');       // "Nậm Pồ"
 * titleCaseVi('mường   chà');  // "Mường Chà"
 * ```
 */
export function titleCaseVi(words: string): string {
  return words
    .toLocaleLowerCase('vi')
    .split(/\s+/u)
    .map((w) => w.charAt(0).toLocaleUpperCase('vi') + w.slice(1))
    .join(' ');
}
