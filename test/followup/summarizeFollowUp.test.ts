/** `summarize` with the follow-up figures: JSON fields, the as-of date in the text, the summary sheet rows. */
import { beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { main } from '../../packages/cli/src/main.js';

const dir = join(process.cwd(), 'test/.tmp/followup-cli');
const book = join(dir, 'so-2019.xlsx');

async function cli(...argv: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), cwd: dir });
  return { code, stdout, stderr };
}

beforeAll(async () => {
  mkdirSync(dir, { recursive: true });
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet('Danh mục').addRows([
    ['STT', 'Xã', 'Cụm'],
    [1, 'Mường Nhé', 'Cụm 1'],
    [2, 'Sín Thầu', 'Cụm 1'],
  ]);
  wb.addWorksheet('Lãnh đạo').addRows([
    ['STT', 'Họ và tên', 'Cấp bậc', 'Chức vụ'],
    [1, 'Trần Ích Chính', 'Thượng tá', 'Phó trưởng Công an huyện'],
  ]);
  wb.addWorksheet('Giao ban').addRows([
    ['STT', 'Ngày giao ban', 'Địa điểm', 'Chủ trì'],
    [1, '15/03/2019', 'Mường Nhé', 'Trần Ích Chính'],
    [2, '15/04/2019', 'Sín Thầu', 'Trần Ích Chính'],
  ]);
  wb.addWorksheet('Ý kiến').addRows([
    ['STT', 'Ngày', 'Xã', 'Nội dung', 'Tình trạng', 'Ngày giải quyết', 'Loại đơn', 'Cán bộ xử lý'],
    [1, '15/03/2019', 'Mường Nhé', 'Tin báo trộm cắp trâu ở bản Nậm Pố', 'Đang giải quyết', null, 'Tin báo', 'Đ/c Vàng A Dế'],
    [2, '15/03/2019', 'Mường Nhé', 'Hỏi thủ tục đăng ký thường trú', 'Đã giải đáp tại chỗ', null, null, null],
    [3, '15/04/2019', 'Sín Thầu', 'Khiếu nại việc thu hồi đất nương', 'Đã giải quyết', '30/05/2019', 'Khiếu nại', 'Lò Văn Sáng'],
    [4, '15/04/2019', 'Sín Thầu', 'Phản ánh tụ tập thanh niên ban đêm', 'Đang giải quyết', null, null, 'Lò Văn Sáng'],
  ]);
  await wb.xlsx.writeFile(book);
});

describe('summarize with follow-up figures', () => {
  it('adds the fields to --json without changing the existing ones', async () => {
    const r = await cli('summarize', 'so-2019.xlsx', '--json', '--from', '2019-03-01', '--to', '2019-05-31', '--as-of', '2019-05-31');
    expect(r.code, r.stderr).toBe(0);
    const j = JSON.parse(r.stdout);
    expect(j.asOf).toBe('2019-05-31');
    expect(j.issues).toMatchObject({ total: 4, overdueOpen: 2, backlog: 2, closedOnTime: 1, closedLate: 1, onTimeShare: 0.5 });
    expect(j.issues.ageing).toEqual({ upTo15: 0, from16To30: 0, from31To60: 1, over60: 1 });
    expect(j.issues.medianDaysOpen).toBe(61.5);
    expect(j.issues.overdueByOfficer).toEqual({ 'Lò Văn Sáng': 1, 'Vàng A Dế': 1 });
    expect(j.issues.overdueByCommune).toEqual({ 'Mường Nhé': 1, 'Sín Thầu': 1 });
    // The existing shape is still there.
    for (const k of ['byCategory', 'byStatus', 'byCommune', 'byMonth', 'answeredOnTheSpotShare', 'resolvedShare', 'medianDaysToResolve']) expect(j.issues).toHaveProperty(k);
    expect(j.narrative).toContain('quá hạn xử lý tính đến ngày 31/05/2019');
    expect(j.narrative).toContain('Tỷ lệ giải quyết đúng hạn đạt 50%');
    expect(j.narrative).toContain('Còn 01 nội dung tồn đọng trên 60 ngày.');
    expect(j.deadlines.find((d: { kind: string }) => d.kind === 'crime-report')).toMatchObject({ days: 20, count: 'calendar' });
    expect(j.deadlines.find((d: { kind: string }) => d.kind === 'general')).toMatchObject({ days: 30 });
  });

  it('prints the as-of date with every overdue figure, and writes the rows into "Tổng hợp"', async () => {
    const out = join(dir, 'tong-hop.xlsx');
    rmSync(out, { force: true }); // an output is never written over without --force
    const r = await cli('summarize', 'so-2019.xlsx', '--from', '2019-03-01', '--to', '2019-05-31', '--as-of', '2019-05-31', '-o', out, '--quiet');
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('quá hạn chưa xong tính đến ngày 31/05/2019: 02');
    expect(r.stdout).toContain('Quá hạn theo cán bộ xử lý: Lò Văn Sáng: 01; Vàng A Dế: 01.');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const ws = wb.getWorksheet('Tổng hợp')!;
    const rows: unknown[][] = [];
    ws.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
    const find = (label: string) => rows.find((r) => r[1] === label);
    expect(find('Tồn đọng chưa giải quyết xong (tính đến ngày 31/05/2019)')?.slice(2, 4)).toEqual([2, 2]);
    expect(find('   Trên 60 ngày')?.slice(2, 4)).toEqual([1, 1]);
    // A crime tip (20 days) is among the overdue: the row is not called "quá 30 ngày".
    expect(find('Nội dung quá hạn xử lý (theo thời hạn của từng loại; mặc định 30 ngày)')?.slice(2, 4)).toEqual([2, 2]);
    expect(find('   Vàng A Dế')?.slice(2, 4)).toEqual([1, 1]);
    // Open items overdue by their own kind's deadline are marked row by row.
    let tipRow = 0;
    ws.eachRow((row, n) => {
      if (row.getCell(2).value === 'Tin báo trộm cắp trâu ở bản Nậm Pố') tipRow = n;
    });
    expect(tipRow).toBeGreaterThan(0);
    expect((ws.getCell(tipRow, 1).fill as { fgColor?: { argb?: string } }).fgColor?.argb).toBe('FFFFC7CE');
    // The deadlines behind the figures, with their legal source.
    expect(rows.some((r) => r[1] === 'Tố giác, tin báo về tội phạm: 20 ngày kể từ ngày nhận — Bộ luật Tố tụng hình sự 2015 (101/2015/QH13), Điều 147, khoản 1')).toBe(true);
    expect(rows.some((r) => r[1] === 'Chuyển đơn tố cáo không thuộc thẩm quyền: 05 ngày làm việc kể từ ngày nhận — Luật Tố cáo 2018 (25/2018/QH14), Điều 24, khoản 2')).toBe(true);
    // The convention is named as the unit's, and the counting rule is stated once.
    expect(rows.some((r) => typeof r[1] === 'string' && r[1].startsWith('Ý kiến, phản ánh, kiến nghị: 30 ngày kể từ ngày nêu ý kiến — Quy ước theo dõi của đơn vị, không phải thời hạn pháp định'))).toBe(true);
    expect(rows.some((r) => typeof r[1] === 'string' && r[1].startsWith('Cách tính: Bộ luật Dân sự 2015 (91/2015/QH13), Điều 147–148'))).toBe(true);
  });

  it('validate --as-of names the date in every overdue warning', async () => {
    const r = await cli('validate', 'so-2019.xlsx', '--json', '--as-of', '2019-05-31');
    const overdue = (JSON.parse(r.stdout).findings as { code: string; cell: string; message: string }[]).filter((f) => f.code === 'issue.overdue');
    expect(overdue.map((f) => f.cell)).toEqual(['E2', 'E5']);
    expect(overdue[0]!.message).toBe(
      'Ô E2: ý kiến phản ánh ngày 15/03/2019 chưa giải quyết xong sau 77 ngày tính đến ngày 31/05/2019, quá hạn: Tố giác, tin báo về tội phạm, 20 ngày kể từ ngày nhận 15/03/2019; hạn 04/04/2019 — Bộ luật Tố tụng hình sự 2015 (101/2015/QH13), Điều 147, khoản 1.',
    );
    expect(overdue[1]!.message).toBe(
      'Ô E5: ý kiến phản ánh ngày 15/04/2019 chưa giải quyết xong sau 46 ngày tính đến ngày 31/05/2019, quá hạn: Ý kiến, phản ánh, kiến nghị, 30 ngày kể từ ngày nêu ý kiến 15/04/2019; hạn 15/05/2019 — Quy ước theo dõi của đơn vị, không phải thời hạn pháp định (đổi bằng --overdue-days hoặc bảng "Thời hạn xử lý").',
    );
  });
});
