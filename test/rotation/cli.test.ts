import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../packages/cli/src/main.js';
import { writeDistrictWorkbook } from './districtWorkbook.js';

const dir = mkdtempSync(join(tmpdir(), 'giaoban-rotate-'));
const book = join(dir, 'so-theo-doi.xlsx');

function io() {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { stdout: (t: string) => out.push(t), stderr: (t: string) => err.push(t), cwd: dir }, out, err };
}

async function run(...argv: string[]) {
  const x = io();
  const code = await main(argv, x.io);
  return { code, stdout: x.out.join(''), stderr: x.err.join('') };
}

beforeAll(() => writeDistrictWorkbook(book, { absence: true }));

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('giaoban rotate', () => {
  it('prints its JSON', async () => {
    const r = await run('rotate', book, '--from', '2026-01', '--months', '3', '--json');
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout);
    expect(Object.keys(json)).toEqual(['from', 'months', 'briefings', 'problems', 'fairness', 'swaps', 'changes']);
    expect([json.from, json.months]).toEqual(['2026-01', 3]);
    expect(json.fairness.leaders.map((l: { leader: string; chairs: number }) => l.leader)).toEqual(['Lò Văn Hùng', 'Hà Thị Mai', 'Nguyễn Văn Chính']);
    expect(json.fairness.leaders.reduce((a: number, l: { chairs: number }) => a + l.chairs, 0)).toBe(6);
    expect(json.briefings).toHaveLength(6);
    const feb = json.briefings.find((b: { month: string; cluster: string }) => b.month === '2026-02' && b.cluster === 'Cụm 1');
    expect(Object.keys(feb)).toEqual(['month', 'cluster', 'date', 'host', 'chair', 'participatingCommunes', 'participants', 'reasons', 'reasonsEn', 'source']);
    expect(feb.date).toBe('2026-02-23');
    expect(feb.source).toBe('generated');
    // Nà Khoa hosted in December 2025: January goes to Nà Hỳ, then Nà Bủng.
    const c1 = json.briefings.filter((b: { cluster: string }) => b.cluster === 'Cụm 1').map((b: { host: string }) => b.host);
    expect(c1).toEqual(['Nà Hỳ', 'Nà Bủng', 'Nà Khoa']);
    const mar = json.briefings.filter((b: { month: string }) => b.month === '2026-03');
    for (const b of mar) expect(b.chair).not.toBe('Lò Văn Hùng');
    expect(json.problems).toEqual([]);
  });

  it('writes the plan sheet, and a row marked "Cố định" survives the next rotate', async () => {
    const out1 = join(dir, 'lich-1.xlsx');
    const r = await run('rotate', book, '--from', '2026-01', '--months', '4', '-o', out1);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Trang "Lịch giao ban": đã tạo.');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out1);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Danh sách xã', 'Lãnh đạo', 'Lịch vắng', 'Giao ban', 'Lịch giao ban']);
    const ws = wb.getWorksheet('Lịch giao ban')!;
    expect(ws.getCell('A1').value).toBe('CÔNG AN TỈNH ĐIỆN BIÊN');
    expect(ws.getCell('A2').value).toBe('CÔNG AN HUYỆN NẬM PỒ');
    expect(ws.getCell('F1').value).toBe('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(ws.getCell('F2').value).toBe('Độc lập - Tự do - Hạnh phúc');
    expect(ws.getCell('A5').value).toBe('Từ tháng 01/2026 đến tháng 04/2026');
    // The plan at a glance from row 7, the detail table (read back) after it.
    expect(ws.getCell('A7').value).toBe('Tháng/năm');
    let head = 0;
    ws.eachRow((row, n) => { if (row.getCell(1).value === 'STT' && row.getCell(10).value === 'Cố định') head = n; });
    expect((ws.getRow(head).values as unknown[]).slice(1)).toEqual(['STT', 'Tháng', 'Cụm', 'Ngày giao ban', 'Thứ', 'Xã đăng cai', 'Lãnh đạo chủ trì', 'Thành phần tham dự', 'Ghi chú', 'Cố định']);
    expect(ws.pageSetup.orientation).toBe('landscape');
    expect(ws.pageSetup.paperSize).toBe(9); // A4
    // Eight briefings after the header; the Feb row of Cụm 1 is the third.
    const feb10 = head + 3;
    expect(ws.getCell(`B${feb10}`).value).toBe('02/2026');
    expect(ws.getCell(`C${feb10}`).value).toBe('Cụm 1');
    expect(ws.getCell(`E${feb10}`).value).toBe('Thứ Hai');
    let found = false;
    ws.eachRow((row) => row.eachCell((c) => { if (c.value === 'giaoban:plan:v1') found = true; }));
    expect(found).toBe(true);

    // The clerk swaps February's host of Cụm 1 to Nà Khoa, sets the chair and a date, and marks the row fixed.
    ws.getCell(`F${feb10}`).value = 'Nà Khoa';
    ws.getCell(`G${feb10}`).value = 'Nguyễn Văn Chính';
    ws.getCell(`D${feb10}`).value = '25/02/2026';
    ws.getCell(`J${feb10}`).value = 'x';
    const edited = join(dir, 'lich-da-sua.xlsx');
    await wb.xlsx.writeFile(edited);

    const out2 = join(dir, 'lich-2.xlsx');
    const r2 = await run('rotate', edited, '--from', '2026-01', '--months', '4', '-o', out2, '--json');
    expect(r2.code).toBe(0);
    const json = JSON.parse(r2.stdout);
    const feb = json.briefings.find((b: { month: string; cluster: string }) => b.month === '2026-02' && b.cluster === 'Cụm 1');
    expect(feb).toMatchObject({ host: 'Nà Khoa', chair: 'Nguyễn Văn Chính', date: '2026-02-25', source: 'override' });
    // Nobody else chairs twice on 25/02, and March's Cụm 1 host is not Nà Khoa again.
    const mar = json.briefings.find((b: { month: string; cluster: string }) => b.month === '2026-03' && b.cluster === 'Cụm 1');
    expect(mar.host).not.toBe('Nà Khoa');
    expect(r2.stderr).toContain('Trang "Lịch giao ban": đã thay.');
    const wb2 = new ExcelJS.Workbook();
    await wb2.xlsx.readFile(out2);
    const ws2 = wb2.getWorksheet('Lịch giao ban')!;
    expect(ws2.getCell(`F${feb10}`).value).toBe('Nà Khoa');
    expect(ws2.getCell(`J${feb10}`).value).toBe('x');
    expect(wb2.worksheets.filter((w) => w.name.startsWith('Lịch giao ban'))).toHaveLength(1);
  });

  it('never replaces a clerk\'s own sheet named "Lịch giao ban"', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(book);
    const mine = wb.addWorksheet('Lịch giao ban');
    mine.getCell('A1').value = 'Lịch của tôi';
    const withSheet = join(dir, 'co-sheet-rieng.xlsx');
    await wb.xlsx.writeFile(withSheet);
    const out = join(dir, 'ra.xlsx');
    const r = await run('rotate', withSheet, '--from', '2026-01', '--months', '1', '-o', out);
    expect(r.code).toBe(0);
    const back = new ExcelJS.Workbook();
    await back.xlsx.readFile(out);
    expect(back.getWorksheet('Lịch giao ban')!.getCell('A1').value).toBe('Lịch của tôi');
    expect(back.getWorksheet('Lịch giao ban (2)')).toBeDefined();
  });

  it('writes a valid iCalendar file with stable UIDs and all-day events', async () => {
    const ics = join(dir, 'lich.ics');
    const r = await run('rotate', book, '--from', '2026-01', '--months', '3', '--ics', ics);
    expect(r.code).toBe(0);
    const text = readFileSync(ics, 'utf8');
    // CRLF everywhere, no line over 75 octets, folded lines start with a space.
    expect(text.includes('\n') && !/[^\r]\n/.test(text)).toBe(true);
    const lines = text.split('\r\n');
    if (lines[lines.length - 1] === '') lines.pop();
    for (const l of lines) expect(Buffer.byteLength(l, 'utf8')).toBeLessThanOrEqual(75);
    const unfolded = text.replace(/\r\n[ \t]/g, '').split('\r\n').filter((l) => l !== '');
    // Balanced BEGIN/END pairs, properly nested.
    const stack: string[] = [];
    for (const l of unfolded) {
      if (l.startsWith('BEGIN:')) stack.push(l.slice(6));
      if (l.startsWith('END:')) expect(stack.pop()).toBe(l.slice(4));
    }
    expect(stack).toEqual([]);
    expect(unfolded[0]).toBe('BEGIN:VCALENDAR');
    expect(unfolded).toContain('VERSION:2.0');
    const events = text.replace(/\r\n[ \t]/g, '').split('BEGIN:VEVENT').slice(1);
    expect(events).toHaveLength(6);
    const uids = events.map((e) => /\r\nUID:([^\r]+)/.exec(e)![1]);
    // The unit is in the UID (two districts in one calendar never collide).
    expect(uids).toContain('giaoban-huyen-nam-po-cum-1-2026-02@giaoban');
    expect(new Set(uids).size).toBe(6);
    const feb = events.find((e) => e.includes('UID:giaoban-huyen-nam-po-cum-1-2026-02@giaoban'))!;
    expect(feb).toMatch(/\r\nDTSTART;VALUE=DATE:20260223\r\n/);
    expect(feb).toMatch(/\r\nDTEND;VALUE=DATE:20260224\r\n/);
    expect(feb).toContain('SUMMARY:Giao ban Cụm 1 tại xã Nà Bủng');
    expect(feb.replace(/\\n/g, '\n')).toContain('Thường trực Đảng ủy xã Nà Bủng');
    // Re-running gives the same UIDs (a re-import updates instead of duplicating).
    // (--force: an existing output is never replaced without it.)
    expect((await run('rotate', book, '--from', '2026-01', '--months', '3', '--ics', ics, '--force')).code).toBe(0);
    const again = readFileSync(ics, 'utf8').replace(/\r\n[ \t]/g, '');
    expect([...again.matchAll(/\r\nUID:([^\r]+)/g)].map((m) => m[1])).toEqual(uids);
  });

  it('without --from and --months plans the 12 months after the latest record, as the add-in and the offline app do', async () => {
    const r = await run('rotate', book, '--json');
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout);
    // The workbook's last briefing is in December 2025.
    expect([json.from, json.months]).toEqual(['2026-01', 12]);
    expect(new Set(json.briefings.map((b: { month: string }) => b.month)).size).toBe(12);
  });

  it('names the bad argument in Vietnamese (exit 2)', async () => {
    let r = await run('rotate', book, '--from', '2026-13', '--months', '3');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--from: Không hiểu tháng "2026-13": không có tháng 13');
    r = await run('rotate', book, '--from', '2026-01', '--months', 'ba');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--months');
    r = await run('rotate', join(dir, 'khong-co.xlsx'), '--from', '2026-01', '--months', '3');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('khong-co.xlsx');
    writeFileSync(join(dir, 'rong.xlsx'), '');
    r = await run('rotate', join(dir, 'rong.xlsx'), '--from', '2026-01', '--months', '3');
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^Lỗi: /);
  });
});
