/**
 * The task pane's own words, Vietnamese and English, keyed by stable codes. What the core's
 * session shows (severities, counts, steps) is the core's catalogue, which `t` reads for any key
 * not here; a key in neither does not compile.
 */
import { CORE_TEXTS, defineTexts, fillText, PERIOD_PICKER_LABELS, type CoreTextKey, type TextVars } from '@giaoban/core';

export type Lang = 'vi' | 'en';

export const STRINGS = defineTexts({
  title: { vi: 'Giao ban cơ sở', en: 'Grassroots briefings' },
  options: { vi: 'Tùy chọn', en: 'Options' },
  ...PERIOD_PICKER_LABELS,
  planFrom: { vi: 'Lập lịch từ tháng', en: 'Plan from month' },
  planFromNext: { vi: 'Tháng tiếp theo (sau buổi cuối trong sổ)', en: 'The next month (after the last record)' },
  pickMonth: { vi: 'Tháng', en: 'Month' },
  pickYear: { vi: 'Năm', en: 'Year' },
  findingCode: { vi: 'Mã lỗi (cho bộ phận hỗ trợ): {code}', en: 'Finding code (for support): {code}' },
  planMonths: { vi: 'Số tháng', en: 'Months' },
  highlight: { vi: 'Tô màu ô có lỗi trong sổ', en: 'Highlight cells with findings' },
  dropdowns: { vi: 'Thêm danh sách chọn (phân loại, tình trạng)', en: 'Add drop-downs (category, status)' },
  commands: { vi: 'Lệnh', en: 'Commands' },
  validate: { vi: 'Kiểm tra dữ liệu', en: 'Check data' },
  plan: { vi: 'Lập lịch giao ban', en: 'Plan briefings' },
  summarize: { vi: 'Tổng hợp', en: 'Summary' },
  template: { vi: 'Tạo sổ mẫu', en: 'New tracking sheets' },
  clear: { vi: 'Xóa đánh dấu', en: 'Clear marks' },
  results: { vi: 'Kết quả', en: 'Results' },
  ribbonLast: { vi: 'Lần chạy gần nhất từ thanh công cụ', en: 'Last run from the ribbon' },
  switchTo: { vi: 'English', en: 'Tiếng Việt' },
  switchLabel: { vi: 'Switch to English', en: 'Chuyển sang tiếng Việt' },
  error: { vi: 'Lỗi', en: 'Error' },
  warning: { vi: 'Cảnh báo', en: 'Warning' },
  noFindings: { vi: 'Không có lỗi hay cảnh báo nào.', en: 'No errors or warnings.' },
  failed: { vi: 'Không thực hiện được', en: 'Could not run' },
  goTo: { vi: 'Đến ô', en: 'Go to cell' },
  more: { vi: 'Còn {n} mục nữa — xem trang Kết quả kiểm tra.', en: '{n} more — see the Kết quả kiểm tra sheet.' },
});

/** A key of the pane's own texts. */
export type StringKey = keyof typeof STRINGS;

/** The text of `key` (the pane's own, or the core's) in `lang`. */
export function t(key: StringKey | CoreTextKey, lang: Lang, vars: TextVars = {}): string {
  return fillText((key in STRINGS ? STRINGS[key as StringKey] : CORE_TEXTS[key as CoreTextKey])[lang], vars);
}
