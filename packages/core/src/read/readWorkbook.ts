/**
 * The reading pipeline of a clerk's workbook:
 * grids → tables → catalogue → plan rows → briefings → issues → cross checks.
 */
import { appendAll } from '../arrays.js';
import type { BriefingRecord, Catalogue, IsoDate, IssueRecord, RowRef, ScheduleSwap } from '../model.js';
import type { Finding } from '../findings/finding.js';
import { createWorkCalendar, type BriefingDateOptions, type WorkCalendar } from '../calendar/index.js';
import { HEADER_SYNONYMS, type FieldName } from '../data/headers.js';
// Aliased to the short names the pipeline below uses; the tables are data (data/tableKinds.ts).
import {
  REQUIRED_FIELDS as REQUIRED,
  REQUIRED_FIELD_LABELS as FIELD_LABEL,
  SINGLE_TABLE_KINDS,
  TABLE_KIND_LABELS as KIND_LABEL,
} from '../data/tableKinds.js';
import { CatalogueIndex } from '../records/catalogueIndex.js';
import { CommuneHistory } from '../records/communeHistory.js';
import { checkCommuneCodes } from '../records/communeCodes.js';
import { type CommuneRow } from '../records/readCatalogue.js';
import { VILLAGE_HEADERS } from '../data/headers.js';
import { foldKey } from '../text/index.js';
import { detectUnitNames } from '../report/unitName.js';
import { readBriefings, type ReadBriefing } from '../records/readBriefings.js';
import { readAbsences, readCommunes, readHolidays, readLeaders } from '../records/readCatalogue.js';
import { IssueParsers, readIssues, type ReadIssue } from '../records/readIssues.js';
import { readPlan, type PlanRow } from '../records/readPlan.js';
import { readSettings, type SettingEntry } from '../records/readSettings.js';
import { mergeDeadlineRules, readDeadlineRows, type DeadlineRow } from '../records/readDeadlines.js';
import type { DeadlineRule } from '../data/deadlines.js';
import { readSwaps } from '../records/readSwaps.js';
import type { RowLoopState } from '../records/rowLoop.js';
import { ReadContext, TableCells } from '../records/tableCells.js';
import type { ReadOptions, ReadResult } from '../records/readResult.js';
import { checkBriefings, checkIssues } from '../validation/crossChecks.js';
import { FindingSink } from '../findings/findingSink.js';
import { msg } from '../findings/messages.js';
import { toA1 } from '../workbook/a1.js';
import { findTablesInView, type FoundTable, type TableKind } from '../workbook/findTables.js';
import type { WorkbookGrid } from '../workbook/grid.js';
import { HeaderMatcher } from '../workbook/headerIndex.js';
import { SheetView } from '../workbook/sheetView.js';

export type { PlanRow } from '../records/readPlan.js';
export type { SettingEntry } from '../records/readSettings.js';
export type { OrganisationInfo, ReadOptions, ReadResult } from '../records/readResult.js';

interface Located {
  table: FoundTable;
  view: SheetView;
}

/**
 * Reads a whole workbook: finds its tables, reads the catalogue, plan,
 * briefings and issues, and validates them. Never throws on bad
 * data: everything wrong becomes a finding with its sheet and cell.
 *
 * @throws {GiaobanRangeError} only for bad options (`dateOptions.weeklyDaysOff`
 *   outside 1–7), never for anything in the workbook
 *
 * @example
 * ```ts
 * const result = readWorkbook({
 *   sheets: [{
 *     name: 'Phản ánh',
 *     values: [
 *       ['STT', 'Ngày', 'Xã', 'Nội dung', 'Phân loại', 'Tình trạng'],
 *       [1, '15/01/2018', 'Nà Khoa', 'Tranh chấp đất rẫy', 'ANTT', 'Đã giải quyết'],
 *       [2, '31/02/2018', 'Nà Khoa', 'Hỏi thủ tục cư trú', 'TTHC', ''],
 *     ],
 *   }],
 * });
 * result.issues.length;      // 1
 * result.findings[0].code;   // "date.invalid" (cell B3)
 * ```
 */
export function readWorkbook(wb: WorkbookGrid, options: ReadOptions = {}): ReadResult {
  const sheets = Array.isArray(wb?.sheets) ? wb.sheets : [];
  const views = sheets.map((s) => new SheetView(s));
  const sink = new FindingSink(views.map((v) => v.name));
  const ctx = new ReadContext(sink, wb?.date1904 === true);
  const matcher = new HeaderMatcher();

  const located: Located[] = [];
  for (const view of views) for (const table of findTablesInView(view, matcher)) located.push({ table, view });
  const tables = located.map((l) => l.table);

  const state: RowLoopState = {
    excluded: [],
    done: 0,
    total: tables.reduce((n, t) => n + t.rows, 0),
    onProgress: options.onProgress,
  };

  // A table without a column it needs is reported once and not read.
  const usable = located.filter(({ table, view }) => {
    for (const alternatives of REQUIRED[table.kind]) {
      if (alternatives.some((f) => table.columns[f] !== undefined)) continue;
      const f = alternatives[0]!;
      const label = FIELD_LABEL[f] ?? { vi: f, en: f };
      // Quoted: they are the workbook's own headers, to be typed as they are in either language.
      const synonyms = alternatives.flatMap((a) => HEADER_SYNONYMS[a].slice(0, 3)).map((h) => `"${h}"`).join(', ');
      const col = Math.min(...(Object.values(table.columns) as number[]));
      sink.add('table.missing-column', view.name, table.headerRow, col, msg.missingColumn(toA1(table.headerRow, col), KIND_LABEL[table.kind], label, synonyms));
      for (let r = table.firstDataRow; r <= table.lastDataRow; r++) state.excluded.push({ sheet: view.name, row: r });
      state.done += table.rows;
      return false;
    }
    return true;
  });
  const chosen = chooseSingleTables(usable, sink, state);
  const cells = (kind: TableKind) => chosen.filter((l) => l.table.kind === kind).map((l) => new TableCells(l.view, l.table, ctx));

  const catalogue: Catalogue = { communes: [], leaders: [], absences: [], holidays: [] };
  const communeRows: CommuneRow[] = [];
  const communeTables = cells('communes');
  const villages = communeTables.some((t) => isVillageHeader(headerText(t, 'commune')));
  for (const t of communeTables) appendAll(catalogue.communes, readCommunes(t, state, communeRows, villages));
  for (const t of cells('leaders')) appendAll(catalogue.leaders, readLeaders(t, state));
  const leaderNames = catalogue.leaders.map((l) => l.name);
  for (const t of cells('absences')) appendAll(catalogue.absences, readAbsences(t, state, leaderNames));
  for (const t of cells('holidays')) appendAll(catalogue.holidays, readHolidays(t, state));
  const deadlineRows: DeadlineRow[] = [];
  for (const t of cells('deadlines')) appendAll(deadlineRows, readDeadlineRows(t, state));
  const deadlines = mergeDeadlineRules(deadlineRows);
  const titles = titleUnit(sheets);
  const history = CommuneHistory.build(catalogue.communes, {
    admin: options.adminCatalogue,
    province: options.province ?? titles.province,
    unitLevel: titles.level,
    headerOfToday: communeTables.some((t) => /đặc khu|dac khu/iu.test(headerText(t, 'commune') ?? '')),
    villages,
  });
  if (options.adminCatalogue) checkCommuneCodes(communeRows, history, options.adminCatalogue);
  const index = new CatalogueIndex(catalogue, history, villages);

  const settings: SettingEntry[] = [];
  for (const t of cells('settings')) appendAll(settings, readSettings(t, state));

  const planRows: PlanRow[] = [];
  for (const t of cells('plan')) appendAll(planRows, readPlan(t, state, index));
  const swaps: ScheduleSwap[] = [];
  for (const t of cells('swaps')) appendAll(swaps, readSwaps(t, state, index));

  const briefingTables = cells('briefings');
  const briefings: ReadBriefing[] = [];
  for (const t of briefingTables) appendAll(briefings, readBriefings(t, state, index));

  const parsers = new IssueParsers();
  const issues: ReadIssue[] = [];
  for (const t of cells('issues')) appendAll(issues, readIssues(t, state, index, parsers, deadlines));
  ctx.finish();

  const dateOptions: BriefingDateOptions = options.dateOptions ?? {};
  // Bad options are the caller's mistake and throw; falling back to a default calendar would silently drop the workbook's holiday sheet.
  const calendar: WorkCalendar =
    dateOptions.calendar ??
    createWorkCalendar({
      weeklyDaysOff: dateOptions.weeklyDaysOff,
      overrides: [...(dateOptions.overrides ?? []), ...catalogue.holidays],
    });
  checkBriefings(briefings, planRows, calendar, { ...dateOptions, calendar });
  const asOf = options.asOf ?? latestDate(briefings, issues);
  const overdueDays = Number.isFinite(options.overdueDays) && options.overdueDays! >= 0 ? options.overdueDays! : 30;
  checkIssues(issues, briefings, briefingTables.length > 0, asOf, overdueDays, { rules: deadlines, calendar, overdueDaysGiven: options.overdueDays !== undefined });

  if (tables.length === 0) {
    const v = views[0];
    sink.add('table.none', v?.name ?? '', v?.firstRow ?? 1, v?.firstCol ?? 1, msg.tableNone(views.length));
  }
  options.onProgress?.(state.total, state.total);

  return {
    tables,
    catalogue,
    briefings: briefings.map((b) => b.record),
    issues: issues.map((i) => i.record),
    planRows,
    settings,
    deadlines,
    swaps,
    findings: sink.sorted(),
    organisation: {
      tier: villages ? 'villages' : 'communes',
      province: history.province ? { code: history.province.code, name: history.province.name, fullName: history.province.fullName } : null,
      listEra: history.active ? 'current' : history.province && catalogue.communes.length > 0 ? 'former' : 'unknown',
      effectiveFrom: history.effectiveFrom,
    },
    excludedRows: state.excluded,
    invalidDates: ctx.invalidDates,
    summary: { errors: sink.errors, warnings: sink.warnings },
    asOf,
  };
}

/**
 * Of several tables of a single-table kind (communes, leaders, deadlines),
 * reads the one with the most recognised columns (then the most rows, then
 * the first) and says so at each other one's header.
 */
function chooseSingleTables(usable: Located[], sink: FindingSink, state: RowLoopState): Located[] {
  const drop = new Set<Located>();
  for (const kind of SINGLE_TABLE_KINDS) {
    const same = usable.filter((l) => l.table.kind === kind);
    if (same.length < 2) continue;
    const score = (l: Located) => Object.keys(l.table.columns).length;
    const best = same.reduce((a, b) => (score(b) > score(a) || (score(b) === score(a) && b.table.rows > a.table.rows) ? b : a));
    const bestCol = Math.min(...(Object.values(best.table.columns) as number[]));
    const used = { vi: `trang ${best.view.name}, ô ${toA1(best.table.headerRow, bestCol)}`, en: `sheet ${best.view.name}, cell ${toA1(best.table.headerRow, bestCol)}` };
    for (const other of same) {
      if (other === best) continue;
      drop.add(other);
      const extra = (Object.keys(best.table.columns) as FieldName[]).filter((f) => other.table.columns[f] === undefined && f !== 'stt');
      const headers = extra.map((f) => String(best.view.header(best.table.headerRow, best.table.columns[f]!) ?? f));
      const why =
        headers.length > 0
          ? { vi: `bảng đó có thêm cột ${headers.map((h) => `"${h}"`).join(', ')}`, en: `that one also has ${headers.map((h) => `"${h}"`).join(', ')}` }
          : best.table.rows > other.table.rows
            ? { vi: `bảng đó có nhiều dòng hơn (${best.table.rows} so với ${other.table.rows})`, en: `that one has more rows (${best.table.rows} vs ${other.table.rows})` }
            : { vi: 'bảng đó đứng trước', en: 'that one comes first' };
      const col = Math.min(...(Object.values(other.table.columns) as number[]));
      sink.add('table.duplicate-kind', other.view.name, other.table.headerRow, col, msg.tableDuplicateKind(KIND_LABEL[kind], used, why));
      state.done += other.table.rows;
    }
  }
  return usable.filter((l) => !drop.has(l));
}

/** The header text of a field's column. */
function headerText(t: TableCells, field: FieldName): string | null {
  const c = t.col(field);
  const h = c === undefined ? null : t.view.header(t.table.headerRow, c);
  return typeof h === 'string' ? h : null;
}

/** What the title rows say: the unit's level ("CÔNG AN HUYỆN …") and the province ("CÔNG AN TỈNH ĐIỆN BIÊN"). */
function titleUnit(sheets: WorkbookGrid['sheets']): { level: 'province' | 'district' | 'commune' | null; province: string | null } {
  // Title rows only, and only title-sized texts (a cell of 100,000 characters is no title).
  const titles = sheets.map((s) => ({
    name: s.name,
    values: (Array.isArray(s.values) ? s.values.slice(0, 8) : []).map((r) => (Array.isArray(r) ? r.map((v) => (typeof v === 'string' && v.length <= 120 ? v : null)) : [])),
  }));
  const names = detectUnitNames({ sheets: titles });
  let province: string | null = null;
  for (const n of [names.unit, names.parent]) {
    const m = n ? /^Công an (?:tỉnh|thành phố) (.+)$/iu.exec(n) : null;
    if (m) province = m[1]!;
  }
  const u = names.unit ?? '';
  const level = /^Công an (?:tỉnh|thành phố) /iu.test(u)
    ? 'province'
    : /^Công an (?:huyện|quận|thị xã) /iu.test(u)
      ? 'district'
      : /^Công an (?:xã|phường|đặc khu) /iu.test(u)
        ? 'commune'
        : null;
  return { level, province };
}

/** Whether a communes table's name column is headed as villages ("Thôn, bản, tổ dân phố"). */
function isVillageHeader(text: string | null): boolean {
  if (!text) return false;
  const k = foldKey(text.replace(/[:*]/g, ''));
  return VILLAGE_HEADERS.some((h) => foldKey(h) === k);
}

function latestDate(briefings: readonly ReadBriefing[], issues: readonly ReadIssue[]): IsoDate | null {
  let max: IsoDate | null = null;
  for (const { record } of briefings) if (max === null || record.date > max) max = record.date;
  for (const { record } of issues) {
    if (max === null || record.date > max) max = record.date;
    if (record.resolvedDate && record.resolvedDate > max) max = record.resolvedDate;
  }
  return max;
}
