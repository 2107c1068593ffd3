/**
 * Province-scale tracking workbook for benchmarks: by default 120 communes in 24
 * clusters, 10 leaders, 10 years of monthly briefings per cluster and 100,000
 * issue rows, in one of several shapes (`--shape`):
 *
 * - `varied`: varied Vietnamese content (templates × villages × objects);
 * - `clerk`: what clerks write — contents sharing long prefixes ("Nội dung phản ánh số 17"),
 *   the same contents repeated on other dates and communes, long texts, STT as formulas with
 *   their cached values;
 * - `formatted-empty`: `varied` plus blank rows formatted down the sheet (three per issue, at most 300,000);
 * - `text-dates`: `varied` with every date typed as text (dd/mm/yyyy).
 *
 *   npx tsx scripts/generate/largeWorkbook.ts --out FILE [--shape varied] [--issues 100000] [--years 10]
 *     [--communes 120] [--clusters 24] [--leaders 10]
 *
 * Written with exceljs's streaming WorkbookWriter. `generateLargeData` gives the
 * same rows as records in memory (for the statistics bench). Deterministic.
 */
import ExcelJS from 'exceljs';
import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { briefingDate } from '../../packages/core/src/calendar/index.js';
import { addDays } from '../../packages/core/src/calendar/civilDate.js';
import type {
  Attendance,
  BriefingRecord,
  Catalogue,
  Category,
  CaseState,
  Commune,
  IssueRecord,
  IssueStatus,
  Leader,
  RaisedBy,
} from '../../packages/core/src/model.js';
import type { CellValue, SheetGrid, WorkbookGrid } from '../../packages/core/src/workbook/grid.js';
import { CASE_STATE_WRITINGS, CATEGORY_WRITINGS, CONTENT_TEMPLATES, OBJECTS, VILLAGES, fillContent } from '../example/content.js';
import { mulberry32, picker } from '../example/prng.js';

/** The shapes of issue sheet the generator writes (see the file's comment). */
export const WORKBOOK_SHAPES = ['varied', 'clerk', 'formatted-empty', 'text-dates'] as const;
export type WorkbookShape = (typeof WORKBOOK_SHAPES)[number];

/** Size of the generated province. */
export interface LargeOptions {
  /** Shape of the issue sheet (default `varied`). */
  shape?: WorkbookShape;
  issues?: number;
  years?: number;
  communes?: number;
  clusters?: number;
  leaders?: number;
  /** First year of briefings (default 2016). */
  startYear?: number;
  seed?: number;
}

/** The generated data as records, plus what the sheets hold. */
export interface LargeData {
  catalogue: Catalogue;
  briefings: BriefingRecord[];
  issues: IssueRecord[];
}

const FIRST = ['Nà', 'Nậm', 'Huổi', 'Pa', 'Chà', 'Mường', 'Phìn', 'Si', 'Sín', 'Tủa', 'Xá', 'Ma', 'Lay', 'Pú', 'Hua', 'Thanh', 'Sam', 'Quài', 'Ẳng', 'Búng'];
const SECOND = ['Khoa', 'Hỳ', 'Bủng', 'Nưa', 'Cang', 'Tở', 'Khăn', 'Tần', 'Tin', 'Chua', 'Nhừ', 'Lay', 'Nhé', 'Chải', 'Pồ', 'Lèng', 'Thín', 'Dịnh', 'Cáy', 'Tòng', 'Mùn', 'Luông'];
const FAMILY = ['Lò', 'Quàng', 'Lường', 'Vì', 'Cà', 'Sùng', 'Giàng', 'Thào', 'Vừ', 'Lý', 'Nguyễn', 'Trần', 'Phạm', 'Hoàng', 'Đỗ', 'Bùi'];
const MIDDLE = ['Văn', 'A', 'Thị', 'Đức', 'Mạnh', 'Quốc'];
const GIVEN = ['Hùng', 'Thắng', 'Chính', 'Dơ', 'Páo', 'Chứ', 'Sinh', 'Toán', 'Thuận', 'Cường', 'Việt', 'Quyết', 'Nam', 'Hoa', 'Lan', 'Tính', 'Dũng', 'Hạnh', 'Sính', 'Long'];
const RANKS = ['Thượng tá', 'Trung tá', 'Đại tá', 'Thiếu tá'];
const RAISED: [RaisedBy, string][] = [
  ['party-committee', 'Đảng ủy'],
  ['government', 'UBND'],
  ['commune-police', 'Công an xã'],
  ['public', 'Nhân dân'],
  ['mass-organization', 'Hội Phụ nữ'],
  ['mass-organization', 'MTTQ'],
  ['public', 'Quần chúng'],
  ['government', 'Chính quyền'],
];
const STATUS_TEXT: Record<IssueStatus, string> = {
  answered: 'Đã giải đáp tại chỗ',
  'in-progress': 'Đang giải quyết',
  resolved: 'Đã giải quyết',
  referred: 'Chuyển cơ quan chức năng',
};
const CATEGORY_WEIGHTS: (readonly [Category, number])[] = [
  ['security-situation', 44],
  ['commune-police', 18],
  ['mass-organizations', 12],
  ['administrative-procedures', 20],
  ['other', 6],
];

const NO_ATTENDANCE: Attendance = {
  areaOfficers: true,
  communePolice: true,
  partyStanding: true,
  peoplesCouncil: true,
  peoplesCommittee: true,
  public: null,
  massOrganizations: [],
};

interface Sized {
  shape: WorkbookShape;
  issues: number;
  years: number;
  communes: number;
  clusters: number;
  leaders: number;
  startYear: number;
  seed: number;
}

function sized(o: LargeOptions): Sized {
  return {
    shape: o.shape ?? 'varied',
    issues: o.issues ?? 100_000,
    years: o.years ?? 10,
    communes: o.communes ?? 120,
    clusters: Math.min(o.clusters ?? 24, o.communes ?? 120),
    leaders: o.leaders ?? 10,
    startYear: o.startYear ?? 2016,
    seed: o.seed ?? 20250701,
  };
}

/** Sheet rows of the data (header first), shared by the writer and the record builder. */
interface Rows {
  communes: (string | number | null)[][];
  leaders: (string | number | null)[][];
  briefings: { date: string; cluster: string; host: string; chair: string; attendance: string; publicCount: number | null; mass: string | null }[];
  issues: {
    date: string;
    commune: string;
    content: string;
    category: Category;
    caseState: CaseState | null;
    categoryText: string;
    raisedBy: RaisedBy;
    raisedText: string;
    status: IssueStatus;
    resolved: string | null;
    officer: string | null;
  }[];
}

function buildRows(opts: LargeOptions): { rows: Rows; catalogue: Catalogue } {
  const o = sized(opts);
  const rand = mulberry32(o.seed);
  const p = picker(rand);
  const names: string[] = [];
  for (let i = 0; names.length < o.communes; i++) {
    const a = FIRST[i % FIRST.length]!;
    const b = SECOND[Math.floor(i / FIRST.length) % SECOND.length]!;
    const round = Math.floor(i / (FIRST.length * SECOND.length));
    names.push(round ? `${a} ${b} ${round + 1}` : `${a} ${b}`);
  }
  const person = (i: number) => `${FAMILY[i % FAMILY.length]} ${MIDDLE[(i >> 2) % MIDDLE.length]} ${GIVEN[(i * 7) % GIVEN.length]}`;
  const communes: Commune[] = names.map((name, i) => ({
    name,
    kind: 'xa',
    cluster: `Cụm ${(i % o.clusters) + 1}`,
    areaOfficers: [person(i * 3 + 1)],
    policeChief: person(i * 3 + 2),
    validFrom: null,
    validTo: null,
    mergedInto: null,
  }));
  const leaders: Leader[] = Array.from({ length: o.leaders }, (_, i) => ({
    name: `${FAMILY[(i * 5 + 3) % FAMILY.length]} ${['Ích', 'Đức', 'Văn', 'Minh', 'Quang'][i % 5]} ${GIVEN[(i * 3 + 2) % GIVEN.length]}${i >= GIVEN.length ? ` ${i}` : ''}`,
    rank: RANKS[i % RANKS.length]!,
    title: 'Phó Giám đốc Công an tỉnh',
    clusters: [],
    activeFrom: null,
    activeTo: null,
  }));
  const rows: Rows = {
    communes: communes.map((c, i) => [i + 1, c.name, 'Xã', c.cluster, c.areaOfficers.join(', '), c.policeChief]),
    leaders: leaders.map((l, i) => [i + 1, l.name, l.rank, l.title]),
    briefings: [],
    issues: [],
  };
  const clusterMembers = new Map<string, Commune[]>();
  for (const c of communes) clusterMembers.set(c.cluster, [...(clusterMembers.get(c.cluster) ?? []), c]);
  const months = o.years * 12;
  let chairTurn = 0;
  for (let m = 0; m < months; m++) {
    const ym = `${o.startYear + Math.floor(m / 12)}-${String((m % 12) + 1).padStart(2, '0')}`;
    const date = briefingDate(ym).date;
    for (let k = 0; k < o.clusters; k++) {
      const cluster = `Cụm ${k + 1}`;
      const members = clusterMembers.get(cluster)!;
      const host = members[m % members.length]!;
      // Each leader chairs at most one cluster per day while clusters ≤ leaders; beyond that, round-robin.
      const chair = leaders[chairTurn++ % leaders.length]!.name;
      rows.briefings.push({
        date,
        cluster,
        host: host.name,
        chair,
        attendance: `Đ/c ${chair.split(' ').pop()} - PGĐ; CA phụ trách xã; Trưởng CAX các xã trong cụm; TT Đảng ủy, HĐND, UBND xã ${host.name}`,
        publicCount: p.chance(0.35) ? p.int(8, 60) : null,
        mass: p.chance(0.4) ? 'MTTQ, Hội PN' : null,
      });
    }
  }
  const lastDay = rows.briefings[rows.briefings.length - 1]!.date;
  const seen = new Set<string>();
  for (let i = 0; i < o.issues; i++) {
    const b = rows.briefings[Math.floor((i * rows.briefings.length) / o.issues)]!;
    const members = clusterMembers.get(b.cluster)!;
    const commune = p.pick(members);
    const category = p.weighted(CATEGORY_WEIGHTS);
    const tpl = p.pick(CONTENT_TEMPLATES[category]);
    const caseState = category === 'security-situation' ? (tpl.caseState ?? null) : null;
    // Two identical rows would be a duplicate-row error; a clerk's book has none by accident.
    let content = o.shape === 'clerk' ? clerkContent(i, p, fillContent(tpl.text, p.pick(VILLAGES), p.pick(OBJECTS))) : fillContent(tpl.text, p.pick(VILLAGES), p.pick(OBJECTS));
    for (let tries = 0; seen.has(`${b.date}|${commune.name}|${content}`); tries++) {
      content = tries < 4 ? fillContent(tpl.text, p.pick(VILLAGES), p.pick(OBJECTS)) : `${content.replace(/ \(lần \d+\)$/, '')} (lần ${tries - 2})`;
    }
    seen.add(`${b.date}|${commune.name}|${content}`);
    const categoryText = caseState && p.chance(0.6) ? CASE_STATE_WRITINGS[caseState] : p.pick(CATEGORY_WRITINGS[category]);
    let status: IssueStatus = p.weighted([
      ['answered', 45],
      ['resolved', 32],
      ['in-progress', 13],
      ['referred', 10],
    ] as const);
    if (status === 'in-progress' && b.date < addDays(lastDay, -25)) status = 'resolved';
    let resolved: string | null = status === 'resolved' ? addDays(b.date, p.int(2, 60)) : null;
    if (resolved && resolved > lastDay) {
      resolved = null;
      status = 'answered';
    }
    const [raisedBy, raisedText] = p.pick(RAISED);
    rows.issues.push({
      date: b.date,
      commune: commune.name,
      content,
      category,
      caseState: categoryText === CASE_STATE_WRITINGS.pending ? 'pending' : categoryText === CASE_STATE_WRITINGS.new ? 'new' : null,
      categoryText,
      raisedBy,
      raisedText,
      status,
      resolved,
      officer: status === 'answered' ? null : commune.areaOfficers[0]!,
    });
  }
  return { rows, catalogue: { communes, leaders, absences: [], holidays: [] } };
}

/** Long openings clerks reuse, and contents they copy down to other dates and communes. */
const SHARED_PREFIXES = [
  'Nội dung phản ánh số',
  'Người dân thôn bản phản ánh tình trạng trộm cắp gia súc, gia cầm xảy ra nhiều lần trong thời gian gần đây, đề nghị lực lượng Công an xã tăng cường tuần tra, kiểm soát vào ban đêm — ý kiến số',
  'Đề nghị cơ quan chức năng sớm giải quyết dứt điểm vụ việc tranh chấp đất đai kéo dài giữa các hộ gia đình, tránh phát sinh mâu thuẫn, khiếu kiện vượt cấp, mục',
];
const REPEATED = Array.from({ length: 40 }, (_, k) => `Phản ánh về việc thực hiện thủ tục hành chính liên quan đến cư trú, cấp căn cước công dân và định danh điện tử cho người dân tại các thôn vùng cao còn chậm (nội dung thường gặp số ${k + 1}), đề nghị Công an xã bố trí cán bộ hướng dẫn tận nơi.`);

/** A content in the clerk shape: a shared long prefix and a number, a repeated content, or a varied one made longer. */
function clerkContent(i: number, p: ReturnType<typeof picker>, varied: string): string {
  const roll = p.int(0, 9);
  if (roll < 4) return `${SHARED_PREFIXES[i % SHARED_PREFIXES.length]} ${i + 1}`;
  if (roll < 7) return REPEATED[p.int(0, REPEATED.length - 1)]!;
  return `${varied}. Ý kiến của quần chúng nhân dân được ghi nhận đầy đủ tại hội nghị giao ban, giao cho cán bộ phụ trách địa bàn theo dõi, báo cáo kết quả tại kỳ giao ban sau.`;
}

/** Blank rows formatted below the data in the `formatted-empty` shape: three per issue row, at most 300,000. */
const formattedEmptyRows = (issues: number) => Math.min(300_000, 3 * issues);

/** Sheet names and header rows (row 3; rows 1–2 are titles). */
export const LARGE_SHEETS = { communes: 'Danh sách xã', leaders: 'Lãnh đạo', briefings: 'Giao ban', issues: 'Ý kiến' } as const;
const HEADER_ROW = 3;

/**
 * The province's data as records in memory (same content as the written workbook;
 * `ref.row` is the row in the written sheet).
 *
 * @example
 * ```ts
 * const { issues } = generateLargeData({ issues: 1000, years: 1 });
 * issues.length; // 1000
 * ```
 */
export function generateLargeData(options: LargeOptions = {}): LargeData {
  const { rows, catalogue } = buildRows(options);
  const cluster = new Map(catalogue.communes.map((c) => [c.name, c.cluster]));
  const members = new Map<string, string[]>();
  for (const c of catalogue.communes) members.set(c.cluster, [...(members.get(c.cluster) ?? []), c.name]);
  const briefings: BriefingRecord[] = rows.briefings.map((b, i) => ({
    ref: { sheet: LARGE_SHEETS.briefings, row: HEADER_ROW + 1 + i },
    date: b.date,
    host: b.host,
    chair: b.chair,
    cluster: cluster.get(b.host) ?? null,
    participatingCommunes: members.get(b.cluster) ?? [b.host],
    attendance: { ...NO_ATTENDANCE, public: b.publicCount ?? null, massOrganizations: b.mass ? ['MTTQ', 'Hội Phụ nữ'] : [] },
    notes: null,
  }));
  const issues: IssueRecord[] = rows.issues.map((x, i) => ({
    ref: { sheet: LARGE_SHEETS.issues, row: HEADER_ROW + 1 + i },
    date: x.date,
    commune: x.commune,
    content: x.content,
    category: x.category,
    caseState: x.caseState,
    raisedBy: x.raisedBy,
    status: x.status,
    resolvedDate: x.resolved,
    officer: x.officer,
    notes: null,
  }));
  return { catalogue, briefings, issues };
}

const utc = (iso: string) => new Date(`${iso}T00:00:00Z`);

/** Excel's serial day number of an ISO date (1900 system: serial 1 = 1900-01-01, Lotus leap-year bug included). */
const serial = (iso: string) => Math.round(utc(iso).getTime() / 86_400_000) + 25_569;

/**
 * The province workbook as the grids an .xlsx reader hands to the core (same cells as
 * `writeLargeWorkbook`: titles, header on row 3, dates as serial numbers formatted dd/mm/yyyy,
 * one issue date in twenty typed as text), without writing a file: for the scale tests.
 *
 * @example
 * ```ts
 * const grid = largeWorkbookGrid({ issues: 300_000 });
 * readWorkbook(grid).issues.length; // 300000
 * ```
 */
export function largeWorkbookGrid(options: LargeOptions = {}): WorkbookGrid {
  const { rows } = buildRows(options);
  const DATE = 'dd/mm/yyyy';
  const sheet = (name: string, title: string, header: string[], data: CellValue[][], dateCols: number[] = []): SheetGrid => {
    const blank = header.map(() => null);
    const formats = data.map((r) => r.map((v, c) => (v !== null && dateCols.includes(c) ? DATE : null)));
    return {
      name,
      values: [['CÔNG AN TỈNH ĐIỆN BIÊN', ...blank.slice(1)], [title, ...blank.slice(1)], header, ...data],
      numberFormats: [blank, blank, blank, ...formats],
    };
  };
  const issueRows: CellValue[][] = new Array(rows.issues.length);
  rows.issues.forEach((x, i) => {
    const [y, m, d] = x.date.split('-');
    issueRows[i] = [i + 1, i % 20 === 7 ? `${d}/${m}/${y}` : serial(x.date), x.commune, x.content, x.categoryText, x.raisedText, STATUS_TEXT[x.status], x.resolved ? serial(x.resolved) : null, x.officer];
  });
  return {
    sheets: [
      sheet(LARGE_SHEETS.communes, 'DANH SÁCH XÃ, PHƯỜNG VÀ CỤM GIAO BAN', ['STT', 'Tên xã', 'Loại đơn vị', 'Cụm', 'Cán bộ phụ trách địa bàn', 'Trưởng Công an xã'], rows.communes),
      sheet(LARGE_SHEETS.leaders, 'LÃNH ĐẠO CHỦ TRÌ GIAO BAN', ['STT', 'Họ và tên', 'Cấp bậc', 'Chức vụ'], rows.leaders),
      sheet(
        LARGE_SHEETS.briefings,
        'SỔ THEO DÕI HỘI NGHỊ GIAO BAN TẠI CƠ SỞ',
        ['STT', 'Ngày giao ban', 'Cụm', 'Xã đăng cai', 'Lãnh đạo chủ trì', 'Thành phần tham dự', 'Quần chúng', 'Ban, đoàn thể'],
        rows.briefings.map((b, i) => [i + 1, serial(b.date), b.cluster, b.host, b.chair, b.attendance, b.publicCount, b.mass]),
        [1],
      ),
      sheet(
        LARGE_SHEETS.issues,
        'SỔ THEO DÕI Ý KIẾN, PHẢN ÁNH',
        ['STT', 'Ngày', 'Xã', 'Nội dung', 'Phân loại', 'Người/đơn vị phản ánh', 'Tình trạng', 'Ngày giải quyết', 'Cán bộ thụ lý'],
        issueRows,
        [1, 7],
      ),
    ],
  };
}

/**
 * Writes the province workbook to `out` with exceljs's streaming writer.
 * Dates are date cells (dd/mm/yyyy), one in twenty issue dates typed as text.
 */
export async function writeLargeWorkbook(out: string, options: LargeOptions = {}): Promise<{ issues: number; briefings: number }> {
  const { rows } = buildRows(options);
  const shape = options.shape ?? 'varied';
  mkdirSync(dirname(resolve(out)), { recursive: true });
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: out, useSharedStrings: true, useStyles: true });
  const sheet = (name: string, title: string, header: string[], widths: number[]) => {
    const ws = wb.addWorksheet(name, { views: [{ state: 'frozen', ySplit: HEADER_ROW }] });
    ws.columns = widths.map((w) => ({ width: w }));
    ws.addRow(['CÔNG AN TỈNH ĐIỆN BIÊN']).commit();
    ws.addRow([title]).commit();
    const h = ws.addRow(header);
    h.font = { bold: true };
    h.commit();
    return ws;
  };
  const dateCell = (iso: string) => utc(iso);
  let ws = sheet(LARGE_SHEETS.communes, 'DANH SÁCH XÃ, PHƯỜNG VÀ CỤM GIAO BAN', ['STT', 'Tên xã', 'Loại đơn vị', 'Cụm', 'Cán bộ phụ trách địa bàn', 'Trưởng Công an xã'], [6, 20, 10, 10, 26, 24]);
  for (const r of rows.communes) ws.addRow(r).commit();
  ws.commit();
  ws = sheet(LARGE_SHEETS.leaders, 'LÃNH ĐẠO CHỦ TRÌ GIAO BAN', ['STT', 'Họ và tên', 'Cấp bậc', 'Chức vụ'], [6, 24, 12, 28]);
  for (const r of rows.leaders) ws.addRow(r).commit();
  ws.commit();
  ws = sheet(
    LARGE_SHEETS.briefings,
    'SỔ THEO DÕI HỘI NGHỊ GIAO BAN TẠI CƠ SỞ',
    ['STT', 'Ngày giao ban', 'Cụm', 'Xã đăng cai', 'Lãnh đạo chủ trì', 'Thành phần tham dự', 'Quần chúng', 'Ban, đoàn thể'],
    [6, 14, 10, 18, 24, 70, 10, 16],
  );
  rows.briefings.forEach((b, i) => {
    const row = ws.addRow([i + 1, dateCell(b.date), b.cluster, b.host, b.chair, b.attendance, b.publicCount, b.mass]);
    row.getCell(2).numFmt = 'dd/mm/yyyy';
    row.commit();
  });
  ws.commit();
  ws = sheet(
    LARGE_SHEETS.issues,
    'SỔ THEO DÕI Ý KIẾN, PHẢN ÁNH',
    ['STT', 'Ngày', 'Xã', 'Nội dung', 'Phân loại', 'Người/đơn vị phản ánh', 'Tình trạng', 'Ngày giải quyết', 'Cán bộ thụ lý'],
    [7, 14, 18, 70, 24, 18, 24, 14, 22],
  );
  const asText = (iso: string) => {
    const [y, m, d] = iso.split('-');
    return `${d}/${m}/${y}`;
  };
  rows.issues.forEach((x, i) => {
    const textDate = shape === 'text-dates' || i % 20 === 7;
    const dateValue = textDate ? asText(x.date) : dateCell(x.date);
    const resolved = x.resolved ? (shape === 'text-dates' ? asText(x.resolved) : dateCell(x.resolved)) : null;
    // The clerk shape numbers its rows with a formula (its cached value is what a reader sees).
    const stt = shape === 'clerk' ? { formula: `ROW()-${HEADER_ROW}`, result: i + 1 } : i + 1;
    const row = ws.addRow([stt, dateValue, x.commune, x.content, x.categoryText, x.raisedText, STATUS_TEXT[x.status], resolved, x.officer]);
    row.getCell(2).numFmt = 'dd/mm/yyyy';
    if (x.resolved) row.getCell(8).numFmt = 'dd/mm/yyyy';
    row.commit();
  });
  if (shape === 'formatted-empty') {
    // Blank rows a clerk formatted ahead of time: borders and a date format, no values.
    const border = { top: { style: 'thin' as const }, left: { style: 'thin' as const }, bottom: { style: 'thin' as const }, right: { style: 'thin' as const } };
    for (let k = 0, n = formattedEmptyRows(rows.issues.length); k < n; k++) {
      const row = ws.addRow([]);
      for (let c = 1; c <= 9; c++) {
        const cell = row.getCell(c);
        cell.border = border;
        if (c === 2 || c === 8) cell.numFmt = 'dd/mm/yyyy';
      }
      row.commit();
    }
  }
  ws.commit();
  await wb.commit();
  return { issues: rows.issues.length, briefings: rows.briefings.length };
}

async function cli(): Promise<void> {
  const { values } = parseArgs({
    options: {
      out: { type: 'string' },
      shape: { type: 'string' },
      issues: { type: 'string' },
      years: { type: 'string' },
      communes: { type: 'string' },
      clusters: { type: 'string' },
      leaders: { type: 'string' },
    },
  });
  if (!values.out) {
    process.stderr.write('Thiếu --out <tệp.xlsx>\n');
    process.exit(2);
  }
  const num = (v: string | undefined, name: string): number | undefined => {
    if (v === undefined) return undefined;
    const n = Number(v);
    if (!Number.isInteger(n) || n < 1) {
      process.stderr.write(`--${name} phải là số nguyên dương (nhận "${v}")\n`);
      process.exit(2);
    }
    return n;
  };
  const shape = (values.shape ?? 'varied') as WorkbookShape;
  if (!WORKBOOK_SHAPES.includes(shape)) {
    process.stderr.write(`--shape phải là một trong: ${WORKBOOK_SHAPES.join(', ')} (nhận "${values.shape}")\n`);
    process.exit(2);
  }
  const t0 = performance.now();
  const r = await writeLargeWorkbook(values.out, {
    shape,
    issues: num(values.issues, 'issues'),
    years: num(values.years, 'years'),
    communes: num(values.communes, 'communes'),
    clusters: num(values.clusters, 'clusters'),
    leaders: num(values.leaders, 'leaders'),
  });
  process.stdout.write(`Đã ghi ${values.out} (dạng ${shape}): ${r.briefings} buổi giao ban, ${r.issues} ý kiến (${((performance.now() - t0) / 1000).toFixed(1)} s).\n`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await cli();
