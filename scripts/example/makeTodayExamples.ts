/**
 * Builds the two example workbooks of today, deterministic to the byte (seeded PRNG, fixed dates, fixed
 * zip timestamps), so a rebuild leaves git clean:
 *
 * - examples/so-giao-ban-cong-an-tinh.xlsx — Công an tỉnh Điện Biên, whose deputy directors brief three
 *   clusters of today's communes (Nghị quyết 1661/NQ-UBTVQH15), January 2025 to May 2026: the rows of
 *   the first half of 2025 name the old communes (before the merger of 01/07/2025), and one row after it
 *   still names an old commune (the finding a clerk gets).
 * - examples/so-giao-ban-cong-an-xa.xlsx — Công an xã Nà Hỳ, which briefs its villages (bản) with the
 *   village heads and the grassroots security teams, July 2025 to May 2026. The village names are
 *   illustrative.
 *
 * Run: `npx tsx scripts/example/makeTodayExamples.ts [--out-dir examples]`.
 */
import ExcelJS from 'exceljs';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { briefingDate } from '../../packages/core/src/index.js';
import { communesOf } from '../../packages/core/src/catalogue.js';
import { withFixedZipTimes } from './fixedZip.js';
import { mulberry32, picker } from './prng.js';

const here = dirname(fileURLToPath(import.meta.url));
const repo = join(here, '..', '..');

type Cell = string | number | Date | null;
interface Sheet {
  name: string;
  titles: string[];
  header: string[];
  rows: Cell[][];
  widths: number[];
}

const utc = (iso: string): Date => new Date(`${iso}T00:00:00Z`);
const months = (from: string, to: string): string[] => {
  const out: string[] = [];
  let [y, m] = from.split('-').map(Number) as [number, number];
  for (;;) {
    const ym = `${y}-${String(m).padStart(2, '0')}`;
    if (ym > to) return out;
    out.push(ym);
    m++;
    if (m > 12) (m = 1), y++;
  }
};
const MERGER = '2025-07-01';

const CATEGORIES = [
  ['ANTT', 5],
  ['Thủ tục hành chính', 2],
  ['Củng cố lực lượng', 1],
  ['Phát động phong trào', 1],
  ['Khác', 1],
] as const;
const STATUSES = [
  ['Đã giải đáp tại chỗ', 4],
  ['Đã giải quyết', 4],
  ['Đang giải quyết', 2],
  ['Chuyển cơ quan chức năng', 1],
] as const;
const CONTENTS: Record<string, string[]> = {
  ANTT: ['Tranh chấp đất nương giữa hai hộ', 'Mất trộm gia súc', 'Thanh niên tụ tập uống rượu gây mất trật tự', 'Người lạ vào địa bàn không khai báo tạm trú', 'Đánh bạc dịp cuối năm'],
  'Thủ tục hành chính': ['Hỏi thủ tục đăng ký thường trú sau sắp xếp địa giới', 'Hướng dẫn cấp căn cước cho người cao tuổi', 'Hỏi đổi địa chỉ trên giấy tờ sau sáp nhập xã'],
  'Củng cố lực lượng': ['Đề nghị bổ sung cán bộ Công an phụ trách bản', 'Kiện toàn Tổ bảo vệ an ninh, trật tự ở cơ sở'],
  'Phát động phong trào': ['Xây dựng mô hình bản an toàn về an ninh, trật tự', 'Tuyên truyền phòng, chống ma túy'],
  Khác: ['Đề nghị sửa đường vào bản', 'Hỏi chế độ cho thành viên Tổ bảo vệ an ninh, trật tự'],
};

async function write(sheets: Sheet[], creator: string, out: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  wb.creator = creator;
  wb.created = new Date(Date.UTC(2026, 4, 31, 8, 0, 0));
  wb.modified = wb.created;
  for (const s of sheets) {
    const ws = wb.addWorksheet(s.name);
    s.widths.forEach((w, i) => (ws.getColumn(i + 1).width = w));
    s.titles.forEach((t, i) => {
      const cell = ws.getCell(i + 1, 1);
      cell.value = t;
      cell.font = { name: 'Times New Roman', bold: true, size: i === 0 ? 12 : 14 };
      if (i > 0) ws.mergeCells(i + 1, 1, i + 1, s.header.length);
      cell.alignment = { horizontal: i === 0 ? 'left' : 'center' };
    });
    const headerRow = s.titles.length + 1;
    s.header.forEach((h, c) => {
      const cell = ws.getRow(headerRow).getCell(c + 1);
      cell.value = h;
      cell.font = { name: 'Times New Roman', bold: true };
      cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
      cell.border = { top: { style: 'thin' }, bottom: { style: 'thin' }, left: { style: 'thin' }, right: { style: 'thin' } };
    });
    s.rows.forEach((row, i) => {
      const r = ws.getRow(headerRow + 1 + i);
      row.forEach((v, c) => {
        if (v === null) return;
        const cell = r.getCell(c + 1);
        cell.value = v;
        cell.font = { name: 'Times New Roman' };
        if (v instanceof Date) cell.numFmt = 'dd/mm/yyyy';
      });
    });
    ws.views = [{ state: 'frozen', ySplit: headerRow, xSplit: 0 }];
  }
  mkdirSync(dirname(out), { recursive: true });
  // Every zip entry dated 31/05/2026 08:00 (local fields), as the workbook's own dates say.
  writeFileSync(out, withFixedZipTimes(new Uint8Array(await wb.xlsx.writeBuffer()), new Date(2026, 4, 31, 8, 0, 0)));
}

/** Items raised at one briefing. */
function items(p: ReturnType<typeof picker>, date: string, place: string, n: number, rows: Cell[][]): void {
  const said = new Set<string>();
  for (let k = 0; k < n; k++) {
    const cat = p.weighted(CATEGORIES);
    const content = p.pick(CONTENTS[cat]!);
    // One briefing hears each matter once (two equal rows would be a duplicate).
    if (said.has(content)) continue;
    said.add(content);
    const status = p.weighted(STATUSES);
    const resolved = status === 'Đã giải quyết' ? utc(new Date(Date.parse(date) + p.int(3, 25) * 86_400_000).toISOString().slice(0, 10)) : null;
    rows.push([rows.length + 1, utc(date), place, content, cat, status, resolved]);
  }
}

// ------------------------------------------------------------ provincial
const PROVINCE_CLUSTERS: Record<string, string[]> = {
  'Cụm 1': ['Nà Hỳ', 'Nà Bủng', 'Chà Tở', 'Si Pa Phìn', 'Mường Chà'],
  'Cụm 2': ['Thanh An', 'Sam Mứn', 'Thanh Nưa', 'Núa Ngam', 'Mường Nhà'],
  'Cụm 3': ['Tuần Giáo', 'Mường Ảng', 'Quài Tở', 'Búng Lao'],
};
const PROVINCE_LEADERS: [string, string, string][] = [
  ['Lò Văn Thắng', 'Đại tá', 'Cụm 1'],
  ['Trần Ích Chính', 'Đại tá', 'Cụm 2'],
  ['Nguyễn Quang Vinh', 'Đại tá', 'Cụm 3'],
];

export function provinceSheets(): Sheet[] {
  const p = picker(mulberry32(20260101));
  const units = communesOf('Điện Biên');
  const unit = (name: string) => units.find((u) => u.name === name)!;
  const communes: Cell[][] = [];
  let n = 0;
  for (const [cluster, names] of Object.entries(PROVINCE_CLUSTERS)) {
    for (const name of names) {
      const u = unit(name);
      communes.push([++n, u.fullName, u.code, cluster, `Đại úy Cán bộ địa bàn ${n}`, `Thiếu tá Trưởng Công an ${name}`, u.formedFrom.map((f) => (f.whole ? f.name : `một phần ${f.name}`)).join(', ')]);
    }
  }
  const leaders = PROVINCE_LEADERS.map(([name, rank, cluster], i) => [i + 1, name, rank, 'Phó Giám đốc Công an tỉnh', cluster] as Cell[]);
  const briefings: Cell[][] = [];
  const issues: Cell[][] = [];
  const hostedCount = new Map<string, number>();
  for (const ym of months('2025-01', '2026-05')) {
    const date = briefingDate(ym).date;
    Object.entries(PROVINCE_CLUSTERS).forEach(([cluster, names], ci) => {
      // Least hosted first, as the rotation would.
      const host = [...names].sort((a, b) => (hostedCount.get(a) ?? 0) - (hostedCount.get(b) ?? 0))[0]!;
      hostedCount.set(host, (hostedCount.get(host) ?? 0) + 1);
      // Before the merger the host is one of the old communes it was formed from (whole), as written then.
      const olds = unit(host).formedFrom.filter((f) => f.whole && !f.district);
      let written = date < MERGER ? p.pick(olds).name : host;
      if (ym === '2025-09' && cluster === 'Cụm 1') written = 'Nà Khoa'; // an old name after the merger: a finding
      const chair = PROVINCE_LEADERS[ci]![0];
      const attendance = `PGĐ CAT; Trưởng CAX; TT Đảng ủy, HĐND, UBND xã${p.chance(0.5) ? `; ${p.int(8, 30)} quần chúng` : ''}${p.chance(0.4) ? '; MTTQ, Hội PN' : ''}`;
      briefings.push([briefings.length + 1, utc(date), cluster, written, `Đ/c ${chair}`, attendance]);
      items(p, date, written, p.int(1, 4), issues);
    });
  }
  return [
    { name: 'Danh sách xã', titles: ['CÔNG AN TỈNH ĐIỆN BIÊN', 'DANH SÁCH XÃ, PHƯỜNG, ĐẶC KHU VÀ CỤM GIAO BAN TẠI CƠ SỞ'], header: ['STT', 'Xã, phường, đặc khu', 'Mã ĐVHC', 'Cụm', 'Cán bộ phụ trách địa bàn', 'Trưởng Công an xã, phường, đặc khu', 'Hình thành từ'], rows: communes, widths: [6, 22, 10, 9, 26, 32, 50] },
    { name: 'Lãnh đạo', titles: ['CÔNG AN TỈNH ĐIỆN BIÊN', 'LÃNH ĐẠO CHỦ TRÌ GIAO BAN'], header: ['STT', 'Họ và tên', 'Cấp bậc', 'Chức vụ', 'Cụm phụ trách'], rows: leaders, widths: [6, 24, 10, 28, 14] },
    { name: 'Giao ban', titles: ['CÔNG AN TỈNH ĐIỆN BIÊN', 'SỔ THEO DÕI HỘI NGHỊ GIAO BAN TẠI CƠ SỞ 2025 - 2026'], header: ['STT', 'Ngày giao ban', 'Cụm', 'Xã đăng cai', 'Lãnh đạo chủ trì', 'Thành phần tham dự'], rows: briefings, widths: [6, 13, 9, 18, 24, 60] },
    { name: 'Ý kiến', titles: ['CÔNG AN TỈNH ĐIỆN BIÊN', 'SỔ THEO DÕI Ý KIẾN, PHẢN ÁNH TẠI HỘI NGHỊ GIAO BAN'], header: ['STT', 'Ngày', 'Xã, phường, đặc khu', 'Nội dung', 'Phân loại', 'Tình trạng', 'Ngày giải quyết'], rows: issues, widths: [6, 13, 20, 50, 22, 24, 14] },
  ];
}

// ------------------------------------------------------------ commune (villages)
const VILLAGES = ['Nà Hỳ 1', 'Nà Hỳ 2', 'Nà Khoa', 'Huổi Thanh', 'Nậm Nhừ 1', 'Nậm Nhừ 2', 'Nậm Chua 1', 'Nậm Chua 2'];
const COMMUNE_LEADERS: [string, string, string][] = [
  ['Vừ A Dình', 'Thiếu tá', 'Trưởng Công an xã'],
  ['Lầu Thị Mai', 'Đại úy', 'Phó Trưởng Công an xã'],
  ['Giàng A Páo', 'Thượng úy', 'Phó Trưởng Công an xã'],
];

export function communeSheets(): Sheet[] {
  const p = picker(mulberry32(20250701));
  const villages = VILLAGES.map((v, i) => [i + 1, `Bản ${v}`, `Trưởng bản ${v}`, `Trung úy Công an phụ trách ${(i % 3) + 1}`] as Cell[]);
  const leaders = COMMUNE_LEADERS.map(([name, rank, title], i) => [i + 1, name, rank, title] as Cell[]);
  const briefings: Cell[][] = [];
  const issues: Cell[][] = [];
  let at = 0;
  for (const ym of months('2025-07', '2026-05')) {
    const date = briefingDate(ym).date;
    const host = VILLAGES[at++ % VILLAGES.length]!;
    const chair = COMMUNE_LEADERS[briefings.length % COMMUNE_LEADERS.length]![0];
    briefings.push([briefings.length + 1, utc(date), host, `Đ/c ${chair}`, `Trưởng bản; Tổ bảo vệ ANTT ở cơ sở; CA phụ trách bản${p.chance(0.6) ? `; ${p.int(10, 40)} người dân` : ''}`]);
    items(p, date, host, p.int(1, 3), issues);
  }
  return [
    { name: 'Thôn bản', titles: ['CÔNG AN XÃ NÀ HỲ', 'DANH SÁCH THÔN, BẢN'], header: ['STT', 'Thôn, bản, tổ dân phố', 'Trưởng thôn', 'Cán bộ phụ trách địa bàn'], rows: villages, widths: [6, 20, 24, 34] },
    { name: 'Lãnh đạo', titles: ['CÔNG AN XÃ NÀ HỲ', 'LÃNH ĐẠO CÔNG AN XÃ CHỦ TRÌ GIAO BAN'], header: ['STT', 'Họ và tên', 'Cấp bậc', 'Chức vụ'], rows: leaders, widths: [6, 24, 10, 26] },
    { name: 'Giao ban', titles: ['CÔNG AN XÃ NÀ HỲ', 'SỔ THEO DÕI GIAO BAN TẠI THÔN, BẢN 2025 - 2026'], header: ['STT', 'Ngày giao ban', 'Thôn, bản đăng cai', 'Lãnh đạo chủ trì', 'Thành phần tham dự'], rows: briefings, widths: [6, 13, 18, 24, 60] },
    { name: 'Ý kiến', titles: ['CÔNG AN XÃ NÀ HỲ', 'SỔ THEO DÕI Ý KIẾN, PHẢN ÁNH TẠI GIAO BAN THÔN, BẢN'], header: ['STT', 'Ngày', 'Thôn, bản', 'Nội dung', 'Phân loại', 'Tình trạng', 'Ngày giải quyết'], rows: issues, widths: [6, 13, 16, 50, 22, 24, 14] },
  ];
}

export const PROVINCE_EXAMPLE = 'so-giao-ban-cong-an-tinh.xlsx';
export const COMMUNE_EXAMPLE = 'so-giao-ban-cong-an-xa.xlsx';

/**
 * Writes both examples of today into `dir` (the repository's examples/ by default).
 *
 * @example
 * ```ts
 * await writeTodayExamples('/tmp/examples'); // /tmp/examples/so-giao-ban-cong-an-tinh.xlsx and …-xa.xlsx
 * ```
 */
export async function writeTodayExamples(dir = join(repo, 'examples')): Promise<void> {
  await write(provinceSheets(), 'Công an tỉnh Điện Biên', join(dir, PROVINCE_EXAMPLE));
  await write(communeSheets(), 'Công an xã Nà Hỳ', join(dir, COMMUNE_EXAMPLE));
}

async function cli(): Promise<void> {
  const { values } = parseArgs({ options: { 'out-dir': { type: 'string' } } });
  const dir = values['out-dir'] ?? join(repo, 'examples');
  await writeTodayExamples(dir);
  process.stdout.write(`Đã ghi ${join(dir, PROVINCE_EXAMPLE)} và ${join(dir, COMMUNE_EXAMPLE)}.\n`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await cli();
