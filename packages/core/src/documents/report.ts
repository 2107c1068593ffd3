/**
 * Báo cáo kết quả giao ban (BC) for a reporting period, after form 1.4 of
 * Decree 30/2020 Appendix III, addressed "Kính gửi" to the supervising body:
 * the report paragraph, the statistics tables (only rows the workbook tracks),
 * the items still open and overdue at the as-of day, the plan of the next
 * period; signer and "Nơi nhận". Every figure comes from `computeStatistics`
 * (the same as `summarize`); nothing is recounted here. Rows with errors are
 * the clerk's to fix and are not mentioned in a paper sent up.
 */
import type { PlannedBriefing, YearMonth } from '../model.js';
import { formatDateVi } from '../calendar/civilDate.js';
import type { Statistics } from '../stats/statistics.js';
import { STATISTICS_CATEGORIES, STATISTICS_STATUSES } from '../stats/computeStatistics.js';
import type { Narrative } from '../report/narrative.js';
import { communeKindWords, formatReportCount as n2, formatReportRatio } from '../report/format.js';
import { REPORT_CATEGORY_LABELS, REPORT_STATUS_LABELS } from '../report/labels.js';
import { addresseeBlock, bodyPara, dataTable, headerBlock, headingPara, paper, recipientParagraphs, signatureTable, signerParagraphs, spacer, titleBlock } from './layout.js';
import type { DocBlock, DocumentModel } from './model.js';
import { communeText, leaderText, signatureName } from './people.js';
import { asAboveFirst, type DocumentContext } from './invitation.js';

/** Row labels of the report's tables (the summary sheet's wording). */
export const REPORT_ROW_LABELS = {
  planned: 'Buổi giao ban theo kế hoạch',
  held: 'Buổi giao ban đã tổ chức',
  onPlannedDate: 'Tổ chức đúng ngày theo kế hoạch',
  hosted: 'Số đơn vị đăng cai / tổng số đơn vị',
  hostedOnly: 'Số đơn vị đăng cai',
  withPublic: 'Buổi có quần chúng nhân dân dự',
  withMassOrganizations: 'Buổi có đại diện ban, đoàn thể dự',
  total: 'Tổng cộng',
  answeredShare: 'Tỷ lệ giải đáp tại chỗ',
  resolvedShare: 'Tỷ lệ đã giải quyết xong',
} as const;

const W_FIGURES = [12, 96, 26, 26];
// Date columns are wide enough for "15/12/2025" at 12 pt with the cell margins: a date never wraps.
const W_OVERDUE = [11, 26, 32, 69, 22];
const W_PLAN = [11, 22, 26, 38, 63];

/** A period as a report names it: its dates, its label, and whether the clerk gave the dates (`custom`). */
export interface PeriodForWords {
  from: string;
  to: string;
  label?: string | null;
  kind?: string;
  convention?: string;
}

/**
 * A period in a report's words. A period the clerk gave by its dates (`--from`/`--to`) is its
 * dates only: its label already is the same dates.
 *
 * @param period the period
 * @param short the name alone, without the dates
 * @returns "tháng 01/2026 (từ ngày 15/12/2025 đến ngày 14/01/2026)"; short: "tháng 01/2026"
 * @example
 * ```ts
 * periodWords({ from: '2025-03-01', to: '2025-05-31', label: 'Từ 01/03/2025 đến 31/05/2025', kind: 'custom' });
 * // "từ ngày 01/03/2025 đến ngày 31/05/2025"
 * ```
 */
export function periodWords(period: PeriodForWords, short = false): string {
  const range = `từ ngày ${formatDateVi(period.from)} đến ngày ${formatDateVi(period.to)}`;
  const label = period.label?.replace(/\s*\(.*\)\s*$/u, '').trim();
  if (!label || period.kind === 'custom' || period.convention === 'custom') return range;
  const name = `${label.charAt(0).toLocaleLowerCase('vi')}${label.slice(1)}`;
  return short ? name : `${name} (${range})`;
}

/** The report's period in words: "tháng 01/2026 (từ ngày 15/12/2025 đến ngày 14/01/2026)". */
export function reportPeriodWords(stats: Statistics): string {
  return periodWords(stats.period);
}

/** What the workbook tracks, so that the report prints no row it cannot fill. */
export interface ReportTracking {
  /** A plan (plan sheet rows) covers the window: planned and on-plan-date rows. */
  plan: boolean;
  /** The briefing log has an attendance or public column. */
  public: boolean;
  /** The briefing log has an attendance or mass organisations column. */
  massOrganizations: boolean;
}

function briefingTable(s: Statistics, tracked: ReportTracking): DocBlock {
  const b = s.briefings;
  const c = s.cumulative.briefings;
  const rows: [string, string, string][] = [];
  if (tracked.plan) rows.push([REPORT_ROW_LABELS.planned, n2(b.planned), n2(c.planned)]);
  rows.push([REPORT_ROW_LABELS.held, n2(b.held), n2(c.held)]);
  if (tracked.plan) rows.push([REPORT_ROW_LABELS.onPlannedDate, n2(b.onPlannedDate), n2(c.onPlannedDate)]);
  if (b.activeCommunes > 0) rows.push([REPORT_ROW_LABELS.hosted, `${n2(b.hostedCommunes)}/${n2(b.activeCommunes)}`, `${n2(c.hostedCommunes)}/${n2(c.activeCommunes)}`]);
  else rows.push([REPORT_ROW_LABELS.hostedOnly, n2(b.hostedCommunes), n2(c.hostedCommunes)]);
  if (tracked.public) rows.push([REPORT_ROW_LABELS.withPublic, n2(b.withPublic), n2(c.withPublic)]);
  if (tracked.massOrganizations) rows.push([REPORT_ROW_LABELS.withMassOrganizations, n2(b.withMassOrganizations), n2(c.withMassOrganizations)]);
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
  // Shares from the counts, rounded once (6/11 = 54,5%).
  rows.push(['', REPORT_ROW_LABELS.answeredShare, formatReportRatio(i.byStatus.answered, i.total), formatReportRatio(c.byStatus.answered, c.total)]);
  rows.push([
    '',
    REPORT_ROW_LABELS.resolvedShare,
    formatReportRatio(i.byStatus.answered + i.byStatus.resolved, i.total),
    formatReportRatio(c.byStatus.answered + c.byStatus.resolved, c.total),
  ]);
  return dataTable(W_FIGURES, ['STT', 'Tình trạng', 'Trong kỳ', 'Lũy kế'], rows, ['center', 'left', 'center', 'center']);
}

function outstandingSection(s: Statistics, catalogue: DocumentContext['catalogue']): DocBlock[] {
  const asOf = formatDateVi(s.asOf);
  const { open, overdue } = s.outstanding;
  const out: DocBlock[] = [headingPara('II. Ý KIẾN, PHẢN ÁNH CHƯA GIẢI QUYẾT XONG')];
  if (open === 0) return [...out, bodyPara(`Tính đến ngày ${asOf}, không còn ý kiến, phản ánh nào chưa giải quyết xong.`)];
  const byKind = s.openItems.some((x) => x.kind !== null && x.kind !== 'general');
  const deadline = byKind ? `thời hạn xử lý theo từng loại, mặc định ${s.overdueDays} ngày` : `quá ${s.overdueDays} ngày`;
  const head = `Tính đến ngày ${asOf}, còn ${n2(open)} ý kiến, phản ánh chưa giải quyết xong (kể cả các kỳ trước)`;
  if (overdue === 0) return [...out, bodyPara(`${head}, không có ý kiến, phản ánh nào quá hạn xử lý (${deadline}).`)];
  const rows = s.openItems
    .filter((x) => x.overdue)
    .map((x, n) => [String(n + 1), formatDateVi(x.date), communeText(catalogue, x.commune), x.content, n2(x.daysOpen)]);
  return [
    ...out,
    bodyPara(`${head}, trong đó ${n2(overdue)} ý kiến, phản ánh quá hạn xử lý (${deadline}):`, { keepNext: true }),
    dataTable(W_OVERDUE, ['STT', 'Ngày nêu', 'Đơn vị', 'Nội dung', 'Số ngày'], rows, ['center', 'center', 'left', 'justify', 'center']),
    spacer(),
  ];
}

/** Options of {@link buildReport}. */
export interface ReportOptions extends DocumentContext {
  /** The report paragraph (`statisticsNarrative` without the rows-with-errors note). */
  narrative: Narrative;
  /** Planned briefings of the next period. */
  nextPlan: readonly PlannedBriefing[];
  /** What the workbook tracks (default: everything). */
  tracked?: ReportTracking;
  /** The reporting month `YYYY-MM` when the period is one (names the file "bao-cao_thang-12-2025.docx"). */
  reportingMonth?: YearMonth | null;
}

/**
 * The monthly (or any period's) report.
 *
 * @example
 * ```ts
 * const stats = computeStatistics({ ...statisticsInputOf(read), period });
 * const narrative = statisticsNarrative(stats, { unit, excludedRowsNote: false });
 * buildReport(stats, { settings, catalogue: read.catalogue, narrative, nextPlan, issueDate: '2025-12-15' });
 * ```
 */
export function buildReport(stats: Statistics, o: ReportOptions): DocumentModel {
  const { settings, catalogue } = o;
  const tracked = o.tracked ?? { plan: true, public: true, massOrganizations: true };
  const period = reportPeriodWords(stats);
  const kinds = communeKindWords(stats.communeKinds, stats.tier).vi;
  const addressees = settings.reportTo ? [settings.reportTo] : [];
  const body: DocBlock[] = [
    headerBlock(settings, 'report', o.number ?? null, o.issueDate ?? stats.period.to),
    ...titleBlock('BÁO CÁO', [`Kết quả giao ban tại cơ sở ${period.replace(/ \(.*$/u, '')}`]),
    ...addresseeBlock(addressees),
    bodyPara(`Thực hiện chế độ báo cáo định kỳ, ${settings.unitName} báo cáo kết quả giao ban tại cơ sở ${period} như sau:`),
    headingPara('I. KẾT QUẢ THỰC HIỆN'),
    bodyPara(o.narrative.vi),
    headingPara('1. Kết quả tổ chức giao ban'),
    briefingTable(stats, tracked),
    spacer(),
    headingPara('2. Ý kiến, phản ánh theo nhóm nội dung'),
    categoryTable(stats),
    spacer(),
    headingPara('3. Tình trạng giải quyết'),
    statusTable(stats),
    spacer(),
    ...outstandingSection(stats, catalogue),
  ];
  body.push(headingPara(o.draft ? 'III. KẾ HOẠCH GIAO BAN KỲ TỚI (DỰ KIẾN)' : 'III. KẾ HOẠCH GIAO BAN KỲ TỚI'));
  if (o.nextPlan.length === 0) body.push(bodyPara('Chưa có lịch giao ban kỳ tới.'));
  else {
    body.push(bodyPara(`Kỳ tới, ${settings.unitName} tổ chức ${n2(o.nextPlan.length)} buổi giao ban tại cơ sở theo lịch sau:`, { keepNext: true }));
    body.push(
      dataTable(
        W_PLAN,
        ['STT', 'Cụm', 'Ngày', 'Đơn vị đăng cai', 'Lãnh đạo chủ trì'],
        o.nextPlan.map((p, n) => [String(n + 1), p.cluster, formatDateVi(p.date), communeText(catalogue, p.host), leaderText(catalogue, p.chair) ?? 'Chưa bố trí']),
        ['center', 'left', 'center', 'left', 'left'],
      ),
      spacer(),
    );
    // A date resting on estimated holidays says so (the year's Tết or National Day break is not announced yet).
    for (const note of new Set(o.nextPlan.flatMap((p) => (p.estimate ? [p.estimate.vi] : [])))) {
      body.push(bodyPara(`Lưu ý: ${note.charAt(0).toUpperCase()}${note.slice(1)}.`));
    }
  }
  // A commune police unit briefs its villages themselves (villages have no police of their own).
  const withWhom = stats.tier === 'villages' ? `các ${kinds}` : `Công an các ${kinds}`;
  body.push(bodyPara(`Trên đây là báo cáo kết quả giao ban tại cơ sở với ${withWhom} ${period} của ${settings.unitName}./.`, { keepNext: true }));
  const recipients = addressees.length ? asAboveFirst(settings.recipients.report, addressees) : settings.recipients.report;
  body.push(
    signatureTable(
      recipientParagraphs(recipients, settings.archive),
      signerParagraphs(settings.signer.authority, settings.signer.title, signatureName(catalogue, settings.signer.name)),
    ),
  );
  return paper(
    {
      kind: 'report',
      title: `Báo cáo kết quả giao ban tại cơ sở ${period}`,
      settings,
      draft: o.draft ?? false,
      meta: { date: o.issueDate ?? stats.period.to, cluster: stats.filters.cluster, host: null, period: { from: stats.period.from, to: stats.period.to, month: o.reportingMonth ?? null } },
    },
    body,
  );
}
