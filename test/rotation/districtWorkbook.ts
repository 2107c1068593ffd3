/**
 * A small clerk's workbook for the `giaoban rotate` tests, written with exceljs:
 * title rows, 5 communes in 2 clusters, 3 leaders, one briefing held in 12/2025,
 * and (optionally) a leader's absence in 03/2026.
 */
import ExcelJS from 'exceljs';

export async function writeDistrictWorkbook(path: string, options: { absence: boolean }): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const xa = wb.addWorksheet('Danh sách xã');
  xa.addRow(['CÔNG AN TỈNH ĐIỆN BIÊN']);
  xa.addRow(['CÔNG AN HUYỆN NẬM PỒ']);
  xa.addRow([]);
  xa.addRow(['STT', 'Tên xã', 'Cụm', 'Cán bộ phụ trách địa bàn', 'Trưởng Công an xã']);
  const communes: [string, string, string, string][] = [
    ['Nà Khoa', 'Cụm 1', 'Lường Văn Minh', 'Lò Văn Tâm'],
    ['Nà Hỳ', 'Cụm 1', 'Lường Văn Minh', 'Quàng Văn Thắng'],
    ['Nà Bủng', 'Cụm 1', 'Tòng Thị Hoa', ''],
    ['Vàng Đán', 'Cụm 2', 'Mùa A Dính', 'Giàng A Páo'],
    ['Chà Tở', 'Cụm 2', 'Mùa A Dính', ''],
  ];
  communes.forEach((c, i) => xa.addRow([i + 1, ...c]));
  const ld = wb.addWorksheet('Lãnh đạo');
  ld.addRow(['STT', 'Họ và tên', 'Cấp bậc', 'Chức vụ']);
  ld.addRow([1, 'Lò Văn Hùng', 'Thượng tá', 'Phó Trưởng Công an huyện']);
  ld.addRow([2, 'Hà Thị Mai', 'Trung tá', 'Phó Trưởng Công an huyện']);
  ld.addRow([3, 'Nguyễn Văn Chính', 'Trung tá', 'Phó Trưởng Công an huyện']);
  if (options.absence) {
    const vang = wb.addWorksheet('Lịch vắng');
    vang.addRow(['STT', 'Họ và tên', 'Từ ngày', 'Đến ngày', 'Lý do']);
    vang.addRow([1, 'Lò Văn Hùng', '01/03/2026', '31/03/2026', 'Đi học']);
  }
  const gb = wb.addWorksheet('Giao ban');
  gb.addRow(['STT', 'Ngày giao ban', 'Địa điểm', 'Lãnh đạo chủ trì', 'Ghi chú']);
  // exceljs date cells are UTC midnights of the calendar day.
  gb.addRow([1, new Date('2025-12-15T00:00:00Z'), 'Nà Khoa', 'Hà Thị Mai', '']);
  gb.getCell('B2').numFmt = 'dd/mm/yyyy';
  await wb.xlsx.writeFile(path);
}
