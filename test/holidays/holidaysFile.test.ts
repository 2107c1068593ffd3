/**
 * `--holidays FILE` end to end through the built CLI (packages/cli/dist/giaoban.js):
 * a JSON file and an .xlsx holiday sheet, on dates, holidays, validate, rotate and summarize.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { execFile } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import ExcelJS from 'exceljs';
import { holidaysOf, mergeHolidaySources, parseHolidayJson, HolidayFileError } from '@giaoban/core';

const CLI = resolve('packages/cli/dist/giaoban.js');
const dir = resolve('test/.tmp/holidays-file');

function run(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((done) => {
    execFile(process.execPath, [CLI, ...args], { cwd: dir, encoding: 'utf8' }, (err, stdout, stderr) => {
      done({ code: err ? ((err as { code?: number }).code ?? 1) : 0, stdout, stderr });
    });
  });
}

// Test inputs, not real announcements: Monday 15/03/2027 made a day off, Saturday 20/03/2027 a make-up day.
const ANNOUNCED = {
  version: '2027-03-01',
  holidays: [
    { date: '2027-03-15', name: 'Nghỉ theo thông báo (dữ liệu kiểm thử)', kind: 'off', reference: 'Thông báo số 01/TB-KT ngày 01/03/2027 (kiểm thử)' },
    { date: '20/03/2027', name: 'Làm bù (dữ liệu kiểm thử)', kind: 'làm bù' },
  ],
};

async function holidayBook(path: string) {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Ngày nghỉ');
  ws.addRows([
    ['DANH SÁCH NGÀY NGHỈ, NGÀY LÀM BÙ NĂM 2027'],
    [],
    ['STT', 'Ngày', 'Tên ngày nghỉ', 'Loại'],
    [1, '15/03/2027', 'Nghỉ theo thông báo (dữ liệu kiểm thử)', 'Nghỉ'],
    [2, '20/03/2027', 'Làm bù (dữ liệu kiểm thử)', 'Làm bù'],
  ]);
  await wb.xlsx.writeFile(path);
}

/** A small district book: communes, leaders, one briefing on 15/03/2027 and the clerk's own holiday sheet. */
async function districtBook(path: string, ownHolidays: (string | number)[][] = [], withMarch = true) {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet('Danh mục').addRows([
    ['STT', 'Xã', 'Cụm'],
    [1, 'Nà Khoa', 'Cụm 1'],
    [2, 'Nậm Nhừ', 'Cụm 1'],
  ]);
  wb.addWorksheet('Lãnh đạo').addRows([
    ['STT', 'Họ và tên', 'Cấp bậc', 'Chức vụ'],
    [1, 'Trần Ích Chính', 'Thượng tá', 'Phó trưởng Công an huyện'],
  ]);
  wb.addWorksheet('Theo dõi giao ban').addRows([
    ['STT', 'Ngày giao ban', 'Địa điểm', 'Chủ trì'],
    [1, '15/02/2027', 'Nà Khoa', 'Trần Ích Chính'],
    ...(withMarch ? [[2, '15/03/2027', 'Nậm Nhừ', 'Trần Ích Chính']] : []),
  ]);
  if (ownHolidays.length) wb.addWorksheet('Ngày nghỉ').addRows([['Ngày', 'Tên ngày nghỉ', 'Loại'], ...ownHolidays]);
  await wb.xlsx.writeFile(path);
}

beforeAll(async () => {
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'ngay-nghi.json'), JSON.stringify(ANNOUNCED, null, 2));
  writeFileSync(join(dir, 'sai.json'), JSON.stringify({ holidays: [ANNOUNCED.holidays[0], { date: '31/02/2027', name: 'Sai' }] }));
  await holidayBook(join(dir, 'ngay-nghi.xlsx'));
  await districtBook(join(dir, 'so.xlsx'));
  await districtBook(join(dir, 'so-rieng.xlsx'), [['15/03/2027', 'Trực, làm việc bình thường', 'Làm bù']]);
  await districtBook(join(dir, 'so-thang2.xlsx'), [], false);
});

describe('--holidays FILE through the built CLI', () => {
  it.each(['ngay-nghi.json', 'ngay-nghi.xlsx'])('dates: %s moves the March briefing off Monday 15/03/2027', async (file) => {
    const plain = JSON.parse((await run('dates', '2027', '--json')).stdout);
    expect(plain[2].date).toBe('2027-03-15');
    const r = await run('dates', '2027', '--json', '--holidays', file);
    expect(r.code, r.stderr).toBe(0);
    const march = JSON.parse(r.stdout)[2];
    expect(march).toMatchObject({ nominal: '2027-03-15', date: '2027-03-16' });
    expect(march.reason).toContain('Nghỉ theo thông báo (dữ liệu kiểm thử)');
  });

  it('holidays: the file days show as the workbook source, with the announcement as note', async () => {
    const r = await run('holidays', '2027', '--json', '--holidays', 'ngay-nghi.json');
    expect(r.code, r.stderr).toBe(0);
    const list = JSON.parse(r.stdout) as { date: string; kind: string; source: string; note?: string }[];
    expect(list.find((h) => h.date === '2027-03-15')).toMatchObject({ kind: 'off', source: 'workbook', note: 'Thông báo số 01/TB-KT ngày 01/03/2027 (kiểm thử)' });
    expect(list.find((h) => h.date === '2027-03-20')).toMatchObject({ kind: 'workday', source: 'workbook' });
  });

  it('validate: a briefing on a day the file makes off is warned; the workbook\'s own sheet wins a date', async () => {
    const warned = JSON.parse((await run('validate', 'so.xlsx', '--json', '--holidays', 'ngay-nghi.xlsx')).stdout);
    const codes = (warned.findings as { code: string; cell: string }[]).filter((f) => f.code === 'briefing.non-working-day');
    expect(codes.map((f) => f.cell)).toEqual(['B3']);
    const without = JSON.parse((await run('validate', 'so.xlsx', '--json')).stdout);
    expect((without.findings as { code: string }[]).some((f) => f.code === 'briefing.non-working-day')).toBe(false);
    const own = JSON.parse((await run('validate', 'so-rieng.xlsx', '--json', '--holidays', 'ngay-nghi.json')).stdout);
    expect((own.findings as { code: string }[]).some((f) => f.code === 'briefing.non-working-day')).toBe(false);
  });

  it('rotate and summarize accept the file', async () => {
    const marchOf = async (...extra: string[]) => {
      const r = await run('rotate', 'so-thang2.xlsx', '--from', '2027-03', '--months', '1', '--json', ...extra);
      expect(r.code, r.stderr).toBe(0);
      return (JSON.parse(r.stdout).briefings as { month: string; date: string }[]).find((b) => b.month === '2027-03')!;
    };
    expect((await marchOf()).date).toBe('2027-03-15');
    expect((await marchOf('--holidays', 'ngay-nghi.json')).date).toBe('2027-03-16');
    const s = await run('summarize', 'so.xlsx', '--json', '--period', 'month:2027-03', '--holidays', 'ngay-nghi.xlsx');
    expect(s.code, s.stderr).toBe(0);
  });

  it('a bad file is a one-line Vietnamese error naming the entry and field, exit 2', async () => {
    const r = await run('dates', '2027', '--holidays', 'sai.json');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('holidays[1]');
    expect(r.stderr).toContain('"date" = "31/02/2027" không phải ngày hợp lệ');
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    const missing = await run('dates', '2027', '--holidays', 'khong-co.json');
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('không đọc được tệp ngày nghỉ');
    const noTable = await run('dates', '2027', '--holidays', 'so.xlsx');
    expect(noTable.code).toBe(2);
    expect(noTable.stderr).toContain('không tìm thấy bảng ngày nghỉ');
    const txt = await run('dates', '2027', '--holidays', 'ngay-nghi.txt');
    expect(txt.code).toBe(2);
  });
});

describe('holiday sources in the core (one merge for the CLI, the offline app and the add-in)', () => {
  it('parses ranges and Vietnamese kinds, and later sources win a date', () => {
    const days = parseHolidayJson(JSON.stringify([{ from: '2027-02-05', to: '2027-02-07', name: 'Tết', kind: 'Nghỉ bù' }]));
    expect(days.map((d) => d.date)).toEqual(['2027-02-05', '2027-02-06', '2027-02-07']);
    const merged = mergeHolidaySources(parseHolidayJson(JSON.stringify(ANNOUNCED)), [{ date: '2027-03-15', name: 'Trực', kind: 'workday' }]);
    expect(merged.find((d) => d.date === '2027-03-15')!.kind).toBe('workday');
    expect(holidaysOf(2027, { overrides: merged }).find((h) => h.date === '2027-03-20')!.kind).toBe('workday');
  });

  it('rejects what it cannot read with the entry named', () => {
    expect(() => parseHolidayJson('{"holidays": 3}', 'f.json')).toThrow(HolidayFileError);
    expect(() => parseHolidayJson('[{"date":"2027-03-15","kind":"nửa ngày"}]', 'f.json')).toThrow(/f\.json, holidays\[0\]: "kind"/);
    expect(() => parseHolidayJson('[{"from":"2027-03-15","to":"2027-03-01"}]')).toThrow(/"to"/);
    expect(() => parseHolidayJson('{oops')).toThrow(/không đọc được JSON/);
  });
});
