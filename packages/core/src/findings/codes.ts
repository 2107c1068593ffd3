/**
 * The stable finding codes with their severity and a short
 * label in both languages, for legends and filters in output sheets. This
 * table is the single source: the {@link FindingCode} type is its keys and a
 * finding's severity is read from it, never restated where it is raised.
 */
import type { Severity } from '../model.js';

/**
 * Severity and label of each finding code.
 *
 * @example
 * ```ts
 * FINDING_CODES['date.invalid'].severity; // "error"
 * FINDING_CODES['status.blank'].vi;       // "Chưa ghi tình trạng giải quyết"
 * ```
 */
export const FINDING_CODES = {
  'date.missing': { severity: 'error', vi: 'Thiếu ngày', en: 'Missing date' },
  'date.invalid': { severity: 'error', vi: 'Ngày không hợp lệ', en: 'Invalid date' },
  'commune.unknown': { severity: 'error', vi: 'Xã không có trong danh sách', en: 'Unknown commune' },
  'leader.unknown': { severity: 'error', vi: 'Lãnh đạo không có trong danh sách', en: 'Unknown leader' },
  'chair.not-leader': { severity: 'error', vi: 'Người chủ trì không phải lãnh đạo', en: 'Chair is not a leader' },
  'category.unknown': { severity: 'error', vi: 'Phân loại không hợp lệ', en: 'Unknown category' },
  'resolved.before-raised': { severity: 'error', vi: 'Ngày giải quyết trước ngày phản ánh', en: 'Resolved before raised' },
  'row.duplicate': { severity: 'error', vi: 'Dòng trùng lặp', en: 'Duplicate row' },
  'table.missing-column': { severity: 'error', vi: 'Bảng thiếu cột', en: 'Table misses a column' },
  'value.invalid': { severity: 'error', vi: 'Giá trị không hợp lệ', en: 'Invalid value' },
  'briefing.non-working-day': { severity: 'warning', vi: 'Giao ban vào ngày nghỉ', en: 'Briefing on a day off' },
  'briefing.off-plan-date': { severity: 'warning', vi: 'Giao ban khác ngày theo lịch', en: 'Briefing off its planned date' },
  'attendance.missing-police': { severity: 'warning', vi: 'Thiếu lãnh đạo Công an xã', en: 'No commune police leader' },
  'attendance.missing-local-leaders': { severity: 'warning', vi: 'Thiếu thành phần của xã', en: 'Local leaders missing' },
  'issue.no-briefing': { severity: 'warning', vi: 'Không có buổi giao ban tương ứng', en: 'No matching briefing' },
  'status.blank': { severity: 'warning', vi: 'Chưa ghi tình trạng giải quyết', en: 'Blank status' },
  'issue.overdue': { severity: 'warning', vi: 'Quá hạn chưa giải quyết', en: 'Overdue' },
  'host.twice-in-month': { severity: 'warning', vi: 'Xã đăng cai hai lần trong tháng', en: 'Host twice in a month' },
  'raised-by.unknown': { severity: 'warning', vi: 'Không rõ người/đơn vị phản ánh', en: 'Unrecognised source' },
  'category.suggested': { severity: 'warning', vi: 'Đề nghị phân loại', en: 'Suggested category' },
  'text.legacy-converted': { severity: 'warning', vi: 'Đã chuyển mã TCVN3/VNI', en: 'Legacy text converted' },
  'table.none': { severity: 'warning', vi: 'Không tìm thấy bảng', en: 'No table found' },
  'chair.absent': { severity: 'warning', vi: 'Lãnh đạo chủ trì đang vắng', en: 'Chair on leave' },
  'commune.inactive': { severity: 'warning', vi: 'Xã chưa thành lập hoặc đã sáp nhập', en: 'Commune not in existence on that date' },
  'chair.double-booked': { severity: 'warning', vi: 'Lãnh đạo chủ trì hai buổi cùng ngày', en: 'Chair double-booked' },
  'setting.unknown': { severity: 'warning', vi: 'Không rõ mục thông tin đơn vị', en: 'Unknown unit setting' },
  'host.outside-cluster': { severity: 'warning', vi: 'Xã đăng cai ngoài cụm giao ban', en: 'Host outside the cluster' },
  'issue-kind.unknown': { severity: 'warning', vi: 'Loại vụ việc không có trong bảng thời hạn', en: 'Unknown kind of item' },
  'table.duplicate-kind': { severity: 'warning', vi: 'Hai bảng cùng loại, chỉ dùng một', en: 'Two tables of one kind, one used' },
  'commune.merged': { severity: 'warning', vi: 'Tên xã cũ sau ngày sáp nhập', en: 'Old commune name after the merger' },
  'commune.code-invalid': { severity: 'error', vi: 'Mã ĐVHC không đúng', en: 'Wrong administrative code' },
  'commune.formed-from-invalid': { severity: 'warning', vi: 'Xã cũ không thuộc tỉnh', en: 'Old unit not of the province' },
} as const satisfies Readonly<Record<string, { severity: Severity; vi: string; en: string }>>;

/**
 * Every finding code the reader emits: the keys of {@link FINDING_CODES}, so a
 * misspelt code fails to compile.
 */
export type FindingCode = keyof typeof FINDING_CODES;
