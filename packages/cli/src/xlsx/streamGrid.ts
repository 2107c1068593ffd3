/**
 * Streaming read of an .xlsx into grids: exceljs's WorkbookReader walks each
 * sheet's XML once without building the whole object model (about 2× faster and
 * a quarter of the memory of `xlsx.load` on 100,000 rows). The streaming reader
 * skips merged areas, so we tap each sheet's XML stream and pick up the
 * <mergeCells> block at its end ourselves.
 */
import ExcelJS from 'exceljs';
import { createRequire } from 'node:module';
import type { CellValue, SheetGrid, WorkbookGrid } from '@giaoban/core';
import { toCellValue } from './cellValue.js';

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

interface StreamedSheet {
  ws: { id: number; name?: string };
  rows: { values: CellValue[]; formats: (string | null)[]; fonts: (string | null)[] }[];
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
    const values: CellValue[][] = [];
    const numberFormats: (string | null)[][] = [];
    const fonts: (string | null)[][] = [];
    let anyFormat = false;
    let anyFont = false;
    let count = 0;
    for await (const row of wsReader) {
      const r = row.number - 1;
      const vals: CellValue[] = [];
      const fmts: (string | null)[] = [];
      const fnts: (string | null)[] = [];
      row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
        const c = colNumber - 1;
        const raw = cell.value;
        let v = toCellValue(raw, date1904);
        // The streaming reader drops a formula's error result (no cached value, or NaN). Excel always
        // caches a result when it saves, so a formula without one is an error cell; its exact code is lost.
        if ((typeof v === 'number' && Number.isNaN(v)) || (v === null && raw !== null && typeof raw === 'object' && 'formula' in raw)) v = '#VALUE!';
        const style = cell.style;
        const fmt = style?.numFmt && style.numFmt !== 'General' ? style.numFmt : null;
        const font = style?.font?.name ?? null;
        if (v === null && fmt === null && font === null) return;
        while (vals.length < c) {
          vals.push(null);
          fmts.push(null);
          fnts.push(null);
        }
        vals[c] = v;
        fmts[c] = fmt;
        fnts[c] = font;
        if (fmt) anyFormat = true;
        if (font) anyFont = true;
      });
      if (vals.length) {
        values[r] = vals;
        numberFormats[r] = fmts;
        fonts[r] = fnts;
      }
      if (++count % 20_000 === 0) onProgress(`Đang đọc trang "${wsReader.name ?? sheetNo}": ${count} dòng…`);
    }
    const grid = rectangular(wsReader.name ?? `Sheet${sheetNo}`, values, anyFormat ? numberFormats : null, anyFont ? fonts : null);
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

/** Trims blank edges and pads rows so the block is rectangular. */
export function rectangular(
  name: string,
  values: CellValue[][],
  numberFormats: (string | null)[][] | null,
  fonts: (string | null)[][] | null,
): SheetGrid {
  let height = values.length;
  while (height > 0 && !(values[height - 1] ?? []).some((v) => v !== null && v !== undefined)) height--;
  let width = 0;
  for (let r = 0; r < height; r++) {
    const row = values[r];
    if (!row) continue;
    for (let c = row.length - 1; c >= width; c--) {
      if (row[c] !== null && row[c] !== undefined) {
        width = c + 1;
        break;
      }
    }
  }
  const pad = <T,>(rows: (T | null)[][], r: number): (T | null)[] => {
    const row = rows[r] ?? [];
    if (row.length > width) row.length = width;
    for (let c = 0; c < width; c++) if (row[c] === undefined) row[c] = null;
    return row;
  };
  const grid: SheetGrid = { name, values: Array.from({ length: height }, (_, r) => pad(values, r)) };
  if (numberFormats) grid.numberFormats = Array.from({ length: height }, (_, r) => pad(numberFormats, r));
  if (fonts) grid.fonts = Array.from({ length: height }, (_, r) => pad(fonts, r));
  return grid;
}
