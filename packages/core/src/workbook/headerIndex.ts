/**
 * Header cell → the fields it may name, by folded key.
 * Synonyms and cells go through the same normalisation; results are memoised
 * because the same few header texts recur on every sheet.
 */
import { FIELD_NAMES, HEADER_SYNONYMS, type FieldName } from '../data/headers.js';
import { foldKey, unaccentedKey } from '../text/index.js';
import type { CellValue } from './grid.js';
import { decodeCellText } from './legacyText.js';

/** Header texts longer than this are titles or notes, never a column header. */
const MAX_HEADER_LENGTH = 80;

/** Clerks decorate headers: "(1)", "Ngày giao ban (dd/mm/yyyy)", "1. Ngày", "Xã/Phường", "Ghi chú:". */
function strip(s: string): string {
  return s
    .replace(/\([^)]*\)/g, ' ')
    .replace(/^\s*\d{1,2}\s*[.)]\s+/, '')
    .replace(/[\s,;:/\\.\-–—_*"'“”‘’?!+&|]+/g, ' ');
}

/** Both keys of a header text: folded with accents, and without. */
export function headerKeys(text: string): [string, string] {
  const s = strip(text);
  return [foldKey(s), unaccentedKey(s)];
}

let synonymIndex: { accented: Map<string, FieldName[]>; plain: Map<string, FieldName[]> } | null = null;

function index() {
  if (synonymIndex) return synonymIndex;
  const accented = new Map<string, FieldName[]>();
  const plain = new Map<string, FieldName[]>();
  const add = (m: Map<string, FieldName[]>, k: string, f: FieldName) => {
    const list = m.get(k);
    if (!list) m.set(k, [f]);
    else if (!list.includes(f)) list.push(f);
  };
  for (const field of FIELD_NAMES) {
    for (const syn of HEADER_SYNONYMS[field]) {
      const [a, p] = headerKeys(syn);
      add(accented, a, field);
      add(plain, p, field);
    }
  }
  synonymIndex = { accented, plain };
  return synonymIndex;
}

const NONE: readonly FieldName[] = Object.freeze([]);

/** Memo of header lookups for this reading; bounded by MAX_HEADER_LENGTH texts. */
export class HeaderMatcher {
  private readonly fieldMemo = new Map<string, readonly FieldName[]>();
  private readonly memos = new Map<string, Map<string, boolean>>();

  /** A bounded per-reading memo of a text test (total rows, notes rows). */
  memo(kind: string, text: string, test: (s: string) => boolean): boolean {
    let m = this.memos.get(kind);
    if (!m) this.memos.set(kind, (m = new Map()));
    const hit = m.get(text);
    if (hit !== undefined) return hit;
    const out = test(text);
    if (m.size < 50_000) m.set(text, out);
    return out;
  }

  /**
   * Fields a header cell may name (empty when it names none). Text typed in
   * TCVN3/VNI is converted first; a key with accents wins over one without.
   */
  fieldsOf(v: CellValue, font: string | null = null): readonly FieldName[] {
    if (typeof v !== 'string') return NONE;
    if (v.length === 0 || v.length > MAX_HEADER_LENGTH) return NONE;
    const memoKey = font ? `${font}\u0000${v}` : v;
    const hit = this.fieldMemo.get(memoKey);
    if (hit) return hit;
    const text = decodeCellText(v, font).text;
    const [a, p] = headerKeys(text);
    const { accented, plain } = index();
    const found: readonly FieldName[] = (a && accented.get(a)) || (p && plain.get(p)) || NONE;
    if (this.fieldMemo.size < 50_000) this.fieldMemo.set(memoKey, found);
    return found;
  }
}
