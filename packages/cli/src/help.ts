/**
 * The help texts: `giaoban --help` (every command, exit codes), `giaoban <lệnh> --help`
 * (one command's usage and what each of its options does) and `--version`.
 * The options a command has are read from its usage line; what each one means is the
 * table below, so a new option only needs its line here (a test checks none is missing).
 */
import { readFileSync } from 'node:fs';
import type { CliLang } from './args.js';
import type { Command } from './commands/index.js';

/** A help text in both languages. */
interface Text {
  vi: string;
  en: string;
}

/**
 * What each option does, by option (`--json`), or by `command option` where a command gives
 * it another meaning (`rotate --from` is a month, `summarize --from` a day).
 */
export const OPTION_HELP: Readonly<Record<string, Text>> = {
  '--json': { vi: 'in kết quả dạng JSON (cho máy đọc) thay cho văn bản', en: 'print JSON (for programs) instead of text' },
  '--lang': { vi: 'ngôn ngữ văn bản và dòng tiến độ: vi (mặc định) hoặc en', en: 'language of the text and progress lines: vi (default) or en' },
  '--quiet': { vi: 'không in dòng tiến độ khi đọc tệp lớn', en: 'no progress lines while reading a large file' },
  '--force': {
    vi: 'cho phép ghi đè tệp ghi ra đã có (sổ gốc thì không bao giờ bị ghi)',
    en: 'allow writing over an existing output file (never the input workbook)',
  },
  '-o': {
    vi: 'tệp .xlsx ghi ra: bản sao của sổ có thêm các trang kết quả (thư mục chưa có sẽ được tạo)',
    en: 'the .xlsx to write: a copy of the workbook with the result sheets added (missing folders are created)',
  },
  '--ics': {
    vi: 'tệp lịch .ics ghi ra (Outlook, Google Calendar), mỗi buổi giao ban một sự kiện cả ngày',
    en: 'the .ics calendar to write (Outlook, Google Calendar), one all-day event per briefing',
  },
  '--holidays': {
    vi: 'tệp ngày nghỉ bổ sung (.json hoặc .xlsx có bảng ngày nghỉ), dùng khi có thông báo mới chưa kịp cập nhật vào phần mềm; bảng ngày nghỉ trong sổ vẫn được ưu tiên',
    en: "extra holidays file (.json or an .xlsx with a holiday table) for announcements newer than the software; the workbook's own holiday sheet still wins",
  },
  '--remind-days': {
    vi: 'nhắc trước mấy ngày trong tệp .ics (mặc định 3; 0 = không nhắc)',
    en: 'reminder this many days before, in the .ics (default 3; 0 = none)',
  },
  '--day': { vi: 'ngày giao ban danh nghĩa trong tháng, 1–28 (mặc định 15)', en: 'nominal briefing day of the month, 1–28 (default 15)' },
  '--rule': {
    vi: 'cách dời ngày trùng ngày nghỉ: following (sau, mặc định), preceding (trước), modified-following, modified-preceding, none',
    en: 'how a date on a day off moves: following (default), preceding, modified-following, modified-preceding, none',
  },
  '--calendar': {
    vi: 'kỳ theo tháng dương lịch (01 đến cuối tháng) thay cho chốt số liệu ngày 15 (Nghị định 09/2019/NĐ-CP)',
    en: 'calendar months (1st to month end) instead of the 15th cut-off of Decree 09/2019/NĐ-CP',
  },
  '--cutoff': { vi: 'ngày chốt số liệu trong tháng, 1–28 (mặc định 15)', en: 'data cut-off day of the month, 1–28 (default 15)' },
  '--period': {
    vi: 'kỳ báo cáo: month:2025-01, quarter:2025-Q1, half:2025-H1, nine-months:2025, year:2025 hoặc 2025-01-01..2025-03-31',
    en: 'reporting period: month:2025-01, quarter:2025-Q1, half:2025-H1, nine-months:2025, year:2025 or 2025-01-01..2025-03-31',
  },
  '--from': { vi: 'ngày đầu kỳ tự chọn (dùng cùng --to)', en: 'first day of a custom period (with --to)' },
  '--to': { vi: 'ngày cuối kỳ tự chọn (dùng cùng --from)', en: 'last day of a custom period (with --from)' },
  '--since': { vi: 'ngày bắt đầu tính lũy kế (mặc định đầu năm báo cáo)', en: 'first day of the cumulative figures (default: start of the reporting year)' },
  '--cluster': { vi: 'chỉ tính một cụm', en: 'count one cluster only' },
  '--commune': { vi: 'chỉ tính một xã', en: 'count one commune only' },
  '--leader': { vi: 'chỉ tính các buổi do một lãnh đạo chủ trì', en: 'count the briefings one leader chaired only' },
  '--as-of': { vi: 'tính quá hạn đến ngày này (mặc định: ngày cuối kỳ báo cáo)', en: 'count overdue items as of this day (default: the last day of the period)' },
  'deadlines --as-of': {
    vi: 'ngày bắt đầu tính hạn của vụ việc: cho biết luật nào đang có hiệu lực vào ngày đó (mặc định: hôm nay)',
    en: 'the day an item’s clock starts: shows which law is in force on that day (default: today)',
  },
  'validate --as-of': { vi: 'tính quá hạn đến ngày này (mặc định: ngày ghi gần nhất trong sổ)', en: 'count overdue items as of this day (default: the latest date in the workbook)' },
  '--overdue-days': { vi: 'số ngày quá hạn xử lý ý kiến (mặc định 30)', en: 'days after which an open issue is overdue (default 30)' },
  '--unit': { vi: 'tên đơn vị in trên các trang (mặc định lấy từ dòng tiêu đề của sổ)', en: "unit name printed on the sheets (default: the workbook's title rows)" },
  '--parent-unit': { vi: 'tên đơn vị cấp trên in trên trang lịch (mặc định lấy từ sổ)', en: 'parent unit printed on the plan sheet (default: from the workbook)' },
  '--months': { vi: 'số tháng cần lập lịch, 1–120', en: 'number of months to plan, 1–120' },
  '--freeze': { vi: 'giữ nguyên mọi buổi trước ngày này', en: 'keep every briefing before this day as it is' },
  '--rows': { vi: 'số dòng để sẵn trong mỗi bảng, 1–100000 (mặc định 2000)', en: 'rows prepared in each table, 1–100000 (default 2000)' },
  '--out': {
    vi: 'thư mục ghi tệp giao-ban-demo.xlsx và giấy tờ mẫu .docx trong giay-to/ (mặc định out)',
    en: 'folder for giao-ban-demo.xlsx and the sample .docx papers in giay-to/ (default out)',
  },
  '--input': { vi: 'sổ dùng thay cho sổ mẫu', en: 'a workbook to use instead of the example' },
  '--help': { vi: 'xem hướng dẫn này', en: 'show this help' },
  'rotate --from': { vi: 'tháng bắt đầu lập lịch, dạng YYYY-MM (ví dụ 2026-01)', en: 'first month to plan, YYYY-MM (e.g. 2026-01)' },
  'template -o': { vi: 'tệp .xlsx mới cần tạo', en: 'the new .xlsx to create' },
  'rollup -o': {
    vi: 'sổ .xlsx mới ghi kết quả tổng hợp: trang "Tổng hợp toàn tỉnh" (từng đơn vị, tổng, cùng kỳ, tăng/giảm, biểu đồ) và "Kiểm tra các sổ"',
    en: 'a new .xlsx with the roll-up: the "Tổng hợp toàn tỉnh" sheet (each unit, total, last year, change, chart) and "Kiểm tra các sổ"',
  },
  'rollup --unit': { vi: 'tên Công an tỉnh in trên trang và báo cáo (mặc định lấy từ dòng tiêu đề các sổ)', en: "the province's police named on the sheet and report (default: the workbooks' title rows)" },
  'rollup --as-of': { vi: 'tính tồn đọng, quá hạn đến ngày này (cùng kỳ: cùng ngày năm trước); mặc định hôm nay nếu trong kỳ, ngày cuối kỳ nếu kỳ đã qua', en: 'count open and overdue items as of this day (a year earlier: the same day); default today within the period, its last day for a past one' },
  '--province': { vi: 'tỉnh cần tổng hợp (mặc định: tỉnh mà nhiều sổ ghi nhất); sổ của tỉnh khác không được tính', en: 'the province to roll up (default: the one most workbooks name); other provinces’ workbooks are not counted' },
  '--docx': { vi: 'thư mục ghi báo cáo tổng hợp .docx (Nghị định 30/2020/NĐ-CP)', en: 'folder for the roll-up report .docx (Decree 30/2020/NĐ-CP)' },
  '--jobs': { vi: 'số luồng đọc sổ song song (mặc định 2)', en: 'workbooks read in parallel (default 2)' },
  'documents -o': {
    vi: 'thư mục ghi các tệp .docx (chưa có sẽ được tạo); tên tệp theo loại, ngày và xã (báo cáo: theo kỳ, ví dụ bao-cao_thang-12-2025.docx), không dấu',
    en: 'folder for the .docx files (created if missing); files named by kind, date and commune (the report by its period, e.g. bao-cao_thang-12-2025.docx), without accents',
  },
  '--month': {
    vi:
      'tháng cần soạn giấy tờ, dạng YYYY-MM: giấy mời, biên bản các buổi giao ban trong tháng dương lịch đó, và báo cáo của kỳ báo cáo kết thúc trong tháng đó ' +
      '(--month 2025-12: kỳ 15/11/2025 – 14/12/2025, hoặc 01–31/12/2025 với --calendar); tháng ngoài khoảng sổ có số liệu và lịch giao ban thì không soạn (xem --draft)',
    en:
      "month to prepare papers for, YYYY-MM: invitations and minutes of the briefings in that calendar month, and the report of the reporting month that ends in it " +
      '(--month 2025-12: 15/11/2025 – 14/12/2025, or 01–31/12/2025 with --calendar); a month outside the records and plan of the workbook is refused (see --draft)',
  },
  '--draft': {
    vi: 'vẫn soạn giấy tờ cho tháng ngoài khoảng sổ có số liệu và lịch giao ban (trước bản ghi đầu tiên hoặc sau lịch), theo lịch dự kiến, có dấu "DỰ THẢO"',
    en: 'write the papers of a month outside the records and plan of the workbook anyway, from the expected plan, marked "DỰ THẢO" (draft)',
  },
  '--invite-days': {
    vi: 'giấy mời ghi ngày trước buổi giao ban bao nhiêu ngày làm việc (mặc định 5, hoặc theo trang "Thông tin đơn vị"); không bao giờ vào Chủ nhật, ngày lễ, Tết',
    en: 'how many working days before the briefing the invitation is dated (default 5, or the "Thông tin đơn vị" sheet); never a Sunday, holiday or Tết',
  },
  '--place': {
    vi: 'địa điểm giao ban ghi trên giấy mời, biên bản; {xã} thay cho xã đăng cai (ví dụ "Hội trường Ủy ban nhân dân {xã}"); không có thì để chỗ trống',
    en: 'briefing place on invitations and minutes; {xã} stands for the host commune (e.g. "Hội trường Ủy ban nhân dân {xã}"); none leaves a blank',
  },
  '--kind': {
    vi: 'chỉ soạn một loại: invitation (giấy mời), minutes (biên bản) hoặc report (báo cáo); nhiều loại cách nhau bằng dấu phẩy',
    en: 'only one kind: invitation, minutes or report; several separated by commas',
  },
  'documents --cluster': { vi: 'chỉ soạn giấy tờ của một cụm', en: 'papers of one cluster only' },
  '--time': {
    vi: 'giờ bắt đầu giao ban ghi trên giấy mời và biên bản (ví dụ 07h30; mặc định theo trang "Thông tin đơn vị", không có thì để chỗ trống "…… giờ …… phút")',
    en: 'start time on invitations and minutes (e.g. 07h30; default: the "Thông tin đơn vị" sheet, else a blank "…… giờ …… phút")',
  },
  '--start-number': {
    vi: 'số văn bản đầu tiên của mỗi loại (mặc định để trống "Số:      /GM-…" cho văn thư ghi)',
    en: 'first document number of each kind (default blank "Số:      /GM-…" for the registry clerk to fill in)',
  },
  '--issuing-body': {
    vi: 'tên cơ quan ban hành (mặc định theo trang "Thông tin đơn vị" hoặc dòng tiêu đề của sổ)',
    en: 'issuing body (default: the "Thông tin đơn vị" sheet or the title rows)',
  },
  '--parent-body': { vi: 'tên cơ quan chủ quản in phía trên tên cơ quan ban hành', en: 'parent body printed above the issuing body' },
  '--place-name': { vi: 'địa danh ghi ở dòng ngày tháng (ví dụ Nậm Pồ)', en: 'place name on the date line (e.g. Nậm Pồ)' },
  '--abbr': {
    vi: 'chữ viết tắt tên đơn vị sau ký hiệu văn bản (ví dụ CAH: Số: 05/GM-CAH)',
    en: "unit abbreviation after the document symbol (e.g. CAH: Số: 05/GM-CAH)",
  },
  '--signer-authority': {
    vi: 'quyền hạn ký (ví dụ "KT. TRƯỞNG CÔNG AN HUYỆN"; để trống khi người đứng đầu ký)',
    en: 'signing authority (e.g. "KT. TRƯỞNG CÔNG AN HUYỆN"; blank when the head signs)',
  },
  '--signer-title': { vi: 'chức vụ người ký (ví dụ "PHÓ TRƯỞNG CÔNG AN HUYỆN")', en: 'title of the signer (e.g. "PHÓ TRƯỞNG CÔNG AN HUYỆN")' },
  '--signer-name': { vi: 'họ tên người ký (có thể kèm cấp bậc)', en: 'name of the signer (rank may be included)' },
};

/** The commands' one-line summaries in English (the Vietnamese ones are in the command modules). */
export const COMMAND_SUMMARY_EN: Readonly<Record<string, string>> = {
  dates: 'The 12 briefing dates of a year (moved off weekends, holidays and Tết, with the reason).',
  holidays: 'Public holidays, Tết, compensatory days off and make-up working days of a year, each with its notice or law (estimates say so).',
  deadlines: 'The follow-up deadline of each kind of item: days, counting, the event it runs from, the law and its validity.',
  lunar: 'A solar date as a Vietnamese lunar date.',
  period: 'The days a reporting period covers (15th cut-off of Decree 09/2019/NĐ-CP, or calendar months).',
  summarize: 'Statistics of a reporting period and the report paragraph; -o writes the "Tổng hợp" and "Kết quả kiểm tra" sheets.',
  rotate: 'Plans the rotation: host commune, chairing leader and date for every cluster (sheet "Lịch giao ban", .ics export).',
  validate: 'Checks a tracking workbook: finds its tables, reports errors and warnings by sheet and cell.',
  template: 'Creates an empty tracking workbook in the canonical layout (drop-down lists, date formats).',
  demo: 'Runs the whole job on the example workbook and writes out/giao-ban-demo.xlsx and one paper of each kind.',
  rollup: 'Rolls many units’ workbooks (or a folder) up into the province’s figures against the same period a year earlier; -o writes the roll-up workbook, --docx the report.',
  documents: 'Prepares the papers of a month as Word files (Decree 30/2020): invitations, minutes and the report.',
};

/** Exit codes, as `giaoban --help` and the README list them. */
export const EXIT_CODES: readonly (readonly [string, Text])[] = [
  ['0', { vi: 'xong, không có lỗi', en: 'done, no errors' }],
  ['1', { vi: 'sổ có lỗi (validate, rotate; documents khi một buổi giao ban của tháng có ngày không đọc được): đã báo theo trang và ô', en: 'the workbook has errors (validate, rotate; documents when a briefing of the month has an unreadable date), listed by sheet and cell' }],
  [
    '2',
    {
      vi: 'tham số sai, tệp không dùng được, hoặc không ghi được tệp ra (đã có, thư mục, không có quyền, ổ đầy…)',
      en: 'bad arguments, an unusable file, or an output that cannot be written (exists, a folder, no permission, disk full…)',
    },
  ],
  ['3', { vi: 'lỗi không mong đợi (xin báo lại kèm lệnh đã chạy)', en: 'unexpected error (please report it with the command you ran)' }],
  ['130', { vi: 'đã dừng bằng Ctrl-C (143: bị dừng bằng SIGTERM); tệp tạm đã được xóa', en: 'stopped with Ctrl-C (143: by SIGTERM); temporary files are removed' }],
];

const NOTES = {
  dates: {
    vi: 'Ngày viết dd/mm/yyyy (ví dụ 15/01/2025) hoặc YYYY-MM-DD; không bao giờ đọc tháng trước ngày.',
    en: 'Dates are written dd/mm/yyyy (e.g. 15/01/2025) or YYYY-MM-DD; never month first.',
  },
  outputs: {
    vi: 'Tệp ghi ra không bao giờ ghi đè tệp đã có (trừ khi có --force) và không bao giờ là sổ gốc; thư mục chưa có sẽ được tạo.',
    en: 'An output never replaces an existing file (unless --force) and is never the input workbook; missing folders are created.',
  },
  more: {
    vi: 'Xem mọi tùy chọn của một lệnh: giaoban <lệnh> --help (ví dụ giaoban rotate --help).\nPhiên bản: giaoban --version.',
    en: 'Every option of a command: giaoban <command> --help (e.g. giaoban rotate --help).\nVersion: giaoban --version.',
  },
  limits: {
    vi: 'Sổ rất lớn: --max-cells N (số ô tối đa) và --max-size MB (dung lượng giải nén tối đa) nâng giới hạn đọc của mọi lệnh đọc sổ.',
    en: 'Very large workbooks: --max-cells N (most cells) and --max-size MB (most uncompressed size) raise the reading limits of every command that reads a workbook.',
  },
  usage: { vi: 'Cách dùng:', en: 'Usage:' },
  options: { vi: 'Tùy chọn:', en: 'Options:' },
  exit: { vi: 'Mã thoát:', en: 'Exit codes:' },
} satisfies Record<string, Text>;

/**
 * The options named in a usage line, in order, each once (`-o`, `--json`, …).
 *
 * @example
 * ```ts
 * optionsOf('giaoban dates <năm> [--day 15] [--json]'); // ['--day', '--json']
 * ```
 */
export function optionsOf(usage: string): string[] {
  const found = [...usage.matchAll(/(?:^|[\s[|])(--?[a-z][a-z-]*)/g)].map((m) => m[1]!);
  return [...new Set(found)];
}

/** The description of `option` for `command` in `lang`, or undefined when the table lacks it. */
export function optionHelp(command: string, option: string, lang: CliLang = 'vi'): string | undefined {
  return (OPTION_HELP[`${command} ${option}`] ?? OPTION_HELP[option])?.[lang];
}

/**
 * The version in the CLI's package.json (one folder up from `src/` and from `dist/`).
 *
 * @example
 * ```ts
 * cliVersion(); // "0.1.0"
 * ```
 */
export function cliVersion(): string {
  const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };
  return pkg.version;
}

function exitCodeLines(lang: CliLang): string[] {
  return EXIT_CODES.map(([code, what]) => `  ${code.padEnd(4)} ${what[lang]}`);
}

function summaryOf(command: Command, lang: CliLang): string {
  return lang === 'en' ? (COMMAND_SUMMARY_EN[command.name] ?? command.summary) : command.summary;
}

/**
 * `giaoban --help`: every command's usage and summary, then the notes and exit codes.
 *
 * @example
 * ```ts
 * mainHelp(commands).startsWith('giaoban 0.1.0 — Giao ban cơ sở'); // true
 * mainHelp(commands, 'en').includes('Exit codes:');                 // true
 * ```
 */
export function mainHelp(commands: readonly Command[], lang: CliLang = 'vi'): string {
  const lines = [`giaoban ${cliVersion()} — Giao ban cơ sở`, '', NOTES.usage[lang]];
  for (const c of commands) lines.push(`  ${c.usage}`, `      ${summaryOf(c, lang)}`);
  lines.push('', NOTES.more[lang], NOTES.dates[lang], NOTES.outputs[lang], NOTES.limits[lang], '', NOTES.exit[lang], ...exitCodeLines(lang));
  return lines.join('\n') + '\n';
}

/**
 * `giaoban <lệnh> --help`: the command's summary, usage, and each of its options with what it does.
 *
 * @example
 * ```ts
 * commandHelp(datesCommand); // "giaoban dates — Ngày giao ban 12 tháng…\n\nCách dùng:\n  giaoban dates <năm> …"
 * ```
 */
export function commandHelp(command: Command, lang: CliLang = 'vi'): string {
  const options = [...optionsOf(command.usage), '--help'];
  const label = (o: string) => (o === '--help' ? '-h, --help' : o === '--quiet' ? '-q, --quiet' : o);
  const width = options.reduce((w, o) => Math.max(w, label(o).length), 0);
  const lines = [`giaoban ${command.name} — ${summaryOf(command, lang)}`, '', NOTES.usage[lang], `  ${command.usage}`, '', NOTES.options[lang]];
  for (const o of options) lines.push(`  ${label(o).padEnd(width)}  ${optionHelp(command.name, o, lang) ?? ''}`.trimEnd());
  const notes: string[] = [];
  if (/YYYY-MM-DD|<ngày>|dd\/mm\/yyyy/.test(command.usage)) notes.push(NOTES.dates[lang]);
  if (options.includes('--force')) notes.push(NOTES.outputs[lang]);
  if (/<sổ\.xlsx>|--input/.test(command.usage)) notes.push(NOTES.limits[lang]);
  if (notes.length) lines.push('', ...notes);
  lines.push('', NOTES.exit[lang], ...exitCodeLines(lang));
  return lines.join('\n') + '\n';
}
