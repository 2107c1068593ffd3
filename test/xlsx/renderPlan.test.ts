// The render plan: every decision both writers share (placement, names, links, tables, drop-downs, styles).
import { describe, expect, it } from 'vitest';
import { buildRenderPlan, markerFor, renderPlanNotes, templateSheetModels, type SheetModel } from '@giaoban/core';

function model(over: Partial<SheetModel> = {}): SheetModel {
  return {
    name: 'Tổng hợp',
    kind: 'summary',
    cells: [['BÁO CÁO TỔNG HỢP'], [markerFor('summary')], [], ['Tháng', 'Số ý kiến'], ['Tháng 01/2026', 12], ['Tháng 02/2026', 7]],
    columnWidths: [20, 12],
    merges: ['A1:B1'],
    styles: [
      { range: 'A4:B4', style: { bold: true, fill: '#dde' + 'eff', border: true } },
      { range: 'A5:B6', style: { border: true } },
      { range: 'B5:B6', style: { numberFormat: '#,##0' } },
    ],
    freeze: { rows: 4, cols: 0 },
    print: { orientation: 'portrait', paperSize: 'A4', fitToWidth: true, repeatRows: '4:4', printArea: 'A1:B6' },
    markerCell: 'A2',
    ...over,
  };
}

describe('buildRenderPlan', () => {
  it('creates beside a clerk sheet of the same name and replaces its own marked sheet', () => {
    const created = buildRenderPlan([{ name: 'tổng hợp', marker: null }], [model()]);
    expect(created.sheets[0]).toMatchObject({ action: 'create', name: 'Tổng hợp (2)', replaces: null, marker: 'giaoban:summary:v1' });
    expect(created.removed).toEqual([]);
    const replaced = buildRenderPlan([{ name: 'Sổ', marker: null }, { name: 'TH cũ', marker: 'giaoban:summary:v1', tables: ['GiaoBan_TheoThang'] }], [model({ tables: [{ name: 'GiaoBan_TheoThang', range: 'A4:B6' }] })]);
    expect(replaced.sheets[0]).toMatchObject({ action: 'replace', name: 'TH cũ', replaces: 'TH cũ' });
    expect(replaced.removed).toEqual(['TH cũ']);
    // The replaced sheet's table goes with it, so its name is free again.
    expect(replaced.sheets[0]!.tables[0]!.name).toBe('GiaoBan_TheoThang');
    expect(replaced.sheets[0]!.tempName).not.toBe('TH cũ');
  });

  it('gives table names unique across the workbook, case-insensitively, with header cells equal to the columns', () => {
    const plan = buildRenderPlan([{ name: 'Sổ', marker: null, tables: ['giaoban_theothang'] }], [model({ tables: [{ name: 'GiaoBan_TheoThang', range: 'A4:B6' }] })]);
    const t = plan.sheets[0]!.tables[0]!;
    expect(t.name).toBe('GiaoBan_TheoThang_2');
    expect(t.columns).toEqual(['Tháng', 'Số ý kiến']);
    expect(plan.sheets[0]!.cells[3]).toEqual(['Tháng', 'Số ý kiến']);
  });

  it('says what it changed or dropped in both languages, naming the sheet: a renamed table, an overlapping merge, a list too long', () => {
    const long = Array.from({ length: 60 }, (_, i) => `Thôn Nà Sự ${i + 1}`);
    const plan = buildRenderPlan(
      [{ name: 'Sổ', marker: null, tables: ['giaoban_theothang'] }],
      [model({ merges: ['A1:B1', 'B1:C1'], tables: [{ name: 'GiaoBan_TheoThang', range: 'A4:B6' }], validations: [{ range: 'A7:A9', list: long }] })],
    );
    expect(plan.sheets[0]!.merges).toEqual(['A1:B1']);
    expect(renderPlanNotes(plan)).toEqual([
      { vi: 'Trang "Tổng hợp": Bảng "GiaoBan_TheoThang" được đặt tên "GiaoBan_TheoThang_2".', en: 'Sheet "Tổng hợp": Table "GiaoBan_TheoThang" was named "GiaoBan_TheoThang_2".' },
      { vi: 'Trang "Tổng hợp": Bỏ qua vùng gộp ô chồng lấn B1:C1.', en: 'Sheet "Tổng hợp": Skipped the overlapping merged cells B1:C1.' },
      { vi: 'Trang "Tổng hợp": Bỏ qua danh sách chọn ở A7:A9: quá 255 ký tự.', en: 'Sheet "Tổng hợp": Skipped the drop-down list at A7:A9: over 255 characters.' },
    ]);
  });

  it('points links and drop-down sources at the final names after a rename', () => {
    const lists = { ...model({ name: 'Danh mục', kind: 'plan', markerCell: 'A2', cells: [['x'], [markerFor('plan')]] }) };
    const findings = model({
      name: 'Kết quả kiểm tra',
      kind: 'findings',
      markerCell: 'A2',
      cells: [['KẾT QUẢ'], [markerFor('findings')], ['Sổ!C12']],
      links: [{ cell: 'A3', sheet: 'Danh mục', target: '$C$12' }],
      validations: [
        { range: 'B3:B9', source: "'Danh mục'!$A$1:$A$5" },
        { range: 'C3:C9', list: ['x', 'có'], error: 'Chỉ ghi "x" hoặc "có"' },
      ],
    });
    const plan = buildRenderPlan([{ name: 'Danh mục', marker: null }], [lists, findings]);
    expect(plan.sheets[0]!.name).toBe('Danh mục (2)');
    const f = plan.sheets[1]!;
    expect(f.links[0]).toMatchObject({ location: "'Danh mục (2)'!C12", display: 'Sổ!C12', sheet: 'Danh mục (2)' });
    expect(f.validations[0]).toMatchObject({ source: "'Danh mục (2)'!$A$1:$A$5", formula: "'Danh mục (2)'!$A$1:$A$5", errorStyle: 'stop' });
    expect(f.validations[1]).toMatchObject({ formula: '"x,có"', errorStyle: 'stop', error: 'Chỉ ghi "x" hoặc "có"' });
    // The link cell looks like a link in every host.
    const block = f.styleBlocks.find((b) => b.top === 3 && b.left === 1)!;
    expect(plan.styles[block.style]).toMatchObject({ underline: true, fontColor: '#0563C1' });
  });

  it('resolves overlapping style ranges into disjoint blocks with every property stated', () => {
    const plan = buildRenderPlan([], [model()]);
    const s = plan.sheets[0]!;
    const styleAt = (row: number, col: number) => {
      const hits = s.styleBlocks.filter((b) => row >= b.top && row <= b.bottom && col >= b.left && col <= b.right);
      expect(hits.length).toBeLessThanOrEqual(1);
      return plan.styles[hits[0]?.style ?? 0]!;
    };
    expect(styleAt(4, 1)).toMatchObject({ bold: true, fill: '#DDEEFF', border: true, numberFormat: null });
    expect(styleAt(5, 2)).toMatchObject({ bold: false, border: true, numberFormat: '#,##0' });
    expect(styleAt(5, 1)).toMatchObject({ border: true, numberFormat: null });
    expect(styleAt(1, 1)).toEqual(plan.styles[0]);
    expect(s.print).toMatchObject({ paperSize: 9, printTitles: "'Tổng hợp'!$4:$4", printAreaFormula: "'Tổng hợp'!$A$1:$B$6", repeatRows: { first: 4, last: 4 } });
    expect(s.freeze).toEqual({ rows: 4, cols: 0, topLeftCell: 'A5' });
  });

  it('caches chart values and anchors them by cell', () => {
    const plan = buildRenderPlan([], [model({ charts: [{ type: 'column', title: 'Theo tháng', categories: 'A5:A6', series: [{ name: 'Số', values: 'B5:B6' }], anchor: { cell: 'D4', widthCols: 8, heightRows: 14 } }] })]);
    expect(plan.sheets[0]!.charts[0]).toEqual({
      type: 'column',
      title: 'Theo tháng',
      categories: { ref: "'Tổng hợp'!$A$5:$A$6", values: ['Tháng 01/2026', 'Tháng 02/2026'] },
      series: [{ name: 'Số', ref: "'Tổng hợp'!$B$5:$B$6", values: [12, 7], color: '#4472C4' }],
      pointColors: ['#4472C4', '#ED7D31'],
      anchor: { fromCol: 3, fromRow: 3, toCol: 11, toRow: 17 },
      anchorCell: 'D4',
    });
  });

  it('creates template sheets under free names and never marks them', () => {
    const plan = buildRenderPlan([{ name: 'Danh sách xã', marker: null }], templateSheetModels({ rows: 20 }));
    expect(plan.sheets.every((s) => s.action === 'create' && s.marker === null)).toBe(true);
    const names = plan.sheets.map((s) => s.name.toLowerCase());
    expect(new Set(names).size).toBe(names.length);
    expect(names).not.toContain('danh sách xã');
    // Drop-down sources follow the lists sheet's final name.
    for (const v of plan.sheets.flatMap((s) => s.validations)) {
      if (v.source) expect(plan.sheets.map((s) => `'${s.name.replace(/'/g, "''")}'`)).toContain(v.source.split('!')[0]);
    }
  });
});
