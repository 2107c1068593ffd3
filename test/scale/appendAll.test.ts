import { describe, expect, it } from 'vitest';
import { appendAll } from '../../packages/core/src/arrays.js';

describe('appendAll', () => {
  it('appends in order and returns the target', () => {
    const target = ['Nà Khoa'];
    expect(appendAll(target, ['Nậm Nhừ', 'Chà Nưa'])).toBe(target);
    expect(target).toEqual(['Nà Khoa', 'Nậm Nhừ', 'Chà Nưa']);
    expect(appendAll(target, new Set(['Si Pa Phìn']))).toEqual(['Nà Khoa', 'Nậm Nhừ', 'Chà Nưa', 'Si Pa Phìn']);
  });

  it('takes 500,000 items, where a spread push overflows the call stack', () => {
    const big = Array.from({ length: 500_000 }, (_, i) => i);
    expect(() => [].push(...(big as never[]))).toThrow(RangeError);
    const out = appendAll([-1], big);
    expect(out).toHaveLength(500_001);
    expect(out[500_000]).toBe(499_999);
  });
});
