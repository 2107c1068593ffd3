/**
 * Fixed wordings of the three documents (issue 12, SPEC §1 and §7), in the
 * administrative style a clerk would type. Data only; documents/ assembles them.
 */

/** What a grassroots briefing is for (SPEC §1): the "Nội dung" of the invitation. */
export const BRIEFING_CONTENT =
  'Nắm tình hình an ninh, trật tự trên địa bàn; giải đáp, tháo gỡ khó khăn, vướng mắc về thủ tục hành chính, ' +
  'về an ninh, trật tự, phong trào Toàn dân bảo vệ an ninh Tổ quốc và xây dựng lực lượng Công an xã; ' +
  'kiểm tra, hướng dẫn công tác của Công an xã và cán bộ phụ trách địa bàn.';

/** The invitation's closing request; `{kinds}` is "xã", "phường" or "xã, phường". */
export const INVITATION_CLOSING =
  'Đề nghị Công an các {kinds} chuẩn bị báo cáo tình hình, kết quả công tác và các khó khăn, vướng mắc cần giải đáp. ' +
  'Rất mong các đồng chí sắp xếp thời gian đến dự đúng thành phần, đúng giờ./.';

/** What a commune police unit's briefing at a village is for (the village tier). */
export const VILLAGE_BRIEFING_CONTENT =
  'Nắm tình hình an ninh, trật tự trên địa bàn thôn, bản; giải đáp, tháo gỡ khó khăn, vướng mắc về thủ tục hành chính, ' +
  'về an ninh, trật tự và phong trào Toàn dân bảo vệ an ninh Tổ quốc; kiểm tra, hướng dẫn hoạt động của Tổ bảo vệ an ninh, ' +
  'trật tự ở cơ sở và cán bộ Công an phụ trách địa bàn.';

/** The village tier's closing request; `{kinds}` is "thôn, bản". */
export const VILLAGE_INVITATION_CLOSING =
  'Đề nghị Trưởng các {kinds} và Tổ bảo vệ an ninh, trật tự ở cơ sở chuẩn bị báo cáo tình hình, kết quả công tác và các khó khăn, vướng mắc cần giải đáp. ' +
  'Rất mong các đồng chí sắp xếp thời gian đến dự đúng thành phần, đúng giờ./.';

/** The minutes' closing line (closing time left blank for the secretary). */
export const MINUTES_CLOSING =
  'Hội nghị kết thúc vào hồi …… giờ …… phút cùng ngày. Biên bản đã được đọc lại cho những người dự cùng nghe và thống nhất./.';

/** Dotted line for handwriting. */
export const FILL_LINE = '…………………………………………………………';

/** Column headings of the minutes' table of items raised. */
export const MINUTES_ITEM_HEADERS = ['STT', 'Người, đơn vị nêu', 'Nội dung ý kiến, phản ánh', 'Nhóm nội dung', 'Ý kiến của chủ trì, tình trạng'];

/** Blank rows of the items table in a minutes prepared before the briefing. */
export const BLANK_MINUTES_ROWS = 8;
