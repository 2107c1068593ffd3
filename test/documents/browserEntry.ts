// Bundled for the browser by browser.test.ts: the papers of a month from a cell
// grid, written to .docx bytes and a Blob — no Node API anywhere on the path.
import { briefingDocuments, detectUnitNames, documentFileName, readWorkbook, resolveDocumentSettings, type WorkbookGrid } from '@giaoban/core';
import { documentToBlob, documentToDocx, DOCX_MIME } from '@giaoban/docx';

async function papers(grid: WorkbookGrid, month: string) {
  const read = readWorkbook(grid);
  const settings = resolveDocumentSettings(read, detectUnitNames(grid));
  const { documents } = briefingDocuments(read, { month, settings });
  const out: { name: string; bytes: number[]; blobSize: number; blobType: string }[] = [];
  for (const d of documents) {
    const bytes = await documentToDocx(d);
    const blob = await documentToBlob(d);
    out.push({ name: documentFileName(d), bytes: Array.from(bytes), blobSize: blob.size, blobType: blob.type });
  }
  return { out, mime: DOCX_MIME };
}

(globalThis as unknown as { giaobanPapers: typeof papers }).giaobanPapers = papers;
