// Package shapes other writers produce, by hand: prefixed SpreadsheetML (Open XML SDK), Strict OOXML,
// absolute and odd part names, chart sheets, and the cell rules (shared/rich/inline strings, cached formula
// results, errors, merged cells, dates as serials, 1904).
import { describe, expect, it } from 'vitest';
import { strToU8, unzipSync, zipSync, strFromU8 } from 'fflate';
import { buildRenderPlan, markerFor, type SheetModel } from '@giaoban/core';
import { XlsxError, readXlsx, writeXlsx } from '@giaoban/xlsx';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from './helpers.js';

const T = 'http://schemas.openxmlformats.org';
const S = 'http://purl.oclc.org/ooxml';

interface Shape {
  main: string;
  rel: string;
  pkgRel?: string;
  prefix?: string;
  workbookPart?: string;
  sheetTarget?: string;
  sheetPart?: string;
}

function book(shape: Shape, sheetData: string, extra: { sst?: string; styles?: string; workbookPr?: string; after?: string } = {}): Uint8Array {
  const p = shape.prefix ?? '';
  const wbPart = shape.workbookPart ?? 'xl/workbook.xml';
  const sheetPart = shape.sheetPart ?? 'xl/worksheets/sheet1.xml';
  const relsOf = (part: string) => part.replace(/([^/]+)$/, '_rels/$1.rels');
  const rel = (id: string, type: string, target: string) => `<Relationship Id="${id}" Type="${shape.rel}/${type}" Target="${target}"/>`;
  const files: Record<string, Uint8Array> = {
    '[Content_Types].xml': strToU8(
      `<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>` +
        `<Override PartName="/${wbPart}" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/${sheetPart}" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>`,
    ),
    '_rels/.rels': strToU8(`<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${shape.pkgRel ?? shape.rel}/officeDocument" Target="/${wbPart}"/></Relationships>`),
    [wbPart]: strToU8(
      `<?xml version="1.0"?><${p}workbook xmlns${p ? ':' + p.slice(0, -1) : ''}="${shape.main}" xmlns:rel="${shape.rel}">${extra.workbookPr ?? ''}<${p}sheets><${p}sheet name="Sổ ý kiến" sheetId="3" rel:id="rIdA"/><${p}sheet name="Biểu đồ" sheetId="4" rel:id="rIdC"/></${p}sheets></${p}workbook>`,
    ),
    [relsOf(wbPart)]: strToU8(
      `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rel('rIdA', 'worksheet', shape.sheetTarget ?? 'worksheets/sheet1.xml')}${rel('rIdC', 'chartsheet', 'chartsheets/sheet1.xml')}` +
        `${extra.sst ? rel('rIdS', 'sharedStrings', 'strings.xml') : ''}${extra.styles ? rel('rIdY', 'styles', 'styles.xml') : ''}</Relationships>`,
    ),
    [sheetPart]: strToU8(`<?xml version="1.0"?><${p}worksheet xmlns${p ? ':' + p.slice(0, -1) : ''}="${shape.main}"><${p}sheetData>${sheetData}</${p}sheetData>${extra.after ?? ''}</${p}worksheet>`),
  };
  const dir = wbPart.slice(0, wbPart.lastIndexOf('/') + 1);
  // The chart sheet's part (a sheet whose part is missing would be left out of a copy).
  files[`${dir}chartsheets/sheet1.xml`] = strToU8(`<?xml version="1.0"?><chartsheet xmlns="${shape.main}"><sheetViews><sheetView workbookViewId="0"/></sheetViews></chartsheet>`);
  if (extra.sst) files[`${dir}strings.xml`] = strToU8(`<?xml version="1.0"?><sst xmlns="${shape.main}">${extra.sst}</sst>`);
  if (extra.styles) files[`${dir}styles.xml`] = strToU8(`<?xml version="1.0"?><${p}styleSheet xmlns${p ? ':' + p.slice(0, -1) : ''}="${shape.main}">${extra.styles}</${p}styleSheet>`);
  return zipSync(files);
}

const transitional: Shape = { main: `${T}/spreadsheetml/2006/main`, rel: `${T}/officeDocument/2006/relationships` };

function model(): SheetModel {
  return {
    name: 'Tổng hợp',
    kind: 'summary',
    cells: [['Tổng hợp', markerFor('summary')], ['Tháng', 'Số'], ['01/2026', 3]],
    columnWidths: [12, 8],
    merges: [],
    styles: [{ range: 'A2:B2', style: { bold: true, fill: '#DDEBF7' } }, { range: 'B3', style: { numberFormat: '#,##0' } }],
    print: { orientation: 'portrait', paperSize: 'A4', fitToWidth: true, repeatRows: '2:2' },
    markerCell: 'B1',
  };
}

describe('cell rules', () => {
  const sst = '<si><t>Nà Khoa</t></si><si><r><t>Nà </t></r><r><rPr><b/></rPr><t>Hỳ</t></r><rPh sb="0" eb="1"><t>NA</t></rPh></si><si><t xml:space="preserve">  có _x000D_ dòng </t></si>';
  const styles =
    '<numFmts count="1"><numFmt numFmtId="164" formatCode="dd/mm/yyyy"/></numFmts><fonts count="2"><font><name val="Calibri"/></font><font><name val=".VnTime"/></font></fonts>' +
    '<cellXfs count="3"><xf numFmtId="0" fontId="0"/><xf numFmtId="164" fontId="0"/><xf numFmtId="14" fontId="1"/></cellXfs>';
  const rows =
    '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s" s="1"><v>1</v></c><c r="C1" t="s"><v>2</v></c><c r="D1" t="inlineStr" s="2"><is><r><t>in</t></r><r><t>line</t></r></is></c></row>' +
    '<row r="2"><c r="A2" s="1"><v>43115</v></c><c r="B2" s="2"><v>43115.5</v></c><c r="C2" t="b"><v>1</v></c><c r="D2" t="e"><v>#N/A</v></c></row>' +
    '<row r="3"><c r="A3"><f>1+1</f><v>2</v></c><c r="B3" t="str"><f>"a"&amp;"b"</f><v>ab</v></c><c r="C3" t="e"><f>1/0</f><v>#DIV/0!</v></c><c r="D3"><f>A1</f></c></row>' +
    '<row r="5"><c r="A5"><v>1</v></c><c r="B5"><v>2</v></c></row><row r="6" s="1" customFormat="1"/><row r="9"><c r="F9" s="1"/></row>';

  it('flattens, caches and clears as Excel shows the cells', async () => {
    const { grid } = await readXlsx(book(transitional, rows, { sst, styles, after: '<mergeCells count="1"><mergeCell ref="A5:B5"/></mergeCells>' }));
    expect(grid.sheets.map((s) => s.name)).toEqual(['Sổ ý kiến']); // the chart sheet has no cells
    const s = grid.sheets[0]!;
    expect(s.values).toEqual([
      ['Nà Khoa', 'Nà Hỳ', '  có \r dòng ', 'inline'],
      [43115, 43115.5, true, '#N/A'],
      [2, 'ab', '#DIV/0!', '#VALUE!'],
      [null, null, null, null],
      [1, null, null, null],
    ]);
    expect(s.numberFormats?.[1]).toEqual(['dd/mm/yyyy', 'mm-dd-yy', null, null]);
    // Fonts of text cells only, and by default only those announcing TCVN3/VNI typing (what the core reads).
    expect(s.fonts?.[0]).toEqual([null, null, null, '.VnTime']);
    expect(s.fonts?.[1]).toEqual([null, null, null, null]);
    expect(s.merges).toEqual(['A5:B5']);
    expect(grid.date1904).toBe(false);
    const all = (await readXlsx(book(transitional, rows, { sst, styles }), { fonts: 'all' })).grid.sheets[0]!;
    expect(all.fonts?.[0]).toEqual([null, 'Calibri', null, '.VnTime']);
  });

  it('reads the 1904 date system flag and keeps serials as they are', async () => {
    const { grid } = await readXlsx(book(transitional, '<row r="1"><c r="A1"><v>41653</v></c></row>', { workbookPr: '<workbookPr date1904="1"/>' }));
    expect(grid.date1904).toBe(true);
    expect(grid.sheets[0]!.values).toEqual([[41653]]);
  });
});

describe('package shapes', () => {
  it('reads and writes a prefixed workbook (x:workbook, as the Open XML SDK writes) with absolute targets and odd part names', async () => {
    const shape: Shape = { ...transitional, prefix: 'x:', workbookPart: 'data/book.xml', sheetPart: 'data/tabs/first.xml', sheetTarget: '/data/tabs/first.xml' };
    const input = book(shape, '<x:row r="1"><x:c r="A1" t="inlineStr"><x:is><x:t>Nà Khoa</x:t></x:is></x:c></x:row>', { styles: '<x:fonts count="1"><x:font><x:sz val="12"/><x:name val="Times New Roman"/></x:font></x:fonts><x:cellXfs count="1"><x:xf numFmtId="0" fontId="0"/></x:cellXfs>' });
    const { grid, sheets } = await readXlsx(input);
    expect(grid.sheets[0]!.values).toEqual([['Nà Khoa']]);
    const plan = buildRenderPlan(sheets.map((s) => ({ name: s.name, marker: null, tables: s.tables })), [model()]);
    const out = await writeXlsx(input, plan);
    const back = await readXlsx(out);
    expect(back.grid.sheets.map((s) => s.name)).toEqual(['Sổ ý kiến', 'Tổng hợp']);
    expect(back.grid.sheets[1]!.values[2]).toEqual(['01/2026', 3]);
    expect(back.grid.sheets[1]!.numberFormats?.[2]?.[1]).toBe('#,##0');
    const parts = unzipSync(out);
    const wb = strFromU8(parts['data/book.xml']!);
    expect(wb).toMatch(/<x:sheet name="Tổng hợp" sheetId="5" rel:id="rId\d+"\/>/);
    expect(wb).toContain(`<x:definedNames><x:definedName name="_xlnm.Print_Titles" localSheetId="2">'Tổng hợp'!$2:$2</x:definedName></x:definedNames>`);
    const styles = strFromU8(parts['data/styles.xml']!);
    expect(styles).toMatch(/<x:fonts count="\d+"><x:font><x:sz val="12"\/><x:name val="Times New Roman"\/><\/x:font><x:font><x:b\/><x:sz val="12"\/>/);
    // "#,##0" is Excel's built-in format 3: no custom format needed.
    expect(styles).toMatch(/<x:xf numFmtId="3" fontId="\d+"/);
    expect(styles).not.toContain('numFmts');
    // New parts sit beside the workbook part, their content types declared.
    expect(Object.keys(parts)).toContain('data/worksheets/sheet1.xml');
    expect(strFromU8(parts['[Content_Types].xml']!)).toContain('PartName="/data/worksheets/sheet1.xml"');
  });

  it('reads Strict OOXML, and writes into it in the Strict namespaces', async () => {
    const strict: Shape = { main: `${S}/spreadsheetml/main`, rel: `${S}/officeDocument/relationships` };
    const input = book(strict, '<row r="1"><c r="A1" t="d"><v>2026-01-15T00:00:00</v></c><c r="B1" t="inlineStr"><is><t>Nà Khoa</t></is></c></row>');
    const { grid, strict: isStrict } = await readXlsx(input);
    expect(isStrict).toBe(true);
    expect(grid.sheets[0]!.values).toEqual([[46037, 'Nà Khoa']]);
    const out = await writeXlsx(input, buildRenderPlan([{ name: 'Sổ ý kiến', marker: null }], [model()]));
    const back = await readXlsx(out);
    expect(back.strict).toBe(true);
    expect(back.grid.sheets.map((s) => s.name)).toEqual(['Sổ ý kiến', 'Tổng hợp']);
    const sheet = strFromU8(unzipSync(out)['xl/worksheets/sheet2.xml']!);
    expect(sheet).toContain(`xmlns="${S}/spreadsheetml/main"`);
    expect(sheet).not.toContain(T);
  });

  it('says what is wrong with a zip that is not a workbook, or not a zip', async () => {
    const word = zipSync({ '[Content_Types].xml': strToU8('<Types/>'), 'word/document.xml': strToU8('<w:document/>') });
    await expect(readXlsx(word)).rejects.toThrow(/không chứa sổ làm việc Excel/);
    await expect(readXlsx(strToU8('STT,Ngày\n1,15/01/2026\n'))).rejects.toThrow(/không phải sổ Excel/);
    const cut = book(transitional, '<row r="1"><c r="A1"><v>1</v></c></row>');
    await expect(readXlsx(cut.subarray(0, cut.length - 30))).rejects.toThrow(/bị hỏng|cắt cụt/);
  });

  it("keeps docProps/app.xml's sheet list in step (Excel's own file: HeadingPairs and TitlesOfParts)", async () => {
    const input = new Uint8Array(readFileSync(join(repoRoot, 'examples/so-theo-doi-giao-ban.xlsx')));
    const { sheets } = await readXlsx(input);
    const out = await writeXlsx(input, buildRenderPlan(sheets.map((s) => ({ name: s.name, marker: null })), [model()]));
    const app = strFromU8(unzipSync(out)['docProps/app.xml']!);
    expect(app).toContain('<vt:i4>10</vt:i4>');
    expect(app).toContain('<vt:vector size="10" baseType="lpstr">');
    expect(app).toMatch(/<vt:lpstr>Bổ sung<\/vt:lpstr><vt:lpstr>Tổng hợp<\/vt:lpstr><\/vt:vector>/);
  });

  it('carries pivot caches, external links and custom XML it never reads, and removes only its own parts on a second run', async () => {
    const base = unzipSync(book(transitional, '<row r="1"><c r="A1" t="inlineStr"><is><t>Nà Khoa</t></is></c></row>'));
    const extra: Record<string, string> = {
      'xl/pivotCache/pivotCacheDefinition1.xml': '<pivotCacheDefinition xmlns="x" r:id="rId1" xmlns:r="y"/>',
      'xl/pivotCache/pivotCacheRecords1.xml': '<pivotCacheRecords xmlns="x"/>',
      'xl/pivotCache/_rels/pivotCacheDefinition1.xml.rels': `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${transitional.rel}/pivotCacheRecords" Target="pivotCacheRecords1.xml"/></Relationships>`,
      'xl/externalLinks/externalLink1.xml': '<externalLink xmlns="x"/>',
      'customXml/item1.xml': '<ghiChu>của cán bộ</ghiChu>',
    };
    for (const [k, v] of Object.entries(extra)) base[k] = strToU8(v);
    base['xl/_rels/workbook.xml.rels'] = strToU8(
      strFromU8(base['xl/_rels/workbook.xml.rels']!).replace(
        '</Relationships>',
        `<Relationship Id="rIdP" Type="${transitional.rel}/pivotCacheDefinition" Target="pivotCache/pivotCacheDefinition1.xml"/><Relationship Id="rIdE" Type="${transitional.rel}/externalLink" Target="externalLinks/externalLink1.xml"/></Relationships>`,
      ),
    );
    base['_rels/.rels'] = strToU8(strFromU8(base['_rels/.rels']!).replace('</Relationships>', `<Relationship Id="rIdX" Type="${transitional.rel}/customXml" Target="customXml/item1.xml"/></Relationships>`));
    const input = zipSync(base);
    const first = await readXlsx(input);
    expect(first.grid.sheets[0]!.values).toEqual([['Nà Khoa']]);
    const once = await writeXlsx(input, buildRenderPlan([{ name: 'Sổ ý kiến', marker: null }], [model()]));
    const twice = await writeXlsx(once, buildRenderPlan([{ name: 'Sổ ý kiến', marker: null }, { name: 'Tổng hợp', marker: markerFor('summary') }], [model()]));
    for (const out of [once, twice]) {
      const parts = unzipSync(out);
      for (const k of Object.keys(extra)) expect(strFromU8(parts[k]!), k).toBe(extra[k]);
      expect(strFromU8(parts['xl/_rels/workbook.xml.rels']!)).toContain('Target="pivotCache/pivotCacheDefinition1.xml"');
    }
    const names1 = Object.keys(unzipSync(once));
    const names2 = Object.keys(unzipSync(twice));
    // The first copy's own sheet part is gone from the second; the clerk's parts all stay.
    const own1 = names1.filter((n) => !base[n]);
    expect(own1.filter((n) => /worksheets\/sheet\d+\.xml$/.test(n) && names2.includes(n))).toEqual([]);
    expect(Object.keys(base).filter((n) => !names2.includes(n))).toEqual([]);
    expect((await readXlsx(twice)).grid.sheets.map((s) => s.name)).toEqual(['Sổ ý kiến', 'Tổng hợp']);
  });
});
