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
import { formatDateIn, formatMonthIn, isoDateToExcelSerial } from '../calendar/civilDate.js';
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
  /**
   * The language of the sheet's words: Vietnamese (the default, and always what is written into the
   * workbook), or English for a page that shows the same sheet to an English reader.
   */
  lang?: 'vi' | 'en';
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
function followUpRows(b: SheetBuilder, stats: Statistics, w: Words): void {
  const is = stats.issues;
  const ci = stats.cumulative.issues;
  const first = b.nextRow;
  const asOf = w.date(stats.asOf);
  b.row(['', w.t('Tỷ lệ giải quyết đúng hạn (trong số đã giải quyết xong)', 'Settled within the deadline (of those settled)'), is.onTimeShare, ci.onTimeShare, null]);
  b.row(['', w.t(`Tồn đọng chưa giải quyết xong (tính đến ngày ${asOf})`, `Open, not yet settled (as of ${asOf})`), is.backlog, ci.backlog, null]);
  // The ageing buckets break the backlog down, so they sit right under it.
  const ageing = b.row(['', w.t('   Trong đó: đến 15 ngày', '   Of which: up to 15 days'), is.ageing.upTo15, ci.ageing.upTo15, null]);
  b.row(['', w.t('   Từ 16 đến 30 ngày', '   16 to 30 days'), is.ageing.from16To30, ci.ageing.from16To30, null]);
  b.row(['', w.t('   Từ 31 đến 60 ngày', '   31 to 60 days'), is.ageing.from31To60, ci.ageing.from31To60, null]);
  b.row(['', w.t('   Trên 60 ngày', '   Over 60 days'), is.ageing.over60, ci.ageing.over60, null]);
  const median = b.row(['', w.t('Số ngày tồn đọng (trung vị)', 'Days open (median)'), is.medianDaysOpen, ci.medianDaysOpen, null]);
  const last = b.row(['', w.t('Sắp đến hạn trong 07 ngày tới', 'Due within the next 7 days'), is.dueWithin7Days, ci.dueWithin7Days, null]);
  b.style(b.range(first, 1, last, 5), { border: true });
  b.style(b.range(first, 2, last, 2), { wrap: true });
  b.style(b.range(first, 3, first, 4), { numberFormat: SHARE_FORMAT, horizontal: 'center' });
  b.style(b.range(first + 1, 3, last, 4), { numberFormat: COUNT_FORMAT, horizontal: 'center' });
  b.style(b.range(median, 3, median, 4), { numberFormat: '0.#', horizontal: 'center' });
  b.style(b.range(ageing, 2, median - 1, 2), { italic: true });
  // No officer recorded is a row of its own (never an empty name).
  const NO_OFFICER = w.t('(chưa giao cán bộ)', '(no officer assigned)');
  const withNone = (m: Record<string, number>, none: number) => (none > 0 ? { ...m, [NO_OFFICER]: none } : m);
  const groups: [string, Record<string, number>, Record<string, number>][] = [
    // By the units that raised the items: communes, or a commune police unit's villages.
    [w.t(`Quá hạn theo ${w.kind.vi}`, `Overdue items by ${w.kind.en}`), is.overdueByCommune, ci.overdueByCommune],
    [w.t('Quá hạn theo cán bộ xử lý', 'Overdue items by officer'), withNone(is.overdueByOfficer, is.overdueWithoutOfficer), withNone(ci.overdueByOfficer, ci.overdueWithoutOfficer)],
  ];
  for (const [title, period, cumulative] of groups) {
    const names = Object.keys(cumulative);
    if (names.length === 0) continue;
    const top = b.row(['', w.t(`${title} (tính đến ngày ${asOf})`, `${title} (as of ${asOf})`), w.period, w.cumulative, null]);
    b.style(b.range(top, 1, top, 5), { bold: true, border: true });
    for (const name of names) b.row(['', `   ${name}`, period[name] ?? 0, cumulative[name] ?? 0, null]);
    b.style(b.range(top + 1, 1, b.nextRow - 1, 5), { border: true });
    b.style(b.range(top + 1, 3, b.nextRow - 1, 4), { numberFormat: COUNT_FORMAT, horizontal: 'center', fontColor: '#9C0006' });
  }
}

/** The sheet's words in one language: Vietnamese for the workbook, English for an English page. */
interface Words {
  /** The Vietnamese text, or the English one in English. */
  t(vi: string, en: string): string;
  date(d: string): string;
  kind: { vi: string; en: string };
  period: string;
  cumulative: string;
}

function wordsIn(lang: 'vi' | 'en', kind: { vi: string; en: string }): Words {
  return {
    t: (vi, en) => (lang === 'en' ? en : vi),
    date: (d) => formatDateIn(d, lang),
    kind,
    period: lang === 'en' ? 'Period' : 'Trong kỳ',
    cumulative: lang === 'en' ? 'To date' : 'Lũy kế',
  };
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
  const lang = options.lang ?? 'vi';
  const kinds = communeKindWords(stats.communeKinds, stats.tier);
  const w = wordsIn(lang, kinds);
  const kind = kinds[lang];
  const kindTitle = kind.charAt(0).toUpperCase() + kind.slice(1);
  const cu = stats.cumulative;
  const no = w.t('STT', 'No.');

  // Header block.
  if (options.unit) b.banner(options.unit.toUpperCase(), { bold: true, horizontal: 'left' });
  b.banner(w.t('TỔNG HỢP KẾT QUẢ GIAO BAN TẠI CƠ SỞ', 'SUMMARY OF THE GRASSROOTS BRIEFINGS'), { bold: true, fontSize: 14, horizontal: 'center' });
  const range = w.t(`từ ngày ${w.date(stats.period.from)} đến ngày ${w.date(stats.period.to)}`, `from ${w.date(stats.period.from)} to ${w.date(stats.period.to)}`);
  // Calendar labels already carry the dates ("Tháng 03/2018 (15/02/2018 – 14/03/2018)", "March 2018 (15 February 2018 – …)").
  const own = lang === 'en' ? stats.period.labelEn : stats.period.label;
  const dated = (l: string) => (lang === 'en' ? l.includes(w.date(stats.period.from)) : l.includes('/'));
  const label = own ? (dated(own) ? own : `${own} (${range})`) : range;
  b.banner(w.t(`Kỳ báo cáo: ${label}`, `Reporting period: ${label}`), {
    italic: true,
    horizontal: 'center',
  });
  const scope = stats.filters.commune
    ? w.t(`${kind} ${stats.filters.commune}`, stats.filters.commune)
    : stats.filters.cluster
      ? stats.filters.cluster
      : w.t('toàn đơn vị', 'the whole unit');
  const leader = stats.filters.leader ? w.t(`; lãnh đạo chủ trì: ${stats.filters.leader}`, `; chair: ${stats.filters.leader}`) : '';
  b.banner(
    w.t(
      `Lũy kế từ ngày ${w.date(cu.from)}; phạm vi: ${scope}${leader}; tính quá hạn đến ngày ${w.date(stats.asOf)} (quá ${stats.overdueDays} ngày)`,
      `Cumulative from ${w.date(cu.from)}; scope: ${scope}${leader}; overdue counted to ${w.date(stats.asOf)} (over ${stats.overdueDays} days)`,
    ),
    { italic: true, horizontal: 'center', fontSize: 10 },
  );
  b.blank();

  const indicatorHeader = (title: string, third = w.t('Tỷ lệ', 'Share')): number => {
    b.style(b.range(b.row([title]), 1), SECTION_STYLE);
    const h = b.row([no, w.t('Chỉ tiêu', 'Indicator'), w.period, w.cumulative, third]);
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
  const h1 = indicatorHeader(w.t('I. GIAO BAN TẠI CƠ SỞ', 'I. GRASSROOTS BRIEFINGS'));
  const share = (n: number, d: number): number | null => (d > 0 ? n / d : null);
  // Without any plan row, "planned 00" would read as "nothing was planned": leave the cells empty.
  const hasPlan = cb.planned > 0;
  const briefingRows: [string, number | null, number | null, number | null][] = [
    [hasPlan ? w.t('Số buổi giao ban theo kế hoạch', 'Briefings planned') : w.t('Số buổi giao ban theo kế hoạch (sổ chưa có lịch)', 'Briefings planned (the workbook has no plan)'), hasPlan ? bs.planned : null, hasPlan ? cb.planned : null, null],
    [w.t('Số buổi giao ban đã tổ chức', 'Briefings held'), bs.held, cb.held, share(bs.held, bs.planned)],
    [w.t('Trong đó: đúng ngày theo kế hoạch', 'Of which: on the planned date'), hasPlan ? bs.onPlannedDate : null, hasPlan ? cb.onPlannedDate : null, hasPlan ? share(bs.onPlannedDate, bs.held) : null],
    [w.t(`Số ${kind} đăng cai`, `Host ${kind}`), bs.hostedCommunes, cb.hostedCommunes, share(bs.hostedCommunes, bs.activeCommunes)],
    [w.t(`Tổng số ${kind} đang hoạt động`, `Active ${kind}`), bs.activeCommunes, cb.activeCommunes, null],
    [w.t('Số buổi có quần chúng nhân dân tham dự', 'Briefings attended by the public'), bs.withPublic, cb.withPublic, share(bs.withPublic, bs.held)],
    [w.t('Số buổi có ban, đoàn thể tham dự', 'Briefings attended by mass organisations'), bs.withMassOrganizations, cb.withMassOrganizations, share(bs.withMassOrganizations, bs.held)],
  ];
  briefingRows.forEach(([text, p, c, s], i) => b.row([i + 1, text, p, c, s]));
  bodyStyle(h1 + 1, b.nextRow - 1);
  b.style(b.range(h1 + 1, 5, b.nextRow - 1, 5), { numberFormat: SHARE_FORMAT, horizontal: 'center' });
  b.blank();

  // II. Issues by category (with case state), total.
  const is = stats.issues;
  const ci = cu.issues;
  const h2 = indicatorHeader(w.t('II. Ý KIẾN, PHẢN ÁNH THEO NHÓM NỘI DUNG', 'II. ITEMS RAISED, BY CATEGORY'));
  STATISTICS_CATEGORIES.forEach((c, i) => {
    const label = REPORT_CATEGORY_LABELS[c];
    b.row([i + 1, lang === 'en' ? label.en : (label.short ?? label.vi), is.byCategory[c], ci.byCategory[c], share(is.byCategory[c], is.total)]);
    // The case states break down the security-situation items, so they sit right under that row.
    if (c === 'security-situation') {
      const first = b.row(['', w.t('   Trong đó: vụ việc tồn đọng', '   Of which: pending cases'), is.byCaseState.pending, ci.byCaseState.pending, null]);
      b.row(['', w.t('   Trong đó: vụ việc mới phát sinh', '   Of which: new cases'), is.byCaseState.new, ci.byCaseState.new, null]);
      b.style(b.range(first, 2, first + 1, 2), { italic: true });
    }
  });
  const catTotal = b.row(['', w.t('Tổng cộng', 'Total'), is.total, ci.total, is.total > 0 ? 1 : null]);
  bodyStyle(h2 + 1, catTotal);
  b.style(b.range(h2 + 1, 5, catTotal, 5), { numberFormat: SHARE_FORMAT, horizontal: 'center' });
  b.style(b.range(catTotal, 1, catTotal, 5), { bold: true });
  charts.push(categoryChart(b, h2, stats));
  b.blank();

  // III. Status and resolution.
  const h3 = indicatorHeader(w.t('III. KẾT QUẢ GIẢI QUYẾT', 'III. OUTCOMES'));
  STATISTICS_STATUSES.forEach((s, i) => b.row([i + 1, REPORT_STATUS_LABELS[s][lang], is.byStatus[s], ci.byStatus[s], share(is.byStatus[s], is.total)]));
  bodyStyle(h3 + 1, b.nextRow - 1);
  b.style(b.range(h3 + 1, 5, b.nextRow - 1, 5), { numberFormat: SHARE_FORMAT, horizontal: 'center' });
  const extra = b.nextRow;
  b.row(['', w.t('Tỷ lệ giải đáp tại chỗ', 'Answered on the spot'), is.answeredOnTheSpotShare, ci.answeredOnTheSpotShare, null]);
  b.row(['', w.t('Tỷ lệ đã giải quyết xong (kể cả giải đáp tại chỗ)', 'Settled (answered on the spot included)'), is.resolvedShare, ci.resolvedShare, null]);
  b.row(['', w.t('Số ngày giải quyết (trung vị)', 'Days to settle (median)'), is.medianDaysToResolve, ci.medianDaysToResolve, null]);
  // With kinds of their own deadline among the open items, "quá N ngày" would misname the count.
  const byKind = stats.openItems.some((o) => o.kind !== null && o.kind !== 'general');
  const overdueLabel = byKind
    ? w.t(`Nội dung quá hạn xử lý (theo thời hạn của từng loại; mặc định ${stats.overdueDays} ngày)`, `Overdue items (each kind by its own deadline; ${stats.overdueDays} days by default)`)
    : w.t(`Nội dung chưa giải quyết quá ${stats.overdueDays} ngày`, `Items open over ${stats.overdueDays} days`);
  b.row(['', overdueLabel, is.overdueOpen, ci.overdueOpen, null]);
  b.style(b.range(extra, 1, extra + 3, 5), { border: true });
  b.style(b.range(extra, 2, extra + 3, 2), { wrap: true });
  b.style(b.range(extra, 3, extra + 1, 4), { numberFormat: SHARE_FORMAT, horizontal: 'center' });
  b.style(b.range(extra + 2, 3, extra + 2, 4), { numberFormat: '0.#', horizontal: 'center' });
  b.style(b.range(extra + 3, 3, extra + 3, 4), { numberFormat: COUNT_FORMAT, horizontal: 'center' });
  if (ci.overdueOpen > 0) b.style(b.range(extra + 3, 2, extra + 3, 4), { fontColor: '#9C0006', bold: true });
  followUpRows(b, stats, w);
  b.blank();

  // IV. Who raised them.
  const h4 = indicatorHeader(w.t('IV. THEO NGƯỜI PHẢN ÁNH', 'IV. BY WHO RAISED THEM'));
  STATISTICS_RAISERS.forEach((r, i) => b.row([i + 1, REPORT_RAISER_LABELS[r][lang], is.byRaisedBy[r], ci.byRaisedBy[r], share(is.byRaisedBy[r], is.total)]));
  bodyStyle(h4 + 1, b.nextRow - 1);
  b.style(b.range(h4 + 1, 5, b.nextRow - 1, 5), { numberFormat: SHARE_FORMAT, horizontal: 'center' });
  b.blank();

  // V. By month (the cumulative months; the period's months are within them).
  const decree = stats.period.convention === 'decree';
  b.style(b.range(b.row([w.t('V. THEO THÁNG' + (decree ? ' (tháng báo cáo, tính từ ngày 15 tháng trước)' : ''), 'V. BY MONTH' + (decree ? ' (reporting months, from the 15th of the month before)' : ''))]), 1), SECTION_STYLE);
  const h5 = b.row([no, w.t('Tháng', 'Month'), w.period, w.cumulative]);
  b.style(b.range(h5, 1, h5, 4), HEADER_STYLE);
  let cumulativeRunning = 0;
  Object.entries(ci.byMonth).forEach(([month, n], i) => {
    cumulativeRunning += n;
    b.row([i + 1, lang === 'en' ? formatMonthIn(month, 'en') : `Tháng ${formatReportMonth(month)}`, is.byMonth[month] ?? 0, cumulativeRunning]);
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
  b.style(b.range(b.row([w.t(`VI. THEO ${kind.toUpperCase()}`, `VI. BY ${kind.toUpperCase()}`)]), 1), SECTION_STYLE);
  const h6 = b.row([no, kindTitle, w.period, w.cumulative, w.t('Cụm', 'Cluster')]);
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
    b.style(b.range(b.row([w.t('VII. NHẬN XÉT (để đưa vào báo cáo)', 'VII. COMMENTS (for the report)')]), 1), SECTION_STYLE);
    b.banner(options.narrative[lang], { horizontal: 'left', vertical: 'top', wrap: true });
    b.blank();
  }

  // VIII. Open items, overdue ones highlighted.
  const openTitle = options.narrative ? 'VIII' : 'VII';
  b.style(b.range(b.row([w.t(`${openTitle}. NỘI DUNG CHƯA GIẢI QUYẾT XONG (tính đến ngày ${w.date(stats.asOf)})`, `${openTitle}. ITEMS NOT YET SETTLED (as of ${w.date(stats.asOf)})`)]), 1), SECTION_STYLE);
  const h8 = b.row([no, w.t('Nội dung', 'Content'), w.t('Ngày nêu', 'Raised'), kindTitle, w.t('Tình trạng', 'Status'), w.t('Số ngày', 'Days'), w.t('Cán bộ giải quyết', 'Officer'), w.t('Vị trí trong sổ', 'In the workbook')]);
  b.style(b.range(h8, 1, h8, WIDTH), HEADER_STYLE);
  const max = options.maxOpenItems ?? 2000;
  const shown = stats.openItems.slice(0, max);
  const overdueByKind: number[] = [];
  shown.forEach((o, i) => {
    const r = b.row([i + 1, o.content, isoDateToExcelSerial(o.date), o.commune, REPORT_STATUS_LABELS[o.status][lang], o.daysOpen, o.officer, `${o.ref.sheet}!A${o.ref.row}`]);
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
    b.banner(w.t('Không có nội dung nào chưa giải quyết.', 'No item is open.'), { italic: true });
  }
  if (stats.openItems.length > shown.length) {
    const more = stats.openItems.length - shown.length;
    b.banner(w.t(`… và ${more} nội dung khác chưa giải quyết (xem sổ theo dõi).`, `… and ${more} more open ${more === 1 ? 'item' : 'items'} (see the workbook).`), { italic: true });
  }
  b.blank();
  // The deadlines behind every "quá hạn" figure, with their legal source, for the commander to check.
  b.style(b.range(b.row([w.t(`Thời hạn xử lý áp dụng (tính quá hạn đến ngày ${w.date(stats.asOf)})`, `Deadlines applied (overdue counted to ${w.date(stats.asOf)})`)]), 1), SECTION_STYLE);
  const hd = b.row([no, w.t('Loại vụ việc: thời hạn — căn cứ', 'Kind: deadline — source')]);
  b.style(b.range(hd, 1, hd, 2), HEADER_STYLE);
  stats.deadlines.forEach((d, i) => {
    const days = lang === 'en' ? `${d.days} ${DAY_COUNT_LABELS[d.count].en}` : `${String(d.days).padStart(2, '0')} ${DAY_COUNT_LABELS[d.count].vi}`;
    const from = d.start ? w.t(` kể từ ${CLOCK_START_LABELS[d.start].vi}`, ` from ${CLOCK_START_LABELS[d.start].en}`) : '';
    b.row([i + 1, lang === 'en' ? `${d.labelEn}: ${days}${from} — ${d.sourceEn}` : `${d.label}: ${days}${from} — ${d.source}`]);
  });
  // Every deadline, legal or the unit's own, is counted the same way.
  b.row(['', w.t(`Cách tính: ${CIVIL_CODE_COUNTING.text.vi}.`, `Counting: ${CIVIL_CODE_COUNTING.text.en}.`)]);
  b.style(b.range(hd + 1, 1, b.nextRow - 1, 2), { border: true, vertical: 'top' });
  b.style(b.range(hd + 1, 2, b.nextRow - 1, 2), { wrap: true, fontSize: 10 });
  b.style(b.range(hd + 1, 1, b.nextRow - 1, 1), { horizontal: 'center' });
  b.blank();
  if (stats.excludedRows > 0) {
    const n = stats.excludedRows;
    b.banner(w.t(`Ghi chú: ${n} dòng có lỗi không được tính (xem trang "Kết quả kiểm tra").`, `Note: ${n} ${n === 1 ? 'row' : 'rows'} with errors ${n === 1 ? 'is' : 'are'} not counted (see the "Kết quả kiểm tra" sheet).`), { italic: true, fontSize: 10 });
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
