/**
 * The canonical empty tracking workbook (sổ theo dõi giao ban): one sheet per
 * table kind with Vietnamese headers, frozen header rows, widths, date formats
 * and drop-down lists, so a clerk can start clean. Pure data; the CLI renders it.
 */
import { CATEGORY_LABELS, CASE_STATE_LABELS, RAISED_BY_LABELS, STATUS_LABELS } from '../text/index.js';
import { DOCUMENT_SETTING_HINTS, DOCUMENT_SETTING_KEYS, DOCUMENT_SETTING_SYNONYMS, SETTINGS_HEADER_SYNONYMS } from '../data/documentSettings.js';
import type { ListValidation, SheetModel, StyledRange } from './model.js';
import { DEADLINE_RULES } from '../data/deadlines.js';
import { columnLetter } from '../workbook/a1.js';

/** A sheet of the empty template. Unlike output sheets it carries no marker: once written it is the clerk's sheet. */
export interface TemplateSheetModel extends Omit<SheetModel, 'kind' | 'markerCell'> {
  kind: 'template';
  markerCell: null;
}

/** Options of {@link templateSheetModels}. */
export interface TemplateOptions {
  /** Name of the supervising unit for the title rows, e.g. `"CÔNG AN HUYỆN NẬM PỒ"`. */
  unitName?: string;
  /** Data rows covered by drop-down lists and date formats (default 2000). */
  rows?: number;
  /**
   * Whose workbook: `province` (a provincial police unit briefing clusters of today's xã, phường, đặc
   * khu), `commune` (a commune police unit briefing its thôn, bản, tổ dân phố) or `district` (the layout
   * of district police workbooks before 2025). Default: from `unitName` ("Công an huyện …" → district,
   * "Công an xã …" → commune), else `province`.
   */
  level?: TemplateLevel;
}

/** Whose tracking workbook the template is for. */
export type TemplateLevel = 'province' | 'commune' | 'district';

/** Date format of every date column. */
export const TEMPLATE_DATE_FORMAT = 'dd/mm/yyyy';

type ListName = 'categories' | 'statuses' | 'raisedBy' | 'caseStates' | 'holidayKinds' | 'communeKinds' | 'dayCounts' | 'communes' | 'leaders' | 'issueKinds';

interface ColumnSpec {
  header: string;
  width: number;
  date?: boolean;
  list?: ListName;
}

interface TableSpecOfTemplate {
  sheet: string;
  title: string;
  columns: ColumnSpec[];
  /** Rows filled in for the clerk to edit (the shipped deadlines). */
  rows?: (string | number)[][];
}

/** The level a unit name is of: "Công an huyện …" → district, "Công an xã …" → commune, otherwise province. */
export function templateLevelOf(unitName: string | null | undefined): TemplateLevel {
  const u = (unitName ?? '').normalize('NFC').trim().toLocaleLowerCase('vi');
  if (/^công an (?:huyện|quận|thị xã)\s/u.test(u)) return 'district';
  if (/^công an (?:xã|phường|đặc khu|thị trấn)\s/u.test(u)) return 'commune';
  return 'province';
}

/** Sheet names of the template, by table kind. */
export const TEMPLATE_SHEET_NAMES = {
  communes: 'Danh sách xã',
  leaders: 'Lãnh đạo',
  absences: 'Lịch vắng',
  holidays: 'Ngày nghỉ',
  briefings: 'Giao ban',
  issues: 'Ý kiến phản ánh',
  settings: 'Thông tin đơn vị',
  deadlines: 'Thời hạn xử lý',
  swaps: 'Đổi lịch',
  lists: 'Danh mục',
} as const;

const HEADER_ROW = 3;

const DAY_COUNT_LABELS = { calendar: 'ngày lịch', working: 'ngày làm việc' } as const;

// Headers are the first synonym of each field the reader accepts (data/headers.ts).
const TABLES: TableSpecOfTemplate[] = [
  {
    sheet: TEMPLATE_SHEET_NAMES.communes,
    title: 'DANH SÁCH XÃ, PHƯỜNG, THỊ TRẤN VÀ CỤM GIAO BAN',
    columns: [
      { header: 'STT', width: 6 },
      { header: 'Tên xã', width: 20 },
      { header: 'Loại đơn vị', width: 12, list: 'communeKinds' },
      { header: 'Cụm', width: 10 },
      { header: 'Cán bộ phụ trách địa bàn', width: 28 },
      { header: 'Trưởng Công an xã', width: 24 },
      { header: 'Hiệu lực từ', width: 13, date: true },
      { header: 'Hiệu lực đến', width: 13, date: true },
      { header: 'Sáp nhập vào', width: 18 },
      { header: 'Ghi chú', width: 24 },
    ],
  },
  {
    sheet: TEMPLATE_SHEET_NAMES.leaders,
    title: 'DANH SÁCH LÃNH ĐẠO CHỦ TRÌ GIAO BAN',
    columns: [
      { header: 'STT', width: 6 },
      { header: 'Họ và tên', width: 24 },
      { header: 'Cấp bậc', width: 12 },
      { header: 'Chức vụ', width: 26 },
      { header: 'Cụm phụ trách', width: 18 },
      { header: 'Hiệu lực từ', width: 13, date: true },
      { header: 'Hiệu lực đến', width: 13, date: true },
      { header: 'Ghi chú', width: 24 },
    ],
  },
  {
    sheet: TEMPLATE_SHEET_NAMES.absences,
    title: 'LỊCH VẮNG CỦA LÃNH ĐẠO',
    columns: [
      { header: 'STT', width: 6 },
      { header: 'Lãnh đạo', width: 24, list: 'leaders' },
      { header: 'Từ ngày', width: 13, date: true },
      { header: 'Đến ngày', width: 13, date: true },
      { header: 'Lý do', width: 30 },
    ],
  },
  {
    sheet: TEMPLATE_SHEET_NAMES.holidays,
    title: 'NGÀY NGHỈ, NGÀY LÀM BÙ THEO THÔNG BÁO',
    columns: [
      { header: 'STT', width: 6 },
      { header: 'Từ ngày', width: 13, date: true },
      { header: 'Đến ngày', width: 13, date: true },
      { header: 'Tên ngày nghỉ', width: 30 },
      { header: 'Loại', width: 12, list: 'holidayKinds' },
      { header: 'Ghi chú', width: 24 },
    ],
  },
  {
    sheet: TEMPLATE_SHEET_NAMES.briefings,
    title: 'SỔ THEO DÕI HỘI NGHỊ GIAO BAN TẠI CƠ SỞ',
    columns: [
      { header: 'STT', width: 6 },
      { header: 'Ngày giao ban', width: 13, date: true },
      { header: 'Xã đăng cai', width: 18, list: 'communes' },
      { header: 'Lãnh đạo chủ trì', width: 24, list: 'leaders' },
      { header: 'Các xã tham dự', width: 28 },
      { header: 'Thành phần tham dự', width: 40 },
      { header: 'Quần chúng', width: 11 },
      { header: 'Ban, đoàn thể', width: 22 },
      { header: 'Ghi chú', width: 24 },
    ],
  },
  {
    sheet: TEMPLATE_SHEET_NAMES.issues,
    title: 'SỔ THEO DÕI Ý KIẾN, PHẢN ÁNH TẠI HỘI NGHỊ GIAO BAN',
    columns: [
      { header: 'STT', width: 6 },
      { header: 'Ngày', width: 13, date: true },
      { header: 'Xã', width: 18, list: 'communes' },
      { header: 'Nội dung', width: 50 },
      { header: 'Phân loại', width: 30, list: 'categories' },
      { header: 'Tình trạng vụ việc', width: 16, list: 'caseStates' },
      { header: 'Người/đơn vị phản ánh', width: 20, list: 'raisedBy' },
      { header: 'Tình trạng', width: 22, list: 'statuses' },
      { header: 'Ngày giải quyết', width: 14, date: true },
      // the kind decides the deadline; the officer is who follows it up.
      { header: 'Loại đơn', width: 20, list: 'issueKinds' },
      { header: 'Cán bộ xử lý', width: 22 },
      // Complaints and denunciations count their deadline from the day they are accepted (thụ lý).
      { header: 'Ngày thụ lý', width: 13, date: true },
      { header: 'Ghi chú', width: 24 },
    ],
  },
  {
    sheet: TEMPLATE_SHEET_NAMES.deadlines,
    title: 'THỜI HẠN XỬ LÝ THEO LOẠI VỤ VIỆC (số ngày theo luật hiện hành; chỉ sửa khi đơn vị áp dụng thời hạn riêng)',
    columns: [
      { header: 'STT', width: 6 },
      { header: 'Loại vụ việc', width: 30 },
      { header: 'Số ngày', width: 10 },
      { header: 'Cách tính', width: 16, list: 'dayCounts' },
      { header: 'Căn cứ', width: 70 },
    ],
    rows: DEADLINE_RULES.map((r, i) => [i + 1, r.label.vi, r.days, DAY_COUNT_LABELS[r.count], r.source]),
  },
  {
    // Recorded swaps of a briefing's chair, host or date: the next rotate keeps them and says what they changed.
    sheet: TEMPLATE_SHEET_NAMES.swaps,
    title: 'SỔ GHI ĐỔI LỊCH GIAO BAN',
    columns: [
      { header: 'STT', width: 6 },
      { header: 'Ngày giao ban', width: 13, date: true },
      { header: 'Cụm', width: 10 },
      { header: 'Đổi từ', width: 22 },
      { header: 'Đổi thành', width: 22 },
      { header: 'Lý do', width: 30 },
      { header: 'Người đề nghị', width: 22 },
      { header: 'Người duyệt', width: 22 },
    ],
  },
];

/** Today's layouts: the columns each level's sheets have instead of the district layout's. */
function tablesFor(level: TemplateLevel): TableSpecOfTemplate[] {
  if (level === 'district') return TABLES;
  const col = (header: string, width: number, extra: Partial<ColumnSpec> = {}): ColumnSpec => ({ header, width, ...extra });
  if (level === 'province') {
    return TABLES.map((t) => {
      if (t.sheet === TEMPLATE_SHEET_NAMES.communes) {
        return {
          ...t,
          title: 'DANH SÁCH XÃ, PHƯỜNG, ĐẶC KHU VÀ CỤM GIAO BAN',
          columns: [
            col('STT', 6), col('Xã, phường, đặc khu', 22), col('Mã ĐVHC', 10), col('Cụm', 10), col('Cán bộ phụ trách địa bàn', 28),
            col('Trưởng Công an xã, phường, đặc khu', 26), col('Hình thành từ', 34), col('Ghi chú', 24),
          ],
        };
      }
      if (t.sheet === TEMPLATE_SHEET_NAMES.issues) return { ...t, columns: t.columns.map((c) => (c.header === 'Xã' ? { ...c, header: 'Xã, phường, đặc khu', width: 20 } : c)) };
      return t;
    });
  }
  return TABLES.map((t) => {
    switch (t.sheet) {
      case TEMPLATE_SHEET_NAMES.communes:
        return {
          ...t,
          sheet: VILLAGES_SHEET,
          title: 'DANH SÁCH THÔN, BẢN, TỔ DÂN PHỐ',
          columns: [col('STT', 6), col('Thôn, bản, tổ dân phố', 22), col('Trưởng thôn', 24), col('Cán bộ phụ trách địa bàn', 28), col('Ghi chú', 24)],
        };
      case TEMPLATE_SHEET_NAMES.leaders:
        return { ...t, title: 'LÃNH ĐẠO CÔNG AN XÃ CHỦ TRÌ GIAO BAN' };
      case TEMPLATE_SHEET_NAMES.briefings:
        return {
          ...t,
          title: 'SỔ THEO DÕI GIAO BAN TẠI THÔN, BẢN, TỔ DÂN PHỐ',
          columns: [
            col('STT', 6), col('Ngày giao ban', 13, { date: true }), col('Thôn, bản đăng cai', 20, { list: 'communes' }),
            col('Lãnh đạo chủ trì', 24, { list: 'leaders' }), col('Thành phần tham dự', 40), col('Trưởng thôn', 12),
            col('Tổ bảo vệ ANTT', 14), col('Quần chúng', 11), col('Ban, đoàn thể', 22), col('Ghi chú', 24),
          ],
        };
      case TEMPLATE_SHEET_NAMES.issues:
        return { ...t, columns: t.columns.map((c) => (c.header === 'Xã' ? { ...c, header: 'Thôn, bản', width: 20 } : c)) };
      default:
        return t;
    }
  });
}

/** The commune police unit's villages sheet. */
const VILLAGES_SHEET = 'Danh sách thôn, bản';

const COMMUNE_KIND_LABELS = ['Xã', 'Phường', 'Thị trấn', 'Đặc khu'];
const HOLIDAY_KIND_LABELS = ['Nghỉ', 'Nghỉ bù', 'Làm bù'];

function listValues(): Record<Exclude<ListName, 'communes' | 'leaders' | 'issueKinds'>, string[]> {
  return {
    categories: Object.values(CATEGORY_LABELS).map((l) => l.vi),
    statuses: Object.values(STATUS_LABELS).map((l) => l.vi),
    raisedBy: Object.values(RAISED_BY_LABELS).map((l) => l.vi),
    caseStates: Object.values(CASE_STATE_LABELS).map((l) => l.vi),
    holidayKinds: HOLIDAY_KIND_LABELS,
    communeKinds: COMMUNE_KIND_LABELS,
    dayCounts: Object.values(DAY_COUNT_LABELS),
  };
}

const quote = (sheet: string): string => `'${sheet.replace(/'/g, "''")}'`;

const LIST_HEADERS: Record<Exclude<ListName, 'communes' | 'leaders' | 'issueKinds'>, string> = {
  categories: 'Danh mục phân loại nội dung',
  statuses: 'Danh mục tình trạng giải quyết',
  raisedBy: 'Danh mục người, đơn vị phản ánh',
  caseStates: 'Danh mục vụ việc',
  holidayKinds: 'Danh mục loại ngày nghỉ',
  communeKinds: 'Danh mục loại đơn vị',
  dayCounts: 'Danh mục cách tính ngày',
};

/**
 * The "Thông tin đơn vị" sheet: one row per document setting (issuing body,
 * place name, symbols, signer, recipients, briefing time, place), the value
 * left for the clerk (the issuing body filled from `unitName`), a hint beside.
 */
function settingsSheet(unitName: string | null): TemplateSheetModel {
  const headers = ['STT', SETTINGS_HEADER_SYNONYMS.settingKey[0], SETTINGS_HEADER_SYNONYMS.settingValue[0], 'Ghi chú'];
  const rows = DOCUMENT_SETTING_KEYS.map((k, i) => [
    i + 1,
    DOCUMENT_SETTING_SYNONYMS[k][0]!,
    k === 'issuingBody' && unitName ? unitName.toLocaleUpperCase('vi') : null,
    DOCUMENT_SETTING_HINTS[k],
  ]);
  return {
    name: TEMPLATE_SHEET_NAMES.settings,
    kind: 'template',
    cells: [[(unitName ?? 'CÔNG AN …').toLocaleUpperCase('vi')], ['THÔNG TIN ĐƠN VỊ TRÊN GIẤY MỜI, BIÊN BẢN, BÁO CÁO'], headers, ...rows],
    columnWidths: [6, 30, 40, 60],
    merges: ['A2:D2'],
    styles: [
      { range: 'A1:D1', style: { bold: true, horizontal: 'left' } },
      { range: 'A2:D2', style: { bold: true, fontSize: 13, horizontal: 'center' } },
      { range: `A${HEADER_ROW}:D${HEADER_ROW}`, style: { bold: true, fill: '#DDEBF7', horizontal: 'center', vertical: 'middle', wrap: true, border: true } },
      { range: `C${HEADER_ROW + 1}:D${HEADER_ROW + rows.length}`, style: { wrap: true } },
    ],
    freeze: { rows: HEADER_ROW, cols: 0 },
    print: { orientation: 'portrait', paperSize: 'A4', fitToWidth: true },
    validations: [],
    markerCell: null,
  };
}

/**
 * The sheets of the canonical empty tracking workbook: communes, leaders, absences,
 * holidays, briefings and issues (title row, header row 3, frozen), the unit's
 * document settings ("Thông tin đơn vị"), plus a hidden
 * "Danh mục" sheet holding the lists behind the drop-downs.
 *
 * @example
 * ```ts
 * const sheets = templateSheetModels({ unitName: 'CÔNG AN HUYỆN NẬM PỒ' });
 * sheets.map((s) => s.name); // ["Danh sách xã", "Lãnh đạo", "Lịch vắng", "Ngày nghỉ", "Giao ban", "Ý kiến phản ánh", "Thời hạn xử lý", "Đổi lịch", "Thông tin đơn vị", "Danh mục"]
 * ```
 */
export function templateSheetModels(options: TemplateOptions = {}): TemplateSheetModel[] {
  const rows = Math.max(1, Math.min(options.rows ?? 2000, 100_000));
  const unit = (options.unitName ?? 'CÔNG AN …').toLocaleUpperCase('vi');
  const tables = tablesFor(options.level ?? templateLevelOf(options.unitName));
  const communesSheet = tables[0]!.sheet;
  const lists = listValues();
  const listKeys = Object.keys(lists) as (keyof typeof lists)[];
  const firstData = HEADER_ROW + 1;
  const lastData = HEADER_ROW + rows;
  // The names' column: the first after STT.
  const communesCol = 2;
  const leadersCol = tables[1]!.columns.findIndex((c) => c.header === 'Họ và tên') + 1;
  const source = (name: ListName): string => {
    if (name === 'communes') return `${quote(communesSheet)}!$${columnLetter(communesCol)}$${firstData}:$${columnLetter(communesCol)}$${lastData}`;
    if (name === 'issueKinds') return `${quote(TEMPLATE_SHEET_NAMES.deadlines)}!$B$${firstData}:$B$${lastData}`;
    if (name === 'leaders') return `${quote(TEMPLATE_SHEET_NAMES.leaders)}!$${columnLetter(leadersCol)}$${firstData}:$${columnLetter(leadersCol)}$${lastData}`;
    const c = listKeys.indexOf(name) + 1;
    return `${quote(TEMPLATE_SHEET_NAMES.lists)}!$${columnLetter(c)}$2:$${columnLetter(c)}$${1 + lists[name].length}`;
  };

  const models: TemplateSheetModel[] = tables.map((t) => {
    const n = t.columns.length;
    const last = columnLetter(n);
    const cells: TemplateSheetModel['cells'] = [[unit], [t.title], t.columns.map((c) => c.header), ...(t.rows ?? [])];
    const styles: StyledRange[] = [
      { range: `A1:${last}1`, style: { bold: true, horizontal: 'left' } },
      { range: `A2:${last}2`, style: { bold: true, fontSize: 13, horizontal: 'center' } },
      { range: `A${HEADER_ROW}:${last}${HEADER_ROW}`, style: { bold: true, fill: '#DDEBF7', horizontal: 'center', vertical: 'middle', wrap: true, border: true } },
    ];
    const validations: ListValidation[] = [];
    t.columns.forEach((c, i) => {
      if (c.list) validations.push({ range: `${columnLetter(i + 1)}${firstData}:${columnLetter(i + 1)}${lastData}`, source: source(c.list) });
    });
    return {
      name: t.sheet,
      kind: 'template',
      cells,
      columnWidths: t.columns.map((c) => c.width),
      columnFormats: t.columns.map((c) => (c.date ? TEMPLATE_DATE_FORMAT : null)),
      merges: [`A2:${last}2`],
      styles,
      freeze: { rows: HEADER_ROW, cols: 0 },
      print: { orientation: 'landscape', paperSize: 'A4', fitToWidth: true, repeatRows: `${HEADER_ROW}:${HEADER_ROW}` },
      validations,
      markerCell: null,
    };
  });

  models.push(settingsSheet(options.unitName ?? null));

  const height = 1 + Math.max(...listKeys.map((k) => lists[k].length));
  const listCells: TemplateSheetModel['cells'] = Array.from({ length: height }, (_, r) =>
    listKeys.map((k) => (r === 0 ? LIST_HEADERS[k] : (lists[k][r - 1] ?? null))),
  );
  models.push({
    name: TEMPLATE_SHEET_NAMES.lists,
    kind: 'template',
    cells: listCells,
    columnWidths: listKeys.map(() => 40),
    merges: [],
    styles: [{ range: `A1:${columnLetter(listKeys.length)}1`, style: { bold: true } }],
    print: { orientation: 'portrait', paperSize: 'A4', fitToWidth: true },
    hidden: true,
    markerCell: null,
  });
  return models;
}
