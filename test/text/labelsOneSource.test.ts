/**
 * One source of labels: the statuses' wording is data/statuses.ts
 * everywhere (template, summary sheet, reports, the add-in's drop-downs), and
 * the add-in's comma-free category names come from data and read back.
 */
import { describe, expect, it } from 'vitest';
import * as fns from '../../addin/src/functions/functions.js';
import { CATEGORY_SHORT_LABELS, DATE_RULES, parseCategory, parseStatus, REPORT_STATUS_LABELS, STATUS_LABELS } from '@giaoban/core';

describe('labels from one source', () => {
  it('the report labels of the statuses are the template labels, English included', () => {
    expect(REPORT_STATUS_LABELS).toBe(STATUS_LABELS);
    expect(REPORT_STATUS_LABELS.referred.en).toBe('Referred to the competent agency');
  });

  it("every drop-down entry reads back as what it names (no commas: Excel splits an inline list at them)", () => {
    for (const [status, label] of Object.entries(STATUS_LABELS)) {
      expect(label.vi).not.toContain(',');
      expect(parseStatus(label.vi)).toBe(status);
    }
    for (const [category, short] of Object.entries(CATEGORY_SHORT_LABELS)) {
      expect(short).not.toContain(',');
      expect(parseCategory(short)?.category).toBe(category);
    }
  });

  it('the custom functions take their date rules from the core, every one accepted', () => {
    for (const rule of DATE_RULES) expect(typeof fns.ngayGiaoBan(2026, 3, 15, rule)).toBe('number');
    expect(() => fns.ngayGiaoBan(2026, 3, 15, 'sideways')).toThrow(`(${DATE_RULES.join(', ')})`);
  });
});
