// A part's UTF-8 decoded chunk by chunk gives exactly what decoding it whole gives, wherever the chunks are
// cut: inside Vietnamese letters, inside invalid sequences, around a byte-order mark.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { partDecoder } from '../../packages/xlsx/src/xml/partText.js';

const enc = new TextEncoder();

function chunked(bytes: Uint8Array, cuts: number[]): string {
  const points = [...new Set(cuts.map((c) => c % (bytes.length + 1)))].sort((a, b) => a - b);
  const d = partDecoder();
  let out = '';
  for (const [i, p] of [0, ...points].entries()) out += d.decode(bytes.subarray(p, [...points, bytes.length][i]));
  return out + d.end();
}

const PIECES = [
  enc.encode('<si><t>Tranh chấp đất đai ở bản Nà Khoa, xã Mường Nhé</t></si>'),
  enc.encode('𠀀 chữ Nôm 𡨸 và ✓'),
  Uint8Array.of(0xe1, 0x80), // a cut three-byte letter
  Uint8Array.of(0xf0, 0x90, 0x80), // a cut four-byte one
  Uint8Array.of(0xe0, 0x80, 0x80), // an invalid second byte
  Uint8Array.of(0x80, 0xbf), // stray continuation bytes
  Uint8Array.of(0xc3), // a lone lead byte
  Uint8Array.of(0xff, 0xfe, 0xf8),
  Uint8Array.of(0xef, 0xbb, 0xbf), // a byte-order mark inside the text (kept: U+FEFF)
];

describe('decoding a part chunk by chunk', () => {
  it('equals decoding it whole, however it is cut', () => {
    fc.assert(
      fc.property(fc.boolean(), fc.array(fc.constantFrom(...PIECES), { minLength: 1, maxLength: 12 }), fc.array(fc.nat(), { maxLength: 10 }), (bom, pieces, cuts) => {
        const body = pieces.reduce((a, b) => Uint8Array.from([...a, ...b]), enc.encode('<?xml version="1.0"?>'));
        const bytes = bom ? Uint8Array.from([0xef, 0xbb, 0xbf, ...body]) : body;
        expect(chunked(bytes, cuts)).toBe(new TextDecoder().decode(bytes));
      }),
      { numRuns: 2000 },
    );
  });

  it('cuts a text of Vietnamese letters at every byte and still agrees', () => {
    const bytes = enc.encode('<t>Lò Văn Thắng, Quàng Thị Hoà — Điện Biên 𠀀</t>');
    const whole = new TextDecoder().decode(bytes);
    for (let i = 0; i <= bytes.length; i++) for (let j = i; j <= Math.min(bytes.length, i + 5); j++) expect(chunked(bytes, [i, j])).toBe(whole);
  });
});
