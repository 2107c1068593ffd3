/**
 * The kinds of table a clerk's workbook holds, and per kind the header
 * fields that decide how an ambiguous header reads and how a table is
 * named in a finding. Engines (workbook/findTables.ts, read/readWorkbook.ts)
 * take these tables; nothing here decides anything.
 */
import type { FieldName } from './headers.js';
import { CORE_TEXTS } from './texts.js';

/** What a table holds. `plan` is the rotation sheet the product itself writes; `swaps` its Đổi lịch table. */
export type TableKind = 'communes' | 'leaders' | 'absences' | 'holidays' | 'briefings' | 'issues' | 'plan' | 'settings' | 'deadlines' | 'swaps';

/**
 * A header cell that could name several fields ("Loại": category or holiday
 * kind) reads as the first of these its kind of table prefers.
 */
export const PREFERRED_FIELDS: Readonly<Partial<Record<TableKind, readonly FieldName[]>>> = {
  issues: ['category', 'caseState'],
  holidays: ['holidayKind', 'holidayName'],
  communes: ['communeKind', 'policeChief', 'areaOfficer'],
  leaders: ['leaderName'],
  absences: ['leaderName'],
  deadlines: ['issueKind', 'deadlineDays', 'dayCount', 'legalBasis'],
};

/** Fields that make no sense in a kind of table: they lose to any candidate that does. */
export const UNFIT_FIELDS: Readonly<Partial<Record<TableKind, readonly FieldName[]>>> = {
  issues: ['holidayKind', 'communeKind', 'holidayName', 'deadlineDays', 'dayCount', 'legalBasis'],
  communes: ['holidayKind', 'category', 'holidayName'],
  briefings: ['holidayKind', 'communeKind', 'category', 'holidayName'],
  plan: ['holidayKind', 'communeKind', 'category', 'holidayName'],
};

/** Columns a table of each kind cannot be read without: one field of each group. */
export const REQUIRED_FIELDS: Readonly<Record<TableKind, readonly (readonly FieldName[])[]>> = {
  communes: [['commune']],
  leaders: [['leaderName']],
  absences: [['leaderName'], ['from']],
  holidays: [['date', 'from']],
  briefings: [['date'], ['host', 'commune']],
  issues: [['date'], ['commune', 'host']],
  plan: [['date'], ['host', 'commune']],
  settings: [['settingKey'], ['settingValue']],
  deadlines: [['issueKind'], ['deadlineDays']],
  swaps: [['date'], ['swapTo']],
};

/** How a finding, a report and every front end name a table of each kind (the texts of `data/texts.ts`). */
export const TABLE_KIND_LABELS: Readonly<Record<TableKind, { vi: string; en: string }>> = {
  communes: CORE_TEXTS['table.communes'],
  leaders: CORE_TEXTS['table.leaders'],
  absences: CORE_TEXTS['table.absences'],
  holidays: CORE_TEXTS['table.holidays'],
  briefings: CORE_TEXTS['table.briefings'],
  issues: CORE_TEXTS['table.issues'],
  plan: CORE_TEXTS['table.plan'],
  settings: CORE_TEXTS['table.settings'],
  deadlines: CORE_TEXTS['table.deadlines'],
  swaps: CORE_TEXTS['table.swaps'],
};

/** Kinds read from one table only: a second one is a different list (a phone list, an old copy). */
export const SINGLE_TABLE_KINDS: readonly TableKind[] = ['communes', 'leaders', 'deadlines'];

/** How a finding names a missing required column. */
export const REQUIRED_FIELD_LABELS: Readonly<Partial<Record<FieldName, { vi: string; en: string }>>> = {
  date: { vi: 'ngày', en: 'date' },
  commune: { vi: 'xã', en: 'commune' },
  host: { vi: 'xã đăng cai', en: 'host commune' },
  leaderName: { vi: 'họ tên lãnh đạo', en: 'leader name' },
  from: { vi: 'từ ngày', en: 'from date' },
};
