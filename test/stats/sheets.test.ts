import { describe, expect, it } from 'vitest';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import JSZip from 'jszip';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import {
  buildFindingsSheet,
  buildSummarySheet,
  computeStatistics,
  findMarker,
  markerFor,
  parseA1,
  statisticsNarrative,
  type Finding,
  type SheetModel,
} from '@giaoban/core';
import { writeWorkbookWithSheets } from '../../packages/cli/src/xlsx/index.js';
import { briefing, catalogue, issue } from './fixtures.js';

const briefings = [
  briefing('2024-12-16', 'Nà Khoa', 'Trần Ích Chính', {
    attendance: { areaOfficers: true, communePolice: true, partyStanding: true, peoplesCouncil: true, peoplesCommittee: true, public: 20, massOrganizations: ['MTTQ'] },
  }),
  briefing('2025-01-10', 'Chà Nưa', 'Lò Văn Minh'),
];
const issues = [
  issue('2024-10-20', 'Nà Khoa', { status: 'in-progress', content: 'Tranh chấp đất nương giữa hai hộ tại bản Huổi Lụ chưa hòa giải xong', officer: 'Giàng A Páo' }),
  issue('2024-12-16', 'Nà Khoa', { caseState: 'pending', status: 'in-progress', content: 'Vụ trộm 02 con trâu tại bản Nà Khoa 1' }),
  issue('2024-12-16', 'Nà Khoa', { category: 'administrative-procedures', caseState: null, content: 'Vướng mắc đăng ký thường trú cho con em sinh ở tỉnh ngoài' }),
  issue('2025-01-10', 'Chà Nưa', { category: 'commune-police', caseState: null, status: 'resolved', resolvedDate: '2025-01-12' }),
];
const stats = computeStatistics({
  briefings,
  issues,
  planned: [{ cluster: 'Cụm 1', date: '2024-12-16', host: 'Nà Khoa' }],
  catalogue,
  period: { from: '2024-12-15', to: '2025-01-14', convention: 'decree', label: 'Tháng 01/2025' },
  since: '2024-01-01',
  excludedRows: 1,
});
const narrative = statisticsNarrative(stats, { unit: 'Công an huyện Mường Chà' });

const findings: Finding[] = [
  { severity: 'warning', code: 'status.blank', sheet: 'Ý kiến', cell: 'H9', message: 'Ô H9: tình trạng để trống, coi là "đang giải quyết".', messageEn: 'Cell H9: blank status read as in progress.', suggestion: null, suggestionEn: null },
  { severity: 'error', code: 'commune.unknown', sheet: 'Ý kiến', cell: 'C12', message: 'Ô C12: xã "Nà Khao" không có trong danh mục.', messageEn: 'Cell C12: commune "Nà Khao" is not in the catalogue.', suggestion: 'Có phải là "Nà Khoa"?', suggestionEn: 'Did you mean "Nà Khoa"?' },
  { severity: 'error', code: 'date.invalid', sheet: 'Giao ban', cell: 'B7', message: 'Ô B7: ngày "31/02/2018" không hợp lệ.', messageEn: 'Cell B7: "31/02/2018" is not a date.', suggestion: null, suggestionEn: null },
];

function cellAt(model: SheetModel, a1: string) {
  const { row, col } = parseA1(a1);
  return model.cells[row - 1]?.[col - 1];
}
function findRow(model: SheetModel, label: string): (string | number | boolean | null)[] {
  const row = model.cells.find((r) => r[1] === label);
  if (!row) throw new Error(`no row ${label}`);
  return row;
}
/** Every range of a model lies inside its cells' bounds, and tables never cross a merge. */
function checkGeometry(model: SheetModel) {
  const rows = model.cells.length;
  const cols = Math.max(...model.cells.map((r) => r.length));
  const inside = (range: string) =>
    range.split(':').every((a) => {
      const { row, col } = parseA1(a);
      return row >= 1 && row <= rows && col >= 1 && col <= cols;
    });
  for (const r of [...model.merges, ...model.styles.map((s) => s.range), ...(model.tables ?? []).map((t) => t.range), ...(model.conditionalFormats ?? []).map((c) => c.range)]) {
    expect(inside(r), r).toBe(true);
  }
  const mergedRows = new Set(model.merges.map((m) => parseA1(m.split(':')[0]!).row));
  for (const t of model.tables ?? []) {
    const [a, b] = t.range.split(':').map((x) => parseA1(x!));
    for (let r = a!.row; r <= b!.row; r++) expect(mergedRows.has(r), `${t.name} row ${r}`).toBe(false);
  }
}

describe('Tổng hợp sheet model', () => {
  const model = buildSummarySheet(stats, { unit: 'Công an huyện Mường Chà', narrative });

  it('carries its marker and the figures of the statistics', () => {
    expect(cellAt(model, model.markerCell)).toBe(markerFor('summary'));
    expect(findMarker(model.cells)).toBe('giaoban:summary:v1');
    expect(model.cells[0]![0]).toBe('CÔNG AN HUYỆN MƯỜNG CHÀ');
    expect(findRow(model, 'Số buổi giao ban đã tổ chức').slice(2, 4)).toEqual([2, 2]);
    expect(findRow(model, 'Số buổi giao ban theo kế hoạch').slice(2, 4)).toEqual([1, 1]);
    // Without a plan the planned cells stay empty instead of reading "00".
    const noPlan = buildSummarySheet(computeStatistics({ briefings, issues, catalogue, period: stats.period }));
    expect(findRow(noPlan, 'Số buổi giao ban theo kế hoạch (sổ chưa có lịch)').slice(2, 4)).toEqual([null, null]);
    expect(findRow(noPlan, 'Trong đó: đúng ngày theo kế hoạch').slice(2, 5)).toEqual([null, null, null]);
    expect(findRow(model, 'Số xã đăng cai').slice(2, 5)).toEqual([2, 2, 2 / 6]);
    expect(findRow(model, 'Khó khăn, vướng mắc về thủ tục hành chính').slice(2, 4)).toEqual([1, 1]);
    expect(findRow(model, 'Tổng cộng').slice(2, 4)).toEqual([3, 4]);
    expect(findRow(model, 'Nội dung chưa giải quyết quá 30 ngày').slice(2, 4)).toEqual([0, 1]);
    expect(findRow(model, 'Tháng 01/2025').slice(2, 4)).toEqual([3, 4]); // running cumulative total
    expect(model.print).toMatchObject({ orientation: 'portrait', paperSize: 'A4', fitToWidth: true });
  });

  it('lists open items oldest first with a link to the clerk row, highlights overdue ones, and keeps ranges sane', () => {
    const headerRow = model.cells.findIndex((r) => r[1] === 'Nội dung' && r[5] === 'Số ngày') + 1;
    const first = model.cells[headerRow]!;
    expect(first[1]).toBe('Tranh chấp đất nương giữa hai hộ tại bản Huổi Lụ chưa hòa giải xong');
    expect(first[5]).toBe(86); // 20/10/2024 → 14/01/2025
    expect(first[2]).toBe(45585); // Excel serial of 2024-10-20
    // The 66-character content wraps in column B: its row is given two lines' height; the STT-only rows are not.
    expect(model.rowHeights![headerRow]).toBeGreaterThanOrEqual(2 * 13);
    expect(model.rowHeights![headerRow - 1]).toBeNull();
    expect(model.links![0]).toEqual({ cell: `H${headerRow + 1}`, sheet: 'Ý kiến', target: `A${issues[0]!.ref.row}` });
    expect(model.conditionalFormats![0]!.formula).toBe(`$F${headerRow + 1}>30`);
    expect(model.tables!.map((t) => t.name)).toEqual(['GiaoBan_TheoThang', 'GiaoBan_TheoXa', 'GiaoBan_ChuaGiaiQuyet']);
    expect(model.charts!.map((c) => c.type).sort()).toEqual(['column', 'pie']);
    checkGeometry(model);
  });

  it('puts the case-state rows under the security-situation category they break down', () => {
    const labels = model.cells.map((r) => r[1]);
    const security = labels.indexOf('Tình hình ANTT, vụ việc tồn đọng, mới phát sinh');
    expect(model.cells[security]![0]).toBe(1);
    expect(labels.slice(security + 1, security + 4)).toEqual([
      '   Trong đó: vụ việc tồn đọng',
      '   Trong đó: vụ việc mới phát sinh',
      'Ý kiến củng cố, kiện toàn lực lượng Công an xã',
    ]);
    expect(model.cells[security + 1]!.slice(0, 4)).toEqual(['', '   Trong đó: vụ việc tồn đọng', 1, 1]);
    // Numbering runs over the categories only: 1–5, the breakdown rows unnumbered.
    const total = labels.indexOf('Tổng cộng');
    expect(model.cells.slice(security, total).map((r) => r[0])).toEqual([1, '', '', 2, 3, 4, 5]);
  });

  it('puts the ageing of the backlog under the backlog, adding up to it', () => {
    const labels = model.cells.map((r) => String(r[1] ?? ''));
    const backlog = labels.findIndex((l) => l.startsWith('Tồn đọng chưa giải quyết xong'));
    expect(labels.slice(backlog + 1, backlog + 5)).toEqual(['   Trong đó: đến 15 ngày', '   Từ 16 đến 30 ngày', '   Từ 31 đến 60 ngày', '   Trên 60 ngày']);
    for (const col of [2, 3]) {
      const parts = model.cells.slice(backlog + 1, backlog + 5).map((r) => r[col] as number);
      expect(parts.reduce((a, b) => a + b, 0), `column ${col}`).toBe(model.cells[backlog]![col]);
    }
    // "Sắp đến hạn" is its own row after them, not their heading.
    expect(labels.indexOf('Sắp đến hạn trong 07 ngày tới')).toBeGreaterThan(backlog + 4);
  });

  it('charts the categories from a block of their own beside the printed page, so the breakdown is not counted twice', () => {
    const pie = model.charts!.find((c) => c.type === 'pie')!;
    const printRight = parseA1(model.print.printArea!.split(':')[1]!).col;
    const cats = pie.categories.split(':').map((a) => parseA1(a));
    const vals = pie.series[0]!.values.split(':').map((a) => parseA1(a));
    expect(cats[0]!.col).toBeGreaterThan(printRight);
    const at = (p: { row: number; col: number }) => model.cells[p.row - 1]![p.col - 1];
    const rows = Array.from({ length: cats[1]!.row - cats[0]!.row + 1 }, (_, i) => cats[0]!.row + i);
    expect(rows.map((r) => at({ row: r, col: cats[0]!.col }))).toEqual([
      'Tình hình ANTT, vụ việc tồn đọng, mới phát sinh',
      'Ý kiến củng cố, kiện toàn lực lượng Công an xã',
      'Xây dựng tổ chức quần chúng, phát động phong trào',
      'Khó khăn, vướng mắc về thủ tục hành chính',
      'Khác',
    ]);
    const slices = rows.map((r) => at({ row: r, col: vals[0]!.col }) as number);
    expect(slices.reduce((a, b) => a + b, 0)).toBe(findRow(model, 'Tổng cộng')[2]);
    // The chart sits under its block, not over it.
    expect(parseA1(pie.anchor.cell).row).toBeGreaterThan(cats[1]!.row);
  });

  it('wraps the open items\' status, commune and officer instead of cutting them off', () => {
    const headerRow = model.cells.findIndex((r) => r[1] === 'Nội dung' && r[5] === 'Số ngày') + 1;
    const openLast = headerRow + stats.openItems.length;
    for (const col of ['B', 'D', 'E', 'G']) {
      expect(model.styles.some((s) => s.range === `${col}${headerRow + 1}:${col}${openLast}` && s.style.wrap === true), col).toBe(true);
    }
  });

  it('puts the narrative in one wrapped cell, tall enough to print every line', () => {
    const start = model.cells.findIndex((r) => r[0] === 'VII. NHẬN XÉT (để đưa vào báo cáo)');
    const row = start + 2; // 1-based row of the paragraph
    expect(model.cells[start + 1]![0]).toBe(narrative.vi);
    expect(model.merges).toContain(`A${row}:H${row}`);
    expect(model.styles.some((s) => s.range === `A${row}:H${row}` && s.style.wrap === true)).toBe(true);
    // At most ~150 characters print on one line of the merged A:H width (LibreOffice prints ~135); ≥ 12 pt a line.
    const lines = Math.ceil(narrative.vi.length / 150);
    expect(lines).toBeGreaterThan(3);
    expect(model.rowHeights?.[start + 1] ?? 0).toBeGreaterThanOrEqual(lines * 12);
  });
});

describe('Kết quả kiểm tra sheet model', () => {
  const model = buildFindingsSheet(findings, { excludedRows: 2, source: 'so-theo-doi.xlsx' });
  it('lists errors first, in sheet and cell order, with links to the cells', () => {
    const header = model.cells.findIndex((r) => r[0] === 'STT') + 1;
    const rows = model.cells.slice(header, header + 3);
    expect(rows.map((r) => [r[1], r[2], r[3], r[4]])).toEqual([
      ['Lỗi', 'date.invalid', 'Giao ban', 'B7'],
      ['Lỗi', 'commune.unknown', 'Ý kiến', 'C12'],
      ['Cảnh báo', 'status.blank', 'Ý kiến', 'H9'],
    ]);
    expect(rows[1]![6]).toBe('Có phải là "Nà Khoa"?');
    expect(model.links).toEqual([
      { cell: `E${header + 1}`, sheet: 'Giao ban', target: 'B7' },
      { cell: `E${header + 2}`, sheet: 'Ý kiến', target: 'C12' },
      { cell: `E${header + 3}`, sheet: 'Ý kiến', target: 'H9' },
    ]);
    expect(model.cells.some((r) => r[0] === 'Sổ: so-theo-doi.xlsx. Tổng số: 02 lỗi, 01 cảnh báo; 02 dòng có lỗi không được tính vào thống kê.')).toBe(true);
    expect(findMarker(model.cells)).toBe('giaoban:findings:v1');
    expect(model.freeze).toEqual({ rows: header, cols: 0 });
    checkGeometry(model);
  });
  it('says so when there is nothing to report', () => {
    const empty = buildFindingsSheet([]);
    expect(empty.cells.some((r) => r[0] === 'Không có lỗi hay cảnh báo nào.')).toBe(true);
    expect(empty.tables).toEqual([]);
  });
});

describe('both sheets written to a real .xlsx and read back', () => {
  it('keeps values, tables, links and conditional formats', async () => {
    const dir = join(process.cwd(), 'test/.tmp/stats');
    mkdirSync(dir, { recursive: true });
    const out = join(dir, 'tong-hop.xlsx');
    rmSync(out, { force: true }); // an output is never written over; this run's file is new
    const summary = buildSummarySheet(stats, { unit: 'Công an huyện Mường Chà', narrative });
    const found = buildFindingsSheet(findings);
    const written = await writeWorkbookWithSheets(null, out, [summary, found]);
    expect(written).toEqual([
      { sheet: 'Tổng hợp', action: 'create' },
      { sheet: 'Kết quả kiểm tra', action: 'create' },
    ]);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const ws = wb.getWorksheet('Tổng hợp')!;
    expect(ws.getCell(summary.markerCell).value).toBe('giaoban:summary:v1');
    const total = summary.cells.findIndex((r) => r[1] === 'Tổng cộng') + 1;
    expect(ws.getCell(`C${total}`).value).toBe(3);
    expect(ws.getCell(`C${total}`).numFmt).toBe('[<10]00;#,##0');
    expect(ws.pageSetup.orientation).toBe('portrait');
    expect(wb.getWorksheet('Kết quả kiểm tra')!.getCell(found.links![0]!.cell).value).toBe('B7');
    // Internal links and conditional formats, as Excel will see them in the sheet XML.
    const zip = await JSZip.loadAsync(readFileSync(out));
    const sheet1 = await zip.file('xl/worksheets/sheet1.xml')!.async('string');
    const sheet2 = await zip.file('xl/worksheets/sheet2.xml')!.async('string');
    // An in-workbook jump: a location, no relationship (the package writer's form).
    expect(sheet2).toMatch(new RegExp(`<hyperlink ref="${found.links![0]!.cell}" location="'Giao ban'!B7"[^>]*tooltip="Giao ban!B7"/>`));
    expect(sheet2).not.toMatch(/<hyperlink[^>]*r:id=/);
    const open = summary.conditionalFormats![0]!;
    expect(sheet1).toContain(`<conditionalFormatting sqref="${open.range}"><cfRule type="expression" dxfId="0" priority="1"><formula>${open.formula.replace('>', '&gt;')}</formula>`);
    expect(sheet1).toContain('<tableParts count="3">');
  });
});
