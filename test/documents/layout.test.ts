// The Decree 30/2020 Appendix I layout as Word reads it: page size and margins,
// first-page header without a number, fonts and sizes of each part, body
// paragraphs justified with a first-line indent — checked in the .docx XML.
import { beforeAll, describe, expect, it } from 'vitest';
import { unzipSync, strFromU8 } from 'fflate';
import { briefingDocuments, detectUnitNames, readWorkbook, resolveDocumentSettings, type DocumentModel } from '@giaoban/core';
import { documentToDocx } from '@giaoban/docx';
import { readWorkbookFile } from '../../packages/cli/src/xlsx/index.js';

const mm = (twips: number) => (twips * 25.4) / 1440;

interface Para {
  text: string;
  xml: string;
}

function paragraphs(xml: string): Para[] {
  return [...xml.matchAll(/<w:p>([\s\S]*?)<\/w:p>/g)].map((m) => ({
    xml: m[1]!,
    text: [...m[1]!.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((t) => t[1]).join(''),
  }));
}
const size = (p: Para) => Number(/<w:sz w:val="(\d+)"/.exec(p.xml)?.[1]) / 2;
const bold = (p: Para) => /<w:b\/>|<w:b w:val="true"\/>/.test(p.xml);
const italic = (p: Para) => /<w:i\/>|<w:i w:val="true"\/>/.test(p.xml);

let docs: DocumentModel[] = [];
const files = new Map<DocumentModel, Record<string, Uint8Array>>();

beforeAll(async () => {
  const grid = await readWorkbookFile('examples/so-theo-doi-giao-ban.xlsx');
  const read = readWorkbook(grid);
  const settings = resolveDocumentSettings(read, detectUnitNames(grid));
  docs = briefingDocuments(read, { month: '2025-12', settings }).documents;
  for (const d of docs) files.set(d, unzipSync(await documentToDocx(d)));
});

describe('Decree 30 layout in the .docx', () => {
  it('A4, margins top/bottom 20–25, left 30–35, right 15–20 mm; page numbers centred at the top from page 2', () => {
    for (const d of docs) {
      const xml = strFromU8(files.get(d)!['word/document.xml']!);
      const pgSz = /<w:pgSz w:w="(\d+)" w:h="(\d+)"/.exec(xml)!;
      expect(Math.round(mm(+pgSz[1]!))).toBe(210);
      expect(Math.round(mm(+pgSz[2]!))).toBe(297);
      const m = (k: string) => mm(+new RegExp(`<w:pgMar[^>]* w:${k}="(\\d+)"`).exec(xml)![1]!);
      expect(m('top')).toBeGreaterThanOrEqual(19.9);
      expect(m('top')).toBeLessThanOrEqual(25.1);
      expect(m('bottom')).toBeGreaterThanOrEqual(19.9);
      expect(m('bottom')).toBeLessThanOrEqual(25.1);
      expect(m('left')).toBeGreaterThanOrEqual(29.9);
      expect(m('left')).toBeLessThanOrEqual(35.1);
      expect(m('right')).toBeGreaterThanOrEqual(14.9);
      expect(m('right')).toBeLessThanOrEqual(20.1);
      expect(xml).toMatch(/<w:titlePg\/>|<w:titlePg w:val="true"\/>/);
      const headers = Object.keys(files.get(d)!).filter((n) => /^word\/header\d+\.xml$/.test(n)).map((n) => strFromU8(files.get(d)![n]!));
      const numbered = headers.filter((h) => /PAGE/.test(h));
      expect(numbered).toHaveLength(1);
      expect(numbered[0]).toMatch(/<w:jc w:val="center"\/>/);
      expect(headers.filter((h) => !/PAGE/.test(h))).toHaveLength(1); // the first page's, empty
    }
  });

  it('sizes, weights and styles of each part; Times New Roman everywhere', () => {
    for (const d of docs) {
      const xml = strFromU8(files.get(d)!['word/document.xml']!);
      const fonts = new Set([...xml.matchAll(/w:ascii="([^"]+)"/g)].map((f) => f[1]));
      expect([...fonts]).toEqual(['Times New Roman']);
      const ps = paragraphs(xml);
      const find = (pred: (t: string) => boolean) => {
        const p = ps.find((x) => pred(x.text));
        if (!p) throw new Error(`${d.kind}: no paragraph`);
        return p;
      };
      const parent = find((t) => t === 'CÔNG AN TỈNH ĐIỆN BIÊN');
      expect([size(parent), bold(parent)]).toEqual([12, false]);
      const issuing = find((t) => t === 'CÔNG AN HUYỆN NẬM PỒ');
      expect([size(issuing), bold(issuing)]).toEqual([12, true]);
      // A short rule under the issuing body and under the motto (a bottom border on an empty line).
      const ruleAfter = (p: Para) => ps[ps.indexOf(p) + 1]!;
      expect(ruleAfter(issuing).xml).toMatch(/<w:pBdr><w:bottom w:val="single"/);
      const title = find((t) => t === 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
      expect([size(title), bold(title)]).toEqual([12, true]);
      const motto = find((t) => t === 'Độc lập - Tự do - Hạnh phúc');
      expect([size(motto), bold(motto)]).toEqual([13, true]);
      expect(ruleAfter(motto).xml).toMatch(/<w:pBdr><w:bottom w:val="single"/);
      const number = find((t) => t.startsWith('Số: '));
      expect(size(number)).toBe(13);
      // Form 1.9: a minutes has no place and date line.
      if (d.kind === 'minutes') expect(ps.some((p) => /Nậm Pồ, ngày/.test(p.text))).toBe(false);
      else {
        const date = find((t) => /^Nậm Pồ, ngày \d\d tháng (0[12]|[3-9]|1[0-2]) năm \d{4}$/.test(t));
        expect([size(date), italic(date)]).toEqual([13, true]);
      }
      const type = find((t) => ['GIẤY MỜI', 'BIÊN BẢN', 'BÁO CÁO'].includes(t));
      expect([size(type), bold(type)]).toEqual([14, true]);
      const summary = ps[ps.indexOf(type) + 1]!;
      expect([size(summary), bold(summary)]).toEqual([14, true]);
      // The short rule under the summary: an empty paragraph with a bottom border after the summary lines.
      const afterSummary = ps.slice(ps.indexOf(summary), ps.indexOf(summary) + 3).find((p) => p.text === '');
      expect(afterSummary?.xml).toMatch(/<w:pBdr><w:bottom w:val="single"/);
      // Body: 13–14 pt, justified, first-line indent 1–1.27 cm, ≥ 6 pt after a paragraph, line spacing 1–1.5.
      const body = find((t) => /^(Công an huyện Nậm Pồ trân trọng|Thời gian bắt đầu|Thực hiện chế độ)/.test(t));
      expect(size(body)).toBe(d.kind === 'invitation' ? 13 : 14);
      expect(body.xml).toContain('<w:jc w:val="both"/>');
      const indent = mm(+/<w:ind w:firstLine="(\d+)"/.exec(body.xml)![1]!);
      expect(indent).toBeGreaterThanOrEqual(10);
      expect(indent).toBeLessThanOrEqual(12.75);
      expect(+/w:after="(\d+)"/.exec(body.xml)![1]! / 20).toBeGreaterThanOrEqual(6);
      const line = +/w:line="(\d+)"/.exec(body.xml)![1]! / 240;
      expect(line).toBeGreaterThanOrEqual(1);
      expect(line).toBeLessThanOrEqual(1.5);
      const head = find((t) => t === 'Nơi nhận:');
      expect([size(head), bold(head), italic(head)]).toEqual([12, true, true]);
      const list = ps.slice(ps.indexOf(head) + 1, ps.findIndex((p) => p.text.startsWith('- Lưu: VT')) + 1);
      if (d.kind === 'minutes') {
        for (const t of ['THƯ KÝ', 'CHỦ TỌA']) expect(bold(find((x) => x === t))).toBe(true);
        expect(list[list.length - 1]!.text).toBe('- Lưu: VT, Hồ sơ.');
        continue;
      }
      expect(list.length).toBeGreaterThanOrEqual(2);
      for (const p of list) expect(size(p)).toBe(11);
      for (const t of ['KT. TRƯỞNG CÔNG AN HUYỆN', 'PHÓ TRƯỞNG CÔNG AN HUYỆN']) expect(bold(find((x) => x === t))).toBe(true);
    }
  });

  it('Word shows the issuing unit as author and last editor, the title, and Vietnamese as the proofing language', () => {
    for (const d of docs) {
      const f = files.get(d)!;
      const core = strFromU8(f['docProps/core.xml']!);
      expect(core).toContain(`<dc:title>${d.title}</dc:title>`);
      expect(core).toContain('<dc:creator>Công an huyện Nậm Pồ</dc:creator>');
      expect(core).toContain('<cp:lastModifiedBy>Công an huyện Nậm Pồ</cp:lastModifiedBy>');
      expect(core).not.toContain('Un-named');
      const styles = strFromU8(f['word/styles.xml']!);
      const defaults = /<w:docDefaults>[\s\S]*?<\/w:docDefaults>/.exec(styles)![0];
      expect(defaults).toMatch(/<w:lang w:val="vi-VN"/);
      expect(d.title).toMatch(/^(Giấy mời|Biên bản|Báo cáo) .*(tháng|ngày) /);
    }
  });
});
