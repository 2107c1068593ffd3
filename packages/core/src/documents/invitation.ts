/** Giấy mời (GM): one per planned briefing (issue 12). */
import type { Catalogue, IsoDate, PlannedBriefing } from '../model.js';
import { communeKindWords, formatReportMonth } from '../report/format.js';
import { BRIEFING_CONTENT, INVITATION_CLOSING, VILLAGE_BRIEFING_CONTENT, VILLAGE_INVITATION_CLOSING } from '../data/documentTexts.js';
import { bodyPara as body13, DECREE30_FONT, DECREE30_PAGE, headerBlock, recipientParagraphs, signatureTable, signerParagraphs, SIZES, titleBlock } from './layout.js';
import type { DocBlock, DocumentModel } from './model.js';
import { communeOf, communeText, dayWords, leaderLine, timeWords } from './people.js';
import { briefingPlace, type DocumentSettings } from './settings.js';

/** Context shared by the document builders. */
export interface DocumentContext {
  settings: DocumentSettings;
  catalogue: Catalogue;
  /** The document's number, or null to leave it blank. */
  number?: number | null;
  /** Date of the date line; null leaves it blank. */
  issueDate?: IsoDate | null;
}

/**
 * The invitation to one planned briefing: who is invited (the plan's
 * participants), time, place (the host's hall or its own setting), content,
 * chair; signer and "Nơi nhận".
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
  const host = communeOf(catalogue, p.host);
  const month = formatReportMonth(p.month);
  const body: DocBlock[] = [
    headerBlock(settings, 'invitation', ctx.number ?? null, ctx.issueDate ?? null),
    ...titleBlock('GIẤY MỜI', [`Dự Hội nghị giao ban tại cơ sở tháng ${month}`, `(${p.cluster} - ${communeText(catalogue, p.host)})`]),
    bodyPara(`${settings.unitName} trân trọng kính mời:`),
  ];
  for (const who of p.participants) body.push(bodyPara(`- ${who};`, { spaceAfterPt: 0, lineSpacing: 1 }));
  body.push(bodyPara(`Đến dự Hội nghị giao ban tại cơ sở tháng ${month} của ${p.cluster}.`, { spaceBeforePt: 6 }));
  body.push(bodyPara([{ text: '1. Thời gian: ', bold: true }, { text: `${timeWords(settings.briefingTime)}, ${dayWords(p.date)}.` }]));
  body.push(bodyPara([{ text: '2. Địa điểm: ', bold: true }, { text: `${briefingPlace(settings, host)}.` }]));
  body.push(bodyPara([{ text: '3. Nội dung: ', bold: true }, { text: host.village ? VILLAGE_BRIEFING_CONTENT : BRIEFING_CONTENT }]));
  const chair = leaderLine(catalogue, p.chair);
  body.push(bodyPara([{ text: '4. Chủ trì: ', bold: true }, { text: chair ? `${chair}.` : 'Lãnh đạo đơn vị (sẽ thông báo sau).' }]));
  const kinds = communeKindWords(p.participatingCommunes.map((c) => communeOf(catalogue, c).kind), host.village ? 'villages' : 'communes').vi;
  body.push(bodyPara((host.village ? VILLAGE_INVITATION_CLOSING : INVITATION_CLOSING).replace('{kinds}', kinds), { keepNext: true }));
  body.push(signatureTable(recipientParagraphs(settings.recipients.invitation, settings.archive), signerParagraphs(settings.signer.authority, settings.signer.title, settings.signer.name)));
  return {
    kind: 'invitation',
    title: `Giấy mời giao ban tháng ${month} - ${p.cluster} - ${communeText(catalogue, p.host)}`,
    font: DECREE30_FONT,
    page: DECREE30_PAGE,
    pageNumbers: { position: 'top-center', fromPage: 2, size: SIZES.pageNumber },
    body,
    meta: { date: p.date, cluster: p.cluster, host: p.host },
  };
}
