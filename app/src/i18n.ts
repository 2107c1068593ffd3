/**
 * The page's own words (buttons, headings, hints), Vietnamese and English, keyed by stable codes.
 * What the core's session shows (table kinds, severities, plan sources, counts) is the core's
 * catalogue, which `t` reads for any key not here; a key in neither does not compile.
 */
import { CORE_TEXTS, defineTexts, fillText, PERIOD_PICKER_LABELS, type CoreTextKey, type TextVars } from '@giaoban/core';

export type Lang = 'vi' | 'en';

export const STRINGS = defineTexts({
  title: { vi: 'Giao ban cơ sở', en: 'Grassroots briefings' },
  subtitle: { vi: 'Kiểm tra sổ theo dõi, lập lịch giao ban, tổng hợp — ngay trên máy này, không cần cài đặt, không cần mạng.', en: 'Check the tracking workbook, plan the briefings, summarise — on this computer, nothing to install, no network.' },
  switchTo: { vi: 'English', en: 'Tiếng Việt' },
  switchLabel: { vi: 'Switch to English', en: 'Chuyển sang tiếng Việt' },
  stepOpen: { vi: '1. Chọn sổ', en: '1. Open' },
  stepCheck: { vi: '2. Kiểm tra', en: '2. Check' },
  stepPlan: { vi: '3. Lập lịch', en: '3. Plan' },
  stepSummary: { vi: '4. Tổng hợp', en: '4. Summary' },
  stepDownload: { vi: '5. Tải về', en: '5. Download' },
  steps: { vi: 'Các bước', en: 'Steps' },
  dropHere: { vi: 'Kéo thả sổ theo dõi vào đây, hoặc', en: 'Drop the tracking workbook here, or' },
  choose: { vi: 'Chọn tệp…', en: 'Choose a file…' },
  formats: { vi: 'Nhận tệp Excel .xlsx, .xlsm; tệp .xls (Excel 97–2003) và .ods (LibreOffice) cũng đọc được, nhưng kết quả được lưu thành .xlsx.', en: 'Excel .xlsx and .xlsm; .xls (Excel 97–2003) and .ods (LibreOffice) are read too, but the result is saved as .xlsx.' },
  privacy: { vi: 'Tệp chỉ được đọc trên máy này: không gửi đi đâu, không sửa tệp gốc.', en: 'The file is read on this computer only: nothing is sent anywhere, the original is not changed.' },
  holidaysFile: { vi: 'Tệp ngày nghỉ bổ sung (.json hoặc .xlsx)', en: 'Extra holidays file (.json or .xlsx)' },
  holidaysHint: { vi: 'Không bắt buộc: ngày nghỉ, ngày làm bù mới công bố; nếu trùng ngày, trang ngày nghỉ trong sổ vẫn được ưu tiên.', en: "Optional: newly announced days off and make-up working days; on the same date the workbook's own holiday sheet still wins." },
  holidaysLoaded: { vi: 'Đã nạp {n} ngày từ tệp {name}.', en: '{n} days loaded from {name}.' },
  holidaysClear: { vi: 'Bỏ tệp ngày nghỉ', en: 'Remove the holidays file' },
  working: { vi: 'Đang xử lý…', en: 'Working…' },
  cancel: { vi: 'Hủy', en: 'Cancel' },
  cancelled: { vi: 'Đã hủy. Hãy chọn lại tệp.', en: 'Cancelled. Choose the file again.' },
  opened: { vi: 'Đã mở', en: 'Opened' },
  convertedNote: { vi: 'Tệp {fmt} được đọc qua trình chuyển đổi; sổ tải về sẽ là tệp .xlsx.', en: 'The {fmt} file was read through a converter; the downloaded workbook is an .xlsx.' },
  next: { vi: 'Tiếp', en: 'Next' },
  tablesFound: { vi: 'Các bảng tìm thấy', en: 'Tables found' },
  sheet: { vi: 'Trang', en: 'Sheet' },
  kind: { vi: 'Loại bảng', en: 'Kind' },
  headerRow: { vi: 'Dòng tiêu đề', en: 'Header row' },
  rows: { vi: 'Số dòng', en: 'Rows' },
  // The word after a count shown on its own: Vietnamese has one form for one and for many.
  errors: { vi: '{n:lỗi|lỗi}', en: '{n:error|errors}' },
  warnings: { vi: '{n:cảnh báo|cảnh báo}', en: '{n:warning|warnings}' },
  excluded: { vi: '{n} dòng có lỗi không được tính vào thống kê.', en: '{n} {n:row|rows} with errors {n:is|are} left out of the statistics.' },
  filter: { vi: 'Lọc', en: 'Filter' },
  all: { vi: 'Tất cả', en: 'All' },
  onlyErrors: { vi: 'Chỉ lỗi', en: 'Errors only' },
  onlyWarnings: { vi: 'Chỉ cảnh báo', en: 'Warnings only' },
  allSheets: { vi: 'Mọi trang', en: 'All sheets' },
  search: { vi: 'Tìm (ô, nội dung)', en: 'Search (cell, text)' },
  error: { vi: 'Lỗi', en: 'Error' },
  warning: { vi: 'Cảnh báo', en: 'Warning' },
  noFindings: { vi: 'Không có lỗi hay cảnh báo nào.', en: 'No errors or warnings.' },
  showing: { vi: 'Đang hiện {shown}/{total} mục.', en: 'Showing {shown} of {total}.' },
  more: { vi: 'Xem thêm', en: 'Show more' },
  suggestion: { vi: 'Gợi ý', en: 'Suggestion' },
  fromMonth: { vi: 'Từ tháng', en: 'From month' },
  pickMonth: { vi: 'Tháng', en: 'Month' },
  pickYear: { vi: 'Năm', en: 'Year' },
  findingCode: { vi: 'Mã lỗi (cho bộ phận hỗ trợ): {code}', en: 'Finding code (for support): {code}' },
  months: { vi: 'Số tháng', en: 'Months' },
  makePlan: { vi: 'Lập lịch', en: 'Plan' },
  month: { vi: 'Tháng', en: 'Month' },
  cluster: { vi: 'Cụm', en: 'Cluster' },
  date: { vi: 'Ngày giao ban', en: 'Date' },
  host: { vi: 'Xã đăng cai', en: 'Host commune' },
  hostVillage: { vi: 'Thôn, bản đăng cai', en: 'Host village' },
  chair: { vi: 'Lãnh đạo chủ trì', en: 'Chair' },
  source: { vi: 'Nguồn', en: 'Source' },
  reasons: { vi: 'Lý do', en: 'Reasons' },
  noChair: { vi: 'CHƯA BỐ TRÍ ĐƯỢC', en: 'NOT STAFFED' },
  problems: { vi: 'Chưa bố trí được', en: 'Could not be staffed' },
  changes: { vi: 'Thay đổi so với lịch trước', en: 'Changes from the previous plan' },
  overridesNote: { vi: 'Dòng có dấu "x" ở cột "Cố định" trong trang "Lịch giao ban" của sổ được giữ nguyên.', en: 'Rows marked "x" in the "Cố định" column of the workbook\'s "Lịch giao ban" sheet are kept as written.' },
  noPlan: { vi: 'Sổ chưa có buổi giao ban hay ý kiến có ngày; hãy chọn tháng bắt đầu.', en: 'The workbook has no dated record; choose a start month.' },
  ...PERIOD_PICKER_LABELS,
  makeSummary: { vi: 'Tổng hợp', en: 'Summarise' },
  sheetNote: { vi: 'Trang "Tổng hợp" đúng như được ghi vào sổ tải về.', en: 'The "Tổng hợp" sheet as it is written into the downloaded workbook (there in Vietnamese).' },
  paragraph: { vi: 'Đoạn báo cáo', en: 'Report paragraph' },
  copy: { vi: 'Sao chép đoạn báo cáo', en: 'Copy the paragraph' },
  copied: { vi: 'Đã sao chép.', en: 'Copied.' },
  downloadXlsx: { vi: 'Tải sổ có lịch, tổng hợp và kết quả kiểm tra (.xlsx)', en: 'Download the workbook with plan, summary and check results (.xlsx)' },
  downloadIcs: { vi: 'Tải lịch giao ban (.ics) cho Outlook, Google Lịch', en: 'Download the briefing calendar (.ics) for Outlook, Google Calendar' },
  downloadNote: { vi: 'Sổ tải về là một bản sao: các trang của anh/chị giữ nguyên, chỉ thêm (hoặc thay) ba trang "Lịch giao ban", "Tổng hợp", "Kết quả kiểm tra". Tệp gốc không bị sửa.', en: 'The download is a copy: your sheets are unchanged; only the "Lịch giao ban", "Tổng hợp" and "Kết quả kiểm tra" sheets are added (or replaced). The original file is not changed.' },
  documentsMonth: { vi: 'Giấy tờ của tháng', en: 'Papers of the month' },
  downloadDocuments: { vi: 'Tải giấy mời, biên bản, báo cáo (.docx, trong một tệp .zip)', en: 'Download invitations, minutes, report (.docx, in one .zip)' },
  documentsNote: { vi: 'Văn bản theo thể thức Nghị định 30/2020/NĐ-CP; mở bằng Word hoặc LibreOffice Writer, kiểm tra rồi trình ký.', en: 'Documents in the Decree 30/2020 layout; open them in Word or LibreOffice Writer, check, and sign.' },
  saved: { vi: 'Đã tạo tệp', en: 'Created' },
  failed: { vi: 'Không thực hiện được', en: 'Could not do it' },
  openFirst: { vi: 'Hãy chọn sổ ở bước 1 trước.', en: 'Open a workbook in step 1 first.' },
});

export type StringKey = keyof typeof STRINGS;

/** The text of `key` (the page's own, or the core's) in `lang`, with `{name}` placeholders filled. */
export function t(key: StringKey | CoreTextKey, lang: Lang, vars: TextVars = {}): string {
  const entry = key in STRINGS ? STRINGS[key as StringKey] : CORE_TEXTS[key as CoreTextKey];
  return fillText(entry[lang], vars);
}
