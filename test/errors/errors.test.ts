/**
 * One error base: every refusal of the core, the package layer, the
 * CLI and the add-in is a GiaobanError with a stable code and the reason in
 * Vietnamese and English; the CLI prints the English one with `--lang en`.
 */
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import {
  briefingDate,
  columnLetter,
  errorMessage,
  GiaobanError,
  GiaobanRangeError,
  isoDate,
  parsePeriodSpec,
  PeriodSpecError,
  planRotation,
  readWorkbook,
  StatisticsFilterError,
} from '@giaoban/core';
import { readXlsx, XlsxError } from '@giaoban/xlsx';
import { main } from '../../packages/cli/src/main.js';
import { FileError, UsageError } from '../../packages/cli/src/io.js';
import { AppError } from '../../app/src/errors.js';
import { FunctionArgumentError } from '../../addin/src/functions/functions.js';
import { HostProblem } from '../../addin/src/excel/workbookState.js';

function thrown(f: () => unknown): unknown {
  try {
    f();
  } catch (e) {
    return e;
  }
  throw new Error('did not throw');
}

async function cli(...argv: string[]) {
  let stderr = '';
  const code = await main(argv, { stdout: () => {}, stderr: (t) => (stderr += t), cwd: process.cwd() });
  return { code, stderr };
}

describe('GiaobanError', () => {
  it('a bad date is still a RangeError, and a GiaobanError with a code and both languages', () => {
    const e = thrown(() => isoDate(2018, 2, 31)) as GiaobanRangeError;
    expect(e).toBeInstanceOf(RangeError);
    expect(e).toBeInstanceOf(GiaobanError);
    expect([e.code, e.message, e.vi, e.en]).toEqual(['date.invalid', 'Ngày không tồn tại: 31/2/2018', 'Ngày không tồn tại: 31/2/2018', 'No such date: 31/2/2018']);
    const col = thrown(() => columnLetter(16_385)) as GiaobanRangeError;
    expect([col.code, col.en]).toEqual(['a1.column', 'Invalid column: 16385 (columns run 1–16384, A–XFD)']);
    const rule = thrown(() => briefingDate('2026-03', { rule: 'sideways' as never })) as GiaobanRangeError;
    expect(rule.en).toContain('Unknown date rule "sideways"');
  });

  it('named subclasses keep their own instanceof and are GiaobanErrors', () => {
    const p = thrown(() => parsePeriodSpec('quý 5')) as PeriodSpecError;
    expect(p).toBeInstanceOf(PeriodSpecError);
    expect(p).toBeInstanceOf(GiaobanError);
    expect(p).not.toBeInstanceOf(RangeError);
    expect([p.code, p.name, p.messageEn]).toEqual(['period.invalid', 'PeriodSpecError', p.en]);
    expect(thrown(() => columnLetter(0))).not.toBeInstanceOf(PeriodSpecError);
    expect(new StatisticsFilterError({ vi: 'Không có xã "Nà Khao" trong danh mục.', en: 'There is no commune "Nà Khao" in the catalogue.' })).toBeInstanceOf(GiaobanError);
  });

  it('errorMessage picks the language, for Giao ban errors and others', () => {
    const e = new GiaobanError('x.y', { vi: 'Sai ô B3', en: 'Wrong cell B3' }, { details: { cell: 'B3' }, cause: new Error('inner') });
    expect([errorMessage(e, 'vi'), errorMessage(e, 'en'), e.details, (e.cause as Error).message]).toEqual(['Sai ô B3', 'Wrong cell B3', { cell: 'B3' }, 'inner']);
    expect(errorMessage(new TypeError('boom'), 'en')).toBe('boom');
    expect(errorMessage('text', 'en')).toBe('text');
  });

  it('the package layer, the CLI and the add-in errors share the base', async () => {
    const x = await readXlsx(new TextEncoder().encode('không phải tệp xlsx')).catch((e: unknown) => e);
    expect(x).toBeInstanceOf(XlsxError);
    expect(x).toBeInstanceOf(GiaobanError);
    expect((x as XlsxError).code).toBe('not-zip');
    // One constructor shape for every subclass: (text in both languages, options with code and where).
    const made = [
      new UsageError({ vi: 'thiếu <năm>', en: 'missing <năm>' }),
      new FileError({ vi: 'không tìm thấy tệp "a.xlsx".', en: 'file "a.xlsx" not found.' }, { file: 'a.xlsx' }),
      new AppError({ vi: 'Chưa mở sổ nào.', en: 'No workbook is open.' }),
      new FunctionArgumentError({ vi: 'Tháng không hợp lệ', en: 'Invalid month' }),
      new HostProblem({ vi: 'Sổ đang được bảo vệ', en: 'The workbook is protected' }, { code: 'WorkbookProtected', sheet: 'Giao ban', cell: 'B3' }),
    ];
    expect(made.map((e) => [e instanceof GiaobanError, e.code, e.en])).toEqual([
      [true, 'cli.usage', 'missing <năm>'],
      [true, 'cli.file', 'file "a.xlsx" not found.'],
      [true, 'app.refused', 'No workbook is open.'],
      [true, 'addin.function-argument', 'Invalid month'],
      [true, 'WorkbookProtected', 'The workbook is protected'],
    ]);
    expect([made[1]!.file, made[4]!.sheet, made[4]!.cell]).toEqual(['a.xlsx', 'Giao ban', 'B3']);
  });

  it('the CLI prints the English message with --lang en, the Vietnamese one otherwise', async () => {
    const vi = await cli('summarize', 'khong-co.xlsx', '--period', 'quý 5');
    const en = await cli('summarize', 'khong-co.xlsx', '--period', 'quý 5', '--lang', 'en');
    expect(vi.code).toBe(2);
    expect(en.code).toBe(2);
    expect(vi.stderr).toMatch(/^Lỗi: /);
    expect(en.stderr).toMatch(/^Error: /);
    expect(en.stderr).toBe(
      'Error: --period: Cannot read period "quý 5"; e.g. tháng 3/2018, 03/2018, quý I/2018, 6 tháng đầu năm 2018, 9 tháng 2018, năm 2018, ' +
        'từ 01/2018 đến 03/2018, 01/01/2018..31/03/2018 (or month:2018-03, quarter:2018-Q1, half:2018-H1, nine-months:2018, year:2018)\n',
    );
    expect(vi.stderr).toContain('Lỗi: --period: Không hiểu kỳ báo cáo "quý 5"');
    const missing = await cli('validate', 'khong-co.xlsx', '--lang', 'en');
    // Paths are printed in one form: relative to the working folder.
    expect(missing).toEqual({ code: 2, stderr: 'Error: file "khong-co.xlsx" not found.\n' });
    const badDate = await cli('validate', 'khong-co.xlsx', '--as-of', '31/02/2025', '--lang', 'en');
    expect(badDate.stderr).toBe('Error: --as-of "31/02/2025" is not valid: use a real date from 1900 to 2100, as dd/mm/yyyy (e.g. 15/01/2025) or YYYY-MM-DD (31/02/2025 does not exist (2/2025 has 28 days))\n');
  });
});

describe('no information lost in readWorkbook', () => {
  it('bad weekly days off throw instead of silently dropping the workbook holiday sheet', () => {
    const wb = {
      sheets: [{ name: 'Ngày nghỉ', values: [['Ngày', 'Tên ngày nghỉ'], ['02/01/2026', 'Nghỉ bù Tết Dương lịch']] }],
    };
    expect(readWorkbook(wb).catalogue.holidays).toHaveLength(1);
    const e = thrown(() => readWorkbook(wb, { dateOptions: { weeklyDaysOff: [0] } })) as GiaobanRangeError;
    expect(e).toBeInstanceOf(GiaobanError);
    expect(e.code).toBe('weekly-days-off.invalid');
  });
});

describe('the rotation and statistics errors carry both languages', () => {
  it('a bad number of months or a bad month names it in Vietnamese and in English', () => {
    const catalogue = { communes: [], leaders: [], absences: [], holidays: [] };
    const months = thrown(() => planRotation({ catalogue, from: '2026-01', months: 0 })) as GiaobanRangeError;
    expect(months).toBeInstanceOf(GiaobanError);
    expect(months.code).toBe('months.invalid');
    expect(months.vi).toContain('Số tháng lập lịch không hợp lệ: 0');
    expect(months.en).toContain('Invalid number of months to plan: 0');
    const month = thrown(() => planRotation({ catalogue, from: '2026-13', months: 1 })) as GiaobanRangeError;
    expect(month.code).toBe('month.invalid');
    expect(errorMessage(month, 'en')).toBe('Invalid month: "2026-13" (YYYY-MM expected)');
    // A malformed freeze date is refused up front instead of printing garbage in every reason.
    const freeze = thrown(() => planRotation({ catalogue, from: '2026-01', months: 1, freezeDate: '31/02/2026' })) as GiaobanRangeError;
    expect(freeze.code).toBe('freeze-date.invalid');
    expect(freeze.en).toBe('Invalid freeze date: "31/02/2026" (YYYY-MM-DD expected)');
  });
});
