/**
 * Categorical cells of the issue sheet: category, case state,
 * status and who raised the item, read through the synonym tables in
 * data/ after folding (case, NFC/NFD, tone style) and without accents.
 */
import {
  CASE_STATE_LABELS,
  CASE_STATE_PHRASES,
  CASE_STATE_SYNONYMS,
  CATEGORY_HINTS,
  CATEGORY_KEYWORDS,
  CATEGORY_LABELS,
  CATEGORY_SYNONYMS,
} from '../data/categories.js';
import { RAISED_BY_KEYWORDS, RAISED_BY_LABELS } from '../data/raisedBy.js';
import { STATUS_KEYWORDS, STATUS_LABELS, STATUS_SYNONYMS } from '../data/statuses.js';
import type { CaseState, Category, IssueStatus, RaisedBy } from '../model.js';
import { stripMarks } from './bareChars.js';
import { foldKey, unaccentedKey } from './fold.js';
import { BoundedMemo } from './memo.js';

export { CATEGORY_LABELS, CATEGORY_SHORT_LABELS, CASE_STATE_LABELS } from '../data/categories.js';
/** A Vietnamese label with its English rendering. */
export type { Label as TextLabel } from '../data/categories.js';
export { STATUS_LABELS } from '../data/statuses.js';
export { RAISED_BY_LABELS } from '../data/raisedBy.js';

/** Category (and case state, when the text carries one) read from a cell. */
export interface ParsedCategory {
  category: Category;
  caseState: CaseState | null;
}

/** Fold, then turn punctuation into spaces ("ANTT - tồn đọng" ~ "ANTT tồn đọng"). */
function looseKey(s: string): string {
  return foldKey(s)
    .replace(/[.,;:!?()[\]{}"'“”‘’\-–—/\\+&*_|]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

function unaccentedLoose(s: string): string {
  return stripMarks(looseKey(s));
}

/** A lookup table by loose fold key and by unaccented loose key. */
class SynonymTable<T> {
  private readonly byFold = new Map<string, T>();
  private readonly byBare = new Map<string, T>();

  add(text: string, value: T): void {
    const f = looseKey(text);
    const b = unaccentedKey(f);
    if (!this.byFold.has(f)) this.byFold.set(f, value);
    if (!this.byBare.has(b)) this.byBare.set(b, value);
  }

  get(text: string): T | undefined {
    const f = looseKey(text);
    return this.byFold.get(f) ?? this.byBare.get(unaccentedKey(f));
  }
}

function textOf(s: unknown): string | null {
  if (typeof s === 'string') return s;
  if (typeof s === 'number' && Number.isFinite(s)) return String(s);
  return null;
}

/** Whole-word test: `padded` and `phrase` both carry a space at each end. */
function hasWords(padded: string, phrase: string): boolean {
  return padded.includes(phrase);
}

/** " key " for whole-word searches. */
function pad(key: string): string {
  return ` ${key} `;
}

const categoryTable = (() => {
  const t = new SynonymTable<ParsedCategory>();
  for (const [code, label] of Object.entries(CATEGORY_LABELS) as [Category, { vi: string; en: string }][]) {
    t.add(label.vi, { category: code, caseState: null });
    t.add(label.en, { category: code, caseState: null });
    t.add(code, { category: code, caseState: null });
  }
  for (const s of CATEGORY_SYNONYMS) t.add(s.text, { category: s.category, caseState: s.caseState ?? null });
  return t;
})();

const caseStateTable = (() => {
  const t = new SynonymTable<CaseState>();
  for (const [code, label] of Object.entries(CASE_STATE_LABELS) as [CaseState, { vi: string; en: string }][]) {
    t.add(label.vi, code);
    t.add(label.en, code);
    t.add(code, code);
  }
  for (const s of CASE_STATE_SYNONYMS) t.add(s.text, s.caseState);
  return t;
})();

/** Case state named anywhere in a longer text ("ANTT – vụ việc mới phát sinh"). */
function caseStateIn(bare: string): CaseState | null {
  const p = pad(bare);
  const pending = pendingPhrases.some((phrase) => hasWords(p, phrase));
  const fresh = newPhrases.some((phrase) => hasWords(p, phrase));
  if (pending === fresh) return null; // neither, or both ("tồn đọng hoặc mới phát sinh")
  return pending ? 'pending' : 'new';
}

/** Hint phrases, padded once for whole-word search. */
const categoryHints = CATEGORY_HINTS.map((h) => ({ category: h.category, phrases: h.phrases.map(pad) }));
const pendingPhrases = CASE_STATE_PHRASES.pending.map(pad);
const newPhrases = CASE_STATE_PHRASES.new.map(pad);

/**
 * Read a category cell: the labels, codes and synonyms ("ANTT",
 * "vụ việc tồn đọng", "TTHC", "kiện toàn Công an xã", "Khác" …), with or
 * without accents. A text naming the case state ("vụ việc tồn đọng", "ANTT
 * mới phát sinh") also gives it. Returns null for a blank or unrecognised
 * cell (the reader reports `category.unknown`).
 *
 * @example
 * ```ts
 * parseCategory('Vụ việc tồn đọng'); // { category: 'security-situation', caseState: 'pending' }
 * parseCategory('tthc');             // { category: 'administrative-procedures', caseState: null }
 * parseCategory('xyz');              // null
 * ```
 */
export function parseCategory(s: string): ParsedCategory | null {
  const text = textOf(s);
  if (text === null) return null;
  const hit = parseCategoryMemo.get(text, parseCategoryUncached);
  return hit ? { ...hit } : null;
}

const parseCategoryMemo = new BoundedMemo<ParsedCategory | null>(5_000);

function parseCategoryUncached(s: string): ParsedCategory | null {
  const text = textOf(s);
  if (text === null || looseKey(text) === '') return null;
  const exact = categoryTable.get(text);
  if (exact) return { ...exact };
  const bare = unaccentedLoose(text);
  const padded = pad(bare);
  const found = categoryHints.filter((h) => h.phrases.some((p) => hasWords(padded, p)));
  if (found.length !== 1) return null; // none, or words of several categories: ask the clerk
  const category = found[0]!.category;
  return { category, caseState: category === 'security-situation' ? caseStateIn(bare) : null };
}

/**
 * Read a case-state cell ("Tình trạng vụ việc"): tồn đọng / cũ → `pending`,
 * mới phát sinh / mới → `new`; null when blank or unrecognised.
 *
 * @example
 * ```ts
 * parseCaseState('Tồn đọng');      // 'pending'
 * parseCaseState('moi phat sinh'); // 'new'
 * ```
 */
export function parseCaseState(s: string): CaseState | null {
  const text = textOf(s);
  if (text === null) return null;
  return parseCaseStateMemo.get(text, parseCaseStateUncached);
}

const parseCaseStateMemo = new BoundedMemo<CaseState | null>(5_000);

function parseCaseStateUncached(s: string): CaseState | null {
  const text = textOf(s);
  if (text === null || looseKey(text) === '') return null;
  return caseStateTable.get(text) ?? caseStateIn(unaccentedLoose(text));
}

const statusTable = (() => {
  const t = new SynonymTable<IssueStatus>();
  for (const [code, label] of Object.entries(STATUS_LABELS) as [IssueStatus, { vi: string; en: string }][]) {
    t.add(label.vi, code);
    t.add(label.en, code);
    t.add(code, code);
  }
  for (const s of STATUS_SYNONYMS) t.add(s.text, s.status);
  return t;
})();

/**
 * Read a status cell: "Đã giải đáp tại chỗ" → `answered`, "Đang giải
 * quyết" / "Chưa giải quyết" → `in-progress`, "Đã giải quyết" / "Xong" →
 * `resolved`, "Chuyển cơ quan chức năng" → `referred`; longer texts by
 * keywords ("Đã giải quyết ngày 05/02/2018"). Null when blank (the reader
 * treats blank as in progress, with a warning) or unrecognised.
 *
 * @example
 * ```ts
 * parseStatus('đã giải đáp tại chỗ');  // 'answered'
 * parseStatus('Chưa giải quyết xong'); // 'in-progress'
 * ```
 */
export function parseStatus(s: string): IssueStatus | null {
  const text = textOf(s);
  if (text === null) return null;
  return parseStatusMemo.get(text, parseStatusUncached);
}

const parseStatusMemo = new BoundedMemo<IssueStatus | null>(5_000);

function parseStatusUncached(s: string): IssueStatus | null {
  const text = textOf(s);
  if (text === null || looseKey(text) === '') return null;
  const exact = statusTable.get(text);
  if (exact) return exact;
  const bare = unaccentedLoose(text);
  for (const rule of STATUS_KEYWORDS) if (rule.pattern.test(bare)) return rule.status;
  return null;
}

/** Raised-by keywords with both keys; short abbreviations that collapse without accents ("ĐU" → "du") keep only the folded key. */
const raisedByKeys = RAISED_BY_KEYWORDS.map((k) => {
  const fold = looseKey(k.text);
  const bare = unaccentedKey(fold);
  const ambiguousBare = /đ/.test(fold) && bare.replace(/\s/g, '').length <= 3;
  return { fold: pad(fold), bare: ambiguousBare ? null : pad(bare), raisedBy: k.raisedBy };
});

const raisedByTable = (() => {
  const t = new SynonymTable<RaisedBy>();
  for (const [code, label] of Object.entries(RAISED_BY_LABELS) as [RaisedBy, { vi: string; en: string }][]) {
    t.add(label.vi, code);
    t.add(label.en, code);
    t.add(code, code);
  }
  return t;
})();

function raisedByInPart(part: string): RaisedBy | null {
  const fold = looseKey(part);
  if (fold === '') return null;
  const bare = unaccentedKey(fold);
  const pf = pad(fold);
  const pb = pad(bare);
  for (const k of raisedByKeys) if (hasWords(pf, k.fold)) return k.raisedBy;
  for (const k of raisedByKeys) if (k.bare !== null && hasWords(pb, k.bare)) return k.raisedBy;
  return null;
}

/**
 * Read who raised an issue: Cấp ủy, Đảng ủy → `party-committee`; Chính
 * quyền, UBND, HĐND → `government`; Công an xã, CAX → `commune-police`;
 * Quần chúng, nhân dân, người dân → `public`; MTTQ, Mặt trận, Hội Phụ nữ,
 * Hội Nông dân, Hội Cựu chiến binh, Đoàn Thanh niên and their abbreviations
 * → `mass-organization`. A longer text ("Ông Sùng A Lềnh - Đại diện chính
 * quyền xã") is read by keywords; when it names several sources, the first
 * listed wins. Null when blank or unrecognised (a warning, not an error).
 *
 * @example
 * ```ts
 * parseRaisedBy('Hội PN xã');         // 'mass-organization'
 * parseRaisedBy('Chủ tịch UBND xã');  // 'government'
 * parseRaisedBy('người dân thôn 3');  // 'public'
 * ```
 */
export function parseRaisedBy(s: string): RaisedBy | null {
  const text = textOf(s);
  if (text === null) return null;
  return parseRaisedByMemo.get(text, parseRaisedByUncached);
}

const parseRaisedByMemo = new BoundedMemo<RaisedBy | null>(5_000);

function parseRaisedByUncached(s: string): RaisedBy | null {
  const text = textOf(s);
  if (text === null || looseKey(text) === '') return null;
  const exact = raisedByTable.get(text);
  if (exact) return exact;
  const parts = foldKey(text).split(/[;,/+&|\n]| và | - | – /u);
  for (const part of parts) {
    const hit = raisedByInPart(part);
    if (hit) return hit;
  }
  return null;
}

/** Suggestion keywords indexed by their first word, so scoring a text costs one lookup per word. */
const suggestionIndex = (() => {
  const byFirstWord = new Map<string, { id: number; words: string[]; category: Category; weight: number }[]>();
  let id = 0;
  for (const c of CATEGORY_KEYWORDS) {
    for (const [text, weight] of c.keywords) {
      const words = unaccentedLoose(text).split(' ');
      const list = byFirstWord.get(words[0]!) ?? [];
      list.push({ id: id++, words, category: c.category, weight });
      byFirstWord.set(words[0]!, list);
    }
  }
  return byFirstWord;
})();

/**
 * Suggest a category from an issue's content by keyword rules ("trộm cắp",
 * "đánh nhau" → security situation; "căn cước", "cư trú", "thủ tục" →
 * administrative procedures; "kiện toàn", "Công an xã" → commune police;
 * "phong trào", "tổ tự quản" → mass organisations). The category with the
 * most weighted keyword hits wins; null when none. A suggestion to show the
 * clerk, never to apply silently.
 *
 * @example
 * ```ts
 * suggestCategory('Tình trạng trộm cắp gia súc ở bản Nà Khoa'); // 'security-situation'
 * suggestCategory('Người dân chưa được cấp căn cước');        // 'administrative-procedures'
 * ```
 */
export function suggestCategory(content: string): Category | null {
  const text = textOf(content);
  if (text === null) return null;
  return suggestCategoryMemo.get(text, suggestCategoryUncached);
}

const suggestCategoryMemo = new BoundedMemo<Category | null>(5_000);

function suggestCategoryUncached(content: string): Category | null {
  const text = textOf(content);
  if (text === null) return null;
  const bare = unaccentedLoose(text);
  if (bare === '') return null;
  const words = bare.split(' ');
  const seen = new Set<number>();
  const scores = new Map<Category, number>();
  for (let i = 0; i < words.length; i++) {
    for (const k of suggestionIndex.get(words[i]!) ?? []) {
      if (seen.has(k.id) || i + k.words.length > words.length) continue;
      if (k.words.every((w, j) => words[i + j] === w)) {
        seen.add(k.id);
        scores.set(k.category, (scores.get(k.category) ?? 0) + k.weight);
      }
    }
  }
  // Highest score wins; ties in the order of the keyword table.
  let best: { category: Category; score: number } | null = null;
  for (const c of CATEGORY_KEYWORDS) {
    const score = scores.get(c.category) ?? 0;
    if (score > 0 && (!best || score > best.score)) best = { category: c.category, score };
  }
  return best?.category ?? null;
}
