// The sheet scanner against saxes, a conforming XML parser: the same elements, attributes and text on
// tricky SpreadsheetML, however the text is cut into chunks; and the same refusals of broken XML.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { SaxesParser } from 'saxes';
import { XlsxError } from '@giaoban/xlsx';
import { createScanner } from '../../packages/xlsx/src/xml/scan.js';

const ATTRS = ['r', 's', 't', 'id', 'ref', 'name', 'val'];

/** Events of the scanner: every element with the attributes above, and all text inside <t>, <v>, <f>. */
function scan(chunks: string[]): string[] {
  const out: string[] = [];
  const s = createScanner('xl/worksheets/sheet1.xml', {
    open(tag, selfClosing) {
      const attrs = ATTRS.map((a) => [a, tag.attr(a)] as const).filter(([, v]) => v !== undefined);
      out.push(`<${tag.name} ${JSON.stringify(attrs)}${selfClosing ? '/' : ''}>`);
      if (tag.name === 't' || tag.name === 'v' || tag.name === 'f') s.capture = true;
    },
    close(name) {
      if (name === 't' || name === 'v' || name === 'f') s.capture = false;
      out.push(`</${name}>`);
    },
    text(t) {
      if (typeof out[out.length - 1] === 'string' && out[out.length - 1]!.startsWith('#')) out[out.length - 1] += t;
      else out.push(`#${t}`);
    },
  });
  for (const c of chunks) s.write(c);
  s.end();
  return out;
}

/** The same events from saxes. */
function reference(xml: string): string[] {
  const out: string[] = [];
  const p = new SaxesParser({ xmlns: false });
  let capture = false;
  const local = (n: string) => n.slice(n.indexOf(':') + 1);
  p.on('opentag', (tag) => {
    const a = tag.attributes as Record<string, string>;
    const attrs = ATTRS.map((k) => [k, Object.entries(a).find(([n]) => local(n) === k && !n.startsWith('xmlns'))?.[1]] as const).filter(([, v]) => v !== undefined);
    out.push(`<${local(tag.name)} ${JSON.stringify(attrs)}${tag.isSelfClosing ? '/' : ''}>`);
    if (['t', 'v', 'f'].includes(local(tag.name))) capture = true;
  });
  p.on('closetag', (tag) => {
    if (['t', 'v', 'f'].includes(local(tag.name))) capture = false;
    out.push(`</${local(tag.name)}>`);
  });
  const text = (t: string) => {
    if (!capture || t === '') return;
    if (out[out.length - 1]?.startsWith('#')) out[out.length - 1] += t;
    else out.push(`#${t}`);
  };
  p.on('text', text);
  p.on('cdata', text);
  p.write(xml).close();
  return out;
}

const DOCS = [
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><dimension ref="A1:C3"/><sheetData>` +
    `<row r="1" spans="1:3"><c r="A1" t="inlineStr"><is><t xml:space="preserve"> Nà Khoa &amp; Nà Hỳ &lt;3&gt; &#7879;&#x1EC7; </t></is></c><c r="B1" s="3"><v>45672</v></c></row>` +
    `<row r="2"><c r='A2' t='str'><f>"a"&amp;"&gt;"</f><v>a&gt;</v></c><c r="B2" t="s"><v>12</v></c><!-- a comment with <c> inside --></row>` +
    `<row r="3"><c r="C3" t="inlineStr"><is><t><![CDATA[<giữ nguyên> & ]]>văn bản</t></is></c></row></sheetData>` +
    `<mergeCells count="1"><mergeCell ref="A1:B1"/></mergeCells><hyperlinks><hyperlink ref="A1" r:id="rId1" display="a > b"/></hyperlinks></worksheet>`,
  `<x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><x:sheetData><x:row r="1"><x:c r="A1" t="inlineStr"><x:is><x:r><x:t>Lò </x:t></x:r><x:r><x:rPr><x:b/></x:rPr><x:t>Văn Thắng</x:t></x:r><x:rPh sb="0" eb="1"><x:t>LO</x:t></x:rPh></x:is></x:c></x:row>\r\n  <x:row r="2" ><x:c r = "A2" s = "1" ><x:v>1.5E+2</x:v></x:c></x:row></x:sheetData></x:worksheet>`,
  `<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="3" uniqueCount="3"><si><t>Công an xã</t></si><si><r><t xml:space="preserve">Đề nghị </t></r><r><rPr><i/></rPr><t>giải quyết</t></r></si><si><t/></si></sst>`,
];

describe('the sheet scanner', () => {
  it('reports what saxes reports, however the text is cut into chunks', () => {
    fc.assert(
      fc.property(fc.constantFrom(...DOCS), fc.array(fc.nat(), { maxLength: 12 }), (xml, cuts) => {
        const points = [...new Set(cuts.map((c) => c % (xml.length + 1)))].sort((a, b) => a - b);
        const chunks = [0, ...points].map((p, i, all) => xml.slice(p, all[i + 1] ?? xml.length));
        expect(scan(chunks)).toEqual(reference(xml));
      }),
      { numRuns: 300 },
    );
  });

  it('cuts at every position of a document and still agrees', () => {
    const xml = DOCS[0]!;
    const expected = reference(xml);
    for (let i = 0; i <= xml.length; i++) expect(scan([xml.slice(0, i), xml.slice(i)])).toEqual(expected);
  });

  it.each([
    ['an element left open', '<worksheet><sheetData><row>'],
    ['a tag closed by another name', '<worksheet><sheetData></row></worksheet>'],
    ['an attribute without quotes', '<worksheet><c r=A1/></worksheet>'],
    ['an unknown entity', '<worksheet><c><v>&nbsp;</v></c></worksheet>'],
    ['a bare ampersand', '<worksheet><c><v>A & B</v></c></worksheet>'],
    ['a DTD (entity definitions)', '<!DOCTYPE lol [<!ENTITY lol "lol">]><worksheet/>'],
    ['a second root element', '<worksheet/><worksheet/>'],
    ['a tag cut off at the end', '<worksheet><sheetData'],
    ['no element at all', '   '],
  ])('refuses %s, naming the part', (_why, xml) => {
    let err: unknown;
    try {
      scan([xml]);
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(XlsxError);
    expect((err as XlsxError).code).toBe('corrupt');
    expect((err as XlsxError).message).toMatch(/phần "xl\/worksheets\/sheet1\.xml" không phải XML hợp lệ/);
  });
});

describe('rows of formatted blank cells', () => {
  /** Events of the scanner when every <row> asks to pass over self-closing <c/> children. */
  function scanSkipping(chunks: string[]): string[] {
    const out: string[] = [];
    const s = createScanner('xl/worksheets/sheet1.xml', {
      open(tag, selfClosing) {
        out.push(`<${tag.name} ${tag.attr('r') ?? ''}${selfClosing ? '/' : ''}>`);
        if (tag.name === 'row') s.skipEmpty('c');
        if (tag.name === 'v') s.capture = true;
      },
      close(name) {
        if (name === 'v') s.capture = false;
        out.push(`</${name}>`);
      },
      text(t) {
        out.push(`#${t}`);
      },
      textRange(b, from, to) {
        out.push(`#${b.slice(from, to)}`);
      },
    });
    for (const c of chunks) s.write(c);
    s.end();
    return out;
  }

  const sheet = (rows: string) => `<worksheet xmlns="${'http://schemas.openxmlformats.org/spreadsheetml/2006/main'}"><sheetData>${rows}</sheetData></worksheet>`;

  it('passes over rows holding only self-closing cells, whatever their spacing, quotes and prefix', () => {
    const xml = sheet(
      `<row r="1"><c r="A1"><v>7</v></c></row>` +
        `<row r="2" ht="15" customHeight="1"><c r="A2" s="3"/><c r="B2" s='4' /> <c r = "C2"\n s="3"/></row>` +
        `<row r="3"></row><row r="4"><c r="A4" s="3"/><c r="B4"><v>8</v></c></row>`,
    );
    expect(scanSkipping([xml])).toEqual([
      '<worksheet >', '<sheetData >',
      '<row 1>', '<c A1>', '<v >', '#7', '</v>', '</c>', '</row>',
      '<row 2>', '</row>',
      '<row 3>', '</row>',
      // A row with a value is read cell by cell, its blank cells too.
      '<row 4>', '<c A4/>', '</c>', '<c B4>', '<v >', '#8', '</v>', '</c>', '</row>',
      '</sheetData>', '</worksheet>',
    ]);
    const prefixed = `<x:worksheet xmlns:x="urn:x"><x:sheetData><x:row r="9"><x:c r="A9" s="1"/><x:c r="B9" s="1"/></x:row></x:sheetData></x:worksheet>`;
    expect(scanSkipping([prefixed])).toEqual(['<worksheet >', '<sheetData >', '<row 9>', '</row>', '</sheetData>', '</worksheet>']);
  });

  it('reads a blank row as usual when it holds anything else: another element, an entity, a row cut by the chunk', () => {
    const xml = sheet(`<row r="1"><c r="A1" s="3"/><col r="x"/></row><row r="2"><c r="A2" s="&#51;"/></row><row r="3"><c r="A3" s="3"/><c r="B3" s="3"/></row>`);
    const whole = scanSkipping([xml]);
    expect(whole.slice(2, 11)).toEqual(['<row 1>', '<c A1/>', '</c>', '<col x/>', '</col>', '</row>', '<row 2>', '<c A2/>', '</c>']);
    expect(whole.slice(12, 14)).toEqual(['<row 3>', '</row>']);
    // Cut inside row 3: its cells arrive one by one, as without the shortcut.
    const cut = xml.indexOf('<c r="B3"') + 4;
    expect(scanSkipping([xml.slice(0, cut), xml.slice(cut)]).slice(12)).toEqual(['<row 3>', '<c A3/>', '</c>', '<c B3/>', '</c>', '</row>', '</sheetData>', '</worksheet>']);
  });

  it.each([
    ['an attribute without quotes', '<row r="1"><c r="A1" s=3/></row>'],
    ['a tag closed by another name', '<row r="1"><c r="A1" s="3"/></rows>'],
    ['an unknown entity', '<row r="1"><c r="&nbsp;" s="3"/></row>'],
    ['a "<" in a value', '<row r="1"><c r="A1" s="<"/></row>'],
  ])('still refuses %s among blank cells', (_why, rows) => {
    expect(() => scanSkipping([sheet(rows)])).toThrow(XlsxError);
  });
});
