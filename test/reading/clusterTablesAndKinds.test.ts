/**
 * Validation and follow-up reading: a host outside the briefing's cluster, a phone list
 * beside the leaders, two tables of one kind, the "Thời hạn xử lý" table and the kind column.
 */
import { describe, expect, it } from 'vitest';
import { computeStatistics, createWorkCalendar, customPeriod, deadlineDate, FINDING_CODES, readWorkbook, statisticsInputOf, type CellValue, type WorkbookGrid } from '@giaoban/core';

const communes: CellValue[][] = [
  ['STT', 'Xã', 'Cụm'],
  [1, 'Mường Nhé', 'Cụm 1'],
  [2, 'Sín Thầu', 'Cụm 1'],
  [3, 'Chung Chải', 'Cụm 2'],
  [4, 'Leng Su Sìn', 'Cụm 2'],
];
const leaders: CellValue[][] = [
  ['STT', 'Họ và tên', 'Cấp bậc', 'Chức vụ'],
  [1, 'Trần Ích Chính', 'Thượng tá', 'Phó trưởng Công an huyện'],
  [2, 'Lò Văn Minh', 'Trung tá', 'Phó trưởng Công an huyện'],
];

function book(extra: { name: string; values: CellValue[][] }[]): WorkbookGrid {
  return { sheets: [{ name: 'Danh mục', values: communes }, { name: 'Lãnh đạo', values: leaders }, ...extra] };
}

describe('a host commune outside the briefing\'s cluster', () => {
  const grid = book([
    {
      name: 'Giao ban',
      values: [
        ['STT', 'Ngày giao ban', 'Cụm', 'Địa điểm', 'Chủ trì'],
        [1, '15/04/2019', 'Cụm 1', 'Sín Thầu', 'Trần Ích Chính'],
        [2, '15/04/2019', 'cụm 2', 'Mường Nhé', 'Lò Văn Minh'],
      ],
    },
  ]);
  const read = readWorkbook(grid);

  it('is a warning at the host cell, saying how it is counted', () => {
    const f = read.findings.filter((x) => x.code === 'host.outside-cluster');
    expect(f.map((x) => `${x.severity} ${x.sheet}!${x.cell}`)).toEqual(['warning Giao ban!D3']);
    expect(f[0]!.message).toBe(
      'Ô D3: xã đăng cai Mường Nhé thuộc Cụm 1, không thuộc Cụm 2 của buổi giao ban; buổi giao ban được tính cho Cụm 2, xã Mường Nhé vẫn được tính là đã đăng cai.',
    );
    expect(f[0]!.messageEn).toContain('counts for Cụm 2');
    expect(FINDING_CODES['host.outside-cluster'].severity).toBe('warning');
  });

  it('counts the briefing for its own cluster (written "cụm 2", matched to "Cụm 2") and the host as having hosted', () => {
    expect(read.briefings[1]!.cluster).toBe('Cụm 2');
    const s = computeStatistics({ ...statisticsInputOf(read), period: customPeriod('2019-04-01', '2019-04-30') });
    expect(s.briefings.byCluster).toEqual({ 'Cụm 1': 1, 'Cụm 2': 1 });
    expect(s.briefings.hostedCommunes).toBe(2);
  });

  it('a host of its own cluster gives no such warning', () => {
    expect(read.findings.filter((x) => x.code === 'host.outside-cluster' && x.cell === 'D2')).toEqual([]);
  });
});

describe('a phone list and two tables of one kind', () => {
  it('a "Họ tên, Chức vụ, Số điện thoại" list is not a second leaders list', () => {
    const read = readWorkbook(
      book([
        {
          name: 'Danh bạ',
          values: [
            ['DANH BẠ ĐIỆN THOẠI'],
            ['STT', 'Họ tên', 'Chức vụ', 'Số điện thoại'],
            [1, 'Giàng A Páo', 'Trưởng Công an xã Sín Thầu', '0912345678'],
            [2, 'Lý Thị Mai', 'Chủ tịch UBND xã Chung Chải', '0987654321'],
          ],
        },
      ]),
    );
    expect(read.tables.map((t) => `${t.sheet}:${t.kind}`)).toEqual(['Danh mục:communes', 'Lãnh đạo:leaders']);
    expect(read.catalogue.leaders.map((l) => l.name)).toEqual(['Trần Ích Chính', 'Lò Văn Minh']);
    expect(read.findings).toEqual([]);
  });

  it('of two leaders lists the fuller is read, and a finding at the other says which and why', () => {
    const read = readWorkbook(
      book([
        {
          name: 'Sheet5',
          values: [
            ['Họ tên', 'Chức vụ'],
            ['Giàng A Páo', 'Trưởng Công an xã'],
          ],
        },
      ]),
    );
    expect(read.catalogue.leaders.map((l) => l.name)).toEqual(['Trần Ích Chính', 'Lò Văn Minh']);
    const f = read.findings.filter((x) => x.code === 'table.duplicate-kind');
    expect(f.map((x) => `${x.severity} ${x.sheet}!${x.cell}`)).toEqual(['warning Sheet5!A1']);
    expect(f[0]!.message).toBe('Có hai bảng danh sách lãnh đạo: bỏ qua bảng này, dùng bảng ở trang Lãnh đạo, ô A1 vì bảng đó có thêm cột "Cấp bậc".');
  });

  it('of two equal communes lists the longer is read', () => {
    const read = readWorkbook({
      sheets: [
        { name: 'Cũ', values: [['Xã', 'Cụm'], ['Mường Nhé', 'Cụm 1']] },
        { name: 'Danh mục', values: communes },
      ],
    });
    expect(read.catalogue.communes).toHaveLength(4);
    const f = read.findings.find((x) => x.code === 'table.duplicate-kind')!;
    expect(f.sheet).toBe('Cũ');
    expect(f.message).toContain('có nhiều dòng hơn (4 so với 1)');
  });
});

describe('the "Thời hạn xử lý" table and the kind of each item', () => {
  const settings = {
    name: 'Cài đặt',
    values: [
      ['THỜI HẠN XỬ LÝ'],
      ['Loại vụ việc', 'Số ngày', 'Cách tính', 'Căn cứ'],
      ['Khiếu nại', 20, 'ngày làm việc', 'Quy chế của đơn vị (kiểm thử)'],
      ['Tin báo', '20 ngày', 'ngày lịch', null],
      ['Phản ánh về đất đai', 15, 'ngày lịch', null],
    ] as CellValue[][],
  };
  const issues = {
    name: 'Phản ánh',
    values: [
      ['STT', 'Ngày', 'Xã', 'Nội dung', 'Loại đơn', 'Tình trạng', 'Cán bộ xử lý'],
      [1, '02/04/2019', 'Sín Thầu', 'Khiếu nại việc cấp giấy chứng nhận', 'Khiếu nại', 'Đang giải quyết', 'Đ/c Vàng A Dế'],
      [2, '02/04/2019', 'Sín Thầu', 'Tin báo trộm cắp trâu', 'tin bao', 'Đang giải quyết', 'Đ/c Vàng A Dế'],
      [3, '02/04/2019', 'Chung Chải', 'Tranh chấp ranh giới nương', 'Phản ánh về đất đai', 'Đang giải quyết', null],
      [4, '02/04/2019', 'Chung Chải', 'Hỏi thủ tục', 'Thư tay', 'Đang giải quyết', null],
    ] as CellValue[][],
  };

  it('reads the table over the shipped deadlines and adds the unit\'s own kinds', () => {
    const read = readWorkbook(book([settings, issues]), { asOf: '2019-04-25' });
    expect(read.tables.find((t) => t.sheet === 'Cài đặt')?.kind).toBe('deadlines');
    const by = Object.fromEntries(read.deadlines.map((r) => [r.kind, r]));
    expect(by['complaint']).toMatchObject({ days: 20, count: 'working', source: 'Quy chế của đơn vị (kiểm thử)' });
    // English keeps the clerk's words as typed and says where they were written, and what they replace.
    expect(by['complaint']!.sourceEn).toMatch(/^"Quy chế của đơn vị \(kiểm thử\)" \(as written in the "Thời hạn xử lý" table, sheet Cài đặt, row 3\) \(instead of: Law on Complaints/);
    expect(by['phan anh ve dat dai']!.sourceEn).toBe('the "Thời hạn xử lý" table, sheet Cài đặt, row 5');
    // A row with the law's own figures (as the template writes them) keeps the law and its versions.
    expect(by['crime-report']).toMatchObject({ days: 20, count: 'calendar', convention: false });
    expect(by['crime-report']!.source).toBe('Bộ luật Tố tụng hình sự 2015 (101/2015/QH13), Điều 147, khoản 1');
    expect(by['crime-report']!.versions).toHaveLength(2);
    // A row with other figures makes the kind the unit's own.
    expect(by['complaint']).toMatchObject({ convention: true });
    expect(by['complaint']!.versions).toBeUndefined();
    expect(by['phan anh ve dat dai']).toMatchObject({ days: 15, label: { vi: 'Phản ánh về đất đai' } });
    expect(read.issues.map((i) => i.kind)).toEqual(['complaint', 'crime-report', 'phan anh ve dat dai', null]);
    expect(read.issues[0]!.officer).toBe('Đ/c Vàng A Dế');
  });

  it('warns about an overdue item against its own deadline, naming the as-of date', () => {
    // As of 25/04/2019: 20 working days from 02/04 end on Saturday 04/05, the make-up day (15/04 compensates
    // Hùng Kings on Sunday 14/04; 29/04–01/05 off) — not overdue;
    // 20 calendar days from 02/04 end on 22/04 — overdue; 15 days → 17/04 — overdue; the unknown kind has 30 days.
    const read = readWorkbook(book([settings, issues]), { asOf: '2019-04-25' });
    const overdue = read.findings.filter((f) => f.code === 'issue.overdue');
    expect(overdue.map((f) => f.cell)).toEqual(['F3', 'F4']);
    expect(overdue[0]!.message).toBe(
      'Ô F3: ý kiến phản ánh ngày 02/04/2019 chưa giải quyết xong sau 23 ngày tính đến ngày 25/04/2019, quá hạn: Tố giác, tin báo về tội phạm, 20 ngày kể từ ngày nhận 02/04/2019; hạn 22/04/2019 — Bộ luật Tố tụng hình sự 2015 (101/2015/QH13), Điều 147, khoản 1.',
    );
    expect(overdue[1]!.message).toContain('Phản ánh về đất đai, 15 ngày kể từ ngày nêu ý kiến 02/04/2019; hạn 17/04/2019 — bảng "Thời hạn xử lý", trang Cài đặt, dòng 5');
    const unknown = read.findings.find((f) => f.code === 'issue-kind.unknown')!;
    expect(unknown.cell).toBe('E5');
    expect(unknown.suggestion).toContain('Khiếu nại');
    expect(deadlineDate('2019-04-02', 20, 'working', createWorkCalendar())).toBe('2019-05-04');
    // On Saturday 04/05/2019 the complaint is due, not overdue; on Monday 06/05 it is.
    const due = readWorkbook(book([settings, issues]), { asOf: '2019-05-04' });
    expect(due.findings.filter((f) => f.code === 'issue.overdue').map((f) => f.cell)).toEqual(['F3', 'F4', 'F5']);
    const later = readWorkbook(book([settings, issues]), { asOf: '2019-05-06' });
    const late = later.findings.filter((f) => f.code === 'issue.overdue');
    expect(late.map((f) => f.cell)).toEqual(['F2', 'F3', 'F4', 'F5']);
    // The unit counts complaints from acceptance; this book has no acceptance column, and the finding says so.
    expect(late[0]!.message).toContain('20 ngày làm việc kể từ ngày nêu ý kiến 02/04/2019 (sổ không có cột Ngày thụ lý); hạn 04/05/2019');
  });
});

describe('the kind and officer columns of an issue table', () => {
  it('reads "Loại vụ việc/đơn" as the kind and "Người xử lý" as the officer, beside "Phân loại"', () => {
    const read = readWorkbook(
      book([
        {
          name: 'Đơn thư',
          values: [
            ['STT', 'Ngày', 'Xã', 'Nội dung', 'Phân loại', 'Loại vụ việc/đơn', 'Tình trạng', 'Người xử lý'],
            [1, '29/04/2019', 'Sín Thầu', 'Tố cáo cán bộ thôn thu tiền trái quy định', 'Khác', 'Đơn tố cáo', 'Đang giải quyết', 'Lò Văn Sáng'],
          ],
        },
      ]),
    );
    const t = read.tables.find((x) => x.kind === 'issues')!;
    expect(t.columns).toMatchObject({ category: 5, issueKind: 6, status: 7, officer: 8 });
    expect(read.issues[0]).toMatchObject({ category: 'other', kind: 'denunciation', officer: 'Lò Văn Sáng' });
  });
});
