import { describe, expect, it } from 'vitest';
import { buildPlanSheet, readWorkbook, type CellValue, type PlannedBriefing, type Finding, type WorkbookGrid } from '@giaoban/core';
import { districtWorkbook, SERIAL_2018_02_21 } from './fixtures.js';

const where = (f: Finding) => `${f.severity} ${f.code} ${f.sheet}!${f.cell}`;

describe('readWorkbook on a district workbook with planted mistakes', () => {
  const result = readWorkbook(districtWorkbook());

  it('finds every table with its kind and size', () => {
    expect(result.tables.map((t) => [t.sheet, t.kind, t.headerRow, t.rows])).toEqual([
      ['Danh mục', 'communes', 4, 15],
      ['Sheet2', 'leaders', 2, 3],
      ['Vắng', 'absences', 1, 3],
      ['Ngày nghỉ', 'holidays', 2, 2],
      ['Sheet3', 'briefings', 5, 9],
      ['Phản ánh', 'issues', 4, 8],
    ]);
  });

  it('reports exactly the planted mistakes, in sheet order', () => {
    expect(result.findings.map(where)).toEqual([
      'error leader.unknown Vắng!A4',
      'error date.invalid Sheet3!B8',
      'error commune.unknown Sheet3!C9',
      'error chair.not-leader Sheet3!D10',
      'warning briefing.non-working-day Sheet3!B11',
      'warning briefing.off-plan-date Sheet3!B11',
      'warning attendance.missing-police Sheet3!F11',
      'warning host.twice-in-month Sheet3!C12',
      'error row.duplicate Sheet3!A13',
      'warning attendance.missing-local-leaders Sheet3!H14',
      'warning text.legacy-converted Phản ánh!J6',
      'warning issue.overdue Phản ánh!G7',
      'warning category.suggested Phản ánh!E8',
      'error category.unknown Phản ánh!E9',
      'warning raised-by.unknown Phản ánh!F10',
      'error resolved.before-raised Phản ánh!H11',
      'warning issue.no-briefing Phản ánh!B12',
      'warning status.blank Phản ánh!G12',
      'warning issue.no-briefing Phản ánh!B13',
    ]);
    expect(result.summary).toEqual({ errors: 7, warnings: 12 });
  });

  it('says what is wrong in Vietnamese and English, naming the cell and the value', () => {
    const at = (cell: string, code: string) => result.findings.find((f) => f.cell === cell && f.code === code)!;
    expect(at('B8', 'date.invalid').message).toBe('Ô B8: ngày "31/02/2018" không hợp lệ (tháng 2 không có ngày 31).');
    expect(at('B8', 'date.invalid').messageEn).toBe('Cell B8: date "31/02/2018" is invalid (February has no day 31).');
    const near = at('C9', 'commune.unknown');
    expect(near.message).toContain('"Nà Khao"');
    expect(near.suggestion).toBe('Có phải là "Nà Khoa"?');
    expect(near.suggestionEn).toBe('Did you mean "Nà Khoa"?');
    expect(at('A4', 'leader.unknown').suggestion).toBe('Có phải là "Trần Ích Chính"?');
    expect(at('D10', 'chair.not-leader').message).toContain('cán bộ phụ trách địa bàn');
    expect(at('B11', 'briefing.non-working-day').message).toContain('14/04/2018 (Thứ Bảy)');
    expect(at('B11', 'briefing.off-plan-date').message).toContain('16/04/2018');
    expect(at('H14', 'attendance.missing-local-leaders').message).toContain('HĐND, UBND');
    expect(at('A13', 'row.duplicate').message).toBe('Ô A13: dòng 13 trùng với dòng 6 (cùng nội dung, không kể chữ hoa/thường, dấu cách hay kiểu gõ TCVN3/VNI).');
    expect(at('B12', 'issue.no-briefing').suggestion).toBe('Buổi giao ban gần nhất của xã Nà Khoa: 15/05/2018.');
    expect(at('G7', 'issue.overdue').message).toContain('sau 120 ngày');
    expect(at('E8', 'category.suggested').suggestion).toContain('thủ tục hành chính');
    for (const f of result.findings) {
      expect(f.message.startsWith(`Ô ${f.cell}:`) || f.message.startsWith(`Vùng ${f.cell}`), f.message).toBe(true);
      expect(f.messageEn.length).toBeGreaterThan(10);
    }
  });

  it('leaves rows with errors out and keeps rows with only warnings', () => {
    expect(result.excludedRows).toEqual([
      { sheet: 'Vắng', row: 4 },
      { sheet: 'Sheet3', row: 8 },
      { sheet: 'Sheet3', row: 9 },
      { sheet: 'Sheet3', row: 10 },
      { sheet: 'Sheet3', row: 13 },
      { sheet: 'Phản ánh', row: 9 },
      { sheet: 'Phản ánh', row: 11 },
    ]);
    expect(result.briefings.map((b) => b.ref.row)).toEqual([6, 7, 11, 12, 14]);
    expect(result.issues.map((i) => i.ref.row)).toEqual([6, 7, 8, 10, 12, 13]);
  });

  it('reads the catalogue with prefixes, honorifics and ranks stripped', () => {
    const { communes, leaders, absences, holidays } = result.catalogue;
    expect(communes).toHaveLength(15);
    expect(communes[0]).toEqual({
      name: 'Nà Khoa', kind: 'xa', cluster: 'Cụm 1', areaOfficers: ['Vàng Seo Dín'], policeChief: 'Hoàng Văn Sơn',
      validFrom: null, validTo: null, mergedInto: null,
    });
    expect(communes[14]).toMatchObject({ name: 'Mường Khương', kind: 'thi-tran', cluster: 'Cụm 4' });
    expect(leaders.map((l) => [l.name, l.rank, l.clusters])).toEqual([
      ['Trần Ích Chính', 'Thượng tá', []],
      ['Lò Văn Thắng', 'Trung tá', ['Cụm 1', 'Cụm 2']],
      ['Nguyễn Thị Hoà', 'Trung tá', []],
    ]);
    // "Lo Van Thang" typed without accents is the same leader; a blank end date means one day.
    expect(absences).toEqual([
      { leader: 'Lò Văn Thắng', from: '2018-03-10', to: '2018-03-20', reason: 'Đi học' },
      { leader: 'Lò Văn Thắng', from: '2018-06-02', to: '2018-06-02', reason: 'Công tác' },
    ]);
    expect(holidays).toEqual([
      { date: '2018-04-30', name: 'Ngày Chiến thắng, Quốc tế Lao động', kind: 'off' },
      { date: '2018-05-01', name: 'Ngày Chiến thắng, Quốc tế Lao động', kind: 'off' },
      { date: '2018-04-28', name: 'Làm bù cho 30/04', kind: 'workday' },
    ]);
  });

  it('reads briefings: serial and text dates, NFD names, ranks and titles, attendance ticks and counts', () => {
    const [jan, feb, apr14] = result.briefings;
    expect(jan).toMatchObject({
      date: '2018-01-15', host: 'Nà Khoa', chair: 'Trần Ích Chính', cluster: 'Cụm 1',
      participatingCommunes: ['Nà Khoa', 'Nậm Ban', 'Tả Phìn', 'Sín Chải'],
      attendance: { areaOfficers: true, communePolice: true, partyStanding: true, peoplesCouncil: true, peoplesCommittee: true, public: 15, massOrganizations: ['MTTQ', 'Hội Phụ nữ'] },
    });
    expect(SERIAL_2018_02_21).toBe(43152);
    expect(feb).toMatchObject({ date: '2018-02-21', host: 'Nậm Ban', chair: 'Lò Văn Thắng' });
    expect(feb!.host).toBe('Nậm Ban'.normalize('NFC'));
    expect(apr14).toMatchObject({ date: '2018-04-14', host: 'Sín Chải', chair: 'Nguyễn Thị Hoà' });
    expect(apr14!.attendance.communePolice).toBe(false);
    expect(result.briefings[4]!.attendance).toMatchObject({ peoplesCouncil: false, peoplesCommittee: false, public: true });
  });

  it('converts the TCVN3 notes column and says so once for the run of cells', () => {
    const legacy = result.findings.filter((f) => f.code === 'text.legacy-converted');
    expect(legacy).toHaveLength(1);
    expect(legacy[0]!.message).toBe('Vùng J6:J8: 3 ô gõ bằng mã TCVN3 đã được chuyển sang Unicode khi đọc (sổ gốc không bị sửa).');
    expect(result.issues.slice(0, 3).map((i) => i.notes)).toEqual(['Đã hòa giải thành', 'Chờ huyện xem xét', 'Hướng dẫn tại chỗ']);
  });

  it('reads issues: categories with case state, sources, statuses, resolved dates', () => {
    const byRow = new Map(result.issues.map((i) => [i.ref.row, i]));
    expect(byRow.get(6)).toMatchObject({
      date: '2018-01-15', commune: 'Nà Khoa', category: 'security-situation', caseState: 'pending',
      raisedBy: 'party-committee', status: 'resolved', resolvedDate: '2018-01-20', officer: 'Vàng Seo Dín',
    });
    expect(byRow.get(7)).toMatchObject({ commune: 'Nậm Ban', category: 'commune-police', raisedBy: 'commune-police', status: 'in-progress' });
    // A suggested category is only a suggestion: the record stays uncategorised.
    expect(byRow.get(8)).toMatchObject({ category: null, raisedBy: 'public', status: 'answered' });
    expect(byRow.get(10)).toMatchObject({ category: 'mass-organizations', raisedBy: null });
    expect(byRow.get(12)).toMatchObject({ status: 'in-progress', category: 'administrative-procedures' });
    expect(byRow.get(13)).toMatchObject({ commune: 'Lùng Vai', category: 'other', raisedBy: 'mass-organization', status: 'referred' });
  });
});

describe('readWorkbook options and smaller layouts', () => {
  const issuesOnly = (rows: CellValue[][]): WorkbookGrid => ({
    sheets: [{ name: 'PA', values: [['Ngày', 'Xã', 'Nội dung', 'Phân loại', 'Tình trạng'], ...rows] }],
  });

  it('uses asOf and overdueDays for the overdue check', () => {
    const wb = issuesOnly([['01/03/2018', 'Nà Khoa', 'Mất trộm gà', 'ANTT', 'Đang giải quyết']]);
    // 30 days from 01/03/2018 end on Saturday 31/03: due Monday 02/04 (Civil Code 2015, Art. 148(5)).
    expect(readWorkbook(wb, { asOf: '2018-04-02' }).findings.map((f) => f.code)).toEqual([]);
    expect(readWorkbook(wb, { asOf: '2018-04-03' }).findings.map((f) => f.code)).toEqual(['issue.overdue']);
    expect(readWorkbook(wb, { asOf: '2018-03-10', overdueDays: 7 }).findings.map((f) => f.code)).toEqual(['issue.overdue']);
  });

  it('accepts names without a catalogue, stripping prefixes, and does not invent no-briefing warnings', () => {
    const r = readWorkbook(issuesOnly([['15/01/2018', 'XÃ NÀ KHOA', 'Tranh chấp đất', 'ANTT', 'Đã giải quyết']]));
    expect(r.issues[0]!.commune.toLowerCase()).toBe('nà khoa');
    expect(r.findings).toEqual([]);
  });

  it('reads dates in the 1904 system and as "ngày … tháng … năm …"', () => {
    const wb = issuesOnly([
      [SERIAL_2018_02_21 - 1462, 'Nà Khoa', 'a', 'ANTT', 'Đã giải quyết'],
      ['ngày 15 tháng 01 năm 2018', 'Nà Khoa', 'b', 'ANTT', 'Đã giải quyết'],
    ]);
    wb.date1904 = true;
    expect(readWorkbook(wb).issues.map((i) => i.date)).toEqual(['2018-02-21', '2018-01-15']);
  });

  it('fills a date merged down over several issue rows', () => {
    const wb: WorkbookGrid = {
      sheets: [{
        name: 'PA',
        values: [
          ['Ngày', 'Xã', 'Nội dung', 'Tình trạng'],
          ['15/01/2018', 'Nà Khoa', 'a', 'Đã giải quyết'],
          [null, 'Nậm Ban', 'b', 'Đã giải quyết'],
          [null, 'Tả Phìn', 'c', 'Đã giải quyết'],
        ],
        merges: ['A2:A4'],
      }],
    };
    const r = readWorkbook(wb);
    expect(r.issues.map((i) => [i.date, i.commune])).toEqual([['2018-01-15', 'Nà Khoa'], ['2018-01-15', 'Nậm Ban'], ['2018-01-15', 'Tả Phìn']]);
    expect(r.findings.filter((f) => f.severity === 'error')).toEqual([]);
  });

  it('reports a missing date and a table without a date column', () => {
    const r = readWorkbook(issuesOnly([[null, 'Nà Khoa', 'a', 'ANTT', 'Đã giải quyết']]));
    expect(r.findings.map(where)).toEqual(['error date.missing PA!A2']);
    const noDate = readWorkbook({ sheets: [{ name: 'PA', values: [['STT', 'Xã', 'Nội dung', 'Phân loại'], [1, 'Nà Khoa', 'a', 'ANTT']] }] });
    expect(noDate.findings.map(where)).toEqual(['error table.missing-column PA!A1']);
    expect(noDate.excludedRows).toEqual([{ sheet: 'PA', row: 2 }]);
  });

  it('warns when the workbook holds no table at all', () => {
    const r = readWorkbook({ sheets: [{ name: 'Trang tính1', values: [['Báo cáo tháng 01']] }] });
    expect(r.findings.map(where)).toEqual(['warning table.none Trang tính1!A1']);
    expect(readWorkbook({ sheets: [] }).summary).toEqual({ errors: 0, warnings: 1 });
  });

  it('compares held briefings with the plan sheet and honours the workbook holiday sheet', () => {
    const wb: WorkbookGrid = {
      sheets: [
        { name: 'Nghỉ', values: [['Ngày', 'Tên ngày nghỉ', 'Loại'], ['16/01/2018', 'Nghỉ bầu cử bổ sung', 'Nghỉ'], ['28/04/2018', 'Làm bù', 'Làm việc bù']] },
        {
          name: 'Lịch giao ban',
          values: [
            ['giaoban:plan:v1', null, null, null, null, null, null, null, null, null],
            ['STT', 'Tháng', 'Cụm', 'Ngày giao ban', 'Thứ', 'Xã đăng cai', 'Lãnh đạo chủ trì', 'Thành phần tham dự', 'Ghi chú', 'Cố định'],
            [1, '01/2018', 'Cụm 1', '15/01/2018', 'Thứ Hai', 'Nà Khoa', 'Trần Ích Chính', null, null, null],
            [2, '04/2018', 'Cụm 1', '28/04/2018', 'Thứ Bảy', 'Nậm Ban', 'Trần Ích Chính', null, null, 'x'],
          ],
        },
        {
          name: 'GB',
          values: [
            ['Ngày giao ban', 'Xã đăng cai', 'Cụm', 'Chủ trì'],
            ['16/01/2018', 'Nà Khoa', 'Cụm 1', 'Trần Ích Chính'],
            ['28/04/2018', 'Nậm Ban', 'Cụm 1', 'Trần Ích Chính'],
          ],
        },
      ],
    };
    const r = readWorkbook(wb);
    expect(r.planRows).toEqual([
      { ref: { sheet: 'Lịch giao ban', row: 3 }, month: '2018-01', cluster: 'Cụm 1', date: '2018-01-15', host: 'Nà Khoa', chair: 'Trần Ích Chính', fixed: false },
      { ref: { sheet: 'Lịch giao ban', row: 4 }, month: '2018-04', cluster: 'Cụm 1', date: '2018-04-28', host: 'Nậm Ban', chair: 'Trần Ích Chính', fixed: true },
    ]);
    expect(r.findings.map(where)).toEqual(['warning briefing.non-working-day GB!A2', 'warning briefing.off-plan-date GB!A2']);
    expect(r.findings[0]!.message).toContain('Nghỉ bầu cử bổ sung');
    expect(r.findings[1]!.message).toContain('theo Lịch giao ban');
  });

  it('reads free-text attendance and warns about the roles it lacks', () => {
    const wb: WorkbookGrid = {
      sheets: [{
        name: 'GB',
        values: [
          ['Ngày', 'Địa điểm', 'Chủ trì', 'Thành phần tham dự'],
          ['15/01/2018', 'Nà Khoa', 'Đ/c Chính', 'Đ/c Chính - PTCAH; CA phụ trách xã; Trưởng CAX; TT Đảng ủy, HĐND, UBND xã; MTTQ, Hội PN; 15 quần chúng'],
          ['15/02/2018', 'Nậm Ban', 'Lò Văn Thắng', 'CA phụ trách xã; UBND xã'],
          ['15/03/2018', 'Tả Phìn', 'Lò Văn Thắng', null],
        ],
      }],
    };
    const r = readWorkbook(wb, { dateOptions: { rule: 'none' } });
    expect(r.briefings[0]!.attendance).toEqual({
      areaOfficers: true, communePolice: true, partyStanding: true, peoplesCouncil: true, peoplesCommittee: true, public: 15, massOrganizations: ['MTTQ', 'Hội Phụ nữ'],
    });
    expect(r.briefings[2]!.attendance.communePolice).toBeNull();
    expect(r.findings.filter((f) => f.code.startsWith('attendance')).map(where)).toEqual([
      'warning attendance.missing-police GB!D3',
      'warning attendance.missing-local-leaders GB!D3',
    ]);
    expect(r.findings.find((f) => f.code === 'attendance.missing-local-leaders')!.message).toContain('Thường trực Đảng ủy, HĐND');
  });

  it('reports progress and ends at the total', () => {
    const rows: CellValue[][] = [];
    for (let i = 0; i < 5000; i++) rows.push(['15/01/2018', 'Nà Khoa', `Ý kiến số ${i}`, 'ANTT', 'Đã giải quyết']);
    const calls: [number, number][] = [];
    readWorkbook(issuesOnly(rows), { onProgress: (d, t) => calls.push([d, t]) });
    expect(calls).toEqual([[2000, 5000], [4000, 5000], [5000, 5000]]);
  });

  it('reads back the plan sheet the product writes (buildPlanSheet), fixed rows included', () => {
    const planned = (month: string, date: string, host: string, chair: string | null, source: PlannedBriefing['source']): PlannedBriefing => ({
      month, cluster: 'Cụm 1', date, host, chair, participatingCommunes: ['Nà Khoa', 'Nậm Ban'], participants: ['Vàng Seo Dín', 'Hoàng Văn Sơn'],
      reasons: ['Ngày 15 là ngày làm việc'], reasonsEn: ['The 15th is a working day'], source,
    });
    const model = buildPlanSheet([
      planned('2026-01', '2026-01-15', 'Nà Khoa', 'Trần Ích Chính', 'generated'),
      planned('2026-02', '2026-02-23', 'Nậm Ban', null, 'override'),
    ]);
    const r = readWorkbook({ sheets: [{ name: model.name, values: model.cells, merges: model.merges }] });
    expect(r.tables.map((t) => t.kind)).toEqual(['plan']);
    expect(r.planRows.map(({ month, cluster, date, host, chair, fixed }) => ({ month, cluster, date, host, chair, fixed }))).toEqual([
      { month: '2026-01', cluster: 'Cụm 1', date: '2026-01-15', host: 'Nà Khoa', chair: 'Trần Ích Chính', fixed: false },
      { month: '2026-02', cluster: 'Cụm 1', date: '2026-02-23', host: 'Nậm Ban', chair: null, fixed: true },
    ]);
    expect(r.findings).toEqual([]);
  });
});
