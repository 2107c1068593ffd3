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
  const t = ASCII_ONLY.test(s) ? s.toLowerCase() : s.toLowerCase().normalize('NFD');
  let tones = 0; // up to two marks, packed; more than two is not a Vietnamese word, kept in order
  let toneCount = 0;
  let wrote = false;
  let space = false;
  const flushTones = () => {
    if (toneCount === 0) return;
    if (toneCount <= 2) {
      sink.unit(tones & 0xffff);
      if (toneCount === 2) sink.unit(tones >>> 16);
    }
    tones = 0;
    toneCount = 0;
  };
  for (let i = 0; i < t.length; i++) {
    const c = t.charCodeAt(i);
    if (c < 0x80) {
      if (c === 0x20 || (c >= 0x09 && c <= 0x0d)) {
        flushTones();
        space = wrote;
        continue;
      }
    } else {
      if (isToneMark(c)) {
        if (toneCount < 2) tones |= c << (16 * toneCount);
        else {
          // Three marks on one word: not a syllable; keep them where they are.
          flushTones();
          sink.unit(c);
          continue;
        }
        toneCount++;
        continue;
      }
      if (isSpace(c)) {
        flushTones();
        space = wrote;
        continue;
      }
      if (isZeroWidth(c)) continue;
    }
    if (space) {
      sink.unit(0x20);
      space = false;
    }
    sink.unit(c === 0xf0 || c === 0x256 ? D_BAR : c);
    wrote = true;
  }
  flushTones();
}

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

  /** Mixes a text in its folded form. */
  text(s: string): void {
    this.tag(1);
    walkFolded(s, this);
    this.tag(2);
  }

  /** Mixes a number by its bits (every NaN alike). */
  number(n: number): void {
    this.tag(3);
    FoldedHasher.f64[0] = Number.isNaN(n) ? NaN : n === 0 ? 0 : n;
    this.unit(FoldedHasher.u32[0]!);
    this.unit(FoldedHasher.u32[1]!);
  }
}
