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

/**
 * A district that has planned before: briefings held January–March 2026, the
 * plan sheet the product wrote with one row the clerk fixed ("Cố định": x,
 * another host and chair for Cụm 2 in July), a leader away in May and one in
 * September, and a holiday of its own (a provincial event day off on 15/06/2026).
 */
export async function writePlannedWorkbook(path: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet('Địa bàn').addRows([
    ['CÔNG AN HUYỆN MƯỜNG CHÀ'],
    [],
    ['STT', 'Xã', 'Cụm', 'Cán bộ phụ trách địa bàn', 'Trưởng Công an xã'],
    [1, 'Ma Thì Hồ', 'Cụm 1', 'Lò Văn Ánh', 'Tòng Văn Bình'],
    [2, 'Sa Lông', 'Cụm 1', 'Lò Văn Ánh', 'Quàng Văn Chiến'],
    [3, 'Huổi Lèng', 'Cụm 1', 'Cà Văn Dũng', 'Lường Văn Em'],
    [4, 'Mường Tùng', 'Cụm 2', 'Vì Văn Phong', 'Lò Văn Giang'],
    [5, 'Hừa Ngài', 'Cụm 2', 'Vì Văn Phong', 'Giàng A Hồ'],
    [6, 'Pa Ham', 'Cụm 2', 'Mùa A Khánh', 'Sùng A Lềnh'],
  ]);
  wb.addWorksheet('Lãnh đạo').addRows([
    ['STT', 'Họ và tên', 'Cấp bậc', 'Chức vụ'],
    [1, 'Nguyễn Văn Mạnh', 'Thượng tá', 'Phó trưởng Công an huyện'],
    [2, 'Lò Thị Ngọc', 'Trung tá', 'Phó trưởng Công an huyện'],
    [3, 'Đinh Công Phú', 'Thiếu tá', 'Phó trưởng Công an huyện'],
  ]);
  wb.addWorksheet('Vắng').addRows([
    ['STT', 'Lãnh đạo', 'Từ ngày', 'Đến ngày', 'Lý do'],
    [1, 'Lò Thị Ngọc', '11/05/2026', '22/05/2026', 'Học tập trung'],
    [2, 'Nguyễn Văn Mạnh', '14/09/2026', '18/09/2026', 'Nghỉ phép'],
  ]);
  wb.addWorksheet('Ngày nghỉ').addRows([
    ['STT', 'Ngày', 'Tên ngày nghỉ', 'Loại'],
    [1, '15/06/2026', 'Nghỉ theo quyết định của tỉnh', 'Nghỉ'],
  ]);
  wb.addWorksheet('Sổ giao ban').addRows([
    ['STT', 'Ngày giao ban', 'Cụm', 'Xã đăng cai', 'Lãnh đạo chủ trì', 'Thành phần tham dự'],
    [1, '15/01/2026', 'Cụm 1', 'Ma Thì Hồ', 'Nguyễn Văn Mạnh', 'CA phụ trách xã; Trưởng CAX; TT Đảng ủy, HĐND, UBND'],
    [2, '15/01/2026', 'Cụm 2', 'Mường Tùng', 'Lò Thị Ngọc', 'CA phụ trách xã; Trưởng CAX; TT Đảng ủy, HĐND, UBND'],
    [3, '23/02/2026', 'Cụm 1', 'Sa Lông', 'Đinh Công Phú', 'CA phụ trách xã; Trưởng CAX; TT Đảng ủy, HĐND, UBND'],
    [4, '23/02/2026', 'Cụm 2', 'Hừa Ngài', 'Nguyễn Văn Mạnh', 'CA phụ trách xã; Trưởng CAX; TT Đảng ủy, HĐND, UBND'],
    [5, '16/03/2026', 'Cụm 1', 'Huổi Lèng', 'Lò Thị Ngọc', 'CA phụ trách xã; Trưởng CAX; TT Đảng ủy, HĐND, UBND'],
    [6, '16/03/2026', 'Cụm 2', 'Pa Ham', 'Đinh Công Phú', 'CA phụ trách xã; Trưởng CAX; TT Đảng ủy, HĐND, UBND'],
  ]);
  wb.addWorksheet('Ý kiến').addRows([
    ['STT', 'Ngày', 'Xã', 'Nội dung', 'Phân loại', 'Người phản ánh', 'Tình trạng'],
    [1, '16/03/2026', 'Pa Ham', 'Đề nghị hướng dẫn đăng ký thường trú cho trẻ mới sinh', 'TTHC', 'Bí thư chi bộ bản Pa Ham 2', 'Đã giải đáp tại chỗ'],
  ]);
  wb.addWorksheet('Lịch cũ').addRows([
    ['LỊCH GIAO BAN'],
    ['Tháng', 'Cụm', 'Ngày giao ban', 'Xã đăng cai', 'Lãnh đạo chủ trì', 'Cố định'],
    ['04/2026', 'Cụm 1', '15/04/2026', 'Ma Thì Hồ', 'Đinh Công Phú', ''],
    ['04/2026', 'Cụm 2', '15/04/2026', 'Mường Tùng', 'Nguyễn Văn Mạnh', ''],
    ['07/2026', 'Cụm 2', '20/07/2026', 'Pa Ham', 'Lò Thị Ngọc', 'x'],
  ]);
  await wb.xlsx.writeFile(path);
}

/**
 * Two briefings of one cluster as a clerk logs them, saying little: the first
 * names only the commune police chiefs and a head count, the second nothing
 * about who came; items raised by people written as the clerk wrote them. One
 * more briefing row of February has an impossible date (31/02/2026). With
 * `settings`, the unit's start time and place.
 */
export async function writeSparseLogWorkbook(path: string, settings = false): Promise<void> {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet('Địa bàn').addRows([
    ['CÔNG AN TỈNH ĐIỆN BIÊN'],
    ['CÔNG AN HUYỆN TUẦN GIÁO'],
    ['STT', 'Xã', 'Cụm'],
    [1, 'Quài Nưa', 'Cụm 1'],
    [2, 'Quài Cang', 'Cụm 1'],
  ]);
  wb.addWorksheet('Lãnh đạo').addRows([
    ['STT', 'Họ và tên', 'Cấp bậc', 'Chức vụ'],
    [1, 'Bạc Cầm Phương', 'Thượng tá', 'Phó trưởng Công an huyện'],
  ]);
  wb.addWorksheet('Sổ giao ban').addRows([
    ['STT', 'Ngày giao ban', 'Xã đăng cai', 'Lãnh đạo chủ trì', 'Thành phần tham dự', 'Quần chúng'],
    [1, '15/01/2026', 'Quài Nưa', 'Bạc Cầm Phương', 'Trưởng CAX các xã', 25],
    [2, '31/02/2026', 'Quài Cang', 'Bạc Cầm Phương', '', ''],
    [3, '16/03/2026', 'Quài Cang', 'Bạc Cầm Phương', '', ''],
  ]);
  wb.addWorksheet('Ý kiến').addRows([
    ['STT', 'Ngày', 'Xã', 'Nội dung', 'Phân loại', 'Người phản ánh', 'Tình trạng', 'Cán bộ thụ lý'],
    [1, '15/01/2026', 'Quài Nưa', 'Đề nghị cấp lại căn cước cho người già ở bản Co Sản', 'TTHC', 'Ông Lò Văn Pọm, trưởng bản Co Sản', 'Đã giải đáp tại chỗ', ''],
    [2, '15/01/2026', 'Quài Cang', 'Trộm cắp gia súc ban đêm ở bản Pú Piến', 'ANTT', 'Bí thư Đảng ủy xã', 'Đang giải quyết', 'Lường Văn Quý'],
    [3, '16/03/2026', 'Quài Cang', 'Đề nghị tăng cường tuần tra dịp lễ hội', 'ANTT', 'Hội Phụ nữ xã', 'Chuyển cơ quan chức năng', ''],
  ]);
  if (settings) {
    wb.addWorksheet('Thông tin').addRows([
      ['STT', 'Thông tin', 'Giá trị'],
      [1, 'Giờ giao ban', '7h30'],
      [2, 'Địa điểm', 'Hội trường Ủy ban nhân dân {xã}'],
      [3, 'Người ký', 'Bạc Cầm Phương'],
    ]);
  }
  await wb.xlsx.writeFile(path);
}
