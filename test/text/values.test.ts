import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  CATEGORY_LABELS,
  CASE_STATE_LABELS,
  RAISED_BY_LABELS,
  STATUS_LABELS,
  parseAttendance,
  parseCaseState,
  parseCategory,
  parseDateValue,
  parseRaisedBy,
  parseStatus,
  suggestCategory,
} from '@giaoban/core/internal';

const date = (v: Parameters<typeof parseDateValue>[0], o?: Parameters<typeof parseDateValue>[1]) => {
  const r = parseDateValue(v, o);
  return r.ok ? r.date : r.reason;
};

describe('parseDateValue', () => {
  it('reads day-first text in the common Vietnamese forms', () => {
    for (const s of [
      '15/01/2018',
      '15-1-2018',
      '15.01.2018',
      '15 / 01 / 2018',
      '15/01/18',
      'ngày 15 tháng 01 năm 2018',
      'Ngày 15 tháng 1 năm 2018',
      'ngay 15 thang 01 nam 2018',
      'Nà Khoa, ngày 15 tháng 01 năm 2018',
      'Thứ Hai, 15/01/2018',
      '15/01/2018 (thứ 2)',
      '15/01/2018 08:30',
      'ngày 15/01/2018',
      '2018-01-15',
      '15012018',
      '15/01/2018'.normalize('NFD'),
    ])
      expect(date(s), s).toBe('2018-01-15');
  });

  it('never reads month-first and rejects days that do not exist', () => {
    const r = parseDateValue('02/15/2018');
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.reason).toBe('invalid');
      expect(r.message).toContain('ngày/tháng/năm');
      // Month-first is a wrong form, not a missing day.
      expect(r.nonexistent).toBeUndefined();
    }
    const feb = parseDateValue('31/02/2018');
    expect(feb).toMatchObject({ ok: false, reason: 'invalid', nonexistent: true, messageEn: '31/02/2018 does not exist (2/2018 has 28 days).' });
    expect(date('31/02/2018')).toBe('invalid');
    expect(date('29/02/2018')).toBe('invalid');
    expect(date('29/02/2020')).toBe('2020-02-29');
    expect(date('31/04/2018')).toBe('invalid');
    expect(date('ngày 30 tháng 02 năm 2018')).toBe('invalid');
    // 02/03/2018 is 2 March, never 3 February.
    expect(date('02/03/2018')).toBe('2018-03-02');
  });

  it('reads Excel serials in both date systems', () => {
    expect(date(43146, { numberFormat: 'dd/mm/yyyy' })).toBe('2018-02-15');
    expect(date(43146)).toBe('2018-02-15');
    expect(date(43146.75, { numberFormat: 'dd/mm/yyyy hh:mm' })).toBe('2018-02-15');
    // The same day in the 1904 system is 1462 days smaller.
    expect(date(43146 - 1462, { date1904: true, numberFormat: 'd/m/yyyy' })).toBe('2018-02-15');
    expect(date(20180115)).toBe('2018-01-15');
  });

  it('does not take small plain numbers for dates', () => {
    expect(date(15)).toBe('invalid');
    expect(date(2018, { numberFormat: 'General' })).toBe('invalid');
    expect(date(15, { numberFormat: 'dd/mm/yyyy' })).toBe('1900-01-15');
    expect(date(60, { numberFormat: 'dd/mm/yyyy' })).toBe('invalid'); // Excel's fictitious 29/02/1900
  });

  it('says blank for empty cells and invalid for junk, with messages in both languages', () => {
    for (const v of [null, '', '   ', '-', '\u00A0']) expect(date(v)).toBe('blank');
    for (const v of ['#N/A', '#VALUE!', 'abc', 'tháng 1/2018', '15/01', true, Number.NaN, Infinity, -5, 1e308, '15/01/2018 - 20/01/2018']) {
      const r = parseDateValue(v as never);
      expect(r.ok, String(v)).toBe(false);
      if (!r.ok) {
        expect(r.reason).toBe('invalid');
        expect(r.message.length).toBeGreaterThan(5);
        expect(r.messageEn.length).toBeGreaterThan(5);
      }
    }
  });

  it('round-trips every real date written day-first, and never throws', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1990, max: 2099 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 31 }), fc.constantFrom('/', '-', '.'), (y, m, d, sep) => {
        const r = parseDateValue(`${d}${sep}${String(m).padStart(2, '0')}${sep}${y}`);
        const valid = d <= new Date(Date.UTC(y, m, 0)).getUTCDate();
        if (!valid) return !r.ok;
        return r.ok && r.date === `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
      }),
    );
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.double(), fc.boolean(), fc.constant(null), fc.string({ unit: 'grapheme' })), fc.option(fc.string()), (v, f) => {
        const r = parseDateValue(v, { numberFormat: f });
        return r.ok ? /^\d{4}-\d{2}-\d{2}$/.test(r.date) : r.message.length > 0;
      }),
      { numRuns: 2000 },
    );
  });
});

describe('parseCategory', () => {
  it('reads every label back, including the template drop-down values', () => {
    for (const [code, l] of Object.entries(CATEGORY_LABELS)) {
      expect(parseCategory(l.vi)?.category).toBe(code);
      expect(parseCategory(l.vi.toUpperCase())?.category).toBe(code);
    }
  });

  it('accepts the category synonyms clerks write, with or without accents', () => {
    const cases: [string, string, string | null][] = [
      ['ANTT', 'security-situation', null],
      ['tình hình ANTT', 'security-situation', null],
      ['an ninh trật tự', 'security-situation', null],
      ['Vụ việc tồn đọng', 'security-situation', 'pending'],
      ['vu viec moi phat sinh', 'security-situation', 'new'],
      ['ANTT - mới phát sinh', 'security-situation', 'new'],
      ['Củng cố lực lượng', 'commune-police', null],
      ['kiện toàn Công an xã', 'commune-police', null],
      ['lực lượng CAX', 'commune-police', null],
      ['Phát động phong trào', 'mass-organizations', null],
      ['phong trào toàn dân bảo vệ ANTQ', 'mass-organizations', null],
      ['TTHC', 'administrative-procedures', null],
      ['Cư trú', 'administrative-procedures', null],
      ['căn cước', 'administrative-procedures', null],
      ['khac', 'other', null],
    ];
    for (const [s, category, caseState] of cases) expect(parseCategory(s), s).toEqual({ category, caseState });
  });

  it('hands out fresh objects, so a caller cannot spoil the memo', () => {
    const a = parseCategory('Vụ việc tồn đọng')!;
    a.caseState = 'new';
    expect(parseCategory('Vụ việc tồn đọng')).toEqual({ category: 'security-situation', caseState: 'pending' });
  });

  it('returns null for blank, unknown or ambiguous text', () => {
    expect(parseCategory('')).toBeNull();
    expect(parseCategory('Thời tiết')).toBeNull();
    expect(parseCategory('ANTT và thủ tục hành chính')).toBeNull();
  });
});

describe('statuses, case states and raised-by', () => {
  it('reads statuses, never taking "chưa giải quyết" for resolved', () => {
    expect(parseStatus('Đã giải đáp tại chỗ')).toBe('answered');
    expect(parseStatus('đã trả lời')).toBe('answered');
    expect(parseStatus('Đang giải quyết')).toBe('in-progress');
    expect(parseStatus('Chưa giải quyết')).toBe('in-progress');
    expect(parseStatus('chua giai quyet xong')).toBe('in-progress');
    expect(parseStatus('Đã giải quyết')).toBe('resolved');
    expect(parseStatus('Đã giải quyết ngày 05/02/2018')).toBe('resolved');
    expect(parseStatus('Xong')).toBe('resolved');
    expect(parseStatus('Chuyển cơ quan chức năng')).toBe('referred');
    expect(parseStatus('chuyển CQCN')).toBe('referred');
    expect(parseStatus('')).toBeNull();
    expect(parseStatus('???')).toBeNull();
    for (const [code, l] of Object.entries(STATUS_LABELS)) expect(parseStatus(l.vi)).toBe(code);
  });

  it('reads case states', () => {
    expect(parseCaseState('Tồn đọng')).toBe('pending');
    expect(parseCaseState('vụ việc cũ')).toBe('pending');
    expect(parseCaseState('Mới phát sinh')).toBe('new');
    expect(parseCaseState('moi')).toBe('new');
    expect(parseCaseState('')).toBeNull();
    for (const [code, l] of Object.entries(CASE_STATE_LABELS)) expect(parseCaseState(l.vi)).toBe(code);
  });

  it('maps raised-by values to their groups', () => {
    const cases: [string, string][] = [
      ['Cấp ủy', 'party-committee'],
      ['Đảng ủy xã', 'party-committee'],
      ['TT ĐU', 'party-committee'],
      ['Chính quyền', 'government'],
      ['UBND', 'government'],
      ['HĐND xã', 'government'],
      ['Chủ tịch UBND xã', 'government'],
      ['Công an xã', 'commune-police'],
      ['CAX', 'commune-police'],
      ['Quần chúng', 'public'],
      ['nhân dân', 'public'],
      ['Người dân bản Nà Khoa', 'public'],
      ['MTTQ', 'mass-organization'],
      ['Mặt trận', 'mass-organization'],
      ['Hội Phụ nữ', 'mass-organization'],
      ['Hội PN', 'mass-organization'],
      ['Hội Nông dân', 'mass-organization'],
      ['Hội CCB', 'mass-organization'],
      ['Đoàn Thanh niên', 'mass-organization'],
      ['ĐTN', 'mass-organization'],
      ['Chủ tịch Hội Phụ nữ xã', 'mass-organization'],
      ['hoi nong dan', 'mass-organization'],
      ['Ông Sùng A Lềnh - Đại diện chính quyền xã Nà Khoa', 'government'],
    ];
    for (const [s, code] of cases) expect(parseRaisedBy(s), s).toBe(code);
    for (const [code, l] of Object.entries(RAISED_BY_LABELS)) expect(parseRaisedBy(l.vi)).toBe(code);
    expect(parseRaisedBy('Du lịch')).toBeNull();
    expect(parseRaisedBy('Nguyễn Văn A')).toBeNull();
  });
});

describe('parseAttendance', () => {
  it('reads a typical attendance list of a briefing', () => {
    expect(parseAttendance('Đ/c Chính - PTCAH; CA phụ trách xã; Trưởng CAX; TT Đảng ủy, HĐND, UBND xã; MTTQ, Hội PN; 15 quần chúng')).toEqual({
      areaOfficers: true,
      communePolice: true,
      partyStanding: true,
      peoplesCouncil: true,
      peoplesCommittee: true,
      public: 15,
      massOrganizations: ['MTTQ', 'Hội Phụ nữ'],
    });
  });

  it('reads the seed article wording', () => {
    const a = parseAttendance(
      'cán bộ, chiến sỹ Công an phụ trách địa bàn, Trưởng hoặc Phó trưởng Công an các xã, Thường trực Đảng ủy, HĐND và UBND xã, quần chúng nhân dân và đại diện ban, đoàn thể xã',
    );
    expect(a).toMatchObject({ areaOfficers: true, communePolice: true, partyStanding: true, peoplesCouncil: true, peoplesCommittee: true, public: true });
    expect(a.massOrganizations).toEqual(['Ban, đoàn thể']);
  });

  it('does not read HĐND or UBND as the public, and keeps absent fields absent', () => {
    const a = parseAttendance('Hội đồng nhân dân, Ủy ban nhân dân xã');
    expect(a).toEqual({ peoplesCouncil: true, peoplesCommittee: true });
  });

  it('records negations and head counts written after the word', () => {
    expect(parseAttendance('Trưởng CAX; vắng HĐND; không có quần chúng')).toEqual({ communePolice: true, peoplesCouncil: false, public: false });
    expect(parseAttendance('Quần chúng nhân dân (30 người)')).toEqual({ public: 30 });
    expect(parseAttendance('Hội ND, Hội CCB, ĐTN')).toEqual({ massOrganizations: ['Hội Nông dân', 'Hội Cựu chiến binh', 'Đoàn Thanh niên'] });
    expect(parseAttendance('')).toEqual({});
  });
});

describe('suggestCategory', () => {
  it('suggests from content keywords', () => {
    expect(suggestCategory('Tình trạng trộm cắp gia súc tại bản Nà Khoa')).toBe('security-situation');
    expect(suggestCategory('Hai nhóm thanh niên đánh nhau sau đám cưới')).toBe('security-situation');
    expect(suggestCategory('Người dân chưa được cấp căn cước')).toBe('administrative-procedures');
    expect(suggestCategory('Vướng mắc đăng ký cư trú cho hộ mới chuyển đến')).toBe('administrative-procedures');
    expect(suggestCategory('Đề nghị kiện toàn Công an xã')).toBe('commune-police');
    expect(suggestCategory('Xây dựng tổ tự quản ở các bản')).toBe('mass-organizations');
    expect(suggestCategory('Phát động phong trào toàn dân bảo vệ an ninh Tổ quốc')).toBe('mass-organizations');
    expect(suggestCategory('Chúc mừng năm mới')).toBeNull();
    expect(suggestCategory('')).toBeNull();
  });
});
