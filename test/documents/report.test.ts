// The report's figures are `summarize --json`'s for the same period and as-of day —
// 24 periods and as-of days, calendar and decree months, one cluster or all — the
// items still open and overdue included (whatever year they were raised, as
// `validate` counts them); shares rounded once from the counts; no row for what the
// workbook does not track and no word about rows with errors.
import { beforeAll, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { main } from '../../packages/cli/src/main.js';
import { readWorkbookFile } from '../../packages/cli/src/xlsx/index.js';
import { formatReportRatio, readWorkbook, REPORT_ROW_LABELS } from '@giaoban/core/internal';
import { readDocx, type DocxText } from './docxText.js';
import { writeProvincialWorkbook } from './fixtures.js';

const dir = join(process.cwd(), 'test/.tmp/documents-report');
const example = join(process.cwd(), 'examples/so-theo-doi-giao-ban.xlsx');

async function run(...args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(args, { stdout: (t) => out.push(t), stderr: (t) => err.push(t), cwd: dir });
  return { code, out: out.join(''), err: err.join('') };
}

/** A count as a report writes it, computed here: two digits under ten, dots for thousands. */
const count = (n: number) => (n < 10 ? `0${n}` : String(n).replace(/\B(?=(\d{3})+(?!\d))/g, '.'));
/** A share computed here from the two counts: one decimal, a comma, rounded once. */
const share = (a: number, b: number) => (b === 0 ? '—' : `${String(Math.round((a * 1000) / b) / 10).replace('.', ',')}%`);
const dmy = (iso: string) => `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;

function rowOf(doc: DocxText, label: string): string[] | null {
  for (const t of doc.tables) for (const r of t) if (r[1] === label) return r.slice(2);
  return null;
}

interface Case {
  month: string;
  asOf?: string;
  calendar?: boolean;
  cluster?: string;
}

// 24 reporting months of the example (01/2024 – 12/2025) with their as-of days: the default
// (the period's end), a day inside the period, a day long after it; decree and calendar months; one cluster.
const monthAfter = (ym: string) => {
  const [y, m] = ym.split('-').map(Number) as [number, number];
  return m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`;
};
const CASES: Case[] = Array.from({ length: 24 }, (_, i) => {
  const y = 2024 + Math.floor(i / 12);
  const month = `${y}-${String((i % 12) + 1).padStart(2, '0')}`;
  const c: Case = { month };
  if (i % 3 === 1) c.asOf = `${month}-10`;
  if (i % 3 === 2) c.asOf = `${monthAfter(month)}-28`;
  if (i % 5 === 0) c.calendar = true;
  if (i % 4 === 3) c.cluster = 'Cụm 2';
  return c;
});

beforeAll(() => {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
});

describe('report figures = summarize --json', () => {
  it('for 24 periods and as-of days: tables, shares, the items open and overdue, the paragraph', { timeout: 120_000 }, async () => {
    let sawOverdue = 0;
    for (const c of CASES) {
      const opts = [...(c.asOf ? ['--as-of', c.asOf] : []), ...(c.calendar ? ['--calendar'] : []), ...(c.cluster ? ['--cluster', c.cluster] : [])];
      const what = JSON.stringify(c);
      const s = await run('summarize', example, '--period', `month:${c.month}`, '--json', '--quiet', ...opts);
      expect(s.code, what + s.err).toBe(0);
      const j = JSON.parse(s.out);
      const d = await run('documents', example, '--month', c.month, '--kind', 'report', '-o', `bc-${c.month}`, '--json', '--quiet', ...opts);
      expect(d.code, what + d.err).toBe(0);
      const listed = JSON.parse(d.out).documents[0];
      expect(listed.period, what).toMatchObject({ from: j.period.from, to: j.period.to, month: c.month });
      const doc = readDocx(readFileSync(join(dir, listed.path)));
      const text = doc.paragraphs.join('\n');

      expect(text, what).toContain(j.narrative.replace(/ \(\d+ dòng có lỗi chưa được tính\.\)$/, ''));
      expect(text, what).not.toContain('dòng có lỗi');
      const b = j.briefings;
      const cb = j.cumulative.briefings;
      expect(rowOf(doc, REPORT_ROW_LABELS.held), what).toEqual([count(b.held), count(cb.held)]);
      expect(rowOf(doc, REPORT_ROW_LABELS.hosted), what).toEqual([`${count(b.hostedCommunes)}/${count(b.activeCommunes)}`, `${count(cb.hostedCommunes)}/${count(cb.activeCommunes)}`]);
      expect(rowOf(doc, REPORT_ROW_LABELS.withPublic), what).toEqual([count(b.withPublic), count(cb.withPublic)]);
      expect(rowOf(doc, REPORT_ROW_LABELS.withMassOrganizations), what).toEqual([count(b.withMassOrganizations), count(cb.withMassOrganizations)]);
      // No plan sheet in the example: no planned rows at all.
      expect(rowOf(doc, REPORT_ROW_LABELS.planned), what).toBeNull();
      const i = j.issues;
      const ci = j.cumulative.issues;
      expect(rowOf(doc, REPORT_ROW_LABELS.total), what).toEqual([count(i.total), count(ci.total)]);
      expect(rowOf(doc, 'Ý kiến củng cố, kiện toàn lực lượng Công an xã'), what).toEqual([count(i.byCategory['commune-police']), count(ci.byCategory['commune-police'])]);
      expect(rowOf(doc, 'Chuyển cơ quan chức năng'), what).toEqual([count(i.byStatus.referred), count(ci.byStatus.referred)]);
      expect(rowOf(doc, REPORT_ROW_LABELS.answeredShare), what).toEqual([share(i.byStatus.answered, i.total), share(ci.byStatus.answered, ci.total)]);
      expect(rowOf(doc, REPORT_ROW_LABELS.resolvedShare), what).toEqual([
        share(i.byStatus.answered + i.byStatus.resolved, i.total),
        share(ci.byStatus.answered + ci.byStatus.resolved, ci.total),
      ]);

      // Open and overdue at the as-of day: summarize's `outstanding`, in words and as a list.
      const { open, overdue } = j.outstanding;
      expect(text, what).toContain(`Tính đến ngày ${dmy(j.asOf)}`);
      if (open > 0) expect(text, what).toContain(`còn ${count(open)} ý kiến, phản ánh chưa giải quyết xong`);
      const list = doc.tables.find((t) => t[0]?.[4] === 'Số ngày');
      expect((list?.length ?? 1) - 1, what).toBe(overdue);
      if (overdue > 0) expect(text, what).toContain(`trong đó ${count(overdue)} ý kiến, phản ánh quá hạn xử lý`);
      sawOverdue += overdue;

    }
    // The cases are not all empty.
    expect(sawOverdue).toBeGreaterThan(0);
  });

  it('the overdue items are those validate counts on the same as-of day', async () => {
    // January 2026 is the last reporting month with records; as-of days on and after the last
    // resolution in the workbook, so that nothing open on that day has been closed since.
    const read = readWorkbook(await readWorkbookFile(example));
    const lastResolved = read.issues.reduce((m, x) => (x.resolvedDate && x.resolvedDate > m ? x.resolvedDate : m), '');
    expect(read.issues.every((x) => x.date <= '2026-01-14')).toBe(true);
    for (const asOf of [lastResolved, '2026-02-27', '2026-06-30']) {
      expect(asOf >= lastResolved).toBe(true);
      const j = JSON.parse((await run('summarize', example, '--period', 'month:2026-01', '--as-of', asOf, '--json', '--quiet')).out);
      const v = JSON.parse((await run('validate', example, '--as-of', asOf, '--json', '--quiet')).out);
      const found = v.findings.filter((f: { code: string }) => f.code === 'issue.overdue').length;
      expect(found, asOf).toBe(j.outstanding.overdue);
      if (asOf === '2026-06-30') expect(found).toBeGreaterThan(0);
      const d = await run('documents', example, '--month', '2026-01', '--kind', 'report', '--as-of', asOf, '-o', `bc-v-${asOf}`, '--json', '--quiet');
      const doc = readDocx(readFileSync(join(dir, JSON.parse(d.out).documents[0].path)));
      expect((doc.tables.find((t) => t[0]?.[4] === 'Số ngày')?.length ?? 1) - 1, asOf).toBe(found);
    }
  });

  it("counts last year's items still open, as validate does on the same day (the old report said 00)", async () => {
    const book = join(dir, 'ton-dong.xlsx');
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Xã').addRows([['CÔNG AN HUYỆN NẬM PỒ'], ['STT', 'Xã', 'Cụm'], [1, 'Nà Khoa', 'Cụm 1'], [2, 'Nà Hỳ', 'Cụm 1']]);
    wb.addWorksheet('Lãnh đạo').addRows([['STT', 'Họ và tên', 'Cấp bậc', 'Chức vụ'], [1, 'Trần Ích Chính', 'Thượng tá', 'Phó trưởng Công an huyện']]);
    wb.addWorksheet('Giao ban').addRows([
      ['STT', 'Ngày giao ban', 'Xã đăng cai', 'Lãnh đạo chủ trì'],
      [1, '17/11/2025', 'Nà Khoa', 'Trần Ích Chính'],
      [2, '15/01/2026', 'Nà Hỳ', 'Trần Ích Chính'],
    ]);
    wb.addWorksheet('Ý kiến').addRows([
      ['STT', 'Ngày', 'Xã', 'Nội dung', 'Phân loại', 'Tình trạng'],
      [1, '17/11/2025', 'Nà Khoa', 'Tranh chấp đất rẫy giữa hai hộ ở bản Nà Khoa 2', 'Vụ việc tồn đọng', 'Đang giải quyết'],
      [2, '15/01/2026', 'Nà Hỳ', 'Đề nghị hướng dẫn đăng ký tạm trú cho lao động thời vụ', 'TTHC', 'Đang giải quyết'],
    ]);
    await wb.xlsx.writeFile(book);
    // February 2026 (15/01 – 14/02), as of 14/02 (one as-of date for the summary, the check and the papers):
    // the reporting year starts 15/12/2025, after the November item.
    const j = JSON.parse((await run('summarize', book, '--period', 'month:2026-02', '--as-of', '2026-02-14', '--json', '--quiet')).out);
    expect(j.asOf).toBe('2026-02-14');
    expect(j.cumulative.issues.backlog).toBe(1);
    expect(j.outstanding).toEqual({ open: 2, overdue: 1 });
    const v = JSON.parse((await run('validate', book, '--as-of', '2026-02-14', '--json', '--quiet')).out);
    expect(v.findings.filter((f: { code: string }) => f.code === 'issue.overdue')).toHaveLength(1);
    const d = await run('documents', book, '--month', '2026-02', '--kind', 'report', '-o', 'bc-ton', '--as-of', '2026-02-14', '--json', '--quiet');
    const doc = readDocx(readFileSync(join(dir, JSON.parse(d.out).documents[0].path)));
    expect(doc.paragraphs.join('\n')).toContain('Tính đến ngày 14/02/2026, còn 02 ý kiến, phản ánh chưa giải quyết xong (kể cả các kỳ trước), trong đó 01 ý kiến, phản ánh quá hạn xử lý (quá 30 ngày):');
    const list = doc.tables.find((t) => t[0]?.[4] === 'Số ngày')!;
    expect(list.slice(1)).toEqual([['1', '17/11/2025', 'xã Nà Khoa', 'Tranh chấp đất rẫy giữa hai hộ ở bản Nà Khoa 2', '89']]);
  });

  it('rounds a share once from the exact ratio: 6/11 is 54,5% (not 54,6% from 0,5455)', () => {
    expect(formatReportRatio(6, 11)).toBe('54,5%');
    expect(formatReportRatio(2, 3)).toBe('66,7%');
    expect(formatReportRatio(1, 8)).toBe('12,5%');
    expect(formatReportRatio(0, 0)).toBe('—');
  });
});

describe('what the report leaves out', () => {
  it('prints a planned row only when a plan covers the period, and names no workbook rows', async () => {
    const book = join(dir, 'tinh.xlsx');
    await writeProvincialWorkbook(book);
    const d = await run('documents', book, '--month', '2025-12', '--kind', 'report', '-o', 'bc-tinh', '--json', '--quiet');
    const doc = readDocx(readFileSync(join(dir, JSON.parse(d.out).documents[0].path)));
    expect(rowOf(doc, REPORT_ROW_LABELS.planned)).toBeNull();
    expect(rowOf(doc, REPORT_ROW_LABELS.onPlannedDate)).toBeNull();
    expect(doc.paragraphs.join('\n')).not.toMatch(/theo kế hoạch 00|dòng có lỗi|Sổ giao ban!|ô [A-Z]+\d+/);
    // "Kính gửi" the supervising body; the next period's plan follows.
    expect(doc.paragraphs).toContain('Kính gửi: Bộ Công an.');
    expect(doc.paragraphs).toContain('III. KẾ HOẠCH GIAO BAN KỲ TỚI');
  });
});
