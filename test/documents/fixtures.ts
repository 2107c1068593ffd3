// Workbooks for the document tests, written as real .xlsx files with exceljs.
import ExcelJS from 'exceljs';

/**
 * A post-2025 provincial unit (no "huyện" anywhere) over commune police, with
 * the "Thông tin đơn vị" table typed the way a clerk might: other header
 * wordings ("Mục", "Giá trị"), keys without accents, one place per commune,
 * recipients one per line, and one key the reader does not know.
 */
export async function writeProvincialWorkbook(path: string, withSettings = true): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const communes = wb.addWorksheet('Địa bàn');
  communes.addRows([
    ['CÔNG AN TỈNH LAI CHÂU'],
    ['PHÒNG CẢNH SÁT QUẢN LÝ HÀNH CHÍNH VỀ TRẬT TỰ XÃ HỘI'],
    [],
    ['STT', 'Tên đơn vị', 'Loại đơn vị', 'Cụm', 'Cán bộ phụ trách địa bàn', 'Trưởng Công an xã'],
    [1, 'Tân Phong', 'Phường', 'Cụm Bắc', 'Vàng A Dình', 'Lò Văn Sơn'],
    [2, 'Đoàn Kết', 'Phường', 'Cụm Bắc', 'Vàng A Dình', 'Tao Văn Lả'],
    [3, 'Bình Lư', 'Xã', 'Cụm Nam', 'Giàng Thị Mai', 'Lý Văn Hờ'],
    [4, 'Sin Suối Hồ', 'Xã', 'Cụm Nam', 'Giàng Thị Mai', ''],
  ]);
  const leaders = wb.addWorksheet('Lãnh đạo');
  leaders.addRows([
    ['STT', 'Họ và tên', 'Cấp bậc', 'Chức vụ'],
    [1, 'Nguyễn Quang Hưng', 'Đại tá', 'Phó Giám đốc Công an tỉnh'],
    [2, 'Đỗ Thị Thu Hà', 'Thượng tá', 'Phó Giám đốc Công an tỉnh'],
  ]);
  const briefings = wb.addWorksheet('Giao ban');
  briefings.addRows([
    ['STT', 'Ngày giao ban', 'Xã đăng cai', 'Lãnh đạo chủ trì', 'Các xã tham dự', 'Thành phần tham dự', 'Quần chúng'],
    [1, '15/12/2025', 'Tân Phong', 'Nguyễn Quang Hưng', 'Tân Phong, Đoàn Kết', 'CA phụ trách xã; Trưởng CAX; TT Đảng ủy, HĐND, UBND; MTTQ, Hội PN', 12],
    [2, '15/12/2025', 'Bình Lư', 'Đỗ Thị Thu Hà', 'Bình Lư, Sin Suối Hồ', 'CA phụ trách xã; Trưởng CAX; TT Đảng ủy, UBND', ''],
  ]);
  const issues = wb.addWorksheet('Ý kiến');
  issues.addRows([
    ['STT', 'Ngày', 'Xã', 'Nội dung', 'Phân loại', 'Người phản ánh', 'Tình trạng', 'Ngày giải quyết'],
    [1, '15/12/2025', 'Tân Phong', 'Tụ tập thanh thiếu niên đua xe ban đêm trên đường 30/4', 'ANTT', 'UBND', 'Đang giải quyết', ''],
    [2, '15/12/2025', 'Đoàn Kết', 'Hướng dẫn cấp lại căn cước cho người cao tuổi không đi lại được', 'TTHC', 'Nhân dân', 'Đã giải đáp tại chỗ', ''],
    [3, '15/12/2025', 'Bình Lư', 'Đề nghị bổ sung lực lượng tham gia bảo vệ ANTT ở cơ sở', 'Củng cố lực lượng', 'Đảng ủy', 'Đã giải quyết', '20/12/2025'],
    [4, '15/12/2025', 'Sin Suối Hồ', 'Tranh chấp đất nương giữa hai gia đình ở bản Sin Suối Hồ', 'Vụ việc tồn đọng', 'Công an xã', 'Đang giải quyết', ''],
    [5, '20/11/2025', 'Sin Suối Hồ', 'Mất trộm trâu của hộ ông Lý A Pao', 'Vụ việc mới phát sinh', 'Nhân dân', 'Đang giải quyết', ''],
  ]);
  if (withSettings) {
    const s = wb.addWorksheet('Cài đặt');
    s.addRows([
      ['THÔNG TIN ĐƠN VỊ'],
      [],
      ['STT', 'Mục', 'Giá trị'],
      [1, 'Co quan chu quan', 'BỘ CÔNG AN'],
      [2, 'Cơ quan ban hành', 'CÔNG AN TỈNH LAI CHÂU'],
      [3, 'Dia danh', 'Lai Châu'],
      [4, 'Chữ viết tắt', 'CAT-PC06'],
      [5, 'Người ký', 'Đại tá Nguyễn Quang Hưng'],
      [6, 'Quyền hạn ký', 'KT. GIÁM ĐỐC'],
      [7, 'Chức vụ người ký', 'PHÓ GIÁM ĐỐC'],
      [8, 'Nơi nhận giấy mời', '- Như thành phần mời;\n- Đồng chí Giám đốc (để b/c);'],
      [9, 'Giờ giao ban', '08h00'],
      [10, 'Địa điểm tại phường Tân Phong', 'Hội trường Công an phường Tân Phong'],
      [11, 'Màu giấy', 'trắng'],
    ]);
  }
  await wb.xlsx.writeFile(path);
}
