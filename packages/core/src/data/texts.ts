/**
 * Every text the core's session and its views show a user, Vietnamese and
 * English, keyed by stable codes. The CLI, the add-in and the offline app
 * print these (through `textIn`); their own chrome (buttons, help) is in their
 * own catalogues of the same shape. `{name}` is a value; `{n:one|other}` picks
 * the English word for one or many (Vietnamese has no plural).
 */
export const CORE_TEXTS = {
  // Counts, with English plurals.
  'count.errors': { vi: '{n} lỗi', en: '{n} {n:error|errors}' },
  'count.warnings': { vi: '{n} cảnh báo', en: '{n} {n:warning|warnings}' },
  'count.rows': { vi: '{n} dòng', en: '{n} {n:row|rows}' },
  'count.briefings': { vi: '{n} buổi giao ban', en: '{n} {n:briefing|briefings}' },
  'count.issues': { vi: '{n} ý kiến, phản ánh', en: '{n} {n:issue|issues}' },
  'count.events': { vi: '{n} sự kiện', en: '{n} {n:event|events}' },
  'count.documents': { vi: '{n} văn bản', en: '{n} {n:document|documents}' },
  'count.days': { vi: '{n} ngày', en: '{n} {n:day|days}' },

  // Kinds of table a workbook holds.
  'table.communes': { vi: 'danh sách xã', en: 'communes' },
  // A commune police unit's list of the villages it briefs (a communes table headed "Thôn, bản, tổ dân phố").
  'table.villages': { vi: 'danh sách thôn, bản', en: 'villages' },
  'table.leaders': { vi: 'danh sách lãnh đạo', en: 'leaders' },
  'table.absences': { vi: 'lịch vắng của lãnh đạo', en: 'absences' },
  'table.holidays': { vi: 'ngày nghỉ', en: 'holidays' },
  'table.briefings': { vi: 'theo dõi giao ban', en: 'briefings' },
  'table.issues': { vi: 'ý kiến, phản ánh', en: 'issues' },
  'table.plan': { vi: 'Lịch giao ban', en: 'plan' },
  'table.settings': { vi: 'thông tin đơn vị', en: 'unit settings' },
  'table.deadlines': { vi: 'Thời hạn xử lý', en: 'deadlines' },
  'table.swaps': { vi: 'Đổi lịch', en: 'schedule swaps' },

  // Severity of a finding.
  'severity.error': { vi: 'Lỗi', en: 'Error' },
  'severity.warning': { vi: 'Cảnh báo', en: 'Warning' },

  // Where a planned briefing comes from.
  'source.generated': { vi: 'lập mới', en: 'planned' },
  'source.history': { vi: 'đã tổ chức', en: 'held' },
  'source.override': { vi: 'cố định', en: 'fixed' },

  // What a change to the plan touched.
  'field.date': { vi: 'ngày', en: 'date' },
  'field.host': { vi: 'xã đăng cai', en: 'host' },
  'field.chair': { vi: 'lãnh đạo chủ trì', en: 'chair' },
  'field.hostVillage': { vi: 'thôn, bản đăng cai', en: 'host village' },

  // The one cluster of a commune police unit's villages (the plan names it so).
  'cluster.villages': { vi: 'các thôn, bản', en: 'the villages' },

  // Papers.
  'paper.invitation': { vi: 'Giấy mời', en: 'Invitation' },
  'paper.minutes': { vi: 'Biên bản', en: 'Minutes' },
  'paper.report': { vi: 'Báo cáo', en: 'Report' },

  // The findings view, as a report.
  'findings.workbook': { vi: 'Sổ: {file}', en: 'Workbook: {file}' },
  'findings.tables': { vi: 'Các bảng tìm thấy:', en: 'Tables found:' },
  'findings.table': { vi: '{sheet}: {kind}, dòng tiêu đề {row}, {rows} dòng', en: '{sheet}: {kind}, header row {row}, {rows} {rows:row|rows}' },
  'findings.sheet': { vi: 'Trang "{sheet}" — {errors} lỗi, {warnings} cảnh báo', en: 'Sheet "{sheet}" — {errors} {errors:error|errors}, {warnings} {warnings:warning|warnings}' },
  'findings.asOf': { vi: 'Quá hạn tính đến ngày {date}.', en: 'Overdue counted to {date}.' },
  'findings.total': {
    vi: 'Tổng cộng: {errors} lỗi, {warnings} cảnh báo; đọc được {briefings} buổi giao ban và {issues} ý kiến, {excluded} dòng có lỗi bị loại khỏi thống kê.',
    en: 'Total: {errors} {errors:error|errors}, {warnings} {warnings:warning|warnings}; {briefings} {briefings:briefing|briefings} and {issues} {issues:issue|issues} read, {excluded} {excluded:row|rows} with errors left out of the statistics.',
  },
  'findings.none': { vi: 'Không có lỗi hay cảnh báo nào.', en: 'No errors or warnings.' },

  // The plan view, as a report.
  'plan.month': { vi: 'Tháng {month}', en: '{month}' },
  'plan.row': { vi: '{cluster}: {date} tại {host}, chủ trì: {chair}', en: '{cluster}: {date} at {host}, chair: {chair}' },
  'plan.chair': { vi: 'Đ/c {name}', en: '{name}' },
  'plan.noChair': { vi: 'CHƯA BỐ TRÍ ĐƯỢC', en: 'NOT STAFFED' },
  'plan.problems': { vi: 'Chưa bố trí được ({n}):', en: 'Could not be staffed ({n}):' },
  'plan.fairness': { vi: 'Công bằng (số buổi chủ trì / định mức): {list}', en: 'Fairness (briefings chaired / fair share): {list}' },
  'plan.swap': { vi: 'Đổi lịch: {effect}', en: 'Swap: {effect}' },
  'plan.changes': { vi: 'Thay đổi so với lịch trước ({n}):', en: 'Changes from the previous plan ({n}):' },
  'plan.none': { vi: '(trống)', en: '(none)' },
  'plan.count': { vi: 'Đã lập {n} buổi giao ban từ tháng {month}.', en: 'Planned {n} {n:briefing|briefings} from {month}.' },

  // What was written.
  'output.sheet.create': { vi: 'Trang "{sheet}": đã tạo.', en: 'Sheet "{sheet}": created.' },
  'output.sheet.replace': { vi: 'Trang "{sheet}": đã thay.', en: 'Sheet "{sheet}": replaced.' },
  'output.written': { vi: 'Đã ghi: {path}', en: 'Written: {path}' },
  'output.events': { vi: 'Đã ghi {n} sự kiện vào tệp lịch {path}.', en: 'Wrote {n} {n:event|events} to the calendar file {path}.' },
  'output.paper': { vi: '{kind}: {path}', en: '{kind}: {path}' },
  'output.note': { vi: 'Lưu ý: {message}', en: 'Note: {message}' },

  // The calendar file.
  'calendar.name': { vi: 'Lịch giao ban', en: 'Briefing calendar' },
  'calendar.category': { vi: 'Giao ban', en: 'Briefing' },
  'calendar.reminder': { vi: 'Nhắc lịch: {title}', en: 'Reminder: {title}' },

  // Steps of a long job (progress bars).
  'progress.start': { vi: 'Đang bắt đầu…', en: 'Starting…' },
  'progress.read': { vi: 'Đang đọc sổ…', en: 'Reading the workbook…' },
  'progress.check': { vi: 'Đang kiểm tra dữ liệu…', en: 'Checking the data…' },
  'progress.plan': { vi: 'Đang lập lịch…', en: 'Planning…' },
  'progress.summarize': { vi: 'Đang tổng hợp…', en: 'Summarising…' },
  'progress.write': { vi: 'Đang ghi kết quả…', en: 'Writing the results…' },
  'progress.done': { vi: 'Xong.', en: 'Done.' },
  'progress.rows': { vi: 'Đang kiểm tra: {done}/{total} dòng ({pct}%)…', en: 'Checking: {done}/{total} rows ({pct}%)…' },
  // What the spreadsheet reader reports while it reads (each sheet, every 20,000 rows).
  'progress.opening': { vi: 'Đang mở tệp ({size})…', en: 'Opening the file ({size})…' },
  'progress.converting.xls': { vi: 'Đang đọc sổ Excel 97–2003 (.xls)…', en: 'Reading an Excel 97–2003 workbook (.xls)…' },
  'progress.converting.ods': { vi: 'Đang đọc sổ OpenDocument (.ods)…', en: 'Reading an OpenDocument workbook (.ods)…' },
  'progress.sheetRows': { vi: 'Đang đọc trang "{sheet}": {rows} dòng…', en: 'Reading sheet "{sheet}": {rows} {rows:row|rows}…' },
  'progress.sheetRead': { vi: 'Đã đọc trang "{sheet}" ({rows} dòng).', en: 'Read sheet "{sheet}" ({rows} {rows:row|rows}).' },

  // What was dropped or changed while the product's sheets were planned (shown after writing).
  'render.sheetNote': { vi: 'Trang "{sheet}": {note}', en: 'Sheet "{sheet}": {note}' },
  'render.mergeSkipped': { vi: 'Bỏ qua vùng gộp ô chồng lấn {range}.', en: 'Skipped the overlapping merged cells {range}.' },
  'render.tableRenamed': { vi: 'Bảng "{from}" được đặt tên "{to}".', en: 'Table "{from}" was named "{to}".' },
  'render.listSkipped': { vi: 'Bỏ qua danh sách chọn ở {range}: quá {max} ký tự.', en: 'Skipped the drop-down list at {range}: over {max} characters.' },
  'render.stylesCut': { vi: 'Định dạng chỉ áp dụng tới dòng {row} (vùng định dạng quá lớn).', en: 'Formatting applied down to row {row} only (the formatted area is too large).' },

  // Why a session refuses a request.
  'session.noTables': {
    vi: 'tệp "{file}" không có bảng theo dõi nào (danh sách xã, lãnh đạo, sổ giao ban, ý kiến phản ánh…) trong {sheets} trang đã đọc; đây có lẽ không phải sổ theo dõi giao ban. Hãy chọn đúng sổ, hoặc tạo sổ mới theo mẫu.',
    en: 'file "{file}" holds no tracking table (communes, leaders, briefings, issues…) in the {sheets} {sheets:sheet|sheets} read; it is probably not a briefing workbook. Choose the right workbook, or start one from the template.',
  },
  'session.noTablesHere': {
    vi: 'sổ không có bảng theo dõi nào (danh sách xã, lãnh đạo, sổ giao ban, ý kiến phản ánh…) trong {sheets} trang đã đọc; đây có lẽ không phải sổ theo dõi giao ban. Hãy mở đúng sổ, hoặc tạo sổ mới theo mẫu.',
    en: 'the workbook holds no tracking table (communes, leaders, briefings, issues…) in the {sheets} {sheets:sheet|sheets} read; it is probably not a briefing workbook. Open the right workbook, or start one from the template.',
  },
  'session.noCommunes': {
    vi: 'không tìm thấy danh sách xã trong "{file}" (cần một bảng có cột "Xã" và "Cụm"), nên không lập được lịch.',
    en: 'no communes list in "{file}" (a table with the columns "Xã" and "Cụm" is needed), so no plan can be made.',
  },
  'session.noCommunesHere': {
    vi: 'không tìm thấy danh sách xã trong sổ (cần một bảng có cột "Xã" và "Cụm"), nên không lập được lịch.',
    en: 'no communes list in the workbook (a table with the columns "Xã" and "Cụm" is needed), so no plan can be made.',
  },
  'session.noPlanStart': {
    vi: 'sổ chưa có buổi giao ban hay ý kiến nào có ngày để biết lập lịch từ tháng nào; hãy chọn tháng bắt đầu.',
    en: 'the workbook has no dated briefing or issue to start the plan after; choose the first month.',
  },
  'session.noPeriod': {
    vi: 'sổ chưa có buổi giao ban hay ý kiến hợp lệ nào; hãy chọn kỳ báo cáo.',
    en: 'the workbook has no valid briefing or issue; choose a reporting period.',
  },
  'session.planMonth': {
    vi: 'tháng bắt đầu "{value}" không hợp lệ: cần tháng dạng YYYY-MM, ví dụ 2026-01.',
    en: 'first month "{value}" is not valid: use a month as YYYY-MM, e.g. 2026-01.',
  },
  'session.planMonths': { vi: 'số tháng "{value}" không hợp lệ: cần từ 1 đến 120 tháng.', en: '"{value}" months is not valid: use 1 to 120 months.' },
  'session.noEvents': {
    vi: 'không có buổi giao ban nào để xuất lịch .ics; hãy lập lịch trước.',
    en: 'no planned briefing to export as .ics; make a plan first.',
  },
  'session.papersMonth': {
    vi: 'tháng "{value}" không phải tháng dạng YYYY-MM (ví dụ 2026-01).',
    en: 'month "{value}" is not a month as YYYY-MM (e.g. 2026-01).',
  },
  'session.noPapers': {
    vi: 'tháng {month}: không có giấy tờ nào để soạn (không có buổi giao ban theo lịch hay đã tổ chức).',
    en: '{month}: no papers to write (no briefing planned or held).',
  },
  'session.overdueDays': {
    vi: 'số ngày quá hạn "{value}" không hợp lệ: cần số ngày nguyên từ 0 đến 3650.',
    en: 'overdue days "{value}" is not valid: use a whole number of days from 0 to 3650.',
  },
  'session.dayOfMonth': { vi: 'ngày "{value}" không hợp lệ: cần một ngày từ 1 đến 28.', en: 'day "{value}" is not valid: use a day from 1 to 28.' },
  'session.date': {
    vi: 'ngày "{value}" không hợp lệ: cần ngày có thật dạng YYYY-MM-DD.',
    en: 'date "{value}" is not valid: use a real date as YYYY-MM-DD.',
  },
  'session.freeze': {
    vi: 'ngày chốt lịch "{value}" không hợp lệ: cần ngày có thật dạng YYYY-MM-DD.',
    en: 'freeze date "{value}" is not valid: use a real date as YYYY-MM-DD.',
  },
  'session.remindDays': {
    vi: 'số ngày nhắc trước "{value}" không hợp lệ: cần từ 0 đến 99 (0 = không nhắc).',
    en: 'reminder days "{value}" is not valid: use 0 to 99 (0 = none).',
  },
} as const;

/** A key of {@link CORE_TEXTS}. */
export type CoreTextKey = keyof typeof CORE_TEXTS;
