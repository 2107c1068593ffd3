import { describe, expect, it } from 'vitest';
import { encodeLegacyText, findTables, markerFor, type CellValue, type SheetGrid } from '@giaoban/core/internal';

const sheet = (name: string, values: CellValue[][], extra: Partial<SheetGrid> = {}): SheetGrid => ({ name, values, ...extra });

describe('findTables: header rows in realistic layouts', () => {
  it('finds an issue table under title rows, skips the column-number row, stops at the total row', () => {
    const s = sheet('Sheet1', [
      ['CÔNG AN HUYỆN BẮC HÀ', null, null, null, null],
      ['SỔ THEO DÕI Ý KIẾN, PHẢN ÁNH', null, null, null, null],
      [null, null, null, null, null],
      ['STT', 'Ngày phản ánh', 'Xã, phường, thị trấn', 'Tóm tắt nội dung', 'Kết quả giải quyết'],
      [1, 2, 3, 4, 5],
      [1, '15/01/2018', 'Nà Khoa', 'Tranh chấp đất', 'Đã giải quyết'],
      [null, null, null, null, null],
      [2, '15/02/2018', 'Nậm Ban', 'Hỏi thủ tục cư trú', null],
      ['Tổng', null, null, '02 ý kiến', null],
      ['Ghi chú: số liệu tính đến ngày 15/02/2018', null, null, null, null],
    ]);
    const [t, ...rest] = findTables(s);
    expect(rest).toEqual([]);
    expect(t).toMatchObject({ sheet: 'Sheet1', kind: 'issues', headerRow: 4, firstDataRow: 6, lastDataRow: 8, rows: 2 });
    expect(t!.columns).toEqual({ stt: 1, date: 2, commune: 3, content: 4, status: 5 });
  });

  it('reads a two-row header: sub-columns under a merged "Thành phần tham dự"', () => {
    const s = sheet(
      'Giao ban',
      [
        ['STT', 'Ngày giao ban', 'Địa điểm', 'Đồng chí chủ trì', 'Thành phần tham dự', null, null, null, null, null, null, 'Ghi chú'],
        [null, null, null, null, 'CA phụ trách', 'Trưởng CAX', 'TT Đảng ủy', 'HĐND', 'UBND', 'Quần chúng', 'Ban, đoàn thể', null],
        [1, '15/01/2018', 'Nà Khoa', 'Trần Ích Chính', 'x', 'x', 'x', 'x', 'x', 12, 'MTTQ', null],
      ],
      { merges: ['A1:A2', 'B1:B2', 'C1:C2', 'D1:D2', 'E1:K1', 'L1:L2'] },
    );
    const [t] = findTables(s);
    expect(t).toMatchObject({ kind: 'briefings', headerTopRow: 1, headerRow: 2, firstDataRow: 3, lastDataRow: 3, rows: 1 });
    expect(t!.columns).toEqual({
      stt: 1, date: 2, host: 3, chair: 4, areaOfficer: 5, policeChief: 6, partyStanding: 7, peoplesCouncil: 8,
      peoplesCommittee: 9, public: 10, massOrganizations: 11, notes: 12,
    });
  });

  it('accepts headers typed without accents, in NFD, upper case, with line breaks and decorations', () => {
    const s = sheet('x', [
      ['NGAY'.normalize('NFD'), 'Ten xa', 'Noi dung phan anh', 'Phân loại'.normalize('NFD'), 'NGƯỜI / ĐƠN VỊ\nPHẢN ÁNH', 'Tình trạng (đánh dấu)'],
      ['15/01/2018', 'Nà Khoa', 'Tranh chấp đất', 'ANTT', 'Cấp ủy', 'Đã giải quyết'],
    ]);
    expect(findTables(s)[0]!.columns).toEqual({ date: 1, commune: 2, content: 3, category: 4, raisedBy: 5, status: 6 });
  });

  it('reads a header typed in TCVN3 with a ".VnTime" font', () => {
    const header = ['STT', 'Ngày', 'Xã', 'Nội dung', 'Tình trạng'];
    const s = sheet('Sổ cũ', [header.map((h) => encodeLegacyText(h, 'tcvn3')), [1, '15/01/2018', encodeLegacyText('Nà Khoa', 'tcvn3'), 'a', 'b']], {
      fonts: [header.map(() => '.VnTime'), header.map(() => '.VnTime')],
    });
    expect(encodeLegacyText('Ngày', 'tcvn3')).not.toBe('Ngày');
    expect(findTables(s)[0]!.columns).toEqual({ stt: 1, date: 2, commune: 3, content: 4, status: 5 });
  });

  it('recognises each kind by its fields, not by the sheet name', () => {
    const kinds = [
      [['Tên xã', 'Cụm xã', 'Loại đơn vị', 'Trưởng CA xã'], 'communes'],
      [['Họ tên', 'Cấp bậc', 'Chức vụ', 'Cụm phụ trách'], 'leaders'],
      [['Lãnh đạo', 'Từ ngày', 'Đến ngày', 'Lý do'], 'absences'],
      [['Ngày', 'Tên ngày nghỉ', 'Loại'], 'holidays'],
      [['Thời gian', 'Xã đăng cai', 'Người chủ trì', 'Thành phần'], 'briefings'],
      [['Ngày tổ chức', 'Đơn vị', 'Ý kiến', 'Lĩnh vực', 'Nguồn'], 'issues'],
      [['STT', 'Tháng', 'Cụm', 'Ngày giao ban', 'Thứ', 'Xã đăng cai', 'Lãnh đạo chủ trì', 'Thành phần tham dự', 'Ghi chú', 'Cố định'], 'plan'],
    ] as const;
    for (const [header, kind] of kinds) {
      const t = findTables(sheet('Issues', [[...header]]));
      expect(t.map((x) => x.kind), header.join(' | ')).toEqual([kind]);
    }
  });

  it('resolves "Loại" by kind: category in issues, holiday kind in holidays, unit kind in communes', () => {
    expect(findTables(sheet('a', [['Ngày', 'Xã', 'Nội dung', 'Loại']]))[0]!.columns.category).toBe(4);
    expect(findTables(sheet('b', [['Ngày', 'Tên', 'Loại']]))[0]!.columns.holidayKind).toBe(3);
    expect(findTables(sheet('c', [['Xã', 'Loại', 'Cụm']]))[0]!.columns.communeKind).toBe(2);
  });

  it('recognises the plan sheet by its marker even without the "Cố định" column', () => {
    const s = sheet('Lịch giao ban (2)', [
      [markerFor('plan'), null, null, null],
      ['Tháng', 'Cụm', 'Ngày giao ban', 'Xã đăng cai'],
      ['01/2018', 'Cụm 1', '15/01/2018', 'Nà Khoa'],
    ]);
    expect(findTables(s).map((t) => [t.kind, t.headerRow, t.rows])).toEqual([['plan', 2, 1]]);
  });

  it('finds two tables stacked in one sheet, separated by blank rows and a title', () => {
    const s = sheet('Danh mục', [
      ['DANH SÁCH XÃ', null, null],
      ['Xã', 'Cụm', 'Cán bộ phụ trách địa bàn'],
      ['Nà Khoa', 'Cụm 1', 'Vàng Seo Dín'],
      ['Nậm Ban', 'Cụm 1', 'Giàng A Lử'],
      [null, null, null],
      [null, null, null],
      ['DANH SÁCH LÃNH ĐẠO', null, null],
      ['Họ và tên', 'Chức vụ', 'Cụm phụ trách'],
      ['Trần Ích Chính', 'Phó Trưởng Công an huyện', null],
    ]);
    expect(findTables(s).map((t) => [t.kind, t.headerRow, t.firstDataRow, t.lastDataRow, t.rows])).toEqual([
      ['communes', 2, 3, 4, 2],
      ['leaders', 8, 9, 9, 1],
    ]);
  });

  it('ends a table at a signature block after a blank gap, and keeps data after a single blank row', () => {
    const s = sheet('x', [
      ['Ngày', 'Xã', 'Nội dung'],
      ['15/01/2018', 'Nà Khoa', 'a'],
      [null, null, null],
      ['15/02/2018', 'Nà Khoa', 'b'],
      [null, null, null],
      ['NGƯỜI LẬP BIỂU', null, 'TRƯỞNG CÔNG AN HUYỆN'],
      [null, null, null],
      ['Lò Thị Hạnh', null, 'Nguyễn Văn Bình'],
    ]);
    expect(findTables(s)[0]).toMatchObject({ firstDataRow: 2, lastDataRow: 4, rows: 2 });
  });

  it('honours the grid origin and ignores a total cell with a name like "Tống"', () => {
    const s = sheet(
      'x',
      [
        ['Ngày', 'Xã', 'Nội dung'],
        ['15/01/2018', 'Tống Sơn', 'a'],
        ['Cộng', null, null],
      ],
      { origin: { row: 10, col: 3 } },
    );
    expect(findTables(s)[0]).toMatchObject({ headerRow: 10, firstDataRow: 11, lastDataRow: 11, columns: { date: 3, commune: 4, content: 5 } });
  });

  it("skips the product's own summary and findings sheets", () => {
    const summary = sheet('Tổng hợp', [
      ['STT', 'Nội dung', 'Ngày', 'Xã', 'Tình trạng', 'Cán bộ giải quyết'],
      [1, 'Tranh chấp đất rẫy', '15/01/2018', 'Nà Khoa', 'Đang giải quyết', null],
      [markerFor('summary'), null, null, null, null, null],
    ]);
    expect(findTables(summary)).toEqual([]);
    expect(findTables({ ...summary, values: [...summary.values.slice(0, 2), [markerFor('findings')]] })).toEqual([]);
    // The same rows without the marker are a clerk's table.
    expect(findTables({ ...summary, values: summary.values.slice(0, 2) }).map((t) => t.kind)).toEqual(['issues']);
  });

  it('finds nothing in sheets without a header row', () => {
    expect(findTables(sheet('x', []))).toEqual([]);
    expect(findTables(sheet('x', [['Báo cáo tháng 01/2018'], ['Nội dung báo cáo được gửi kèm']]))).toEqual([]);
    expect(findTables(sheet('x', [[1, 2, 3], ['Ngày', 5, 6]]))).toEqual([]);
  });
});
