/**
 * The help texts: `giaoban --help` (every command, exit codes), `giaoban <lệnh> --help`
 * (one command's usage and what each of its options does) and `--version`.
 * The options a command has are read from its usage line; what each one means is the
 * table below, so a new option only needs its line here (a test checks none is missing).
 */
import { readFileSync } from 'node:fs';
import type { Command } from './commands/index.js';

/**
 * What each option does, by option (`--json`), or by `command option` where a command gives
 * it another meaning (`rotate --from` is a month, `summarize --from` a day).
 */
export const OPTION_HELP: Readonly<Record<string, string>> = {
  '--json': 'in kết quả dạng JSON (cho máy đọc) thay cho văn bản',
  '--lang': 'ngôn ngữ văn bản và dòng tiến độ: vi (mặc định) hoặc en',
  '--quiet': 'không in dòng tiến độ khi đọc tệp lớn',
  '--force': 'cho phép ghi đè tệp ghi ra đã có (sổ gốc thì không bao giờ bị ghi)',
  '-o': 'tệp .xlsx ghi ra: bản sao của sổ có thêm các trang kết quả (thư mục chưa có sẽ được tạo)',
  '--ics': 'tệp lịch .ics ghi ra (Outlook, Google Calendar), mỗi buổi giao ban một sự kiện cả ngày',
  '--day': 'ngày giao ban danh nghĩa trong tháng, 1–28 (mặc định 15)',
  '--rule': 'cách dời ngày trùng ngày nghỉ: following (sau, mặc định), preceding (trước), modified-following, modified-preceding, none',
  '--calendar': 'kỳ theo tháng dương lịch (01 đến cuối tháng) thay cho chốt số liệu ngày 15 (Nghị định 09/2019/NĐ-CP)',
  '--cutoff': 'ngày chốt số liệu trong tháng, 1–28 (mặc định 15)',
  '--period': 'kỳ báo cáo: month:2025-01, quarter:2025-Q1, half:2025-H1, nine-months:2025, year:2025 hoặc 2025-01-01..2025-03-31',
  '--from': 'ngày đầu kỳ tự chọn (dùng cùng --to)',
  '--to': 'ngày cuối kỳ tự chọn (dùng cùng --from)',
  '--since': 'ngày bắt đầu tính lũy kế (mặc định đầu năm báo cáo)',
  '--cluster': 'chỉ tính một cụm',
  '--commune': 'chỉ tính một xã',
  '--leader': 'chỉ tính các buổi do một lãnh đạo chủ trì',
  '--as-of': 'tính quá hạn đến ngày này (mặc định hôm nay)',
  '--overdue-days': 'số ngày quá hạn xử lý ý kiến (mặc định 30)',
  '--unit': 'tên đơn vị in trên các trang (mặc định lấy từ dòng tiêu đề của sổ)',
  '--parent-unit': 'tên đơn vị cấp trên in trên trang lịch (mặc định lấy từ sổ)',
  '--months': 'số tháng cần lập lịch, 1–120',
  '--freeze': 'giữ nguyên mọi buổi trước ngày này',
  '--rows': 'số dòng để sẵn trong mỗi bảng, 1–100000 (mặc định 2000)',
  '--out': 'thư mục ghi tệp giao-ban-demo.xlsx (mặc định out)',
  '--input': 'sổ dùng thay cho sổ mẫu',
  'rotate --from': 'tháng bắt đầu lập lịch, dạng YYYY-MM (ví dụ 2026-01)',
  'template -o': 'tệp .xlsx mới cần tạo',
};

/** Exit codes, as `giaoban --help` and the README list them. */
export const EXIT_CODES: readonly (readonly [string, string])[] = [
  ['0', 'xong, không có lỗi'],
  ['1', 'sổ có lỗi (validate, rotate): đã báo theo trang và ô'],
  ['2', 'tham số sai, tệp không dùng được, hoặc không ghi được tệp ra (đã có, thư mục, không có quyền, ổ đầy…)'],
  ['3', 'lỗi không mong đợi (xin báo lại kèm lệnh đã chạy)'],
  ['130', 'đã dừng bằng Ctrl-C (143: bị dừng bằng SIGTERM); tệp tạm đã được xóa'],
];

const DATE_NOTE = 'Ngày viết dd/mm/yyyy (ví dụ 15/01/2025) hoặc YYYY-MM-DD; không bao giờ đọc tháng trước ngày.';
const OUTPUT_NOTE = 'Tệp ghi ra không bao giờ ghi đè tệp đã có (trừ khi có --force) và không bao giờ là sổ gốc; thư mục chưa có sẽ được tạo.';

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

/** The description of `option` for `command`, or undefined when the table lacks it. */
export function optionHelp(command: string, option: string): string | undefined {
  return OPTION_HELP[`${command} ${option}`] ?? OPTION_HELP[option];
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

function exitCodeLines(): string[] {
  return EXIT_CODES.map(([code, what]) => `  ${code.padEnd(4)} ${what}`);
}

/**
 * `giaoban --help`: every command's usage and summary, then the notes and exit codes.
 *
 * @example
 * ```ts
 * mainHelp(commands).startsWith('giaoban 0.1.0 — Giao ban cơ sở'); // true
 * ```
 */
export function mainHelp(commands: readonly Command[]): string {
  const lines = [`giaoban ${cliVersion()} — Giao ban cơ sở`, '', 'Cách dùng:'];
  for (const c of commands) lines.push(`  ${c.usage}`, `      ${c.summary}`);
  lines.push(
    '',
    'Xem mọi tùy chọn của một lệnh: giaoban <lệnh> --help (ví dụ giaoban rotate --help).',
    'Phiên bản: giaoban --version.',
    DATE_NOTE,
    OUTPUT_NOTE,
    '',
    'Mã thoát:',
    ...exitCodeLines(),
  );
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
export function commandHelp(command: Command): string {
  const options = [...optionsOf(command.usage), '--help'];
  const label = (o: string) => (o === '--help' ? '-h, --help' : o === '--quiet' ? '-q, --quiet' : o);
  const width = options.reduce((w, o) => Math.max(w, label(o).length), 0);
  const lines = [`giaoban ${command.name} — ${command.summary}`, '', 'Cách dùng:', `  ${command.usage}`, '', 'Tùy chọn:'];
  for (const o of options) {
    const text = o === '--help' ? 'xem hướng dẫn này' : (optionHelp(command.name, o) ?? '');
    lines.push(`  ${label(o).padEnd(width)}  ${text}`.trimEnd());
  }
  const notes: string[] = [];
  if (/YYYY-MM-DD|<ngày>|dd\/mm\/yyyy/.test(command.usage)) notes.push(DATE_NOTE);
  if (options.includes('--force')) notes.push(OUTPUT_NOTE);
  if (notes.length) lines.push('', ...notes);
  lines.push('', 'Mã thoát:', ...exitCodeLines());
  return lines.join('\n') + '\n';
}
