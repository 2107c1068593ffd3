/**
 * The core session: one read, one as-of date, one holiday merge, one unit name, each view
 * computed once; a workbook with no tracking table refused; bad options refused in both languages.
 */
import { describe, expect, it } from 'vitest';
import { openSession, SessionError, type CellValue, type WorkbookGrid } from '@giaoban/core';

const communes: CellValue[][] = [
  ['CÔNG AN TỈNH ĐIỆN BIÊN'],
  ['CÔNG AN HUYỆN NẬM PỒ'],
  ['STT', 'Xã', 'Cụm'],
  [1, 'Nà Khoa', 'Cụm 1'],
  [2, 'Nà Hỳ', 'Cụm 1'],
];
const leaders: CellValue[][] = [['STT', 'Họ và tên'], [1, 'Lò Văn Hùng'], [2, 'Hà Thị Mai']];
const briefings: CellValue[][] = [
  ['STT', 'Ngày giao ban', 'Xã đăng cai', 'Lãnh đạo chủ trì'],
  [1, '15/12/2025', 'Nà Khoa', 'Lò Văn Hùng'],
];
const issues: CellValue[][] = [
  ['STT', 'Ngày', 'Xã', 'Nội dung', 'Phân loại', 'Tình trạng'],
  [1, '15/12/2025', 'Nà Khoa', 'Tranh chấp đất rẫy', 'ANTT', 'Đang giải quyết'],
];

function book(extra: { name: string; values: CellValue[][] }[] = []): WorkbookGrid {
  return { sheets: [{ name: 'Địa bàn', values: communes }, { name: 'Lãnh đạo', values: leaders }, { name: 'Giao ban', values: briefings }, { name: 'Ý kiến', values: issues }, ...extra] };
}

const thrown = (f: () => unknown) => {
  try {
    f();
  } catch (e) {
    return e as SessionError;
  }
  throw new Error('did not throw');
};

describe('the as-of date: --as-of, else today, else the latest record', () => {
  it('is the one date the findings, the summary and the papers count to', () => {
    const s = openSession(book(), { asOf: '2026-02-20', today: '2026-12-07' });
    expect(s.asOf).toBe('2026-02-20');
    expect(s.summary().statistics.asOf).toBe('2026-02-20');
    const overdue = s.findings().findings.find((f) => f.code === 'issue.overdue');
    expect(overdue?.message).toContain('tính đến ngày 20/02/2026');
    const report = s.papers({ month: '2026-01', kinds: ['report'] }).papers[0]!;
    expect(JSON.stringify(report.model)).toContain('20/02/2026');
  });

  it('is today when no date is named, and the latest record without today', () => {
    expect(openSession(book(), { today: '2026-12-07' }).asOf).toBe('2026-12-07');
    expect(openSession(book()).asOf).toBe('2025-12-15');
    // The summary of a past period counts its open items to the same date as the findings.
    const s = openSession(book(), { today: '2026-01-30' });
    expect(s.summary({ period: 'month:2026-01' }).statistics.asOf).toBe('2026-01-30');
    expect(s.summary({ period: 'month:2026-01' }).statistics.cumulative.issues.overdueOpen).toBe(1);
    expect(s.findings().findings.filter((f) => f.code === 'issue.overdue')).toHaveLength(1);
  });
});

describe('one merge of the holiday sources', () => {
  it('puts the extra file under the workbook\'s own sheet, which wins a date', () => {
    const sheet = { name: 'Nghỉ lễ', values: [['Ngày', 'Tên ngày nghỉ', 'Loại'], ['15/01/2026', 'Trực lễ', 'Làm bù']] as CellValue[][] };
    const s = openSession(book([sheet]), {
      holidays: [
        { date: '2026-01-15', name: 'Nghỉ theo thông báo', kind: 'off' },
        { date: '2026-02-16', name: 'Nghỉ bù', kind: 'off' },
      ],
    });
    expect(s.holidays.map((h) => [h.date, h.kind])).toEqual([['2026-01-15', 'workday'], ['2026-02-16', 'off']]);
    // The plan keeps 15/01 (the workbook makes it a working day) and follows the same calendar.
    expect(s.plan({ from: '2026-01', months: 1 }).plan.briefings[0]!.date).toBe('2026-01-15');
    expect(s.calendar.isWorkingDay('2026-02-16')).toBe(false);
  });
});

describe('one unit name', () => {
  it('is the clerk\'s, else the settings sheet\'s, else the title rows\'', () => {
    expect(openSession(book()).units).toEqual({ unit: 'Công an huyện Nậm Pồ', parent: 'Công an tỉnh Điện Biên' });
    const settings = { name: 'Thông tin đơn vị', values: [['Thông tin', 'Giá trị'], ['Cơ quan ban hành', 'CÔNG AN TỈNH LAI CHÂU']] as CellValue[][] };
    expect(openSession(book([settings])).units.unit).toBe('Công an tỉnh Lai Châu');
    expect(openSession(book([settings]), { unit: 'Công an xã Nà Hỳ' }).units.unit).toBe('Công an xã Nà Hỳ');
    // Every view names it the same way.
    const s = openSession(book(), { today: '2026-01-20' });
    expect(s.summary().narrative.vi).toContain('Công an huyện Nậm Pồ');
    const [plan, summary, findings] = s.outputSheets({ plan: s.plan(), summary: s.summary(), findings: s.findings() });
    for (const m of [plan!, summary!, findings!]) expect(JSON.stringify(m.cells).toLocaleUpperCase('vi')).toContain('CÔNG AN HUYỆN NẬM PỒ');
  });
});

describe('views computed once', () => {
  it('gives the same object for the same request, a new one for another', () => {
    const s = openSession(book(), { today: '2026-01-20' });
    expect(s.findings()).toBe(s.findings());
    expect(s.plan()).toBe(s.plan({ from: '2026-01', months: 12 }));
    expect(s.plan({ months: 2 })).not.toBe(s.plan());
    // The default period is the last reporting month ended by the latest record (15/12/2025): 15/11–14/12.
    expect(s.summary()).toBe(s.summary({ period: 'month:2025-12' }));
    // The calendar events come from the same plan.
    expect(s.calendarEvents().events.map((e) => e.start)).toEqual(s.plan().plan.briefings.map((b) => b.date));
  });
});

describe('refusals, in both languages with stable codes', () => {
  it('a workbook with no tracking table', () => {
    const e = thrown(() => openSession({ sheets: [{ name: 'Lương', values: [['Họ tên', 'Lương'], ['A', 1]] }] }, { fileName: 'luong.xlsx' }));
    expect(e).toBeInstanceOf(SessionError);
    expect([e.code, e.file]).toEqual(['session.noTables', 'luong.xlsx']);
    expect(e.vi).toContain('không có bảng theo dõi nào');
    const here = thrown(() => openSession({ sheets: [] }));
    expect([here.code, here.en]).toEqual(['session.noTables', expect.stringContaining('the workbook holds no tracking table')]);
  });

  it('a plan, a summary or papers the workbook cannot give, and options out of range', () => {
    const noCommunes = openSession({ sheets: [{ name: 'Ý kiến', values: issues }] });
    expect(thrown(() => noCommunes.plan()).code).toBe('session.noCommunes');
    const s = openSession(book());
    expect(thrown(() => s.plan({ months: 121 })).en).toBe('"121" months is not valid: use 1 to 120 months.');
    expect(thrown(() => s.plan({ from: '2026-13' })).code).toBe('session.planMonth');
    expect(thrown(() => s.papers({ month: 'tháng 1' })).code).toBe('session.papersMonth');
    expect(thrown(() => openSession(book(), { overdueDays: -1 })).code).toBe('session.overdueDays');
    expect(thrown(() => openSession(book(), { day: 31 })).code).toBe('session.dayOfMonth');
    expect(thrown(() => openSession(book(), { asOf: '2026-02-30' })).code).toBe('session.date');
    const undated = openSession({ sheets: [{ name: 'Địa bàn', values: communes }] });
    expect(thrown(() => undated.summary()).code).toBe('session.noPeriod');
    expect(thrown(() => undated.plan()).code).toBe('session.noPlanStart');
  });
});
