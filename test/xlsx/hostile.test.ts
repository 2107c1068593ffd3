// Hostile and extreme workbooks: each is refused with a Vietnamese message naming the limit (and how to
// raise it), or read, within bounded memory. The files are generated here, streaming; nothing big is committed.
import { describe, expect, it } from 'vitest';
import { createDeflateRaw, crc32 } from 'node:zlib';
import { zipSync, strToU8 } from 'fflate';
import { XlsxError, readXlsx } from '@giaoban/xlsx';
import { writeZip } from '../../packages/xlsx/src/zip/writeZip.js';
import { main } from '../../packages/cli/src/main.js';
import { captureIO, repoRoot, tmpDir } from './helpers.js';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

const HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>';
const TAIL = '</sheetData></worksheet>';

/** The small parts of a one-sheet workbook (the sheet part itself is added by the caller). */
function skeleton(): Record<string, Uint8Array> {
  return {
    '[Content_Types].xml': strToU8(
      '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>' +
        '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>',
    ),
    '_rels/.rels': strToU8(
      '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>',
    ),
    'xl/workbook.xml': strToU8(
      '<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Sổ ý kiến" sheetId="1" r:id="rId1"/></sheets></workbook>',
    ),
    'xl/_rels/workbook.xml.rels': strToU8(
      '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>',
    ),
  };
}

function smallBook(sheetXml: string): Uint8Array {
  return zipSync({ ...skeleton(), 'xl/worksheets/sheet1.xml': strToU8(sheetXml) }, { level: 6 });
}

/** A workbook whose sheet part is `head` + `unit` × `times` + `tail`, deflated streaming (never whole in memory). */
async function streamedBook(head: string, unit: string, times: number, tail: string): Promise<Uint8Array> {
  const deflate = createDeflateRaw({ level: 1 });
  const chunks: Buffer[] = [];
  deflate.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise((resolve) => deflate.on('end', resolve));
  let crc = 0;
  let size = 0;
  const put = async (s: string) => {
    const b = Buffer.from(s);
    crc = crc32(b, crc);
    size += b.length;
    if (!deflate.write(b)) await new Promise((r) => deflate.once('drain', r));
  };
  await put(head);
  const block = unit.repeat(Math.max(1, Math.floor(1_048_576 / unit.length)));
  for (let written = 0; written < times; written += block.length / unit.length) await put(block);
  await put(tail);
  deflate.end();
  await done;
  const data = Buffer.concat(chunks);
  // The skeleton parts stored (method 0), the sheet deflated: a plain zip, written by the package layer's own writer.
  const entries = Object.entries(skeleton()).map(([name, bytes]) => {
    return { name, method: 0, flags: 0, crc32: crc32(bytes), compressedSize: bytes.length, uncompressedSize: bytes.length, modTime: 0, modDate: 33, data: bytes };
  });
  entries.push({ name: 'xl/worksheets/sheet1.xml', method: 8, flags: 0, crc32: crc >>> 0, compressedSize: data.length, uncompressedSize: size >>> 0, modTime: 0, modDate: 33, data: new Uint8Array(data) });
  return writeZip(entries);
}

async function refusal(bytes: Uint8Array, limits?: Parameters<typeof readXlsx>[1]): Promise<XlsxError> {
  const used = () => {
    const m = process.memoryUsage();
    return m.heapUsed + m.arrayBuffers;
  };
  const base = used();
  let peak = base;
  const sampler = setInterval(() => (peak = Math.max(peak, used())), 2);
  const err = await readXlsx(bytes, limits).then(
    () => null,
    (e: unknown) => e,
  );
  clearInterval(sampler);
  peak = Math.max(peak, used());
  // Bounded memory: far below what the part would inflate to (1.2 GB for the bomb).
  expect(peak - base).toBeLessThan(300 * 1_048_576);
  expect(err).toBeInstanceOf(XlsxError);
  return err as XlsxError;
}

describe('hostile workbooks', () => {
  it('stops a zip bomb (a sheet inflating to 1.2 GB) early, naming the limit and how to raise it', async () => {
    const bomb = await streamedBook(HEAD, '<row><c t="inlineStr"><is><t>giao ban</t></is></c></row>', 21_500_000, TAIL);
    expect(bomb.length).toBeGreaterThan(1_000_000);
    expect(bomb.length).toBeLessThan(16 * 1_048_576);
    const err = await refusal(bomb);
    expect(err.code).toBe('limit');
    expect(err.limit).toBe('maxInflateRatio');
    expect(err.message).toMatch(/bom zip/);
    expect(err.message).toMatch(/--max-size|--max-cells/);
    // With the ratio check raised, the part size limit still stops it before 1.2 GB.
    const again = await refusal(bomb, { limits: { maxInflateRatio: 1e9, maxPartInflatedBytes: 8 * 1_048_576 } });
    expect(again.limit).toBe('maxPartInflatedBytes');
    expect(again.message).toContain('xl/worksheets/sheet1.xml');
  }, 300_000);

  it("refuses a part at deflate's highest ratio (about 1,000:1; 10,000:1 cannot be encoded by deflate) unless told otherwise", async () => {
    const dense = await streamedBook(HEAD + '<row r="1">', ' ', 40 * 1_048_576, '</row>' + TAIL);
    const err = await refusal(dense);
    expect(err.limit).toBe('maxInflateRatio');
    expect(err.message).toMatch(/tỷ lệ nén bất thường \(hơn 100:1/);
  }, 120_000);

  it('refuses a total over the limit across parts', async () => {
    const book = await streamedBook(HEAD, '<row/>', 3_000_000, TAIL);
    const err = await refusal(book, { limits: { maxTotalInflatedBytes: 4 * 1_048_576 } });
    expect(err.limit).toBe('maxTotalInflatedBytes');
  }, 60_000);

  it('reads a row of 16,384 columns, and refuses a sheet spanning 16,384 columns × 1,048,576 rows, naming the sheet', async () => {
    const wide = Array.from({ length: 16_384 }, (_, i) => `<c t="n"><v>${i}</v></c>`).join('');
    const { grid } = await readXlsx(smallBook(`${HEAD}<row r="1">${wide}</row>${TAIL}`));
    expect(grid.sheets[0]!.values[0]).toHaveLength(16_384);
    expect(grid.sheets[0]!.values[0]![16_383]).toBe(16_383);
    const corners = smallBook(`${HEAD}<row r="1"><c r="A1"><v>1</v></c></row><row r="1048576"><c r="XFD1048576"><v>2</v></c></row>${TAIL}`);
    const err = await refusal(corners);
    expect(err.limit).toBe('maxCells');
    expect(err.message).toContain('trang "Sổ ý kiến"');
    expect(err.message).toMatch(/--max-cells/);
  });

  it('reads cells of 32,767 characters and refuses longer ones, naming the cell', async () => {
    const full = 'ý'.repeat(32_767);
    const rows = Array.from({ length: 200 }, (_, r) => `<row r="${r + 1}"><c r="A${r + 1}" t="inlineStr"><is><t>${full}</t></is></c></row>`).join('');
    const { grid } = await readXlsx(smallBook(HEAD + rows + TAIL));
    expect(grid.sheets[0]!.values).toHaveLength(200);
    expect((grid.sheets[0]!.values[199]![0] as string).length).toBe(32_767);
    const err = await refusal(smallBook(`${HEAD}<row r="7"><c r="C7" t="inlineStr"><is><t>${'a'.repeat(40_000)}</t></is></c></row>${TAIL}`));
    expect(err.limit).toBe('maxTextLength');
    expect(err.message).toContain("ô 'Sổ ý kiến'!C7");
  });

  it('gives the command line one Vietnamese line and exit 2 for a bomb', async () => {
    const dir = tmpDir('xlsx-hostile');
    const path = join(dir, 'bom.xlsx');
    writeFileSync(path, await streamedBook(HEAD, '<row/>', 40_000_000, TAIL));
    const io = captureIO();
    const code = await main(['validate', path], io);
    expect(code).toBe(2);
    const errors = io.err.split('\n').filter((l) => /bom zip/.test(l));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/bom\.xlsx.*giới hạn/);
  }, 120_000);

  it('takes --max-cells and --max-size on the command line, for any command that reads a workbook', async () => {
    const example = join(repoRoot, 'examples/so-theo-doi-giao-ban.xlsx');
    const low = captureIO();
    expect(await main(['validate', example, '--max-cells', '100'], low)).toBe(2);
    expect(low.err).toMatch(/quá 100 ô \(giới hạn số ô\).*--max-cells/);
    const high = captureIO();
    expect(await main(['validate', example, '--max-cells=1000000', '--max-size', '64'], high)).toBe(1); // the example's planted errors
    const bad = captureIO();
    expect(await main(['validate', example, '--max-cells', 'nhiều'], bad)).toBe(2);
    expect(bad.err).toMatch(/--max-cells "nhiều" không hợp lệ/);
    // A bomb the clerk vouches for is read up to the size given, then stopped by it.
    const dir = tmpDir('xlsx-hostile-limits');
    const path = join(dir, 'bom.xlsx');
    writeFileSync(path, await streamedBook(HEAD, '<row/>', 40_000_000, TAIL));
    const vouched = captureIO();
    expect(await main(['validate', path, '--max-size', '32'], vouched)).toBe(2);
    expect(vouched.err).toMatch(/quá 32 MB \(giới hạn dung lượng một phần\)/);
  }, 120_000);
});
