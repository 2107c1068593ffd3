import { describe, expect, it } from 'vitest';
import {
  computeStatistics,
  formatReportCount,
  formatReportDate,
  formatReportShare,
  statisticsNarrative,
  communeKindWords,
  type IssueRecord,
} from '@giaoban/core/internal';
import { briefing, catalogue, issue } from './fixtures.js';

describe('report number and date wording', () => {
  it('writes counts under ten with a leading zero and thousands with a dot', () => {
    expect([0, 5, 9, 10, 48, 1234, 100000].map(formatReportCount)).toEqual(['00', '05', '09', '10', '48', '1.234', '100.000']);
  });
  it('writes dates dd/mm/yyyy and shares with a decimal comma', () => {
    expect(formatReportDate('2025-01-14')).toBe('14/01/2025');
    expect(formatReportShare(5 / 11)).toBe('45,5%');
    expect(formatReportShare(5 / 11, 'en')).toBe('45.5%');
    expect(formatReportShare(null)).toBe('—');
  });
  it('names mixed commune kinds', () => {
    expect(communeKindWords(['xa']).vi).toBe('xã');
    expect(communeKindWords(['phuong', 'xa']).vi).toBe('xã, phường');
  });
});

// The article's cumulative figures from the start of 2017: 48 security items, 19 opinions on the
// commune police force, 09 on mass organisations (dates spread over 2017, all answered).
function articleYear(): IssueRecord[] {
  const rows: IssueRecord[] = [];
  const communes = ['Nà Khoa', 'Nậm Nhừ', 'Nậm Chua', 'Na Cô Sa', 'Chà Nưa', 'Si Pa Phìn'];
  const add = (count: number, category: IssueRecord['category']) => {
    for (let k = 0; k < count; k++) {
      const month = 1 + (k % 12);
      rows.push(issue(`2017-${String(month).padStart(2, '0')}-15`, communes[k % communes.length]!, { category, caseState: null }));
    }
  };
  add(48, 'security-situation');
  add(19, 'commune-police');
  add(9, 'mass-organizations');
  return rows;
}

describe('statisticsNarrative', () => {
  it('reproduces the article figures in its own wording ("48 thông tin", "19 ý kiến", "09 nội dung")', () => {
    const issues = articleYear();
    const briefings = issues.filter((_, i) => i % 6 === 0).map((r) => briefing(r.date, r.commune, 'Trần Ích Chính'));
    const s = computeStatistics({
      briefings,
      issues,
      catalogue,
      period: { from: '2017-01-01', to: '2017-12-31', convention: 'calendar' },
    });
    const { vi, en } = statisticsNarrative(s, { unit: 'Công an huyện Mường Chà' });
    expect(vi.startsWith('Từ ngày 01/01/2017 đến ngày 31/12/2017, Công an huyện Mường Chà đã tổ chức ')).toBe(true);
    expect(vi).toContain('đã phản ánh trực tiếp 48 thông tin liên quan đến tình hình ANTT và các vụ, việc còn tồn đọng hoặc mới phát sinh');
    expect(vi).toContain('tham gia đóng góp 19 ý kiến trong công tác củng cố, kiện toàn lực lượng Công an xã và 09 nội dung xây dựng các tổ chức quần chúng');
    expect(vi).toContain('đã giải đáp trực tiếp tại chỗ 76/76 nội dung (100%)');
    expect(vi).not.toContain('Lũy kế'); // the period is the whole year already
    expect(en).toContain('48 items on the security and order situation');
    expect(en).toContain('19 opinions on consolidating the commune police force and 9 items on building mass organisations');
  });

  it('writes the monthly decree report with the hosted/active commune count, plan, attendance, backlog and cumulative sentence', () => {
    const briefings = [
      briefing('2024-11-15', 'Si Pa Phìn', 'Lò Văn Minh'),
      briefing('2024-12-16', 'Nà Khoa', 'Trần Ích Chính', {
        attendance: { areaOfficers: true, communePolice: true, partyStanding: true, peoplesCouncil: true, peoplesCommittee: true, public: 20, massOrganizations: ['MTTQ'] },
      }),
      briefing('2024-12-16', 'Chà Nưa', 'Lò Văn Minh'),
    ];
    const issues = [
      issue('2024-10-20', 'Nà Khoa', { status: 'in-progress' }),
      issue('2024-12-16', 'Nà Khoa', { caseState: 'pending', status: 'in-progress' }),
      issue('2024-12-16', 'Nà Khoa', { category: 'administrative-procedures', caseState: null }),
      issue('2024-12-16', 'Chà Nưa', { category: 'commune-police', caseState: null, status: 'resolved', resolvedDate: '2024-12-30' }),
    ];
    const planned = [
      { cluster: 'Cụm 1', date: '2024-12-16', host: 'Nà Khoa' },
      { cluster: 'Cụm 2', date: '2024-12-17', host: 'Chà Nưa' },
    ];
    const s = computeStatistics({
      briefings,
      issues,
      planned,
      catalogue,
      period: { from: '2024-12-15', to: '2025-01-14', convention: 'decree' },
      since: '2024-01-01',
      excludedRows: 2,
    });
    const { vi, en } = statisticsNarrative(s, { unit: 'Công an huyện Mường Chà' });
    expect(vi).toContain(
      'Từ ngày 15/12/2024 đến ngày 14/01/2025, Công an huyện Mường Chà đã tổ chức 02 buổi giao ban tại 02/06 xã (kế hoạch 02 buổi, 01 buổi đúng ngày theo kế hoạch); 01 buổi có quần chúng nhân dân tham dự và 01 buổi có đại diện ban, đoàn thể xã tham dự.',
    );
    expect(vi).toContain('(trong đó 01 vụ, việc tồn đọng)');
    expect(vi).toContain('01 khó khăn, vướng mắc về thủ tục hành chính');
    expect(vi).toContain('Tổng số đã giải quyết xong 02/03 nội dung (66,7%), thời gian giải quyết trung vị 14 ngày; còn 01 nội dung đang giải quyết.');
    expect(vi).toContain('Lũy kế từ ngày 01/01/2024 đến ngày 14/01/2025, Công an huyện Mường Chà đã tổ chức 03 buổi giao ban tại 03/07 xã; tiếp nhận 04 nội dung');
    expect(vi).toContain('(02 dòng có lỗi chưa được tính.)');
    expect(en).toContain('From 15 December 2024 to 14 January 2025, Mường Chà district police held 2 briefings in 2 of 6 communes (2 planned, 1 on the planned date)');

    // The 20/10 item is 86 days old at 14/01/2025: it shows up as overdue in the cumulative window only.
    expect(s.cumulative.issues.overdueOpen).toBe(1);
    expect(s.issues.overdueOpen).toBe(0);
  });

  it('says plainly when nothing happened, scoped to a cluster', () => {
    const s = computeStatistics({
      briefings: [],
      issues: [],
      planned: [{ cluster: 'Cụm 2', date: '2025-03-10', host: 'Chà Nưa' }],
      catalogue,
      period: { from: '2025-03-01', to: '2025-03-31', convention: 'calendar' },
      filters: { cluster: 'Cụm 2' },
    });
    const { vi, en } = statisticsNarrative(s);
    expect(vi).toContain('Từ ngày 01/03/2025 đến ngày 31/03/2025, tại Cụm 2, đơn vị chưa tổ chức buổi giao ban nào tại cơ sở (kế hoạch 01 buổi).');
    expect(vi).toContain('chưa phản ánh nội dung nào');
    expect(en).toContain('in Cụm 2, the unit held no grassroots briefing (1 planned).');
  });
});

describe('statisticsNarrative without a commune list', () => {
  it('counts the host communes alone instead of "03/00 xã"', () => {
    const empty = { communes: [], leaders: [], absences: [], holidays: [] };
    const s = computeStatistics({
      briefings: [briefing('2025-03-10', 'Nà Khoa', null), briefing('2025-03-11', 'Chà Nưa', null)],
      issues: [],
      catalogue: empty,
      period: { from: '2025-03-01', to: '2025-03-31', convention: 'calendar' },
    });
    const { vi, en } = statisticsNarrative(s);
    expect(vi).toContain('đơn vị đã tổ chức 02 buổi giao ban tại 02 xã');
    expect(en).toContain('the unit held 2 briefings in 2 communes');
  });
});
