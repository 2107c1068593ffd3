/**
 * Characters without their diacritics (internal to text/; not exported from
 * the package).
 */
import { BoundedMemo } from './memo.js';

const ASCII_ONLY = /^[\u0000-\u007F]*$/;
const bareCharMemo = new BoundedMemo<string>(5_000);

/** One character without its marks (NFD, marks removed), đ → d, Đ → D. */
export function bareChar(ch: string): string {
  return bareCharMemo.get(ch, (c) =>
    c === 'đ' ? 'd' : c === 'Đ' ? 'D' : c.normalize('NFD').replace(/\p{M}/gu, '').normalize('NFC'),
  );
}

/** A text without diacritics, đ → d. For text that is already folded (lower case). */
export function stripMarks(s: string): string {
  if (ASCII_ONLY.test(s)) return s;
  return s.replace(/[^\u0000-\u007F]/g, (c) => bareChar(c)).normalize('NFC');
}
