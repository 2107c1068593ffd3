/**
 * Finding a clerk's tables in a sheet by their header rows.
 *
 * A header row is a row where at least two cells name known fields; a second
 * header row right below (sub-columns under a merged group header such as
 * "Thành phần tham dự") refines it. The kind is decided by which fields are
 * present, never by the sheet's name. The table runs down to a total row
 * ("Tổng", "Cộng"), to notes below it, or to a blank gap followed by rows that
 * are not data.
 */
import type { FieldName } from '../data/headers.js';
import { PREFERRED_FIELDS, UNFIT_FIELDS, type TableKind } from '../data/tableKinds.js';
import { foldKey, unaccentedKey } from '../text/index.js';
import type { SheetGrid } from './grid.js';
import { HeaderMatcher } from './headerIndex.js';
import { isBlank, SheetView } from './sheetView.js';

export type { TableKind } from '../data/tableKinds.js';

/** A table found in a sheet. Rows and columns are 1-based sheet coordinates. */
export interface FoundTable {
  sheet: string;
  kind: TableKind;
  /** The (last) header row; with a two-row header, the row of the sub-columns. */
  headerRow: number;
  firstDataRow: number;
  /** Last non-blank data row (`firstDataRow - 1` when the table is empty). */
  lastDataRow: number;
  /** Non-blank data rows. */
  rows: number;
  /** Sheet column of each recognised field. */
  columns: Partial<Record<FieldName, number>>;
  /** First header row when the header spans two rows (group header above sub-columns). */
  headerTopRow?: number;
}

/** Marker tokens the product writes into its own sheets (sheets/model.ts `markerFor`). */
const PRODUCT_MARKER = /^giaoban:([a-z][a-z0-9-]*):v\d+$/;

const ATTENDANCE_FIELDS: readonly FieldName[] = [
  'attendance', 'areaOfficer', 'policeChief', 'partyStanding', 'peoplesCouncil', 'peoplesCommittee', 'public',
  'massOrganizations', 'participatingCommunes', 'villageHead', 'securityTeam',
];

/**
 * Decides the kind of a table from the fields its header names (`null` when they make no table).
 *
 * @example
 * ```ts
 * kindOfFields(new Set(['date', 'commune', 'content'])); // "issues"
 * kindOfFields(new Set(['leaderName', 'from', 'to']));   // "absences"
 * ```
 */
export function kindOfFields(fields: ReadonlySet<FieldName>, planMarker = false): TableKind | null {
  const has = (...f: FieldName[]) => f.some((x) => fields.has(x));
  if (has('settingKey') && has('settingValue')) return 'settings';
  if (has('swapTo') && has('date') && has('requestedBy', 'approvedBy', 'swapFrom')) return 'swaps';
  if (planMarker && has('month', 'date') && has('host', 'commune', 'cluster')) return 'plan';
  if (has('fixed') && has('month')) return 'plan';
  if (has('content')) return has('date', 'commune', 'host', 'category', 'status', 'raisedBy') ? 'issues' : null;
  // The "Thời hạn xử lý" settings table: a kind of item and its days.
  if (has('issueKind') && has('deadlineDays') && !has('date', 'commune', 'host', 'leaderName')) return 'deadlines';
  // "Họ tên" + "Chức vụ" alone is any list of people; with a phone column it is a contact list, not the leaders.
  if (has('leaderName') && (has('rank', 'clustersAllowed') || (has('title') && !has('phone')))) return 'leaders';
  if (has('leaderName', 'chair') && has('from', 'to') && !has('host', 'commune')) return 'absences';
  if (has('holidayName', 'holidayKind') && has('date', 'from') && !has('commune', 'host', 'leaderName', 'chair', 'cluster')) {
    return 'holidays';
  }
  if (has('date', 'month') && has('host', 'commune') && (has('chair', 'leaderName') || has(...ATTENDANCE_FIELDS))) return 'briefings';
  if (has('commune') && has('cluster', 'communeKind', 'areaOfficer', 'policeChief', 'mergedInto', 'unitCode', 'formedFrom', 'villageHead') && !has('date', 'chair')) {
    return 'communes';
  }
  if (has('date') && has('host')) return 'briefings';
  return null;
}

/**
 * Which of a header cell's candidate fields it is, given the table's kind
 * ("Loại" is a category in an issue table and a holiday kind in a holiday table;
 * "Lãnh đạo" chairs a briefing but names a leader in the leaders' list).
 */
function resolveField(candidates: readonly FieldName[], kind: TableKind): FieldName | null {
  const remap = (f: FieldName): FieldName => {
    if ((kind === 'briefings' || kind === 'plan') && f === 'leaderName') return 'chair';
    if (kind === 'absences' && f === 'chair') return 'leaderName';
    return f;
  };
  if (candidates.length === 0) return null;
  for (const p of PREFERRED_FIELDS[kind] ?? []) if (candidates.includes(p)) return remap(p);
  // Fields that make no sense in this kind lose to ones that do.
  const bad = UNFIT_FIELDS[kind] ?? [];
  const fit = candidates.find((c) => !bad.includes(c));
  return fit ? remap(fit) : null;
}

interface HeaderScan {
  /** Column → candidate fields, for cells that name any. */
  cells: Map<number, readonly FieldName[]>;
  matched: number;
  nonBlank: number;
  numbers: number;
}

function scanHeaderRow(view: SheetView, matcher: HeaderMatcher, row: number): HeaderScan {
  const cells = new Map<number, readonly FieldName[]>();
  let matched = 0;
  let nonBlank = 0;
  let numbers = 0;
  for (let c = view.firstCol; c <= view.lastCol; c++) {
    const v = view.header(row, c);
    if (isBlank(v)) continue;
    nonBlank++;
    if (typeof v === 'number') numbers++;
    const f = matcher.fieldsOf(v, view.font(row, c));
    if (f.length) {
      cells.set(c, f);
      if (!(f.length === 1 && f[0] === 'stt')) matched++;
    }
  }
  return { cells, matched, nonBlank, numbers };
}

function isHeaderLike(s: HeaderScan): boolean {
  return s.matched >= 2 && s.matched * 5 >= s.nonBlank * 2 && s.numbers === 0;
}

/** "Tổng", "Tổng cộng: 15 đơn vị", "Cộng", "Tổng số" in one of the first cells of the row. */
function isTotalRow(view: SheetView, matcher: HeaderMatcher, row: number, left: number, right: number): boolean {
  let seen = 0;
  for (let c = left; c <= right && seen < 3; c++) {
    const v = view.raw(row, c);
    if (isBlank(v)) continue;
    seen++;
    if (typeof v === 'string' && v.length <= 40 && matcher.memo('total', v, isTotalText)) return true;
  }
  return false;
}

function isTotalText(v: string): boolean {
  // Every total word starts with t/c: skip folding the thousands of names that cannot be one.
  const first = v.trimStart().charAt(0).toLowerCase();
  if (first !== 't' && first !== 'c') return false;
  const s = v.replace(/[:.,()]/g, ' ');
  // Accented words only ("Tống Văn Hải" is a person); unaccented only as the whole cell.
  const k = foldKey(s);
  if (/^(tổng cộng|tổng số|tổng|cộng)( |$)/.test(k) && k.split(' ').length <= 6) return true;
  return TOTAL_PLAIN.has(unaccentedKey(s));
}

const TOTAL_PLAIN = new Set(['tong', 'tong cong', 'tong so', 'cong']);

/** A notes line under a table: one text cell starting "Ghi chú", "Lưu ý", "Chú thích", "Nguồn:" or "*". */
function isNotesRow(view: SheetView, row: number, left: number, right: number): boolean {
  let text: string | null = null;
  for (let c = left; c <= right; c++) {
    const v = view.raw(row, c);
    if (isBlank(v)) continue;
    if (text !== null || typeof v !== 'string') return false;
    text = v;
  }
  if (text === null) return false;
  const t = text.trimStart();
  if (t.startsWith('*')) return true;
  const k = unaccentedKey(t.slice(0, 20));
  return /^(ghi chu|luu y|chu thich|nguon)\s*:?/.test(k) && /^(ghi chú|lưu ý|chú thích|nguồn|ghi chu|luu y|chu thich|nguon)\s*:/i.test(t.normalize('NFC'));
}

/** A row of column numbers under the header: "1 2 3 …" or "(1) (2) (3) …". */
function isColumnNumberRow(view: SheetView, row: number, left: number, right: number): boolean {
  let count = 0;
  let prev = 0;
  for (let c = left; c <= right; c++) {
    const v = view.raw(row, c);
    if (isBlank(v)) continue;
    let n: number;
    if (typeof v === 'number') n = v;
    else if (typeof v === 'string' && /^\s*\(?\d{1,2}\)?\s*$/.test(v)) n = Number(v.replace(/[()\s]/g, ''));
    else return false;
    if (!Number.isInteger(n) || n !== prev + 1) return false;
    prev = n;
    count++;
  }
  return count >= 2;
}

function rowIsBlank(view: SheetView, row: number, left: number, right: number): boolean {
  for (let c = left; c <= right; c++) if (!isBlank(view.data(row, c))) return false;
  return true;
}

/**
 * The kind in the product's marker token of this sheet ("plan", "summary",
 * "findings"), or null for a clerk's sheet.
 */
function productMarkerKind(view: SheetView): string | null {
  for (let r = view.firstRow; r <= view.lastRow; r++) {
    for (let c = view.firstCol; c <= view.lastCol; c++) {
      const v = view.raw(r, c);
      // The product writes the marker as the whole cell: test the first letter before anything else.
      if (typeof v === 'string' && v.charCodeAt(0) === 103 && v.length < 64) {
        const m = PRODUCT_MARKER.exec(v.trim());
        if (m) return m[1]!;
      }
    }
  }
  return null;
}

/** Columns of the fields a row must hold to be a data row after a blank gap. */
function keyColumns(columns: Partial<Record<FieldName, number>>): number[] {
  return Object.values(columns).filter((c): c is number => typeof c === 'number');
}

/**
 * Finds the tables of a view. Shared by {@link findTables} and the reader
 * (which keeps the view for reading the rows).
 */
export function findTablesInView(view: SheetView, matcher: HeaderMatcher = new HeaderMatcher()): FoundTable[] {
  const tables: FoundTable[] = [];
  if (view.empty) return tables;
  const marker = productMarkerKind(view);
  // The product's summary and findings sheets hold its own output, not a clerk's records.
  if (marker !== null && marker !== 'plan') return tables;
  const planMarker = marker === 'plan';
  let r = view.firstRow;
  while (r <= view.lastRow) {
    const scan = scanHeaderRow(view, matcher, r);
    if (!isHeaderLike(scan)) {
      r++;
      continue;
    }
    // A sub-header row below: cells naming fields, no numbers, mostly headers.
    const headerTop = r;
    let headerRow = r;
    const cells = new Map(scan.cells);
    if (r + 1 <= view.lastRow) {
      const sub = scanHeaderRow(view, matcher, r + 1);
      const subOwn = [...sub.cells].filter(([c, f]) => f !== scan.cells.get(c));
      if (subOwn.length >= 1 && sub.numbers === 0 && sub.cells.size * 5 >= sub.nonBlank * 3) {
        for (const [c, f] of sub.cells) cells.set(c, f);
        headerRow = r + 1;
      }
    }
    const all = new Set<FieldName>();
    for (const f of cells.values()) for (const x of f) all.add(x);
    const kind = kindOfFields(all, planMarker);
    if (!kind) {
      r++;
      continue;
    }
    const columns: Partial<Record<FieldName, number>> = {};
    for (const c of [...cells.keys()].sort((a, b) => a - b)) {
      const f = resolveField(cells.get(c)!, kind);
      if (f && columns[f] === undefined) columns[f] = c;
    }
    const cols = keyColumns(columns);
    const left = Math.min(...cols);
    const right = Math.max(...cols);
    let first = headerRow + 1;
    if (first <= view.lastRow && isColumnNumberRow(view, first, left, right)) first++;
    let last = first - 1;
    let rows = 0;
    let blankRun = 0;
    let next = first;
    for (; next <= view.lastRow; next++) {
      if (rowIsBlank(view, next, left, right)) {
        blankRun++;
        continue;
      }
      if (isTotalRow(view, matcher, next, left, right) || isNotesRow(view, next, left, right)) break;
      if (blankRun > 0) {
        // After a gap: another table's header, a signature block or notes end this table.
        const again = scanHeaderRow(view, matcher, next);
        if (isHeaderLike(again)) break;
        let filled = 0;
        for (const c of cols) if (!isBlank(view.data(next, c))) filled++;
        const d = columns.date !== undefined ? view.data(next, columns.date) : 1;
        const dateish = typeof d === 'number' || (typeof d === 'string' && /\d/.test(d));
        if (filled < 2 || !dateish) break;
      }
      blankRun = 0;
      last = next;
      rows++;
    }
    const table: FoundTable = { sheet: view.name, kind, headerRow, firstDataRow: first, lastDataRow: last, rows, columns };
    if (headerTop !== headerRow) table.headerTopRow = headerTop;
    tables.push(table);
    r = Math.max(last + 1, headerRow + 1);
  }
  return tables;
}

/**
 * Finds every table of a sheet and recognises its kind by the fields its header names.
 *
 * @example
 * ```ts
 * const sheet = {
 *   name: 'Sổ theo dõi',
 *   values: [
 *     ['SỔ THEO DÕI Ý KIẾN, PHẢN ÁNH', null, null, null],
 *     ['STT', 'Ngày', 'Xã', 'Nội dung'],
 *     [1, '15/01/2018', 'Nà Khoa', 'Tranh chấp đất rẫy'],
 *     ['Tổng', null, null, null],
 *   ],
 * };
 * findTables(sheet);
 * // [{ sheet: 'Sổ theo dõi', kind: 'issues', headerRow: 2, firstDataRow: 3, lastDataRow: 3, rows: 1,
 * //    columns: { stt: 1, date: 2, commune: 3, content: 4 } }]
 * ```
 */
export function findTables(sheet: SheetGrid): FoundTable[] {
  return findTablesInView(new SheetView(sheet));
}
