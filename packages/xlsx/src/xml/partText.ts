/**
 * The text of a part from its bytes, in the encoding the part declares by its
 * first bytes (XML 1.0, Appendix F): UTF-8 with or without a byte-order mark,
 * or UTF-16 in either byte order (some older writers save parts in UTF-16).
 */

/** A streaming decoder that picks its encoding from the first bytes it is given. */
export interface PartDecoder {
  /** Decodes one chunk (a multi-byte character may straddle chunks). */
  decode(chunk: Uint8Array): string;
  /** Whatever is left at the end. */
  end(): string;
}

function encodingOf(head: Uint8Array): 'utf-8' | 'utf-16le' | 'utf-16be' {
  const [a, b, c, d] = head;
  if (a === 0xff && b === 0xfe) return 'utf-16le';
  if (a === 0xfe && b === 0xff) return 'utf-16be';
  // "<?" without a byte-order mark, two bytes a character.
  if (a === 0x3c && b === 0x00 && c === 0x3f && d === 0x00) return 'utf-16le';
  if (a === 0x00 && b === 0x3c && c === 0x00 && d === 0x3f) return 'utf-16be';
  return 'utf-8';
}

/**
 * A decoder for one part.
 *
 * @example
 * ```ts
 * const d = partDecoder();
 * const text = d.decode(bytes) + d.end(); // UTF-8 or UTF-16, the byte-order mark dropped
 * ```
 */
export function partDecoder(): PartDecoder {
  let decoder: TextDecoder | null = null;
  let utf8: Utf8Chunks | null = null;
  let head: Uint8Array | null = null;
  const start = (bytes: Uint8Array): string => {
    const encoding = encodingOf(bytes);
    if (encoding === 'utf-8') {
      utf8 = new Utf8Chunks();
      return utf8.decode(bytes, true);
    }
    decoder = new TextDecoder(encoding);
    return decoder.decode(bytes, { stream: true });
  };
  return {
    decode(chunk) {
      if (utf8) return utf8.decode(chunk, false);
      if (decoder) return decoder.decode(chunk, { stream: true });
      // Four bytes tell the encoding; a first chunk shorter than that waits for the next.
      const bytes = head ? concat(head, chunk) : chunk;
      if (bytes.length < 4) {
        head = bytes;
        return '';
      }
      head = null;
      return start(bytes);
    },
    end() {
      const rest = decoder || utf8 ? '' : head ? start(head) : '';
      head = null;
      if (utf8) return rest + (utf8 as Utf8Chunks).end();
      return rest + (decoder ? (decoder as TextDecoder).decode() : '');
    },
  };
}

/**
 * UTF-8 chunk by chunk, each decoded whole up to its last complete character (the bytes of one cut by the
 * chunk's end wait for the next): the engine's whole-buffer decoder is several times faster than its
 * streaming one. Invalid bytes become U+FFFD as in streaming; a byte-order mark is dropped at the start only.
 */
class Utf8Chunks {
  private readonly decoder = new TextDecoder('utf-8', { ignoreBOM: true });
  private carry: Uint8Array | null = null;

  decode(chunk: Uint8Array, first: boolean): string {
    let out = '';
    let from = 0;
    if (this.carry) {
      // Complete the character cut at the last chunk's end with this chunk's first bytes.
      // Continuation bytes only: a byte starting another character ends this one (invalid, one U+FFFD) there.
      const need = sequenceLength(this.carry[0]!) - this.carry.length;
      let take = 0;
      while (take < need && take < chunk.length && (chunk[take]! & 0xc0) === 0x80) take++;
      const joined = concat(this.carry, chunk.subarray(0, take));
      if (take < need && take === chunk.length) {
        this.carry = joined;
        return '';
      }
      out = this.decoder.decode(joined);
      this.carry = null;
      from = take;
    }
    const cut = completeUpTo(chunk, from);
    if (cut > from) out += this.decoder.decode(chunk.subarray(from, cut));
    if (cut < chunk.length) this.carry = chunk.slice(cut);
    return first && out.charCodeAt(0) === 0xfeff ? out.slice(1) : out;
  }

  end(): string {
    const rest = this.carry ? this.decoder.decode(this.carry) : '';
    this.carry = null;
    return rest;
  }
}

/** Bytes a UTF-8 sequence starting with `lead` takes (1 for a byte that starts none). */
function sequenceLength(lead: number): number {
  return lead >= 0xf0 && lead <= 0xf7 ? 4 : lead >= 0xe0 ? (lead <= 0xef ? 3 : 1) : lead >= 0xc0 ? 2 : 1;
}

/** Where the last sequence of `b` (from `from`) starts when the chunk ends inside it; else `b.length`. */
function completeUpTo(b: Uint8Array, from: number): number {
  for (let i = b.length - 1; i >= from && i >= b.length - 3; i--) {
    const c = b[i]!;
    if (c < 0x80) return b.length;
    if (c >= 0xc0) return i + sequenceLength(c) > b.length ? i : b.length;
  }
  return b.length;
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  const out = new Uint8Array(a.length + b.length);
  out.set(a);
  out.set(b, a.length);
  return out;
}
