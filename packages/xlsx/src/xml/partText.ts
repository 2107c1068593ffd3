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
  let head: Uint8Array | null = null;
  const start = (bytes: Uint8Array): string => {
    decoder = new TextDecoder(encodingOf(bytes));
    return decoder.decode(bytes, { stream: true });
  };
  return {
    decode(chunk) {
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
      const rest = decoder ? '' : head ? start(head) : '';
      head = null;
      return rest + (decoder ? (decoder as TextDecoder).decode() : '');
    },
  };
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  const out = new Uint8Array(a.length + b.length);
  out.set(a);
  out.set(b, a.length);
  return out;
}
