/**
 * Biên bản giao ban (BB): one per held briefing — attendees by role from the
 * briefing log, the items the issue log ties to that date and those communes —
 * and a blank one per planned briefing for notes on the day (issue 12).
 */
import type { Attendance, BriefingRecord, IssueRecord, PlannedBriefing } from '../model.js';
import { formatReportCount as n2, formatReportMonth } from '../report/format.js';
import { REPORT_CATEGORY_LABELS, REPORT_RAISER_LABELS, REPORT_STATUS_LABELS } from '../report/labels.js';
import { BLANK_MINUTES_ROWS, FILL_LINE, MINUTES_CLOSING, MINUTES_ITEM_HEADERS } from '../data/documentTexts.js';
import { formatDateVi, monthOf } from '../calendar/index.js';
import {
  bodyPara,
  dataTable,
  DECREE30_FONT,
  DECREE30_PAGE,
  headerBlock,
  headingPara,
  signatureTable,
  signerParagraphs,
  SIZES,
  spacer,
  titleBlock,
} from './layout.js';
import type { DocBlock, DocumentModel } from './model.js';
import { communeOf, communeText, dayWords, leaderLine, signatureName, timeWords } from './people.js';
import { briefingPlace } from './settings.js';
import type { DocumentContext } from './invitation.js';

/**
 * The items raised at a briefing: issues of its date from its host or one of
 * its participating communes (the same tie the validator's `issue.no-briefing` uses).
 *
 * @example
 * ```ts
 * issuesOfBriefing(read.briefings[0], read.issues).length; // 3
 * ```
 */
export function issuesOfBriefing(b: Pick<BriefingRecord, 'date' | 'host' | 'participatingCommunes'>, issues: readonly IssueRecord[]): IssueRecord[] {
  const communes = new Set([b.host, ...b.participatingCommunes]);
  return issues.filter((i) => i.date === b.date && communes.has(i.commune));
}

// Widths of the items table (mm), summing to the text width (160).
const ITEM_WIDTHS = [11, 32, 55, 28, 34];

function attendanceLines(a: Attendance, b: BriefingRecord, ctx: DocumentContext): string[] {
  const { catalogue } = ctx;
  const host = communeText(catalogue, b.host);
  const participating = b.participatingCommunes.length ? b.participatingCommunes : [b.host];
  const mark = (v: boolean | null): string => (v === true ? '' : v === false ? ' (vắng)' : ' (sổ chưa ghi)');
  const officers = participating.flatMap((c) => communeOf(catalogue, c).areaOfficers ?? []);
  const lines = [
    `Cán bộ, chiến sỹ Công an phụ trách địa bàn${officers.length ? `: ${[...new Set(officers)].map((o) => `đ/c ${o}`).join(', ')}` : ''}${mark(a.areaOfficers)}`,
    `Trưởng hoặc Phó trưởng Công an ${participating.map((c) => communeText(catalogue, c)).join(', ')}${mark(a.communePolice)}`,
    `Thường trực Đảng ủy ${host}${mark(a.partyStanding)}`,
    `Thường trực HĐND ${host}${mark(a.peoplesCouncil)}`,
    `Lãnh đạo UBND ${host}${mark(a.peoplesCommittee)}`,
  ];
  if (typeof a.public === 'number' && a.public > 0) lines.push(`Quần chúng nhân dân: ${n2(a.public)} người`);
  else if (a.public === true) lines.push('Quần chúng nhân dân');
  if (a.massOrganizations.length) lines.push(`Đại diện các ban, đoàn thể: ${a.massOrganizations.join(', ')}`);
  return lines;
}

function itemRow(i: IssueRecord, n: number): string[] {
  const raiser = i.raisedBy ? REPORT_RAISER_LABELS[i.raisedBy].vi : '';
  const who = [raiser, `xã ${i.commune}`].filter((s) => s).join(' - ');
  const category = i.category ? (REPORT_CATEGORY_LABELS[i.category].short ?? REPORT_CATEGORY_LABELS[i.category].vi) : 'Chưa phân loại';
  const answer = [REPORT_STATUS_LABELS[i.status].vi, i.resolvedDate ? `ngày ${formatDateVi(i.resolvedDate)}` : '', i.officer ? `cán bộ thụ lý: ${i.officer}` : '', i.notes ?? '']
    .filter((s) => s)
    .join('; ');
  return [String(n), who, i.content, category, answer];
}

function minutesModel(ctx: DocumentContext, head: { date: string; cluster: string | null; host: string }, body: DocBlock[], secretaryName: string | null, chairName: string | null): DocumentModel {
  body.push(
    signatureTable(
      signerParagraphs(null, 'THƯ KÝ', secretaryName),
      signerParagraphs(null, 'CHỦ TRÌ', chairName),
    ),
  );
  return {
    kind: 'minutes',
    title: `Biên bản giao ban ngày ${formatDateVi(head.date)} - ${communeText(ctx.catalogue, head.host)}`,
    font: DECREE30_FONT,
    page: DECREE30_PAGE,
    pageNumbers: { position: 'top-center', fromPage: 2, size: SIZES.pageNumber },
    body,
    meta: { date: head.date, cluster: head.cluster, host: head.host },
  };
}

function opening(ctx: DocumentContext, date: string, host: string): DocBlock[] {
  const { settings, catalogue } = ctx;
  const place = briefingPlace(settings, communeOf(catalogue, host));
  return [
    ...titleBlock('BIÊN BẢN', [`Hội nghị giao ban tại cơ sở tháng ${formatReportMonth(monthOf(date))}`]),
    bodyPara(`Hôm nay, vào hồi ${timeWords(settings.briefingTime)}, ${dayWords(date)}, tại ${place}, ${settings.unitName} tổ chức Hội nghị giao ban tại cơ sở.`),
    headingPara('I. THÀNH PHẦN'),
  ];
}

/**
 * The minutes of a held briefing: attendees by role, the items raised (who,
 * what, category, the chair's answer or status), closing time blank; THƯ KÝ
 * signs left, CHỦ TRÌ right.
 *
 * @example
 * ```ts
 * const b = read.briefings[0];
 * buildMinutes(b, issuesOfBriefing(b, read.issues), { settings, catalogue: read.catalogue, issueDate: b.date });
 * ```
 */
export function buildMinutes(b: BriefingRecord, items: readonly IssueRecord[], ctx: DocumentContext): DocumentModel {
  const { catalogue } = ctx;
  const chair = leaderLine(catalogue, b.chair);
  const body: DocBlock[] = [headerBlock(ctx.settings, 'minutes', ctx.number ?? null, ctx.issueDate ?? b.date), ...opening(ctx, b.date, b.host)];
  body.push(bodyPara([{ text: '1. Chủ trì: ', bold: true }, { text: chair ?? FILL_LINE }]));
  body.push(bodyPara([{ text: '2. Thư ký: ', bold: true }, { text: FILL_LINE }]));
  body.push(bodyPara([{ text: '3. Thành phần tham dự:', bold: true }], { spaceAfterPt: 0 }));
  for (const line of attendanceLines(b.attendance, b, ctx)) body.push(bodyPara(`- ${line};`, { spaceAfterPt: 0 }));
  body.push(headingPara('II. NỘI DUNG'));
  if (items.length === 0) {
    body.push(bodyPara('Tại hội nghị, sổ theo dõi không ghi ý kiến, phản ánh nào.'));
  } else {
    body.push(bodyPara(`Tại hội nghị, các đại biểu nêu ${n2(items.length)} ý kiến, phản ánh; đồng chí chủ trì giải đáp, chỉ đạo như sau:`));
    body.push(dataTable(ITEM_WIDTHS, MINUTES_ITEM_HEADERS, items.map((i, n) => itemRow(i, n + 1)), ['center', 'left', 'justify', 'left', 'left']), spacer());
  }
  if (b.notes) body.push(bodyPara(`Ghi chú: ${b.notes}`));
  body.push(headingPara('III. KẾT LUẬN'), bodyPara(FILL_LINE), bodyPara(MINUTES_CLOSING, { keepNext: true }));
  return minutesModel(ctx, { date: b.date, cluster: b.cluster, host: b.host }, body, null, signatureName(catalogue, b.chair));
}

/**
 * A blank minutes for a planned briefing, to take notes on the day: the
 * plan's participants to tick, an empty items table.
 *
 * @example
 * ```ts
 * buildBlankMinutes(plan.briefings[0], { settings, catalogue: read.catalogue });
 * ```
 */
export function buildBlankMinutes(p: PlannedBriefing, ctx: DocumentContext): DocumentModel {
  const chair = leaderLine(ctx.catalogue, p.chair);
  const body: DocBlock[] = [headerBlock(ctx.settings, 'minutes', ctx.number ?? null, ctx.issueDate ?? p.date), ...opening(ctx, p.date, p.host)];
  body.push(bodyPara([{ text: '1. Chủ trì: ', bold: true }, { text: chair ?? FILL_LINE }]));
  body.push(bodyPara([{ text: '2. Thư ký: ', bold: true }, { text: FILL_LINE }]));
  body.push(bodyPara([{ text: '3. Thành phần tham dự (đánh dấu người có mặt):', bold: true }], { spaceAfterPt: 0 }));
  for (const who of p.participants) body.push(bodyPara(`□ ${who};`, { spaceAfterPt: 0 }));
  body.push(bodyPara('□ Quần chúng nhân dân: …… người; đại diện các ban, đoàn thể: ……………………', { spaceAfterPt: 0 }));
  body.push(headingPara('II. NỘI DUNG'), bodyPara('Các ý kiến, phản ánh tại hội nghị và ý kiến của đồng chí chủ trì:'));
  const blank = Array.from({ length: BLANK_MINUTES_ROWS }, (_, i) => [String(i + 1), '', '', '', '']);
  body.push(dataTable(ITEM_WIDTHS, MINUTES_ITEM_HEADERS, blank, ['center']), spacer());
  body.push(headingPara('III. KẾT LUẬN'), bodyPara(FILL_LINE), bodyPara(FILL_LINE), bodyPara(MINUTES_CLOSING, { keepNext: true }));
  return minutesModel(ctx, { date: p.date, cluster: p.cluster, host: p.host }, body, null, signatureName(ctx.catalogue, p.chair));
}
