/**
 * Báo cáo kết quả giao ban (BC) for a reporting period (issue 12): the report
 * paragraph, the statistics tables, open items over the deadline, the plan of
 * the next period; signer and "Nơi nhận". Every figure comes from
 * `computeStatistics` (the same as `summarize`); nothing is recounted here.
 */
import type { PlannedBriefing } from '../model.js';
import { formatDateVi } from '../calendar/civilDate.js';
import type { Statistics } from '../stats/statistics.js';
import { STATISTICS_CATEGORIES, STATISTICS_STATUSES } from '../stats/computeStatistics.js';
import type { Narrative } from '../report/narrative.js';
import { communeKindWords, formatReportCount as n2, formatReportShare } from '../report/format.js';
import { REPORT_CATEGORY_LABELS, REPORT_STATUS_LABELS } from '../report/labels.js';
import {
  bodyPara,
  dataTable,
  DECREE30_FONT,
  DECREE30_PAGE,
  headerBlock,
  headingPara,
  para,
  recipientParagraphs,
  signatureTable,
  signerParagraphs,
  SIZES,
  spacer,
  titleBlock,
} from './layout.js';
import type { DocBlock, DocumentModel } from './model.js';
import { communeText, leaderLine } from './people.js';
import type { DocumentContext } from './invitation.js';

/** Row labels of the report's tables (the summary sheet's wording). */
export const REPORT_ROW_LABELS = {
  planned: 'Buổi giao ban theo kế hoạch',
  held: 'Buổi giao ban đã tổ chức',
  onPlannedDate: 'Tổ chức đúng ngày theo kế hoạch',
  hosted: 'Số đơn vị đăng cai / tổng số đơn vị',
  withPublic: 'Buổi có quần chúng nhân dân dự',
  withMassOrganizations: 'Buổi có đại diện ban, đoàn thể dự',
  total: 'Tổng cộng',
  answeredShare: 'Tỷ lệ giải đáp tại chỗ',
  resolvedShare: 'Tỷ lệ đã giải quyết xong',
} as const;

const W_FIGURES = [12, 96, 26, 26];

/** The report's period in words: "tháng 01/2026 (từ ngày 15/12/2025 đến ngày 14/01/2026)". */
export function reportPeriodWords(stats: Statistics): string {
  const range = `từ ngày ${formatDateVi(stats.period.from)} đến ngày ${formatDateVi(stats.period.to)}`;
  const label = stats.period.label?.replace(/\s*\(.*\)\s*$/u, '').trim();
  if (!label) return range;
  return `${label.charAt(0).toLocaleLowerCase('vi')}${label.slice(1)} (${range})`;
}

function briefingTable(s: Statistics): DocBlock {
  const b = s.briefings;
  const c = s.cumulative.briefings;
  const rows: [string, string, string][] = [
    [REPORT_ROW_LABELS.planned, n2(b.planned), n2(c.planned)],
    [REPORT_ROW_LABELS.held, n2(b.held), n2(c.held)],
    [REPORT_ROW_LABELS.onPlannedDate, n2(b.onPlannedDate), n2(c.onPlannedDate)],
    [REPORT_ROW_LABELS.hosted, `${n2(b.hostedCommunes)}/${n2(b.activeCommunes)}`, `${n2(c.hostedCommunes)}/${n2(c.activeCommunes)}`],
    [REPORT_ROW_LABELS.withPublic, n2(b.withPublic), n2(c.withPublic)],
    [REPORT_ROW_LABELS.withMassOrganizations, n2(b.withMassOrganizations), n2(c.withMassOrganizations)],
  ];
  return dataTable(W_FIGURES, ['STT', 'Chỉ tiêu', 'Trong kỳ', 'Lũy kế'], rows.map((r, i) => [String(i + 1), ...r]), ['center', 'left', 'center', 'center']);
}

function categoryTable(s: Statistics): DocBlock {
  const i = s.issues;
  const c = s.cumulative.issues;
  const rows = STATISTICS_CATEGORIES.map((k, n) => [String(n + 1), REPORT_CATEGORY_LABELS[k].vi, n2(i.byCategory[k]), n2(c.byCategory[k])]);
  rows.push(['', REPORT_ROW_LABELS.total, n2(i.total), n2(c.total)]);
  return dataTable(W_FIGURES, ['STT', 'Nhóm nội dung', 'Trong kỳ', 'Lũy kế'], rows, ['center', 'left', 'center', 'center']);
}

function statusTable(s: Statistics): DocBlock {
  const i = s.issues;
  const c = s.cumulative.issues;
  const rows = STATISTICS_STATUSES.map((k, n) => [String(n + 1), REPORT_STATUS_LABELS[k].vi, n2(i.byStatus[k]), n2(c.byStatus[k])]);
  rows.push(['', REPORT_ROW_LABELS.answeredShare, formatReportShare(i.answeredOnTheSpotShare), formatReportShare(c.answeredOnTheSpotShare)]);
  rows.push(['', REPORT_ROW_LABELS.resolvedShare, formatReportShare(i.resolvedShare), formatReportShare(c.resolvedShare)]);
  return dataTable(W_FIGURES, ['STT', 'Tình trạng', 'Trong kỳ', 'Lũy kế'], rows, ['center', 'left', 'center', 'center']);
}

/** Options of {@link buildReport}. */
export interface ReportOptions extends DocumentContext {
  /** The report paragraph (`statisticsNarrative`). */
  narrative: Narrative;
  /** Planned briefings of the next period. */
  nextPlan: readonly PlannedBriefing[];
}

/**
 * The monthly (or any period's) report.
 *
 * @example
 * ```ts
 * const stats = computeStatistics({ ...statisticsInputOf(read), period });
 * buildReport(stats, { settings, catalogue: read.catalogue, narrative: statisticsNarrative(stats, { unit }), nextPlan, issueDate: period.to });
 * ```
 */
export function buildReport(stats: Statistics, o: ReportOptions): DocumentModel {
  const { settings, catalogue } = o;
  const period = reportPeriodWords(stats);
  const kinds = communeKindWords(stats.communeKinds, stats.tier).vi;
  const body: DocBlock[] = [headerBlock(settings, 'report', o.number ?? null, o.issueDate ?? stats.period.to), ...titleBlock('BÁO CÁO', [`Kết quả giao ban tại cơ sở ${period.replace(/ \(.*$/u, '')}`])];
  if (settings.reportTo) body.push(para(`Kính gửi: ${settings.reportTo}.`, { align: 'center', size: SIZES.body, spaceAfterPt: 12 }));
  body.push(
    bodyPara(`Thực hiện chế độ báo cáo định kỳ, ${settings.unitName} báo cáo kết quả giao ban tại cơ sở ${period} như sau:`),
    headingPara('I. KẾT QUẢ THỰC HIỆN'),
    bodyPara(o.narrative.vi),
    headingPara('1. Kết quả tổ chức giao ban'),
    briefingTable(stats),
    spacer(),
    headingPara('2. Ý kiến, phản ánh theo nhóm nội dung'),
    categoryTable(stats),
    spacer(),
    headingPara('3. Tình trạng giải quyết'),
    statusTable(stats),
    spacer(),
  );
  const overdue = stats.openItems.filter((x) => x.overdue);
  body.push(headingPara(`II. Ý KIẾN, PHẢN ÁNH CHƯA GIẢI QUYẾT QUÁ ${stats.overdueDays} NGÀY`));
  if (overdue.length === 0) body.push(bodyPara(`Đến ngày ${formatDateVi(stats.asOf)}, không có ý kiến, phản ánh nào chưa giải quyết quá ${stats.overdueDays} ngày.`));
  else {
    body.push(bodyPara(`Đến ngày ${formatDateVi(stats.asOf)}, còn ${n2(overdue.length)} ý kiến, phản ánh chưa giải quyết quá ${stats.overdueDays} ngày:`));
    body.push(
      dataTable(
        [11, 22, 25, 58, 28, 16],
        ['STT', 'Ngày', 'Đơn vị', 'Nội dung', 'Tình trạng', 'Số ngày'],
        overdue.map((x, n) => [String(n + 1), formatDateVi(x.date), x.commune, x.content, REPORT_STATUS_LABELS[x.status].vi, n2(x.daysOpen)]),
        ['center', 'center', 'left', 'justify', 'left', 'center'],
      ),
      spacer(),
    );
  }
  body.push(headingPara('III. KẾ HOẠCH GIAO BAN KỲ TỚI'));
  if (o.nextPlan.length === 0) body.push(bodyPara('Chưa có lịch giao ban kỳ tới.'));
  else {
    body.push(bodyPara(`Kỳ tới, ${settings.unitName} tổ chức ${n2(o.nextPlan.length)} buổi giao ban tại cơ sở theo lịch sau:`));
    body.push(
      dataTable(
        [11, 25, 24, 40, 60],
        ['STT', 'Cụm', 'Ngày', `Đơn vị đăng cai`, 'Lãnh đạo chủ trì'],
        o.nextPlan.map((p, n) => [String(n + 1), p.cluster, formatDateVi(p.date), communeText(catalogue, p.host), leaderLine(catalogue, p.chair)?.replace(/^Đ\/c /u, '') ?? 'Chưa bố trí']),
        ['center', 'left', 'center', 'left', 'left'],
      ),
      spacer(),
    );
  }
  body.push(bodyPara(`Trên đây là báo cáo kết quả giao ban tại cơ sở với Công an các ${kinds} ${period} của ${settings.unitName}./.`, { keepNext: true }));
  body.push(signatureTable(recipientParagraphs(settings.recipients.report, settings.archive), signerParagraphs(settings.signer.authority, settings.signer.title, settings.signer.name)));
  return {
    kind: 'report',
    title: `Báo cáo kết quả giao ban ${period}`,
    font: DECREE30_FONT,
    page: DECREE30_PAGE,
    pageNumbers: { position: 'top-center', fromPage: 2, size: SIZES.pageNumber },
    body,
    meta: { date: o.issueDate ?? stats.period.to, cluster: stats.filters.cluster, host: null },
  };
}
