// --version, `<command> --help` for every command, dd/mm/yyyy date arguments,
// English progress lines; exit codes in --help and in the README.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { main } from '../../packages/cli/src/main.js';
import { commands } from '../../packages/cli/src/commands/index.js';
import { COMMAND_SUMMARY_EN, EXIT_CODES, optionHelp, optionsOf } from '../../packages/cli/src/help.js';
import { formatFileSize, parseDateValue, readingProgressText } from '@giaoban/core';
import { tmpDir } from '../xlsx/helpers.js';
import { writeLargeWorkbook } from '../../scripts/generate/largeWorkbook.js';

async function cli(...argv: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), cwd: process.cwd() });
  return { code, stdout, stderr };
}

const version = (JSON.parse(readFileSync(join(process.cwd(), 'packages/cli/package.json'), 'utf8')) as { version: string }).version;

describe('giaoban --version', () => {
  it.each(['--version', '-v'])('%s prints the version of the package', async (flag) => {
    expect(await cli(flag)).toEqual({ code: 0, stdout: `giaoban ${version}\n`, stderr: '' });
  });
});

describe('giaoban <command> --help', () => {
  it('knows every command', () => {
    expect(commands.map((c) => c.name).sort()).toEqual(['communes', 'dates', 'deadlines', 'demo', 'documents', 'holidays', 'lunar', 'period', 'rollup', 'rotate', 'summarize', 'template', 'validate']);
  });

  it.each(commands.map((c) => c.name))('%s --help prints its usage and what every option does, exit 0', async (name) => {
    const command = commands.find((c) => c.name === name)!;
    for (const argv of [[name, '--help'], [name, '-h'], ['help', name], [name, 'so.xlsx', '--json', '--help']]) {
      const r = await cli(...argv);
      expect(r.code, argv.join(' ')).toBe(0);
      expect(r.stderr).toBe('');
      expect(r.stdout).toContain(`giaoban ${name} — ${command.summary}`);
      expect(r.stdout).toContain(`  ${command.usage}\n`);
      for (const option of optionsOf(command.usage)) {
        const line = r.stdout.split('\n').find((l) => new RegExp(`^  (?:-\\w, )?${option}\\s`).test(l));
        expect(line, `${name} ${option}`).toBeDefined();
        expect(line!.trim().length).toBeGreaterThan(option.length + 10);
      }
      expect(r.stdout).toContain('Mã thoát:');
    }
  });

  it('has a description for every option of every command (a new option needs its line in help.ts)', () => {
    const missing = commands.flatMap((c) => optionsOf(c.usage).filter((o) => optionHelp(c.name, o) === undefined).map((o) => `${c.name} ${o}`));
    expect(missing).toEqual([]);
    const missingEn = commands.filter((c) => !COMMAND_SUMMARY_EN[c.name]).map((c) => c.name);
    expect(missingEn).toEqual([]);
    expect(optionHelp('rotate', '--from')).toContain('YYYY-MM');
    expect(optionHelp('summarize', '--from')).toContain('ngày đầu kỳ');
  });

  it('speaks English with --lang en', async () => {
    const r = await cli('rotate', '--help', '--lang', 'en');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('giaoban rotate — Plans the rotation');
    expect(r.stdout).toContain('Usage:\n');
    expect(r.stdout).toMatch(/^ {2}--from +first month to plan: YYYY-MM \(2026-01\), 01\/2026 or "tháng 1\/2026"/m);
    expect(r.stdout).toMatch(/^ {2}--force +allow writing over an existing output file/m);
    expect(r.stdout).toContain('Exit codes:\n');
    expect(r.stdout).not.toMatch(/Cách dùng|Tùy chọn|Mã thoát/);
    const main = await cli('--help', '--lang=en');
    expect(main.stdout).toContain('      Checks a tracking workbook');
    for (const [code, what] of EXIT_CODES) expect(main.stdout).toContain(`  ${code.padEnd(4)} ${what.en}`);
    expect((await cli('help', 'lunar', '--lang', 'en')).stdout).toContain('Dates are written dd/mm/yyyy');
  });

  it('a "--help" after "--" is an argument, not a request for help', async () => {
    const r = await cli('lunar', '--', '--help');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('<ngày>');
  });
});

describe('giaoban --help', () => {
  it('lists every command, per-command help, --version and the exit codes', async () => {
    const r = await cli('--help');
    expect(r.code).toBe(0);
    for (const c of commands) expect(r.stdout).toContain(c.usage);
    expect(r.stdout).toContain('giaoban <lệnh> --help');
    expect(r.stdout).toContain('--version');
    expect(r.stdout).toContain('--force');
    for (const [code, what] of EXIT_CODES) expect(r.stdout).toContain(`  ${code.padEnd(4)} ${what.vi}`);
    // Without a command: the same help, exit 2.
    expect((await cli()).code).toBe(2);
  });

  it('the README documents the same exit codes', () => {
    const readme = readFileSync(join(process.cwd(), 'README.md'), 'utf8');
    const section = readme.slice(readme.indexOf('Exit codes'));
    for (const [code] of EXIT_CODES) expect(section).toMatch(new RegExp(`\\| \`${code}\` \\|`));
  });

  it('the exit codes are what the commands return', async () => {
    expect((await cli('validate', 'examples/so-theo-doi-giao-ban.xlsx', '--quiet')).code).toBe(1); // planted errors
    expect((await cli('rotate', 'examples/so-theo-doi-giao-ban.xlsx', '--from', '2026-01', '--months', '1', '--json')).code).toBe(1);
    // summarize reports the errors in its text but is not a check: exit 0.
    expect((await cli('summarize', 'examples/so-theo-doi-giao-ban.xlsx', '--period', 'month:2025-12', '--json', '--quiet')).code).toBe(0);
    expect((await cli('dates', '2026')).code).toBe(0);
    expect((await cli('dates', '20266')).code).toBe(2);
    expect((await cli('validate', 'khong-co.xlsx')).code).toBe(2);
    expect((await cli('khong-co-lenh')).code).toBe(2);
    // A bug (not a usage or file error) is exit 3 with its message on one line.
    commands.push({ name: 'hong', usage: 'giaoban hong', summary: 'lệnh hỏng để thử', run: async () => (undefined as unknown as { x: number }).x });
    try {
      const r = await cli('hong');
      expect(r.code).toBe(3);
      expect(r.stderr).toMatch(/^Lỗi không mong đợi: Cannot read properties of undefined/);
    } finally {
      commands.pop();
    }
  });
});

describe('dates as clerks write them', () => {
  it('lunar takes dd/mm/yyyy and "15 tháng 01 năm 2025" as well as YYYY-MM-DD', async () => {
    const iso = JSON.parse((await cli('lunar', '2025-01-29', '--json')).stdout);
    expect(iso.lunar).toEqual({ year: 2025, month: 1, day: 1, leap: false }); // Tết Ất Tỵ
    for (const written of ['29/01/2025', '29-01-2025', '29.1.2025', '29 tháng 01 năm 2025', 'ngày 29 tháng 1 năm 2025']) {
      const r = await cli('lunar', written, '--json');
      expect(r.code, written).toBe(0);
      expect(JSON.parse(r.stdout)).toEqual(iso);
    }
    expect((await cli('lunar', '29/01/2025')).stdout).toContain('ngày 1 tháng Giêng năm Ất Tỵ');
  });

  it('rejects days that do not exist, month-first dates and bare numbers, naming the argument', async () => {
    for (const bad of ['29/02/2025', '01/13/2025', '20250129', '45678', 'hôm qua']) {
      const r = await cli('lunar', bad);
      expect(r.code, bad).toBe(2);
      expect(r.stderr).toContain(`<ngày> "${bad}" không hợp lệ`);
      expect(r.stderr).toContain('dd/mm/yyyy');
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
    }
    expect((await cli('lunar', '29/02/2025')).stderr).toContain('tháng 2/2025 có 28 ngày');
  });

  it('summarize --from/--to, validate --as-of and rotate --freeze take dd/mm/yyyy', async () => {
    const iso = await cli('summarize', 'examples/so-theo-doi-giao-ban.xlsx', '--from', '2025-01-01', '--to', '2025-03-31', '--as-of', '2025-04-30', '--json', '--quiet');
    const vi = await cli('summarize', 'examples/so-theo-doi-giao-ban.xlsx', '--from', '01/01/2025', '--to', '31/03/2025', '--as-of', '30/04/2025', '--json', '--quiet');
    expect(vi.code).toBe(0);
    expect(vi.stdout).toBe(iso.stdout);
    const v1 = await cli('validate', 'examples/so-theo-doi-giao-ban.xlsx', '--as-of', '2025-12-31', '--json', '--quiet');
    const v2 = await cli('validate', 'examples/so-theo-doi-giao-ban.xlsx', '--as-of', '31/12/2025', '--json', '--quiet');
    expect(v2.stdout).toBe(v1.stdout);
    const r1 = await cli('rotate', 'examples/so-theo-doi-giao-ban.xlsx', '--from', '2026-01', '--months', '2', '--freeze', '2026-02-01', '--json');
    const r2 = await cli('rotate', 'examples/so-theo-doi-giao-ban.xlsx', '--from', '2026-01', '--months', '2', '--freeze', '01/02/2026', '--json');
    expect(r2.stdout).toBe(r1.stdout);
    const bad = await cli('rotate', 'examples/so-theo-doi-giao-ban.xlsx', '--from', '2026-01', '--months', '2', '--freeze', '2026-02-30');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--freeze "2026-02-30"');
  });

  it('the core reads "15 tháng 01 năm 2025" without "ngày" as a date', () => {
    expect(parseDateValue('15 tháng 01 năm 2025')).toEqual({ ok: true, date: '2025-01-15' });
    expect(parseDateValue('Điện Biên, 15 tháng 01 năm 2025')).toEqual({ ok: true, date: '2025-01-15' });
    expect(parseDateValue('15 thang 1 nam 2025')).toEqual({ ok: true, date: '2025-01-15' });
    expect(parseDateValue('30 tháng 02 năm 2025').ok).toBe(false);
    // A month alone is still not a date.
    expect(parseDateValue('tháng 01 năm 2025').ok).toBe(false);
  });
});

describe('file sizes as a person reads them', () => {
  it('bytes, whole kilobytes, megabytes with one decimal under 10 MB; never "0.0 MB"', () => {
    expect(formatFileSize(0)).toBe('0 byte');
    expect(formatFileSize(1, 'en')).toBe('1 byte');
    expect(formatFileSize(850, 'en')).toBe('850 bytes');
    expect(formatFileSize(1024)).toBe('1 KB');
    expect(formatFileSize(37_465)).toBe('37 KB');
    expect(formatFileSize(1_048_575)).toBe('1,0 MB');
    expect(formatFileSize(1_438_910)).toBe('1,4 MB');
    expect(formatFileSize(1_438_910, 'en')).toBe('1.4 MB');
    expect(formatFileSize(536_870_912)).toBe('512 MB');
    expect(formatFileSize(5_368_709_120, 'en')).toBe('5,120 MB');
    expect(formatFileSize(5_368_709_120)).toBe('5.120 MB');
  });
});

describe('--lang en progress lines', () => {
  it('says every step the reader reports in either language, with English plurals and decimal points', () => {
    expect(readingProgressText({ step: 'opening', bytes: 1_438_910 }, 'en')).toBe('Opening the file (1.4 MB)…');
    expect(readingProgressText({ step: 'opening', bytes: 1_438_910 }, 'vi')).toBe('Đang mở tệp (1,4 MB)…');
    expect(readingProgressText({ step: 'opening', bytes: 37_465 }, 'en')).toBe('Opening the file (37 KB)…');
    expect(readingProgressText({ step: 'sheetRows', sheet: 'Ý kiến', rows: 40_000 }, 'en')).toBe('Reading sheet "Ý kiến": 40000 rows…');
    expect(readingProgressText({ step: 'sheetRead', sheet: 'Ý kiến', rows: 100_003 }, 'vi')).toBe('Đã đọc trang "Ý kiến" (100003 dòng).');
    expect(readingProgressText({ step: 'sheetRead', sheet: 'Trống', rows: 1 }, 'en')).toBe('Read sheet "Trống" (1 row).');
    expect(readingProgressText({ step: 'converting', format: 'ods' }, 'en')).toBe('Reading an OpenDocument workbook (.ods)…');
    expect(readingProgressText({ step: 'converting', format: 'xls' }, 'vi')).toBe('Đang đọc sổ Excel 97–2003 (.xls)…');
  });

  it('summarize -o --lang en prints its progress in English (a workbook over 1 MB shows progress)', async () => {
    const dir = tmpDir('progress-en');
    const big = join(dir, 'lon.xlsx');
    await writeLargeWorkbook(big, { issues: 25_000, years: 2, communes: 30, clusters: 6, leaders: 6 });
    let stderr = '';
    const io = { stdout: () => {}, stderr: (t: string) => (stderr += t), cwd: dir };
    const code = await main(['summarize', 'lon.xlsx', '-o', 'en.xlsx', '--lang', 'en'], io);
    expect(code).toBe(0);
    // A size a person reads, with the English decimal point: "1.1 MB".
    const mb = (readFileSync(big).length / 1_048_576).toFixed(1);
    expect(stderr).toMatch(new RegExp(`^Opening the file \\(${mb.replace('.', '\\.')} MB\\)…$`, 'm'));
    expect(stderr).toMatch(/^Read sheet "[^"]+" \(\d+ rows\)\.$/m);
    expect(stderr).toMatch(/^Checking: \d+\/\d+ rows \(\d+%\)…$/m);
    expect(stderr).toContain('Writing en.xlsx …');
    expect(stderr).not.toMatch(/Đang|Đã đọc/);
  }, 120_000);
});

describe('--lang en says the product\'s own words in English', () => {
  const COMMUNE = join(process.cwd(), 'examples/so-giao-ban-cong-an-xa.xlsx');
  /** Vietnamese placeholders of the usage lines. */
  const VI_PLACEHOLDERS = /<(sổ|năm|tỉnh|kỳ|cụm|xã|lãnh đạo|thư[- ]mục|tệp|lệnh|ngày)\b|ngày-nghỉ/;

  it('shows every usage line with English placeholders, and in errors too', async () => {
    const all = await cli('--help', '--lang', 'en');
    expect(all.stdout).toContain('giaoban validate <workbook.xlsx> [--json]');
    expect(all.stdout).toContain('giaoban rollup <workbook.xlsx|folder>…');
    expect(all.stdout).not.toMatch(VI_PLACEHOLDERS);
    for (const c of commands) expect((await cli(c.name, '--help', '--lang', 'en')).stdout, c.name).not.toMatch(VI_PLACEHOLDERS);
    // The Vietnamese help is the usage as written.
    expect((await cli('--help')).stdout).toContain('giaoban validate <sổ.xlsx> [--json]');
    const missing = await cli('dates', '--lang', 'en');
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/^Error: missing <year>\. Usage: giaoban dates <year> \[--day 15\]/);
    expect(missing.stderr).not.toMatch(VI_PLACEHOLDERS);
    const docs = await cli('documents', COMMUNE, '--lang', 'en');
    expect(docs.stderr).toMatch(/^Error: missing --month YYYY-MM\. Usage: giaoban documents <workbook\.xlsx> --month/);
    expect((await cli('template', '--lang', 'en')).stderr).toContain('missing -o <file.xlsx>.');
  });

  it('names the villages of a commune police unit\'s plan in English, and counts overdue items by village', async () => {
    const plan = await cli('rotate', COMMUNE, '--from', '2026-06', '--months', '2', '--lang', 'en');
    expect(plan.code, plan.stderr).toBe(0);
    expect(plan.stdout).toMatch(/^ {2}the villages: 15 June 2026 at /m);
    expect(plan.stdout).not.toContain('các thôn, bản');
    const vi = await cli('rotate', COMMUNE, '--from', '2026-06', '--months', '2');
    expect(vi.stdout).toMatch(/^ {2}các thôn, bản: 15\/06\/2026 tại /m);

    const en = await cli('summarize', COMMUNE, '--as-of', '2026-12-07', '--lang', 'en');
    expect(en.stdout).toMatch(/^ {2}Overdue by village: [^\n]*: \d+[;.]/m);
    expect(en.stdout).toMatch(/^Workbook check: 0 errors, \d+ warnings?; 0 rows with errors not counted\.$/m);
    const summaryVi = await cli('summarize', COMMUNE, '--as-of', '2026-12-07');
    expect(summaryVi.stdout).toMatch(/^ {2}Quá hạn theo thôn, bản: [^\n]*: \d{2}[;.]/m);
  });

  it('names the notice behind a year\'s holidays by its English kind', async () => {
    const en = await cli('holidays', '2027', '--lang', 'en');
    expect(en.stdout).toContain('The holidays are announced: Official letter 10065/VPCP-KGVX.');
    expect((await cli('holidays', '2027')).stdout).toContain('Lịch nghỉ đã được thông báo: Công văn 10065/VPCP-KGVX.');
  });
});
