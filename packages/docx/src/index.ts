/**
 * `@giaoban/docx` — writes the core's document models (invitation, minutes,
 * report; Decree 30/2020 layout) as .docx with the `docx` library. It only
 * translates: every size, indent, rule and width is in the model. No Node
 * APIs: it runs in Node, in the offline app and in the add-in's task pane.
 *
 * @example
 * ```ts
 * import { briefingDocuments } from '@giaoban/core';
 * import { documentToDocx } from '@giaoban/docx';
 * const { documents } = briefingDocuments(read, { month: '2026-01', settings });
 * const bytes = await documentToDocx(documents[0]); // Uint8Array of a .docx
 * ```
 * @packageDocumentation
 */
import {
  AlignmentType,
  BorderStyle,
  Document,
  Header,
  LineRuleType,
  Packer,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlign,
  WidthType,
  type IBordersOptions,
  type ITableBordersOptions,
} from 'docx';
import type { DocAlign, DocBlock, DocCell, DocParagraph, DocRun, DocTable, DocumentModel } from '@giaoban/core';

/** The product's name, for the file properties when a paper names no author. */
const PRODUCT = 'Giao ban cơ sở';

/** Millimetres → twentieths of a point (Word's unit for lengths). */
const twip = (mm: number): number => Math.round((mm * 1440) / 25.4);
/** Points → half-points (Word's unit for font sizes). */
const halfPt = (pt: number): number => Math.round(pt * 2);

const ALIGN: Record<DocAlign, (typeof AlignmentType)[keyof typeof AlignmentType]> = {
  left: AlignmentType.LEFT,
  center: AlignmentType.CENTER,
  right: AlignmentType.RIGHT,
  justify: AlignmentType.JUSTIFIED,
};

const LINE = { style: BorderStyle.SINGLE, size: 6, color: '000000', space: 1 } as const;
const NONE = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' } as const;
// The "DỰ THẢO" box: a little room between the frame and the word.
const BOX = { style: BorderStyle.SINGLE, size: 8, color: '000000', space: 3 } as const;

function run(r: DocRun, p: DocParagraph, font: string): TextRun {
  return new TextRun({
    text: r.text,
    bold: r.bold ?? false,
    italics: r.italic ?? false,
    ...(r.underline ? { underline: {} } : {}),
    size: halfPt(r.size ?? p.size),
    font,
    ...(r.breakBefore ? { break: 1 } : {}),
  });
}

function paragraph(p: DocParagraph, font: string): Paragraph {
  const indent: { firstLine?: number; hanging?: number; left?: number; right?: number } = {};
  if (p.firstLineMm !== undefined) {
    if (p.firstLineMm >= 0) indent.firstLine = twip(p.firstLineMm);
    else indent.hanging = twip(-p.firstLineMm);
  }
  if (p.indentLeftMm !== undefined) indent.left = twip(p.indentLeftMm);
  if (p.indentRightMm !== undefined) indent.right = twip(p.indentRightMm);
  const border: IBordersOptions | undefined = p.box
    ? { top: BOX, bottom: BOX, left: BOX, right: BOX }
    : p.ruleBelow
      ? { bottom: LINE }
      : undefined;
  return new Paragraph({
    alignment: ALIGN[p.align],
    indent,
    spacing: {
      before: Math.round((p.spaceBeforePt ?? 0) * 20),
      after: Math.round((p.spaceAfterPt ?? 0) * 20),
      line: Math.round(240 * (p.lineSpacing ?? 1)),
      lineRule: LineRuleType.AUTO,
    },
    ...(border ? { border } : {}),
    keepNext: p.keepNext ?? false,
    children: p.runs.map((r) => run(r, p, font)),
  });
}

function cellWidth(t: DocTable, col: number, span: number): number {
  let mm = 0;
  for (let i = col; i < col + span && i < t.widthsMm.length; i++) mm += t.widthsMm[i]!;
  return mm;
}

function tableCell(c: DocCell, t: DocTable, col: number, font: string): TableCell {
  const span = Math.max(1, c.span ?? 1);
  return new TableCell({
    children: c.paragraphs.length ? c.paragraphs.map((p) => paragraph(p, font)) : [new Paragraph('')],
    width: { size: twip(cellWidth(t, col, span)), type: WidthType.DXA },
    ...(span > 1 ? { columnSpan: span } : {}),
    verticalAlign: c.verticalAlign === 'center' ? VerticalAlign.CENTER : VerticalAlign.TOP,
  });
}

function table(t: DocTable, font: string): Table {
  const b = t.borders === 'all' ? LINE : NONE;
  const borders: ITableBordersOptions = { top: b, bottom: b, left: b, right: b, insideHorizontal: b, insideVertical: b };
  const margin = t.borders === 'all' ? twip(1.5) : 0;
  return new Table({
    width: { size: twip(t.widthsMm.reduce((a, w) => a + w, 0)), type: WidthType.DXA },
    columnWidths: t.widthsMm.map(twip),
    layout: TableLayoutType.FIXED,
    borders,
    margins: { left: margin, right: margin, top: t.borders === 'all' ? twip(0.5) : 0, bottom: t.borders === 'all' ? twip(0.5) : 0 },
    rows: t.rows.map((cells, r) => {
      let col = 0;
      return new TableRow({
        tableHeader: r < t.headerRows,
        cantSplit: true,
        children: cells.map((c) => {
          const cell = tableCell(c, t, col, font);
          col += Math.max(1, c.span ?? 1);
          return cell;
        }),
      });
    }),
  });
}

function block(b: DocBlock, font: string): Paragraph | Table {
  return b.type === 'table' ? table(b, font) : paragraph(b, font);
}

/**
 * The `docx` Document of a model (for callers that pack it themselves).
 *
 * @example
 * ```ts
 * const doc = docxDocument(model);
 * ```
 */
export function docxDocument(model: DocumentModel): Document {
  const font = model.font;
  const pg = model.page;
  const pageNumber = new Paragraph({
    alignment: AlignmentType.CENTER,
    children: [new TextRun({ children: [PageNumber.CURRENT], size: halfPt(model.pageNumbers.size), font })],
  });
  // Word shows these under File › Info: the issuing unit wrote it, never "Un-named".
  const author = model.author.trim() || PRODUCT;
  const language = { value: model.language, eastAsia: model.language };
  return new Document({
    title: model.title,
    subject: model.title,
    creator: author,
    lastModifiedBy: author,
    description: `${PRODUCT}: ${model.title}`,
    // The proofing language in the styles, so Word checks the spelling as Vietnamese.
    styles: {
      default: { document: { run: { font, size: halfPt(14), language } } },
      paragraphStyles: [{ id: 'Normal', name: 'Normal', run: { font, size: halfPt(14), language } }],
    },
    sections: [
      {
        properties: {
          // The first page has its own (empty) header: page numbers start on page 2.
          titlePage: model.pageNumbers.fromPage === 2,
          page: {
            size: { width: twip(pg.widthMm), height: twip(pg.heightMm) },
            margin: {
              top: twip(pg.marginTopMm),
              bottom: twip(pg.marginBottomMm),
              left: twip(pg.marginLeftMm),
              right: twip(pg.marginRightMm),
              header: twip(pg.headerMm),
              footer: twip(pg.headerMm),
            },
          },
        },
        headers: {
          default: new Header({ children: [pageNumber] }),
          first: new Header({ children: [new Paragraph('')] }),
        },
        children: model.body.map((b) => block(b, font)),
      },
    ],
  });
}

/**
 * The .docx bytes of a document model.
 *
 * @throws {Error} only if the `docx` library fails to pack (a bug, not bad data).
 * @example
 * ```ts
 * const bytes = await documentToDocx(model);
 * await writeFile('giay-moi.docx', bytes); // Node; in a browser: new Blob([bytes])
 * ```
 */
export async function documentToDocx(model: DocumentModel): Promise<Uint8Array> {
  return new Uint8Array(await Packer.toArrayBuffer(docxDocument(model)));
}

/** MIME type of a .docx file. */
export const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/**
 * The document as a Blob for a browser download.
 *
 * @example
 * ```ts
 * const url = URL.createObjectURL(await documentToBlob(model));
 * ```
 */
export async function documentToBlob(model: DocumentModel): Promise<Blob> {
  return new Blob([await Packer.toArrayBuffer(docxDocument(model))], { type: DOCX_MIME });
}
