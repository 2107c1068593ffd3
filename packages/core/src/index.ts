/**
 * `@giaoban/core` — the pure domain library of Giao ban cơ sở.
 *
 * Cell grids in, records, findings, plans, statistics and sheet models out.
 * No I/O, no Office.js, no Node APIs: it runs in Node and in a browser.
 *
 * @example
 * ```ts
 * import { briefingDate } from '@giaoban/core';
 * briefingDate('2018-02').date; // "2018-02-21" (Tết break moved it)
 * ```
 * @packageDocumentation
 */

// One error base: a stable code and a Vietnamese and an English message.
export { type BiMessage, errorMessage, GiaobanError, type GiaobanErrorOptions, GiaobanRangeError, type GiaobanSubclassOptions } from './errors.js';

// Shared domain types (records, findings, cell grids).
export {
  type Absence,
  type Attendance,
  type BriefingRecord,
  type CaseState,
  type Catalogue,
  type Category,
  type CellValue,
  type Commune,
  type CommuneKind,
  type DateRule,
  type Holiday,
  type HolidayKind,
  type HolidayOverride,
  type HolidaySource,
  type IsoDate,
  type IssueRecord,
  type IssueStatus,
  type Leader,
  type Override,
  type PeriodKind,
  type PlannedBriefing,
  type PlanSource,
  type RaisedBy,
  type RowRef,
  type ScheduleSwap,
  type Severity,
  type SheetGrid,
  type WorkbookGrid,
  type YearMonth,
} from './model.js';

// Data tables: labels, header synonyms, decrees, deadlines by kind.
export { CASE_STATE_LABELS, CATEGORY_LABELS, CATEGORY_SHORT_LABELS, type Label as TextLabel } from './data/categories.js';
export {
  type BiLabel,
  CIVIL_CODE_COUNTING,
  CLOCK_START_LABELS,
  type ClockStart,
  DAY_COUNT_LABELS,
  DAY_COUNT_WORDS,
  type DayCount,
  DEADLINE_RULES,
  type DeadlineRule,
  type DeadlineVersion,
  type IssueKindCode,
} from './data/deadlines.js';
export { DOCUMENT_SETTING_KEYS, DOCUMENT_SETTING_SYNONYMS, type DocumentSettingKey } from './data/documentSettings.js';
export { FIELD_NAMES, type FieldName, HEADER_SYNONYMS } from './data/headers.js';
export {
  announcementName,
  type DecreedHoliday,
  HOLIDAY_DATA_VERSION,
  HOLIDAY_DECREES,
  type HolidayAnnouncement,
  type HolidayDecree,
} from './data/holidayDecrees.js';
export { HOLIDAY_NAMES, type HolidayDay, type HolidayOccasion, STATUTORY_HOLIDAYS, type StatutoryHoliday } from './data/statutoryHolidays.js';
export { citeLaw, citeLawEn, LEGAL_TEXTS, type LegalPlace, type LegalText, type LegalTextId } from './data/legalTexts.js';
export { PERIOD_PICKER_CHOICES, PERIOD_PICKER_LABELS } from './data/periodKinds.js';
export { RAISED_BY_LABELS } from './data/raisedBy.js';
export { STATUS_LABELS } from './data/statuses.js';

// Calendar: civil dates, lunar calendar, holidays, working days, briefing dates, reporting periods (also `@giaoban/core/calendar`).
export {
  briefingDate,
  type BriefingDate,
  type BriefingDateOptions,
  briefingDates,
  DATE_RULE_LABELS,
  DATE_RULES,
} from './calendar/briefingDate.js';
export {
  addDays,
  addMonths,
  civilFromDays,
  daysBetween,
  daysFromCivil,
  daysInMonth,
  epochDay,
  epochDayOrNaN,
  excelSerialToIsoDate,
  formatDateEn,
  formatDateIn,
  formatDateVi,
  formatMonthIn,
  fromEpochDay,
  isLeapYear,
  isoDate,
  isoDateToExcelSerial,
  isValidIsoDate,
  isValidYearMonth,
  monthOf,
  parseIsoDate,
  parseYearMonth,
  WEEKDAY_NAMES_EN,
  WEEKDAY_NAMES_VI,
  weekdayNameEn,
  weekdayNameIn,
  weekdayNameVi,
  weekdayOf,
  yearMonth,
  yearMonthFromIndex,
} from './calendar/civilDate.js';
export {
  addWorkingDays,
  civilDateInVietnam,
  type ClockStartDay,
  countDeadline,
  type DeadlineCount,
  type DeadlineItem,
  deadlineDate,
  deadlineVersionOn,
  explainDeadline,
  issueDeadline,
  type IssueDeadline,
  type IssueDeadlineOptions,
} from './calendar/deadlines.js';
export {
  DEFAULT_WEEKLY_DAYS_OFF,
  HOLIDAY_SOURCE_LABELS,
  holidayDecreeFor,
  type HolidayOptions,
  holidaysOf,
  holidayYearBasis,
  type HolidayYearBasis,
  normalizeWeeklyDaysOff,
} from './calendar/holidays.js';
export {
  canChiYear,
  formatLunarDate,
  formatLunarShort,
  fromLunar,
  isValidLunarDate,
  leapMonthOf,
  LUNAR_MAX_YEAR,
  LUNAR_MIN_YEAR,
  type LunarDate,
  lunarMonthLength,
  tetDate,
  toLunar,
} from './calendar/lunar.js';
export {
  customPeriod,
  isInPeriod,
  parseMonthText,
  parsePeriodSpec,
  periodContaining,
  type PeriodOptions,
  PeriodSpecError,
  pickedPeriodSpec,
  type ReportingPeriod,
} from './calendar/periods.js';
export { mergeHolidaySources } from './calendar/holidaySources.js';
export { createWorkCalendar, type WorkCalendar, type WorkCalendarOptions } from './calendar/workCalendar.js';

// Every text a user reads, Vietnamese and English, keyed by stable codes; the one way to fill one in.
export { CORE_TEXTS, type CoreTextKey } from './data/texts.js';
export { type BiText, bothTexts, defineTexts, fillText, type Lang, type TextCatalogue, textIn, type TextVars } from './text/texts.js';

// Text: folding, names, cell values, legacy encodings.
export { parseAttendance } from './text/attendance.js';
export { parseCaseState, parseCategory, type ParsedCategory, parseRaisedBy, parseStatus } from './text/categorical.js';
export { type DateValueOptions, type DateValueResult, isDateNumberFormat, parseDateValue } from './text/dateValue.js';
export { foldKey, unaccentedKey } from './text/fold.js';
export {
  convertLegacyText,
  detectLegacyEncoding,
  encodeLegacyText,
  type LegacyConvertOptions,
  type LegacyEncoding,
} from './text/legacyEncoding.js';
export { matchName, type NameMatch, splitVillageName, stripCommuneName, stripPersonName, stripVillageName, titleCaseVi } from './text/names.js';

// Administrative units: the lookups (the national data itself is the separate entry @giaoban/core/catalogue).
export { AdminCatalogue, type AdminUnitsData } from './admin/catalogue.js';
export type {
  AdminUnit,
  DistrictInfo,
  DistrictKind,
  NameResolution,
  ProvinceInfo,
  ProvinceKind,
  UnitLink,
} from './admin/types.js';
export { type NamedUnit, unitLabel, unitLabels, type UnitLabelOptions } from './admin/unitNames.js';
export { parsePeriodKind } from './text/periodKind.js';

// Workbook cells: A1 addresses, found tables.
export {
  type A1Range,
  boxA1,
  columnLetter,
  columnNumber,
  MAX_SHEET_COLS,
  MAX_SHEET_ROWS,
  parseA1,
  parseA1Range,
  sheetRef,
  toA1,
  tryParseA1,
  tryParseA1Range,
} from './workbook/a1.js';
export { type FoundTable, type TableKind } from './workbook/findTables.js';

// Findings: stable codes and their labels.
export { FINDING_CODES, type FindingCode } from './findings/codes.js';
export { type Finding } from './findings/finding.js';

// Records read from a workbook.
export { type PlanRow } from './records/readPlan.js';
export { clusterNameIn } from './session/present/clusterName.js';
export { type SettingEntry } from './records/readSettings.js';
export { type OrganisationInfo, type ReadOptions, type ReadResult } from './records/readResult.js';

// Reading a workbook: the pipeline and holiday sources.
export {
  HolidayFileError,
  holidaysFromWorkbook,
  readHolidayWorkbook,
  parseHolidayJson,
} from './read/holidaySources.js';
export { readWorkbook } from './read/readWorkbook.js';

// Statistics for a reporting period.
export { computeStatistics } from './stats/computeStatistics.js';
export { StatisticsFilterError } from './stats/filters.js';
export { statisticsInputOf } from './stats/fromRead.js';
export {
  type DatedRecords,
  DEFAULT_PLAN_MONTHS,
  defaultPlanStart,
  defaultSummaryPeriod,
  lastCompleteReportingMonth,
  latestRecordDate,
} from './stats/latestDate.js';
export {
  type AgeingBuckets,
  type AppliedDeadline,
  type BriefingStatistics,
  type CaseStateCounts,
  type CumulativeStatistics,
  type IssueStatistics,
  type OpenItem,
  type PlannedLike,
  type Statistics,
  type StatisticsFilters,
  type StatisticsInput,
  type StatisticsPeriod,
} from './stats/statistics.js';

// Rotation: who hosts, who chairs, on which date.
export {
  briefingEvent,
  type BriefingEvent,
  clusterSlug,
  type PreviousCalendarEvent,
  readIcsEvents,
  unitSlug,
  withSequences,
} from './rotation/calendarEvents.js';
export { rotationInputOf, rotationPlanOf, type RotationPlanOptions } from './rotation/fromRead.js';
export { formatRotationNumber, type Reason as RotationReason, rotationReason } from './rotation/messages.js';
export { planRotation, PLANNER_STEPS, type PlannerStep } from './rotation/planner.js';
export { KEEP_TOLERANCE } from './rotation/rules/chairChoice.js';
export { communeLabel } from './rotation/rules/participants.js';
export {
  type CommuneHosting,
  type LeaderFairness,
  type PreviousPlanRow,
  type RotationChange,
  type RotationDate,
  type RotationDateOptions,
  type RotationDateProvider,
  type RotationInput,
  type RotationPlan,
  type RotationFairness,
  type RotationProblem,
  type SwapOutcome,
  type UnstaffedMonth,
} from './rotation/types.js';

// Report text: numbers, dates, narrative, labels.
export {
  formatFileSize,
  formatReportCount,
  formatReportDate,
  formatReportDecimal,
  formatReportMonth,
  formatReportRatio,
  formatReportShare,
} from './report/format.js';
export {
  REPORT_CATEGORY_LABELS,
  REPORT_RAISER_LABELS,
  REPORT_SEVERITY_LABELS,
  REPORT_STATUS_LABELS,
  type ReportLabel,
} from './report/labels.js';
export { type Narrative, type NarrativeOptions, statisticsNarrative } from './report/narrative.js';
export { formatStatisticsText, statisticsJson, type StatisticsJson } from './report/statisticsText.js';
export { calendarUnitName, detectUnitName, detectUnitNames, policeNameEn, type UnitNames } from './report/unitName.js';

// Province roll-up: many units' workbooks, per unit and in total, against the same period a year earlier.
export {
  chooseRollupPeriod,
  combineRollup,
  needsRecount,
  type Rollup,
  RollupEmptyError,
  type RollupFileEntry,
  type RollupOptions,
  rollupRecount,
  type RollupSource,
  type RollupTotal,
  type RollupUnit,
  type RollupUnitRef,
  type UnreadableWorkbook,
} from './rollup/combine.js';
export {
  compareRollupFigures,
  emptyRollupFigures,
  ROLLUP_COMPARED,
  type RollupChange,
  type RollupComparedField,
  type RollupDelta,
  type RollupFigures,
  rollupFiguresOf,
  sumRollupFigures,
} from './rollup/figures.js';
export {
  type CatalogueLike,
  type CatalogueResolutionLike,
  type CatalogueUnitLike,
  unitLookupFromCatalogue,
} from './rollup/catalogueLookup.js';
export { ROLLUP_FINDING_CODES, type RollupFinding, type RollupFindingCode } from './rollup/findings.js';
export {
  type MergerStatement,
  type OfficialUnit,
  parseCommuneUnitName,
  policeUnitName,
  provinceOfParent,
  type UnitClaim,
  unitClaimOf,
  type UnitLookup,
  unitLookupFromStatements,
  type UnitLookupQuery,
  type UnitLookupResult,
} from './rollup/identity.js';
export { changeWordsEn, changeWordsVi, rollupNarrative, type RollupNarrativeOptions } from './rollup/narrative.js';
export { samePeriodLastYear, shiftYears } from './rollup/period.js';
export { asReportingPeriod, reduceUnitWorkbook, type RollupCountOptions, type UnitReduction, type UnitWorkbook } from './rollup/reduce.js';
export { rollupWorkbooks, type RollupWorkbooksOptions } from './rollup/rollupWorkbooks.js';
export { formatRollupText, rollupJson, type RollupJson, rollupTable, type RollupTable } from './rollup/text.js';

// Output sheets (models) and the render plan adapters translate.
export { buildFindingsSheet, FINDINGS_SHEET_NAME, type FindingsSheetOptions } from './sheets/findingsSheet.js';
export {
  type CellStyle,
  type ChartSpec,
  type ConditionalFormat,
  type InternalLink,
  type ListValidation,
  markerFor,
  type OutputSheetKind,
  type PrintSettings,
  type SheetModel,
  type StyledRange,
  type TableSpec,
} from './sheets/model.js';
export { findMarker } from './sheets/placement.js';
export { buildPlanSheet, buildPlanSheetOf, PLAN_SHEET_HEADERS, PLAN_SHEET_NAME, type PlanSheetOptions } from './sheets/planSheet.js';
export { buildRenderPlan, renderPlanNotes, type RenderableModel } from './sheets/render/buildRenderPlan.js';
export { DEFAULT_RENDER_STYLE } from './sheets/render/styles.js';
export {
  type ExistingSheetInfo,
  type PlannedChart,
  type PlannedColumn,
  type PlannedConditionalFormat,
  type PlannedLink,
  type PlannedPrint,
  type PlannedSeries,
  type PlannedSheet,
  type PlannedTable,
  type PlannedValidation,
  type RenderPlan,
  type RenderStyle,
  type RowHeightBand,
  type StyleBlock,
  type ValidationErrorStyle,
} from './sheets/render/types.js';
export {
  buildRollupFindingsSheet,
  buildRollupSheet,
  ROLLUP_FINDINGS_SHEET_NAME,
  ROLLUP_SHEET_NAME,
  type RollupSheetOptions,
} from './sheets/rollupSheet.js';
export { buildSummarySheet, SUMMARY_SHEET_NAME, type SummarySheetOptions } from './sheets/summarySheet.js';
export {
  TEMPLATE_DATE_FORMAT,
  TEMPLATE_SHEET_NAMES,
  type TemplateLevel,
  templateLevelOf,
  type TemplateOptions,
  type TemplateSheetModel,
  templateSheetModels,
} from './sheets/template.js';

// Documents: invitation, minutes, report (Decree 30/2020 layout).
export { briefingDocuments, type BriefingDocuments, type BriefingDocumentsOptions, type DocumentsNote } from './documents/build.js';
export {
  monthsSpokenFor,
  papersPlan,
  PapersMonthError,
  PapersRecordError,
  type MonthsSpokenFor,
  type PapersPlan,
  type PapersPlanOptions,
} from './documents/scope.js';
export { documentFileName } from './documents/fileName.js';
export { parentBodyOf, withCatalogueParent } from './documents/parentBody.js';
export { buildInvitation, type DocumentContext } from './documents/invitation.js';
export { buildBlankMinutes, buildMinutes } from './documents/minutes.js';
export {
  type DocAlign,
  type DocBlock,
  type DocCell,
  type DocPage,
  type DocParagraph,
  type DocRun,
  type DocTable,
  type DocumentKind,
  type DocumentModel,
} from './documents/model.js';
export { buildReport, type ReportOptions, type ReportTracking } from './documents/report.js';
export { buildRollupReport, rollupDocumentSettings, rollupReportFileName, type RollupReportOptions } from './documents/rollupReport.js';
export {
  type DocumentSettings,
  type DocumentSettingsOverrides,
  resolveDocumentSettings,
} from './documents/settings.js';

// The session: one door from a workbook's cells to every view a front end shows (the first thing a library user imports).
export { type CalendarEventsRequest, openSession, type Session } from './session/openSession.js';
export { type CheckedOptions, type SessionOptions } from './session/options.js';
export { SessionError } from './session/errors.js';
export { type FindingsView, type TableView } from './session/findingsView.js';
export { type PlanRequest, type PlanView } from './session/planView.js';
export { type SummaryRequest, type SummaryView } from './session/summaryView.js';
export { type PaperView, type PapersRequest, type PapersView } from './session/papersView.js';
export { type OutputViews } from './session/outputSheets.js';
export { type CalendarEventsView } from './session/calendarEvents.js';
export {
  rollupOutputSheets,
  rollupReportOf,
  rollupUnitOf,
  rollupUnitOfGrid,
  type RollupUnitRequest,
  type RollupView,
  type RollupViewRequest,
  rollupViewOf,
} from './session/rollupView.js';
export { type DropdownRequest } from './session/dropdowns.js';
export { type HolidayFileFormat, holidayFileFormat, readHolidayFile } from './session/holidayFile.js';
export { findingText, findingsText } from './session/present/findingsText.js';
export { planText } from './session/present/planText.js';
export { type ReadingProgress, readingProgressText } from './session/present/readingProgress.js';
export { type FindingsJson, findingsJson, type PapersJson, papersJson, type PlanJson, planJson } from './session/present/json.js';
