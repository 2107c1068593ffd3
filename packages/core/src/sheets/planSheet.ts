/**
 * The "Lịch giao ban" sheet: the rotation as a printable A4 landscape sheet in
 * the administrative layout — unit header block left, national motto block
 * right, a title with the period, then
 *
 * 1. the plan at a glance: one line per briefing grouped by month (month ×
 *    cluster: date, host, chair), a year of three clusters on one page;
 * 2. the detail: one row per briefing with participants and reasons, and a
 *    "Cố định" column the clerk marks to keep a row on the next `rotate` (this
 *    is the table read back as the previous plan);
 * 3. the fairness table (chairs against the fair share, hosting per commune,
 *    months unstaffed and why) and the recorded swaps with what they changed;
 *
 * and the product's marker. The at-a-glance and fairness headers use wordings
 * that are no column synonyms, so only the detail table reads back as plan rows.
 */
import { isoDateToExcelSerial, weekdayNameVi } from '../calendar/index.js';
import type { PlannedBriefing } from '../model.js';
import type { RotationFairness, RotationPlan, RotationProblem, SwapOutcome } from '../rotation/types.js';
import type { CellValue } from '../workbook/grid.js';
import { markerFor, type SheetModel, type StyledRange } from './model.js';
import { estimateRowHeights } from './rowHeights.js';

/**
 * The detail table's header row for clusters of communes; a commune police unit's plan names its host
 * column "Thôn, bản đăng cai" (both read back as the host).
 */
export const PLAN_SHEET_HEADERS = [
  'STT', 'Tháng', 'Cụm', 'Ngày giao ban', 'Thứ', 'Xã đăng cai', 'Lãnh đạo chủ trì', 'Thành phần tham dự', 'Ghi chú', 'Cố định',
] as const;

/** Default sheet name. */
export const PLAN_SHEET_NAME = 'Lịch giao ban';

/** Options of {@link buildPlanSheet}. */
export interface PlanSheetOptions {
  /** Upper line of the unit block, e.g. "CÔNG AN TỈNH ĐIỆN BIÊN"; when unknown the unit takes the first line. */
  parentUnit?: string | null;
  /** The unit itself, e.g. "CÔNG AN HUYỆN NẬM PỒ"; when unknown its line is left empty. */
  unit?: string | null;
  /** Problems to show under the table (months and clusters that could not be staffed). */
  problems?: readonly RotationProblem[];
  /** The plan's fairness table (`plan.fairness`), shown after the detail. */
  fairness?: RotationFairness;
  /** What each recorded swap did (`plan.swaps`), listed after the fairness table. */
  swaps?: readonly SwapOutcome[];
  /** Sheet name; default "Lịch giao ban". */
  name?: string;
  /**
   * Who hosts: today's communes (the default) or, for a commune police unit, its villages (thôn, bản,
   * tổ dân phố) — the word the host headers and the note use.
   */
  tier?: 'communes' | 'villages';
}

/** The host column's header, by who hosts. */
const HOST_HEADER = { communes: 'Xã đăng cai', villages: 'Thôn, bản đăng cai' } as const;

/**
 * Headers of the at-a-glance section. Deliberately no header synonyms (see
 * data/headers.ts) beyond "Cụm", so the reader never takes it for a table.
 */
const GLANCE_HEADERS = ['Tháng/năm', null, 'Cụm', 'Ngày họp', null, 'Nơi họp', 'Chủ trì hội nghị', 'Lưu ý', null, null] as const;

const COLS = PLAN_SHEET_HEADERS.length; // A..J
const GLANCE_HEADER_ROW = 7;
const LAST_COL = 'J';

function mmYyyy(month: string): string {
  return `${month.slice(5, 7)}/${month.slice(0, 4)}`;
}

function ddMmYyyy(date: string): string {
  return `${date.slice(8, 10)}/${date.slice(5, 7)}/${date.slice(0, 4)}`;
}

/** "từ tháng 01/2026 đến tháng 12/2026" (or one month). */
function periodLabel(briefings: readonly PlannedBriefing[]): string {
  if (briefings.length === 0) return '';
  const months = briefings.map((b) => b.month).sort();
  const a = months[0]!;
  const z = months[months.length - 1]!;
  return a === z ? `Tháng ${mmYyyy(a)}` : `Từ tháng ${mmYyyy(a)} đến tháng ${mmYyyy(z)}`;
}

function row(values: CellValue[]): CellValue[] {
  const out = values.slice(0, COLS);
  while (out.length < COLS) out.push(null);
  return out;
}

/** What the at-a-glance line notes about a briefing. */
function glanceNote(b: PlannedBriefing, swapped: boolean): string | null {
  const notes: string[] = [];
  if (b.chair === null) notes.push('chưa bố trí được chủ trì');
  if (b.source === 'history') notes.push('đã tổ chức');
  else if (swapped) notes.push('đổi lịch');
  else if (b.source === 'override') notes.push('cố định');
  if (b.estimate) notes.push('ngày dự kiến (lịch nghỉ ước tính)');
  return notes.length > 0 ? notes.join('; ') : null;
}

/** Rows appended one by one, with their styles and merges. */
class SheetRows {
  readonly cells: CellValue[][] = [];
  readonly styles: StyledRange[] = [];
  readonly merges: string[] = [];
  /** 1-based number of the next row. */
  get next(): number {
    return this.cells.length + 1;
  }
  push(values: CellValue[]): number {
    this.cells.push(row(values));
    return this.cells.length;
  }
  /** A line of text over the whole width. */
  line(text: string, style: StyledRange['style'] = {}): number {
    const r = this.push([text]);
    this.merges.push(`A${r}:${LAST_COL}${r}`);
    this.styles.push({ range: `A${r}:${LAST_COL}${r}`, style: { wrap: true, ...style } });
    return r;
  }
}

/**
 * Builds the "Lịch giao ban" sheet model from planned briefings.
 *
 * @example
 * ```ts
 * const plan = planRotation({ catalogue, from: '2026-01', months: 12 });
 * const model = buildPlanSheet(plan.briefings, {
 *   parentUnit: 'CÔNG AN TỈNH ĐIỆN BIÊN', unit: 'PHÒNG THAM MƯU',
 *   problems: plan.problems, fairness: plan.fairness, swaps: plan.swaps,
 * });
 * model.cells[6]; // ['Tháng/năm', null, 'Cụm', 'Ngày họp', null, 'Nơi họp', 'Chủ trì hội nghị', 'Lưu ý', null, null]
 * ```
 */
export function buildPlanSheet(briefings: readonly PlannedBriefing[], options: PlanSheetOptions = {}): SheetModel {
  // Decree 30/2020: the parent body above the issuing body. A line not known is left out — never a
  // placeholder on a printed page; with no parent, the unit takes the first line (bold, as an issuing body).
  const parent = options.parentUnit?.trim() || null;
  const unit = options.unit?.trim() || null;
  const host = HOST_HEADER[options.tier ?? 'communes'];
  const [upper, lower] = parent ? [parent, unit] : [unit, null];
  const s = new SheetRows();
  s.push([upper?.toLocaleUpperCase('vi') ?? null, null, null, null, null, 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM']);
  s.push([lower?.toLocaleUpperCase('vi') ?? null, null, null, null, null, 'Độc lập - Tự do - Hạnh phúc']);
  s.push([]);
  s.push(['LỊCH GIAO BAN CƠ SỞ']);
  s.push([periodLabel(briefings)]);
  s.push([]);
  s.styles.push(
    { range: 'A1:D1', style: { horizontal: 'center', fontSize: 12, ...(parent ? {} : { bold: true }) } },
    { range: 'A2:D2', style: { horizontal: 'center', bold: true, fontSize: 12 } },
    { range: 'F1:J1', style: { horizontal: 'center', bold: true, fontSize: 12 } },
    { range: 'F2:J2', style: { horizontal: 'center', bold: true, italic: true, fontSize: 13 } },
    { range: 'A4:J4', style: { horizontal: 'center', bold: true, fontSize: 14 } },
    { range: 'A5:J5', style: { horizontal: 'center', italic: true, fontSize: 12 } },
  );
  s.merges.push('A1:D1', 'A2:D2', 'F1:J1', 'F2:J2', 'A4:J4', 'A5:J5');

  const sorted = [...briefings].sort((a, b) => (a.month < b.month ? -1 : a.month > b.month ? 1 : 0));
  const swapped = new Set((options.swaps ?? []).filter((x) => x.applied).map((x) => `${x.swap.date.slice(0, 7)}\u0000${x.swap.cluster}`));
  glanceSection(s, sorted, swapped);
  const detail = detailSection(s, sorted, host);
  if (options.fairness) fairnessSection(s, options.fairness, host);
  if (options.swaps && options.swaps.length > 0) swapsSection(s, options.swaps);

  s.push([]);
  const problems = options.problems ?? [];
  if (problems.length > 0) {
    s.line(`Chưa bố trí được (${problems.length}):`, { bold: true, fontColor: '#C00000', wrap: false });
    for (const p of problems) s.line(`- Tháng ${mmYyyy(p.month)}, ${p.cluster}: ${p.message}`);
  }
  // Dates in a year whose holidays are not announced yet are provisional: say so once per note.
  for (const note of new Set(sorted.flatMap((b) => (b.estimate ? [b.estimate.vi] : [])))) {
    s.line(`Lưu ý: ${note.charAt(0).toUpperCase()}${note.slice(1)}.`, { italic: true, fontColor: '#C00000' });
  }
  s.line(`Ghi chú: đánh dấu "x" ở cột "Cố định" (phần chi tiết) để giữ nguyên ${host.toLowerCase()}, lãnh đạo chủ trì và ngày của dòng đó khi lập lại lịch (lệnh giaoban rotate); ghi việc đổi lịch vào sheet "Đổi lịch".`, { italic: true });
  const markerRow = s.push([markerFor('plan')]);
  s.styles.push({ range: `A${markerRow}`, style: { fontColor: '#A6A6A6', fontSize: 8 } });

  const model: SheetModel = {
    name: options.name ?? PLAN_SHEET_NAME,
    kind: 'plan',
    cells: s.cells,
    columnWidths: [5, 9, 10, 12, 10, 16, 22, 48, 48, 8],
    merges: s.merges,
    styles: s.styles,
    freeze: { rows: GLANCE_HEADER_ROW, cols: 0 },
    print: { orientation: 'landscape', paperSize: 'A4', fitToWidth: true, printArea: `A1:${LAST_COL}${markerRow}` },
    validations: detail ? [{ range: `J${detail.first}:J${detail.last}`, list: ['x', 'có'], error: 'Chỉ ghi "x" hoặc "có" (cố định), hoặc để trống' }] : [],
    markerCell: `A${markerRow}`,
  };
  // Participants and notes wrap over several lines; LibreOffice prints them overlapping without stated heights.
  model.rowHeights = estimateRowHeights(model);
  return model;
}

/** Section 1: one line per briefing, the month written once per group. */
function glanceSection(s: SheetRows, sorted: readonly PlannedBriefing[], swapped: ReadonlySet<string>): void {
  const h = s.push([...GLANCE_HEADERS]);
  s.merges.push(`A${h}:B${h}`, `D${h}:E${h}`, `H${h}:J${h}`);
  s.styles.push({ range: `A${h}:${LAST_COL}${h}`, style: { bold: true, horizontal: 'center', vertical: 'middle', wrap: true, border: true, fill: '#D9E2F3' } });
  if (sorted.length === 0) {
    s.line('Không có buổi giao ban nào trong kỳ', { italic: true });
    return;
  }
  const first = s.next;
  let groupStart = first;
  sorted.forEach((b, i) => {
    const r = s.push([
      i === 0 || sorted[i - 1]!.month !== b.month ? mmYyyy(b.month) : null, null,
      b.cluster,
      `${weekdayNameVi(b.date)}, ${ddMmYyyy(b.date)}`, null,
      b.host,
      b.chair ?? 'CHƯA BỐ TRÍ',
      glanceNote(b, swapped.has(`${b.month}\u0000${b.cluster}`)), null, null,
    ]);
    s.merges.push(`D${r}:E${r}`, `H${r}:J${r}`);
    if (b.chair === null) s.styles.push({ range: `G${r}`, style: { fill: '#F8CBAD' } });
    const lastOfMonth = i === sorted.length - 1 || sorted[i + 1]!.month !== b.month;
    if (lastOfMonth) {
      s.merges.push(r > groupStart ? `A${groupStart}:B${r}` : `A${r}:B${r}`);
      groupStart = r + 1;
    }
  });
  const last = s.next - 1;
  s.styles.push(
    { range: `A${first}:${LAST_COL}${last}`, style: { border: true, vertical: 'middle' } },
    { range: `A${first}:E${last}`, style: { horizontal: 'center' } },
    { range: `A${first}:B${last}`, style: { bold: true } },
  );
}

/** Section 2: the detail table read back as the previous plan. */
function detailSection(s: SheetRows, sorted: readonly PlannedBriefing[], host: string): { first: number; last: number } | null {
  s.push([]);
  s.line('CHI TIẾT: THÀNH PHẦN THAM DỰ VÀ CĂN CỨ LẬP LỊCH', { bold: true, fontSize: 12, wrap: false });
  const h = s.push(PLAN_SHEET_HEADERS.map((c) => (c === 'Xã đăng cai' ? host : c)));
  s.styles.push({ range: `A${h}:${LAST_COL}${h}`, style: { bold: true, horizontal: 'center', vertical: 'middle', wrap: true, border: true, fill: '#D9E2F3' } });
  const first = h + 1;
  sorted.forEach((b, i) => {
    s.push([
      i + 1,
      mmYyyy(b.month),
      b.cluster,
      isoDateToExcelSerial(b.date),
      weekdayNameVi(b.date),
      b.host,
      b.chair,
      b.participants.join('\n'),
      b.reasons.join('\n'),
      b.source === 'override' ? 'x' : null,
    ]);
    if (b.chair === null) s.styles.push({ range: `G${first + i}`, style: { fill: '#F8CBAD' } });
  });
  if (sorted.length === 0) s.push([null, null, null, null, null, null, null, null, 'Không có buổi giao ban nào trong kỳ']);
  const last = s.next - 1;
  s.styles.push(
    { range: `A${first}:${LAST_COL}${last}`, style: { border: true, vertical: 'top', wrap: true } },
    { range: `A${first}:E${last}`, style: { horizontal: 'center' } },
    { range: `J${first}:J${last}`, style: { horizontal: 'center' } },
    { range: `D${first}:D${last}`, style: { numberFormat: 'dd/mm/yyyy', horizontal: 'center' } },
  );
  return sorted.length > 0 ? { first, last } : null;
}

function signed(n: number): string {
  const v = Math.round(n * 10) / 10;
  const t = Math.abs(v).toString().replace('.', ',');
  return v > 0 ? `+${t}` : v < 0 ? `−${t}` : '0';
}

/**
 * Section 3: chairs against the fair share, hosting per commune, months unstaffed. Names, not
 * numbers, in column A: a numbered first column is how the briefing rows are counted.
 */
function fairnessSection(s: SheetRows, f: RotationFairness, host: string): void {
  s.push([]);
  s.line('BẢNG CÔNG BẰNG TRONG KỲ', { bold: true, fontSize: 12, wrap: false });
  const h = s.push(['Lãnh đạo', null, null, 'Số buổi chủ trì', 'Định mức', 'Chênh lệch (±)', `Trong giới hạn ±${String(f.bound).replace('.', ',')}`]);
  s.merges.push(`A${h}:C${h}`);
  s.styles.push({ range: `A${h}:G${h}`, style: { bold: true, horizontal: 'center', vertical: 'middle', wrap: true, border: true, fill: '#E2EFDA' } });
  for (const l of f.leaders) {
    const r = s.push([l.leader, null, null, l.chairs, Math.round(l.fairShare * 10) / 10, signed(l.difference), l.withinBound ? 'có' : 'KHÔNG']);
    s.merges.push(`A${r}:C${r}`);
    if (!l.withinBound) s.styles.push({ range: `G${r}`, style: { fill: '#F8CBAD' } });
  }
  s.styles.push({ range: `A${h + 1}:G${s.next - 1}`, style: { border: true, vertical: 'middle' } }, { range: `D${h + 1}:G${s.next - 1}`, style: { horizontal: 'center', numberFormat: '0.0' } });

  s.push([]);
  const c = s.push([host, null, null, 'Thuộc cụm', 'Số lần đăng cai']);
  s.merges.push(`A${c}:C${c}`);
  s.styles.push({ range: `A${c}:E${c}`, style: { bold: true, horizontal: 'center', vertical: 'middle', wrap: true, border: true, fill: '#E2EFDA' } });
  for (const x of f.communes) {
    const r = s.push([x.commune, null, null, x.cluster, x.hosted]);
    s.merges.push(`A${r}:C${r}`);
  }
  s.styles.push({ range: `A${c + 1}:E${s.next - 1}`, style: { border: true } }, { range: `D${c + 1}:E${s.next - 1}`, style: { horizontal: 'center' } });

  s.push([]);
  if (f.unstaffed.length === 0) s.line('Tháng không bố trí được: không có.', { italic: true });
  else {
    s.line(`Tháng không bố trí được (${f.unstaffed.length}):`, { bold: true, wrap: false });
    for (const u of f.unstaffed) s.line(`- ${u.reason.startsWith('Tháng ') ? u.reason : `Tháng ${mmYyyy(u.month)}, ${u.cluster}: ${u.reason}`}`);
  }
}

/** Section 4: the recorded swaps and what each changed. */
function swapsSection(s: SheetRows, swaps: readonly SwapOutcome[]): void {
  s.push([]);
  s.line('ĐỔI LỊCH ĐÃ GHI NHẬN', { bold: true, fontSize: 12, wrap: false });
  // "Buổi giao ban" and "Thay đổi" are no header synonyms: this list never reads back as a Đổi lịch table.
  const h = s.push(['Buổi giao ban', null, 'Cụm', 'Người đề nghị', null, 'Người duyệt', 'Lý do', 'Thay đổi', null, 'Áp dụng']);
  s.merges.push(`A${h}:B${h}`, `D${h}:E${h}`, `H${h}:I${h}`);
  s.styles.push({ range: `A${h}:${LAST_COL}${h}`, style: { bold: true, horizontal: 'center', vertical: 'middle', wrap: true, border: true, fill: '#FFF2CC' } });
  for (const x of swaps) {
    const r = s.push([ddMmYyyy(x.swap.date), null, x.swap.cluster, x.swap.requestedBy, null, x.swap.approvedBy, x.swap.reason, x.effect, null, x.applied ? 'có' : 'không']);
    s.merges.push(`A${r}:B${r}`, `D${r}:E${r}`, `H${r}:I${r}`);
  }
  s.styles.push({ range: `A${h + 1}:${LAST_COL}${s.next - 1}`, style: { border: true, vertical: 'top', wrap: true } });
}

/**
 * The "Lịch giao ban" sheet of a whole plan: its briefings, problems, fairness table and recorded
 * swaps, under the unit's names. The CLI, the add-in and the offline app all call this one function,
 * so their plan sheets cannot drift apart.
 *
 * @example
 * ```ts
 * const plan = planRotation(rotationInputOf(read, { from: '2026-01', months: 12 }));
 * const names = detectUnitNames(grid);
 * const model = buildPlanSheetOf(plan, { parentUnit: names.parent, unit: names.unit });
 * model.name; // "Lịch giao ban"
 * ```
 */
export function buildPlanSheetOf(
  plan: Pick<RotationPlan, 'briefings' | 'problems'> & Partial<Pick<RotationPlan, 'fairness' | 'swaps'>>,
  names: { parentUnit?: string | null; unit?: string | null; tier?: 'communes' | 'villages' } = {},
): SheetModel {
  return buildPlanSheet(plan.briefings, { ...names, problems: plan.problems, fairness: plan.fairness, swaps: plan.swaps });
}
