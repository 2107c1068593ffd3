// Package shapes foreign writers produce that a copy must survive: .rels parts typed only by Overrides
// (older LibreOffice), parts in UTF-16, zip entries named with backslashes, Strict OOXML, and a <sheet>
// whose relationship is empty or points at nothing.
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { buildRenderPlan, markerFor, type RenderPlan, type SheetModel } from '@giaoban/core';
import { readXlsx, readZipDirectory, writeXlsx } from '@giaoban/xlsx';
import { repoRoot, tmpDir } from './helpers.js';

const PYTHON = '/usr/bin/python3';
const hasOpenpyxl = spawnSync(PYTHON, ['-c', 'import openpyxl'], { encoding: 'utf8' }).status === 0;
const hasSoffice = spawnSync('soffice', ['--version'], { encoding: 'utf8' }).status === 0;

const T = 'http://schemas.openxmlformats.org';
const S = 'http://purl.oclc.org/ooxml';
const MAIN_T = `${T}/spreadsheetml/2006/main`;
const REL_T = `${T}/officeDocument/2006/relationships`;
const PKG_REL = `${T}/package/2006/relationships`;
const CT = `${T}/package/2006/content-types`;
const RELS_TYPE = 'application/vnd.openxmlformats-package.relationships+xml';

/** A sheet of ours with a chart and a table: the copy gains a sheet, its .rels, a drawing and its .rels, a chart, a table. */
const model: SheetModel = {
  name: 'Tổng hợp',
  kind: 'summary',
  cells: [[markerFor('summary')], ['Tháng', 'Số'], ['T1', 5], ['T2', 8], ['T3', 3]],
  columnWidths: [10, 8],
  merges: [],
  styles: [{ range: 'A2:B2', style: { bold: true } }],
  print: { orientation: 'portrait', paperSize: 'A4', fitToWidth: true, repeatRows: '2:2' },
  markerCell: 'A1',
  tables: [{ name: 'BangTongHop', range: 'A2:B5', style: 'TableStyleLight9' }],
  charts: [{ type: 'column', title: 'Số ý kiến', categories: 'A3:A5', series: [{ name: 'Số', values: 'B3:B5' }], anchor: { cell: 'D2', widthCols: 6, heightRows: 12 } }],
};

const planFor = (names: string[]): RenderPlan => buildRenderPlan(names.map((name) => ({ name, marker: null })), [model]);

/** Parts of a package with no content type (neither a Default for their extension nor an Override). */
function untyped(bytes: Uint8Array): string[] {
  const parts = unzipSync(bytes);
  const types = strFromU8(parts['[Content_Types].xml']!);
  const defaults = new Set([...types.matchAll(/<Default\b[^>]*Extension="([^"]*)"/g)].map((m) => m[1]!.toLowerCase()));
  const overrides = new Set([...types.matchAll(/<Override\b[^>]*PartName="([^"]*)"/g)].map((m) => m[1]!.toLowerCase()));
  return Object.keys(parts)
    .map((n) => n.replace(/\\/g, '/'))
    .filter((n) => n !== '[Content_Types].xml' && !n.endsWith('/'))
    .filter((n) => !overrides.has(`/${n}`.toLowerCase()) && !defaults.has(n.slice(n.lastIndexOf('.') + 1).toLowerCase()));
}

/** A small workbook as plain XML texts (edited per test, then zipped). */
function files(opts: { main?: string; rel?: string; sheets?: { name: string; rid: string | null }[] } = {}): Record<string, string> {
  const main = opts.main ?? MAIN_T;
  const rel = opts.rel ?? REL_T;
  const sheets = opts.sheets ?? [{ name: 'Sổ ý kiến', rid: 'rId1' }];
  const sheetTags = sheets.map((s, i) => `<sheet name="${s.name}" sheetId="${i + 1}"${s.rid === null ? '' : ` r:id="${s.rid}"`}/>`).join('');
  const out: Record<string, string> = {
    '[Content_Types].xml':
      `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="${CT}"><Default Extension="rels" ContentType="${RELS_TYPE}"/><Default Extension="xml" ContentType="application/xml"/>` +
      `<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>` +
      sheets.map((_, i) => `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`).join('') +
      `<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>` +
      `<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>`,
    '_rels/.rels': `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="${PKG_REL}"><Relationship Id="rId1" Type="${rel}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    'xl/workbook.xml': `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="${main}" xmlns:r="${rel}"><bookViews><workbookView activeTab="${sheets.length - 1}"/></bookViews><sheets>${sheetTags}</sheets>` +
      `<definedNames><definedName name="_xlnm.Print_Titles" localSheetId="${sheets.length - 1}">'${sheets[sheets.length - 1]!.name}'!$1:$1</definedName></definedNames></workbook>`,
    'xl/_rels/workbook.xml.rels':
      `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="${PKG_REL}">` +
      sheets.map((s, i) => (s.rid ? `<Relationship Id="${s.rid}" Type="${rel}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>` : '')).join('') +
      `<Relationship Id="rIdS" Type="${rel}/styles" Target="styles.xml"/><Relationship Id="rIdT" Type="${rel}/sharedStrings" Target="sharedStrings.xml"/></Relationships>`,
    'xl/styles.xml': `<?xml version="1.0" encoding="UTF-8"?><styleSheet xmlns="${main}"><fonts count="1"><font><name val="Times New Roman"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border/></borders><cellStyleXfs count="1"><xf/></cellStyleXfs><cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellXfs></styleSheet>`,
    'xl/sharedStrings.xml': `<?xml version="1.0" encoding="UTF-8"?><sst xmlns="${main}" count="2" uniqueCount="2"><si><t>Nội dung</t></si><si><t>Tình trạng trộm cắp gia súc tại thôn Nà Khoa</t></si></sst>`,
  };
  sheets.forEach((s, i) => {
    out[`xl/worksheets/sheet${i + 1}.xml`] = `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="${main}"><sheetData><row r="1"><c r="A1" t="s"><v>0</v></c></row><row r="2"><c r="A2" t="s"><v>1</v></c><c r="B2"><v>${i + 1}</v></c></row></sheetData></worksheet>`;
  });
  return out;
}

const zip = (f: Record<string, string | Uint8Array>) => zipSync(Object.fromEntries(Object.entries(f).map(([k, v]) => [k, typeof v === 'string' ? strToU8(v) : v])));

function openpyxlOpens(bytes: Uint8Array, name: string): { ok: boolean; out: string } {
  const file = join(tmpDir('xlsx-gaps'), name);
  writeFileSync(file, bytes);
  const r = spawnSync(PYTHON, ['-c', 'import sys, openpyxl; wb = openpyxl.load_workbook(sys.argv[1]); print("|".join(wb.sheetnames)); print(wb.worksheets[0]["A2"].value)', file], { encoding: 'utf8' });
  return { ok: r.status === 0, out: r.stdout + r.stderr };
}

describe('relationship parts typed by Overrides only (no Default for "rels")', () => {
  it('gives every new part a content type, .rels parts included', async () => {
    const f = files();
    f['[Content_Types].xml'] = f['[Content_Types].xml']!
      .replace(`<Default Extension="rels" ContentType="${RELS_TYPE}"/>`, '')
      .replace('</Types>', `<Override PartName="/_rels/.rels" ContentType="${RELS_TYPE}"/><Override PartName="/xl/_rels/workbook.xml.rels" ContentType="${RELS_TYPE}"/></Types>`);
    const input = zip(f);
    expect(untyped(input)).toEqual([]);
    const out = await writeXlsx(input, planFor(['Sổ ý kiến']));
    const names = Object.keys(unzipSync(out));
    expect(names).toEqual(expect.arrayContaining(['xl/worksheets/_rels/sheet2.xml.rels', 'xl/drawings/_rels/drawing1.xml.rels']));
    expect(untyped(out)).toEqual([]);
    const types = strFromU8(unzipSync(out)['[Content_Types].xml']!);
    expect(types).toContain(`<Override PartName="/xl/worksheets/_rels/sheet2.xml.rels" ContentType="${RELS_TYPE}"/>`);
    if (hasOpenpyxl) expect(openpyxlOpens(out, 'overrides.xlsx').ok).toBe(true);
  });

  it('adds no Override where a Default covers the part', async () => {
    const out = await writeXlsx(zip(files()), planFor(['Sổ ý kiến']));
    expect(strFromU8(unzipSync(out)['[Content_Types].xml']!)).not.toMatch(/PartName="[^"]*\.rels"/);
    expect(untyped(out)).toEqual([]);
  });
});

describe('parts in UTF-16', () => {
  const utf16 = (xml: string, bigEndian = false): Uint8Array => {
    const text = xml.replace('encoding="UTF-8"', 'encoding="UTF-16"');
    const out = new Uint8Array(2 + text.length * 2);
    out.set(bigEndian ? [0xfe, 0xff] : [0xff, 0xfe]);
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      out[2 + 2 * i + (bigEndian ? 1 : 0)] = c & 0xff;
      out[2 + 2 * i + (bigEndian ? 0 : 1)] = c >> 8;
    }
    return out;
  };

  it('reads them as the UTF-8 workbook, and the copy writes the parts it edits in UTF-8 saying so', async () => {
    const f = files();
    const plain = await readXlsx(zip(f));
    const mixed: Record<string, string | Uint8Array> = { ...f };
    for (const name of ['xl/workbook.xml', 'xl/_rels/workbook.xml.rels', 'xl/sharedStrings.xml', '[Content_Types].xml']) mixed[name] = utf16(f[name]!);
    mixed['xl/worksheets/sheet1.xml'] = utf16(f['xl/worksheets/sheet1.xml']!, true);
    const input = zip(mixed);
    const read = await readXlsx(input);
    expect(read.grid).toEqual(plain.grid);
    expect(read.grid.sheets[0]!.values).toEqual([['Nội dung', null], ['Tình trạng trộm cắp gia súc tại thôn Nà Khoa', 1]]);
    const out = await writeXlsx(input, planFor(['Sổ ý kiến']));
    const parts = unzipSync(out);
    const wb = strFromU8(parts['xl/workbook.xml']!);
    expect(wb.startsWith('<?xml version="1.0" encoding="UTF-8"?>')).toBe(true);
    // The parts the writer does not edit stay as they were, UTF-16 and all.
    expect(parts['xl/sharedStrings.xml']).toEqual(mixed['xl/sharedStrings.xml']);
    expect((await readXlsx(out)).grid.sheets.map((s) => s.name)).toEqual(['Sổ ý kiến', 'Tổng hợp']);
  });
});

describe('zip entries named with backslashes', () => {
  it('reads them, and writes the clerk\'s entries back under the names they had', async () => {
    const f = files();
    const input = zip(Object.fromEntries(Object.entries(f).map(([k, v]) => [k.startsWith('xl/') ? k.replace(/\//g, '\\') : k, v])));
    expect(readZipDirectory(input).entries.map((e) => e.name)).toContain('xl/worksheets/sheet1.xml');
    const read = await readXlsx(input);
    expect(read.grid).toEqual((await readXlsx(zip(f))).grid);
    const out = await writeXlsx(input, planFor(['Sổ ý kiến']));
    const stored = Object.keys(unzipSync(out));
    expect(stored).toContain('xl\\worksheets\\sheet1.xml');
    expect(stored).toContain('xl\\workbook.xml'); // edited, under its own name
    expect(stored).toContain('xl/worksheets/sheet2.xml'); // ours, with the zip format's separator
    expect(unzipSync(out)['xl\\sharedStrings.xml']).toEqual(strToU8(f['xl/sharedStrings.xml']!));
    expect((await readXlsx(out)).grid.sheets.map((s) => s.name)).toEqual(['Sổ ý kiến', 'Tổng hợp']);
  });
});

describe('Strict OOXML', () => {
  it('writes the new parts in the Strict namespaces, every part typed', async () => {
    const input = zip(files({ main: `${S}/spreadsheetml/main`, rel: `${S}/officeDocument/relationships` }));
    const out = await writeXlsx(input, planFor(['Sổ ý kiến']));
    const back = await readXlsx(out);
    expect(back.strict).toBe(true);
    expect(back.grid.sheets.map((s) => s.name)).toEqual(['Sổ ý kiến', 'Tổng hợp']);
    expect(back.grid.sheets[1]!.values[2]).toEqual(['T1', 5]);
    const parts = unzipSync(out);
    const ours = Object.keys(parts).filter((n) => !(n in files()) && /\.(xml|rels)$/.test(n));
    expect(ours.length).toBeGreaterThanOrEqual(6);
    for (const n of [...ours, 'xl/workbook.xml', 'xl/_rels/workbook.xml.rels']) {
      const xml = strFromU8(parts[n]!);
      expect(xml, n).not.toMatch(/schemas\.openxmlformats\.org\/(spreadsheetml|drawingml|officeDocument)/);
    }
    expect(strFromU8(parts['xl/_rels/workbook.xml.rels']!)).toMatch(new RegExp(`Type="${S}/officeDocument/relationships/worksheet" Target="worksheets/sheet2.xml"`));
    expect(untyped(out)).toEqual([]);
  });

  it.skipIf(!hasSoffice)('opens in LibreOffice, our sheet and the clerk\'s both there', async () => {
    const dir = tmpDir('xlsx-strict');
    const out = await writeXlsx(zip(files({ main: `${S}/spreadsheetml/main`, rel: `${S}/officeDocument/relationships` })), planFor(['Sổ ý kiến']));
    writeFileSync(join(dir, 'strict.xlsx'), out);
    const r = spawnSync('soffice', [`-env:UserInstallation=file://${join(dir, 'lo')}`, '--headless', '--convert-to', 'xlsx:Calc MS Excel 2007 XML', '--outdir', join(dir, 'lo-out'), join(dir, 'strict.xlsx')], { encoding: 'utf8', timeout: 180_000 });
    expect(r.status, r.stderr).toBe(0);
    const again = await readXlsx(new Uint8Array(readFileSync(join(dir, 'lo-out', 'strict.xlsx'))));
    expect(again.grid.sheets.map((s) => s.name)).toEqual(['Sổ ý kiến', 'Tổng hợp']);
    expect(again.grid.sheets[1]!.values[3]).toEqual(['T2', 8]);
    expect(again.grid.sheets[0]!.values[1]).toEqual(['Tình trạng trộm cắp gia súc tại thôn Nà Khoa', 1]);
  }, 200_000);
});

describe('a <sheet> without its part', () => {
  for (const [why, rid] of [['an empty r:id', ''], ['no r:id', null], ['an r:id with no relationship', 'rIdGone']] as const) {
    it(`leaves out a sheet with ${why}, as Excel's repair does, keeps the others' names and views on their sheets, and says so`, async () => {
      const f = files({ sheets: [{ name: 'Danh sách xã', rid: 'rId1' }, { name: 'Hỏng', rid }, { name: 'Sổ ý kiến', rid: 'rId3' }] });
      if (rid === 'rIdGone') delete f['xl/worksheets/sheet2.xml'];
      const input = zip(f);
      const read = await readXlsx(input);
      expect(read.grid.sheets.map((s) => s.name)).toEqual(['Danh sách xã', 'Sổ ý kiến']);
      const notes: { vi: string; en: string }[] = [];
      const out = await writeXlsx(input, planFor(['Danh sách xã', 'Sổ ý kiến']), { onNote: (n) => notes.push(n) });
      expect(notes.map((n) => n.vi)).toEqual([expect.stringMatching(/^Trang "Hỏng" trong sổ gốc không có nội dung .* bản sao bỏ trang này/)]);
      const wb = strFromU8(unzipSync(out)['xl/workbook.xml']!);
      expect(wb).not.toContain('name="Hỏng"');
      // The third sheet is now the second: its print titles and the active tab follow it; ours comes third.
      expect(wb).toContain(`<definedName name="_xlnm.Print_Titles" localSheetId="1">'Sổ ý kiến'!$1:$1</definedName>`);
      expect(wb).toContain(`<definedName name="_xlnm.Print_Titles" localSheetId="2">'Tổng hợp'!$2:$2</definedName>`);
      expect(wb).toContain('<workbookView activeTab="1"/>');
      expect((await readXlsx(out)).grid.sheets.map((s) => s.name)).toEqual(['Danh sách xã', 'Sổ ý kiến', 'Tổng hợp']);
      if (hasOpenpyxl) {
        const opened = openpyxlOpens(out, 'dropped.xlsx');
        expect(opened.ok, opened.out).toBe(true);
        expect(opened.out).toContain('Danh sách xã|Sổ ý kiến|Tổng hợp');
      }
    });
  }
});

describe('the example workbook', () => {
  it('still has every part typed in its copy', async () => {
    const input = new Uint8Array(readFileSync(join(repoRoot, 'examples/so-theo-doi-giao-ban.xlsx')));
    const { sheets } = await readXlsx(input);
    const out = await writeXlsx(input, buildRenderPlan(sheets.map((s) => ({ name: s.name, marker: null })), [model]));
    expect(untyped(out)).toEqual([]);
  });
});
