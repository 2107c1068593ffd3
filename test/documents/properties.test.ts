// Any catalogue and log give documents that open: odd names (quotes, markup,
// formulas, control characters, any Unicode), very long content, empty
// periods, no leaders, a settings table with junk — read from cell grids by
// the real reader, built by the core and written by @giaoban/docx, then every
// XML part of the .docx parsed back strictly.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { briefingDocuments, detectUnitNames, monthsSpokenFor, PapersMonthError, readWorkbook, resolveDocumentSettings, type WorkbookGrid } from '@giaoban/core';
import { documentToDocx } from '@giaoban/docx';
import { readDocx } from './docxText.js';

const oddText = fc.oneof(
  fc.constantFrom('Nà Khoa', 'Nậm Pồ', "O'Brien & <Co>", '=SUM(A1)', 'Xã Xã', ' đặc khu Phú Quốc ', 'a\u0001b\u0008c', '\uD800', 'Tết 🧧 2026', 'x'.repeat(300)),
  fc.string({ unit: 'binary', minLength: 1, maxLength: 30 }),
);
const longText = fc.oneof(fc.string({ unit: 'binary', maxLength: 200 }), fc.constant('Tranh chấp đất rẫy kéo dài giữa hai dòng họ; '.repeat(200)));
const day = fc.integer({ min: 0, max: 120 }).map((n) => {
  const d = new Date(Date.UTC(2025, 10, 1) + n * 86_400_000);
  return `${String(d.getUTCDate()).padStart(2, '0')}/${String(d.getUTCMonth() + 1).padStart(2, '0')}/${d.getUTCFullYear()}`;
});

const workbook = fc
  .record({
    communes: fc.array(fc.record({ name: oddText, cluster: fc.constantFrom('Cụm 1', 'Cụm 2', '<Cụm & 3>') }), { minLength: 0, maxLength: 6 }),
    leaders: fc.array(oddText, { maxLength: 3 }),
    unit: fc.constantFrom('CÔNG AN HUYỆN NẬM PỒ', 'CÔNG AN TỈNH ĐIỆN BIÊN', 'CÔNG AN XÃ NÀ KHOA', 'PHÒNG PC06', ''),
    settings: fc.array(fc.tuple(fc.constantFrom('Người ký', 'Nơi nhận báo cáo', 'Giờ giao ban', 'Địa điểm tại xã Nà Khoa', 'Cơ quan ban hành', 'Lạ'), oddText), { maxLength: 5 }),
    briefings: fc.array(fc.record({ day, host: fc.nat(8), chair: fc.nat(4), attendance: oddText, public: fc.oneof(fc.nat(500), fc.constant('')) }), { maxLength: 6 }),
    issues: fc.array(
      fc.record({ day, commune: fc.nat(8), content: longText, category: fc.constantFrom('ANTT', 'TTHC', 'Củng cố lực lượng', '', 'lạ'), status: fc.constantFrom('Đã giải đáp tại chỗ', 'Đang giải quyết', '', 'Đã giải quyết') }),
      { maxLength: 12 },
    ),
  })
  .map((w): WorkbookGrid => {
    const name = (i: number) => w.communes[i % Math.max(1, w.communes.length)]?.name ?? 'Nà Khoa';
    const leader = (i: number) => w.leaders[i % Math.max(1, w.leaders.length)] ?? '';
    return {
      sheets: [
        { name: 'Xã', values: [[w.unit], ['STT', 'Tên xã', 'Cụm'], ...w.communes.map((c, i) => [i + 1, c.name, c.cluster])] },
        { name: 'Lãnh đạo', values: [['STT', 'Họ và tên', 'Chức vụ'], ...w.leaders.map((l, i) => [i + 1, l, 'Phó trưởng Công an huyện'])] },
        {
          name: 'Giao ban',
          values: [['STT', 'Ngày giao ban', 'Xã đăng cai', 'Lãnh đạo chủ trì', 'Thành phần tham dự', 'Quần chúng'], ...w.briefings.map((b, i) => [i + 1, b.day, name(b.host), leader(b.chair), b.attendance, b.public])],
        },
        {
          name: 'Ý kiến',
          values: [['STT', 'Ngày', 'Xã', 'Nội dung', 'Phân loại', 'Tình trạng'], ...w.issues.map((x, i) => [i + 1, x.day, name(x.commune), x.content, x.category, x.status])],
        },
        { name: 'Thông tin', values: [['STT', 'Thông tin', 'Giá trị'], ...w.settings.map(([k, v], i) => [i + 1, k, v])] },
      ],
    };
  });

describe('documents from any catalogue and log', () => {
  it('build and open (every XML part parses), empty periods included', async () => {
    await fc.assert(
      fc.asyncProperty(workbook, fc.constantFrom('2025-11', '2025-12', '2026-01', '2024-06'), async (grid, month) => {
        const read = readWorkbook(grid);
        const settings = resolveDocumentSettings(read, detectUnitNames(grid));
        // A month the workbook does not speak for is refused, or written as a draft when asked.
        const { first, last } = monthsSpokenFor(read);
        const outside = (first !== null && month < first) || (last !== null && month > last);
        if (outside) expect(() => briefingDocuments(read, { month, settings })).toThrow(PapersMonthError);
        const { documents, draft } = briefingDocuments(read, { month, settings, allowDraft: true });
        expect(draft).toBe(outside);
        for (const d of documents) expect(d.draft).toBe(outside);
        // The report is always there, even for a month with nothing in it.
        expect(documents.filter((d) => d.kind === 'report')).toHaveLength(1);
        for (const d of documents) {
          const docx = readDocx(await documentToDocx(d));
          expect(docx.parts).toContain('word/document.xml');
          const text = docx.paragraphs.join('\n');
          expect(text).toContain('Độc lập - Tự do - Hạnh phúc');
          expect(text).toMatch(/ngày \d\d tháng (0[12]|[3-9]|1[0-2]) năm \d{4}/);
          if (outside) expect(docx.paragraphs[0]).toBe('DỰ THẢO');
        }
      }),
      { numRuns: 25 },
    );
  });
});
