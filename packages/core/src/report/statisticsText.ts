/**
 * Statistics as plain text for a terminal and as the JSON of `summarize --json` — the
 * same words the sheet uses, so the CLI and the add-in say the same thing.
 */
import type { Statistics } from '../stats/statistics.js';
import { STATISTICS_CATEGORIES, STATISTICS_STATUSES } from '../stats/computeStatistics.js';
import { communeKindWords, formatReportCount as n2, formatReportRatio } from './format.js';
import { formatDateEn, formatDateVi } from '../calendar/civilDate.js';
import { REPORT_CATEGORY_LABELS, REPORT_STATUS_LABELS } from './labels.js';
import type { Narrative } from './narrative.js';
import { CORE_TEXTS } from '../data/texts.js';
import { textIn } from '../text/texts.js';

/** The JSON document of `giaoban summarize --json`. */
export interface StatisticsJson {
  period: { from: string; to: string; label: string | null; labelEn: string | null; convention: string };
  filters: Statistics['filters'];
  asOf: string;
  overdueDays: number;
  briefings: Statistics['briefings'];
  issues: Statistics['issues'];
  cumulative: Statistics['cumulative'];
  /** Every item raised by the period's end still open at `asOf`, and those overdue (the report's figures). */
  outstanding: Statistics['outstanding'];
  excludedRows: number;
  /** The deadline of each kind used for the overdue figures . */
  deadlines: Statistics['deadlines'];
  narrative: string;
  narrativeEn: string;
  output?: unknown;
}

/**
 * The JSON of `summarize --json` (`period`, `briefings`, `issues`, `cumulative`, `excludedRows`, `narrative`).
 *
 * @example
 * ```ts
 * JSON.stringify(statisticsJson(stats, statisticsNarrative(stats)));
 * ```
 */
export function statisticsJson(stats: Statistics, narrative: Narrative, output: unknown = null): StatisticsJson {
  return {
    period: stats.period,
    filters: stats.filters,
    asOf: stats.asOf,
    overdueDays: stats.overdueDays,
    briefings: stats.briefings,
    issues: stats.issues,
    cumulative: stats.cumulative,
    outstanding: stats.outstanding,
    excludedRows: stats.excludedRows,
    deadlines: stats.deadlines,
    narrative: narrative.vi,
    narrativeEn: narrative.en,
    ...(output ? { output } : {}),
  };
}

function periodText(label: string | null, stats: Statistics, date: (d: string) => string = formatDateVi): string {
  const range = `${date(stats.period.from)} – ${date(stats.period.to)}`;
  if (!label) return range;
  // A period's own label already carries its dates ("Tháng 03/2018 (15/02/2018 – 14/03/2018)", "March 2018 (15 February 2018 – …)").
  return label.includes(date(stats.period.from)) ? label : `${label} (${range})`;
}

/**
 * A short readable summary for a terminal, in Vietnamese or English.
 *
 * @example
 * ```ts
 * process.stdout.write(formatStatisticsText(stats, narrative, { errors: 2, warnings: 5 }, 'vi'));
 * ```
 */
export function formatStatisticsText(
  stats: Statistics,
  narrative: Narrative,
  check: { errors: number; warnings: number } | null,
  lang: 'vi' | 'en' = 'vi',
): string {
  const b = stats.briefings;
  const i = stats.issues;
  const c = stats.cumulative;
  const kind = communeKindWords(stats.communeKinds, stats.tier);
  const lines: string[] = [];
  if (lang === 'vi') {
    lines.push(`Kỳ báo cáo: ${periodText(stats.period.label, stats)}; lũy kế từ ${formatDateVi(c.from)}`);
    lines.push(
      `Giao ban: ${n2(b.held)} buổi đã tổ chức` +
        (b.planned > 0 ? ` / ${n2(b.planned)} theo kế hoạch (${n2(b.onPlannedDate)} đúng ngày)` : '') +
        `; ${n2(b.hostedCommunes)}/${n2(b.activeCommunes)} ${kind.vi} đăng cai; ${n2(b.withPublic)} buổi có quần chúng, ${n2(b.withMassOrganizations)} buổi có ban, đoàn thể.`,
    );
    lines.push(`Ý kiến, phản ánh: ${n2(i.total)} (lũy kế ${n2(c.issues.total)})`);
    for (const cat of STATISTICS_CATEGORIES) lines.push(`  - ${REPORT_CATEGORY_LABELS[cat].vi}: ${n2(i.byCategory[cat])} (lũy kế ${n2(c.issues.byCategory[cat])})`);
    lines.push(
      `Giải quyết: ` +
        STATISTICS_STATUSES.map((s) => `${REPORT_STATUS_LABELS[s].vi.toLowerCase()} ${n2(i.byStatus[s])}`).join(', ') +
        `; giải đáp tại chỗ ${formatReportRatio(i.byStatus.answered, i.total)}, đã giải quyết xong ${formatReportRatio(i.byStatus.answered + i.byStatus.resolved, i.total)}` +
        (i.medianDaysToResolve !== null ? `, trung vị ${n2(i.medianDaysToResolve)} ngày` : '') +
        `; quá hạn chưa xong tính đến ngày ${formatDateVi(stats.asOf)}: ${n2(c.issues.overdueOpen)} (lũy kế; mặc định ${stats.overdueDays} ngày, theo loại vụ việc nếu có).`,
    );
    const ag = c.issues.ageing;
    lines.push(
      `Theo dõi (lũy kế, tính đến ngày ${formatDateVi(stats.asOf)}): tồn đọng ${n2(c.issues.backlog)}` +
        (c.issues.medianDaysOpen !== null ? `, trung vị ${n2(c.issues.medianDaysOpen)} ngày` : '') +
        ` (đến 15 ngày ${n2(ag.upTo15)}; 16–30 ngày ${n2(ag.from16To30)}; 31–60 ngày ${n2(ag.from31To60)}; trên 60 ngày ${n2(ag.over60)})` +
        `; sắp đến hạn trong 07 ngày tới ${n2(c.issues.dueWithin7Days)}; giải quyết đúng hạn ${formatReportRatio(c.issues.closedOnTime, c.issues.closedOnTime + c.issues.closedLate)}.`,
    );
    lines.push(`Chưa giải quyết xong tính đến ngày ${formatDateVi(stats.asOf)}, kể cả các kỳ trước: ${n2(stats.outstanding.open)}, trong đó quá hạn ${n2(stats.outstanding.overdue)}.`);
    const byOfficer = Object.entries(c.issues.overdueByOfficer).map(([o, n]) => `${o}: ${n2(n)}`);
    if (c.issues.overdueWithoutOfficer > 0) byOfficer.push(`(chưa giao cán bộ): ${n2(c.issues.overdueWithoutOfficer)}`);
    if (byOfficer.length) lines.push(`  Quá hạn theo cán bộ xử lý: ${byOfficer.join('; ')}.`);
    const byCommune = Object.entries(c.issues.overdueByCommune);
    // A place's name may end in a number ("Nậm Chua 1"): the count follows a colon.
    if (byCommune.length) lines.push(`  Quá hạn theo ${kind.vi}: ${byCommune.map(([o, n]) => `${o}: ${n2(n)}`).join('; ')}.`);
    if (check) lines.push(`Kiểm tra sổ: ${n2(check.errors)} lỗi, ${n2(check.warnings)} cảnh báo; ${n2(stats.excludedRows)} dòng có lỗi không được tính.`);
    lines.push('', 'Nhận xét:', narrative.vi, '');
  } else {
    lines.push(`Reporting period: ${periodText(stats.period.labelEn, stats, formatDateEn)}; cumulative from ${formatDateEn(c.from)}`);
    lines.push(
      `Briefings: ${b.held} held` +
        (b.planned > 0 ? ` / ${b.planned} planned (${b.onPlannedDate} on the planned date)` : '') +
        `; ${b.hostedCommunes}/${b.activeCommunes} ${kind.en} hosted; public at ${b.withPublic}, mass organisations at ${b.withMassOrganizations}.`,
    );
    lines.push(`Issues raised: ${i.total} (cumulative ${c.issues.total})`);
    for (const cat of STATISTICS_CATEGORIES) lines.push(`  - ${REPORT_CATEGORY_LABELS[cat].en}: ${i.byCategory[cat]} (cumulative ${c.issues.byCategory[cat]})`);
    lines.push(
      `Resolution: ` +
        STATISTICS_STATUSES.map((s) => `${REPORT_STATUS_LABELS[s].en.toLowerCase()} ${i.byStatus[s]}`).join(', ') +
        `; answered on the spot ${formatReportRatio(i.byStatus.answered, i.total, 'en')}, settled ${formatReportRatio(i.byStatus.answered + i.byStatus.resolved, i.total, 'en')}` +
        (i.medianDaysToResolve !== null ? `, median ${textIn(CORE_TEXTS, 'count.days', 'en', { n: i.medianDaysToResolve })}` : '') +
        `; past the deadline as of ${formatDateEn(stats.asOf)}: ${c.issues.overdueOpen} (cumulative; default ${stats.overdueDays} days, by kind where given).`,
    );
    const ag = c.issues.ageing;
    lines.push(
      `Follow-up (cumulative, as of ${formatDateEn(stats.asOf)}): backlog ${c.issues.backlog}` +
        (c.issues.medianDaysOpen !== null ? `, median ${textIn(CORE_TEXTS, 'count.days', 'en', { n: c.issues.medianDaysOpen })} open` : '') +
        ` (≤15 days ${ag.upTo15}; 16–30 ${ag.from16To30}; 31–60 ${ag.from31To60}; >60 ${ag.over60})` +
        `; due within 7 days ${c.issues.dueWithin7Days}; settled on time ${formatReportRatio(c.issues.closedOnTime, c.issues.closedOnTime + c.issues.closedLate, 'en')}.`,
    );
    lines.push(`Still open as of ${formatDateEn(stats.asOf)}, earlier periods included: ${stats.outstanding.open}, of which ${stats.outstanding.overdue} past the deadline.`);
    const byOfficer = Object.entries(c.issues.overdueByOfficer).map(([o, n]) => `${o}: ${n}`);
    if (c.issues.overdueWithoutOfficer > 0) byOfficer.push(`(no officer): ${c.issues.overdueWithoutOfficer}`);
    if (byOfficer.length) lines.push(`  Overdue by officer: ${byOfficer.join('; ')}.`);
    const byCommune = Object.entries(c.issues.overdueByCommune);
    if (byCommune.length) lines.push(`  Overdue by ${stats.tier === 'villages' ? 'village' : 'commune'}: ${byCommune.map(([o, n]) => `${o}: ${n}`).join('; ')}.`);
    if (check) {
      const rows = stats.excludedRows;
      lines.push(`Workbook check: ${textIn(CORE_TEXTS, 'count.errors', 'en', { n: check.errors })}, ${textIn(CORE_TEXTS, 'count.warnings', 'en', { n: check.warnings })}; ${textIn(CORE_TEXTS, 'count.rows', 'en', { n: rows })} with errors not counted.`);
    }
    lines.push('', 'Report paragraph:', narrative.en, '');
  }
  return lines.join('\n') + '\n';
}
