/**
 * Whole texts compared the way a clerk would call them "the same": the
 * equivalences of {@link foldKey} (case, NFC or NFD, old or new tone
 * placement, runs of spaces, zero-width characters, look-alikes of đ), in one
 * pass over the text and without a memo, so that 100,000 distinct long texts
 * (issue contents) cost one linear walk each.
 *
 * Tone placement is folded by moving each word's tone marks to the end of the
 * word: "hòa" and "hoà" both walk as h-o-a-◌̀. Two real Vietnamese words never
 * differ only in where the tone sits, so this merges nothing a clerk would
 * tell apart.
 */

/** Combining tone marks (grave, acute, tilde, hook above, dot below), as NFD writes them. */
function isToneMark(c: number): boolean {
  return c === 0x300 || c === 0x301 || c === 0x303 || c === 0x309 || c === 0x323;
}

/** White space as `\s` knows it (the spaces Word, the web and Excel put in cells). */
function isSpace(c: number): boolean {
  return (
    c === 0x20 || (c >= 0x09 && c <= 0x0d) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000
  );
}

/** Zero-width characters that survive copy-paste (and the soft hyphen). */
function isZeroWidth(c: number): boolean {
  return (c >= 0x200b && c <= 0x200d) || c === 0x2060 || c === 0xfeff || c === 0xad;
}

const ASCII_ONLY = /^[\u0000-\u007F]*$/;
const D_BAR = 0x111; // đ
/** Texts up to this length are hashed once and remembered. */
const SHORT = 64;

/** Receives the folded text one UTF-16 unit at a time. */
interface UnitSink {
  unit(c: number): void;
}

/**
 * Walks the folded form of `s` into `sink`: lower case, NFD, each word's tone
 * marks moved to its end, spaces trimmed and collapsed to one, zero-width
 * characters dropped, ð and ɖ read as đ.
 */
function walkFolded(s: string, sink: UnitSink): void {
  if (NEEDS_NFD.test(s)) walkNfd(s, sink);
  else walkTable(s, sink);
}

/** The general walk: the whole text lower-cased and decomposed (NFD) first. */
function walkNfd(s: string, sink: UnitSink): void {
  const t = s.toLowerCase().normalize('NFD');
  // A word's tone marks, held until the word ends: up to two (packed); a third is not Vietnamese and stays in place.
  let tones = 0;
  let toneCount = 0;
  let wrote = false;
  let space = false;
  for (let i = 0; i < t.length; i++) {
    const c = t.charCodeAt(i);
    if (c >= 0x80 && isToneMark(c)) {
      if (toneCount < 2) {
        tones |= c << (16 * toneCount);
        toneCount++;
      } else sink.unit(c);
      continue;
    }
    if (c === 0x20 || (c >= 0x09 && c <= 0x0d) || (c >= 0x80 && isSpace(c))) {
      if (toneCount) {
        sink.unit(tones & 0xffff);
        if (toneCount === 2) sink.unit(tones >>> 16);
        tones = 0;
        toneCount = 0;
      }
      space = wrote;
      continue;
    }
    if (c >= 0x80 && isZeroWidth(c)) continue;
    if (space) {
      sink.unit(0x20);
      space = false;
    }
    sink.unit(c === 0xf0 || c === 0x256 ? D_BAR : c);
    wrote = true;
  }
  if (toneCount) {
    sink.unit(tones & 0xffff);
    if (toneCount === 2) sink.unit(tones >>> 16);
  }
}

/**
 * The same walk for text whose every character decomposes into a base letter, at most one shape mark and at
 * most one tone (all Vietnamese, Latin and common punctuation), from a table built once: no per-text
 * lower-casing or normalisation. Gives exactly the units of {@link walkNfd}.
 */
function walkTable(s: string, sink: UnitSink): void {
  // As in walkNfd: up to two tones held (packed) until the word ends, a third written in place.
  let tones = 0;
  let toneCount = 0;
  let wrote = false;
  let space = false;
  for (let i = 0; i < s.length; i++) {
    const e = FOLD[s.charCodeAt(i)]!;
    if (e === SPACE) {
      if (toneCount) {
        sink.unit(tones & 0xffff);
        if (toneCount === 2) sink.unit(tones >>> 16);
        tones = 0;
        toneCount = 0;
      }
      space = wrote;
      continue;
    }
    if (e === SKIP) continue;
    if (space) {
      sink.unit(0x20);
      space = false;
    }
    sink.unit(e & 0xffff);
    const mark = (e >>> 16) & 0x7f;
    const t = (e >>> 23) & 7;
    if (t && toneCount === 2) {
      // A third tone stays in place, in NFD's order with the shape mark.
      if (e & TONE_FIRST) sink.unit(TONES[t - 1]!);
      if (mark) sink.unit(0x2ff + mark);
      if (!(e & TONE_FIRST)) sink.unit(TONES[t - 1]!);
    } else {
      if (mark) sink.unit(0x2ff + mark);
      if (t) {
        tones |= TONES[t - 1]! << (16 * toneCount);
        toneCount++;
      }
    }
    wrote = true;
  }
  if (toneCount) {
    sink.unit(tones & 0xffff);
    if (toneCount === 2) sink.unit(tones >>> 16);
  }
}

const TONES = [0x300, 0x301, 0x303, 0x309, 0x323];
/** The tone comes before the shape mark in NFD (dot below, ộ = o ̣ ̂). */
const TONE_FIRST = 1 << 26;
const SPACE = -3;
const SKIP = -2;
const SLOW = -1;
/** Characters up to here are in the table; anything above takes the general walk. */
const TABLE_END = 0x2070;

/** Per UTF-16 unit below {@link TABLE_END}: base | shape mark (minus 0x2ff) << 16 | tone index << 23 | TONE_FIRST, or SPACE, SKIP, SLOW. */
const FOLD: Int32Array = (() => {
  const t = new Int32Array(TABLE_END);
  for (let c = 0; c < TABLE_END; c++) {
    if (isSpace(c)) t[c] = SPACE;
    else if (isZeroWidth(c)) t[c] = SKIP;
    // Combining marks typed apart may need reordering; the Greek capital sigma lower-cases by context.
    else if ((c >= 0x300 && c <= 0x36f) || c === 0x3a3 || (c >= 0xd800 && c <= 0xdfff)) t[c] = SLOW;
    else {
      const d = String.fromCharCode(c).toLowerCase().normalize('NFD');
      let base = d.charCodeAt(0);
      if (base === 0xf0 || base === 0x256) base = D_BAR;
      let mark = 0;
      let tone = 0;
      let toneFirst = 0;
      let ok = !(base >= 0x300 && base <= 0x36f);
      for (let i = 1; i < d.length; i++) {
        const m = d.charCodeAt(i);
        if (isToneMark(m)) {
          // Two tones on one letter (ṹ) is not Vietnamese: the general walk takes it.
          if (tone) ok = false;
          tone = TONES.indexOf(m) + 1;
          if (!mark) toneFirst = TONE_FIRST;
        } else if (m >= 0x300 && m <= 0x36f && !mark) mark = m - 0x2ff;
        else ok = false;
      }
      t[c] = ok ? base | (mark << 16) | (tone << 23) | (mark && tone ? toneFirst : 0) : SLOW;
    }
  }
  return t;
})();

/** Text the table cannot walk: characters past it, or marked SLOW. */
const NEEDS_NFD: RegExp = (() => {
  let cls = '';
  for (let c = 0; c < TABLE_END; c++) if (FOLD[c] === SLOW) cls += `\\u${c.toString(16).padStart(4, '0')}`;
  return new RegExp(`[${cls}\\u${TABLE_END.toString(16)}-\\uffff]`);
})();

class StringSink implements UnitSink {
  readonly units: number[] = [];
  unit(c: number): void {
    this.units.push(c);
  }
  text(): string {
    let out = '';
    for (let i = 0; i < this.units.length; i += 4096) out += String.fromCharCode(...this.units.slice(i, i + 4096));
    return out;
  }
}

/**
 * The folded form of a whole text, for equality: two texts a clerk calls the same give equal strings.
 * Not for display (tone marks sit at the end of each word, in NFD).
 *
 * @param s - any text (a cell's content, a name)
 * @returns the folded text
 * @example
 * ```ts
 * foldedText('  Hòa   Bình ') === foldedText('HOÀ BÌNH'); // true
 * foldedText('Nội dung phản ánh số 1') === foldedText('Nội dung phản ánh số 2'); // false
 * ```
 */
export function foldedText(s: string): string {
  const sink = new StringSink();
  walkFolded(s, sink);
  return sink.text();
}

/**
 * A 64-bit hash (two 32-bit lanes) of a sequence of values, where a text is
 * hashed in its folded form ({@link foldedText}) without building it: equal
 * folded texts hash equal. Reused across rows (`reset`).
 *
 * @example
 * ```ts
 * const h = new FoldedHasher();
 * h.text('Hòa Bình'); const a = [h.a, h.b];
 * h.reset(); h.text('HOÀ  BÌNH'); // h.a === a[0], h.b === a[1]
 * ```
 */
export class FoldedHasher implements UnitSink {
  /** First lane (FNV-1a style). */
  a = 0x811c9dc5;
  /** Second lane (a multiply-rotate mix with another constant). */
  b = 0x9747b28c;
  private static readonly f64 = new Float64Array(1);
  private static readonly u32 = new Uint32Array(FoldedHasher.f64.buffer);

  /** Starts a new sequence. */
  reset(): void {
    this.a = 0x811c9dc5;
    this.b = 0x9747b28c;
  }

  /** Mixes one UTF-16 unit (or a tag) into both lanes. */
  unit(c: number): void {
    this.a = Math.imul(this.a ^ c, 0x01000193);
    const k = Math.imul(this.b ^ c, 0x5bd1e995);
    this.b = (k << 13) | (k >>> 19);
  }

  /** A separator between values, so ["ab", "c"] and ["a", "bc"] differ. */
  tag(kind: number): void {
    this.unit(0x10000 + kind);
  }

  /**
   * Mixes a text in its folded form, as a 53-bit digest of it (so a text hashes the same whatever its length or
   * spelling). Short texts (names, categories) recur: their digests are remembered.
   */
  text(s: string): void {
    this.tag(1);
    let d = s.length <= SHORT ? this.digests.get(s) : undefined;
    if (d === undefined) {
      const a = this.a;
      const b = this.b;
      this.a = 0x811c9dc5;
      this.b = 0x9747b28c;
      walkFolded(s, this);
      // 32 bits of one lane and 21 of the other: a safe integer.
      d = (this.a >>> 0) * 0x200000 + (this.b & 0x1fffff);
      this.a = a;
      this.b = b;
      if (s.length <= SHORT) {
        if (this.digests.size >= 50_000) this.digests.clear();
        this.digests.set(s, d);
      }
    }
    this.unit(d % 0x200000);
    this.unit(Math.floor(d / 0x200000) | 0);
    this.tag(2);
  }
  private readonly digests = new Map<string, number>();

  /** Mixes a number by its bits (every NaN alike). */
  number(n: number): void {
    this.tag(3);
    FoldedHasher.f64[0] = Number.isNaN(n) ? NaN : n === 0 ? 0 : n;
    this.unit(FoldedHasher.u32[0]!);
    this.unit(FoldedHasher.u32[1]!);
  }
}
