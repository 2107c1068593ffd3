/**
 * Giấy mời (GM): one per planned briefing, after form 1.7 of Decree 30/2020
 * Appendix III — the invitees under "Kính gửi", then "… trân trọng kính mời
 * … tới dự", "Chủ trì", "Thời gian", "Địa điểm", the content and the closing
 * request; "Nơi nhận" opening with "- Như trên;" for the invitees.
 */
import type { Catalogue, IsoDate, PlannedBriefing } from '../model.js';
import { communeKindWords, formatReportMonth } from '../report/format.js';
import { BRIEFING_CONTENT, INVITATION_CLOSING, INVITATION_INTRO, VILLAGE_BRIEFING_CONTENT, VILLAGE_INVITATION_CLOSING } from '../data/documentTexts.js';
import { addresseeBlock, bodyPara as body13, dotsAfter, headerBlock, paper, recipientParagraphs, signatureTable, signerParagraphs, SIZES, titleBlock } from './layout.js';
import type { DocBlock, DocumentModel } from './model.js';
import { communeOf, communeText, dayWords, leaderLine, placeOrBlank, signatureName, timeWords } from './people.js';
import { briefingPlace, type DocumentSettings } from './settings.js';

/** Context shared by the document builders. */
export interface DocumentContext {
  settings: DocumentSettings;
  catalogue: Catalogue;
  /** The document's number, or null to leave it blank. */
  number?: number | null;
  /** Date of the date line; null leaves it blank. */
  issueDate?: IsoDate | null;
  /** Written for a month the workbook does not speak for: marked "DỰ THẢO". */
  draft?: boolean;
}

/** "Như trên" first (for those named under "Kính gửi"), then the others; the clerk's own "Như trên"/"Như thành phần mời" not repeated. */
export function asAboveFirst(recipients: readonly string[], named: readonly string[] = []): string[] {
  const key = (s: string) => s.normalize('NFC').toLocaleLowerCase('vi').replace(/\s*\(.*\)\s*$/u, '').trim();
  const namedKeys = new Set(named.map(key));
  const rest = recipients.filter((r) => !/^như (trên|thành phần)/iu.test(r.normalize('NFC').trim()) && !namedKeys.has(key(r)));
  return ['Như trên', ...rest];
}

/**
 * The invitation to one planned briefing: the plan's participants under
 * "Kính gửi", the chair with rank and title, the time (a blank unless the
 * workbook or the caller gives one), the place (the workbook's, else a blank
 * before the host commune), content; signer and "Nơi nhận".
 *
 * @example
 * ```ts
 * const doc = buildInvitation(plan.briefings[0], { settings, catalogue: read.catalogue, issueDate: '2026-01-08' });
 * doc.kind; // "invitation"
 * ```
 */
export function buildInvitation(p: PlannedBriefing, ctx: DocumentContext): DocumentModel {
  const { settings, catalogue } = ctx;
  // 13 pt and single-spaced lists: an invitation fits one page, signature included.
  const bodyPara = (runs: Parameters<typeof body13>[0], opts: Parameters<typeof body13>[1] = {}) => body13(runs, { size: SIZES.bodyCompact, ...opts });
  const month = formatReportMonth(p.month);
  const hostText = communeText(catalogue, p.host);
  const item = (label: string, text: string) => bodyPara([{ text: `${label}: `, bold: true }, { text }]);
  const chair = leaderLine(catalogue, p.chair);
  // The village tier (a commune police unit's briefing at a village) is worded for villages.
  const village = communeOf(catalogue, p.host).village !== undefined;
  const kinds = communeKindWords(p.participatingCommunes.map((c) => communeOf(catalogue, c).kind), village ? 'villages' : 'communes').vi;
  const body: DocBlock[] = [
    headerBlock(settings, 'invitation', ctx.number ?? null, ctx.issueDate ?? null),
    ...titleBlock('GIẤY MỜI', [`Dự Hội nghị giao ban tại cơ sở tháng ${month}`, `(${p.cluster} - ${hostText})`]),
    ...addresseeBlock(p.participants, SIZES.bodyCompact),
    bodyPara(INVITATION_INTRO.replace('{unit}', settings.unitName).replace('{month}', month).replace('{cluster}', p.cluster)),
    // A month the plan could not staff: the chair is the commander's to name, not the paper's to guess.
    chair ? item('Chủ trì', `${chair}.`) : bodyPara([{ text: 'Chủ trì: ', bold: true }, { text: dotsAfter('Chủ trì: ', SIZES.bodyCompact, true) }], { align: 'left' }),
    // A date resting on estimated holidays is provisional, and the invitation says so.
    item('Thời gian', `${timeWords(settings.briefingTime)}, ${dayWords(p.date)}${p.estimate ? ` (${p.estimate.vi})` : ''}.`),
    item('Địa điểm', `${placeOrBlank(briefingPlace(settings, communeOf(catalogue, p.host)), catalogue, p.host)}.`),
    item('Nội dung', village ? VILLAGE_BRIEFING_CONTENT : BRIEFING_CONTENT),
    bodyPara((village ? VILLAGE_INVITATION_CLOSING : INVITATION_CLOSING).replace('{kinds}', kinds), { keepNext: true }),
    signatureTable(
      recipientParagraphs(asAboveFirst(settings.recipients.invitation, p.participants), settings.archive),
      signerParagraphs(settings.signer.authority, settings.signer.title, signatureName(catalogue, settings.signer.name)),
    ),
  ];
  return paper(
    {
      kind: 'invitation',
      title: `Giấy mời dự Hội nghị giao ban tại cơ sở tháng ${month} - ${p.cluster} - ${hostText}`,
      settings,
      draft: ctx.draft ?? false,
      meta: { date: p.date, cluster: p.cluster, host: p.host },
    },
    body,
  );
}
