/**
 * Decree 30/2020/NĐ-CP Appendix I, as blocks: the page, the header blocks
 * (issuing body left, national title and motto right), the number and date
 * line, the document type and summary, body paragraphs, the signature block
 * and "Nơi nhận". Every size and position of the three documents comes from here.
 */
import type { IsoDate } from '../model.js';
import { DRAFT_MARK } from '../data/documentTexts.js';
import type { DocumentSettings } from './settings.js';
import type { DocAlign, DocBlock, DocCell, DocPage, DocParagraph, DocRun, DocTable, DocumentKind, DocumentModel } from './model.js';

/** A4 with margins inside the Decree's ranges (top/bottom 20–25, left 30–35, right 15–20 mm). */
export const DECREE30_PAGE: DocPage = {
  widthMm: 210,
  heightMm: 297,
  marginTopMm: 20,
  marginBottomMm: 20,
  marginLeftMm: 30,
  marginRightMm: 20,
  headerMm: 10,
};

/** Times New Roman throughout (Decree 30 Art. 5(1)(a): Unicode, TCVN 6909:2001). */
export const DECREE30_FONT = 'Times New Roman';

/** Width between the margins. */
export const TEXT_WIDTH_MM = DECREE30_PAGE.widthMm - DECREE30_PAGE.marginLeftMm - DECREE30_PAGE.marginRightMm;

/** Font sizes (pt) of each part, inside the Decree's ranges. */
export const SIZES = {
  parentBody: 12,
  issuingBody: 12,
  nationalTitle: 12,
  motto: 13,
  number: 13,
  dateLine: 13,
  docType: 14,
  summary: 14,
  body: 14,
  /** The invitation's body: 13 pt (within the Decree's 13–14) so that it fits one page. */
  bodyCompact: 13,
  table: 12,
  signatureAuthority: 13,
  signatureName: 14,
  recipientsHead: 12,
  recipients: 11,
  pageNumber: 13,
} as const;

/** Body paragraph: first-line indent 1.27 cm, 6 pt after, line spacing within 1–1.5. */
export const BODY = { firstLineMm: 12.7, spaceAfterPt: 6, lineSpacing: 1.15 } as const;

// Left and right columns of the header and signature tables (sum = text width).
const LEFT_MM = 64;
const RIGHT_MM = TEXT_WIDTH_MM - LEFT_MM;

/** A paragraph with defaults. */
export function para(runs: DocRun[] | string, opts: Partial<Omit<DocParagraph, 'type' | 'runs'>> = {}): DocParagraph {
  return {
    type: 'paragraph',
    runs: typeof runs === 'string' ? [{ text: runs }] : runs,
    align: opts.align ?? 'left',
    size: opts.size ?? SIZES.body,
    ...opts,
  };
}

/** A justified body paragraph with first-line indent. */
export function bodyPara(runs: DocRun[] | string, opts: Partial<Omit<DocParagraph, 'type' | 'runs'>> = {}): DocParagraph {
  return para(runs, { align: 'justify', firstLineMm: BODY.firstLineMm, spaceAfterPt: BODY.spaceAfterPt, lineSpacing: BODY.lineSpacing, ...opts });
}

/** A bold body heading ("I. THÀNH PHẦN"). */
export function headingPara(text: string): DocParagraph {
  return bodyPara([{ text, bold: true }], { keepNext: true, spaceBeforePt: 6 });
}

/**
 * Approximate printed width of a text in Times New Roman, mm (for the length
 * of a rule under it): average glyph widths of capitals, small letters and spaces.
 */
export function textWidthMm(text: string, pt: number, bold = false): number {
  let em = 0;
  for (const ch of text.normalize('NFC')) {
    if (ch === ' ') em += 0.25;
    else if (/\p{Lu}/u.test(ch)) em += 0.7;
    else if (/[\-–.,:;]/u.test(ch)) em += 0.3;
    else em += 0.47;
  }
  return em * (bold ? 1.05 : 1) * pt * 0.3528;
}

/**
 * Dots that fill the rest of a first line after `prefix` (at `pt`, with the
 * body's first-line indent), for the clerk to write on: a paragraph ending in
 * them is left-aligned, so justification never stretches the words before.
 */
export function dotsAfter(prefix: string, pt: number = SIZES.body, bold = false): string {
  const free = TEXT_WIDTH_MM - BODY.firstLineMm - textWidthMm(prefix, pt, bold);
  // "…" is about one em wide; keep a margin for the estimate.
  const n = Math.floor((free * 0.9) / (pt * 0.3528));
  return '…'.repeat(Math.max(8, n));
}

/** A thin rule of `widthMm`, centred in a column of `columnMm`. */
function rule(widthMm: number, columnMm: number): DocParagraph {
  const side = Math.max(0, (columnMm - widthMm) / 2);
  return para([{ text: '' }], { align: 'center', size: 2, indentLeftMm: side, indentRightMm: side, ruleBelow: true, spaceAfterPt: 6 });
}

/**
 * A date in words as Decree 30/2020 Appendix I writes it: the day zero-padded
 * below 10, the month zero-padded only for January and February (so that
 * "tháng 1" cannot be read as the start of "tháng 10"–"tháng 12").
 *
 * @example
 * ```ts
 * dateWords('2026-02-05'); // "ngày 05 tháng 02 năm 2026"
 * dateWords('2026-06-14'); // "ngày 14 tháng 6 năm 2026"
 * ```
 */
export function dateWords(date: IsoDate): string {
  const month = +date.slice(5, 7);
  return `ngày ${date.slice(8, 10)} tháng ${month <= 2 ? `0${month}` : String(month)} năm ${date.slice(0, 4)}`;
}

/**
 * The place and date line, e.g. "Nậm Pồ, ngày 05 tháng 02 năm 2026"; with no date, room to write it.
 *
 * @example
 * ```ts
 * dateLine('Nà Hỳ', '2026-06-14'); // "Nà Hỳ, ngày 14 tháng 6 năm 2026"
 * ```
 */
export function dateLine(place: string, date: IsoDate | null): string {
  return date ? `${place}, ${dateWords(date)}` : `${place}, ngày      tháng      năm 20    `;
}

/**
 * "Số: 05/GM-CAH", or "Số:      /GM-CAH" with room to write the number by hand.
 * Numbers under 10 are zero-padded as administrative numbers are.
 *
 * @example
 * ```ts
 * numberLine(settings, 'invitation', 5); // "Số: 05/GM-CAH"
 * ```
 */
export function numberLine(settings: DocumentSettings, kind: DocumentKind, n: number | null): string {
  const num = n === null ? '\u00a0\u00a0\u00a0\u00a0\u00a0\u00a0' : String(n).padStart(2, '0');
  return `Số: ${num}/${settings.symbols[kind]}-${settings.unitAbbreviation}`;
}

const cell = (paragraphs: DocParagraph[], extra: Partial<DocCell> = {}): DocCell => ({ paragraphs, verticalAlign: 'top', ...extra });

/**
 * The header of every document: issuing body (with the parent body above and a
 * short rule below) and the number on the left; the national title, the motto
 * (rule below) and the italic place and date line on the right — except on a
 * minutes, which form 1.9 of Appendix III prints without a place and date line.
 */
export function headerBlock(settings: DocumentSettings, kind: DocumentKind, n: number | null, date: IsoDate | null, withDateLine = true): DocTable {
  const left: DocParagraph[] = [];
  if (settings.parentBody) left.push(para(settings.parentBody, { align: 'center', size: SIZES.parentBody }));
  left.push(para([{ text: settings.issuingBody, bold: true }], { align: 'center', size: SIZES.issuingBody }));
  // Decree 30: a rule one third to one half of the line above.
  left.push(rule(Math.min(LEFT_MM - 10, Math.max(18, textWidthMm(settings.issuingBody, SIZES.issuingBody, true) / 2.5)), LEFT_MM));
  const motto = 'Độc lập - Tự do - Hạnh phúc';
  const right: DocParagraph[] = [
    para([{ text: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', bold: true }], { align: 'center', size: SIZES.nationalTitle }),
    para([{ text: motto, bold: true }], { align: 'center', size: SIZES.motto }),
    rule(textWidthMm(motto, SIZES.motto, true), RIGHT_MM),
  ];
  // The second row keeps the number and the date line level with each other.
  const numberCell = cell([para(numberLine(settings, kind, n), { align: 'center', size: SIZES.number })]);
  const dateCell = cell(withDateLine ? [para([{ text: dateLine(settings.placeName, date), italic: true }], { align: 'center', size: SIZES.dateLine })] : []);
  return {
    type: 'table',
    widthsMm: [LEFT_MM, RIGHT_MM],
    borders: 'none',
    headerRows: 0,
    rows: [
      [cell(left), cell(right)],
      [numberCell, dateCell],
    ],
  };
}

/**
 * Document type in capitals and the summary line, both bold and centred, and
 * under the summary a short rule (Appendix I: one third to one half of the line).
 */
export function titleBlock(docType: string, summary: string[]): DocParagraph[] {
  const out = [para([{ text: docType, bold: true }], { align: 'center', size: SIZES.docType, spaceBeforePt: 18, keepNext: true })];
  for (const line of summary) out.push(para([{ text: line, bold: true }], { align: 'center', size: SIZES.summary, keepNext: true }));
  const longest = Math.max(0, ...summary.map((l) => textWidthMm(l, SIZES.summary, true)));
  const r = rule(Math.min(TEXT_WIDTH_MM / 2, Math.max(25, longest * 0.4)), TEXT_WIDTH_MM);
  out.push({ ...r, keepNext: true, spaceAfterPt: 12 });
  return out;
}

/**
 * "Kính gửi:" and who the paper is addressed to: one recipient on the same line
 * ("Kính gửi: Công an tỉnh Điện Biên."), several one a line with "-" before,
 * ";" after and "." after the last (Decree 30 Appendix I).
 */
export function addresseeBlock(addressees: readonly string[], size: number = SIZES.body): DocBlock[] {
  if (addressees.length === 0) return [];
  if (addressees.length === 1) return [para(`Kính gửi: ${addressees[0]!.replace(/[.;]+$/u, '')}.`, { align: 'center', size, spaceAfterPt: 12, keepNext: true })];
  // One a line; a line that wraps hangs under its text, not under the dash.
  const lines = addressees.map((a, i) => para(`- ${a.replace(/[.;]+$/u, '')}${i === addressees.length - 1 ? '.' : ';'}`, { size, indentLeftMm: 3, firstLineMm: -3 }));
  return [
    {
      type: 'table',
      widthsMm: [27, TEXT_WIDTH_MM - 27],
      borders: 'none',
      headerRows: 0,
      rows: [[cell([para('Kính gửi:', { align: 'right', size, indentRightMm: 2 })]), cell(lines)]],
    },
    para('', { size: 6 }),
  ];
}

/** The boxed "DỰ THẢO" at the top right of a paper for a month the workbook does not speak for. */
export function draftMark(text: string): DocParagraph {
  // The box hugs the word: a paragraph indented to its width, flush with the right margin.
  const width = textWidthMm(text, SIZES.body, true) + 8;
  return para([{ text, bold: true }], { align: 'center', size: SIZES.body, box: true, indentLeftMm: TEXT_WIDTH_MM - width, spaceAfterPt: 6 });
}

/** The signer's block: authority, title (bold), room to sign, name (bold). */
export function signerParagraphs(authority: string | null, title: string, name: string | null): DocParagraph[] {
  const out: DocParagraph[] = [];
  if (authority) out.push(para([{ text: authority, bold: true }], { align: 'center', size: SIZES.signatureAuthority, keepNext: true }));
  out.push(para([{ text: title, bold: true }], { align: 'center', size: SIZES.signatureAuthority, keepNext: true, spaceAfterPt: 60 }));
  out.push(para([{ text: name ?? '' }], { align: 'center', size: SIZES.signatureName }));
  if (name) out[out.length - 1]!.runs[0]!.bold = true;
  return out;
}

/**
 * "Nơi nhận:" (12 pt bold italic) and one recipient a line (11 pt), "- …;" and
 * last "- Lưu: VT, ….". It opens the left cell of the closing table, so its
 * first line is level with the signer's authority line, as the forms place it.
 */
export function recipientParagraphs(recipients: readonly string[], archive = 'VT'): DocParagraph[] {
  const out = [para([{ text: 'Nơi nhận:', bold: true, italic: true }], { size: SIZES.recipientsHead })];
  for (const r of recipients) out.push(para(`- ${r};`, { size: SIZES.recipients }));
  out.push(para(`- Lưu: ${archive}.`, { size: SIZES.recipients }));
  return out;
}

/** The closing two-column layout: `left` (recipients or a second signer) and `right` (the signer). */
export function signatureTable(left: DocParagraph[], right: DocParagraph[]): DocTable {
  return { type: 'table', widthsMm: [LEFT_MM + 6, RIGHT_MM - 6], borders: 'none', headerRows: 0, rows: [[cell(left), cell(right)]] };
}

/** A data table with a shaded header row; `align` per column. */
export function dataTable(widthsMm: number[], header: string[], rows: string[][], align: DocAlign[] = []): DocTable {
  const c = (text: string, i: number, head: boolean): DocCell => ({
    header: head,
    verticalAlign: 'center',
    paragraphs: [para(head ? [{ text, bold: true }] : text, { align: head ? 'center' : (align[i] ?? 'left'), size: SIZES.table })],
  });
  return {
    type: 'table',
    widthsMm,
    borders: 'all',
    headerRows: 1,
    rows: [header.map((h, i) => c(h, i, true)), ...rows.map((r) => r.map((t, i) => c(t, i, false)))],
  };
}

/** A small gap after a table. */
export function spacer(): DocBlock {
  return para('', { size: 6 });
}

/** What {@link paper} needs besides the body. */
export interface PaperHead {
  kind: DocumentKind;
  title: string;
  settings: DocumentSettings;
  draft: boolean;
  meta: DocumentModel['meta'];
}

/**
 * A whole paper: A4 in the Decree's margins, Times New Roman, page numbers
 * from page 2, Vietnamese proofing language, the issuing unit as its author,
 * and the boxed "DỰ THẢO" above the header when it is a draft.
 */
export function paper(head: PaperHead, body: DocBlock[]): DocumentModel {
  return {
    kind: head.kind,
    title: head.title,
    author: head.settings.unitName,
    language: 'vi-VN',
    draft: head.draft,
    font: DECREE30_FONT,
    page: DECREE30_PAGE,
    pageNumbers: { position: 'top-center', fromPage: 2, size: SIZES.pageNumber },
    body: head.draft ? [draftMark(DRAFT_MARK), ...body] : body,
    meta: head.meta,
  };
}
