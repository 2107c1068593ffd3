/**
 * The paragraph that goes into the unit's monthly report, in the wording of
 * Vietnamese police reports (modelled on the article in seed/), built only
 * from the figures, with an English rendering for non-Vietnamese readers.
 */
import type { Statistics, IssueStatistics, BriefingStatistics } from '../stats/statistics.js';
import {
  communeKindWords,
  formatReportCount as n2,
  formatReportRatio as ratio,
  joinReportList,
  plural,
} from './format.js';
import { formatDateEn, formatDateVi } from '../calendar/civilDate.js';
import { policeNameEn } from './unitName.js';

/** Options of {@link statisticsNarrative}. */
export interface NarrativeOptions {
  /** The supervising unit as it signs reports, e.g. `"Công an huyện Mường Chà"`. Default: "đơn vị" / "the unit". */
  unit?: string | null;
  /** English name of the unit. Default: `unit` in English words ("Công an huyện Mường Chà" → "Mường Chà district police"), or "the unit". */
  unitEn?: string | null;
  /** Add the cumulative sentence (when the cumulative window is longer than the period). Default true. */
  cumulative?: boolean;
  /**
   * Add "(NN dòng có lỗi chưa được tính.)" when rows were left out. Default true; a paper sent to the
   * supervising body leaves it out (the rows with errors are the clerk's to fix, not the superior's to read).
   */
  excludedRowsNote?: boolean;
}

/** The report paragraph in Vietnamese and English. */
export interface Narrative {
  vi: string;
  en: string;
}

// "05/15 xã"; without a commune list in the workbook only the hosts can be counted.
const hostedVi = (b: BriefingStatistics): string =>
  b.activeCommunes > 0 ? `${n2(b.hostedCommunes)}/${n2(b.activeCommunes)}` : n2(b.hostedCommunes);
const hostedEn = (b: BriefingStatistics): string =>
  b.activeCommunes > 0 ? `${b.hostedCommunes} of ${b.activeCommunes}` : String(b.hostedCommunes);

function scopeVi(s: Statistics): string {
  if (s.filters.commune) return `tại ${communeKindWords(s.communeKinds, s.tier).vi} ${s.filters.commune}, `;
  if (s.filters.cluster) return `tại ${s.filters.cluster}, `;
  return '';
}
function scopeEn(s: Statistics): string {
  if (s.filters.commune) return `in ${s.filters.commune}, `;
  if (s.filters.cluster) return `in ${s.filters.cluster}, `;
  return '';
}

function briefingsVi(b: BriefingStatistics, s: Statistics, unit: string): string {
  const kind = communeKindWords(s.communeKinds, s.tier).vi;
  const chair = s.filters.leader ? ` do đồng chí ${s.filters.leader} chủ trì` : '';
  if (b.held === 0) {
    const plan = b.planned > 0 ? ` (kế hoạch ${n2(b.planned)} buổi)` : '';
    return `${unit} chưa tổ chức buổi giao ban nào tại cơ sở${chair}${plan}.`;
  }
  let text = `${unit} đã tổ chức ${n2(b.held)} buổi giao ban${chair} tại ${hostedVi(b)} ${kind}`;
  if (b.planned > 0) text += ` (kế hoạch ${n2(b.planned)} buổi, ${n2(b.onPlannedDate)} buổi đúng ngày theo kế hoạch)`;
  const attend: string[] = [];
  if (b.withPublic > 0) attend.push(`${n2(b.withPublic)} buổi có quần chúng nhân dân tham dự`);
  if (b.withMassOrganizations > 0) attend.push(`${n2(b.withMassOrganizations)} buổi có đại diện ban, đoàn thể ${kind} tham dự`);
  if (attend.length) text += `; ${joinReportList(attend, 'vi')}`;
  return text + '.';
}

function briefingsEn(b: BriefingStatistics, s: Statistics, unit: string): string {
  const chair = s.filters.leader ? ` chaired by ${s.filters.leader}` : '';
  if (b.held === 0) {
    return `${unit} held no grassroots briefing${chair}${b.planned > 0 ? ` (${b.planned} planned)` : ''}.`;
  }
  let text = `${unit} held ${plural(b.held, 'briefing', 'briefings')}${chair} in ${hostedEn(b)} ${communeKindWords(s.communeKinds, s.tier).en}`;
  if (b.planned > 0) text += ` (${b.planned} planned, ${b.onPlannedDate} on the planned date)`;
  const attend: string[] = [];
  if (b.withPublic > 0) attend.push(`members of the public attended ${plural(b.withPublic, 'briefing', 'briefings')}`);
  if (b.withMassOrganizations > 0) attend.push(`mass organisations attended ${b.withMassOrganizations}`);
  if (attend.length) text += `; ${joinReportList(attend, 'en')}`;
  return text + '.';
}

function issuesVi(i: IssueStatistics, s: Statistics): string {
  const kind = communeKindWords(s.communeKinds, s.tier).vi;
  const c = i.byCategory;
  const who = raisersVi(s);
  if (i.total === 0) return `Trong kỳ, ${who} chưa phản ánh nội dung nào.`;
  const reported: string[] = [];
  if (c['security-situation'] > 0) {
    let sec = `${n2(c['security-situation'])} thông tin liên quan đến tình hình ANTT và các vụ, việc còn tồn đọng hoặc mới phát sinh`;
    const cs: string[] = [];
    if (i.byCaseState.pending > 0) cs.push(`${n2(i.byCaseState.pending)} vụ, việc tồn đọng`);
    if (i.byCaseState.new > 0) cs.push(`${n2(i.byCaseState.new)} vụ, việc mới phát sinh`);
    if (cs.length) sec += ` (trong đó ${cs.join(' và ')})`; // "vụ, việc" has its own comma
    reported.push(sec);
  }
  if (c['administrative-procedures'] > 0) reported.push(`${n2(c['administrative-procedures'])} khó khăn, vướng mắc về thủ tục hành chính`);
  const contributed: string[] = [];
  if (c['commune-police'] > 0) contributed.push(`${n2(c['commune-police'])} ý kiến trong công tác củng cố, kiện toàn ${policeForceVi(s)}`);
  if (c['mass-organizations'] > 0)
    contributed.push(`${n2(c['mass-organizations'])} nội dung xây dựng các tổ chức quần chúng làm công tác phát động phong trào và đảm bảo ANTT trên địa bàn`);
  const parts: string[] = [];
  if (reported.length) parts.push(`đã phản ánh trực tiếp ${joinReportList(reported, 'vi')}`);
  if (contributed.length) parts.push(`${reported.length ? 'tham gia' : 'đã tham gia'} đóng góp ${joinReportList(contributed, 'vi')}`);
  if (c.other > 0) parts.push(`nêu ${n2(c.other)} nội dung khác`);
  let text = `Qua giao ban, ${who} ${parts.join('; ')}.`;

  const total = n2(i.total);
  if (i.byStatus.answered > 0)
    text += ` Lãnh đạo chủ trì đã giải đáp trực tiếp tại chỗ ${n2(i.byStatus.answered)}/${total} nội dung (${ratio(i.byStatus.answered, i.total)}).`;
  const closed = i.byStatus.answered + i.byStatus.resolved;
  const tail: string[] = [];
  if (closed > 0) {
    let d = `Tổng số đã giải quyết xong ${n2(closed)}/${total} nội dung (${ratio(closed, i.total)})`;
    if (i.medianDaysToResolve !== null)
      d += i.medianDaysToResolve === 0 ? ', phần lớn giải quyết ngay trong ngày' : `, thời gian giải quyết trung vị ${n2(i.medianDaysToResolve)} ngày`;
    tail.push(d);
  }
  const rest: string[] = [];
  if (i.byStatus['in-progress'] > 0) rest.push(`${n2(i.byStatus['in-progress'])} nội dung đang giải quyết`);
  if (i.byStatus.referred > 0) rest.push(`${n2(i.byStatus.referred)} nội dung đã chuyển cơ quan chức năng`);
  if (rest.length) tail.push(`${closed > 0 ? 'còn' : 'Còn'} ${joinReportList(rest, 'vi')}`);
  if (tail.length) {
    text += ` ${tail.join('; ')}`;
    if (i.overdueOpen > 0) {
      text += `, trong đó ${n2(i.overdueOpen)} nội dung quá hạn xử lý tính đến ngày ${formatDateVi(s.asOf)}`;
      const where = topCounts(i.overdueByCommune, (n) => n2(n));
      if (where) text += ` (${where})`;
    }
    text += '.';
  }
  text += formerVi(i, s);
  // Follow-up: how many were settled within their deadline, and what is left old.
  const closedKnown = i.closedOnTime + i.closedLate;
  if (closedKnown > 0) text += ` Tỷ lệ giải quyết đúng hạn đạt ${ratio(i.closedOnTime, closedKnown)} (${n2(i.closedOnTime)}/${n2(closedKnown)} nội dung).`;
  if (i.ageing.over60 > 0) text += ` Còn ${n2(i.ageing.over60)} nội dung tồn đọng trên 60 ngày.`;
  return text;
}

function issuesEn(i: IssueStatistics, s: Statistics): string {
  const c = i.byCategory;
  const kind = communeKindWords(s.communeKinds, s.tier).en;
  const who = s.tier === 'villages' ? 'the village heads and the grassroots security teams' : `the ${kind}' Party committees and authorities`;
  if (i.total === 0) return `${capitalise(who)} raised no items in the period.`;
  const items: string[] = [];
  if (c['security-situation'] > 0) {
    let sec = `${plural(c['security-situation'], 'item', 'items')} on the security and order situation and on pending or new cases`;
    const cs: string[] = [];
    if (i.byCaseState.pending > 0) cs.push(`${i.byCaseState.pending} pending`);
    if (i.byCaseState.new > 0) cs.push(`${i.byCaseState.new} new`);
    if (cs.length) sec += ` (${cs.join(', ')})`;
    items.push(sec);
  }
  if (c['administrative-procedures'] > 0) items.push(`${plural(c['administrative-procedures'], 'difficulty', 'difficulties')} with administrative procedures`);
  if (c['commune-police'] > 0) items.push(`${plural(c['commune-police'], 'opinion', 'opinions')} on consolidating ${s.tier === 'villages' ? 'the grassroots security teams' : 'the commune police force'}`);
  if (c['mass-organizations'] > 0) items.push(`${plural(c['mass-organizations'], 'item', 'items')} on building mass organisations for the movement`);
  if (c.other > 0) items.push(`${c.other} other ${c.other === 1 ? 'item' : 'items'}`);
  let text = `At the briefings, ${who} raised ${joinReportList(items, 'en')}.`;
  if (i.byStatus.answered > 0)
    text += ` The chairing leaders answered ${i.byStatus.answered} of ${i.total} on the spot (${ratio(i.byStatus.answered, i.total, 'en')}).`;
  const closed = i.byStatus.answered + i.byStatus.resolved;
  const tail: string[] = [];
  if (closed > 0) {
    let d = `In all, ${closed} of ${i.total} are settled (${ratio(closed, i.total, 'en')})`;
    if (i.medianDaysToResolve !== null)
      d += i.medianDaysToResolve === 0 ? ', mostly the same day' : `, with a median of ${plural(i.medianDaysToResolve, 'day', 'days')} to resolve`;
    tail.push(d);
  }
  const rest: string[] = [];
  if (i.byStatus['in-progress'] > 0) rest.push(`${i.byStatus['in-progress']} in progress`);
  if (i.byStatus.referred > 0) rest.push(`${i.byStatus.referred} referred to the competent agencies`);
  if (rest.length) tail.push(`${closed > 0 ? '' : 'There are '}${joinReportList(rest, 'en')}`);
  if (tail.length) {
    text += ` ${tail.join('; ')}`;
    if (i.overdueOpen > 0) {
      text += `, of which ${i.overdueOpen} ${i.overdueOpen === 1 ? 'is' : 'are'} past the deadline as of ${formatDateEn(s.asOf)}`;
      const where = topCounts(i.overdueByCommune, (n) => String(n));
      if (where) text += ` (${where})`;
    }
    text += '.';
  }
  text += formerEn(i);
  const closedKnown = i.closedOnTime + i.closedLate;
  if (closedKnown > 0) text += ` ${ratio(i.closedOnTime, closedKnown, 'en')} were settled within their deadline (${i.closedOnTime} of ${closedKnown}).`;
  if (i.ageing.over60 > 0) text += ` ${plural(i.ageing.over60, 'item has', 'items have')} been open for more than 60 days.`;
  return text;
}

function cumulativeVi(s: Statistics, unit: string): string {
  const cu = s.cumulative;
  const kind = communeKindWords(s.communeKinds, s.tier).vi;
  const c = cu.issues.byCategory;
  const items: string[] = [];
  if (c['security-situation'] > 0) items.push(`${n2(c['security-situation'])} thông tin liên quan đến tình hình ANTT và các vụ, việc còn tồn đọng hoặc mới phát sinh`);
  if (c['commune-police'] > 0) items.push(`${n2(c['commune-police'])} ý kiến trong công tác củng cố, kiện toàn ${policeForceVi(s)}`);
  if (c['mass-organizations'] > 0) items.push(`${n2(c['mass-organizations'])} nội dung xây dựng các tổ chức quần chúng làm công tác phát động phong trào`);
  if (c['administrative-procedures'] > 0) items.push(`${n2(c['administrative-procedures'])} khó khăn, vướng mắc về thủ tục hành chính`);
  if (c.other > 0) items.push(`${n2(c.other)} nội dung khác`);
  let text = `Lũy kế từ ngày ${formatDateVi(cu.from)} đến ngày ${formatDateVi(cu.to)}, ${unit} đã tổ chức ${n2(cu.briefings.held)} buổi giao ban tại ${hostedVi(cu.briefings)} ${kind}`;
  text += items.length ? `; tiếp nhận ${n2(cu.issues.total)} nội dung, gồm ${joinReportList(items, 'vi')}` : '';
  if (cu.issues.total > 0) text += `; đã giải quyết xong ${n2(cu.issues.byStatus.answered + cu.issues.byStatus.resolved)}/${n2(cu.issues.total)} nội dung (${ratio(cu.issues.byStatus.answered + cu.issues.byStatus.resolved, cu.issues.total)})`;
  return text + '.';
}

function cumulativeEn(s: Statistics, unit: string): string {
  const cu = s.cumulative;
  const c = cu.issues.byCategory;
  const parts = [
    `${c['security-situation']} on security and order`,
    `${c['commune-police']} on the commune police force`,
    `${c['mass-organizations']} on mass organisations`,
    `${c['administrative-procedures']} on administrative procedures`,
    `${c.other} other`,
  ];
  let text = `From ${formatDateEn(cu.from)} to ${formatDateEn(cu.to)} in total, ${unit} held ${plural(cu.briefings.held, 'briefing', 'briefings')} in ${hostedEn(cu.briefings)} ${communeKindWords(s.communeKinds, s.tier).en}`;
  if (cu.issues.total > 0) {
    text += ` and received ${plural(cu.issues.total, 'item', 'items')} (${parts.join(', ')})`;
    text += `; ${cu.issues.byStatus.answered + cu.issues.byStatus.resolved} are settled (${ratio(cu.issues.byStatus.answered + cu.issues.byStatus.resolved, cu.issues.total, 'en')})`;
  }
  return text + '.';
}

/** Who raises items at a briefing: the communes' Party committees and authorities, or the villages' heads and security teams. */
function raisersVi(s: Statistics): string {
  if (s.tier === 'villages') return 'Trưởng thôn, bản và Tổ bảo vệ an ninh, trật tự ở cơ sở các thôn, bản';
  return `cấp ủy, chính quyền các ${communeKindWords(s.communeKinds).vi}`;
}

/** The force the "commune-police" items are about: the commune police, or at the village tier the security teams. */
function policeForceVi(s: Statistics): string {
  if (s.tier === 'villages') return 'lực lượng tham gia bảo vệ an ninh, trật tự ở cơ sở';
  return `lực lượng Công an ${communeKindWords(s.communeKinds).vi}`;
}

/**
 * Items named by an old unit merged on 01/07/2025 are counted under today's unit; the sentence says which
 * ("trong đó: xã Nà Khoa cũ 02, xã Nậm Nhừ cũ 01").
 */
function formerVi(i: IssueStatistics, s: Statistics): string {
  const entries = Object.entries(i.byFormerCommune).filter(([now, olds]) => Object.keys(olds).some((o) => o !== now));
  if (entries.length === 0) return '';
  const kind = s.communeKinds.length === 1 ? `${communeKindWords(s.communeKinds).vi} ` : '';
  const parts = entries.map(([now, olds]) => {
    const total = i.byCommune[now] ?? Object.values(olds).reduce((a, b) => a + b, 0);
    const list = Object.entries(olds).map(([o, n]) => `${kind}${o} cũ ${n2(n)}`).join(', ');
    return `${kind}${now} ${n2(total)} nội dung (trong đó: ${list})`;
  });
  return ` Nội dung phản ánh tại đơn vị hành chính cũ (trước sắp xếp ngày 01/07/2025) được tính cho đơn vị hiện nay: ${parts.join('; ')}.`;
}

function formerEn(i: IssueStatistics): string {
  const entries = Object.entries(i.byFormerCommune).filter(([now, olds]) => Object.keys(olds).some((o) => o !== now));
  if (entries.length === 0) return '';
  const parts = entries.map(([now, olds]) => {
    const total = i.byCommune[now] ?? Object.values(olds).reduce((a, b) => a + b, 0);
    return `${now} ${total} (of which ${Object.entries(olds).map(([o, n]) => `former ${o} ${n}`).join(', ')})`;
  });
  return ` Items raised in units merged on 1 July 2025 count under today's unit: ${parts.join('; ')}.`;
}

const capitalise = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

/**
 * The report paragraph for a {@link Statistics}: counts under ten with a
 * leading zero, dates dd/mm/yyyy, the commune count as "05/15 xã"; in English, dates as
 * "15 December 2024" and counts as written ("2 of 6 communes").
 *
 * @example
 * ```ts
 * statisticsNarrative(stats, { unit: 'Công an huyện Mường Chà' }).vi;
 * // "Từ ngày 15/12/2024 đến ngày 14/01/2025, Công an huyện Mường Chà đã tổ chức 05 buổi giao ban tại 05/15 xã …"
 * ```
 */
export function statisticsNarrative(stats: Statistics, options: NarrativeOptions = {}): Narrative {
  const unitVi = options.unit?.trim() || 'đơn vị';
  const unitEn = options.unitEn?.trim() || (options.unit?.trim() ? policeNameEn(options.unit.trim()) : 'the unit');
  const { from, to } = stats.period;
  const vi: string[] = [];
  const en: string[] = [];
  vi.push(`Từ ngày ${formatDateVi(from)} đến ngày ${formatDateVi(to)}, ${scopeVi(stats)}${briefingsVi(stats.briefings, stats, unitVi)}`);
  en.push(`From ${formatDateEn(from)} to ${formatDateEn(to)}, ${scopeEn(stats)}${briefingsEn(stats.briefings, stats, unitEn)}`);
  vi.push(issuesVi(stats.issues, stats));
  en.push(issuesEn(stats.issues, stats));
  const longer = stats.cumulative.from < from;
  if ((options.cumulative ?? true) && longer) {
    vi.push(cumulativeVi(stats, unitVi));
    en.push(cumulativeEn(stats, unitEn));
  }
  if ((options.excludedRowsNote ?? true) && stats.excludedRows > 0) {
    vi.push(`(${n2(stats.excludedRows)} dòng có lỗi chưa được tính.)`);
    en.push(`(${plural(stats.excludedRows, 'row', 'rows')} with errors not counted.)`);
  }
  return { vi: vi.map(capitalise).join(' '), en: en.map(capitalise).join(' ') };
}

/** "Nà Khoa 02, Chà Nưa 01": the three largest counts, for the overdue clause. */
function topCounts(counts: Record<string, number>, num: (n: number) => string): string {
  return Object.entries(counts)
    .filter(([name]) => name !== '')
    .slice(0, 3)
    .map(([name, n]) => `${name} ${num(n)}`)
    .join(', ');
}
