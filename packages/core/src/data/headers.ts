/**
 * Header synonyms of a clerk's tracking workbook, per field.
 *
 * Data only: the table finder folds both these synonyms and the sheet's header
 * cells the same way (NFC, one tone style, lower case, punctuation to spaces,
 * and a second key without diacritics), so list each wording once, with accents.
 * A synonym may belong to several fields ("Loại", "Trưởng CAX"); the table's
 * kind decides which one it is.
 */
import { SETTINGS_HEADER_SYNONYMS } from './documentSettings.js';

/**
 * Headers of a villages list (the village tier: a commune police unit's hosts). Read as the commune
 * field; a communes table headed by one of these makes the workbook a commune police unit's.
 */
export const VILLAGE_HEADERS: readonly string[] = [
  'Thôn, bản, tổ dân phố', 'Thôn, bản', 'Tổ dân phố', 'Thôn', 'Bản', 'Thôn/bản', 'Thôn/bản/tổ dân phố', 'Tên thôn',
  'Tên thôn, bản', 'Tên thôn, bản, tổ dân phố', 'Thôn, tổ dân phố', 'Ấp', 'Khu phố', 'Thôn, ấp', 'Thôn phản ánh',
];

/** A column meaning that a header cell can carry. */
export type FieldName =
  | 'stt'
  | 'date'
  | 'commune'
  | 'host'
  | 'chair'
  | 'attendance'
  | 'areaOfficer'
  | 'policeChief'
  | 'partyStanding'
  | 'peoplesCouncil'
  | 'peoplesCommittee'
  | 'public'
  | 'massOrganizations'
  | 'participatingCommunes'
  | 'content'
  | 'category'
  | 'caseState'
  | 'raisedBy'
  | 'status'
  | 'resolvedDate'
  | 'acceptedDate'
  | 'officer'
  | 'leaderName'
  | 'rank'
  | 'title'
  | 'clustersAllowed'
  | 'cluster'
  | 'communeKind'
  | 'from'
  | 'to'
  | 'mergedInto'
  | 'reason'
  | 'holidayName'
  | 'holidayKind'
  | 'notes'
  | 'month'
  | 'weekday'
  | 'fixed'
  | 'settingKey'
  | 'settingValue'
  | 'issueKind'
  | 'deadlineDays'
  | 'dayCount'
  | 'legalBasis'
  | 'phone'
  | 'swapFrom'
  | 'swapTo'
  | 'requestedBy'
  | 'approvedBy'
  | 'unitCode'
  | 'formedFrom'
  | 'villageHead'
  | 'securityTeam';

/**
 * Every header wording accepted for each field.
 *
 * @example
 * ```ts
 * HEADER_SYNONYMS.chair.includes('Lãnh đạo chủ trì'); // true
 * ```
 */
export const HEADER_SYNONYMS: Readonly<Record<FieldName, readonly string[]>> = {
  stt: ['STT', 'TT', 'Số TT', 'Số thứ tự', 'S.T.T'],
  date: [
    'Ngày', 'Ngày giao ban', 'Ngày tháng', 'Ngày, tháng', 'Ngày tháng năm', 'Ngày, tháng, năm', 'Thời gian',
    'Ngày phản ánh', 'Ngày tổ chức', 'Thời gian giao ban', 'Ngày nghỉ',
  ],
  commune: [
    'Xã', 'Tên xã', 'Đơn vị', 'Xã/Phường', 'Xã, phường', 'Xã, phường, thị trấn', 'Tên xã, phường, thị trấn',
    'Tên đơn vị', 'Địa bàn', 'Xã phản ánh', 'Phường', 'Đơn vị hành chính', 'Đơn vị cấp xã',
    // Since 1 July 2025: xã, phường, đặc khu (no thị trấn).
    'Xã, phường, đặc khu', 'Tên xã, phường, đặc khu', 'Xã/phường/đặc khu', 'Đơn vị hành chính cấp xã', 'Tên đơn vị hành chính',
    // The village tier: a commune police unit's hosts are its villages (thôn, bản, tổ dân phố).
    ...VILLAGE_HEADERS,
  ],
  host: [
    'Địa điểm', 'Xã đăng cai', 'Địa điểm giao ban', 'Nơi tổ chức', 'Đơn vị đăng cai', 'Xã tổ chức',
    'Thôn đăng cai', 'Thôn, bản đăng cai', 'Thôn, bản, tổ dân phố đăng cai', 'Thôn tổ chức', 'Bản đăng cai',
  ],
  chair: ['Chủ trì', 'Lãnh đạo chủ trì', 'Đồng chí chủ trì', 'Người chủ trì', 'Đ/c chủ trì', 'Lãnh đạo dự, chủ trì'],
  attendance: ['Thành phần', 'Thành phần tham dự', 'Thành phần dự', 'Thành phần tham gia', 'Thành phần dự họp'],
  areaOfficer: [
    'Cán bộ phụ trách địa bàn', 'CB phụ trách', 'Công an phụ trách xã', 'CA phụ trách', 'CA phụ trách xã',
    'Cán bộ phụ trách', 'CBCS phụ trách địa bàn', 'Cán bộ, chiến sỹ phụ trách địa bàn', 'Công an phụ trách địa bàn',
  ],
  policeChief: [
    'Trưởng Công an xã', 'Trưởng CA xã', 'Trưởng CAX', 'Trưởng, Phó CAX', 'Trưởng/Phó CAX', 'Lãnh đạo CAX',
    'Trưởng hoặc Phó trưởng Công an xã', 'Trưởng, Phó trưởng CAX',
    'Trưởng Công an xã, phường, đặc khu', 'Trưởng, Phó Trưởng Công an xã, phường, đặc khu', 'Trưởng CAP', 'Trưởng CAĐK',
    'Lãnh đạo Công an xã, phường, đặc khu', 'Lãnh đạo Công an xã',
  ],
  partyStanding: ['TT Đảng ủy', 'Thường trực Đảng ủy', 'TTĐU', 'TT ĐU', 'Đảng ủy', 'Cấp ủy'],
  peoplesCouncil: ['HĐND', 'HĐND xã', 'Hội đồng nhân dân'],
  peoplesCommittee: ['UBND', 'UBND xã', 'Ủy ban nhân dân'],
  public: ['Quần chúng', 'Quần chúng nhân dân', 'Số quần chúng', 'Nhân dân', 'Số người dân'],
  massOrganizations: ['Ban, đoàn thể', 'Đoàn thể', 'Đại diện ban, đoàn thể', 'Các ban, đoàn thể', 'Ban ngành, đoàn thể'],
  participatingCommunes: [
    'Các xã tham dự', 'Xã tham dự', 'Các xã dự', 'Đơn vị tham dự', 'Các xã, phường, đặc khu tham dự',
    'Các thôn tham dự', 'Thôn tham dự', 'Các thôn, bản tham dự', 'Các thôn, bản, tổ dân phố tham dự',
  ],
  content: [
    'Nội dung', 'Nội dung ý kiến', 'Nội dung phản ánh', 'Ý kiến', 'Phản ánh', 'Ý kiến, phản ánh', 'Ý kiến phản ánh',
    'Tóm tắt nội dung', 'Nội dung ý kiến, phản ánh', 'Nội dung ý kiến phản ánh', 'Nội dung kiến nghị',
  ],
  category: ['Phân loại', 'Loại', 'Lĩnh vực', 'Nhóm nội dung', 'Loại nội dung', 'Nhóm'],
  caseState: ['Tình trạng vụ việc', 'Vụ việc', 'Loại vụ việc'],
  raisedBy: ['Người phản ánh', 'Đơn vị phản ánh', 'Người/đơn vị phản ánh', 'Người, đơn vị phản ánh', 'Nguồn', 'Người nêu'],
  status: ['Tình trạng', 'Kết quả', 'Kết quả giải quyết', 'Tình trạng giải quyết', 'Trạng thái', 'Kết quả trả lời'],
  resolvedDate: ['Ngày giải quyết', 'Ngày hoàn thành', 'Ngày trả lời', 'Ngày xong'],
  // The day an item was accepted for handling: complaints and denunciations count their deadline from it.
  acceptedDate: ['Ngày thụ lý', 'Thụ lý ngày', 'Ngày thụ lý giải quyết', 'Ngày thụ lý đơn', 'Ngày ra quyết định thụ lý', 'Ngày QĐ thụ lý'],
  officer: [
    'Cán bộ thụ lý', 'Người thụ lý', 'Cán bộ giải quyết', 'Người giải quyết', 'Cán bộ xử lý', 'Người xử lý',
    'Cán bộ được giao', 'Người được giao', 'Cán bộ được phân công', 'Người được phân công', 'Cán bộ theo dõi',
    'Người theo dõi', 'Cán bộ xử lý, giải quyết', 'Người chịu trách nhiệm',
  ],
  leaderName: ['Họ và tên', 'Họ tên', 'Lãnh đạo', 'Tên lãnh đạo', 'Họ và tên lãnh đạo'],
  rank: ['Cấp bậc', 'Cấp hàm'],
  title: ['Chức vụ', 'Chức danh'],
  clustersAllowed: ['Cụm phụ trách', 'Các cụm phụ trách', 'Cụm được chủ trì'],
  cluster: ['Cụm', 'Cụm xã', 'Cụm giao ban', 'Tên cụm'],
  communeKind: ['Loại đơn vị', 'Loại', 'Cấp'],
  from: ['Từ ngày', 'Hiệu lực từ', 'Ngày bắt đầu', 'Nghỉ từ ngày'],
  to: ['Đến ngày', 'Hiệu lực đến', 'Ngày kết thúc', 'Tới ngày'],
  mergedInto: ['Sáp nhập vào', 'Nhập vào', 'Sáp nhập'],
  reason: ['Lý do', 'Lí do', 'Lý do vắng'],
  holidayName: ['Tên', 'Tên ngày nghỉ', 'Tên ngày lễ', 'Ngày lễ'],
  holidayKind: ['Loại', 'Loại ngày', 'Nghỉ/Làm bù'],
  notes: ['Ghi chú', 'Chú thích', 'Ghi chú khác'],
  month: ['Tháng', 'Tháng giao ban'],
  weekday: ['Thứ'],
  fixed: ['Cố định'],
  settingKey: SETTINGS_HEADER_SYNONYMS.settingKey,
  settingValue: SETTINGS_HEADER_SYNONYMS.settingValue,
  // The kind of item (it decides the deadline). "Loại" and "Loại vụ việc" stay a category and a
  // case state in an issue table (resolveField prefers those); they name the kind in the deadlines table.
  issueKind: [
    'Loại đơn', 'Loại vụ việc/đơn', 'Loại vụ việc, đơn', 'Loại đơn thư', 'Loại đơn, thư', 'Loại việc', 'Phân loại đơn',
    'Loại hồ sơ', 'Hình thức đơn', 'Loại', 'Loại vụ việc',
  ],
  deadlineDays: ['Số ngày', 'Thời hạn', 'Thời hạn (ngày)', 'Thời hạn giải quyết', 'Thời hạn xử lý', 'Số ngày xử lý', 'Số ngày giải quyết'],
  dayCount: ['Cách tính', 'Tính theo', 'Ngày lịch/ngày làm việc', 'Ngày lịch hay ngày làm việc', 'Cách tính ngày'],
  legalBasis: ['Căn cứ', 'Căn cứ pháp lý', 'Căn cứ pháp luật', 'Văn bản quy định'],
  // A phone column marks a contact list, not a leaders' list.
  phone: ['Số điện thoại', 'Điện thoại', 'SĐT', 'Số ĐT', 'ĐT', 'Điện thoại liên hệ', 'Di động', 'Email', 'Thư điện tử'],
  // The Đổi lịch table (recorded swaps of a chair, host or date).
  swapFrom: ['Đổi từ', 'Người/xã/ngày cũ', 'Theo lịch cũ', 'Lịch cũ'],
  swapTo: ['Đổi thành', 'Đổi sang', 'Thay bằng', 'Lịch mới', 'Người/xã/ngày mới'],
  requestedBy: ['Người đề nghị', 'Đề nghị', 'Người yêu cầu', 'Đơn vị đề nghị'],
  approvedBy: ['Người duyệt', 'Người phê duyệt', 'Phê duyệt', 'Lãnh đạo duyệt'],
  // The official code of a commune-level unit (Công văn 1027/CTK-CSCL of the statistics office).
  unitCode: ['Mã ĐVHC', 'Mã đơn vị hành chính', 'Mã xã', 'Mã đơn vị', 'Mã số', 'Mã', 'Mã ĐVHC cấp xã'],
  // What a unit of today was formed from (the 2025 resolutions).
  formedFrom: [
    'Hình thành từ', 'Sáp nhập từ', 'Được hình thành từ', 'Hợp nhất từ', 'Các xã cũ', 'Xã cũ', 'Đơn vị cũ',
    'Trước sáp nhập', 'Các đơn vị trước sắp xếp', 'Sắp xếp từ',
  ],
  // The village tier's participants: village heads and the grassroots security team (Law 30/2023/QH15).
  villageHead: ['Trưởng thôn', 'Trưởng bản', 'Trưởng thôn, bản', 'Trưởng thôn, bản, tổ dân phố', 'Tổ trưởng tổ dân phố', 'Trưởng thôn/bản'],
  securityTeam: [
    'Tổ bảo vệ an ninh, trật tự', 'Tổ bảo vệ ANTT', 'Tổ bảo vệ an ninh, trật tự ở cơ sở', 'Tổ BV ANTT', 'Tổ ANTT cơ sở',
    'Lực lượng tham gia bảo vệ ANTT ở cơ sở', 'Tổ trưởng, thành viên Tổ bảo vệ ANTT',
  ],
};

/** Field names in their canonical order (the order of {@link HEADER_SYNONYMS}). */
export const FIELD_NAMES = Object.keys(HEADER_SYNONYMS) as FieldName[];
