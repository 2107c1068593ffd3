/**
 * The "Kết quả kiểm tra" sheet model: one row per finding (severity, code,
 * sheet, cell with a link to it, message, suggestion), errors first.
 */
import type { Finding } from '../findings/finding.js';
import { formatReportCount } from '../report/format.js';
import { REPORT_SEVERITY_LABELS } from '../report/labels.js';
import { SheetBuilder } from './sheetBuilder.js';
import { estimateRowHeights } from './rowHeights.js';
import { type ConditionalFormat, type InternalLink, type SheetModel, type TableSpec } from './model.js';
import { tryParseA1 } from '../workbook/a1.js';

/** Preferred name of the findings sheet. */
export const FINDINGS_SHEET_NAME = 'Kết quả kiểm tra';

/** Options of {@link buildFindingsSheet}. */
export interface FindingsSheetOptions {
  /** Supervising unit for the header. */
  unit?: string | null;
  /** The workbook checked (file name), shown in the header. */
  source?: string | null;
  /** Rows left out of the statistics (ReadResult.excludedRows.length). */
  excludedRows?: number;
}

const WIDTH = 8;
const HEADER = ['STT', 'Mức độ', 'Mã', 'Trang tính', 'Ô', 'Nội dung', 'Gợi ý', 'Message (English)'];

/** Column then row of an A1 address, for sorting findings in reading order. */
function cellOrder(a1: string): [number, number] {
  const c = tryParseA1(a1);
  return c ? [c.row, c.col] : [0, 0];
}

/**
 * Builds the "Kết quả kiểm tra" sheet: errors first, then warnings, each in
 * sheet, row, column order; the "Ô" cell links to the clerk's cell.
 * Marker `giaoban:findings:v1` sits in the last row.
 *
 * @example
 * ```ts
 * const read = readWorkbook(grid);
 * const model = buildFindingsSheet(read.findings, { excludedRows: read.excludedRows.length });
 * model.cells[4]; // [1, 'Lỗi', 'date.invalid', 'Giao ban', 'B12', 'Ô B12: ngày "31/02/2018" không hợp lệ …', null, '…']
 * ```
 */
export function buildFindingsSheet(findings: readonly Finding[], options: FindingsSheetOptions = {}): SheetModel {
  const b = new SheetBuilder(WIDTH);
  const links: InternalLink[] = [];
  const sorted = [...findings].sort((x, y) => {
    if (x.severity !== y.severity) return x.severity === 'error' ? -1 : 1;
    if (x.sheet !== y.sheet) return x.sheet.localeCompare(y.sheet, 'vi');
    const [rx, cx] = cellOrder(x.cell);
    const [ry, cy] = cellOrder(y.cell);
    return rx - ry || cx - cy || x.code.localeCompare(y.code);
  });
  const errors = findings.filter((f) => f.severity === 'error').length;
  const warnings = findings.length - errors;

  if (options.unit) b.banner(options.unit.toUpperCase(), { bold: true, horizontal: 'left' });
  b.banner('KẾT QUẢ KIỂM TRA SỔ THEO DÕI GIAO BAN', { bold: true, fontSize: 14, horizontal: 'center' });
  const excluded = options.excludedRows ?? 0;
  const summary =
    `${options.source ? `Sổ: ${options.source}. ` : ''}` +
    `Tổng số: ${formatReportCount(errors)} lỗi, ${formatReportCount(warnings)} cảnh báo` +
    (excluded > 0 ? `; ${formatReportCount(excluded)} dòng có lỗi không được tính vào thống kê.` : '.');
  b.banner(summary, { italic: true, horizontal: 'center' });
  b.banner('Bấm vào địa chỉ ở cột "Ô" để đến ô cần sửa. Dữ liệu của cán bộ không bị thay đổi.', { italic: true, fontSize: 9, horizontal: 'center' });
  const header = b.row(HEADER);
  b.style(b.range(header, 1, header, WIDTH), { bold: true, fill: '#DDEBF7', horizontal: 'center', vertical: 'middle', wrap: true, border: true });

  sorted.forEach((f, i) => {
    const r = b.row([
      i + 1,
      REPORT_SEVERITY_LABELS[f.severity].vi,
      f.code,
      f.sheet,
      f.cell,
      f.message,
      f.suggestion,
      f.messageEn + (f.suggestionEn ? ` — ${f.suggestionEn}` : ''),
    ]);
    if (/^\$?[A-Za-z]{1,3}\$?\d{1,7}$/.test(f.cell)) links.push({ cell: `E${r}`, sheet: f.sheet, target: f.cell });
  });
  const last = b.nextRow - 1;
  const tables: TableSpec[] = [];
  const conditionalFormats: ConditionalFormat[] = [];
  if (last > header) {
    b.style(b.range(header + 1, 1, last, WIDTH), { border: true, vertical: 'top', wrap: true });
    b.style(b.range(header + 1, 1, last, 2), { horizontal: 'center' });
    b.style(b.range(header + 1, 5, last, 5), { horizontal: 'center' });
    b.style(b.range(header + 1, 8, last, 8), { fontColor: '#595959', fontSize: 9 });
    tables.push({ name: 'GiaoBan_KetQuaKiemTra', range: b.range(header, 1, last, WIDTH), style: 'TableStyleLight1' });
    conditionalFormats.push(
      { range: b.range(header + 1, 2, last, 2), formula: `$B${header + 1}="${REPORT_SEVERITY_LABELS.error.vi}"`, style: { fill: '#FFC7CE', fontColor: '#9C0006', bold: true } },
      { range: b.range(header + 1, 2, last, 2), formula: `$B${header + 1}="${REPORT_SEVERITY_LABELS.warning.vi}"`, style: { fill: '#FFEB9C', fontColor: '#9C5700' } },
    );
  } else {
    b.banner('Không có lỗi hay cảnh báo nào.', { italic: true, horizontal: 'center' });
  }
  b.blank();
  const markerRow = b.marker('findings');

  const model: SheetModel = {
    name: FINDINGS_SHEET_NAME,
    kind: 'findings',
    cells: b.cells,
    columnWidths: [5, 9, 22, 14, 7, 62, 30, 48],
    merges: b.merges,
    styles: b.styles,
    freeze: { rows: header, cols: 0 },
    print: { orientation: 'landscape', paperSize: 'A4', fitToWidth: true, repeatRows: `${header}:${header}`, printArea: b.range(1, 1, markerRow, WIDTH) },
    tables,
    conditionalFormats,
    links,
    markerCell: `A${markerRow}`,
  };
  model.rowHeights = estimateRowHeights(model);
  return model;
}
