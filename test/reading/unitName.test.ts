import { describe, expect, it } from 'vitest';
import { detectUnitNames, type CellValue, type WorkbookGrid } from '@giaoban/core';

const wb = (...rows: CellValue[][]): WorkbookGrid => ({ sheets: [{ name: 'Sheet1', values: rows }] });

describe('detectUnitNames on title rows typed every which way', () => {
  it('reads the usual upper-case, accented title block', () => {
    expect(detectUnitNames(wb(['CÔNG AN TỈNH ĐIỆN BIÊN', null, 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'], ['CÔNG AN HUYỆN NẬM PỒ']))).toEqual({
      parent: 'Công an tỉnh Điện Biên',
      unit: 'Công an huyện Nậm Pồ',
    });
  });

  it('accepts a title typed without accents and keeps it as typed (no accents invented)', () => {
    expect(detectUnitNames(wb(['CONG AN HUYEN NAM PO'], ['SO THEO DOI GIAO BAN']))).toEqual({ parent: null, unit: 'Cong an huyen Nam Po' });
    expect(detectUnitNames(wb(['cong an tinh dien bien'], ['cong an  thi  xa  muong lay']))).toEqual({
      parent: 'Cong an tinh Dien Bien',
      unit: 'Cong an thi xa Muong Lay',
    });
  });

  it('accepts sentence case and decomposed (NFD) text, giving NFC', () => {
    expect(detectUnitNames(wb(['Công an tỉnh Điện Biên'], ['Công an huyện Mường Chà'.normalize('NFD')]))).toEqual({
      parent: 'Công an tỉnh Điện Biên',
      unit: 'Công an huyện Mường Chà',
    });
  });

  it('counts one unit once when typed with and without accents, preferring the accented spelling', () => {
    const grid: WorkbookGrid = {
      sheets: [
        { name: 'Sheet1', values: [['CONG AN HUYEN NAM PO']] },
        { name: 'Sổ giao ban', values: [['CÔNG AN HUYỆN NẬM PỒ'], ['Công an xã Nà Khoa']] },
      ],
    };
    expect(detectUnitNames(grid)).toEqual({ parent: 'Công an huyện Nậm Pồ', unit: 'Công an xã Nà Khoa' });
  });

  it('ignores a template placeholder, a mere mention and other titles', () => {
    expect(detectUnitNames(wb(['CONG AN HUYEN ……'], ['Báo cáo gửi Công an huyện Nậm Pồ'], ['ỦY BAN NHÂN DÂN HUYỆN NẬM PỒ']))).toEqual({ parent: null, unit: null });
  });
});
