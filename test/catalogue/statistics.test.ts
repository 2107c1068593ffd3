/**
 * Statistics across the 2025 merger: every item counts under today's commune
 * (its successor), the old names stay visible as a breakdown; and the village
 * tier's figures and report wording ("thôn, bản", not "xã").
 */
import { describe, expect, it } from 'vitest';
import { computeStatistics, readWorkbook, statisticsInputOf, statisticsNarrative } from '@giaoban/core';
import { nationalCatalogue } from '@giaoban/core/catalogue';
import { communeWorkbook, provinceWorkbook } from './fixtures.js';

const adminCatalogue = nationalCatalogue();
const period = { from: '2025-06-01', to: '2026-01-31', convention: 'calendar' as const };

describe('statistics across the merger', () => {
  const read = readWorkbook(provinceWorkbook(), { adminCatalogue });
  const stats = computeStatistics({ ...statisticsInputOf(read), period, since: '2025-06-01' });

  it('counts items named by old communes under today’s successor', () => {
    // Nà Hỳ: the old Nà Khoa (16/06/2025), the old Nậm Nhừ (16/06/2025), Nà Hỳ itself and Nà Khoa written after the merger (15/01/2026).
    expect(stats.issues.byCommune['Nà Hỳ']).toBe(4);
    // Thanh An: the old Sam Mứn of 16/06/2025. Today's Sam Mứn: the row of 15/01/2026 only.
    expect(stats.issues.byCommune['Thanh An']).toBe(1);
    expect(stats.issues.byCommune['Sam Mứn']).toBe(1);
    expect(stats.issues.total).toBe(6);
  });

  it('keeps the old names as a breakdown, included in the successor’s count', () => {
    expect(stats.issues.byFormerCommune).toEqual({
      'Nà Hỳ': { 'Nà Khoa': 2, 'Nậm Nhừ': 1 },
      'Thanh An': { 'Sam Mứn': 1 },
    });
    expect(stats.briefings.byFormerHost).toEqual({ 'Nà Hỳ': { 'Nà Khoa': 1 }, 'Thanh An': { 'Sam Mứn': 1 } });
    // The June briefing hosted at the old Sam Mứn counts Thanh An as having hosted, and Sam Mứn (today's) for January.
    expect(stats.briefings.hostedCommunes).toBe(3);
  });

  it('says so in the report paragraph', () => {
    const n = statisticsNarrative(stats, { unit: 'Công an tỉnh Điện Biên' });
    expect(n.vi).toContain('xã Nà Hỳ 04 nội dung (trong đó: xã Nà Khoa cũ 02, xã Nậm Nhừ cũ 01)');
    expect(n.vi).toContain('xã Thanh An 01 nội dung (trong đó: xã Sam Mứn cũ 01)');
    expect(n.en).toContain('Nà Hỳ 4 (of which former Nà Khoa 2, former Nậm Nhừ 1)');
  });
});

describe('the village tier', () => {
  const read = readWorkbook(communeWorkbook(), { adminCatalogue });
  const stats = computeStatistics({ ...statisticsInputOf(read), period: { from: '2025-10-01', to: '2026-01-31', convention: 'calendar' }, since: '2025-10-01' });

  it('counts the briefings held at the villages and the items they raised', () => {
    expect(stats.tier).toBe('villages');
    expect(stats.briefings.held).toBe(4);
    expect(stats.briefings.hostedCommunes).toBe(4);
    expect(stats.briefings.activeCommunes).toBe(5);
    expect(stats.issues.byCommune).toEqual({ 'Nà Hỳ 1': 1, 'Nà Hỳ 2': 1, 'Nà Khoa': 1, 'Huổi Thanh': 1, 'Nậm Nhừ Con': 0 });
  });

  it('words the report for villages, not communes', () => {
    const n = statisticsNarrative(stats, { unit: 'Công an xã Nà Hỳ' });
    expect(n.vi).toContain('Công an xã Nà Hỳ đã tổ chức 04 buổi giao ban tại 04/05 thôn, bản');
    expect(n.vi).toContain('Trưởng thôn, bản và Tổ bảo vệ an ninh, trật tự ở cơ sở các thôn, bản');
    expect(n.vi).not.toMatch(/\d xã|các xã/);
    expect(n.en).toContain('in 4 of 5 villages');
  });
});
