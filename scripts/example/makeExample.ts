/**
 * Builds examples/so-theo-doi-giao-ban.xlsx: a district's tracking workbook as a
 * clerk keeps it (title rows, merged cells, STT, text dates in several day-first
 * forms, names without accents, NFD text, a TCVN3 column in .VnTime, a total row,
 * notes below tables, sheet names that say nothing of the kind) with a known set
 * of planted mistakes, written to scripts/example/plantedMistakes.ts.
 *
 * Deterministic to the byte: seeded PRNG, fixed dates, fixed zip timestamps, so a rebuild leaves git clean.
 * Run: `npx tsx scripts/example/makeExample.ts [--out FILE]`.
 */
import ExcelJS from 'exceljs';
import { mkdirSync, writeFileSync } from 'node:fs';
import { withFixedZipTimes } from './fixedZip.js';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import * as core from '../../packages/core/src/index.js';
import { addDays, weekdayOf } from '../../packages/core/src/index.js';
import type { Category, CaseState, IssueStatus } from '../../packages/core/src/model.js';
import { ABSENCES, CLUSTERS, COMMUNES, HOLIDAY_ROWS, LEADERS, OFFICERS, PROVINCE_UNIT, UNIT_NAME } from './district.js';
import {
  CASE_STATE_WRITINGS,
  CATEGORY_WRITINGS,
  CONTENT_TEMPLATES,
  OBJECTS,
  RAISED_BY_WRITINGS,
  STATUS_WRITINGS,
  VILLAGES,
  fillContent,
} from './content.js';
import { mulberry32, picker } from './prng.js';
import type { PlantedMistake } from './plantedMistakeType.js';

const here = dirname(fileURLToPath(import.meta.url));

// The text helper's TCVN3 encoder (contract: encodeLegacyText); a draft run may go without it.
const encodeLegacyText: (text: string, encoding: 'tcvn3' | 'vni') => string =
  (core as unknown as { encodeLegacyText?: (t: string, e: 'tcvn3' | 'vni') => string }).encodeLegacyText ??
  ((t) => {
    if (process.env.GIAOBAN_EXAMPLE_DRAFT) return t;
    throw new Error('encodeLegacyText is not in @giaoban/core yet');
  });
const repo = join(here, '..', '..');

type Cell = string | number | boolean | Date | null;
interface CellExtra {
  font?: string;
  numFmt?: string;
}
interface SheetSpec {
  name: string;
  titles: string[];
  headerRow: number;
  header: string[];
  rows: Cell[][];
  widths: number[];
  extras: Map<string, CellExtra>;
  below: string[];
}

const DATE_FMT = 'dd/mm/yyyy';
const utcDate = (iso: string): Date => new Date(`${iso}T00:00:00Z`);
const [, , ...argv] = process.argv;

function colLetter(c: number): string {
  let s = '';
  for (let n = c; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

// ---------------------------------------------------------------- calendar of the example
const holidayOff = new Set<string>();
const makeUp = new Set<string>();
for (const [from, to, , kind] of HOLIDAY_ROWS) {
  for (let d = from; d <= to; d = addDays(d, 1)) (kind === 'Làm bù' ? makeUp : holidayOff).add(d);
}
const isWorking = (d: string): boolean => makeUp.has(d) || (weekdayOf(d) < 6 && !holidayOff.has(d));
const nextWorking = (d: string): string => {
  let x = d;
  while (!isWorking(x)) x = addDays(x, 1);
  return x;
};
const plannedDate = (ym: string): string => nextWorking(`${ym}-15`);

// ---------------------------------------------------------------- date writings
const [d2, d1] = [(n: number) => String(n).padStart(2, '0'), (n: number) => String(n)];
function writeDate(iso: string, form: number): Cell {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  switch (form) {
    case 0:
      return utcDate(iso);
    case 1:
      return `${d2(d)}/${d2(m)}/${y}`;
    case 2:
      return `${d1(d)}-${d1(m)}-${y}`;
    case 3:
      return `${d2(d)}.${d2(m)}.${y}`;
    default:
      return `ngày ${d2(d)} tháng ${d2(m)} năm ${y}`;
  }
}

// ---------------------------------------------------------------- name writings
function writeCommune(name: string, p: ReturnType<typeof picker>): string {
  const form = p.weighted([
    [0, 60],
    [1, 12],
    [2, 8],
    [3, 10],
    [4, 10],
  ] as const);
  switch (form) {
    case 0:
      return name;
    case 1:
      return `xã ${name}`;
    case 2:
      return `XÃ ${name.toLocaleUpperCase('vi')}`;
    case 3:
      return name.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/Đ/g, 'D').replace(/đ/g, 'd');
    default:
      return name.normalize('NFD');
  }
}

function writeLeader(name: string, p: ReturnType<typeof picker>): string {
  const l = LEADERS.find((x) => x.name === name)!;
  return p.pick([
    name,
    name,
    `Đ/c ${name}`,
    `${l.rank} ${name}`,
    `${name} - PTCAH`,
    `đồng chí ${name}`,
    name.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/Đ/g, 'D').replace(/đ/g, 'd'),
  ]);
}

// ---------------------------------------------------------------- build
export interface ExampleBuild {
  sheets: SheetSpec[];
  planted: PlantedMistake[];
  counts: { briefings: number; issues: number };
}

export function buildExample(): ExampleBuild {
  const rand = mulberry32(20180115);
  const p = picker(rand);
  const planted: PlantedMistake[] = [];
  const sheets: SheetSpec[] = [];
  const spec = (name: string, titles: string[], headerRow: number, header: string[], widths: number[]): SheetSpec => {
    const s: SheetSpec = { name, titles, headerRow, header, rows: [], widths, extras: new Map(), below: [] };
    sheets.push(s);
    return s;
  };
  const addr = (s: SheetSpec, rowIndex: number, col: number): string => `${colLetter(col + 1)}${s.headerRow + 1 + rowIndex}`;
  const plant = (s: SheetSpec, rowIndex: number, col: number, code: string, severity: 'error' | 'warning', note: string) =>
    planted.push({ sheet: s.name, cell: addr(s, rowIndex, col), code, severity, note });

  // A sheet without any table: instructions the clerk keeps.
  const guide = spec('Hướng dẫn', [], 0, [], [90]);
  guide.below = [
    'HƯỚNG DẪN GHI SỔ THEO DÕI GIAO BAN TẠI CƠ SỞ',
    '1. Mỗi tháng, mỗi cụm xã tổ chức 01 hội nghị giao ban vào ngày 15 (nếu trùng ngày nghỉ thì lùi sang ngày làm việc kế tiếp).',
    '2. Ghi đầy đủ ý kiến, phản ánh của cấp ủy, chính quyền, Công an xã và quần chúng nhân dân vào sổ ý kiến.',
    '3. Tình trạng giải quyết ghi một trong các mức: Đã giải đáp tại chỗ; Đang giải quyết; Đã giải quyết; Chuyển cơ quan chức năng.',
  ];
  // (table.none is a workbook-level warning — no table anywhere — so this sheet raises nothing.)

  // Communes.
  const communes = spec(
    'Địa bàn',
    [UNIT_NAME, 'DANH SÁCH XÃ VÀ CỤM GIAO BAN TẠI CƠ SỞ'],
    4,
    ['STT', 'Tên xã', 'Cụm', 'Cán bộ phụ trách địa bàn', 'Trưởng Công an xã', 'Ghi chú'],
    [6, 16, 9, 26, 22, 30],
  );
  COMMUNES.forEach((c, i) => communes.rows.push([i + 1, c.name, c.cluster, c.areaOfficers.join(', '), c.policeChief, i === 0 ? 'Xã biên giới' : null]));
  communes.below = ['', 'Ghi chú: Cụm 1 giao ban luân phiên tại các xã phía Bắc; Cụm 2, Cụm 3 theo thứ tự danh sách.'];

  // Leaders.
  const leaders = spec(
    'BCH',
    [UNIT_NAME, 'LÃNH ĐẠO CHỦ TRÌ GIAO BAN'],
    3,
    ['STT', 'Họ và tên', 'Cấp bậc', 'Chức vụ', 'Cụm phụ trách'],
    [6, 22, 12, 26, 16],
  );
  LEADERS.forEach((l, i) => leaders.rows.push([i + 1, l.name, l.rank, l.title, l.clusters || null]));

  // Absences: text dates in assorted forms.
  const absences = spec('Lịch công tác', ['LỊCH VẮNG CỦA LÃNH ĐẠO'], 2, ['STT', 'Lãnh đạo', 'Từ ngày', 'Đến ngày', 'Lý do'], [6, 22, 14, 14, 36]);
  ABSENCES.forEach(([who, from, to, why], i) => absences.rows.push([i + 1, `Đ/c ${who}`, writeDate(from, i % 4), writeDate(to, i % 4), why]));

  // Holidays.
  const holidays = spec('Nghỉ lễ', ['NGÀY NGHỈ LỄ, TẾT 2024 - 2025'], 2, ['STT', 'Từ ngày', 'Đến ngày', 'Tên ngày nghỉ', 'Loại'], [6, 13, 13, 34, 10]);
  HOLIDAY_ROWS.forEach(([from, to, name, kind], i) => holidays.rows.push([i + 1, utcDate(from), utcDate(to), name, kind]));

  // Briefings: one per cluster per month, 2024-01 … 2025-12.
  const briefings = spec(
    'Sổ giao ban',
    [UNIT_NAME, 'SỔ THEO DÕI HỘI NGHỊ GIAO BAN TẠI CƠ SỞ', 'Năm 2024 - 2025'],
    5,
    ['STT', 'Ngày giao ban', 'Cụm', 'Xã đăng cai', 'Lãnh đạo chủ trì', 'Thành phần tham dự', 'Quần chúng', 'Ban, đoàn thể', 'Ghi chú'],
    [6, 14, 9, 14, 26, 60, 11, 18, 34],
  );
  const BC = { stt: 0, date: 1, cluster: 2, host: 3, chair: 4, attendance: 5, public: 6, mass: 7, notes: 8 };
  const held: { date: string; cluster: string; host: string }[] = [];
  const load = new Map(LEADERS.map((l) => [l.name, 0]));
  const absent = (who: string, d: string) => ABSENCES.some(([w, f, t]) => w === who && f <= d && d <= t);
  let tcvnStarted = false;
  const TCVN_NOTES = [
    'Hội nghị diễn ra đúng kế hoạch',
    'Đồng chí Chủ tịch UBND xã phát biểu',
    'Đề nghị Công an huyện tăng cường tuần tra biên giới',
    'Trời mưa to, một số đại biểu đến muộn',
    'Quần chúng nhân dân đồng tình ủng hộ',
  ];
  for (let m = 0; m < 24; m++) {
    const ym = `${2024 + Math.floor(m / 12)}-${d2((m % 12) + 1)}`;
    const planned = plannedDate(ym);
    const chairsToday = new Set<string>();
    CLUSTERS.forEach((cluster, ci) => {
      const members = COMMUNES.filter((c) => c.cluster === cluster);
      const host = members[m % members.length]!;
      let date = planned;
      // Mostly on the planned date; now and then a day or two later (a working day).
      if (p.chance(0.08)) date = nextWorking(addDays(planned, p.int(1, 2)));
      const code = `${ym}/${cluster}`;
      if (code === '2025-06/Cụm 1') date = '2025-06-15'; // held on the Sunday itself
      if (code === '2024-08/Cụm 2') date = nextWorking(addDays(planned, 2));
      const candidates = [...LEADERS]
        .filter((l) => !l.clusters || l.clusters.split(/,\s*/).includes(cluster))
        .filter((l) => !absent(l.name, date) && !chairsToday.has(l.name))
        .sort((a, b) => load.get(a.name)! - load.get(b.name)! || LEADERS.indexOf(a) - LEADERS.indexOf(b));
      const chair = candidates[0]!.name;
      chairsToday.add(chair);
      load.set(chair, load.get(chair)! + 1);
      const short = chair.split(' ').pop()!;
      let police = p.pick(['Trưởng CAX các xã trong cụm', 'Trưởng, Phó CAX các xã trong cụm', 'Trưởng Công an các xã']);
      let local = p.pick([`TT Đảng ủy, HĐND, UBND xã ${host.name}`, `Thường trực Đảng ủy, HĐND, UBND xã ${host.name}`, `TT ĐU, HĐND, UBND xã`]);
      if (code === '2024-04/Cụm 1') police = '';
      if (code === '2025-03/Cụm 3') local = '';
      const attendance = [`Đ/c ${short} - PTCAH`, 'CA phụ trách xã', police, local].filter(Boolean).join('; ');
      const withPublic = p.chance(0.35);
      const row: Cell[] = [
        briefings.rows.length + 1,
        writeDate(date, p.weighted([[0, 55], [1, 25], [2, 8], [3, 6], [4, 6]] as const)),
        cluster,
        writeCommune(host.name, p),
        writeLeader(chair, p),
        attendance,
        withPublic ? p.int(8, 40) : null,
        p.chance(0.4) ? p.pick(['MTTQ, Hội PN', 'Hội Phụ nữ, Đoàn Thanh niên', 'MTTQ, Hội ND, Hội CCB', 'Hội PN']) : null,
        null,
      ];
      // The notes of 2024's second half were typed on an old machine in TCVN3 (.VnTime).
      if (ym >= '2024-07' && ym <= '2024-12' && p.chance(0.7)) {
        row[BC.notes] = encodeLegacyText(p.pick(TCVN_NOTES), 'tcvn3');
        briefings.extras.set(addr(briefings, briefings.rows.length, BC.notes), { font: '.VnTime' });
        if (!tcvnStarted) {
          tcvnStarted = true;
          plant(briefings, briefings.rows.length, BC.notes, 'text.legacy-converted', 'warning', 'notes typed in TCVN3 with a .VnTime font');
        }
      }
      const i = briefings.rows.length;
      if (code === '2024-05/Cụm 3') {
        row[BC.chair] = 'Đ/c Phạm Văn Tùng';
        plant(briefings, i, BC.chair, 'leader.unknown', 'error', 'chair not in the leaders list');
      }
      if (code === '2024-10/Cụm 2') {
        row[BC.chair] = 'Nguyễn Văn Thuận';
        plant(briefings, i, BC.chair, 'chair.not-leader', 'error', 'chair is the area officer of Chà Cang');
      }
      if (code === '2025-06/Cụm 1') plant(briefings, i, BC.date, 'briefing.non-working-day', 'warning', 'held on Sunday 15/06/2025');
      if (code === '2024-08/Cụm 2') plant(briefings, i, BC.date, 'briefing.off-plan-date', 'warning', 'held two working days after the planned date');
      if (code === '2024-04/Cụm 1') plant(briefings, i, BC.attendance, 'attendance.missing-police', 'warning', 'no commune police chief listed');
      if (code === '2025-03/Cụm 3') plant(briefings, i, BC.attendance, 'attendance.missing-local-leaders', 'warning', 'no Party standing committee, HĐND, UBND listed');
      briefings.rows.push(row);
      const excluded = code === '2024-05/Cụm 3' || code === '2024-10/Cụm 2';
      if (!excluded) held.push({ date, cluster, host: host.name });
    });
    if (ym === '2025-10') {
      // A second briefing at the same host in the same month ("giao ban bổ sung").
      const first = held.find((h) => h.cluster === 'Cụm 2' && h.date.startsWith(ym))!;
      const date = nextWorking(addDays(first.date, 7));
      const i = briefings.rows.length;
      briefings.rows.push([i + 1, writeDate(date, 1), 'Cụm 2', first.host, 'Lò Văn Thắng', 'Đ/c Thắng - PTCAH; CA phụ trách xã; Trưởng CAX; TT Đảng ủy, HĐND, UBND xã', null, null, 'Giao ban bổ sung về tình hình ANTT']);
      plant(briefings, i, BC.host, 'host.twice-in-month', 'warning', 'second briefing at the same host in October 2025');
      planted.push({ sheet: briefings.name, cell: addr(briefings, i, BC.date), code: 'briefing.off-plan-date', severity: 'warning', note: 'the extra briefing is off the planned date' });
      held.push({ date, cluster: 'Cụm 2', host: first.host });
    }
  }

  // Issues: raised at the held briefings by the cluster's communes; 2024 and 2025 on separate sheets.
  const ISSUE_HEADER = ['STT', 'Ngày', 'Xã', 'Nội dung ý kiến, phản ánh', 'Phân loại', 'Người/đơn vị phản ánh', 'Tình trạng', 'Ngày giải quyết', 'Cán bộ thụ lý', 'Ghi chú'];
  const IC = { stt: 0, date: 1, commune: 2, content: 3, category: 4, raisedBy: 5, status: 6, resolved: 7, officer: 8, notes: 9 };
  const widths = [6, 14, 14, 60, 24, 18, 22, 14, 20, 24];
  const issues2024 = spec('Ý kiến 2024', [UNIT_NAME, 'SỔ THEO DÕI Ý KIẾN, PHẢN ÁNH TẠI HỘI NGHỊ GIAO BAN NĂM 2024'], 4, ISSUE_HEADER, widths);
  const issues2025 = spec('Sheet3', [PROVINCE_UNIT, 'SỔ THEO DÕI Ý KIẾN, PHẢN ÁNH TẠI HỘI NGHỊ GIAO BAN NĂM 2025'], 4, ISSUE_HEADER, widths);
  const LAST_DAY = '2025-12-31';
  const categories: (readonly [Category, number])[] = [
    ['security-situation', 44],
    ['commune-police', 18],
    ['mass-organizations', 12],
    ['administrative-procedures', 20],
    ['other', 6],
  ];
  let issueCount = 0;
  for (const b of held) {
    const members = COMMUNES.filter((c) => c.cluster === b.cluster);
    const n = p.int(2, 7);
    const sheet = b.date < '2025-01-01' ? issues2024 : issues2025;
    for (let k = 0; k < n; k++) {
      const commune = p.chance(0.45) ? members.find((c) => c.name === b.host)! : p.pick(members);
      const category = p.weighted(categories);
      const tpl = p.pick(CONTENT_TEMPLATES[category]);
      let content = fillContent(tpl.text, p.pick(VILLAGES), p.pick(OBJECTS));
      if (p.chance(0.08)) content = content.normalize('NFD');
      let catCell: string = p.pick(CATEGORY_WRITINGS[category]);
      if (category === 'security-situation' && tpl.caseState && p.chance(0.6)) catCell = CASE_STATE_WRITINGS[tpl.caseState as CaseState];
      const ageDays = Math.round((Date.parse(LAST_DAY) - Date.parse(b.date)) / 86_400_000);
      let status: IssueStatus = p.weighted([
        ['answered', 45],
        ['resolved', 32],
        ['in-progress', 13],
        ['referred', 10],
      ] as const);
      // Older items have been closed by now; only recent ones stay in progress.
      if (status === 'in-progress' && ageDays > 25) status = 'resolved';
      let resolved: string | null = null;
      if (status === 'resolved') resolved = addDays(b.date, p.int(3, 45));
      if (resolved && resolved > LAST_DAY) {
        resolved = null;
        status = 'answered';
      }
      if (status === 'answered' && p.chance(0.3)) resolved = b.date;
      const row: Cell[] = [
        sheet.rows.length + 1,
        writeDate(b.date, p.weighted([[0, 60], [1, 22], [2, 7], [3, 6], [4, 5]] as const)),
        writeCommune(commune.name, p),
        content,
        catCell,
        p.pick(RAISED_BY_WRITINGS),
        p.pick(STATUS_WRITINGS[status]),
        resolved ? writeDate(resolved, p.chance(0.7) ? 0 : 1) : null,
        status === 'answered' ? null : commune.areaOfficers[0] ?? p.pick(OFFICERS),
        status === 'referred' ? p.pick(['Chuyển Phòng Tài nguyên và Môi trường', 'Chuyển Hạt Kiểm lâm', 'Chuyển Đồn Biên phòng']) : null,
      ];
      sheet.rows.push(row);
      issueCount++;
    }
  }

  // Planted mistakes in the issue sheets (rows picked by position, values set here).
  const at = (s: SheetSpec, i: number) => s.rows[i]!;
  const setCell = (s: SheetSpec, i: number, col: number, v: Cell) => {
    at(s, i)[col] = v;
  };
  // 2024 sheet.
  setCell(issues2024, 11, IC.date, null);
  plant(issues2024, 11, IC.date, 'date.missing', 'error', 'date left blank');
  setCell(issues2024, 23, IC.commune, 'Nà Khao');
  plant(issues2024, 23, IC.commune, 'commune.unknown', 'error', '"Nà Khao" — did you mean "Nà Khoa"?');
  {
    // A row copied twice: the second copy is an exact duplicate.
    const dup = [...at(issues2024, 40)];
    issues2024.rows.splice(41, 0, dup);
    plant(issues2024, 41, IC.stt, 'row.duplicate', 'error', 'row pasted twice');
    issues2024.rows.forEach((r, i) => {
      if (i > 41) r[IC.stt] = i; // the clerk renumbered below the pasted row
    });
  }
  setCell(issues2024, 57, IC.raisedBy, 'Đồn Biên phòng');
  plant(issues2024, 57, IC.raisedBy, 'raised-by.unknown', 'warning', 'a border post is not one of the raised-by groups');
  {
    const i = 70;
    const raised = at(issues2024, i)[IC.date];
    setCell(issues2024, i, IC.commune, 'Nà Khoa');
    setCell(issues2024, i, IC.date, '20/09/2024');
    void raised;
    plant(issues2024, i, IC.date, 'issue.no-briefing', 'warning', 'no briefing in Nà Khoa on 20/09/2024');
  }
  setCell(issues2024, 88, IC.category, null);
  setCell(issues2024, 88, IC.content, 'Tranh chấp đất nương rẫy giữa hai dòng họ ở bản Huổi Đanh, nguy cơ phát sinh mâu thuẫn');
  plant(issues2024, 88, IC.category, 'category.suggested', 'warning', 'blank category, suggestion from the content');
  // 2025 sheet.
  setCell(issues2025, 5, IC.date, '31/02/2025');
  plant(issues2025, 5, IC.date, 'date.invalid', 'error', '31/02/2025 does not exist');
  setCell(issues2025, 17, IC.category, 'Tuyên truyền pháp luật');
  plant(issues2025, 17, IC.category, 'category.unknown', 'error', 'not a category');
  {
    const i = 30;
    const raised = issueDate(at(issues2025, i)[IC.date] ?? null);
    setCell(issues2025, i, IC.status, 'Đã giải quyết');
    setCell(issues2025, i, IC.resolved, writeDate(addDays(raised, -6), 1));
    plant(issues2025, i, IC.resolved, 'resolved.before-raised', 'error', 'resolved six days before it was raised');
  }
  setCell(issues2025, 44, IC.status, 'Chờ ý kiến cấp trên');
  plant(issues2025, 44, IC.status, 'value.invalid', 'error', 'not a status');
  {
    // Raised in June, still in progress at the end of the year.
    const i = issues2025.rows.findIndex((r) => issueDate(r[IC.date] ?? null).startsWith('2025-06'));
    setCell(issues2025, i, IC.status, 'Đang giải quyết');
    setCell(issues2025, i, IC.resolved, null);
    plant(issues2025, i, IC.status, 'issue.overdue', 'warning', 'in progress since June 2025');
  }
  {
    const i = issues2025.rows.length - 3;
    setCell(issues2025, i, IC.status, null);
    plant(issues2025, i, IC.status, 'status.blank', 'warning', 'status left blank');
  }
  // The total row and notes of the 2025 sheet.
  issues2025.rows.push(['Cộng', null, null, `${issues2025.rows.length} ý kiến, phản ánh`, null, null, null, null, null, null]);
  issues2025.below = ['', 'Ghi chú: Số liệu tính đến ngày 31/12/2025.', 'Nậm Pồ, ngày 31 tháng 12 năm 2025', 'NGƯỜI LẬP BIỂU'];

  // A late addition typed without the commune column.
  const extra = spec('Bổ sung', ['Ý KIẾN BỔ SUNG THÁNG 12/2025'], 2, ['STT', 'Ngày', 'Nội dung', 'Phân loại', 'Tình trạng'], [6, 14, 60, 24, 20]);
  extra.rows.push([1, '15/12/2025', 'Đề nghị hướng dẫn cấp Căn cước cho trẻ em dưới 14 tuổi', 'Căn cước', 'Đã giải đáp tại chỗ']);
  extra.rows.push([2, '15/12/2025', 'Phản ánh tình trạng xe quá tải làm hỏng đường liên bản', 'Khác', 'Đang giải quyết']);
  planted.push({ sheet: extra.name, cell: `A${extra.headerRow}`, code: 'table.missing-column', severity: 'error', note: 'issue table without a commune column' });

  return { sheets, planted, counts: { briefings: briefings.rows.length, issues: issueCount } };
}

function issueDate(v: Cell): string {
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  const s = String(v);
  const m = /(\d{1,2})\D+(\d{1,2})\D+(\d{4})/.exec(s.replace(/ngày|tháng|năm/g, ' '));
  if (!m) throw new Error(`not a date: ${s}`);
  return `${m[3]}-${d2(Number(m[2]))}-${d2(Number(m[1]))}`;
}

// ---------------------------------------------------------------- write
export async function writeExample(build: ExampleBuild, out: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Công an huyện Nậm Pồ';
  wb.created = new Date(Date.UTC(2025, 11, 31, 8, 0, 0));
  wb.modified = wb.created;
  for (const s of build.sheets) {
    const ws = wb.addWorksheet(s.name);
    const ncol = Math.max(s.header.length, 1);
    s.widths.forEach((w, i) => (ws.getColumn(i + 1).width = w));
    s.titles.forEach((t, i) => {
      const cell = ws.getCell(i + 1, 1);
      cell.value = t;
      cell.font = { name: 'Times New Roman', bold: true, size: i === 0 ? 12 : 14 };
      cell.alignment = { horizontal: i === 0 ? 'left' : 'center' };
      if (i > 0 && ncol > 1) ws.mergeCells(i + 1, 1, i + 1, ncol);
    });
    if (s.headerRow > 0) {
      const hr = ws.getRow(s.headerRow);
      s.header.forEach((h, c) => {
        const cell = hr.getCell(c + 1);
        cell.value = h;
        cell.font = { name: 'Times New Roman', bold: true };
        cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
        cell.border = { top: { style: 'thin' }, bottom: { style: 'thin' }, left: { style: 'thin' }, right: { style: 'thin' } };
      });
    }
    s.rows.forEach((row, i) => {
      const r = ws.getRow(s.headerRow + 1 + i);
      row.forEach((v, c) => {
        if (v === null) return;
        const cell = r.getCell(c + 1);
        cell.value = v;
        const extra = s.extras.get(`${colLetter(c + 1)}${s.headerRow + 1 + i}`);
        cell.font = { name: extra?.font ?? 'Times New Roman' };
        if (v instanceof Date) cell.numFmt = DATE_FMT;
      });
    });
    const belowStart = s.headerRow + s.rows.length + 1 + (s.headerRow > 0 ? 1 : 0);
    s.below.forEach((t, i) => {
      if (!t) return;
      const cell = ws.getCell(belowStart + i, 1);
      cell.value = t;
      cell.font = { name: 'Times New Roman', italic: s.headerRow > 0 };
    });
    if (s.headerRow > 0) ws.views = [{ state: 'frozen', ySplit: s.headerRow, xSplit: 0 }];
  }
  mkdirSync(dirname(out), { recursive: true });
  // Every zip entry dated 31/12/2025 08:00 (local fields), as the workbook's own dates say.
  writeFileSync(out, withFixedZipTimes(new Uint8Array(await wb.xlsx.writeBuffer()), new Date(2025, 11, 31, 8, 0, 0)));
}

function plantedSource(planted: PlantedMistake[]): string {
  const lines = planted
    .slice()
    .sort((a, b) => (a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1))
    .map((m) => `  ${JSON.stringify(m)},`);
  return `/**
 * The mistakes planted in examples/so-theo-doi-giao-ban.xlsx, as data.
 * Generated by scripts/example/makeExample.ts — do not edit; rebuild with
 * \`npx tsx scripts/example/makeExample.ts\`. Errors are exactly these; warnings
 * include these (the example has other, natural warnings too).
 */
import type { PlantedMistake } from './plantedMistakeType.js';

export type { PlantedMistake } from './plantedMistakeType.js';

export const PLANTED_MISTAKES: readonly PlantedMistake[] = [
${lines.join('\n')}
];
`;
}

async function cli(): Promise<void> {
  const { values } = parseArgs({ args: argv, options: { out: { type: 'string' }, 'no-planted': { type: 'boolean' } } });
  const out = values.out ?? join(repo, 'examples', 'so-theo-doi-giao-ban.xlsx');
  const build = buildExample();
  await writeExample(build, out);
  if (!values['no-planted']) writeFileSync(join(here, 'plantedMistakes.ts'), plantedSource(build.planted));
  process.stdout.write(
    `Đã ghi ${out}: ${build.counts.briefings} buổi giao ban, ${build.counts.issues} ý kiến, ${build.planted.length} lỗi cài sẵn.\n`,
  );
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await cli();
