/**
 * The document model: pure data a writer translates to .docx
 * without deciding anything — every size, alignment, rule, indent and width
 * is here. Lengths are millimetres, font sizes points.
 */
import type { IsoDate, YearMonth } from '../model.js';

/** The three papers of a briefing. */
export type DocumentKind = 'invitation' | 'minutes' | 'report';

/** A run of text with one look. */
export interface DocRun {
  text: string;
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
  /** Points; default: the paragraph's size. */
  size?: number;
  /** A line break before this run's text (inside the same paragraph). */
  breakBefore?: boolean;
}

/** Paragraph alignment. */
export type DocAlign = 'left' | 'center' | 'right' | 'justify';

/** A paragraph. */
export interface DocParagraph {
  type: 'paragraph';
  runs: DocRun[];
  align: DocAlign;
  /** Points of every run without its own size. */
  size: number;
  /** First-line indent, mm (negative: hanging). */
  firstLineMm?: number;
  indentLeftMm?: number;
  indentRightMm?: number;
  spaceBeforePt?: number;
  spaceAfterPt?: number;
  /** Line spacing as a multiple of single (1 … 1.5). */
  lineSpacing?: number;
  /** A rule under the paragraph across its width (between its indents). */
  ruleBelow?: boolean;
  /** A thin box around the paragraph (the "DỰ THẢO" mark). */
  box?: boolean;
  /** Keep with the next paragraph on one page (titles, signature heads). */
  keepNext?: boolean;
}

/** A table cell. */
export interface DocCell {
  paragraphs: DocParagraph[];
  /** Columns this cell spans (default 1). */
  span?: number;
  /** Shade as a header cell. */
  header?: boolean;
  verticalAlign?: 'top' | 'center';
}

/** A table; `widthsMm` sum to the text width at most. */
export interface DocTable {
  type: 'table';
  widthsMm: number[];
  rows: DocCell[][];
  /** Grid lines: `all` for data tables, `none` for layout tables (header blocks, signatures). */
  borders: 'all' | 'none';
  /** Rows repeated at the top of each page. */
  headerRows: number;
}

/** A block of the body. */
export type DocBlock = DocParagraph | DocTable;

/** Page geometry (Decree 30/2020 Appendix I: A4, margins in range). */
export interface DocPage {
  widthMm: number;
  heightMm: number;
  marginTopMm: number;
  marginBottomMm: number;
  marginLeftMm: number;
  marginRightMm: number;
  /** Distance of the page-number header from the top edge. */
  headerMm: number;
}

/** A whole document. */
export interface DocumentModel {
  kind: DocumentKind;
  /** Document title for file properties, e.g. `"Giấy mời giao ban tháng 01/2026 - Cụm 1"`. */
  title: string;
  /** Who wrote it, for the file properties Word shows (author, last modified by): the issuing unit. */
  author: string;
  /** Proofing language of the text, `"vi-VN"`. */
  language: string;
  /** Written for a month the workbook does not speak for, marked "DỰ THẢO" (a draft plan). */
  draft: boolean;
  /** Font family of every run. */
  font: string;
  page: DocPage;
  /** Page numbers centred at the top, from page 2 (Decree 30: none on the first page). */
  pageNumbers: { position: 'top-center'; fromPage: 2; size: number };
  body: DocBlock[];
  /** What the document is about, for file names and JSON; `period` is a report's reporting period. */
  meta: { date: IsoDate | null; cluster: string | null; host: string | null; period?: { from: IsoDate; to: IsoDate; month: YearMonth | null } | null };
}
