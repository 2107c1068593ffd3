// The papers of a briefing from real workbooks: the example district workbook
// and a post-2025 provincial one, through `giaoban documents`, read back from
// the .docx bytes.
import { beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { main } from '../../packages/cli/src/main.js';
import { readWorkbookFile } from '../../packages/cli/src/xlsx/index.js';
import { formatReportCount as n2, readWorkbook, REPORT_ROW_LABELS, type IssueRecord } from '@giaoban/core/internal';
import { readDocx, type DocxText } from './docxText.js';
import { writeProvincialWorkbook } from './fixtures.js';

const dir = join(process.cwd(), 'test/.tmp/documents-cli');
const example = join(process.cwd(), 'examples/so-theo-doi-giao-ban.xlsx');
const provincial = join(dir, 'tinh.xlsx');
const provincialBare = join(dir, 'tinh-khong-cai-dat.xlsx');

async function run(...args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(args, { stdout: (t) => out.push(t), stderr: (t) => err.push(t), cwd: dir });
  return { code, out: out.join(''), err: err.join('') };
}

interface Listed {
  kind: 'invitation' | 'minutes' | 'report';
  path: string;
  date: string | null;
  cluster: string | null;
  host: string | null;
}

async function documents(...args: string[]): Promise<Listed[]> {
  const r = await run('documents', ...args, '--json');
  expect(r.err, r.err).toBe('');
  expect(r.code).toBe(0);
  const listed = JSON.parse(r.out).documents as Listed[];
  // Paths print relative to the working folder (one form in every command).
  for (const d of listed) expect(d.path.startsWith('/')).toBe(false);
  return listed.map((d) => ({ ...d, path: join(dir, d.path) }));
}

const text = (d: DocxText) => d.paragraphs.join('\n');

beforeAll(async () => {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  await writeProvincialWorkbook(provincial);
  await writeProvincialWorkbook(provincialBare, false);
});

describe('giaoban documents on the example district workbook', () => {
  it('writes invitations, minutes and the report of December 2025 with their JSON and ASCII file names; the report named by its period', async () => {
    const docs = await documents(example, '--month', '2025-12', '-o', 'vd-12');
    expect(docs.map((d) => d.kind)).toEqual(['invitation', 'invitation', 'invitation', 'minutes', 'minutes', 'minutes', 'report']);
    for (const d of docs) {
      expect(d.path.startsWith(join(dir, 'vd-12'))).toBe(true);
      expect(d.path.split('/').pop()).toMatch(/^[a-z0-9_.-]+\.docx$/);
      expect(statSync(d.path).size).toBeGreaterThan(5000);
    }
    expect(docs[0]).toMatchObject({ kind: 'invitation', date: '2025-12-15', cluster: 'Cụm 1' });
    // The reporting month 15/11–14/12/2025 ends on a Sunday: the report is signed on Monday 15/12.
    expect(docs[6]).toMatchObject({ kind: 'report', date: '2025-12-15', cluster: null, host: null, period: { from: '2025-11-15', to: '2025-12-14', month: '2025-12' } });
    expect(docs[6]!.path.endsWith('bao-cao_thang-12-2025.docx')).toBe(true);
  });

  it('puts the Decree 30 header, motto, zero-padded date line, blank number and "Nơi nhận" in Vietnamese', async () => {
    const docs = await documents(example, '--month', '2025-12', '-o', 'vd-hdr');
    const inv = readDocx(readFileSync(docs[0]!.path));
    const t = text(inv);
    for (const s of ['CÔNG AN TỈNH ĐIỆN BIÊN', 'CÔNG AN HUYỆN NẬM PỒ', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc', 'GIẤY MỜI', 'Kính gửi:', 'Nơi nhận:', '- Như trên;', '- Lưu: VT, …….']) {
      expect(t).toContain(s);
    }
    // The invitation is dated five working days before the briefing of Monday 15/12/2025.
    expect(t).toContain('Nậm Pồ, ngày 08 tháng 12 năm 2025');
    expect(t).toMatch(/Số: \u00a0+\/GM-CAH/);
    // The workbook names no start time and no room: blanks for the clerk, the date in words.
    expect(t).toContain('Thời gian: …… giờ …… phút, thứ Hai, ngày 15 tháng 12 năm 2025.');
    expect(t).toContain('Địa điểm: ……………, xã Vàng Đán.');
    expect(t).not.toMatch(/07 giờ 30|Hội trường/);
    expect(t).toContain('Chủ trì: Đồng chí Thượng tá Trần Ích Chính - Phó trưởng Công an huyện.');
    const report = readDocx(readFileSync(docs[6]!.path));
    expect(text(report)).toContain('Nậm Pồ, ngày 15 tháng 12 năm 2025');
    expect(text(report)).toContain('Kính gửi: Công an tỉnh Điện Biên.');
    expect(text(report)).toContain('KT. TRƯỞNG CÔNG AN HUYỆN');
    // "Nơi nhận": "- Như trên;" first (the body under "Kính gửi"), "- …;" per line, the last "- Lưu: VT, ….".
    const from = report.paragraphs.indexOf('Nơi nhận:');
    const list = report.paragraphs.slice(from + 1, report.paragraphs.findIndex((p) => p.startsWith('- Lưu: VT')) + 1);
    expect(list[0]).toBe('- Như trên;');
    expect(list.length).toBeGreaterThan(2);
    for (const line of list.slice(0, -1)) expect(line).toMatch(/^- .+;$/);
    expect(list.join('\n')).not.toContain('Công an tỉnh Điện Biên');
  });

  it('minutes list exactly the issues the log ties to that date and host (three clusters meet the same day)', async () => {
    const read = readWorkbook(await readWorkbookFile(example));
    const docs = await documents(example, '--month', '2025-12', '--kind', 'minutes', '-o', 'vd-bb');
    expect(docs).toHaveLength(3);
    const seen = new Set<IssueRecord>();
    for (const d of docs) {
      const b = read.briefings.find((x) => x.date === d.date && x.host === d.host)!;
      expect(b).toBeDefined();
      const tied = read.issues.filter((i) => i.date === b.date && (i.commune === b.host || b.participatingCommunes.includes(i.commune)));
      const doc = readDocx(readFileSync(d.path));
      const items = doc.tables.find((t) => t[0]?.[2] === 'Nội dung ý kiến, phản ánh');
      if (tied.length === 0) {
        expect(items).toBeUndefined();
        continue;
      }
      expect(items!.slice(1).map((r) => r[2])).toEqual(tied.map((i) => i.content));
      expect(items!.slice(1).map((r) => r[0])).toEqual(tied.map((_, n) => String(n + 1)));
      for (const i of tied) seen.add(i);
      // Nothing of the other clusters' briefings that same morning.
      const others = read.issues.filter((i) => i.date === b.date && !tied.some((x) => x.content.includes(i.content)));
      for (const o of others) expect(text(doc)).not.toContain(o.content);
      expect(text(doc)).toContain('THƯ KÝ');
      expect(text(doc)).toContain('CHỦ TỌA');
      expect(text(doc)).toContain('Hội nghị kết thúc vào …… giờ ……, ngày 15 tháng 12 năm 2025./.');
    }
    // Every item raised on 15/12/2025 is in exactly one minutes.
    expect(seen.size).toBe(read.issues.filter((i) => i.date === '2025-12-15').length);
  });

  it("the report's figures equal summarize --json for the same period", async () => {
    const s = await run('summarize', example, '--period', 'month:2025-12', '--json', '--quiet');
    expect(s.code).toBe(0);
    const j = JSON.parse(s.out);
    const [rep] = await documents(example, '--month', '2025-12', '--kind', 'report', '-o', 'vd-bc');
    const doc = readDocx(readFileSync(rep!.path));
    // The same paragraph, without the note on rows with errors (the clerk's findings, not the superior's reading).
    expect(j.narrative).toMatch(/\(\d+ dòng có lỗi chưa được tính\.\)$/);
    expect(text(doc)).toContain(j.narrative.replace(/ \(\d+ dòng có lỗi chưa được tính\.\)$/, ''));
    expect(text(doc)).not.toContain('dòng có lỗi');
    const row = (label: string) => {
      for (const t of doc.tables) for (const r of t) if (r[1] === label) return r.slice(2);
      throw new Error(`no row ${label}`);
    };
    const b = j.briefings;
    const cb = j.cumulative.briefings;
    // The example keeps no plan sheet: no "theo kế hoạch 00 / 00" rows.
    expect(cb.planned).toBe(0);
    expect(() => row(REPORT_ROW_LABELS.planned)).toThrow();
    expect(() => row(REPORT_ROW_LABELS.onPlannedDate)).toThrow();
    expect(row(REPORT_ROW_LABELS.held)).toEqual([n2(b.held), n2(cb.held)]);
    expect(row(REPORT_ROW_LABELS.hosted)).toEqual([`${n2(b.hostedCommunes)}/${n2(b.activeCommunes)}`, `${n2(cb.hostedCommunes)}/${n2(cb.activeCommunes)}`]);
    expect(row(REPORT_ROW_LABELS.withPublic)).toEqual([n2(b.withPublic), n2(cb.withPublic)]);
    expect(row('Thông tin về tình hình ANTT, vụ việc tồn đọng hoặc mới phát sinh')).toEqual([
      n2(j.issues.byCategory['security-situation']),
      n2(j.cumulative.issues.byCategory['security-situation']),
    ]);
    expect(row('Khó khăn, vướng mắc về thủ tục hành chính')).toEqual([
      n2(j.issues.byCategory['administrative-procedures']),
      n2(j.cumulative.issues.byCategory['administrative-procedures']),
    ]);
    expect(row(REPORT_ROW_LABELS.total)).toEqual([n2(j.issues.total), n2(j.cumulative.issues.total)]);
    expect(row('Đã giải đáp tại chỗ')).toEqual([n2(j.issues.byStatus.answered), n2(j.cumulative.issues.byStatus.answered)]);
    expect(row('Đang giải quyết')).toEqual([n2(j.issues.byStatus['in-progress']), n2(j.cumulative.issues.byStatus['in-progress'])]);
    // The overdue list has one row per overdue open item, whatever year it was raised.
    const overdue = doc.tables.find((t) => t[0]?.[4] === 'Số ngày');
    expect((overdue?.length ?? 1) - 1).toBe(j.outstanding.overdue);
  });

  it('numbers from --start-number, leaves the rest alone, and never overwrites without --force', async () => {
    const docs = await documents(example, '--month', '2025-12', '--kind', 'invitation', '--start-number', '5', '-o', 'vd-so');
    expect(docs.map((d) => text(readDocx(readFileSync(d.path))).match(/Số: (\d+)\/GM-CAH/)?.[1])).toEqual(['05', '06', '07']);
    const before = statSync(docs[0]!.path).mtimeMs;
    const again = await run('documents', example, '--month', '2025-12', '--kind', 'invitation', '-o', 'vd-so');
    expect(again.code).toBe(2);
    expect(again.err).toMatch(/giay-moi_2025-12-15_vang-dan\.docx" đã có.*--force/);
    expect(statSync(docs[0]!.path).mtimeMs).toBe(before);
    const forced = await documents(example, '--month', '2025-12', '--kind', 'invitation', '-o', 'vd-so', '--force');
    expect(text(readDocx(readFileSync(forced[0]!.path)))).toMatch(/Số: \u00a0+\/GM-CAH/);
  });

  it('dates each invitation on a working day N working days ahead, stepping over the Tết break', async () => {
    // The briefings of February 2026 are on Monday 23/02, after the Tết break of 14–22/02.
    const five = await documents(example, '--month', '2026-02', '--kind', 'invitation', '-o', 'gm-tet');
    expect(five.map((d) => d.date)).toEqual(['2026-02-23', '2026-02-23', '2026-02-23']);
    for (const d of five) expect(text(readDocx(readFileSync(d.path)))).toContain('Nậm Pồ, ngày 09 tháng 02 năm 2026');
    // Ten working days: 13, 12, 11, 10, 09, 06, 05, 04, 03, 02 February.
    const ten = await documents(example, '--month', '2026-02', '--kind', 'invitation', '-o', 'gm-tet-10', '--invite-days', '10');
    expect(text(readDocx(readFileSync(ten[0]!.path)))).toContain('Nậm Pồ, ngày 02 tháng 02 năm 2026');
    // March: the 15th is a Sunday, the briefing Monday 16/03; five working days before is Monday 09/03.
    const mar = await documents(example, '--month', '2026-03', '--kind', 'invitation', '-o', 'gm-3');
    expect(text(readDocx(readFileSync(mar[0]!.path)))).toContain('Nậm Pồ, ngày 09 tháng 3 năm 2026');
  });

  it('blank minutes for a briefing still to come, with the plan\'s participants to tick', async () => {
    const docs = await documents(example, '--month', '2026-01', '--kind', 'minutes', '--cluster', 'cum 2', '-o', 'vd-trong');
    expect(docs).toHaveLength(1);
    expect(docs[0]).toMatchObject({ kind: 'minutes', cluster: 'Cụm 2', date: '2026-01-15' });
    const t = text(readDocx(readFileSync(docs[0]!.path)));
    expect(t).toContain('□ Thường trực Đảng ủy xã');
    expect(t).toMatch(/Thư ký \(người ghi biên bản\): …{8,}/);
  });

  it('takes --holidays like the other commands: a day off announced after the release moves the invitations', async () => {
    const plain = await documents(example, '--month', '2026-01', '--kind', 'invitation', '-o', 'gm-thuong');
    expect(plain.map((d) => d.date)).toContain('2026-01-15');
    writeFileSync(join(dir, 'nghi.json'), JSON.stringify([{ date: '2026-01-15', name: 'Nghỉ theo thông báo mới', kind: 'off' }]));
    const moved = await documents(example, '--month', '2026-01', '--kind', 'invitation', '-o', 'gm-nghi', '--holidays', 'nghi.json');
    expect(moved.map((d) => d.date)).not.toContain('2026-01-15');
    expect(moved.map((d) => d.date)).toContain('2026-01-16');
    expect(moved).toHaveLength(plain.length);
  });

  it('says what is wrong with bad arguments (exit 2)', async () => {
    expect((await run('documents', example, '-o', 'x')).err).toMatch(/thiếu --month/);
    expect((await run('documents', example, '--month', '2025-13', '-o', 'x')).err).toMatch(/--month: Không hiểu tháng "2025-13": không có tháng 13/);
    expect((await run('documents', example, '--month', '2025-12', '--kind', 'letter', '-o', 'x')).err).toMatch(/--kind "letter"/);
    const f = await run('documents', example, '--month', '2025-12', '-o', '../../../README.md');
    expect(f.code).toBe(2);
    expect(f.err).toMatch(/là một tệp/);
    const c = await run('documents', example, '--month', '2025-12', '--cluster', 'Cụm 9', '-o', 'x');
    expect(c.code).toBe(2);
    expect(c.err).toMatch(/Cụm 9/);
  });
});

describe('a post-2025 provincial unit', () => {
  it('reads the "Thông tin đơn vị" table (other wordings, keys without accents, per-commune place) and says nothing of "huyện"', async () => {
    const read = readWorkbook(await readWorkbookFile(provincial));
    expect(read.settings.map((s) => s.key)).toEqual([
      'parentBody', 'issuingBody', 'placeName', 'unitAbbreviation', 'signerName', 'signerAuthority', 'signerTitle', 'invitationRecipients', 'briefingTime', 'place',
    ]);
    const unknown = read.findings.find((f) => f.code === 'setting.unknown')!;
    expect(read.findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(unknown).toMatchObject({ severity: 'warning', sheet: 'Cài đặt', cell: 'B14' });
    expect(unknown.message).toContain('Màu giấy');
    // The settings rows are not records: nothing is excluded for them.
    expect(read.excludedRows).toEqual([]);

    const docs = await documents(provincial, '--month', '2025-12', '-o', 'tinh');
    expect(docs.map((d) => d.kind)).toEqual(['invitation', 'invitation', 'minutes', 'minutes', 'report']);
    for (const d of docs) {
      const t = text(readDocx(readFileSync(d.path)));
      expect(t.toLocaleLowerCase('vi')).not.toContain('huyện');
      expect(t).toContain('BỘ CÔNG AN');
      expect(t).toContain('CÔNG AN TỈNH LAI CHÂU');
      // The unit's signer on the invitation and the report; the minutes are signed by secretary and chair.
      // Form 1.9: the minutes carry no place and date line; THƯ KÝ and CHỦ TỌA sign them.
      if (d.kind === 'minutes') {
        expect(t).toMatch(/THƯ KÝ[\s\S]*CHỦ TỌA/);
        expect(t).not.toMatch(/Lai Châu, ngày/);
      } else {
        expect(t).toContain('KT. GIÁM ĐỐC');
        expect(t).toMatch(/Lai Châu, ngày \d\d tháng 12 năm 2025/);
      }
    }
    const inv = text(readDocx(readFileSync(docs[0]!.path)));
    expect(docs[0]!.host).toBe('Tân Phong');
    expect(inv).toContain('Hội trường Công an phường Tân Phong');
    // Cụm Bắc is two wards: the closing names them so.
    expect(inv).toContain('Đề nghị Công an các phường chuẩn bị');
    expect(inv).toContain('08 giờ 00 phút');
    expect(inv).toMatch(/Số: \u00a0+\/GM-CAT-PC06/);
    expect(inv).toContain('- Đồng chí Giám đốc (để b/c);');
    // The clerk's "Như thành phần mời" is the invitees named under "Kính gửi": "- Như trên;" once.
    expect(inv).toContain('- Như trên;');
    expect(inv).not.toContain('Như thành phần mời');
    expect(inv).toContain('Đại tá Nguyễn Quang Hưng');
    const other = text(readDocx(readFileSync(docs[1]!.path)));
    // No place for Bình Lư in the workbook: a blank before the host, not an invented hall.
    expect(other).toContain('Địa điểm: ……………, xã Bình Lư.');
    // Minutes of Tân Phong: the two items of its cluster, not Bình Lư's.
    const bb = readDocx(readFileSync(docs[2]!.path));
    expect(text(bb)).toContain('Tụ tập thanh thiếu niên đua xe');
    expect(text(bb)).toContain('Hướng dẫn cấp lại căn cước');
    expect(text(bb)).not.toContain('Đề nghị bổ sung lực lượng');
    expect(text(bb)).toContain('Quần chúng nhân dân: 12 người');
    expect(text(bb)).toContain('Đại diện các ban, đoàn thể: MTTQ, Hội Phụ nữ');
  });

  it('falls back on the title rows without a settings table: Giám đốc signs for a provincial police, CAT, the province as place name', async () => {
    const docs = await documents(provincialBare, '--month', '2025-12', '--kind', 'report', '-o', 'tinh-bare', '--signer-name', 'Đại tá Nguyễn Quang Hưng');
    const t = text(readDocx(readFileSync(docs[0]!.path)));
    expect(t).toContain('CÔNG AN TỈNH LAI CHÂU');
    expect(t).toContain('KT. GIÁM ĐỐC');
    expect(t).toContain('PHÓ GIÁM ĐỐC');
    expect(t).toMatch(/Số: \u00a0+\/BC-CAT/);
    expect(t).toContain('Lai Châu, ngày 15 tháng 12 năm 2025');
    expect(t).toContain('Đại tá Nguyễn Quang Hưng');
    expect(t.toLocaleLowerCase('vi')).not.toContain('huyện');
  });
});
