/**
 * Workbooks of today as clerks keep them in 2026: a provincial police unit
 * briefing clusters of today's communes of Điện Biên (with rows from before
 * 1 July 2025 that name the old communes), and a commune police unit briefing
 * its villages. Facts of the arrangement used here (Nghị quyết 1661/NQ-UBTVQH15,
 * Điều 1): xã Nà Hỳ (03169) from Nà Khoa, Nà Hỳ, Nậm Nhừ, Nậm Chua (khoản 6);
 * xã Thanh An (03352) from Noong Hẹt, Sam Mứn, Thanh An (khoản 32); xã Sam Mứn
 * (03356) from Pom Lót and Na Ư (khoản 34); xã Thanh Nưa (03328) from Thanh Nưa,
 * Hua Thanh, Thanh Luông, Thanh Hưng, Thanh Chăn (khoản 31).
 */
import type { CellValue, DocBlock, DocumentModel, SheetGrid, WorkbookGrid } from '@giaoban/core';

export interface ProvinceOptions {
  /** Write the "Hình thành từ" column (the workbook says what each unit was formed from). */
  formedFrom?: boolean;
  /** Extra rows for the communes list (bad input). */
  extraCommunes?: CellValue[][];
  /** Extra issue rows. */
  extraIssues?: CellValue[][];
}

/** Today's communes of the two clusters, with codes and what each was formed from. */
export const PROVINCE_COMMUNES: [string, string, string, string][] = [
  ['Xã Nà Hỳ', '03169', 'Cụm 1', 'Nà Khoa, Nà Hỳ, Nậm Nhừ, Nậm Chua'],
  ['Xã Nà Bủng', '03176', 'Cụm 1', 'Nà Bủng, Vàng Đán'],
  ['Xã Chà Tở', '03175', 'Cụm 1', 'Nậm Khăn, Chà Tở'],
  ['Xã Thanh An', '03352', 'Cụm 2', 'Thanh An, Noọng Hẹt, Sam Mứn'],
  ['Xã Sam Mứn', '03356', 'Cụm 2', 'Pom Lót, Na Ư'],
  ['Xã Thanh Nưa', '03328', 'Cụm 2', 'Thanh Nưa, Hua Thanh, Thanh Luông, Thanh Hưng, Thanh Chăn'],
];

/** A provincial police unit's 2026 workbook (clusters of today's communes). */
export function provinceWorkbook(o: ProvinceOptions = {}): WorkbookGrid {
  const head: CellValue[] = ['STT', 'Xã, phường, đặc khu', 'Mã ĐVHC', 'Cụm', 'Cán bộ phụ trách địa bàn', 'Trưởng Công an xã, phường, đặc khu'];
  if (o.formedFrom) head.push('Hình thành từ');
  const communes: CellValue[][] = [
    ['CÔNG AN TỈNH ĐIỆN BIÊN', null, null, null, null, null],
    ['DANH SÁCH XÃ, PHƯỜNG, ĐẶC KHU THEO CỤM GIAO BAN', null, null, null, null, null],
    head,
    ...PROVINCE_COMMUNES.map(([name, code, cluster, from], i) => {
      const row: CellValue[] = [i + 1, name, code, cluster, `Đại úy Cán Bộ ${i + 1}`, `Thiếu tá Trưởng Xã ${i + 1}`];
      if (o.formedFrom) row.push(from);
      return row;
    }),
    ...(o.extraCommunes ?? []),
  ];
  const leaders: CellValue[][] = [
    ['STT', 'Họ và tên', 'Cấp bậc', 'Chức vụ', 'Cụm phụ trách'],
    [1, 'Lò Văn Thắng', 'Đại tá', 'Phó Giám đốc Công an tỉnh', 'Cụm 1'],
    [2, 'Trần Ích Chính', 'Đại tá', 'Phó Giám đốc Công an tỉnh', 'Cụm 2'],
  ];
  const briefings: CellValue[][] = [
    ['STT', 'Ngày giao ban', 'Cụm', 'Xã đăng cai', 'Lãnh đạo chủ trì', 'Thành phần tham dự'],
    [1, '16/06/2025', 'Cụm 1', 'Nà Khoa', 'Lò Văn Thắng', 'PGĐ CAT; Trưởng CAX; TT Đảng ủy, HĐND, UBND xã'],
    [2, '16/06/2025', 'Cụm 2', 'Sam Mứn', 'Trần Ích Chính', 'Trưởng CAX; TT Đảng ủy, HĐND, UBND xã'],
    [3, '15/01/2026', 'Cụm 1', 'Nà Hỳ', 'Lò Văn Thắng', 'Trưởng CAX; TT Đảng ủy, HĐND, UBND xã; 12 quần chúng'],
    [4, '15/01/2026', 'Cụm 2', 'Sam Mứn', 'Trần Ích Chính', 'Trưởng Công an xã; TT Đảng ủy, HĐND, UBND xã'],
  ];
  const issues: CellValue[][] = [
    ['STT', 'Ngày', 'Xã, phường, đặc khu', 'Nội dung', 'Phân loại', 'Tình trạng', 'Ngày giải quyết'],
    [1, '16/06/2025', 'Nà Khoa', 'Tranh chấp đất nương giữa hai hộ bản Nà Khoa', 'ANTT', 'Đã giải quyết', '30/06/2025'],
    [2, '16/06/2025', 'xã Nậm Nhừ', 'Đề nghị bổ sung Công an xã chính quy', 'Củng cố lực lượng', 'Đã giải đáp tại chỗ', null],
    [3, '16/06/2025', 'Sam Mứn', 'Mất trộm trâu ở bản Co Mận', 'ANTT', 'Đã giải quyết', '10/07/2025'],
    [4, '15/01/2026', 'Nà Hỳ', 'Hỏi thủ tục đăng ký cư trú sau sáp nhập', 'TTHC', 'Đã giải đáp tại chỗ', null],
    [5, '15/01/2026', 'Nà Khoa', 'Người dân phản ánh cháy rừng', 'ANTT', 'Đã giải quyết', '20/01/2026'],
    [6, '15/01/2026', 'Sam Mứn', 'Xây dựng tổ bảo vệ ANTT ở cơ sở', 'Phát động phong trào', 'Đã giải đáp tại chỗ', null],
    ...(o.extraIssues ?? []),
  ];
  const sheets: SheetGrid[] = [
    { name: 'Danh sách xã', values: communes },
    { name: 'Lãnh đạo', values: leaders },
    { name: 'Sổ giao ban', values: briefings },
    { name: 'Ý kiến', values: issues },
  ];
  return { sheets };
}

/** Villages of xã Nà Hỳ (a commune police unit's hosts), one cluster. */
export const VILLAGES = ['Nà Hỳ 1', 'Nà Hỳ 2', 'Nà Khoa', 'Huổi Thanh', 'Nậm Nhừ Con'];

/** A commune police unit's 2026 workbook: its villages, with the village heads and the security teams. */
export function communeWorkbook(): WorkbookGrid {
  const villages: CellValue[][] = [
    ['CÔNG AN XÃ NÀ HỲ', null, null],
    ['DANH SÁCH THÔN, BẢN', null, null],
    ['STT', 'Thôn, bản, tổ dân phố', 'Trưởng thôn', 'Cán bộ phụ trách địa bàn'],
    ...VILLAGES.map((v, i) => [i + 1, `Bản ${v}`, `Ông Trưởng Bản ${i + 1}`, `Trung úy Công An ${(i % 2) + 1}`] as CellValue[]),
  ];
  const leaders: CellValue[][] = [
    ['STT', 'Họ và tên', 'Cấp bậc', 'Chức vụ'],
    [1, 'Vừ A Dình', 'Thiếu tá', 'Trưởng Công an xã'],
    [2, 'Lầu Thị Mai', 'Đại úy', 'Phó Trưởng Công an xã'],
  ];
  const briefings: CellValue[][] = [
    ['STT', 'Ngày giao ban', 'Thôn, bản đăng cai', 'Lãnh đạo chủ trì', 'Thành phần tham dự'],
    [1, '15/10/2025', 'Nà Hỳ 1', 'Vừ A Dình', 'Trưởng bản; Tổ bảo vệ ANTT ở cơ sở; CA phụ trách'],
    [2, '17/11/2025', 'Nà Hỳ 2', 'Lầu Thị Mai', 'Trưởng bản; Tổ bảo vệ ANTT; 20 người dân'],
    [3, '15/12/2025', 'Nà Khoa', 'Vừ A Dình', 'Trưởng thôn, bản; Tổ BV ANTT'],
    [4, '15/01/2026', 'Huổi Thanh', 'Lầu Thị Mai', 'Trưởng bản; Tổ bảo vệ an ninh, trật tự ở cơ sở'],
  ];
  const issues: CellValue[][] = [
    ['STT', 'Ngày', 'Thôn, bản', 'Nội dung', 'Phân loại', 'Tình trạng'],
    [1, '15/10/2025', 'Nà Hỳ 1', 'Thanh niên tụ tập uống rượu gây mất trật tự', 'ANTT', 'Đã giải quyết'],
    [2, '17/11/2025', 'Nà Hỳ 2', 'Hỏi làm căn cước cho người già', 'TTHC', 'Đã giải đáp tại chỗ'],
    [3, '15/12/2025', 'Nà Khoa', 'Kiện toàn Tổ bảo vệ ANTT của bản', 'Củng cố lực lượng', 'Đang giải quyết'],
    [4, '15/01/2026', 'Huổi Thanh', 'Tranh chấp ranh giới nương', 'ANTT', 'Đang giải quyết'],
  ];
  return {
    sheets: [
      { name: 'Thôn bản', values: villages },
      { name: 'Lãnh đạo', values: leaders },
      { name: 'Sổ giao ban', values: briefings },
      { name: 'Ý kiến', values: issues },
    ],
  };
}

/** Every run's text of a document, paragraph by paragraph (tables flattened). */
export function documentLines(doc: DocumentModel): string[] {
  const out: string[] = [];
  const walk = (b: DocBlock): void => {
    if (b.type === 'paragraph') out.push(b.runs.map((r) => r.text).join(''));
    else for (const row of b.rows) for (const cell of row) cell.paragraphs.forEach(walk);
  };
  doc.body.forEach(walk);
  return out;
}
