import { beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { main } from '../../packages/cli/src/main.js';

const dir = join(process.cwd(), 'test/.tmp/stats-cli');
const book = join(dir, 'so-theo-doi.xlsx');

function io() {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { stdout: (t: string) => out.push(t), stderr: (t: string) => err.push(t), cwd: dir }, out, err };
}

/** A clerk's workbook as typed: title rows, STT columns, text dates, one bad date. */
async function writeClerkWorkbook(path: string) {
  const wb = new ExcelJS.Workbook();
  const communes = wb.addWorksheet('Danh mục');
  communes.addRows([
    ['CÔNG AN TỈNH ĐIỆN BIÊN'],
    ['CÔNG AN HUYỆN MƯỜNG CHÀ'],
    [],
    ['STT', 'Xã', 'Cụm'],
    [1, 'Nà Khoa', 'Cụm 1'],
    [2, 'Nậm Nhừ', 'Cụm 1'],
    [3, 'Nậm Chua', 'Cụm 1'],
    [4, 'Chà Nưa', 'Cụm 2'],
    [5, 'Si Pa Phìn', 'Cụm 2'],
  ]);
  const leaders = wb.addWorksheet('Lãnh đạo');
  leaders.addRows([
    ['STT', 'Họ và tên', 'Cấp bậc', 'Chức vụ'],
    [1, 'Trần Ích Chính', 'Thượng tá', 'Phó trưởng Công an huyện'],
    [2, 'Lò Văn Minh', 'Trung tá', 'Phó trưởng Công an huyện'],
  ]);
  const briefings = wb.addWorksheet('Theo dõi giao ban');
  briefings.addRows([
    ['SỔ THEO DÕI GIAO BAN TẠI CƠ SỞ NĂM 2025'],
    [],
    ['STT', 'Ngày giao ban', 'Địa điểm', 'Chủ trì', 'Thành phần tham dự'],
    [1, '16/12/2024', 'Nà Khoa', 'Đ/c Trần Ích Chính', 'CA phụ trách xã; Trưởng CAX; TT Đảng ủy, HĐND, UBND xã; MTTQ, Hội PN; 15 quần chúng'],
    [2, '16/12/2024', 'Chà Nưa', 'Lò Văn Minh', 'CA phụ trách xã; Trưởng CAX; TT Đảng ủy, HĐND, UBND xã'],
    [3, '14/01/2025', 'Nậm Nhừ', 'Trần Ích Chính', 'CA phụ trách xã; Trưởng CAX; TT Đảng ủy, HĐND, UBND xã'],
    [4, '15/01/2025', 'Si Pa Phìn', 'Lò Văn Minh', 'CA phụ trách xã; Trưởng CAX; TT Đảng ủy, HĐND, UBND xã'],
  ]);
  const issues = wb.addWorksheet('Ý kiến');
  issues.addRows([
    ['STT', 'Ngày', 'Xã', 'Nội dung', 'Phân loại', 'Tình trạng', 'Ngày giải quyết', 'Người phản ánh'],
    [1, '16/12/2024', 'Nà Khoa', 'Trộm cắp gia súc tại bản Nà Khoa 2', 'Vụ việc mới phát sinh', 'Đã giải quyết', '26/12/2024', 'UBND xã'],
    [2, '16/12/2024', 'Nà Khoa', 'Đề nghị bổ sung Công an xã bán chuyên trách', 'Củng cố lực lượng', 'Đã giải đáp tại chỗ', '', 'Đảng ủy'],
    [3, '16/12/2024', 'Chà Nưa', 'Vướng mắc đăng ký thường trú', 'TTHC', 'Đang giải quyết', '', 'Nhân dân'],
    [4, '14/01/2025', 'Nậm Nhừ', 'Phát động phong trào toàn dân bảo vệ ANTQ ở bản mới', 'Phát động phong trào', 'Đã giải đáp tại chỗ', '', 'Ban, đoàn thể'],
    [5, '31/02/2025', 'Nậm Nhừ', 'Tranh chấp đất rẫy', 'ANTT', 'Đang giải quyết', '', 'UBND xã'],
    [6, '15/01/2025', 'Si Pa Phìn', 'Tranh chấp đất rẫy giáp ranh', 'ANTT', 'Đang giải quyết', '', 'UBND xã'],
  ]);
  await wb.xlsx.writeFile(path);
}

beforeAll(async () => {
  // Fresh each run: outputs are never written over.
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  await writeClerkWorkbook(book);
});

describe('giaoban summarize', () => {
  it('prints the issue-5 JSON for a decree month', async () => {
    const { io: cli, out, err } = io();
    const code = await main(['summarize', 'so-theo-doi.xlsx', '--period', 'month:2025-01', '--json', '--quiet'], cli);
    expect(err.join('')).toBe('');
    expect(code).toBe(0);
    const j = JSON.parse(out.join(''));
    expect(j.period).toMatchObject({ from: '2024-12-15', to: '2025-01-14' });
    expect(j.briefings).toMatchObject({ planned: 0, held: 3, hostedCommunes: 3, activeCommunes: 5, withPublic: 1, withMassOrganizations: 1 });
    expect(j.issues.total).toBe(4);
    expect(j.issues.byCategory).toEqual({
      'security-situation': 1,
      'commune-police': 1,
      'mass-organizations': 1,
      'administrative-procedures': 1,
      other: 0,
    });
    expect(j.issues.byStatus).toEqual({ answered: 2, 'in-progress': 1, resolved: 1, referred: 0 });
    expect(j.issues.byCommune).toEqual({ 'Nà Khoa': 2, 'Nậm Nhừ': 1, 'Nậm Chua': 0, 'Chà Nưa': 1, 'Si Pa Phìn': 0 });
    expect(j.issues.byMonth).toEqual({ '2025-01': 4 });
    expect(j.issues.answeredOnTheSpotShare).toBe(0.5);
    expect(j.issues.resolvedShare).toBe(0.75);
    expect(j.issues.medianDaysToResolve).toBe(10);
    expect(j.cumulative.from).toBe('2024-12-15');
    expect(j.excludedRows).toBe(1); // the 31/02/2025 row
    expect(j.narrative).toContain('Từ ngày 15/12/2024 đến ngày 14/01/2025, Công an huyện Mường Chà đã tổ chức 03 buổi giao ban tại 03/05 xã');
    expect(j.narrativeEn).toContain('held 3 briefings in 3 of 5 communes');
  });

  it('defaults to the last complete reporting month and takes --from/--to, --since and filters', async () => {
    const a = io();
    expect(await main(['summarize', book, '--json', '--quiet'], a.io)).toBe(0);
    const latest = JSON.parse(a.out.join(''));
    // The latest date is 15/01/2025, in the unfinished February report: January's (15/12–14/01) is the last complete one.
    expect(latest.period).toMatchObject({ from: '2024-12-15', to: '2025-01-14' });
    expect(latest.issues.total).toBe(4);
    const cal = io();
    expect(await main(['summarize', book, '--json', '--quiet', '--calendar'], cal.io)).toBe(0);
    expect(JSON.parse(cal.out.join('')).period).toMatchObject({ from: '2024-12-01', to: '2024-12-31' });

    const b = io();
    expect(await main(['summarize', book, '--from', '2024-12-01', '--to', '2025-01-31', '--since', '2024-01-01', '--cluster', 'Cụm 1', '--json'], b.io)).toBe(0);
    const custom = JSON.parse(b.out.join(''));
    expect(custom.period).toMatchObject({ from: '2024-12-01', to: '2025-01-31' });
    expect(custom.cumulative.from).toBe('2024-01-01');
    expect(custom.issues.total).toBe(3);
    expect(custom.briefings.activeCommunes).toBe(3);
  });

  it('prints a readable Vietnamese summary and writes Tổng hợp and Kết quả kiểm tra into a copy', async () => {
    const before = readFileSync(book);
    const { io: cli, out } = io();
    expect(await main(['summarize', book, '--period', 'month:2025-01', '-o', 'tong-hop.xlsx', '--quiet'], cli)).toBe(0);
    const text = out.join('');
    expect(text).toContain('Giao ban: 03 buổi đã tổ chức; 03/05 xã đăng cai');
    expect(text).toContain('Kiểm tra sổ: 01 lỗi');
    expect(text).toContain('Trang "Tổng hợp": đã tạo.');
    expect(readFileSync(book).equals(before)).toBe(true); // the clerk's file is untouched
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(dir, 'tong-hop.xlsx'));
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Danh mục', 'Lãnh đạo', 'Theo dõi giao ban', 'Ý kiến', 'Tổng hợp', 'Kết quả kiểm tra']);
    expect(wb.getWorksheet('Ý kiến')!.getCell('B6').value).toBe('31/02/2025');
    const findings = wb.getWorksheet('Kết quả kiểm tra')!;
    const codes: string[] = [];
    findings.eachRow((row) => codes.push(String(row.getCell(3).value ?? '')));
    expect(codes).toContain('date.invalid');

    // Again on the output: the product's sheets are replaced, not duplicated.
    const again = io();
    expect(await main(['summarize', join(dir, 'tong-hop.xlsx'), '--period', 'month:2025-01', '-o', 'tong-hop-2.xlsx', '--quiet'], again.io)).toBe(0);
    expect(again.out.join('')).toContain('Trang "Tổng hợp": đã thay.');
  });

  it('speaks English with --lang en', async () => {
    const { io: cli, out } = io();
    expect(await main(['summarize', book, '--period', 'month:2025-01', '--lang', 'en', '--quiet'], cli)).toBe(0);
    const text = out.join('');
    expect(text).toContain('Briefings: 3 held; 3/5 communes hosted; public at 1, mass organisations at 1.');
    expect(text).toContain('Issues raised: 4 (cumulative 4)');
    expect(text).toContain('From 15 December 2024 to 14 January 2025, Mường Chà district police held 3 briefings in 3 of 5 communes');
  });

  it('rejects bad arguments with exit 2 and a Vietnamese message naming the argument', async () => {
    const cases: [string[], RegExp][] = [
      [['summarize'], /thiếu <sổ.xlsx>/],
      [['summarize', book, '--period', 'month:2025-13'], /--period/],
      [['summarize', book, '--from', '2025-01-01'], /--from và --to/],
      // The CLI quotes why: the day is not in the calendar.
      [['summarize', book, '--since', '31/02/2025'], /--since "31\/02\/2025".*tháng 2\/2025 có 28 ngày/],
      [['summarize', book, '--commune', 'Nà Khao', '--quiet'], /Nà Khao/],
      [['summarize', book, '--lang', 'fr'], /--lang/],
      [['summarize', book, '--period', 'month:2025-01', '--from', '2025-01-01', '--to', '2025-01-31'], /--period hoặc --from/],
      [['summarize', join(dir, 'khong-co.xlsx')], /khong-co\.xlsx/],
    ];
    for (const [args, re] of cases) {
      const { io: cli, err } = io();
      expect(await main(args, cli), args.join(' ')).toBe(2);
      expect(err.join(''), args.join(' ')).toMatch(re);
      expect(err.join('').trim().split('\n')).toHaveLength(1);
    }
  });
});
