/**
 * The roll-up workbook's sheets: "Tổng hợp toàn tỉnh" — one row per unit of
 * today with this period, the same period a year earlier and the change, the
 * total row, the items by category against last year with a chart, the
 * province's paragraph and the files counted — and "Kiểm tra các sổ", every
 * file's findings by file, sheet and cell. Declines and overdue items are
 * highlighted by conditional formats, so a figure edited by hand re-colours.
 */
import { formatDateVi } from '../calendar/civilDate.js';
import { STATISTICS_CATEGORIES } from '../stats/computeStatistics.js';
import { REPORT_CATEGORY_LABELS, REPORT_SEVERITY_LABELS } from '../report/labels.js';
import { formatReportCount } from '../report/format.js';
import type { Narrative } from '../report/narrative.js';
import type { Rollup, RollupTotal, RollupUnit } from '../rollup/combine.js';
import { ROLLUP_FINDING_CODES } from '../rollup/findings.js';
import { rollupKindWords } from '../rollup/narrative.js';
import { SheetBuilder } from './sheetBuilder.js';
import { estimateRowHeights } from './rowHeights.js';
import type { ChartSpec, ConditionalFormat, SheetModel, TableSpec } from './model.js';

/** Preferred name of the roll-up sheet. */
export const ROLLUP_SHEET_NAME = 'Tổng hợp toàn tỉnh';
/** Preferred name of the roll-up's findings sheet. */
export const ROLLUP_FINDINGS_SHEET_NAME = 'Kiểm tra các sổ';

/** Options of {@link buildRollupSheet}. */
export interface RollupSheetOptions {
  /** The province's police for the header (default: the roll-up's). */
  unit?: string | null;
  /** The province's paragraph (`rollupNarrative`), printed under the tables. */
  narrative?: Narrative | null;
}

const COUNT = '[<10]00;#,##0';
const SIGNED = '+#,##0;-#,##0;0';
const SIGNED_SHARE = '+0.0%;-0.0%;0%';
const SHARE = '0.0%';
const WIDTH = 15;
// A STT, B unit, C code; D–F briefings; G–J items; K–M settled; N backlog; O–P overdue … on A4 landscape.
const WIDTHS = [5, 28, 8, 9, 9, 9, 9, 9, 9, 10, 9, 9, 9, 9, 9];
const HEADER = { bold: true, fill: '#DDEBF7', horizontal: 'center', vertical: 'middle', wrap: true, border: true } as const;
const SECTION = { bold: true, fontSize: 12 } as const;
const DECLINE = { fontColor: '#9C0006', bold: true } as const;
const OVERDUE = { fill: '#FFC7CE', fontColor: '#9C0006' } as const;

/** Column of each figure (1-based). */
const C = { stt: 1, unit: 2, code: 3, briefings: 4, briefingsLy: 5, briefingsDelta: 6, items: 7, itemsLy: 8, itemsDelta: 9, itemsPct: 10, answered: 11, resolved: 12, onTime: 13, backlog: 14, overdue: 15 } as const;

function unitRow(u: RollupUnit | RollupTotal, first: number | string, name: string, code: string | null): (string | number | null)[] {
  const d = u.change.counts;
  return [
    first,
    name,
    code,
    u.briefings,
    u.lastYear.briefings,
    d.briefings.delta,
    u.items,
    u.lastYear.items,
    d.items.delta,
    d.items.pct,
    u.answeredOnTheSpot,
    u.resolved,
    u.onTimeShare,
    u.backlog,
    u.overdue,
  ];
}

/**
 * Builds the "Tổng hợp toàn tỉnh" sheet. Marker `giaoban:rollup:v1` sits in the last row.
 *
 * @param rollup - the roll-up.
 * @param options - the province's police, the paragraph.
 * @returns the sheet model (A4 landscape, fitted to the page width).
 * @example
 * ```ts
 * const model = buildRollupSheet(rollup, { narrative: rollupNarrative(rollup) });
 * model.cells[7][1]; // "Công an xã Chà Nưa"
 * ```
 */
export function buildRollupSheet(rollup: Rollup, options: RollupSheetOptions = {}): SheetModel {
  const b = new SheetBuilder(WIDTH);
  const charts: ChartSpec[] = [];
  const cf: ConditionalFormat[] = [];
  const unit = options.unit?.trim() || rollup.provinceUnit;
  const kinds = rollupKindWords(rollup).vi;

  if (unit) b.banner(unit.toLocaleUpperCase('vi'), { bold: true, horizontal: 'left' });
  b.banner(`TỔNG HỢP KẾT QUẢ GIAO BAN TẠI CƠ SỞ CỦA CÔNG AN CÁC ${kinds.toLocaleUpperCase('vi')}`, { bold: true, fontSize: 14, horizontal: 'center' });
  b.banner(`Kỳ báo cáo: ${rollup.period.label}`, { italic: true, horizontal: 'center' });
  b.banner(`So sánh với cùng kỳ năm trước: ${rollup.lastYearPeriod.label}; tính quá hạn đến ngày ${formatDateVi(rollup.asOf)} (cùng kỳ: ${formatDateVi(rollup.lastYearAsOf)})`, {
    italic: true,
    horizontal: 'center',
    fontSize: 10,
  });
  b.blank();

  // I. One row per unit.
  b.style(b.range(b.row(['I. KẾT QUẢ THEO ĐƠN VỊ']), 1), SECTION);
  const top = b.row(['STT', 'Đơn vị', 'Mã', 'Buổi giao ban', null, null, 'Ý kiến, phản ánh', null, null, null, 'Giải đáp tại chỗ', 'Đã giải quyết xong', 'Tỷ lệ đúng hạn', 'Tồn đọng', 'Quá hạn']);
  const sub = b.row([null, null, null, 'Kỳ này', 'Cùng kỳ', 'Tăng/giảm', 'Kỳ này', 'Cùng kỳ', 'Tăng/giảm', 'Tỷ lệ tăng/giảm']);
  for (const [c1, c2] of [[C.briefings, C.briefingsDelta], [C.items, C.itemsPct]] as const) b.merges.push(b.range(top, c1, top, c2));
  for (const c of [C.stt, C.unit, C.code, C.answered, C.resolved, C.onTime, C.backlog, C.overdue]) b.merges.push(b.range(top, c, sub, c));
  b.style(b.range(top, 1, sub, WIDTH), HEADER);
  const first = b.nextRow;
  rollup.units.forEach((u, i) => b.row(unitRow(u, i + 1, u.unit, u.code)));
  const last = b.nextRow - 1;
  const total = b.row(unitRow(rollup.total, '', `Tổng cộng (${formatReportCount(rollup.total.units)} đơn vị)`, null));
  b.style(b.range(first, 1, total, WIDTH), { border: true, vertical: 'middle' });
  b.style(b.range(first, C.stt, total, C.stt), { horizontal: 'center' });
  b.style(b.range(first, C.code, total, C.code), { horizontal: 'center' });
  b.style(b.range(first, C.briefings, total, WIDTH), { numberFormat: COUNT, horizontal: 'center' });
  for (const c of [C.briefingsDelta, C.itemsDelta]) b.style(b.range(first, c, total, c), { numberFormat: SIGNED, horizontal: 'center' });
  b.style(b.range(first, C.itemsPct, total, C.itemsPct), { numberFormat: SIGNED_SHARE, horizontal: 'center' });
  b.style(b.range(first, C.onTime, total, C.onTime), { numberFormat: SHARE, horizontal: 'center' });
  b.style(b.range(total, 1, total, WIDTH), { bold: true, fill: '#F2F2F2' });
  if (last >= first) {
    // Declines (fewer briefings or items than a year earlier) and overdue items stand out, on the total row too.
    for (const c of [C.briefingsDelta, C.itemsDelta, C.itemsPct]) {
      const col = b.range(first, c).replace(/\d+$/u, '');
      cf.push({ range: b.range(first, c, total, c), formula: `AND(ISNUMBER($${col}${first}),$${col}${first}<0)`, style: DECLINE });
    }
    cf.push({ range: b.range(first, C.overdue, total, C.overdue), formula: `$O${first}>0`, style: OVERDUE });
  }
  b.blank();

  // II. Items by category against a year earlier, with the chart.
  b.style(b.range(b.row(['II. Ý KIẾN, PHẢN ÁNH THEO NHÓM NỘI DUNG']), 1), SECTION);
  const h2 = b.row(['STT', 'Nhóm nội dung', null, 'Kỳ này', 'Cùng kỳ', 'Tăng/giảm', 'Tỷ lệ tăng/giảm']);
  b.merges.push(b.range(h2, 2, h2, 3));
  b.style(b.range(h2, 1, h2, 7), HEADER);
  const catFirst = b.nextRow;
  const t = rollup.total;
  STATISTICS_CATEGORIES.forEach((c, i) => {
    const r = b.row([i + 1, REPORT_CATEGORY_LABELS[c].short ?? REPORT_CATEGORY_LABELS[c].vi, null, t.byCategory[c], t.lastYear.byCategory[c], t.change.byCategory[c].delta, t.change.byCategory[c].pct]);
    b.merges.push(b.range(r, 2, r, 3));
  });
  const catLast = b.nextRow - 1;
  const pending = b.row(['', '   Trong đó: vụ việc tồn đọng', null, t.byCaseState.pending, t.lastYear.byCaseState.pending, t.byCaseState.pending - t.lastYear.byCaseState.pending, null]);
  const fresh = b.row(['', '   Trong đó: vụ việc mới phát sinh', null, t.byCaseState.new, t.lastYear.byCaseState.new, t.byCaseState.new - t.lastYear.byCaseState.new, null]);
  const catTotal = b.row(['', 'Tổng cộng', null, t.items, t.lastYear.items, t.change.counts.items.delta, t.change.counts.items.pct]);
  for (const r of [pending, fresh, catTotal]) b.merges.push(b.range(r, 2, r, 3));
  b.style(b.range(catFirst, 1, catTotal, 7), { border: true, vertical: 'middle' });
  b.style(b.range(catFirst, 1, catTotal, 1), { horizontal: 'center' });
  b.style(b.range(catFirst, 2, catTotal, 2), { wrap: true });
  b.style(b.range(catFirst, 4, catTotal, 5), { numberFormat: COUNT, horizontal: 'center' });
  b.style(b.range(catFirst, 6, catTotal, 6), { numberFormat: SIGNED, horizontal: 'center' });
  b.style(b.range(catFirst, 7, catTotal, 7), { numberFormat: SIGNED_SHARE, horizontal: 'center' });
  b.style(b.range(pending, 2, fresh, 2), { italic: true });
  b.style(b.range(catTotal, 1, catTotal, 7), { bold: true });
  cf.push({ range: b.range(catFirst, 6, catTotal, 7), formula: `AND(ISNUMBER(F${catFirst}),F${catFirst}<0)`, style: DECLINE });
  charts.push({
    type: 'column',
    title: 'Ý kiến, phản ánh theo nhóm nội dung: kỳ này và cùng kỳ năm trước',
    categories: b.range(catFirst, 2, catLast, 2),
    series: [
      { name: 'Kỳ này', values: b.range(catFirst, 4, catLast, 4) },
      { name: 'Cùng kỳ năm trước', values: b.range(catFirst, 5, catLast, 5) },
    ],
    anchor: { cell: `I${h2}`, widthCols: 7, heightRows: 16 },
  });
  b.blank();

  // III. Settled and open, province-wide.
  b.style(b.range(b.row(['III. KẾT QUẢ GIẢI QUYẾT']), 1), SECTION);
  const h3 = b.row(['STT', 'Chỉ tiêu', null, 'Kỳ này', 'Cùng kỳ', 'Tăng/giảm']);
  b.merges.push(b.range(h3, 2, h3, 3));
  b.style(b.range(h3, 1, h3, 6), HEADER);
  const ly = t.lastYear;
  const counts: [string, number, number][] = [
    ['Giải đáp trực tiếp tại chỗ', t.answeredOnTheSpot, ly.answeredOnTheSpot],
    ['Đã giải quyết xong (kể cả giải đáp tại chỗ)', t.resolved, ly.resolved],
    [`Tồn đọng chưa giải quyết xong (tính đến ngày ${formatDateVi(rollup.asOf)})`, t.backlog, ly.backlog],
    ['Trong đó: quá hạn xử lý', t.overdue, ly.overdue],
  ];
  const labelled = (values: (string | number | null)[]): void => {
    const r = b.row(values);
    b.merges.push(b.range(r, 2, r, 3));
  };
  const s3 = b.nextRow;
  counts.forEach(([label, now, then], i) => labelled([i + 1, label, null, now, then, now - then]));
  const shares: [string, number | null, number | null][] = [
    ['Tỷ lệ giải đáp tại chỗ', t.answeredShare, ly.answeredShare],
    ['Tỷ lệ đã giải quyết xong', t.resolvedShare, ly.resolvedShare],
    ['Tỷ lệ giải quyết đúng hạn', t.onTimeShare, ly.onTimeShare],
  ];
  const sh = b.nextRow;
  shares.forEach(([label, now, then], i) => labelled([counts.length + i + 1, label, null, now, then, now !== null && then !== null ? now - then : null]));
  const e3 = b.nextRow - 1;
  b.style(b.range(s3, 1, e3, 6), { border: true, vertical: 'middle' });
  b.style(b.range(s3, 1, e3, 1), { horizontal: 'center' });
  b.style(b.range(s3, 2, e3, 2), { wrap: true });
  b.style(b.range(s3, 4, sh - 1, 5), { numberFormat: COUNT, horizontal: 'center' });
  b.style(b.range(s3, 6, sh - 1, 6), { numberFormat: SIGNED, horizontal: 'center' });
  b.style(b.range(sh, 4, e3, 5), { numberFormat: SHARE, horizontal: 'center' });
  b.style(b.range(sh, 6, e3, 6), { numberFormat: SIGNED_SHARE, horizontal: 'center' });
  b.blank();

  // IV. The paragraph, in one wrapped cell to copy into the report.
  let section = 'IV';
  if (options.narrative) {
    b.style(b.range(b.row(['IV. NHẬN XÉT (để đưa vào báo cáo)']), 1), SECTION);
    b.banner(options.narrative.vi, { horizontal: 'left', vertical: 'top', wrap: true });
    b.blank();
    section = 'V';
  }

  // V. The files: what each one was counted for, or why not.
  b.style(b.range(b.row([`${section}. CÁC SỔ ĐÃ NHẬN`]), 1), SECTION);
  const h5 = b.row(['STT', 'Tệp', null, 'Tính cho đơn vị', null, null, null, 'Ghi chú']);
  b.merges.push(b.range(h5, 2, h5, 3), b.range(h5, 4, h5, 7), b.range(h5, 8, h5, WIDTH));
  b.style(b.range(h5, 1, h5, WIDTH), HEADER);
  const f5 = b.nextRow;
  rollup.files.forEach((f, i) => {
    const note =
      f.role === 'predecessor'
        ? 'Sổ của đơn vị cũ (trước 01/07/2025), tính cho đơn vị mới'
        : f.reason
          ? `Không tính: ${ROLLUP_FINDING_CODES[f.reason].vi.toLocaleLowerCase('vi')} (xem trang "${ROLLUP_FINDINGS_SHEET_NAME}")`
          : null;
    const r = b.row([i + 1, f.file, null, f.unit, null, null, null, note]);
    b.merges.push(b.range(r, 2, r, 3), b.range(r, 4, r, 7), b.range(r, 8, r, WIDTH));
  });
  const l5 = b.nextRow - 1;
  if (l5 >= f5) {
    b.style(b.range(f5, 1, l5, WIDTH), { border: true, vertical: 'top', wrap: true });
    b.style(b.range(f5, 1, l5, 1), { horizontal: 'center' });
    cf.push({ range: b.range(f5, 8, l5, 8), formula: `LEFT($H${f5},9)="Không tính"`, style: { fontColor: '#9C0006' } });
  }
  b.blank();
  const markerRow = b.marker('rollup');

  const model: SheetModel = {
    name: ROLLUP_SHEET_NAME,
    kind: 'rollup',
    cells: b.cells,
    columnWidths: WIDTHS,
    merges: b.merges,
    styles: b.styles,
    freeze: { rows: sub, cols: 2 },
    print: { orientation: 'landscape', paperSize: 'A4', fitToWidth: true, printArea: b.range(1, 1, markerRow, WIDTH) },
    conditionalFormats: cf,
    charts,
    markerCell: `A${markerRow}`,
  };
  model.rowHeights = estimateRowHeights(model);
  return model;
}

/**
 * Builds the "Kiểm tra các sổ" sheet: every roll-up finding and every file's own
 * findings, by file, sheet and cell (errors first within each file). Marker
 * `giaoban:rollup-findings:v1` in the last row.
 *
 * @param rollup - the roll-up.
 * @param options - the province's police for the header.
 * @returns the sheet model.
 * @example
 * ```ts
 * buildRollupFindingsSheet(rollup).cells[4]; // [1, 'pa-tan.xlsx', 'Công an xã Pa Tần', 'Lỗi', 'rollup.other-province', null, null, '…', '…']
 * ```
 */
export function buildRollupFindingsSheet(rollup: Rollup, options: Pick<RollupSheetOptions, 'unit'> = {}): SheetModel {
  const width = 9;
  const b = new SheetBuilder(width);
  const unit = options.unit?.trim() || rollup.provinceUnit;
  if (unit) b.banner(unit.toLocaleUpperCase('vi'), { bold: true, horizontal: 'left' });
  b.banner('KẾT QUẢ KIỂM TRA CÁC SỔ THEO DÕI GIAO BAN', { bold: true, fontSize: 14, horizontal: 'center' });
  const errors = rollup.findings.filter((f) => f.severity === 'error').reduce((n, f) => n + (f.count ?? 1), 0);
  const notCounted = rollup.files.filter((f) => f.role === 'not-counted').length;
  b.banner(
    `Số sổ: ${formatReportCount(rollup.files.length)}; không tính: ${formatReportCount(notCounted)}; lỗi: ${formatReportCount(errors)}. Mỗi lỗi ghi theo tệp, trang tính và ô; sửa trong sổ của đơn vị rồi tổng hợp lại.`,
    { italic: true, horizontal: 'center' },
  );
  const header = b.row(['STT', 'Tệp', 'Đơn vị', 'Mức độ', 'Mã', 'Trang tính', 'Ô', 'Nội dung', 'Message (English)']);
  b.style(b.range(header, 1, header, width), HEADER);
  const order = new Map(rollup.files.map((f, i) => [f.file, i]));
  const sorted = [...rollup.findings].sort(
    (x, y) =>
      (x.file === null ? -1 : (order.get(x.file) ?? 0)) - (y.file === null ? -1 : (order.get(y.file) ?? 0)) ||
      (x.code.startsWith('rollup.') ? 0 : 1) - (y.code.startsWith('rollup.') ? 0 : 1) ||
      (x.severity === y.severity ? 0 : x.severity === 'error' ? -1 : 1),
  );
  sorted.forEach((f, i) => b.row([i + 1, f.file, f.unit, REPORT_SEVERITY_LABELS[f.severity].vi, f.code, f.sheet, f.cell, f.message, f.messageEn]));
  const last = b.nextRow - 1;
  const cf: ConditionalFormat[] = [];
  const tables: TableSpec[] = [];
  if (last > header) {
    b.style(b.range(header + 1, 1, last, width), { border: true, vertical: 'top', wrap: true });
    b.style(b.range(header + 1, 1, last, 1), { horizontal: 'center' });
    b.style(b.range(header + 1, width, last, width), { fontColor: '#595959', fontSize: 9 });
    tables.push({ name: 'GiaoBan_KiemTraCacSo', range: b.range(header, 1, last, width), style: 'TableStyleLight1' });
    cf.push(
      { range: b.range(header + 1, 4, last, 4), formula: `$D${header + 1}="${REPORT_SEVERITY_LABELS.error.vi}"`, style: { fill: '#FFC7CE', fontColor: '#9C0006', bold: true } },
      { range: b.range(header + 1, 4, last, 4), formula: `$D${header + 1}="${REPORT_SEVERITY_LABELS.warning.vi}"`, style: { fill: '#FFEB9C', fontColor: '#9C5700' } },
    );
  } else {
    b.banner('Không có lỗi hay cảnh báo nào.', { italic: true, horizontal: 'center' });
  }
  b.blank();
  const markerRow = b.marker('rollup-findings');
  const model: SheetModel = {
    name: ROLLUP_FINDINGS_SHEET_NAME,
    kind: 'rollup-findings',
    cells: b.cells,
    columnWidths: [5, 20, 22, 9, 22, 12, 7, 52, 36],
    merges: b.merges,
    styles: b.styles,
    freeze: { rows: header, cols: 0 },
    print: { orientation: 'landscape', paperSize: 'A4', fitToWidth: true, repeatRows: `${header}:${header}`, printArea: b.range(1, 1, markerRow, width) },
    tables,
    conditionalFormats: cf,
    markerCell: `A${markerRow}`,
  };
  model.rowHeights = estimateRowHeights(model);
  return model;
}
