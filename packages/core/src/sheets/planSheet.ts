/**
 * The "Lịch giao ban" sheet: the rotation as a printable A4 landscape sheet in
 * the administrative layout — unit header block left, national motto block
 * right, a title with the period, one row per briefing, a "Cố định" column the
 * clerk marks to keep a row on the next `rotate`, and the product's marker.
 */
import { isoDateToExcelSerial, weekdayNameVi } from '../calendar/index.js';
import type { PlannedBriefing } from '../model.js';
import type { RotationProblem } from '../rotation/types.js';
import type { CellValue } from '../workbook/grid.js';
import { markerFor, type SheetModel, type StyledRange } from './model.js';
import { estimateRowHeights } from './rowHeights.js';

/** The plan sheet's header row, exactly (contracts.md). */
export const PLAN_SHEET_HEADERS = [
  'STT', 'Tháng', 'Cụm', 'Ngày giao ban', 'Thứ', 'Xã đăng cai', 'Lãnh đạo chủ trì', 'Thành phần tham dự', 'Ghi chú', 'Cố định',
] as const;

/** Default sheet name. */
export const PLAN_SHEET_NAME = 'Lịch giao ban';

/** Options of {@link buildPlanSheet}. */
export interface PlanSheetOptions {
  /** Upper line of the unit block, e.g. "CÔNG AN TỈNH ĐIỆN BIÊN"; default "CÔNG AN TỈNH …". */
  parentUnit?: string | null;
  /** The unit itself, e.g. "CÔNG AN HUYỆN NẬM PỒ"; default "CÔNG AN …". */
  unit?: string | null;
  /** Problems to show under the table (months and clusters that could not be staffed). */
  problems?: readonly RotationProblem[];
  /** Sheet name; default "Lịch giao ban". */
  name?: string;
}

const COLS = PLAN_SHEET_HEADERS.length; // A..J
const HEADER_ROW = 7;
const LAST_COL = 'J';

function mmYyyy(month: string): string {
  return `${month.slice(5, 7)}/${month.slice(0, 4)}`;
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

/**
 * Builds the "Lịch giao ban" sheet model from planned briefings.
 *
 * @example
 * ```ts
 * const plan = planRotation({ catalogue, from: '2026-01', months: 12 });
 * const model = buildPlanSheet(plan.briefings, { parentUnit: 'CÔNG AN TỈNH ĐIỆN BIÊN', unit: 'PHÒNG THAM MƯU', problems: plan.problems });
 * model.cells[6]; // ['STT', 'Tháng', 'Cụm', 'Ngày giao ban', …, 'Cố định']
 * ```
 */
export function buildPlanSheet(briefings: readonly PlannedBriefing[], options: PlanSheetOptions = {}): SheetModel {
  const parent = options.parentUnit?.trim() || 'CÔNG AN TỈNH …';
  const unit = options.unit?.trim() || 'CÔNG AN …';
  const period = periodLabel(briefings);
  const cells: CellValue[][] = [
    row([parent.toUpperCase(), null, null, null, null, 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM']),
    row([unit.toUpperCase(), null, null, null, null, 'Độc lập - Tự do - Hạnh phúc']),
    row([]),
    row(['LỊCH GIAO BAN CƠ SỞ']),
    row([period]),
    row([]),
    row([...PLAN_SHEET_HEADERS]),
  ];
  const styles: StyledRange[] = [
    { range: 'A1:D1', style: { horizontal: 'center', fontSize: 12 } },
    { range: 'A2:D2', style: { horizontal: 'center', bold: true, fontSize: 12 } },
    { range: 'F1:J1', style: { horizontal: 'center', bold: true, fontSize: 12 } },
    { range: 'F2:J2', style: { horizontal: 'center', bold: true, italic: true, fontSize: 13 } },
    { range: 'A4:J4', style: { horizontal: 'center', bold: true, fontSize: 14 } },
    { range: 'A5:J5', style: { horizontal: 'center', italic: true, fontSize: 12 } },
    { range: `A${HEADER_ROW}:${LAST_COL}${HEADER_ROW}`, style: { bold: true, horizontal: 'center', vertical: 'middle', wrap: true, border: true, fill: '#D9E2F3' } },
  ];
  const merges = ['A1:D1', 'A2:D2', 'F1:J1', 'F2:J2', 'A4:J4', 'A5:J5'];

  const sorted = [...briefings].sort((a, b) => (a.month < b.month ? -1 : a.month > b.month ? 1 : 0));
  sorted.forEach((b, i) => {
    cells.push(row([
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
    ]));
  });
  const first = HEADER_ROW + 1;
  const last = HEADER_ROW + Math.max(sorted.length, 1);
  if (sorted.length === 0) cells.push(row([null, null, null, null, null, null, null, null, 'Không có buổi giao ban nào trong kỳ']));
  styles.push(
    { range: `A${first}:${LAST_COL}${last}`, style: { border: true, vertical: 'top', wrap: true } },
    { range: `A${first}:E${last}`, style: { horizontal: 'center' } },
    { range: `J${first}:J${last}`, style: { horizontal: 'center' } },
    { range: `D${first}:D${last}`, style: { numberFormat: 'dd/mm/yyyy', horizontal: 'center' } },
  );
  sorted.forEach((b, i) => {
    if (b.chair === null) styles.push({ range: `G${first + i}`, style: { fill: '#F8CBAD' } });
  });

  cells.push(row([]));
  let r = last + 2;
  const problems = options.problems ?? [];
  if (problems.length > 0) {
    cells.push(row([`Chưa bố trí được (${problems.length}):`]));
    styles.push({ range: `A${r}:${LAST_COL}${r}`, style: { bold: true, fontColor: '#C00000' } });
    merges.push(`A${r}:${LAST_COL}${r}`);
    r++;
    for (const p of problems) {
      cells.push(row([`- Tháng ${mmYyyy(p.month)}, ${p.cluster}: ${p.message}`]));
      merges.push(`A${r}:${LAST_COL}${r}`);
      styles.push({ range: `A${r}:${LAST_COL}${r}`, style: { wrap: true } });
      r++;
    }
  }
  cells.push(row(['Ghi chú: đánh dấu "x" ở cột "Cố định" để giữ nguyên xã đăng cai, lãnh đạo chủ trì và ngày của dòng đó khi lập lại lịch (lệnh giaoban rotate).']));
  merges.push(`A${r}:${LAST_COL}${r}`);
  styles.push({ range: `A${r}:${LAST_COL}${r}`, style: { italic: true, wrap: true } });
  r++;
  cells.push(row([markerFor('plan')]));
  styles.push({ range: `A${r}`, style: { fontColor: '#A6A6A6', fontSize: 8 } });
  const markerCell = `A${r}`;

  const model: SheetModel = {
    name: options.name ?? PLAN_SHEET_NAME,
    kind: 'plan',
    cells,
    columnWidths: [5, 9, 10, 12, 10, 16, 22, 48, 48, 8],
    merges,
    styles,
    freeze: { rows: HEADER_ROW, cols: 0 },
    print: { orientation: 'landscape', paperSize: 'A4', fitToWidth: true, repeatRows: `${HEADER_ROW}:${HEADER_ROW}`, printArea: `A1:${LAST_COL}${r}` },
    validations: sorted.length > 0 ? [{ range: `J${first}:J${last}`, list: ['x', 'có'], error: 'Chỉ ghi "x" hoặc "có" (cố định), hoặc để trống' }] : [],
    markerCell,
  };
  // Participants and notes wrap over several lines; LibreOffice prints them overlapping without stated heights.
  model.rowHeights = estimateRowHeights(model);
  return model;
}
