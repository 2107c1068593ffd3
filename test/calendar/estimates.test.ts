/**
 * A year without an announced Tết or National Day break (2028 here: 2027's were announced by Công văn
 * 10065/VPCP-KGVX) is marked estimated wherever its dates show — briefing dates, the plan, its sheet, the
 * papers — with the rule used; a --holidays file or the workbook's holiday sheet settles it.
 */
import { describe, expect, it } from 'vitest';
import {
  briefingDate,
  buildInvitation,
  buildPlanSheet,
  planRotation,
  readWorkbook,
  resolveDocumentSettings,
  type Catalogue,
  type HolidayOverride,
} from '@giaoban/core/internal';
import { main } from '../../packages/cli/src/main.js';
import { commune, leader } from '../rotation/fixtures.js';

async function cli(...argv: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), cwd: process.cwd() });
  return { code, stdout, stderr };
}

// Tết 2028 and National Day 2028 as a unit would enter them from an announcement (test input, not a real notice).
const ANNOUNCED_2028: HolidayOverride[] = [
  ...['2028-01-24', '2028-01-25', '2028-01-26', '2028-01-27', '2028-01-28'].map((date) => ({ date, name: 'Tết Nguyên Đán', kind: 'off' as const })),
  ...['2028-09-01', '2028-09-04'].map((date) => ({ date, name: 'Quốc khánh', kind: 'off' as const })),
];

describe('briefing dates in an estimated year', () => {
  it('say they are provisional and by which law', () => {
    const b = briefingDate('2028-03');
    expect(b.date).toBe('2028-03-15');
    expect(b.estimate!.vi).toBe(
      'ngày dự kiến: lịch nghỉ Tết Nguyên Đán, Quốc khánh năm 2028 chưa có thông báo, đang ước tính theo Bộ luật Lao động 2019 (45/2019/QH14), Điều 112; có thể đổi khi có thông báo',
    );
    expect(b.estimate!.en).toContain('provisional: the 2028');
    expect(briefingDate('2026-03').estimate).toBeUndefined();
    expect(briefingDate('2027-03').estimate).toBeUndefined();
  });

  it('stop being provisional once the announcement is entered', () => {
    expect(briefingDate('2028-03', { overrides: ANNOUNCED_2028 }).estimate).toBeUndefined();
    // Only Tết entered: National Day is still an estimate.
    expect(briefingDate('2028-03', { overrides: ANNOUNCED_2028.slice(0, 5) }).estimate!.vi).toContain('lịch nghỉ Quốc khánh năm 2028');
  });

  it('giaoban dates says so in text and JSON', async () => {
    const t = await cli('dates', '2028');
    expect(t.stdout).toContain('Lịch nghỉ năm 2028 là ước tính');
    const j = JSON.parse((await cli('dates', '2028', '--json')).stdout) as { estimate?: string }[];
    expect(j.every((d) => d.estimate?.startsWith('ngày dự kiến'))).toBe(true);
    const announced = JSON.parse((await cli('dates', '2026', '--json')).stdout) as object[];
    expect(announced.every((d) => !('estimate' in d))).toBe(true);
  });
});

describe('the plan, its sheet and the papers', () => {
  const catalogue: Catalogue = {
    communes: [commune('Nà Khoa', 'Cụm 1'), commune('Nà Hỳ', 'Cụm 1')],
    leaders: [leader('Trần Ích Chính'), leader('Lò Văn Thắng')],
    absences: [],
    holidays: [],
  };
  const plan = planRotation({ catalogue, history: [], from: '2027-11', months: 4 });

  it('marks each briefing of 2028, not those of 2027, with the reason and the estimate', () => {
    expect(plan.briefings.map((b) => [b.month, b.estimate !== undefined])).toEqual([
      ['2027-11', false], ['2027-12', false], ['2028-01', true], ['2028-02', true],
    ]);
    const jan = plan.briefings.find((b) => b.month === '2028-01')!;
    expect(jan.reasons[0]).toContain('ngày dự kiến: lịch nghỉ Tết Nguyên Đán, Quốc khánh năm 2028 chưa có thông báo');
    expect(jan.reasonsEn[0]).toContain('provisional');
  });

  it('the plan sheet notes it beside each date and once below the plan', () => {
    const cells = buildPlanSheet(plan.briefings).cells.flat().filter((c): c is string => typeof c === 'string');
    expect(cells.filter((c) => c === 'ngày dự kiến (lịch nghỉ ước tính)')).toHaveLength(2);
    expect(cells.filter((c) => c.startsWith('Lưu ý: Ngày dự kiến: lịch nghỉ Tết Nguyên Đán, Quốc khánh năm 2028'))).toHaveLength(1);
  });

  it('an invitation for a provisional date says so', () => {
    const settings = resolveDocumentSettings(readWorkbook({ sheets: [] }));
    const text = (month: string) => JSON.stringify(buildInvitation(plan.briefings.find((b) => b.month === month)!, { settings, catalogue }));
    expect(text('2028-01')).toContain('ngày dự kiến: lịch nghỉ');
    expect(text('2027-12')).not.toContain('ngày dự kiến');
  });
});
