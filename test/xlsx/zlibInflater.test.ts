// The command line inflates with Node's zlib directly rather than DecompressionStream: the same grids from the
// same workbooks, and the same refusals of broken deflate data and of parts over a limit.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { strToU8, zipSync } from 'fflate';
import { XlsxError, readXlsx, readZipDirectory } from '@giaoban/xlsx';
import { rawData } from '../../packages/xlsx/src/zip/directory.js';
import { zlibInflater } from '../../packages/cli/src/xlsx/zlibInflater.js';
import { writeLargeWorkbook } from '../../scripts/generate/largeWorkbook.js';
import { repoRoot, tmpDir } from './helpers.js';

const TYPES =
  '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/></Types>';
const ROOT_RELS =
  '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>';
const WORKBOOK =
  '<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Ý kiến" sheetId="1" r:id="rId1"/></sheets></workbook>';
const WB_RELS =
  '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>';

function book(sheet: Uint8Array | string): Uint8Array {
  return zipSync({
    '[Content_Types].xml': strToU8(TYPES),
    '_rels/.rels': strToU8(ROOT_RELS),
    'xl/workbook.xml': strToU8(WORKBOOK),
    'xl/_rels/workbook.xml.rels': strToU8(WB_RELS),
    'xl/worksheets/sheet1.xml': typeof sheet === 'string' ? strToU8(sheet) : sheet,
  });
}

describe("Node's zlib as the reader's inflater", () => {
  it('reads the same grids as the platform inflater: the examples and a generated 2,000-row workbook', async () => {
    const files = ['so-theo-doi-giao-ban.xlsx', 'so-giao-ban-cong-an-tinh.xlsx', 'so-giao-ban-cong-an-xa.xlsx'].map((f) => join(repoRoot, 'examples', f));
    const generated = join(tmpDir('zlib-inflater'), 'large.xlsx');
    await writeLargeWorkbook(generated, { issues: 2000, years: 1, communes: 12, clusters: 3, leaders: 4, shape: 'formatted-empty' });
    for (const f of [...files, generated]) {
      const bytes = new Uint8Array(readFileSync(f));
      const viaZlib = await readXlsx(bytes, { inflater: zlibInflater });
      expect(viaZlib).toEqual(await readXlsx(bytes));
    }
    const large = (await readXlsx(new Uint8Array(readFileSync(generated)), { inflater: zlibInflater })).grid.sheets.find((s) => s.name === 'Ý kiến')!;
    expect(large.values).toHaveLength(3 + 2000);
  }, 60_000);

  it('refuses broken deflate data as a corrupt part, naming it', async () => {
    const sheet = '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>Nà Khoa</t></is></c></row></sheetData></worksheet>';
    const good = book(sheet);
    expect((await readXlsx(good, { inflater: zlibInflater })).grid.sheets[0]!.values).toEqual([['Nà Khoa']]);
    const dir = readZipDirectory(good);
    const entry = dir.byName.get('xl/worksheets/sheet1.xml')!;
    expect(entry.method).toBe(8);
    const raw = rawData(dir, entry);
    const broken = good.slice();
    // Its deflate data overwritten past the first bytes: not a valid deflate stream.
    broken.fill(0xff, raw.byteOffset - good.byteOffset + 4, raw.byteOffset - good.byteOffset + raw.length);
    const err = await readXlsx(broken, { inflater: zlibInflater }).then(
      () => null,
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(XlsxError);
    expect((err as XlsxError).code).toBe('corrupt');
    expect((err as XlsxError).message).toContain('xl/worksheets/sheet1.xml');
  });

  it('stops at a limit while inflating, naming it', async () => {
    const rows = Array.from({ length: 60_000 }, (_, i) => `<row r="${i + 1}"><c r="A${i + 1}"><v>${i}</v></c></row>`).join('');
    const bytes = book(`<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${rows}</sheetData></worksheet>`);
    const err = await readXlsx(bytes, { inflater: zlibInflater, limits: { maxPartInflatedBytes: 1_048_576 } }).then(
      () => null,
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(XlsxError);
    expect((err as XlsxError).code).toBe('limit');
    expect((err as XlsxError).limit).toBe('maxPartInflatedBytes');
  });
});
