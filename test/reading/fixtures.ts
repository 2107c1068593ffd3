/**
 * A district's tracking workbook as a clerk keeps it: title rows, merged
 * headers, an STT column, text and serial dates, names without accents,
 * NFD text, a TCVN3 column in ".VnTime", total rows and notes — plus planted
 * mistakes whose findings the tests assert cell by cell.
 */
import { encodeLegacyText, type CellValue, type SheetGrid, type WorkbookGrid } from '@giaoban/core';

export const CLUSTERS: Record<string, string[]> = {
  'Cụm 1': ['Nà Khoa', 'Nậm Ban', 'Tả Phìn', 'Sín Chải'],
  'Cụm 2': ['Lùng Vai', 'Bản Lầu', 'Thanh Bình', 'Pha Long'],
  'Cụm 3': ['Tả Ngài Chồ', 'Dìn Chin', 'Tung Chung Phố', 'Nấm Lư'],
  'Cụm 4': ['Cao Sơn', 'La Pan Tẩn', 'Mường Khương'],
};

/** Area officers and commune police chiefs, by commune (people who are not leaders). */
export const AREA_OFFICER: Record<string, string> = {
  'Nà Khoa': 'Vàng Seo Dín',
  'Nậm Ban': 'Giàng A Lử',
  'Tả Phìn': 'Vàng Seo Dín',
  'Sín Chải': 'Lù Văn Páo',
};

/** Commune police chiefs, in catalogue order. */
const CHIEFS = [
  'Hoàng Văn Sơn', 'Lý Seo Chứ', 'Thào A Sểnh', 'Vàng A Dình', 'Nông Văn Tuấn', 'Lục Văn Hải', 'Phạm Quốc Khánh',
  'Sần Văn Pủ', 'Tráng A Chu', 'Giàng Seo Phử', 'Ma Văn Hùng', 'Lồ Thị Mai', 'Đỗ Văn Quý', 'Sùng A Chảo', 'Lê Minh Đức',
];
const OFFICERS = ['Phan Thanh Tùng', 'Đặng Văn Lực', 'Hà Thị Thu', 'Bùi Đức Anh'];

function communesSheet(): SheetGrid {
  const values: CellValue[][] = [
    ['CÔNG AN HUYỆN MƯỜNG KHƯƠNG', null, null, null, null, null],
    ['DANH SÁCH CÁC XÃ, THỊ TRẤN', null, null, null, null, null],
    [null, null, null, null, null, null],
    ['STT', 'Tên xã, phường, thị trấn', 'Loại đơn vị', 'Cụm', 'Cán bộ phụ trách địa bàn', 'Trưởng Công an xã'],
  ];
  let n = 0;
  for (const [cluster, names] of Object.entries(CLUSTERS)) {
    for (const name of names) {
      n++;
      const town = name === 'Mường Khương';
      values.push([
        n,
        town ? 'Thị trấn Mường Khương' : `Xã ${name}`,
        town ? 'Thị trấn' : 'Xã',
        cluster,
        AREA_OFFICER[name] ? `Đ/c ${AREA_OFFICER[name]}` : OFFICERS[n % OFFICERS.length]!,
        `Trung úy ${CHIEFS[n - 1]}`,
      ]);
    }
  }
  values.push(['Tổng cộng: 15 đơn vị', null, null, null, null, null]);
  return { name: 'Danh mục', values, merges: ['A1:F1', 'A2:F2'] };
}

function leadersSheet(): SheetGrid {
  return {
    name: 'Sheet2',
    values: [
      ['DANH SÁCH LÃNH ĐẠO CHỦ TRÌ GIAO BAN', null, null, null, null],
      ['STT', 'Họ và tên', 'Cấp bậc', 'Chức vụ', 'Cụm phụ trách'],
      [1, 'Trần Ích Chính', 'Thượng tá', 'Phó Trưởng Công an huyện', null],
      [2, 'Lò Văn Thắng', 'Trung tá', 'Phó Trưởng Công an huyện', 'Cụm 1, Cụm 2'],
      [3, 'Nguyễn Thị Hoà', 'Trung tá', 'Phó Trưởng Công an huyện', null],
    ],
    merges: ['A1:E1'],
  };
}

function absencesSheet(): SheetGrid {
  return {
    name: 'Vắng',
    values: [
      ['Lãnh đạo', 'Từ ngày', 'Đến ngày', 'Lý do'],
      ['Thượng tá Lò Văn Thắng', '10/03/2018', '20/03/2018', 'Đi học'],
      ['Lo Van Thang', '02/06/2018', null, 'Công tác'],
      ['Trần Ích Chín', '01/07/2018', '05/07/2018', 'Nghỉ phép'],
    ],
  };
}

function holidaysSheet(): SheetGrid {
  return {
    name: 'Ngày nghỉ',
    values: [
      ['NGÀY NGHỈ, NGÀY LÀM BÙ NĂM 2018', null, null, null],
      ['Từ ngày', 'Đến ngày', 'Tên ngày nghỉ', 'Loại'],
      ['30/04/2018', '01/05/2018', 'Ngày Chiến thắng, Quốc tế Lao động', 'Nghỉ'],
      ['28/04/2018', null, 'Làm bù cho 30/04', 'Làm bù'],
    ],
  };
}

/** Header of the briefing sheet: a group header over attendance sub-columns. */
const BRIEFING_HEADER: CellValue[][] = [
  ['CÔNG AN HUYỆN MƯỜNG KHƯƠNG', null, null, null, null, null, null, null, null, null, null, null],
  ['SỔ THEO DÕI GIAO BAN TẠI CƠ SỞ NĂM 2018', null, null, null, null, null, null, null, null, null, null, null],
  [null, null, null, null, null, null, null, null, null, null, null, null],
  ['STT', 'Ngày giao ban', 'Xã đăng cai', 'Lãnh đạo chủ trì', 'Thành phần tham dự', null, null, null, null, null, null, 'Ghi chú'],
  [null, null, null, null, 'CA phụ trách', 'Trưởng CAX', 'TT Đảng ủy', 'HĐND', 'UBND', 'Quần chúng', 'Ban, đoàn thể', null],
];

/** Excel serial of 21/02/2018 (1900 system). */
export const SERIAL_2018_02_21 = 43152;

function briefingsSheet(): SheetGrid {
  const all = ['x', 'x', 'x', 'x', 'x'];
  const rows: CellValue[][] = [
    // 6: fine; public head count and mass organisations
    [1, '15/01/2018', 'xã Nà Khoa', 'Đ/c Trần Ích Chính', ...all, 15, 'MTTQ, Hội PN', null],
    // 7: serial date, NFD host name, rank before the name
    [2, SERIAL_2018_02_21, 'Nậm Ban'.normalize('NFD'), 'Thượng tá Lò Văn Thắng', ...all, null, null, null],
    // 8: 31/02 does not exist
    [3, '31/02/2018', 'Tả Phìn', 'Lò Văn Thắng', ...all, null, null, null],
    // 9: near miss of a commune name
    [4, '15/03/2018', 'Nà Khao', 'Trần Ích Chính', ...all, null, null, null],
    // 10: an area officer in the chair
    [5, '16/04/2018', 'Tả Phìn', 'Đ/c Vàng Seo Dín', ...all, null, null, null],
    // 11: a Saturday, off the rule's date (16/04), commune police chief not ticked; old tone placement "Hòa"
    [6, '14/04/2018', 'Sín Chải', 'Nguyễn Thị Hòa - PTCAH', 'x', null, 'x', 'x', 'x', null, null, null],
    // 12: the same host twice in April
    [7, '16/04/2018', 'Sín Chải', 'Trần Ích Chính', ...all, null, null, null],
    // 13: exact repeat of row 6 (only STT differs)
    [8, '15/01/2018', 'xã Nà Khoa', 'Đ/c Trần Ích Chính', ...all, 15, 'MTTQ, Hội PN', null],
    // 14: HĐND and UBND not ticked
    [9, '15/05/2018', 'Nà Khoa', 'Tran Ich Chinh', 'x', 'x', 'x', null, null, 'có', null, 'Mưa to'],
    [null, null, null, null, null, null, null, null, null, null, null, null],
    ['Tổng cộng', null, null, '9 buổi', null, null, null, null, null, null, null, null],
    [null, null, null, null, null, null, null, null, null, null, null, null],
    ['Ghi chú: x = có mặt.', null, null, null, null, null, null, null, null, null, null, null],
  ];
  return {
    name: 'Sheet3',
    values: [...BRIEFING_HEADER, ...rows],
    merges: ['A1:L1', 'A2:L2', 'A4:A5', 'B4:B5', 'C4:C5', 'D4:D5', 'E4:K4', 'L4:L5', 'A18:L18'],
  };
}

function issuesSheet(): SheetGrid {
  const tc = (s: string) => encodeLegacyText(s, 'tcvn3');
  const values: CellValue[][] = [
    ['CÔNG AN HUYỆN MƯỜNG KHƯƠNG', null, null, null, null, null, null, null, null, null],
    ['SỔ THEO DÕI Ý KIẾN, PHẢN ÁNH TẠI GIAO BAN', null, null, null, null, null, null, null, null, null],
    [null, null, null, null, null, null, null, null, null, null],
    ['STT', 'Ngày', 'Xã', 'Nội dung ý kiến, phản ánh', 'Phân loại', 'Người/đơn vị phản ánh', 'Tình trạng giải quyết', 'Ngày giải quyết', 'Cán bộ thụ lý', 'Ghi chú'],
    ['(1)', '(2)', '(3)', '(4)', '(5)', '(6)', '(7)', '(8)', '(9)', '(10)'],
    // 6
    [1, '15/01/2018', 'Nà Khoa', 'Tranh chấp đất rẫy giữa hai hộ ở thôn Sả Hồ', 'Vụ việc tồn đọng', 'Cấp ủy', 'Đã giải quyết', '20/01/2018', 'Vàng Seo Dín', tc('Đã hòa giải thành')],
    // 7: name typed without accents; still open after months
    [2, '15/01/2018', 'Nam Ban', 'Đề nghị bổ sung Công an viên thường trực', 'Củng cố lực lượng', 'CAX', 'Đang giải quyết', null, null, tc('Chờ huyện xem xét')],
    // 8: no category: a suggestion
    [3, '21/02/2018', 'Tả Phìn', 'Vướng mắc thủ tục cấp căn cước cho người cao tuổi', null, 'Quần chúng', 'Đã giải đáp tại chỗ', null, null, tc('Hướng dẫn tại chỗ')],
    // 9: unknown category
    [4, '21/02/2018', 'Tả Phìn', 'Phản ánh tình trạng đánh bạc ở chợ phiên', 'Linh tinh', 'Nhân dân', 'Đã giải quyết', '01/03/2018', null, null],
    // 10: unrecognised source (a warning only)
    [5, '21/02/2018', 'Sín Chải', 'Đề nghị tuyên truyền phòng chống ma túy', 'Phát động phong trào', 'Hội Người cao tuổi', 'Đã giải đáp tại chỗ', null, null, null],
    // 11: resolved before it was raised
    [6, '16/04/2018', 'Sín Chải', 'Mất trộm trâu của hộ ông Páo', 'Vụ việc mới phát sinh', 'UBND', 'Đã giải quyết', '10/04/2018', 'Lù Văn Páo', null],
    // 12: blank status; no briefing that day
    [7, '02/05/2018', 'Nà Khoa', 'Hỏi về đăng ký tạm trú cho lao động', 'Thủ tục hành chính', 'Nhân dân', null, null, null, null],
    // 13: a commune of another cluster on a briefing day of cluster 1
    [8, '15/05/2018', 'Lùng Vai', 'Đề nghị hỗ trợ xây dựng mô hình tự quản', 'Khác', 'Hội Phụ nữ', 'Chuyển cơ quan chức năng', null, null, null],
    ['Cộng', null, null, '08 ý kiến', null, null, null, null, null, null],
  ];
  const fonts = values.map((row, r) => row.map((_, c) => (c === 9 && r >= 5 && r <= 7 ? '.VnTime' : 'Times New Roman')));
  return { name: 'Phản ánh', values, fonts, merges: ['A1:J1', 'A2:J2'] };
}

/** The whole district workbook. */
export function districtWorkbook(): WorkbookGrid {
  return { sheets: [communesSheet(), leadersSheet(), absencesSheet(), holidaysSheet(), briefingsSheet(), issuesSheet()] };
}
