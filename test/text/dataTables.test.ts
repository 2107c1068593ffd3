/**
 * The phrase tables in data/ are matched against unaccented, lower-case,
 * whole-word text: a phrase written with accents, capitals or punctuation
 * could never match, so it would silently do nothing.
 */
import { describe, expect, it } from 'vitest';
import { CASE_STATE_PHRASES, CATEGORY_HINTS } from '../../packages/core/src/data/categories.js';
import { parseCaseState, parseCategory, unaccentedKey } from '@giaoban/core';

const phrases = [...CATEGORY_HINTS.flatMap((h) => h.phrases), ...Object.values(CASE_STATE_PHRASES).flat()];

describe('category hint and case-state phrase tables', () => {
  it.each(phrases)('"%s" is already in the form it is matched in', (phrase) => {
    expect(unaccentedKey(phrase)).toBe(phrase);
    expect(phrase).toMatch(/^[a-z0-9]+( [a-z0-9]+)*$/);
  });

  it('each hint reads as its category inside a longer text, with accents', () => {
    expect(parseCategory('Vụ việc ANTT ở bản Nà Khoa')?.category).toBe('security-situation');
    expect(parseCategory('Hỏi về thủ tục cư trú')?.category).toBe('administrative-procedures');
    expect(parseCategory('Củng cố lực lượng CAX')?.category).toBe('commune-police');
    expect(parseCategory('Phong trào toàn dân')?.category).toBe('mass-organizations');
  });

  it('a case state named inside a longer text is read; naming both reads as neither', () => {
    expect(parseCaseState('ANTT - vụ việc mới phát sinh trong tháng')).toBe('new');
    expect(parseCaseState('còn tồn đọng từ năm trước')).toBe('pending');
    expect(parseCaseState('tồn đọng hoặc mới phát sinh')).toBeNull();
  });
});
