/**
 * Papers of today: the parent body from the catalogue where the workbook does
 * not write it, and a commune police unit's invitation to a village briefing
 * worded for villages.
 */
import { describe, expect, it } from 'vitest';
import { briefingDocuments, detectUnitNames, parentBodyOf, readWorkbook, resolveDocumentSettings, withCatalogueParent } from '@giaoban/core';
import { nationalCatalogue } from '@giaoban/core/catalogue';
import { communeWorkbook, documentLines as lines, provinceWorkbook } from './fixtures.js';

const cat = nationalCatalogue();

describe('the parent body from the catalogue', () => {
  it('puts a district police (before 2025) under its province, a commune police under its province, a province under the Ministry', () => {
    expect(parentBodyOf('CÔNG AN HUYỆN NẬM PỒ', cat)).toBe('CÔNG AN TỈNH ĐIỆN BIÊN');
    expect(parentBodyOf('Công an huyện Mèo Vạc', cat)).toBe('CÔNG AN TỈNH HÀ GIANG');
    expect(parentBodyOf('Công an xã Nà Hỳ', cat)).toBe('CÔNG AN TỈNH ĐIỆN BIÊN');
    expect(parentBodyOf('Công an phường Hồng Hà', cat)).toBe('CÔNG AN THÀNH PHỐ HÀ NỘI');
    expect(parentBodyOf('Công an tỉnh Điện Biên', cat)).toBe('BỘ CÔNG AN');
  });

  it('guesses nothing for a name several units bear, unless the province says which', () => {
    // Huyện Châu Thành existed in several provinces of the Mekong delta.
    expect(parentBodyOf('Công an huyện Châu Thành', cat)).toBeNull();
    expect(parentBodyOf('Công an huyện Châu Thành', cat, 'An Giang')).toBe('CÔNG AN TỈNH AN GIANG');
  });

  it('keeps the workbook’s own parent body when its title rows write one', () => {
    const units = { unit: 'Công an xã Nà Hỳ', parent: 'Công an tỉnh Lai Châu' };
    expect(withCatalogueParent(units, cat)).toEqual(units);
    expect(withCatalogueParent({ unit: 'Công an xã Nà Hỳ', parent: null }, cat).parent).toBe('CÔNG AN TỈNH ĐIỆN BIÊN');
  });
});

describe('a commune police unit’s papers', () => {
  const grid = communeWorkbook();
  const read = readWorkbook(grid, { adminCatalogue: cat });
  const settings = resolveDocumentSettings(read, withCatalogueParent(detectUnitNames(grid), cat, read.organisation?.province?.code));

  it('heads the papers with the province police above the commune police', () => {
    expect(settings.parentBody).toBe('CÔNG AN TỈNH ĐIỆN BIÊN');
    expect(settings.issuingBody).toBe('CÔNG AN XÃ NÀ HỲ');
  });

  it('invites the village heads and the security team to the village’s cultural house', () => {
    const { documents } = briefingDocuments(read, { month: '2026-02', settings, kinds: ['invitation'] });
    expect(documents).toHaveLength(1);
    const text = lines(documents[0]!);
    expect(text).toContain('- Ông (bà) Trưởng Bản 5 - Trưởng bản Nậm Nhừ Con;');
    expect(text).toContain('- Tổ bảo vệ an ninh, trật tự ở cơ sở bản Nậm Nhừ Con.');
    // No place is invented: blank for the clerk unless set (never a People's Committee hall of a village).
    expect(text.join('\n')).toContain('Đề nghị Trưởng các thôn, bản và Tổ bảo vệ an ninh, trật tự ở cơ sở');
    expect(text.join('\n')).not.toMatch(/Công an các thôn|Ủy ban nhân dân bản|xã Nậm Nhừ Con/);
  });
});

describe('a provincial unit’s papers', () => {
  it('are issued by the province police under the Ministry when the title rows name only the province', () => {
    const grid = provinceWorkbook();
    const read = readWorkbook(grid, { adminCatalogue: cat });
    const settings = resolveDocumentSettings(read, withCatalogueParent(detectUnitNames(grid), cat, read.organisation?.province?.code));
    expect(settings.issuingBody).toBe('CÔNG AN TỈNH ĐIỆN BIÊN');
    expect(settings.parentBody).toBe('BỘ CÔNG AN');
    expect(settings.signer.title).toBe('PHÓ GIÁM ĐỐC');
  });
});
