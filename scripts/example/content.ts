/**
 * Issue contents clerks write in the tracking book, by category: templates
 * filled with villages, objects and people so two years of rows read naturally.
 * Shared with the province-scale generator.
 */
import type { Category, CaseState } from '../../packages/core/src/model.js';

export const VILLAGES = [
  'bản Huổi Đanh', 'bản Nà Pán', 'bản Huổi Dạo', 'bản Nậm Pang', 'bản Sam Lang', 'bản Huổi Thanh', 'bản Pa Kết',
  'bản Nà Cang', 'bản Phìn Hồ', 'bản Tàng Do', 'bản Huổi Hoi', 'bản Nậm Ngà', 'bản Ham Xoong', 'bản Pa Cá',
];

export const OBJECTS = [
  'đất nương rẫy', 'ranh giới đất rừng', 'nguồn nước sinh hoạt', 'đường liên bản', 'trâu bò thả rông', 'máy xay xát',
  'xe máy không chính chủ', 'cây cao su', 'ao cá', 'đất vườn', 'tiền hỗ trợ giống', 'hàng rào',
];

/** Contents per category, with the case state they imply for security items. */
export const CONTENT_TEMPLATES: Record<Category, { text: string; caseState?: CaseState }[]> = {
  'security-situation': [
    { text: 'Tranh chấp {object} giữa hai hộ gia đình ở {village}, đã hòa giải một lần chưa thành', caseState: 'pending' },
    { text: 'Phát hiện đối tượng lạ vào {village} tuyên truyền đạo trái pháp luật', caseState: 'new' },
    { text: 'Mất trộm {object} tại {village}, đề nghị Công an huyện hỗ trợ điều tra', caseState: 'new' },
    { text: 'Vụ đánh nhau gây thương tích tại đám cưới ở {village} chưa được xử lý dứt điểm', caseState: 'pending' },
    { text: 'Tình trạng thanh niên {village} sang Trung Quốc lao động trái phép', caseState: 'new' },
    { text: 'Nghi vấn mua bán, tàng trữ trái phép chất ma túy tại khu vực {village}', caseState: 'new' },
    { text: 'Khiếu kiện kéo dài về {object} của một số hộ ở {village}', caseState: 'pending' },
    { text: 'Đốt nương làm rẫy gây cháy rừng phòng hộ giáp {village}', caseState: 'new' },
    { text: 'Tình hình an ninh trật tự dịp Tết tại {village} cơ bản ổn định, đề nghị tăng cường tuần tra' },
    { text: 'Một số đối tượng nghiện ma túy ở {village} tái nghiện sau cai, cần quản lý chặt', caseState: 'pending' },
  ],
  'commune-police': [
    { text: 'Đề nghị bổ sung 01 đồng chí Công an chính quy về xã do địa bàn rộng, giáp biên' },
    { text: 'Kiện toàn Công an viên tại {village} do đồng chí phụ trách bản chuyển công tác' },
    { text: 'Đề nghị hỗ trợ trụ sở làm việc, hiện Công an xã đang làm việc nhờ tại UBND xã' },
    { text: 'Đề xuất tập huấn nghiệp vụ tiếp nhận, giải quyết tin báo cho Công an xã' },
    { text: 'Thiếu phương tiện tuần tra vào các bản vùng cao, đề nghị cấp thêm xe máy' },
    { text: 'Đề nghị hướng dẫn chế độ trực, chế độ phụ cấp cho lực lượng tham gia bảo vệ ANTT ở cơ sở' },
  ],
  'mass-organizations': [
    { text: 'Xây dựng mô hình "Bản an toàn về ANTT" tại {village}' },
    { text: 'Đề nghị hướng dẫn thành lập Tổ tự quản an ninh trật tự ở {village}' },
    { text: 'Hội Phụ nữ xã đề nghị phối hợp tuyên truyền phòng chống mua bán người tại {village}' },
    { text: 'Phát động phong trào toàn dân bảo vệ an ninh Tổ quốc gắn với xây dựng nông thôn mới ở {village}' },
    { text: 'Đoàn Thanh niên xã đề nghị phối hợp ra quân tuyên truyền phòng chống ma túy trong thanh niên' },
    { text: 'Củng cố Tổ hòa giải ở cơ sở tại {village}, đề nghị tập huấn kỹ năng hòa giải' },
  ],
  'administrative-procedures': [
    { text: 'Vướng mắc khi làm thủ tục đăng ký thường trú cho các hộ mới chuyển đến {village}' },
    { text: 'Người dân {village} chưa được cấp Căn cước do đi làm ăn xa, đề nghị tổ chức cấp lưu động' },
    { text: 'Khó khăn khi khai báo tạm vắng qua ứng dụng VNeID do sóng điện thoại yếu' },
    { text: 'Đề nghị hướng dẫn đăng ký xe máy cho các hộ mua xe không có giấy tờ ở {village}' },
    { text: 'Sai lệch thông tin năm sinh trên Căn cước của một số người cao tuổi ở {village}' },
    { text: 'Hướng dẫn tích hợp giấy khai sinh vào cơ sở dữ liệu quốc gia về dân cư' },
  ],
  other: [
    { text: 'Đề nghị sửa chữa cầu treo vào {village} bị hư hỏng sau mưa lũ' },
    { text: 'Phản ánh tình trạng sạt lở taluy dương trên {object} ảnh hưởng đi lại' },
    { text: 'Đề nghị hỗ trợ gạo cứu đói cho các hộ nghèo ở {village} thời kỳ giáp hạt' },
    { text: 'Kiến nghị về tiến độ làm đường điện vào {village}' },
  ],
};

/** What clerks write in the category column (every synonym the reader accepts). */
export const CATEGORY_WRITINGS: Record<Category, string[]> = {
  'security-situation': ['Tình hình ANTT', 'ANTT', 'An ninh trật tự', 'Thông tin ANTT'],
  'commune-police': ['Củng cố lực lượng', 'Kiện toàn lực lượng', 'Xây dựng lực lượng Công an xã', 'Lực lượng CAX'],
  'mass-organizations': ['Phát động phong trào', 'Xây dựng tổ chức quần chúng', 'Tổ chức quần chúng'],
  'administrative-procedures': ['Thủ tục hành chính', 'TTHC', 'Cư trú', 'Căn cước'],
  other: ['Khác'],
};

/** Case-state writings of a security item's category cell. */
export const CASE_STATE_WRITINGS: Record<CaseState, string> = { pending: 'Vụ việc tồn đọng', new: 'Vụ việc mới phát sinh' };

/** Raised-by writings (accepted synonyms). */
export const RAISED_BY_WRITINGS = [
  'Đảng ủy', 'Cấp ủy', 'UBND', 'Chính quyền', 'HĐND', 'Công an xã', 'CAX', 'Nhân dân', 'Quần chúng', 'Người dân',
  'MTTQ', 'Hội Phụ nữ', 'Hội Nông dân', 'Hội Cựu chiến binh', 'Đoàn Thanh niên',
];

/** Status writings by code. */
export const STATUS_WRITINGS = {
  answered: ['Đã giải đáp tại chỗ', 'đã giải đáp tại chỗ'],
  'in-progress': ['Đang giải quyết'],
  resolved: ['Đã giải quyết', 'Da giai quyet'],
  referred: ['Chuyển cơ quan chức năng'],
} as const;

/** Fills a template. */
export function fillContent(text: string, village: string, object: string): string {
  return text.replace('{village}', village).replace('{object}', object);
}
