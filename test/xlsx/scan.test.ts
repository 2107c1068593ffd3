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
