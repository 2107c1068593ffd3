// The minutes are form 1.9 of Decree 30/2020 Appendix III, and say only what the
// log records: no start time, room, attendance or absence it does not hold (dotted
// blanks for the clerk instead), each raiser as written, and a held briefing whose
// date cannot be read is an error naming its cell — never a blank form in its place.
import { beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { main } from '../../packages/cli/src/main.js';
import { readDocx } from './docxText.js';
import { writeSparseLogWorkbook } from './fixtures.js';

const dir = join(process.cwd(), 'test/.tmp/documents-minutes');
const sparse = join(dir, 'tuan-giao.xlsx');
const withSettings = join(dir, 'tuan-giao-cai-dat.xlsx');

async function run(...args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(args, { stdout: (t) => out.push(t), stderr: (t) => err.push(t), cwd: dir });
  return { code, out: out.join(''), err: err.join('') };
}

async function minutesOf(book: string, month: string, tag: string, ...extra: string[]): Promise<string[][]> {
  const r = await run('documents', book, '--month', month, '--kind', 'minutes', '-o', tag, '--json', '--quiet', ...extra);
  expect(r.err).toBe('');
  return JSON.parse(r.out).documents.map((d: { path: string }) => readDocx(readFileSync(join(dir, d.path))).paragraphs);
}

beforeAll(async () => {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  await writeSparseLogWorkbook(sparse);
  await writeSparseLogWorkbook(withSettings, true);
});

describe('minutes of a held briefing (form 1.9)', () => {
  it('has every element of the form, in its order, and no place and date line at the top', async () => {
    const [p] = await minutesOf(sparse, '2026-01', 'bb-form');
    const at = (pred: (s: string) => boolean, what: string) => {
      const i = p!.findIndex(pred);
      expect(i, what).toBeGreaterThanOrEqual(0);
      return i;
    };
    const order = [
      at((s) => s === 'CÔNG AN HUYỆN TUẦN GIÁO', 'issuing body'),
      at((s) => s === 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'national title'),
      at((s) => /^Số: \u00a0+\/BB-CAH$/.test(s), 'number'),
      at((s) => s === 'BIÊN BẢN', 'type'),
      at((s) => s === 'Hội nghị giao ban tại cơ sở tháng 01/2026', 'summary'),
      at((s) => s.startsWith('Thời gian bắt đầu: '), 'start'),
      at((s) => s.startsWith('Địa điểm: '), 'place'),
      at((s) => s.startsWith('Thành phần tham dự:'), 'attendance'),
      at((s) => s.startsWith('Chủ trì (chủ tọa): '), 'chair'),
      at((s) => s.startsWith('Thư ký (người ghi biên bản): '), 'secretary'),
      at((s) => s === 'Nội dung (theo diễn biến hội nghị):', 'proceedings'),
      at((s) => s.startsWith('Hội nghị kết thúc vào …… giờ ……, ngày 15 tháng 01 năm 2026'), 'closing'),
      at((s) => s === 'THƯ KÝ', 'secretary signs'),
      at((s) => s === 'CHỦ TỌA', 'chair signs'),
      at((s) => s === 'Nơi nhận:', 'recipients'),
      at((s) => s === '- Lưu: VT, Hồ sơ.', 'archive'),
    ];
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    expect(p!.some((s) => /Tuần Giáo, ngày|ngày\s+tháng\s+năm 20\s*$/.test(s))).toBe(false);
    // The chair signs with the rank the leaders table gives; the secretary's name is the clerk's to write.
    expect(p).toContain('Chủ trì (chủ tọa): Đồng chí Thượng tá Bạc Cầm Phương - Phó trưởng Công an huyện.');
    expect(p).toContain('Thượng tá Bạc Cầm Phương');
  });

  it('invents no start time: dotted hours unless the workbook or --time gives one', async () => {
    const [p] = await minutesOf(sparse, '2026-01', 'bb-gio');
    expect(p).toContain('Thời gian bắt đầu: …… giờ …… phút, ngày 15 tháng 01 năm 2026.');
    expect(p!.join('\n')).not.toMatch(/07 giờ 30|\d\d giờ \d\d phút/);
    const [given] = await minutesOf(sparse, '2026-01', 'bb-gio-cli', '--time', '8h');
    expect(given).toContain('Thời gian bắt đầu: 08 giờ 00 phút, ngày 15 tháng 01 năm 2026.');
    const [book] = await minutesOf(withSettings, '2026-01', 'bb-gio-so');
    expect(book).toContain('Thời gian bắt đầu: 07 giờ 30 phút, ngày 15 tháng 01 năm 2026.');
  });

  it('invents no room: a blank before the host unless the workbook or --place names the place', async () => {
    const [p] = await minutesOf(sparse, '2026-01', 'bb-dd');
    expect(p).toContain('Địa điểm: ……………, xã Quài Nưa.');
    expect(p!.join('\n')).not.toMatch(/Hội trường|Ủy ban nhân dân xã Quài Nưa\./);
    const [book] = await minutesOf(withSettings, '2026-01', 'bb-dd-so');
    expect(book).toContain('Địa điểm: Hội trường Ủy ban nhân dân xã Quài Nưa.');
    const [cli] = await minutesOf(sparse, '2026-01', 'bb-dd-cli', '--place', 'Nhà văn hóa {xã}');
    expect(cli).toContain('Địa điểm: Nhà văn hóa xã Quài Nưa.');
  });

  it('lists only the attendance the log records, and states no absence', async () => {
    const [jan] = await minutesOf(sparse, '2026-01', 'bb-tp');
    const from = jan!.indexOf('Thành phần tham dự:');
    const to = jan!.findIndex((s) => s.startsWith('Chủ trì (chủ tọa)'));
    const lines = jan!.slice(from + 1, to);
    // "Trưởng CAX các xã" and 25 people: those two, nothing else claimed.
    expect(lines).toEqual(['- Trưởng hoặc Phó trưởng Công an xã Quài Nưa, xã Quài Cang;', '- Quần chúng nhân dân: 25 người.']);
    const text = jan!.join('\n');
    for (const role of ['Thường trực Đảng ủy', 'Hội đồng nhân dân', 'Ủy ban nhân dân xã Quài Nưa', 'phụ trách địa bàn', 'Vắng', 'vắng mặt']) expect(text).not.toContain(role);

    // March: the log says nothing about who came — lines for the clerk, no role marked present or absent.
    const [mar] = await minutesOf(sparse, '2026-03', 'bb-tp-3');
    const m0 = mar!.indexOf('Thành phần tham dự:');
    const mLines = mar!.slice(m0 + 1, mar!.findIndex((s) => s.startsWith('Chủ trì (chủ tọa)')));
    expect(mLines.length).toBeGreaterThan(0);
    for (const l of mLines) expect(l).toMatch(/^- …{8,}$/);
  });

  it('names each raiser as the clerk wrote them, with what the chair did', async () => {
    const [jan] = await minutesOf(sparse, '2026-01', 'bb-nguoi');
    const docx = readDocx(readFileSync(join(dir, JSON.parse((await run('documents', sparse, '--month', '2026-01', '--kind', 'minutes', '-o', 'bb-nguoi-2', '--json', '--quiet')).out).documents[0].path)));
    const items = docx.tables.find((t) => t[0]?.[2] === 'Nội dung ý kiến, phản ánh')!;
    expect(items.slice(1).map((r) => [r[1], r[3]])).toEqual([
      ['Ông Lò Văn Pọm, trưởng bản Co Sản (xã Quài Nưa)', 'Đồng chí chủ trì giải đáp tại chỗ'],
      ['Bí thư Đảng ủy xã (xã Quài Cang)', 'Tiếp thu, giao giải quyết sau hội nghị; cán bộ thụ lý: Lường Văn Quý'],
    ]);
    // Not collapsed into the log's groups.
    expect(jan!.join('\n')).not.toMatch(/Quần chúng \(xã Quài Nưa\)|Cấp ủy \(xã Quài Cang\)/);
  });
});

describe('a held briefing whose date cannot be read', () => {
  it('is an error naming the sheet, cell and value (exit 1), not a blank minutes', async () => {
    const r = await run('documents', sparse, '--month', '2026-02', '--kind', 'minutes', '-o', 'bb-loi', '--quiet');
    expect(r.code).toBe(1);
    expect(r.err).toContain('ô B3 trang "Sổ giao ban" ghi ngày "31/02/2026"');
    expect(r.err).toContain('biên bản tháng 02/2026');
    expect(r.out).toBe('');
    const en = await run('documents', sparse, '--month', '2026-02', '--kind', 'minutes', '-o', 'bb-loi', '--quiet', '--lang', 'en');
    expect(en.err).toContain('cell B3 of sheet "Sổ giao ban" holds the date "31/02/2026"');
    // Other months, and February's other papers, are unaffected.
    expect((await run('documents', sparse, '--month', '2026-01', '--kind', 'minutes', '-o', 'bb-loi-1', '--quiet')).code).toBe(0);
    expect((await run('documents', sparse, '--month', '2026-02', '--kind', 'report', '-o', 'bb-loi-bc', '--quiet')).code).toBe(0);
  });
});

describe('rank before the name, from the leaders table', () => {
  it('signs invitations and reports "Thượng tá Bạc Cầm Phương" when the settings name only "Bạc Cầm Phương"', async () => {
    const r = await run('documents', withSettings, '--month', '2026-03', '--kind', 'invitation,report', '-o', 'ky', '--json', '--quiet');
    expect(r.err).toBe('');
    const docs: { kind: string; path: string }[] = JSON.parse(r.out).documents;
    expect(docs.map((d) => d.kind)).toEqual(['invitation', 'report']);
    for (const d of docs) {
      const p = readDocx(readFileSync(join(dir, d.path))).paragraphs;
      const sign = p.lastIndexOf('PHÓ TRƯỞNG CÔNG AN HUYỆN');
      expect(p.slice(sign + 1)).toContain('Thượng tá Bạc Cầm Phương');
      expect(p).not.toContain('Bạc Cầm Phương');
    }
  });
});
