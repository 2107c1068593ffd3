/**
 * The unit's document settings: the keys of the "Thông tin đơn vị"
 * table a clerk fills once (parent body, issuing body, place name, document
 * symbols, signer, recipients, briefing time), with the wordings accepted for
 * each key. Data only: the reader folds keys and synonyms the same way.
 */

/** A setting the documents use. */
export type DocumentSettingKey =
  | 'parentBody'
  | 'issuingBody'
  | 'placeName'
  | 'unitAbbreviation'
  | 'invitationSymbol'
  | 'minutesSymbol'
  | 'reportSymbol'
  | 'signerAuthority'
  | 'signerTitle'
  | 'signerName'
  | 'reportTo'
  | 'invitationRecipients'
  | 'reportRecipients'
  | 'briefingTime'
  | 'place'
  | 'draftingUnit'
  | 'minutesRecipients'
  | 'invitationLeadDays';

/**
 * Key wordings per setting; the first is what the template writes.
 * `place` also takes a commune after it ("Địa điểm tại xã Nà Khoa").
 *
 * @example
 * ```ts
 * DOCUMENT_SETTING_SYNONYMS.signerName[0]; // "Người ký"
 * ```
 */
export const DOCUMENT_SETTING_SYNONYMS: Readonly<Record<DocumentSettingKey, readonly string[]>> = {
  parentBody: ['Cơ quan chủ quản', 'Cơ quan cấp trên', 'Đơn vị cấp trên', 'Tên cơ quan chủ quản', 'Cơ quan, tổ chức chủ quản'],
  issuingBody: ['Cơ quan ban hành', 'Đơn vị ban hành', 'Tên cơ quan ban hành', 'Tên đơn vị ban hành', 'Tên cơ quan'],
  placeName: ['Địa danh', 'Địa danh ghi ngày tháng', 'Nơi ban hành', 'Địa danh ban hành'],
  unitAbbreviation: ['Chữ viết tắt tên đơn vị', 'Chữ viết tắt', 'Viết tắt', 'Ký hiệu đơn vị', 'Chữ viết tắt tên cơ quan'],
  invitationSymbol: ['Ký hiệu giấy mời', 'Viết tắt giấy mời'],
  minutesSymbol: ['Ký hiệu biên bản', 'Viết tắt biên bản'],
  reportSymbol: ['Ký hiệu báo cáo', 'Viết tắt báo cáo'],
  signerAuthority: ['Quyền hạn ký', 'Thẩm quyền ký', 'Ký thay', 'Quyền hạn người ký'],
  signerTitle: ['Chức vụ người ký', 'Chức danh người ký'],
  signerName: ['Người ký', 'Họ tên người ký', 'Họ và tên người ký'],
  reportTo: ['Kính gửi', 'Nơi gửi báo cáo', 'Báo cáo gửi'],
  invitationRecipients: ['Nơi nhận giấy mời'],
  reportRecipients: ['Nơi nhận báo cáo', 'Nơi nhận'],
  briefingTime: ['Giờ giao ban', 'Giờ bắt đầu', 'Thời gian bắt đầu', 'Giờ họp'],
  place: ['Địa điểm', 'Địa điểm giao ban', 'Địa điểm họp', 'Địa điểm tổ chức'],
  draftingUnit: ['Đơn vị soạn thảo', 'Bộ phận soạn thảo', 'Viết tắt đơn vị soạn thảo', 'Chữ viết tắt đơn vị soạn thảo'],
  minutesRecipients: ['Nơi nhận biên bản'],
  invitationLeadDays: ['Gửi giấy mời trước', 'Số ngày gửi giấy mời trước', 'Giấy mời gửi trước'],
};

/** Keys in template order (the order of {@link DOCUMENT_SETTING_SYNONYMS}). */
export const DOCUMENT_SETTING_KEYS = Object.keys(DOCUMENT_SETTING_SYNONYMS) as DocumentSettingKey[];

/** What the template's "Ghi chú" column says about each key (an example value). */
export const DOCUMENT_SETTING_HINTS: Readonly<Record<DocumentSettingKey, string>> = {
  parentBody: 'Ví dụ: CÔNG AN TỈNH ĐIỆN BIÊN',
  issuingBody: 'Ví dụ: CÔNG AN HUYỆN NẬM PỒ, CÔNG AN XÃ NÀ KHOA',
  placeName: 'Địa danh ghi ở dòng ngày tháng, ví dụ: Nậm Pồ',
  unitAbbreviation: 'Ví dụ: CAH, CAT, CAX (ghi sau số văn bản: Số: 05/GM-CAH)',
  invitationSymbol: 'Mặc định GM',
  minutesSymbol: 'Mặc định BB',
  reportSymbol: 'Mặc định BC',
  signerAuthority: 'Ví dụ: KT. TRƯỞNG CÔNG AN HUYỆN (bỏ trống nếu người đứng đầu ký)',
  signerTitle: 'Ví dụ: PHÓ TRƯỞNG CÔNG AN HUYỆN',
  signerName: 'Ví dụ: Thượng tá Nguyễn Văn A',
  reportTo: 'Ví dụ: Công an tỉnh Điện Biên',
  invitationRecipients: 'Mỗi nơi một dòng hoặc cách nhau bằng dấu chấm phẩy; "Lưu: VT." tự thêm cuối',
  reportRecipients: 'Mỗi nơi một dòng hoặc cách nhau bằng dấu chấm phẩy; "Lưu: VT." tự thêm cuối',
  briefingTime: 'Ví dụ: 07h30. Bỏ trống thì giấy mời, biên bản để chỗ trống "…… giờ …… phút" cho văn thư ghi',
  place: 'Ví dụ: Hội trường Ủy ban nhân dân {xã} ({xã} là xã đăng cai); riêng từng xã: ghi "Địa điểm tại xã Nà Khoa". Bỏ trống thì để chỗ trống',
  draftingUnit: 'Chữ viết tắt đơn vị soạn thảo, ghi sau "Lưu: VT," ở nơi nhận, ví dụ: TH',
  minutesRecipients: 'Mỗi nơi một dòng; "Lưu: VT, Hồ sơ." tự thêm cuối',
  invitationLeadDays: 'Số ngày làm việc giấy mời ghi ngày trước buổi giao ban; mặc định 5',
};

/** Header wordings of the settings table's two columns (merged into HEADER_SYNONYMS). */
export const SETTINGS_HEADER_SYNONYMS = {
  settingKey: ['Thông tin', 'Mục', 'Tham số', 'Nội dung thông tin', 'Thông tin đơn vị', 'Khóa'],
  settingValue: ['Giá trị', 'Nội dung ghi', 'Thông tin ghi', 'Giá trị ghi'],
} as const;

/** Document symbols of Decree 30/2020 Appendix III for the three kinds. */
export const DEFAULT_DOCUMENT_SYMBOLS = { invitation: 'GM', minutes: 'BB', report: 'BC' } as const;

/** Working days between an invitation's date and its briefing when the workbook and the caller say nothing. */
export const DEFAULT_INVITATION_LEAD_DAYS = 5;

/** Unit abbreviations by level (Công an huyện → CAH …) for the fallback header. */
export const UNIT_ABBREVIATIONS: Readonly<Record<string, string>> = {
  'tỉnh': 'CAT',
  'thành phố': 'CATP',
  'huyện': 'CAH',
  'quận': 'CAQ',
  'thị xã': 'CATX',
  'xã': 'CAX',
  'phường': 'CAP',
  'thị trấn': 'CATT',
  'đặc khu': 'CAĐK',
};
