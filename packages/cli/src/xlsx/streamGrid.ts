/**
 * Streaming read of an .xlsx into grids: exceljs's WorkbookReader walks each
 * sheet's XML once without building the whole object model (about 2× faster and
 * a quarter of the memory of `xlsx.load` on 100,000 rows). The streaming reader
 * skips merged areas, so we tap each sheet's XML stream and pick up the
 * <mergeCells> block at its end ourselves.
 */
import ExcelJS from 'exceljs';
import { createRequire } from 'node:module';
import type { SheetGrid, WorkbookGrid } from '@giaoban/core';
import { SheetGridBuilder } from './gridBuilder.js';

type Chunk = Buffer | string;
interface ReaderProto {
  _parseWorksheet(iterator: AsyncIterable<Chunk>, sheetNo: number): Iterable<unknown>;
  __giaobanTapped?: boolean;
}

/** Merges found per sheet file number, filled while a WorkbookReader runs. */
const mergeTaps = new WeakMap<object, Map<number, string[]>>();

let tapInstalled: boolean | null = null;

function installMergeTap(): boolean {
  if (tapInstalled !== null) return tapInstalled;
  try {
    const require = createRequire(import.meta.url);
    const WorkbookReader = require('exceljs/lib/stream/xlsx/workbook-reader.js') as { prototype: ReaderProto };
    const proto = WorkbookReader.prototype;
    if (!proto.__giaobanTapped) {
      const original = proto._parseWorksheet;
      proto._parseWorksheet = function* (this: object, iterator, sheetNo) {
        const sink = mergeTaps.get(this);
        const source = sink ? tapMerges(iterator, (refs) => sink.set(Number(sheetNo), refs)) : iterator;
        for (const wsReader of original.call(this, source, sheetNo)) {
          // exceljs replaces the reader's id by the workbook's sheet id; keep the file number for the merges.
          (wsReader as { _fileNo?: number })._fileNo = Number(sheetNo);
          yield wsReader;
        }
      };
      proto.__giaobanTapped = true;
    }
    tapInstalled = true;
  } catch {
    tapInstalled = false;
  }
  return tapInstalled;
}

const OPEN = Buffer.from('<mergeCells');
const CLOSE = '</mergeCells>';

/** Passes chunks through unchanged and reports the merge refs found in the XML. */
async function* tapMerges(iterator: AsyncIterable<Chunk>, report: (refs: string[]) => void): AsyncGenerator<Chunk> {
  let tail: Buffer = Buffer.alloc(0);
  let collected: string | null = null;
  const flush = () => {
    const refs: string[] = [];
    if (collected) for (const m of collected.matchAll(/<mergeCell\s[^>]*ref="([A-Z]+\d+:[A-Z]+\d+)"/g)) refs.push(m[1]!);
    report(refs);
  };
  try {
    for await (const chunk of iterator) {
      if (collected === null) {
        const buf = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
        const joined = tail.length ? Buffer.concat([tail, buf]) : buf;
        const at = joined.indexOf(OPEN);
        if (at >= 0) collected = joined.subarray(at).toString('utf8');
        else tail = Buffer.from(joined.subarray(Math.max(0, joined.length - OPEN.length)));
      } else if (!collected.includes(CLOSE)) {
        collected += typeof chunk === 'string' ? chunk : chunk.toString('utf8');
      }
      // Report as soon as the block is complete: the consumer may stop iterating before the end.
      if (collected !== null && collected.includes(CLOSE)) flush();
      yield chunk;
    }
  } finally {
    flush();
  }
}

/**
 * Reads `path` with exceljs's streaming reader. Throws whatever exceljs throws
 * (the caller falls back to the full reader, then reports a corrupt file).
 */
export async function streamWorkbookGrid(path: string, onProgress: (message: string) => void): Promise<WorkbookGrid> {
  const tapped = installMergeTap();
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(path, {
    sharedStrings: 'cache',
    styles: 'cache',
    hyperlinks: 'ignore',
    worksheets: 'emit',
    entries: 'ignore',
  });
  const merges = new Map<number, string[]>();
  if (tapped) mergeTaps.set(reader, merges);
  const readerState = reader as unknown as { properties?: { model?: { date1904?: boolean } }; model?: { sheets?: { name: string; id: number }[] } };
  const sheets: { sheetNo: number; name: string | undefined; grid: SheetGrid }[] = [];
  let date1904 = false;
  for await (const wsReader of reader as unknown as AsyncIterable<AsyncIterable<ExcelJS.Row> & { id: number; name?: string; sheetNo?: number }>) {
    date1904 = Boolean(readerState.properties?.model?.date1904);
    const sheetNo = (wsReader as unknown as { id: number }).id;
    const fileNo = sheetNoOf(wsReader);
    const builder = new SheetGridBuilder(date1904);
    let count = 0;
    for await (const row of wsReader) {
      builder.addRow(row.number - 1, (visit) => row.eachCell({ includeEmpty: false }, visit));
      if (++count % 20_000 === 0) onProgress(`Đang đọc trang "${wsReader.name ?? sheetNo}": ${count} dòng…`);
    }
    const grid = builder.toGrid(wsReader.name ?? `Sheet${sheetNo}`);
    grid.merges = merges.get(fileNo) ?? [];
    sheets.push({ sheetNo, name: wsReader.name, grid });
    onProgress(`Đã đọc trang "${grid.name}" (${grid.values.length} dòng).`);
  }
  // Emitted in zip order; put them back in tab order.
  const order = (readerState.model?.sheets ?? []).map((s) => s.name);
  sheets.sort((a, b) => rank(order, a.name) - rank(order, b.name) || a.sheetNo - b.sheetNo);
  return { sheets: sheets.map((s) => s.grid), date1904 };
}

function sheetNoOf(ws: unknown): number {
  // The reader's `id` is replaced by the workbook's sheet id; the file number stays in the entry path only.
  const o = ws as { id: number; _fileNo?: number };
  return o._fileNo ?? o.id;
}

const rank = (order: string[], name: string | undefined): number => {
  const i = name === undefined ? -1 : order.indexOf(name);
  return i < 0 ? Number.MAX_SAFE_INTEGER : i;
};

