/**
 * The "Tổng hợp" sheet model: the figures of a {@link Statistics} as printable
 * tables (A4 portrait), the report paragraph, the list of open items with the
 * overdue ones highlighted, Excel tables and chart specifications.
 */
import type { Statistics } from '../stats/statistics.js';
import { STATISTICS_CATEGORIES, STATISTICS_RAISERS, STATISTICS_STATUSES } from '../stats/computeStatistics.js';
import { REPORT_CATEGORY_LABELS, REPORT_RAISER_LABELS, REPORT_STATUS_LABELS } from '../report/labels.js';
import { communeKindWords, formatReportMonth } from '../report/format.js';
import type { Narrative } from '../report/narrative.js';
import { SheetBuilder } from './sheetBuilder.js';
import { estimateRowHeights } from './rowHeights.js';
import { formatDateVi, isoDateToExcelSerial } from '../calendar/civilDate.js';
import { columnLetter } from '../workbook/a1.js';
import { type ChartSpec, type ConditionalFormat, type InternalLink, type SheetModel, type TableSpec } from './model.js';
import { CIVIL_CODE_COUNTING, CLOCK_START_LABELS, DAY_COUNT_LABELS } from '../data/deadlines.js';

/** Preferred name of the summary sheet. */
export const SUMMARY_SHEET_NAME = 'Tổng hợp';

/** Options of {@link buildSummarySheet}. */
export interface SummarySheetOptions {
  /** Supervising unit for the header, e.g. `"Công an huyện Mường Chà"`. */
  unit?: string | null;
  /** The report paragraph (from `statisticsNarrative`); printed under the tables. */
  narrative?: Narrative | null;
  /** At most this many open items are listed (the rest are counted in a note). Default 2000. */
  maxOpenItems?: number;
}

// Counts print as "05" (administrative style) and large ones as "1,234".
const COUNT_FORMAT = '[<10]00;#,##0';
const SHARE_FORMAT = '0.0%';
const DATE_FORMAT = 'dd/mm/yyyy';
const WIDTH = 8;
// B holds the row labels (≤ 50 characters) and the open items' content.
const WIDTHS = [5, 50, 10, 10, 11, 7, 16, 15, 3, 48, 9];

const HEADER_STYLE = { bold: true, fill: '#DDEBF7', horizontal: 'center', vertical: 'middle', wrap: true, border: true } as const;
const SECTION_STYLE = { bold: true, fontSize: 12 } as const;


/**
 * Follow-up rows under section III: on-time share, backlog, its
 * median age and ageing buckets at the as-of date, then the overdue items by
 * commune and by responsible officer (cumulative window: overdue is a state
 * at the as-of date, so the period's own items are among them).
 */
function followUpRows(b: SheetBuilder, stats: Statistics): void {
  const is = stats.issues;
  const ci = stats.cumulative.issues;
  const first = b.nextRow;
  b.row(['', 'Tỷ lệ giải quyết đúng hạn (trong số đã giải quyết xong)', is.onTimeShare, ci.onTimeShare, null]);
  b.row(['', `Tồn đọng chưa giải quyết xong (tính đến ngày ${formatDateVi(stats.asOf)})`, is.backlog, ci.backlog, null]);
  // The ageing buckets break the backlog down, so they sit right under it.
  const ageing = b.row(['', '   Trong đó: đến 15 ngày', is.ageing.upTo15, ci.ageing.upTo15, null]);
  b.row(['', '   Từ 16 đến 30 ngày', is.ageing.from16To30, ci.ageing.from16To30, null]);
  b.row(['', '   Từ 31 đến 60 ngày', is.ageing.from31To60, ci.ageing.from31To60, null]);
  b.row(['', '   Trên 60 ngày', is.ageing.over60, ci.ageing.over60, null]);
  const median = b.row(['', 'Số ngày tồn đọng (trung vị)', is.medianDaysOpen, ci.medianDaysOpen, null]);
  const last = b.row(['', 'Sắp đến hạn trong 07 ngày tới', is.dueWithin7Days, ci.dueWithin7Days, null]);
  b.style(b.range(first, 1, last, 5), { border: true });
  b.style(b.range(first, 2, last, 2), { wrap: true });
  b.style(b.range(first, 3, first, 4), { numberFormat: SHARE_FORMAT, horizontal: 'center' });
  b.style(b.range(first + 1, 3, last, 4), { numberFormat: COUNT_FORMAT, horizontal: 'center' });
  b.style(b.range(median, 3, median, 4), { numberFormat: '0.#', horizontal: 'center' });
  b.style(b.range(ageing, 2, median - 1, 2), { italic: true });
  // No officer recorded is a row of its own (never an empty name).
  const NO_OFFICER = '(chưa giao cán bộ)';
  const withNone = (m: Record<string, number>, none: number) => (none > 0 ? { ...m, [NO_OFFICER]: none } : m);
  const groups: [string, Record<string, number>, Record<string, number>][] = [
    // By the units that raised the items: communes, or a commune police unit's villages.
    [`Quá hạn theo ${communeKindWords(stats.communeKinds, stats.tier).vi}`, is.overdueByCommune, ci.overdueByCommune],
    ['Quá hạn theo cán bộ xử lý', withNone(is.overdueByOfficer, is.overdueWithoutOfficer), withNone(ci.overdueByOfficer, ci.overdueWithoutOfficer)],
  ];
  for (const [title, period, cumulative] of groups) {
    const names = Object.keys(cumulative);
    if (names.length === 0) continue;
    const top = b.row(['', `${title} (tính đến ngày ${formatDateVi(stats.asOf)})`, 'Trong kỳ', 'Lũy kế', null]);
    b.style(b.range(top, 1, top, 5), { bold: true, border: true });
    for (const name of names) b.row(['', `   ${name}`, period[name] ?? 0, cumulative[name] ?? 0, null]);
    b.style(b.range(top + 1, 1, b.nextRow - 1, 5), { border: true });
    b.style(b.range(top + 1, 3, b.nextRow - 1, 4), { numberFormat: COUNT_FORMAT, horizontal: 'center', fontColor: '#9C0006' });
  }
}

/**
 * The pie of the period's items by category. A chart needs its figures in one block, and the table
 * above has the case-state rows inside it, so the chart reads a small block of its own beside the
 * printed area (columns J–K, outside the print area), with the chart under it.
 */
function categoryChart(b: SheetBuilder, top: number, stats: Statistics): ChartSpec {
  const col = WIDTH + 2; // J: one empty column after the printed area
  b.set(top, col, 'Biểu đồ: nhóm nội dung');
  b.set(top, col + 1, 'Trong kỳ');
  STATISTICS_CATEGORIES.forEach((c, i) => {
    const label = REPORT_CATEGORY_LABELS[c];
    b.set(top + 1 + i, col, label.short ?? label.vi);
    b.set(top + 1 + i, col + 1, stats.issues.byCategory[c]);
  });
  const last = top + STATISTICS_CATEGORIES.length;
  b.style(b.range(top, col, top, col + 1), { bold: true, border: true, fill: '#DDEBF7' });
  b.style(b.range(top + 1, col, last, col + 1), { border: true });
  b.style(b.range(top + 1, col + 1, last, col + 1), { numberFormat: COUNT_FORMAT, horizontal: 'center' });
  return {
    type: 'pie',
    title: 'Ý kiến trong kỳ theo nhóm nội dung',
    categories: b.range(top + 1, col, last, col),
    series: [{ name: 'Trong kỳ', values: b.range(top + 1, col + 1, last, col + 1) }],
    anchor: { cell: `${columnLetter(col)}${last + 2}`, widthCols: 3, heightRows: 14 },
  };
}

/**
 * Builds the "Tổng hợp" sheet model from statistics (and, optionally, the
 * report paragraph). Marker `giaoban:summary:v1` sits in the last row.
 *
 * @example
 * ```ts
 * const stats = computeStatistics({ ... });
 * const model = buildSummarySheet(stats, { unit: 'Công an huyện Mường Chà', narrative: statisticsNarrative(stats) });
 * await writeWorkbookWithSheets('so.xlsx', 'out.xlsx', [model]);
 * ```
 */
export function buildSummarySheet(stats: Statistics, options: SummarySheetOptions = {}): SheetModel {
  const b = new SheetBuilder(WIDTH);
  const tables: TableSpec[] = [];
  const charts: ChartSpec[] = [];
  const conditionalFormats: ConditionalFormat[] = [];
  const links: InternalLink[] = [];
  const kind = communeKindWords(stats.communeKinds, stats.tier).vi;
  const kindTitle = kind.charAt(0).toUpperCase() + kind.slice(1);
  const cu = stats.cumulative;

  // Header block.
  if (options.unit) b.banner(options.unit.toUpperCase(), { bold: true, horizontal: 'left' });
  b.banner('TỔNG HỢP KẾT QUẢ GIAO BAN TẠI CƠ SỞ', { bold: true, fontSize: 14, horizontal: 'center' });
  const range = `từ ngày ${formatDateVi(stats.period.from)} đến ngày ${formatDateVi(stats.period.to)}`;
  // Calendar labels already carry the dates ("Tháng 03/2018 (15/02/2018 – 14/03/2018)").
  const label = stats.period.label ? (stats.period.label.includes('/') ? stats.period.label : `${stats.period.label} (${range})`) : range;
  b.banner(`Kỳ báo cáo: ${label}`, {
    italic: true,
    horizontal: 'center',
  });
  const scope = stats.filters.commune
    ? `${kind} ${stats.filters.commune}`
    : stats.filters.cluster
      ? stats.filters.cluster
      : 'toàn đơn vị';
  const leader = stats.filters.leader ? `; lãnh đạo chủ trì: ${stats.filters.leader}` : '';
  b.banner(
    `Lũy kế từ ngày ${formatDateVi(cu.from)}; phạm vi: ${scope}${leader}; tính quá hạn đến ngày ${formatDateVi(stats.asOf)} (quá ${stats.overdueDays} ngày)`,
    { italic: true, horizontal: 'center', fontSize: 10 },
  );
  b.blank();

  const indicatorHeader = (title: string, third = 'Tỷ lệ'): number => {
    b.style(b.range(b.row([title]), 1), SECTION_STYLE);
    const h = b.row(['STT', 'Chỉ tiêu', 'Trong kỳ', 'Lũy kế', third]);
    b.style(b.range(h, 1, h, 5), HEADER_STYLE);
    return h;
  };
  const bodyStyle = (first: number, last: number, cols = 5): void => {
    if (last < first) return;
    b.style(b.range(first, 1, last, cols), { border: true, vertical: 'middle' });
    b.style(b.range(first, 1, last, 1), { horizontal: 'center' });
    b.style(b.range(first, 2, last, 2), { wrap: true });
    b.style(b.range(first, 3, last, 4), { numberFormat: COUNT_FORMAT, horizontal: 'center' });
  };

  // I. Briefings.
  const bs = stats.briefings;
  const cb = cu.briefings;
  const h1 = indicatorHeader('I. GIAO BAN TẠI CƠ SỞ');
  const share = (n: number, d: number): number | null => (d > 0 ? n / d : null);
  // Without any plan row, "planned 00" would read as "nothing was planned": leave the cells empty.
  const hasPlan = cb.planned > 0;
  const briefingRows: [string, number | null, number | null, number | null][] = [
    [hasPlan ? 'Số buổi giao ban theo kế hoạch' : 'Số buổi giao ban theo kế hoạch (sổ chưa có lịch)', hasPlan ? bs.planned : null, hasPlan ? cb.planned : null, null],
    ['Số buổi giao ban đã tổ chức', bs.held, cb.held, share(bs.held, bs.planned)],
    ['Trong đó: đúng ngày theo kế hoạch', hasPlan ? bs.onPlannedDate : null, hasPlan ? cb.onPlannedDate : null, hasPlan ? share(bs.onPlannedDate, bs.held) : null],
    [`Số ${kind} đăng cai`, bs.hostedCommunes, cb.hostedCommunes, share(bs.hostedCommunes, bs.activeCommunes)],
    [`Tổng số ${kind} đang hoạt động`, bs.activeCommunes, cb.activeCommunes, null],
    ['Số buổi có quần chúng nhân dân tham dự', bs.withPublic, cb.withPublic, share(bs.withPublic, bs.held)],
    ['Số buổi có ban, đoàn thể tham dự', bs.withMassOrganizations, cb.withMassOrganizations, share(bs.withMassOrganizations, bs.held)],
  ];
  briefingRows.forEach(([text, p, c, s], i) => b.row([i + 1, text, p, c, s]));
  bodyStyle(h1 + 1, b.nextRow - 1);
  b.style(b.range(h1 + 1, 5, b.nextRow - 1, 5), { numberFormat: SHARE_FORMAT, horizontal: 'center' });
  b.blank();

  // II. Issues by category (with case state), total.
  const is = stats.issues;
  const ci = cu.issues;
  const h2 = indicatorHeader('II. Ý KIẾN, PHẢN ÁNH THEO NHÓM NỘI DUNG');
  STATISTICS_CATEGORIES.forEach((c, i) => {
    const label = REPORT_CATEGORY_LABELS[c];
    b.row([i + 1, label.short ?? label.vi, is.byCategory[c], ci.byCategory[c], share(is.byCategory[c], is.total)]);
    // The case states break down the security-situation items, so they sit right under that row.
    if (c === 'security-situation') {
      const first = b.row(['', '   Trong đó: vụ việc tồn đọng', is.byCaseState.pending, ci.byCaseState.pending, null]);
      b.row(['', '   Trong đó: vụ việc mới phát sinh', is.byCaseState.new, ci.byCaseState.new, null]);
      b.style(b.range(first, 2, first + 1, 2), { italic: true });
    }
  });
  const catTotal = b.row(['', 'Tổng cộng', is.total, ci.total, is.total > 0 ? 1 : null]);
  bodyStyle(h2 + 1, catTotal);
  b.style(b.range(h2 + 1, 5, catTotal, 5), { numberFormat: SHARE_FORMAT, horizontal: 'center' });
  b.style(b.range(catTotal, 1, catTotal, 5), { bold: true });
  charts.push(categoryChart(b, h2, stats));
  b.blank();

  // III. Status and resolution.
  const h3 = indicatorHeader('III. KẾT QUẢ GIẢI QUYẾT');
  STATISTICS_STATUSES.forEach((s, i) => b.row([i + 1, REPORT_STATUS_LABELS[s].vi, is.byStatus[s], ci.byStatus[s], share(is.byStatus[s], is.total)]));
  bodyStyle(h3 + 1, b.nextRow - 1);
  b.style(b.range(h3 + 1, 5, b.nextRow - 1, 5), { numberFormat: SHARE_FORMAT, horizontal: 'center' });
  const extra = b.nextRow;
  b.row(['', 'Tỷ lệ giải đáp tại chỗ', is.answeredOnTheSpotShare, ci.answeredOnTheSpotShare, null]);
  b.row(['', 'Tỷ lệ đã giải quyết xong (kể cả giải đáp tại chỗ)', is.resolvedShare, ci.resolvedShare, null]);
  b.row(['', 'Số ngày giải quyết (trung vị)', is.medianDaysToResolve, ci.medianDaysToResolve, null]);
  // With kinds of their own deadline among the open items, "quá N ngày" would misname the count.
  const byKind = stats.openItems.some((o) => o.kind !== null && o.kind !== 'general');
  const overdueLabel = byKind
    ? `Nội dung quá hạn xử lý (theo thời hạn của từng loại; mặc định ${stats.overdueDays} ngày)`
    : `Nội dung chưa giải quyết quá ${stats.overdueDays} ngày`;
  b.row(['', overdueLabel, is.overdueOpen, ci.overdueOpen, null]);
  b.style(b.range(extra, 1, extra + 3, 5), { border: true });
  b.style(b.range(extra, 2, extra + 3, 2), { wrap: true });
  b.style(b.range(extra, 3, extra + 1, 4), { numberFormat: SHARE_FORMAT, horizontal: 'center' });
  b.style(b.range(extra + 2, 3, extra + 2, 4), { numberFormat: '0.#', horizontal: 'center' });
  b.style(b.range(extra + 3, 3, extra + 3, 4), { numberFormat: COUNT_FORMAT, horizontal: 'center' });
  if (ci.overdueOpen > 0) b.style(b.range(extra + 3, 2, extra + 3, 4), { fontColor: '#9C0006', bold: true });
  followUpRows(b, stats);
  b.blank();

  // IV. Who raised them.
  const h4 = indicatorHeader('IV. THEO NGƯỜI PHẢN ÁNH');
  STATISTICS_RAISERS.forEach((r, i) => b.row([i + 1, REPORT_RAISER_LABELS[r].vi, is.byRaisedBy[r], ci.byRaisedBy[r], share(is.byRaisedBy[r], is.total)]));
  bodyStyle(h4 + 1, b.nextRow - 1);
  b.style(b.range(h4 + 1, 5, b.nextRow - 1, 5), { numberFormat: SHARE_FORMAT, horizontal: 'center' });
  b.blank();

  // V. By month (the cumulative months; the period's months are within them).
  b.style(b.range(b.row(['V. THEO THÁNG' + (stats.period.convention === 'decree' ? ' (tháng báo cáo, tính từ ngày 15 tháng trước)' : '')]), 1), SECTION_STYLE);
  const h5 = b.row(['STT', 'Tháng', 'Trong kỳ', 'Lũy kế']);
  b.style(b.range(h5, 1, h5, 4), HEADER_STYLE);
  let cumulativeRunning = 0;
  Object.entries(ci.byMonth).forEach(([month, n], i) => {
    cumulativeRunning += n;
    b.row([i + 1, `Tháng ${formatReportMonth(month)}`, is.byMonth[month] ?? 0, cumulativeRunning]);
  });
  const monthLast = b.nextRow - 1;
  bodyStyle(h5 + 1, monthLast, 4);
  if (monthLast > h5) {
    tables.push({ name: 'GiaoBan_TheoThang', range: b.range(h5, 1, monthLast, 4), style: 'TableStyleLight9' });
    charts.push({
      type: 'column',
      title: 'Số ý kiến, phản ánh theo tháng',
      categories: b.range(h5 + 1, 2, monthLast, 2),
      series: [{ name: 'Ý kiến trong tháng', values: b.range(h5 + 1, 3, monthLast, 3) }],
      anchor: { cell: `J${h5}`, widthCols: 3, heightRows: 14 },
    });
  }
  b.blank();

  // VI. By commune.
  b.style(b.range(b.row([`VI. THEO ${kind.toUpperCase()}`]), 1), SECTION_STYLE);
  const h6 = b.row(['STT', kindTitle, 'Trong kỳ', 'Lũy kế', 'Cụm']);
  b.style(b.range(h6, 1, h6, 5), HEADER_STYLE);
  const communes = Object.keys(ci.byCommune);
  for (const name of Object.keys(is.byCommune)) if (!communes.includes(name)) communes.push(name);
  communes.forEach((name, i) => b.row([i + 1, name, is.byCommune[name] ?? 0, ci.byCommune[name] ?? 0, clusterName(stats, name)]));
  const communeLast = b.nextRow - 1;
  bodyStyle(h6 + 1, communeLast);
  if (communeLast > h6) tables.push({ name: 'GiaoBan_TheoXa', range: b.range(h6, 1, communeLast, 5), style: 'TableStyleLight9' });
  b.blank();

  // VII. The report paragraph in ONE wrapped cell, so the clerk copies it whole into the report;
  // merged cells do not grow by themselves, so estimateRowHeights (below) states its height.
  if (options.narrative) {
    b.style(b.range(b.row(['VII. NHẬN XÉT (để đưa vào báo cáo)']), 1), SECTION_STYLE);
    b.banner(options.narrative.vi, { horizontal: 'left', vertical: 'top', wrap: true });
    b.blank();
  }

  // VIII. Open items, overdue ones highlighted.
  const openTitle = options.narrative ? 'VIII' : 'VII';
  b.style(b.range(b.row([`${openTitle}. NỘI DUNG CHƯA GIẢI QUYẾT XONG (tính đến ngày ${formatDateVi(stats.asOf)})`]), 1), SECTION_STYLE);
  const h8 = b.row(['STT', 'Nội dung', 'Ngày nêu', kindTitle, 'Tình trạng', 'Số ngày', 'Cán bộ giải quyết', 'Vị trí trong sổ']);
  b.style(b.range(h8, 1, h8, WIDTH), HEADER_STYLE);
  const max = options.maxOpenItems ?? 2000;
  const shown = stats.openItems.slice(0, max);
  const overdueByKind: number[] = [];
  shown.forEach((o, i) => {
    const r = b.row([i + 1, o.content, isoDateToExcelSerial(o.date), o.commune, REPORT_STATUS_LABELS[o.status].vi, o.daysOpen, o.officer, `${o.ref.sheet}!A${o.ref.row}`]);
    links.push({ cell: `H${r}`, sheet: o.ref.sheet, target: `A${o.ref.row}` });
    // With kinds of their own deadline (a 20-day crime tip, a 45-day complex complaint) a day-count
    // rule would mark the wrong rows: each overdue row is marked itself instead.
    if (o.overdue) overdueByKind.push(r);
  });
  if (byKind) for (const r of overdueByKind) b.style(b.range(r, 1, r, WIDTH), { fill: '#FFC7CE', fontColor: '#9C0006' });
  const openLast = b.nextRow - 1;
  if (openLast > h8) {
    b.style(b.range(h8 + 1, 1, openLast, WIDTH), { border: true, vertical: 'top' });
    b.style(b.range(h8 + 1, 1, openLast, 1), { horizontal: 'center' });
    // Content, commune, status ("Chuyển cơ quan chức năng") and officer wrap rather than being cut off.
    for (const c of [2, 4, 5, 7]) b.style(b.range(h8 + 1, c, openLast, c), { wrap: true });
    b.style(b.range(h8 + 1, 3, openLast, 3), { numberFormat: DATE_FORMAT, horizontal: 'center' });
    b.style(b.range(h8 + 1, 6, openLast, 6), { numberFormat: COUNT_FORMAT, horizontal: 'center' });
    tables.push({ name: 'GiaoBan_ChuaGiaiQuyet', range: b.range(h8, 1, openLast, WIDTH), style: 'TableStyleLight9' });
    if (!byKind) {
      conditionalFormats.push({
        range: b.range(h8 + 1, 1, openLast, WIDTH),
        formula: `$F${h8 + 1}>${stats.overdueDays}`,
        style: { fill: '#FFC7CE', fontColor: '#9C0006' },
      });
    }
  } else {
    b.banner('Không có nội dung nào chưa giải quyết.', { italic: true });
  }
  if (stats.openItems.length > shown.length) {
    b.banner(`… và ${stats.openItems.length - shown.length} nội dung khác chưa giải quyết (xem sổ theo dõi).`, { italic: true });
  }
  b.blank();
  // The deadlines behind every "quá hạn" figure, with their legal source, for the commander to check.
  b.style(b.range(b.row([`Thời hạn xử lý áp dụng (tính quá hạn đến ngày ${formatDateVi(stats.asOf)})`]), 1), SECTION_STYLE);
  const hd = b.row(['STT', 'Loại vụ việc: thời hạn — căn cứ']);
  b.style(b.range(hd, 1, hd, 2), HEADER_STYLE);
  stats.deadlines.forEach((d, i) => {
    const days = `${String(d.days).padStart(2, '0')} ${DAY_COUNT_LABELS[d.count].vi}`;
    const from = d.start ? ` kể từ ${CLOCK_START_LABELS[d.start].vi}` : '';
    b.row([i + 1, `${d.label}: ${days}${from} — ${d.source}`]);
  });
  // Every deadline, legal or the unit's own, is counted the same way.
  b.row(['', `Cách tính: ${CIVIL_CODE_COUNTING.text.vi}.`]);
  b.style(b.range(hd + 1, 1, b.nextRow - 1, 2), { border: true, vertical: 'top' });
  b.style(b.range(hd + 1, 2, b.nextRow - 1, 2), { wrap: true, fontSize: 10 });
  b.style(b.range(hd + 1, 1, b.nextRow - 1, 1), { horizontal: 'center' });
  b.blank();
  if (stats.excludedRows > 0) {
    b.banner(`Ghi chú: ${stats.excludedRows} dòng có lỗi không được tính (xem trang "Kết quả kiểm tra").`, { italic: true, fontSize: 10 });
  }
  const markerRow = b.marker('summary');

  const model: SheetModel = {
    name: SUMMARY_SHEET_NAME,
    kind: 'summary',
    cells: b.cells,
    columnWidths: WIDTHS,
    merges: b.merges,
    styles: b.styles,
    print: { orientation: 'portrait', paperSize: 'A4', fitToWidth: true, printArea: b.range(1, 1, markerRow, WIDTH) },
    tables,
    conditionalFormats,
    links,
    charts,
    markerCell: `A${markerRow}`,
  };
  model.rowHeights = estimateRowHeights(model);
  return model;
}

function clusterName(stats: Statistics, commune: string): string | null {
  return stats.communeClusters[commune] ?? null;
}
