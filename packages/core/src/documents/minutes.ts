/**
 * Biên bản giao ban (BB), form 1.9 of Decree 30/2020 Appendix III: no place and
 * date line at the top; "Thời gian bắt đầu", "Địa điểm", "Thành phần tham dự",
 * "Chủ trì (chủ tọa)", "Thư ký (người ghi biên bản)", the proceedings, "… kết
 * thúc vào … giờ …"; THƯ KÝ signs left, CHỦ TỌA right; "Nơi nhận" below.
 * One per held briefing, from what the log records — and nothing it does not:
 * a start time, a room, who attended or was absent are dotted blanks unless
 * the workbook holds them. A blank one per planned briefing, to take notes on the day.
 */
import type { Attendance, BriefingRecord, IssueRecord, PlannedBriefing } from '../model.js';
import { formatReportCount as n2, formatReportMonth } from '../report/format.js';
import { REPORT_RAISER_LABELS } from '../report/labels.js';
import { BLANK_MINUTES_ROWS, MINUTES_ANSWER, MINUTES_CLOSING, MINUTES_ITEM_HEADERS, MINUTES_PROCEEDINGS } from '../data/documentTexts.js';
import { formatDateVi, monthOf } from '../calendar/index.js';
import { bodyPara, dataTable, dateWords, dotsAfter, headerBlock, paper, recipientParagraphs, signatureTable, signerParagraphs, spacer, titleBlock } from './layout.js';
import type { DocRun } from './model.js';
import type { DocBlock, DocumentModel } from './model.js';
import { communeOf, communeText, leaderLine, placeOrBlank, signatureName, timeWords } from './people.js';
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
const ITEM_WIDTHS = [11, 40, 64, 45];

/**
 * "Thành phần tham dự" as the log records it: the roles marked present, the
 * public and mass organisations as counted; `unknown` when the log says
 * nothing about some role (the minutes then leave lines for the clerk). A
 * role the log does not mark present is not written as absent: an absence is
 * the clerk's to state.
 */
export function attendanceLines(a: Attendance, b: Pick<BriefingRecord, 'host' | 'participatingCommunes'>, ctx: DocumentContext): { present: string[]; unknown: boolean } {
  const { catalogue } = ctx;
  const host = communeText(catalogue, b.host);
  const participating = b.participatingCommunes.length ? b.participatingCommunes : [b.host];
  const roles: [boolean | null, string][] = [
    [a.areaOfficers, 'Cán bộ, chiến sỹ Công an phụ trách địa bàn'],
    [a.communePolice, `Trưởng hoặc Phó trưởng Công an ${participating.map((c) => communeText(catalogue, c)).join(', ')}`],
    [a.partyStanding, `Thường trực Đảng ủy ${host}`],
    [a.peoplesCouncil, `Thường trực Hội đồng nhân dân ${host}`],
    [a.peoplesCommittee, `Lãnh đạo Ủy ban nhân dân ${host}`],
  ];
  const present = roles.filter(([v]) => v === true).map(([, t]) => t);
  if (typeof a.public === 'number' && a.public > 0) present.push(`Quần chúng nhân dân: ${n2(a.public)} người`);
  else if (a.public === true) present.push('Quần chúng nhân dân');
  if (a.massOrganizations.length) present.push(`Đại diện các ban, đoàn thể: ${a.massOrganizations.join(', ')}`);
  return { present, unknown: roles.some(([v]) => v === null) };
}

/** Who raised an item, as the clerk wrote it ("Bí thư Đảng ủy xã"), else the group of the log; and the commune. */
function raiserText(i: IssueRecord, ctx: DocumentContext): string {
  const who = i.raisedByText?.trim() || (i.raisedBy ? REPORT_RAISER_LABELS[i.raisedBy].vi : '');
  const where = communeText(ctx.catalogue, i.commune);
  return who ? `${who} (${where})` : where;
}

function answerText(i: IssueRecord): string {
  const what = i.status === 'answered' ? MINUTES_ANSWER.answered : i.status === 'referred' ? MINUTES_ANSWER.referred : MINUTES_ANSWER.later;
  return [what, i.officer ? `cán bộ thụ lý: ${i.officer}` : '', i.notes ?? ''].filter((s) => s).join('; ');
}

interface MinutesHead {
  date: string;
  cluster: string | null;
  host: string;
  chair: string | null;
}

function opening(ctx: DocumentContext, head: MinutesHead): DocBlock[] {
  const { settings, catalogue } = ctx;
  const label = (text: string) => ({ text, bold: true });
  const place = placeOrBlank(briefingPlace(settings, communeOf(catalogue, head.host)), catalogue, head.host);
  const summary = [`Hội nghị giao ban tại cơ sở tháng ${formatReportMonth(monthOf(head.date))}`];
  if (head.cluster) summary.push(`(${head.cluster} - ${communeText(catalogue, head.host)})`);
  return [
    headerBlock(settings, 'minutes', ctx.number ?? null, null, false),
    ...titleBlock('BIÊN BẢN', summary),
    bodyPara([label('Thời gian bắt đầu: '), { text: `${timeWords(settings.briefingTime)}, ${dateWords(head.date)}.` }]),
    bodyPara([label('Địa điểm: '), { text: `${place}.` }]),
  ];
}

/** A line for the clerk to write on: the label, then dots to the end of the line (left-aligned, never stretched). */
function blankLine(label: string, bold = true): DocBlock {
  const runs: DocRun[] = label ? [{ text: label, bold }, { text: dotsAfter(label, undefined, bold) }] : [{ text: dotsAfter('') }];
  return bodyPara(runs, { align: 'left' });
}

function chairAndSecretary(ctx: DocumentContext, chair: string | null): DocBlock[] {
  const line = leaderLine(ctx.catalogue, chair);
  return [
    line ? bodyPara([{ text: 'Chủ trì (chủ tọa): ', bold: true }, { text: `${line}.` }]) : blankLine('Chủ trì (chủ tọa): '),
    blankLine('Thư ký (người ghi biên bản): '),
  ];
}

/** The chair's conclusion: not in the workbook, so lines for the secretary. */
function conclusionLines(): DocBlock[] {
  return [blankLine('Kết luận của đồng chí chủ trì: '), blankLine(''), blankLine('')];
}

function closing(ctx: DocumentContext, head: MinutesHead, body: DocBlock[], draft: boolean, title: string): DocumentModel {
  const { settings, catalogue } = ctx;
  body.push(bodyPara(MINUTES_CLOSING.replace('{date}', dateWords(head.date)), { keepNext: true }));
  // THƯ KÝ left, CHỦ TỌA right, level with each other; "Nơi nhận" under them on the left (form 1.9).
  body.push(signatureTable(signerParagraphs(null, 'THƯ KÝ', null), signerParagraphs(null, 'CHỦ TỌA', signatureName(catalogue, head.chair))));
  const recipients = recipientParagraphs(settings.recipients.minutes, 'VT, Hồ sơ');
  recipients[0] = { ...recipients[0]!, spaceBeforePt: 12 };
  body.push(...recipients);
  return paper({ kind: 'minutes', title, settings, draft, meta: { date: head.date, cluster: head.cluster, host: head.host } }, body);
}

/**
 * The minutes of a held briefing: the start time and the room only if the
 * workbook names them, who attended as the log records it, the chair (rank
 * and title), each item raised with its raiser as recorded and what the chair
 * did with it; the closing hour blank; THƯ KÝ signs left, CHỦ TỌA right.
 *
 * @example
 * ```ts
 * const b = read.briefings[0];
 * buildMinutes(b, issuesOfBriefing(b, read.issues), { settings, catalogue: read.catalogue });
 * ```
 */
export function buildMinutes(b: BriefingRecord, items: readonly IssueRecord[], ctx: DocumentContext): DocumentModel {
  const head: MinutesHead = { date: b.date, cluster: b.cluster, host: b.host, chair: b.chair };
  const body = opening(ctx, head);
  const att = attendanceLines(b.attendance, b, ctx);
  body.push(bodyPara([{ text: 'Thành phần tham dự:', bold: true }], { spaceAfterPt: 0, keepNext: true }));
  att.present.forEach((l, i) => body.push(bodyPara(`- ${l}${i === att.present.length - 1 && !att.unknown ? '.' : ';'}`, { spaceAfterPt: 0 })));
  // Roles the log says nothing about: lines for the clerk, nobody marked present or absent.
  if (att.present.length === 0 || att.unknown) body.push(blankLine('- ', false), blankLine('- ', false));
  body.push(...chairAndSecretary(ctx, b.chair));
  body.push(bodyPara([{ text: MINUTES_PROCEEDINGS, bold: true }], { keepNext: true }));
  if (items.length === 0) {
    body.push(bodyPara('Sổ theo dõi không ghi ý kiến, phản ánh nào tại hội nghị.'), blankLine(''));
  } else {
    body.push(bodyPara(`Tại hội nghị, các đại biểu nêu ${n2(items.length)} ý kiến, phản ánh; đồng chí chủ trì giải đáp, chỉ đạo như sau:`, { keepNext: true }));
    body.push(
      dataTable(ITEM_WIDTHS, MINUTES_ITEM_HEADERS, items.map((i, n) => [String(n + 1), raiserText(i, ctx), i.content, answerText(i)]), ['center', 'left', 'justify', 'left']),
      spacer(),
    );
  }
  if (b.notes) body.push(bodyPara(`Ghi chú: ${b.notes}`));
  body.push(...conclusionLines());
  const title = `Biên bản Hội nghị giao ban tại cơ sở ngày ${formatDateVi(b.date)} - ${communeText(ctx.catalogue, b.host)}`;
  return closing(ctx, head, body, ctx.draft ?? false, title);
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
  const head: MinutesHead = { date: p.date, cluster: p.cluster, host: p.host, chair: p.chair };
  const body = opening(ctx, head);
  body.push(bodyPara([{ text: 'Thành phần tham dự (đánh dấu người có mặt):', bold: true }], { spaceAfterPt: 0, keepNext: true }));
  for (const who of p.participants) body.push(bodyPara(`□ ${who};`, { spaceAfterPt: 0, align: 'left' }));
  body.push(bodyPara('□ Quần chúng nhân dân: …… người;', { spaceAfterPt: 0, align: 'left' }));
  body.push(blankLine('□ Đại diện các ban, đoàn thể: ', false));
  body.push(...chairAndSecretary(ctx, p.chair));
  body.push(bodyPara([{ text: MINUTES_PROCEEDINGS, bold: true }], { keepNext: true }));
  const blank = Array.from({ length: BLANK_MINUTES_ROWS }, (_, i) => [String(i + 1), '', '', '']);
  body.push(dataTable(ITEM_WIDTHS, MINUTES_ITEM_HEADERS, blank, ['center']), spacer());
  body.push(...conclusionLines());
  const title = `Biên bản Hội nghị giao ban tại cơ sở ngày ${formatDateVi(p.date)} - ${communeText(ctx.catalogue, p.host)}`;
  return closing(ctx, head, body, ctx.draft ?? false, title);
}
