// readHolidayWorkbook: the one decision the CLI's --holidays .xlsx and the offline app share about a holiday workbook.
import { describe, expect, it } from 'vitest';
import { HolidayFileError, readHolidayWorkbook } from '@giaoban/core';

const header = ['Ngày', 'Tên ngày nghỉ', 'Loại'];

describe('readHolidayWorkbook', () => {
  it('returns the holiday sheet\'s days, ranges and make-up days included', () => {
    const days = readHolidayWorkbook(
      { sheets: [{ name: 'Ngày nghỉ', values: [header, ['15/01/2026', 'Nghỉ bổ sung', 'Nghỉ'], ['17/01/2026', 'Làm bù', 'Làm bù']] }] },
      'nghi.xlsx',
    );
    expect(days).toEqual([
      { date: '2026-01-15', name: 'Nghỉ bổ sung', kind: 'off' },
      { date: '2026-01-17', name: 'Làm bù', kind: 'workday' },
    ]);
  });

  it('refuses a workbook with no holiday table, naming the file', () => {
    const grid = { sheets: [{ name: 'Sheet1', values: [['STT', 'Ghi chú'], [1, 'không phải ngày nghỉ']] }] };
    expect(() => readHolidayWorkbook(grid, 'ghi-chu.xlsx')).toThrow(HolidayFileError);
    expect(() => readHolidayWorkbook(grid, 'ghi-chu.xlsx')).toThrow('không tìm thấy bảng ngày nghỉ trong "ghi-chu.xlsx"');
  });

  it('refuses a holiday row with an error, naming sheet and cell', () => {
    const grid = { sheets: [{ name: 'Ngày nghỉ', values: [header, ['15/01/2026', 'Nghỉ bổ sung', 'Nghỉ'], ['31/02/2026', 'Sai ngày', 'Nghỉ']] }] };
    let err: unknown;
    try {
      readHolidayWorkbook(grid, 'nghi.xlsx');
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(HolidayFileError);
    expect((err as Error).message).toMatch(/^tệp ngày nghỉ "nghi\.xlsx", trang Ngày nghỉ, ô A3: /);
    expect((err as HolidayFileError).messageEn).toMatch(/^holiday file "nghi\.xlsx", sheet Ngày nghỉ, cell A3: /);
  });
});
