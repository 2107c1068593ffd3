/**
 * The command line's own texts, Vietnamese and English, keyed by stable codes:
 * usage errors, help, and the lines only a terminal prints. What a session
 * shows (findings, plan, summary, papers) comes from the core's catalogue
 * (`CORE_TEXTS`); both are filled by the core's `textIn`.
 */
import { bothTexts, CORE_TEXTS, defineTexts, textIn, type BiText, type CoreTextKey, type Lang, type TextVars } from '@giaoban/core';

export const CLI_TEXTS = defineTexts({
  // Usage errors.
  'usage.invalid': { vi: 'tham số không hợp lệ ({why}). Cách dùng: {usage}', en: 'invalid arguments ({why}). Usage: {usage}' },
  'usage.unknownOption': { vi: 'không có tùy chọn "{option}"', en: 'there is no option "{option}"' },
  'usage.noValue': { vi: 'tùy chọn {option} không nhận giá trị', en: 'option {option} takes no value' },
  'usage.needsValue': { vi: 'tùy chọn {option} cần một giá trị', en: 'option {option} needs a value' },
  'usage.extra': { vi: 'thừa tham số "{value}". Cách dùng: {usage}', en: 'unexpected argument "{value}". Usage: {usage}' },
  'usage.missing': { vi: 'thiếu {what}. Cách dùng: {usage}', en: 'missing {what}. Usage: {usage}' },
  'usage.year': { vi: '<năm> "{value}" không hợp lệ: cần một năm từ 1900 đến 2100', en: '<year> "{value}" is not valid: use a year from 1900 to 2100' },
  'usage.dayOfMonth': { vi: '--{name} "{value}" không hợp lệ: cần một ngày từ 1 đến 28', en: '--{name} "{value}" is not valid: use a day from 1 to 28' },
  'usage.rule': { vi: '--rule "{value}" không hợp lệ: dùng {rules}', en: '--rule "{value}" is not valid: use {rules}' },
  'usage.lang': { vi: '--lang "{value}" không hợp lệ: dùng vi hoặc en', en: '--lang "{value}" is not valid: use vi or en' },
  'usage.date': {
    vi: '{name} "{value}" không hợp lệ: cần ngày có thật từ năm 1900 đến 2100, dạng dd/mm/yyyy (ví dụ 15/01/2025) hoặc YYYY-MM-DD{why}',
    en: '{name} "{value}" is not valid: use a real date from 1900 to 2100, as dd/mm/yyyy (e.g. 15/01/2025) or YYYY-MM-DD{why}',
  },
  'usage.int': { vi: '--{name} "{value}" không hợp lệ: cần số nguyên từ {min} đến {max}', en: '--{name} "{value}" is not valid: use a whole number from {min} to {max}' },
  'usage.positive': { vi: '--{name} "{value}" không hợp lệ: cần một số nguyên dương', en: '--{name} "{value}" is not valid: use a positive whole number' },
  'usage.periodBoth': { vi: 'chỉ dùng --period hoặc --from/--to, không dùng cả hai', en: 'use --period or --from/--to, not both' },
  'usage.periodPair': { vi: 'cần cả --from và --to (YYYY-MM-DD)', en: 'both --from and --to are needed (YYYY-MM-DD)' },
  'usage.kind': { vi: '--kind "{value}" không hợp lệ: dùng {kinds}', en: '--kind "{value}" is not valid: use {kinds}' },
  'usage.level': {
    vi: '--level "{value}" không hợp lệ: dùng tinh (Công an tỉnh, cụm xã), xa (Công an xã, thôn, bản) hoặc huyen (mẫu trước năm 2025)',
    en: '--level "{value}" is not valid: use tinh (provincial police, clusters of communes), xa (commune police, villages) or huyen (the layout before 2025)',
  },
  'usage.example': { vi: '--example "{value}" không hợp lệ: dùng tinh, xa hoặc huyen', en: '--example "{value}" is not valid: use tinh, xa or huyen' },
  'usage.xlsxOut': { vi: '-o "{value}" phải là tệp .xlsx', en: '-o "{value}" must be an .xlsx file' },
  'usage.holidaysType': { vi: '--holidays "{value}": cần tệp .json hoặc .xlsx', en: '--holidays "{value}": use a .json or .xlsx file' },
  'usage.noCommand': { vi: 'không có lệnh "{name}". Các lệnh: {names}. Xem: giaoban --help', en: 'there is no command "{name}". Commands: {names}. See: giaoban --help' },

  // File errors.
  'file.holidaysUnreadable': { vi: 'không đọc được tệp ngày nghỉ "{file}" (--holidays).', en: 'cannot read the holidays file "{file}" (--holidays).' },
  'file.outIsFile': { vi: '-o "{value}" là một tệp; hãy chỉ một thư mục để ghi các tệp .docx.', en: '-o "{value}" is a file; give a folder for the .docx files.' },
  'usage.draft': { vi: '{message} Thêm --draft để soạn bản dự thảo.', en: '{message} Add --draft to write drafts.' },
  'file.noExample': {
    vi: 'không tìm thấy sổ mẫu {file}; hãy chạy trong thư mục dự án hoặc chỉ rõ --input.',
    en: 'example workbook {file} not found; run in the project folder or give --input.',
  },

  // Workbook files that cannot be read ({file} as the clerk typed it).
  'file.notFound': { vi: 'không tìm thấy tệp "{file}".', en: 'file "{file}" not found.' },
  'file.isFolder': { vi: '"{file}" là một thư mục, không phải sổ tính.', en: '"{file}" is a folder, not a spreadsheet.' },
  'file.noPermission': { vi: 'không có quyền đọc tệp "{file}".', en: 'no permission to read "{file}".' },
  'file.cannotOpen': { vi: 'không mở được tệp "{file}" ({code}).', en: 'cannot open "{file}" ({code}).' },
  'file.cannotRead': { vi: 'không đọc được tệp "{file}" ({code}; {size} byte).', en: 'cannot read "{file}" ({code}; {size} {size:byte|bytes}).' },
  'file.inside': { vi: 'tệp "{file}": {message}', en: 'file "{file}": {message}' },

  // Copies of a workbook.
  'copy.sameAsInput': {
    vi: 'tệp ghi ra "{file}" trùng với sổ gốc; hãy chọn tên tệp khác để không ghi đè dữ liệu của cán bộ.',
    en: 'the output "{file}" is the source workbook; choose another name so the clerk\'s data is not overwritten.',
  },
  'copy.macroNeedsXlsm': {
    vi: 'sổ gốc có macro (.xlsm): tệp ghi ra "{file}" phải có đuôi .xlsm (Excel không mở sổ có macro mang đuôi .xlsx).',
    en: 'the source workbook has macros (.xlsm): the output "{file}" must end in .xlsm (Excel does not open a macro workbook named .xlsx).',
  },
  'copy.convertedNeedsXlsx': {
    vi: 'sổ gốc là tệp .{format}: bản ghi ra là sổ Excel .xlsx, nên tệp ghi ra "{file}" phải có đuôi .xlsx.',
    en: 'the source workbook is an .{format} file: the copy is an Excel .xlsx workbook, so the output "{file}" must end in .xlsx.',
  },
  'copy.converted': {
    vi: 'Sổ gốc là tệp .{format}: bản ghi ra là sổ Excel .xlsx, giữ giá trị, định dạng số và ô gộp của các trang gốc (không giữ biểu đồ, ghi chú, hình ảnh hay macro của tệp .{format}).',
    en: 'The source workbook is an .{format} file: the copy is an Excel .xlsx workbook keeping the values, number formats and merged cells of its sheets (not the charts, comments, pictures or macros of the .{format} file).',
  },

  // Output files that cannot be written ({file} as the clerk typed it; {where}: the folder or file at fault).
  'output.exists': { vi: 'tệp "{file}" đã có; chọn tên khác hoặc thêm --force để ghi đè.', en: '"{file}" already exists; choose another name or add --force to write over it.' },
  'output.sameAsInput': {
    vi: 'tệp ghi ra "{file}" trùng với sổ gốc; hãy chọn tên tệp khác để không ghi đè dữ liệu của cán bộ.',
    en: 'the output "{file}" is the input workbook; choose another name so the clerk\'s data is never written over.',
  },
  'output.sameOutput': { vi: 'hai tệp ghi ra cùng là "{file}"; hãy chọn hai tên khác nhau.', en: 'two outputs are both "{file}"; choose two different names.' },
  'output.cannot': { vi: 'không ghi được tệp "{file}": {why}', en: 'cannot write "{file}": {why}' },
  'output.cannotCode': { vi: 'không ghi được tệp "{file}" ({code}).', en: 'cannot write "{file}" ({code}).' },
  'output.why.noFolder': { vi: 'thư mục "{where}" không tồn tại.', en: 'the folder "{where}" does not exist.' },
  'output.why.noPermission': {
    vi: 'không có quyền ghi vào "{where}" (hoặc tệp đang mở trong chương trình khác).',
    en: 'no permission to write to "{where}" (or the file is open in another program).',
  },
  'output.why.busy': {
    vi: 'tệp đang được mở trong chương trình khác (Excel?); hãy đóng tệp rồi chạy lại.',
    en: 'the file is open in another program (Excel?); close it and run again.',
  },
  'output.why.readOnly': { vi: 'ổ đĩa chứa "{where}" chỉ cho phép đọc.', en: 'the drive holding "{where}" is read-only.' },
  'output.why.isFolder': {
    vi: '"{where}" là một thư mục, không phải tệp; hãy ghi cả tên tệp, ví dụ "{example}".',
    en: '"{where}" is a folder, not a file; give the file name too, e.g. "{example}".',
  },
  'output.why.exampleName': { vi: 'ten-tep', en: 'file-name' },
  'output.why.notFolder': { vi: '"{where}" là một tệp, không phải thư mục.', en: '"{where}" is a file, not a folder.' },
  'output.why.diskFull': {
    vi: 'ổ đĩa đã đầy (tệp chưa được tạo, không có gì bị ghi dở).',
    en: 'the disk is full (the file was not created; nothing is half-written).',
  },
  'output.why.nameTooLong': { vi: 'tên tệp hoặc đường dẫn quá dài.', en: 'the file name or path is too long.' },
  'output.interrupted': {
    vi: 'Đã dừng ({signal}); tệp tạm đã được xóa, không có tệp nào bị ghi dở.',
    en: 'Stopped ({signal}); the temporary files are removed, no file is half-written.',
  },

  // Lines a run prints.
  'line.error': { vi: 'Lỗi: {message}', en: 'Error: {message}' },
  'line.unexpected': { vi: 'Lỗi không mong đợi: {message}', en: 'Unexpected error: {message}' },
  'line.stdoutFailed': {
    vi: 'không in được kết quả ra màn hình hoặc tệp nhận kết quả ({code}); phần đã in chưa đầy đủ.',
    en: 'cannot print the result to the screen or the file receiving it ({code}); what was printed is incomplete.',
  },
  'line.workbookErrors': {
    vi: 'Sổ có {n} lỗi (các dòng lỗi không được dùng để lập lịch); chạy "giaoban validate" để xem chi tiết.',
    en: 'The workbook has {n} {n:error|errors} (rows with errors are not used for the plan); run "giaoban validate" for the details.',
  },
  'line.drafts': { vi: 'Giấy tờ là bản DỰ THẢO theo lịch dự kiến (--draft).', en: 'The papers are DRAFTS of the expected plan (--draft).' },
  'line.writing': { vi: 'Đang ghi {path} …', en: 'Writing {path} …' },
  'line.rollupRead': { vi: 'Đã đọc {n}/{total}: {file}', en: 'Read {n}/{total}: {file}' },
  'line.rollupWorkbook': { vi: 'Đã ghi sổ tổng hợp: {path}', en: 'Roll-up workbook written: {path}' },
  // A reading worker that died on a file (out of memory, a crash in the reader): the file is named, the rest go on.
  'rollup.workerFailed': { vi: 'lỗi khi đọc ({why})', en: 'failed while reading ({why})' },
  'line.rollupReport': { vi: 'Đã ghi báo cáo: {path}', en: 'Report written: {path}' },
  'usage.rollupEmptyFolder': { vi: 'thư mục "{folder}" không có sổ .xlsx, .xlsm, .xls hay .ods nào', en: 'folder "{folder}" holds no .xlsx, .xlsm, .xls or .ods workbook' },
  'file.docxIsFile': { vi: '--docx "{value}" là một tệp; hãy chỉ một thư mục để ghi báo cáo .docx.', en: '--docx "{value}" is a file; give a folder for the .docx report.' },
  'line.templateWritten': { vi: 'Đã tạo sổ theo dõi trống {path} với các trang: {sheets}.', en: 'Created the empty tracking workbook {path} with the sheets: {sheets}.' },

  // dates
  'dates.title': { vi: 'Lịch giao ban năm {year} (ngày danh nghĩa {day}, quy tắc {rule})', en: 'Briefing dates of {year} (nominal day {day}, rule {rule})' },
  'dates.head.month': { vi: 'Tháng', en: 'Month' },
  'dates.head.nominal': { vi: 'Ngày danh nghĩa', en: 'Nominal day' },
  'dates.head.date': { vi: 'Ngày giao ban', en: 'Briefing date' },
  'dates.head.weekday': { vi: 'Thứ', en: 'Weekday' },
  'dates.head.reason': { vi: 'Lý do dời ngày', en: 'Why it moved' },

  // holidays
  'holidays.title': { vi: 'Ngày nghỉ lễ, Tết năm {year}', en: 'Public holidays of {year}' },
  'holidays.head.date': { vi: 'Ngày', en: 'Date' },
  'holidays.head.weekday': { vi: 'Thứ', en: 'Weekday' },
  'holidays.head.kind': { vi: 'Loại', en: 'Kind' },
  'holidays.head.source': { vi: 'Nguồn', en: 'Source' },
  'holidays.head.name': { vi: 'Tên', en: 'Name' },
  'holidays.head.basis': { vi: 'Căn cứ', en: 'Basis' },
  'holidays.kind.off': { vi: 'Nghỉ', en: 'Off' },
  'holidays.kind.workday': { vi: 'Làm bù', en: 'Make-up' },
  'holidays.basis': { vi: 'Căn cứ:', en: 'Basis:' },
  'holidays.announced': { vi: 'Lịch nghỉ đã được thông báo: {documents}.', en: 'The holidays are announced: {documents}.' },
  'holidays.file': {
    vi: 'Ngày nghỉ thực tế khác với bảng này: ghi vào sheet ngày nghỉ của sổ theo dõi, hoặc dùng --holidays <tệp .json|.xlsx>; sheet và tệp được ưu tiên.',
    en: 'Actual days differ from this table: enter them in the workbook’s holiday sheet, or use --holidays <file .json|.xlsx>; both take precedence.',
  },

  // deadlines
  'deadlines.title': {
    vi: 'Thời hạn xử lý theo loại vụ việc, áp dụng cho vụ việc bắt đầu tính hạn ngày {date}',
    en: 'Follow-up deadlines by kind, for an item whose clock starts on {date}',
  },
  'deadlines.head.kind': { vi: 'Loại vụ việc', en: 'Kind' },
  'deadlines.head.days': { vi: 'Thời hạn', en: 'Deadline' },
  'deadlines.head.start': { vi: 'Tính từ', en: 'Counted from' },
  'deadlines.head.source': { vi: 'Căn cứ', en: 'Source' },
  'deadlines.head.validity': { vi: 'Hiệu lực', en: 'In force' },
  'deadlines.none': { vi: 'không có thời hạn pháp định vào ngày này (theo quy ước của đơn vị)', en: 'no legal deadline on this day (the unit’s convention applies)' },
  'deadlines.between': { vi: '{from} – {to}', en: '{from} – {to}' },
  'deadlines.since': { vi: 'từ {from}', en: 'from {from}' },
  'deadlines.unit': { vi: 'quy ước của đơn vị', en: 'unit’s convention' },
  'deadlines.extensions': { vi: 'Gia hạn, kéo dài:', en: 'Extensions:' },
  'deadlines.unverified': { vi: 'Chưa kiểm chứng:', en: 'Not checked:' },
  'deadlines.others': { vi: 'Các phiên bản khác:', en: 'Other versions:' },
  'deadlines.counting': { vi: 'Cách tính (mọi thời hạn, kể cả quy ước của đơn vị):', en: 'Counting (every deadline, the unit’s convention included):' },
  'deadlines.table': {
    vi: 'Sổ theo dõi có bảng "Thời hạn xử lý" thì số ngày ghi ở đó thay cho bảng này; có cột "Ngày thụ lý" thì khiếu nại, tố cáo tính hạn từ ngày thụ lý.',
    en: 'A "Thời hạn xử lý" table in the workbook replaces these days; a "Ngày thụ lý" column makes complaints and denunciations count from acceptance.',
  },

  // lunar
  'lunar.solar': { vi: 'Dương lịch: {weekday}, {date}', en: 'Solar:  {weekday}, {date}' },
  'lunar.lunar': { vi: 'Âm lịch:    {lunar}', en: 'Lunar:  {lunar}' },

  // period
  'period.from': { vi: 'Từ ngày:  {date}', en: 'From: {date}' },
  'period.to': { vi: 'Đến ngày: {date}', en: 'To:   {date}' },
  'period.days': { vi: 'Số ngày:  {n}', en: 'Days: {n}' },

  // communes
  'communes.title': { vi: 'Đơn vị hành chính cấp xã của {where} (ngày {date}): {n} đơn vị', en: 'Commune-level units of {where} (from 1 July 2025, on {date}): {n}' },
  'communes.titleBefore': {
    vi: 'Đơn vị hành chính cấp xã trước sắp xếp của {where} (ngày {date}): {n} đơn vị',
    en: 'Commune-level units of {where} (before the 2025 arrangement, on {date}): {n}',
  },
  'communes.country': { vi: 'cả nước', en: 'the whole country' },
  'communes.basis': {
    vi: 'Căn cứ: Nghị quyết số {resolution} ngày 16/6/2025 của Ủy ban Thường vụ Quốc hội.',
    en: 'Source: Resolution {resolution} of 16 June 2025 of the National Assembly Standing Committee.',
  },
  'communes.part': { vi: '{name} (một phần)', en: '{name} (part)' },
  'communes.head.code': { vi: 'Mã', en: 'Code' },
  'communes.head.name': { vi: 'Tên', en: 'Name' },
  'communes.head.kind': { vi: 'Loại', en: 'Kind' },
  'communes.head.district': { vi: 'Huyện', en: 'District' },
  'communes.head.successors': { vi: 'Nay thuộc', en: 'Now part of' },
  'communes.head.formedFrom': { vi: 'Hình thành từ', en: 'Formed from' },
  'communes.kind.xa': { vi: 'Xã', en: 'commune' },
  'communes.kind.phuong': { vi: 'Phường', en: 'ward' },
  'communes.kind.thi-tran': { vi: 'Thị trấn', en: 'township' },
  'communes.kind.dac-khu': { vi: 'Đặc khu', en: 'special zone' },
  'communes.unverified': {
    vi: '* chưa đối chiếu được tự động với văn bản nghị quyết (xem ghi chú nguồn dữ liệu).',
    en: "* not confirmed automatically against the resolution's text (see the data's source notes).",
  },

  // demo
  'demo.workbook': { vi: 'Sổ mẫu: {file}{unit}', en: 'Example workbook: {file}{unit}' },
  'demo.check': {
    vi: '1. Kiểm tra: {errors} lỗi, {warnings} cảnh báo; {excluded} dòng có lỗi không được tính (xem trang "Kết quả kiểm tra").',
    en: '1. Check: {errors} {errors:error|errors}, {warnings} {warnings:warning|warnings}; {excluded} {excluded:row|rows} with errors not counted (sheet "Kết quả kiểm tra").',
  },
  'demo.plan': { vi: '2. Lịch giao ban {from} – {to}: {briefings} buổi cho {clusters} cụm', en: '2. Plan {from} – {to}: {briefings} {briefings:briefing|briefings} for {clusters} {clusters:cluster|clusters}' },
  'demo.planVillages': { vi: '2. Lịch giao ban {from} – {to}: {briefings} buổi tại các thôn, bản', en: '2. Plan {from} – {to}: {briefings} {briefings:briefing|briefings} in the villages' },
  'demo.planProblems': { vi: '; {n} buổi chưa bố trí được lãnh đạo.', en: '; {n} without a chair.' },
  'demo.planFull': { vi: '; đủ lãnh đạo chủ trì.', en: '; every briefing has a chair.' },
  'demo.summary': {
    vi: '3. {period}: {held} buổi giao ban tại {hosted}/{active} {kinds}; {issues} ý kiến, phản ánh, {answered} giải đáp tại chỗ; chưa xong quá {days} ngày (tính đến ngày {asOf}): {overdue}.',
    en: '3. {period}: {held} {held:briefing|briefings} in {hosted}/{active} {kinds}; {issues} {issues:issue|issues}, {answered} answered on the spot; open over {days} days (as of {asOf}): {overdue}.',
  },
  'demo.cumulative': { vi: '   Lũy kế từ {from}: {briefings} buổi, {issues} ý kiến, phản ánh.', en: '   Cumulative from {from}: {briefings} {briefings:briefing|briefings}, {issues} {issues:issue|issues}.' },
  'demo.paper': { vi: 'Giấy tờ (.docx): {path}', en: 'Document (.docx): {path}' },

  // Help.
  'help.usage': { vi: 'Cách dùng:', en: 'Usage:' },
  'help.options': { vi: 'Tùy chọn:', en: 'Options:' },
  'help.exit': { vi: 'Mã thoát:', en: 'Exit codes:' },
  'help.note.dates': {
    vi: 'Ngày viết dd/mm/yyyy (ví dụ 15/01/2025) hoặc YYYY-MM-DD; không bao giờ đọc tháng trước ngày.',
    en: 'Dates are written dd/mm/yyyy (e.g. 15/01/2025) or YYYY-MM-DD; never month first.',
  },
  'help.note.outputs': {
    vi: 'Tệp ghi ra không bao giờ ghi đè tệp đã có (trừ khi có --force) và không bao giờ là sổ gốc; thư mục chưa có sẽ được tạo.',
    en: 'An output never replaces an existing file (unless --force) and is never the input workbook; missing folders are created.',
  },
  'help.note.asOf': {
    vi: 'Quá hạn được tính đến một ngày duy nhất: --as-of nếu có, nếu không là hôm nay (giờ Việt Nam); validate, summarize, documents và demo dùng cùng ngày đó.',
    en: 'Overdue is counted to one date: --as-of when given, else today (Vietnam time); validate, summarize, documents and demo all use it.',
  },
  'help.note.more': {
    vi: 'Xem mọi tùy chọn của một lệnh: giaoban <lệnh> --help (ví dụ giaoban rotate --help).\nPhiên bản: giaoban --version.',
    en: 'Every option of a command: giaoban <command> --help (e.g. giaoban rotate --help).\nVersion: giaoban --version.',
  },
  'help.note.limits': {
    vi: 'Sổ rất lớn: --max-cells N (số ô tối đa) và --max-size MB (dung lượng giải nén tối đa) nâng giới hạn đọc của mọi lệnh đọc sổ.',
    en: 'Very large workbooks: --max-cells N (most cells) and --max-size MB (most uncompressed size) raise the reading limits of every command that reads a workbook.',
  },
  'help.exit.0': { vi: 'xong, không có lỗi', en: 'done, no errors' },
  'help.exit.1': {
    vi: 'sổ có lỗi (validate, rotate; documents khi một buổi giao ban của tháng có ngày không đọc được): đã báo theo trang và ô; rollup: có tệp không được tính, đã nêu tên trong phần kiểm tra',
    en: 'the workbook has errors (validate, rotate; documents when a briefing of the month has an unreadable date), listed by sheet and cell; rollup: a file was not counted, named in the findings',
  },
  'help.exit.2': {
    vi: 'tham số sai, tệp không dùng được (kể cả tệp không có bảng theo dõi nào), hoặc không ghi được tệp ra (đã có, thư mục, không có quyền, ổ đầy…)',
    en: 'bad arguments, an unusable file (a file with no tracking table included), or an output that cannot be written (exists, a folder, no permission, disk full…)',
  },
  'help.exit.3': { vi: 'lỗi không mong đợi (xin báo lại kèm lệnh đã chạy)', en: 'unexpected error (please report it with the command you ran)' },
  'help.exit.130': { vi: 'đã dừng bằng Ctrl-C (143: bị dừng bằng SIGTERM); tệp tạm đã được xóa', en: 'stopped with Ctrl-C (143: by SIGTERM); temporary files are removed' },

  'help.command.dates': { vi: 'Ngày giao ban 12 tháng của một năm (dời khỏi ngày nghỉ, lễ, Tết, kèm lý do).', en: 'The 12 briefing dates of a year (moved off weekends, holidays and Tết, with the reason).' },
  'help.command.communes': {
    vi: 'Danh mục xã, phường, đặc khu của một tỉnh (hoặc cả nước) kèm mã, loại và các xã cũ hình thành nên (Nghị quyết sắp xếp năm 2025).',
    en: 'Commune-level units of a province (or the country) with code, kind and the old communes each was formed from (the 2025 arrangement resolutions).',
  },
  'help.option.communes --as-of': {
    vi: 'danh mục của ngày này (dd/mm/yyyy hoặc YYYY-MM-DD); trước 01/07/2025 là các xã, phường, thị trấn cũ và đơn vị mới mỗi xã nhập vào',
    en: 'the units of this day (dd/mm/yyyy or YYYY-MM-DD); before 01/07/2025 the old communes and the unit of today each went into',
  },
  'help.option.--formed-from': {
    vi: 'thêm cột "Hình thành từ": các xã cũ (toàn bộ hoặc một phần) hợp thành mỗi đơn vị',
    en: 'add a "Formed from" column: the old communes (whole or part) each unit was formed from',
  },
  'help.command.holidays': {
    vi: 'Ngày nghỉ lễ, Tết, nghỉ bù và ngày làm bù của một năm, mỗi ngày kèm thông báo hoặc điều luật làm căn cứ (ước tính thì ghi rõ).',
    en: 'Public holidays, Tết, compensatory days off and make-up working days of a year, each with its notice or law (estimates say so).',
  },
  'help.command.deadlines': {
    vi: 'Thời hạn xử lý từng loại vụ việc: số ngày, cách tính, tính từ ngày nào, căn cứ pháp lý và hiệu lực.',
    en: 'The follow-up deadline of each kind of item: days, counting, the event it runs from, the law and its validity.',
  },
  'help.option.deadlines --as-of': {
    vi: 'ngày bắt đầu tính hạn của vụ việc: cho biết luật nào đang có hiệu lực vào ngày đó (mặc định: hôm nay)',
    en: 'the day an item’s clock starts: shows which law is in force on that day (default: today)',
  },
  'help.command.lunar': { vi: 'Đổi ngày dương lịch sang âm lịch Việt Nam.', en: 'A solar date as a Vietnamese lunar date.' },
  'help.command.period': {
    vi: 'Khoảng ngày của một kỳ báo cáo (chốt số liệu ngày 15 theo Nghị định 09/2019/NĐ-CP, hoặc theo lịch).',
    en: 'The days a reporting period covers (15th cut-off of Decree 09/2019/NĐ-CP, or calendar months).',
  },
  'help.command.summarize': {
    vi: 'Thống kê kỳ báo cáo (giao ban, ý kiến theo nhóm, xã, tháng, tình trạng; lũy kế) và đoạn nhận xét; -o ghi trang "Tổng hợp" và "Kết quả kiểm tra".',
    en: 'Statistics of a reporting period and the report paragraph; -o writes the "Tổng hợp" and "Kết quả kiểm tra" sheets.',
  },
  'help.command.rotate': {
    vi: 'Lập lịch luân phiên giao ban: xã đăng cai, lãnh đạo chủ trì, ngày giao ban cho từng cụm (ghi sheet "Lịch giao ban", xuất .ics).',
    en: 'Plans the rotation: host commune, chairing leader and date for every cluster (sheet "Lịch giao ban", .ics export).',
  },
  'help.command.validate': { vi: 'Kiểm tra sổ theo dõi: tìm các bảng, báo lỗi và cảnh báo theo trang và ô.', en: 'Checks a tracking workbook: finds its tables, reports errors and warnings by sheet and cell.' },
  'help.command.documents': {
    vi: 'Soạn giấy mời, biên bản và báo cáo giao ban của một tháng thành tệp .docx đúng thể thức Nghị định 30/2020 (-o thư mục).',
    en: 'Prepares the papers of a month as Word files (Decree 30/2020): invitations, minutes and the report.',
  },
  'help.command.template': { vi: 'Tạo sổ theo dõi trống theo mẫu chuẩn (có danh sách chọn và định dạng ngày).', en: 'Creates an empty tracking workbook in the canonical layout (drop-down lists, date formats).' },
  'help.command.demo': {
    vi: 'Chạy thử trên sổ mẫu: kiểm tra, lập lịch 12 tháng tới, tổng hợp tháng báo cáo gần nhất và lũy kế năm, ghi ra out/giao-ban-demo.xlsx.',
    en: 'Runs the whole job on the example workbook and writes out/giao-ban-demo.xlsx and one paper of each kind.',
  },

  'help.option.--json': { vi: 'in kết quả dạng JSON (cho máy đọc) thay cho văn bản', en: 'print JSON (for programs) instead of text' },
  'help.option.--lang': { vi: 'ngôn ngữ văn bản, lỗi và dòng tiến độ: vi (mặc định) hoặc en', en: 'language of the text, errors and progress lines: vi (default) or en' },
  'help.option.--quiet': { vi: 'không in dòng tiến độ khi đọc tệp lớn', en: 'no progress lines while reading a large file' },
  'help.option.--force': { vi: 'cho phép ghi đè tệp ghi ra đã có (sổ gốc thì không bao giờ bị ghi)', en: 'allow writing over an existing output file (never the input workbook)' },
  'help.option.-o': {
    vi: 'tệp .xlsx ghi ra: bản sao của sổ có thêm các trang kết quả (thư mục chưa có sẽ được tạo)',
    en: 'the .xlsx to write: a copy of the workbook with the result sheets added (missing folders are created)',
  },
  'help.option.--ics': {
    vi: 'tệp lịch .ics ghi ra (Outlook, Google Calendar), mỗi buổi giao ban một sự kiện cả ngày',
    en: 'the .ics calendar to write (Outlook, Google Calendar), one all-day event per briefing',
  },
  'help.option.--holidays': {
    vi: 'tệp ngày nghỉ bổ sung (.json hoặc .xlsx có bảng ngày nghỉ), dùng khi có thông báo mới chưa kịp cập nhật vào phần mềm; bảng ngày nghỉ trong sổ vẫn được ưu tiên',
    en: "extra holidays file (.json or an .xlsx with a holiday table) for announcements newer than the software; the workbook's own holiday sheet still wins",
  },
  'help.option.--remind-days': { vi: 'nhắc trước mấy ngày trong tệp .ics (mặc định 3; 0 = không nhắc)', en: 'reminder this many days before, in the .ics (default 3; 0 = none)' },
  'help.option.--day': { vi: 'ngày giao ban danh nghĩa trong tháng, 1–28 (mặc định 15)', en: 'nominal briefing day of the month, 1–28 (default 15)' },
  'help.option.--rule': {
    vi: 'cách dời ngày trùng ngày nghỉ: following (sau, mặc định), preceding (trước), modified-following, modified-preceding, none',
    en: 'how a date on a day off moves: following (default), preceding, modified-following, modified-preceding, none',
  },
  'help.option.--calendar': {
    vi: 'kỳ theo tháng dương lịch (01 đến cuối tháng) thay cho chốt số liệu ngày 15 (Nghị định 09/2019/NĐ-CP)',
    en: 'calendar months (1st to month end) instead of the 15th cut-off of Decree 09/2019/NĐ-CP',
  },
  'help.option.--cutoff': { vi: 'ngày chốt số liệu trong tháng, 1–28 (mặc định 15)', en: 'data cut-off day of the month, 1–28 (default 15)' },
  'help.option.--period': {
    vi: 'kỳ báo cáo, viết như thường viết: "tháng 1/2025", "quý I/2025", "6 tháng đầu năm 2025", "9 tháng 2025", "năm 2025", "từ 01/2025 đến 03/2025" (có dấu hay không dấu), hoặc month:2025-01, quarter:2025-Q1, half:2025-H1, nine-months:2025, year:2025, 2025-01-01..2025-03-31 (mặc định: tháng báo cáo gần nhất đã kết thúc)',
    en: 'reporting period, as clerks write it: "tháng 1/2025", "quý I/2025", "6 tháng đầu năm 2025", "9 tháng 2025", "năm 2025", "từ 01/2025 đến 03/2025" (accents optional), or month:2025-01, quarter:2025-Q1, half:2025-H1, nine-months:2025, year:2025, 2025-01-01..2025-03-31 (default: the latest reporting month that has ended)',
  },
  'help.option.--from': {
    vi: 'ngày đầu kỳ tự chọn (dùng cùng --to), hoặc một tháng ("01/2025", "tháng 1/2025": từ đầu kỳ tháng đó)',
    en: "first day of a custom period (with --to), or a month (\"01/2025\", \"tháng 1/2025\": from the start of that month's period)",
  },
  'help.option.--to': {
    vi: 'ngày cuối kỳ tự chọn (dùng cùng --from), hoặc một tháng ("03/2025": đến hết kỳ tháng đó)',
    en: "last day of a custom period (with --from), or a month (\"03/2025\": to the end of that month's period)",
  },
  'help.option.--since': { vi: 'ngày bắt đầu tính lũy kế (mặc định đầu năm báo cáo)', en: 'first day of the cumulative figures (default: start of the reporting year)' },
  'help.option.--cluster': { vi: 'chỉ tính một cụm', en: 'count one cluster only' },
  'help.option.--commune': { vi: 'chỉ tính một xã', en: 'count one commune only' },
  'help.option.--leader': { vi: 'chỉ tính các buổi do một lãnh đạo chủ trì', en: 'count the briefings one leader chaired only' },
  'help.option.--as-of': {
    vi: 'tính quá hạn đến ngày này (mặc định: hôm nay, giờ Việt Nam; cùng một ngày cho kiểm tra, tổng hợp và giấy tờ)',
    en: 'count overdue items as of this day (default: today, Vietnam time; the same day for the check, the summary and the papers)',
  },
  'help.option.--overdue-days': { vi: 'số ngày quá hạn xử lý ý kiến, 0–3650 (mặc định 30)', en: 'days after which an open issue is overdue, 0–3650 (default 30)' },
  'help.option.--unit': { vi: 'tên đơn vị in trên các trang và giấy tờ (mặc định: trang "Thông tin đơn vị", rồi dòng tiêu đề của sổ)', en: 'unit name printed on the sheets and papers (default: the "Thông tin đơn vị" sheet, then the title rows)' },
  'help.option.--parent-unit': { vi: 'tên đơn vị cấp trên in trên trang lịch (mặc định lấy từ sổ)', en: 'parent unit printed on the plan sheet (default: from the workbook)' },
  'help.option.--months': { vi: 'số tháng cần lập lịch, 1–120 (mặc định 12)', en: 'number of months to plan, 1–120 (default 12)' },
  'help.option.--freeze': { vi: 'giữ nguyên mọi buổi trước ngày này', en: 'keep every briefing before this day as it is' },
  'help.option.--rows': { vi: 'số dòng để sẵn trong mỗi bảng, 1–100000 (mặc định 2000)', en: 'rows prepared in each table, 1–100000 (default 2000)' },
  'help.option.--out': {
    vi: 'thư mục ghi tệp giao-ban-demo.xlsx và giấy tờ mẫu .docx trong giay-to/ (mặc định out)',
    en: 'folder for giao-ban-demo.xlsx and the sample .docx papers in giay-to/ (default out)',
  },
  'help.option.--example': {
    vi: 'sổ mẫu: tinh (Công an tỉnh, cụm xã, phường, đặc khu năm 2025–2026; mặc định), xa (Công an xã giao ban tại thôn, bản), huyen (Công an huyện Nậm Pồ 2024–2025, trước khi tổ chức lại)',
    en: 'example workbook: tinh (a provincial police, clusters of communes, 2025–2026; default), xa (a commune police briefing its villages), huyen (Nậm Pồ district police 2024–2025, before the reorganisation)',
  },
  'help.option.--level': {
    vi: 'loại sổ: tinh (Công an tỉnh giao ban theo cụm xã, phường, đặc khu; mặc định), xa (Công an xã giao ban tại thôn, bản, tổ dân phố), huyen (mẫu sổ Công an huyện trước năm 2025); mặc định theo --unit',
    en: 'kind of workbook: tinh (a provincial police briefing clusters of communes; default), xa (a commune police briefing its villages), huyen (the district police layout before 2025); default from --unit',
  },
  'help.option.--input': { vi: 'sổ dùng thay cho sổ mẫu', en: 'a workbook to use instead of the example' },
  'help.option.--help': { vi: 'xem hướng dẫn này', en: 'show this help' },
  'help.option.rotate --from': {
    vi: 'tháng bắt đầu lập lịch: YYYY-MM (2026-01), 01/2026 hoặc "tháng 1/2026" (mặc định: tháng sau bản ghi gần nhất)',
    en: 'first month to plan: YYYY-MM (2026-01), 01/2026 or "tháng 1/2026" (default: the month after the latest record)',
  },
  'help.option.template --unit': {
    vi: 'tên đơn vị ghi ở đầu mỗi trang; khi không có --level, loại sổ theo tên này (Công an huyện … → huyen, Công an xã … → xa, còn lại → tinh)',
    en: 'unit name at the head of every sheet; without --level it decides the kind of workbook (Công an huyện … → huyen, Công an xã … → xa, else tinh)',
  },
  'help.option.template -o': { vi: 'tệp .xlsx mới cần tạo', en: 'the new .xlsx to create' },
  'help.option.documents -o': {
    vi: 'thư mục ghi các tệp .docx (chưa có sẽ được tạo); tên tệp theo loại, ngày và xã (báo cáo: theo kỳ, ví dụ bao-cao_thang-12-2025.docx), không dấu',
    en: 'folder for the .docx files (created if missing); files named by kind, date and commune (the report by its period, e.g. bao-cao_thang-12-2025.docx), without accents',
  },
  'help.option.--month': {
    vi:
      'tháng cần soạn giấy tờ (2025-12, 12/2025 hoặc "tháng 12/2025"): giấy mời, biên bản các buổi giao ban trong tháng dương lịch đó, và báo cáo của kỳ báo cáo kết thúc trong tháng đó ' +
      '(--month 2025-12: kỳ 15/11/2025 – 14/12/2025, hoặc 01–31/12/2025 với --calendar); tháng ngoài khoảng sổ có số liệu và lịch giao ban thì không soạn (xem --draft)',
    en:
      'month to prepare papers for (2025-12, 12/2025 or "tháng 12/2025"): invitations and minutes of the briefings in that calendar month, and the report of the reporting month that ends in it ' +
      '(--month 2025-12: 15/11/2025 – 14/12/2025, or 01–31/12/2025 with --calendar); a month outside the records and plan of the workbook is refused (see --draft)',
  },
  'help.option.--draft': {
    vi: 'vẫn soạn giấy tờ cho tháng ngoài khoảng sổ có số liệu và lịch giao ban (trước bản ghi đầu tiên hoặc sau lịch), theo lịch dự kiến, có dấu "DỰ THẢO"',
    en: 'write the papers of a month outside the records and plan of the workbook anyway, from the expected plan, marked "DỰ THẢO" (draft)',
  },
  'help.option.--invite-days': {
    vi: 'giấy mời ghi ngày trước buổi giao ban bao nhiêu ngày làm việc (mặc định 5, hoặc theo trang "Thông tin đơn vị"); không bao giờ vào Chủ nhật, ngày lễ, Tết',
    en: 'how many working days before the briefing the invitation is dated (default 5, or the "Thông tin đơn vị" sheet); never a Sunday, holiday or Tết',
  },
  'help.option.--place': {
    vi: 'địa điểm giao ban ghi trên giấy mời, biên bản; {xã} thay cho xã đăng cai (ví dụ "Hội trường Ủy ban nhân dân {xã}"); không có thì để chỗ trống',
    en: 'briefing place on invitations and minutes; {xã} stands for the host commune (e.g. "Hội trường Ủy ban nhân dân {xã}"); none leaves a blank',
  },
  'help.option.--kind': {
    vi: 'chỉ soạn một loại: invitation (giấy mời), minutes (biên bản) hoặc report (báo cáo); nhiều loại cách nhau bằng dấu phẩy',
    en: 'only one kind: invitation, minutes or report; several separated by commas',
  },
  'help.option.documents --cluster': { vi: 'chỉ soạn giấy tờ của một cụm', en: 'papers of one cluster only' },
  'help.option.--time': {
    vi: 'giờ bắt đầu giao ban ghi trên giấy mời và biên bản (ví dụ 07h30; mặc định theo trang "Thông tin đơn vị", không có thì để chỗ trống "…… giờ …… phút")',
    en: 'start time on invitations and minutes (e.g. 07h30; default: the "Thông tin đơn vị" sheet, else a blank "…… giờ …… phút")',
  },
  'help.option.--start-number': {
    vi: 'số văn bản đầu tiên của mỗi loại (mặc định để trống "Số:      /GM-…" cho văn thư ghi)',
    en: 'first document number of each kind (default blank "Số:      /GM-…" for the registry clerk to fill in)',
  },
  'help.option.--issuing-body': {
    vi: 'tên cơ quan ban hành (mặc định theo trang "Thông tin đơn vị" hoặc dòng tiêu đề của sổ)',
    en: 'issuing body (default: the "Thông tin đơn vị" sheet or the title rows)',
  },
  'help.option.--parent-body': { vi: 'tên cơ quan chủ quản in phía trên tên cơ quan ban hành', en: 'parent body printed above the issuing body' },
  'help.option.--place-name': { vi: 'địa danh ghi ở dòng ngày tháng (ví dụ Nậm Pồ)', en: 'place name on the date line (e.g. Nậm Pồ)' },
  'help.option.--abbr': { vi: 'chữ viết tắt tên đơn vị sau ký hiệu văn bản (ví dụ CAH: Số: 05/GM-CAH)', en: 'unit abbreviation after the document symbol (e.g. CAH: Số: 05/GM-CAH)' },
  'help.option.--signer-authority': {
    vi: 'quyền hạn ký (ví dụ "KT. TRƯỞNG CÔNG AN HUYỆN"; để trống khi người đứng đầu ký)',
    en: 'signing authority (e.g. "KT. TRƯỞNG CÔNG AN HUYỆN"; blank when the head signs)',
  },
  'help.option.--signer-title': { vi: 'chức vụ người ký (ví dụ "PHÓ TRƯỞNG CÔNG AN HUYỆN")', en: 'title of the signer (e.g. "PHÓ TRƯỞNG CÔNG AN HUYỆN")' },
  'help.command.rollup': {
    vi: 'Tổng hợp nhiều sổ của các đơn vị (cả thư mục) thành số liệu toàn tỉnh, so với cùng kỳ năm trước; -o ghi sổ tổng hợp, --docx ghi báo cáo.',
    en: 'Rolls many units’ workbooks (or a folder) up into the province’s figures against the same period a year earlier; -o writes the roll-up workbook, --docx the report.',
  },
  'help.option.rollup -o': {
    vi: 'sổ .xlsx mới ghi kết quả tổng hợp: trang "Tổng hợp toàn tỉnh" (từng đơn vị, tổng, cùng kỳ, tăng/giảm, biểu đồ) và "Kiểm tra các sổ"',
    en: 'a new .xlsx with the roll-up: the "Tổng hợp toàn tỉnh" sheet (each unit, total, last year, change, chart) and "Kiểm tra các sổ"',
  },
  'help.option.rollup --unit': { vi: 'tên Công an tỉnh in trên trang và báo cáo (mặc định lấy từ dòng tiêu đề các sổ)', en: "the province's police named on the sheet and report (default: the workbooks' title rows)" },
  'help.option.rollup --as-of': {
    vi: 'tính tồn đọng, quá hạn đến ngày này (cùng kỳ: cùng ngày năm trước); mặc định như summarize',
    en: 'count open and overdue items as of this day (a year earlier: the same day); default as summarize',
  },
  'help.option.--province': { vi: 'tỉnh cần tổng hợp (mặc định: tỉnh mà nhiều sổ ghi nhất); sổ của tỉnh khác không được tính', en: 'the province to roll up (default: the one most workbooks name); other provinces’ workbooks are not counted' },
  'help.option.--docx': { vi: 'thư mục ghi báo cáo tổng hợp .docx (Nghị định 30/2020/NĐ-CP)', en: 'folder for the roll-up report .docx (Decree 30/2020/NĐ-CP)' },
  'help.option.--jobs': { vi: 'số luồng đọc sổ song song (mặc định 2)', en: 'workbooks read in parallel (default 2)' },
  'help.option.--signer-name': { vi: 'họ tên người ký (có thể kèm cấp bậc)', en: 'name of the signer (rank may be included)' },
});

/** A key of {@link CLI_TEXTS}. */
export type CliTextKey = keyof typeof CLI_TEXTS;

/**
 * A CLI text in `lang`.
 * @example say('help.usage', 'en'); // "Usage:"
 */
export function say(key: CliTextKey, lang: Lang, vars?: TextVars): string {
  return textIn(CLI_TEXTS, key, lang, vars);
}

/**
 * A CLI text in both languages (for errors, which print in the run's language).
 * @example both('usage.periodBoth'); // { vi: 'chỉ dùng --period …', en: 'use --period or --from/--to, not both' }
 */
export function both(key: CliTextKey, vars?: TextVars): BiText {
  return bothTexts(CLI_TEXTS, key, vars);
}

/**
 * A core text in `lang` (what a session's views are called).
 * @example core('count.rows', 'en', { n: 1 }); // "1 row"
 */
export function core(key: CoreTextKey, lang: Lang, vars?: TextVars): string {
  return textIn(CORE_TEXTS, key, lang, vars);
}
