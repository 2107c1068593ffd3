/**
 * Fixed wordings of the three papers (Decree 30/2020/NĐ-CP
 * Appendix III, forms 1.4 "văn bản có tên loại", 1.7 "giấy mời" and 1.9
 * "biên bản"), in the administrative style a clerk would type. Data only;
 * documents/ assembles them. `{…}` are filled in by the builders.
 */

/** What a grassroots briefing is for: the "Nội dung" of the invitation. */
export const BRIEFING_CONTENT =
  'Nắm tình hình an ninh, trật tự trên địa bàn; giải đáp, tháo gỡ khó khăn, vướng mắc về thủ tục hành chính, ' +
  'về an ninh, trật tự, phong trào Toàn dân bảo vệ an ninh Tổ quốc và xây dựng lực lượng Công an xã; ' +
  'kiểm tra, hướng dẫn công tác của Công an xã và cán bộ phụ trách địa bàn.';

/** Form 1.7: "… trân trọng kính mời: … Tới dự …"; the invitees are named under "Kính gửi" above. */
export const INVITATION_INTRO = '{unit} trân trọng kính mời các đồng chí tới dự Hội nghị giao ban tại cơ sở tháng {month} của {cluster}.';

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

/** Form 1.9's closing line; the hour is the secretary's to write, `{date}` is "ngày 15 tháng 12 năm 2025". */
export const MINUTES_CLOSING = 'Hội nghị kết thúc vào …… giờ ……, {date}./.';

/** Form 1.9's heading of the proceedings. */
export const MINUTES_PROCEEDINGS = 'Nội dung (theo diễn biến hội nghị):';

/** Dotted line for handwriting. */
export const FILL_LINE = '…………………………………………………………';

/** A short dotted blank inside a sentence. */
export const FILL_SHORT = '……………';

/** Column headings of the minutes' table of items raised. */
export const MINUTES_ITEM_HEADERS = ['STT', 'Người, đơn vị nêu', 'Nội dung ý kiến, phản ánh', 'Ý kiến của chủ trì, hướng giải quyết'];

/**
 * What the chair did with an item at the briefing, by its recorded status: answered on the spot,
 * referred to the competent agency, or taken for handling after the briefing (whatever came of it later).
 */
export const MINUTES_ANSWER = {
  answered: 'Đồng chí chủ trì giải đáp tại chỗ',
  referred: 'Chuyển cơ quan chức năng giải quyết',
  later: 'Tiếp thu, giao giải quyết sau hội nghị',
} as const;

/** Blank rows of the items table in a minutes prepared before the briefing. */
export const BLANK_MINUTES_ROWS = 8;

/** The mark a paper written for a month the workbook does not speak for carries (Decree 30, Appendix I: "Dự thảo"). */
export const DRAFT_MARK = 'DỰ THẢO';
