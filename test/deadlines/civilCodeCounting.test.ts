/**
 * Every deadline, legal or the unit's own, is counted by the Civil Code 2015, Art. 147–148: the day the
 * clock starts is not counted; a period ending on a weekly day off or a holiday ends at the end of the next
 * working day. Boundary dates are worked out by hand from the 2026 notices (Tết 14–22/02 by Thông báo
 * 9441/TB-BNV; Monday 31/08 swapped for Saturday 22/08; National Day 01–02/09).
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  addDays,
  countDeadline,
  createWorkCalendar,
  deadlineVersionOn,
  epochDay,
  explainDeadline,
  fromEpochDay,
  issueDeadline,
  weekdayOf,
} from '@giaoban/core/calendar';
import { DEADLINE_RULES, readWorkbook, type CellValue, type DeadlineRule } from '@giaoban/core';

const cal = createWorkCalendar();
const rule = (kind: string): DeadlineRule => DEADLINE_RULES.find((r) => r.kind === kind)!;

describe('Civil Code 2015, Art. 147–148 at the boundaries', () => {
  it('a period ending on a Saturday ends on the Monday', () => {
    // 30 days from Thursday 08/10/2026: 09/10 … 07/11, a Saturday → Monday 09/11.
    expect(weekdayOf('2026-11-07')).toBe(6);
    expect(countDeadline('2026-10-08', 30, 'calendar', cal)).toMatchObject({ end: '2026-11-07', due: '2026-11-09', moved: true });
  });

  it('a period ending on a Sunday ends on the Monday: an item due Sunday 01/11/2026 is not overdue on 02/11', () => {
    expect(countDeadline('2026-10-02', 30, 'calendar', cal)).toMatchObject({ end: '2026-11-01', due: '2026-11-02', moved: true });
    const book = (asOf: string) =>
      readWorkbook(
        {
          sheets: [
            {
              name: 'Phản ánh',
              values: [
                ['STT', 'Ngày', 'Xã', 'Nội dung', 'Loại đơn', 'Ngày thụ lý', 'Tình trạng'],
                [1, '28/09/2026', 'Nà Hỳ', 'Khiếu nại quyết định thu hồi đất', 'Khiếu nại', '02/10/2026', 'Đang giải quyết'],
              ] as CellValue[][],
            },
          ],
        },
        { asOf },
      ).findings.filter((f) => f.code === 'issue.overdue');
    expect(book('2026-11-02')).toEqual([]);
    const late = book('2026-11-03');
    expect(late).toHaveLength(1);
    expect(late[0]!.message).toBe(
      'Ô G2: ý kiến phản ánh ngày 28/09/2026 chưa giải quyết xong sau 36 ngày tính đến ngày 03/11/2026, quá hạn: Khiếu nại (lần đầu), ' +
        '30 ngày kể từ ngày thụ lý 02/10/2026; ngày cuối Chủ nhật 01/11/2026 là ngày nghỉ nên hạn là Thứ Hai 02/11/2026 ' +
        '(Bộ luật Dân sự 2015 (91/2015/QH13), Điều 148, khoản 5) — Luật Khiếu nại 2011 (02/2011/QH13), Điều 28 (sửa đổi, bổ sung bởi Luật 136/2025/QH15).',
    );
  });

  it('a period ending inside the Tết break ends on the first working day after it', () => {
    // 30 days from 17/01/2026 end on Monday 16/02, inside 14–22/02 → Monday 23/02.
    expect(countDeadline('2026-01-17', 30, 'calendar', cal)).toMatchObject({ end: '2026-02-16', due: '2026-02-23', moved: true });
  });

  it('a period ending on a make-up Saturday ends that day; on a swapped Monday it moves past the break', () => {
    expect(countDeadline('2026-07-23', 30, 'calendar', cal)).toMatchObject({ end: '2026-08-22', due: '2026-08-22', moved: false });
    // 31/08 (swapped), 01/09 and 02/09 (National Day) are off → Thursday 03/09.
    expect(countDeadline('2026-08-01', 30, 'calendar', cal)).toMatchObject({ end: '2026-08-31', due: '2026-09-03', moved: true });
  });

  it('working days count the make-up Saturday and skip days off', () => {
    // A denunciation outside the unit's competence received Friday 21/08/2026 is transferred within 5 working
    // days: Sat 22 (make-up), Mon 24, Tue 25, Wed 26, Thu 27/08.
    expect(countDeadline('2026-08-21', 5, 'working', cal)).toMatchObject({ end: '2026-08-27', due: '2026-08-27', moved: false });
    // From Friday 28/08: 31/08–02/09 off → Thu 03, Fri 04, Mon 07, Tue 08, Wed 09/09.
    expect(countDeadline('2026-08-28', 5, 'working', cal).due).toBe('2026-09-09');
  });

  it('refuses a negative or fractional period and a bad date, in both languages', () => {
    expect(() => countDeadline('2026-01-01', -1, 'calendar', cal)).toThrow(/không âm/);
    expect(() => countDeadline('2026-01-01', 1.5, 'calendar', cal)).toThrow(RangeError);
    expect(() => countDeadline('2026-02-30', 1, 'calendar', cal)).toThrow(/Invalid date|không hợp lệ/);
  });
});

describe('Art. 147–148 against a simple oracle (property)', () => {
  // The oracle walks the calendar one day at a time, as a clerk counting on a wall calendar would.
  function oracle(start: string, n: number, count: 'calendar' | 'working'): string {
    let d = start;
    let left = n;
    while (left > 0) {
      d = addDays(d, 1);
      if (count === 'calendar' || cal.isWorkingDay(d)) left--;
    }
    while (!cal.isWorkingDay(d)) d = addDays(d, 1);
    return d;
  }
  const start = fc.integer({ min: epochDay('2012-06-01'), max: epochDay('2028-12-31') }).map(fromEpochDay);
  it('agrees with the oracle on calendar and working days', () => {
    fc.assert(
      fc.property(start, fc.integer({ min: 0, max: 120 }), fc.constantFrom<'calendar' | 'working'>('calendar', 'working'), (s, n, count) => {
        const c = countDeadline(s, n, count, cal);
        expect(c.due).toBe(oracle(s, n, count));
        expect(c.moved).toBe(c.due !== c.end);
        expect(cal.isWorkingDay(c.due)).toBe(true);
      }),
      { numRuns: 400 },
    );
  });
  it('the deadline never comes before the plain count, and every day between them is a day off', () => {
    fc.assert(
      fc.property(start, fc.integer({ min: 1, max: 90 }), (s, n) => {
        const c = countDeadline(s, n, 'calendar', cal);
        expect(c.end).toBe(addDays(s, n));
        for (let d = c.end; d < c.due; d = addDays(d, 1)) expect(cal.isWorkingDay(d)).toBe(false);
      }),
      { numRuns: 300 },
    );
  });
});

describe('the Ngày thụ lý column', () => {
  const grid = (accepted: CellValue) => ({
    sheets: [
      {
        name: 'Đơn thư',
        values: [
          ['STT', 'Ngày phản ánh', 'Xã', 'Nội dung', 'Loại đơn', 'Ngày thụ lý', 'Tình trạng'],
          [1, '15/09/2026', 'Nà Hỳ', 'Tố cáo cán bộ thôn thu tiền trái quy định', 'Tố cáo', accepted, 'Đang giải quyết'],
        ] as CellValue[][],
      },
    ],
  });

  it('is read into the record under any of its usual headers, and starts a denunciation’s clock', () => {
    const read = readWorkbook(grid('21/09/2026'), { asOf: '2026-10-22' });
    expect(read.tables[0]!.columns).toMatchObject({ acceptedDate: 6 });
    expect(read.issues[0]).toMatchObject({ kind: 'denunciation', acceptedDate: '2026-09-21' });
    // 30 days from 21/09/2026 end on Wednesday 21/10: overdue on 22/10, counted from acceptance.
    const f = read.findings.filter((x) => x.code === 'issue.overdue');
    expect(f).toHaveLength(1);
    expect(f[0]!.message).toContain('30 ngày kể từ ngày thụ lý 21/09/2026; hạn 21/10/2026');
    for (const header of ['Thụ lý ngày', 'Ngày QĐ thụ lý', 'ngay thu ly']) {
      const g = grid('21/09/2026');
      g.sheets[0]!.values[0]![5] = header;
      expect(readWorkbook(g).issues[0]!.acceptedDate, header).toBe('2026-09-21');
    }
  });

  it('a blank acceptance cell counts from the day raised and says so; a bad one is an error naming the cell', () => {
    const blank = readWorkbook(grid(null), { asOf: '2026-10-22' });
    expect(blank.issues[0]!.acceptedDate).toBeNull();
    expect(blank.findings.find((x) => x.code === 'issue.overdue')!.message).toContain('kể từ ngày nêu ý kiến 15/09/2026 (chưa ghi ngày thụ lý)');
    const bad = readWorkbook(grid('31/09/2026'));
    expect(bad.findings.find((x) => x.severity === 'error')).toMatchObject({ sheet: 'Đơn thư', cell: 'F2' });
    expect(bad.issues).toHaveLength(0);
  });
});

describe('deadlines as dated law', () => {
  it('denunciations: Luật Tố cáo 2011 (60 days) for a clock started on 31/12/2018, Luật Tố cáo 2018 (30 days) from 01/01/2019', () => {
    const den = rule('denunciation');
    const before = issueDeadline({ date: '2018-12-20', acceptedDate: '2018-12-31' }, den, cal, { acceptanceColumn: true });
    expect(before.version!.source).toBe('Luật Tố cáo 2011 (03/2011/QH13), Điều 21');
    expect(before.version!.verified).toBe(false);
    // 60 days from 31/12/2018 end on Friday 01/03/2019.
    expect(before.due).toMatchObject({ end: '2019-03-01', due: '2019-03-01' });
    const after = issueDeadline({ date: '2018-12-20', acceptedDate: '2019-01-01' }, den, cal, { acceptanceColumn: true });
    expect(after.version!.source).toBe('Luật Tố cáo 2018 (25/2018/QH14), Điều 30, khoản 1');
    expect(after.version!.verified).toBe(true);
    // 30 days from 01/01/2019 end on Thursday 31/01/2019.
    expect(after.due.due).toBe('2019-01-31');
  });

  it('from 01/07/2026 the three laws cite Law 136/2025/QH15 and say their days are not checked against it', () => {
    for (const kind of ['complaint', 'denunciation', 'citizen-reception', 'transfer']) {
      const v = deadlineVersionOn(rule(kind), '2026-07-01')!;
      expect(v.source, kind).toContain('sửa đổi, bổ sung bởi Luật 136/2025/QH15');
      expect(v.verified, kind).toBe(false);
      expect(v.basis, kind).toContain('chưa đối chiếu');
      const b = deadlineVersionOn(rule(kind), '2026-06-30')!;
      expect(b.source, kind).not.toContain('136/2025');
    }
  });

  it('crime reports count from receipt, complaints from acceptance — or from the day raised, saying why', () => {
    const crime = issueDeadline({ date: '2026-03-02', acceptedDate: '2026-03-09' }, rule('crime-report'), cal, { acceptanceColumn: true });
    expect(crime.clock).toEqual({ event: 'receipt', date: '2026-03-02', fallback: null });
    const blank = issueDeadline({ date: '2026-03-02', acceptedDate: null }, rule('complaint'), cal, { acceptanceColumn: true });
    expect(blank.clock).toEqual({ event: 'raised', date: '2026-03-02', fallback: 'blank' });
    expect(explainDeadline(blank).vi).toContain('kể từ ngày nêu ý kiến 02/03/2026 (chưa ghi ngày thụ lý)');
    const none = issueDeadline({ date: '2026-03-02' }, rule('complaint'), cal);
    expect(explainDeadline(none).vi).toContain('(sổ không có cột Ngày thụ lý)');
    expect(explainDeadline(none).en).toContain('(the workbook has no "Ngày thụ lý" column)');
  });

  it('the second round of a complaint has its own deadline (Art. 37: 45 days, complex 60)', () => {
    const second = issueDeadline({ date: '2026-03-02', acceptedDate: '2026-03-04' }, rule('complaint-second'), cal, { acceptanceColumn: true });
    expect(second.days).toBe(45);
    expect(second.source.vi).toBe('Luật Khiếu nại 2011 (02/2011/QH13), Điều 37');
    expect(rule('complaint-second').extension!.vi).toContain('vùng sâu, vùng xa');
  });

  it('before any version is in force, the unit’s convention applies and says so', () => {
    const d = issueDeadline({ date: '2011-05-10' }, rule('complaint'), cal, { fallback: rule('general') });
    expect(d.version).toBeNull();
    expect(d.days).toBe(30);
    expect(d.source.vi).toContain('Quy ước theo dõi của đơn vị');
    expect(d.source.vi).toContain('chưa có thời hạn pháp định cho khiếu nại (lần đầu) vào ngày 10/05/2011');
    // The unit's own days (--overdue-days) apply to the fallback too.
    expect(issueDeadline({ date: '2011-05-10' }, rule('complaint'), cal, { fallback: rule('general'), fallbackDays: 45 }).days).toBe(45);
  });

  it('the unit’s 30-day follow-up is named as the unit’s convention, not as law', () => {
    const g = rule('general');
    expect(g.convention).toBe(true);
    expect(g.source).toMatch(/^Quy ước theo dõi của đơn vị, không phải thời hạn pháp định/);
    for (const r of DEADLINE_RULES.filter((x) => x.kind !== 'general')) {
      expect(r.convention, r.kind).toBe(false);
      for (const v of r.versions!) expect(v.law, r.kind).not.toBeNull();
    }
  });

  it('every shipped version cites a law by number and article, or says why its days are unchecked', () => {
    for (const r of DEADLINE_RULES) {
      expect(r.source).not.toMatch(/SPEC|§|issue/i);
      for (const v of r.versions!) {
        if (v.law) expect(v.source, r.kind).toMatch(/\(\d+\/\d{4}\/QH\d+\), Điều \d+/);
        if (!v.verified) expect(v.basis, r.kind).toMatch(/chưa/);
        expect(v.validTo === null || v.validFrom <= v.validTo).toBe(true);
      }
      // Versions follow each other without a gap or an overlap.
      const vs = r.versions!;
      for (let i = 1; i < vs.length; i++) expect(addDays(vs[i - 1]!.validTo!, 1), r.kind).toBe(vs[i]!.validFrom);
    }
  });
});
