/**
 * `@giaoban/core/internal` — UNSTABLE. Everything the public entry exports,
 * plus the building blocks the sibling packages (cli, add-in, xlsx, docx) and
 * the tests reach for: planner rules and ledgers, table finding, render-plan
 * helpers, document layout helpers. Names here may change or disappear in any
 * release without notice; a library user should import from `@giaoban/core`.
 * @packageDocumentation
 */
export * from './index.js';

// Text: folding, names, cell values, legacy encodings.
export { suggestCategory } from './text/categorical.js';
export { editDistance } from './text/editDistance.js';
export { isVietnameseSyllable, legacyEncodingOfFont } from './text/legacyEncoding.js';
export { FoldedHasher, foldedText } from './text/foldedText.js';

// Workbook cells: A1 addresses, found tables.
export { findTables, kindOfFields } from './workbook/findTables.js';
export { SheetView } from './workbook/sheetView.js';

// Records read from a workbook.
export { DuplicateRows, type LegacyDecoder } from './records/duplicateRows.js';
export { type DeadlineRow, mergeDeadlineRules, ruleForKind } from './records/readDeadlines.js';
export { settingKeyOf } from './records/readSettings.js';

// Statistics for a reporting period.
export { STATISTICS_CATEGORIES, STATISTICS_RAISERS, STATISTICS_STATUSES } from './stats/computeStatistics.js';
export { filterNameKey, type ResolvedFilters, resolveStatisticsFilters } from './stats/filters.js';

// Rotation: who hosts, who chairs, on which date.
export { calendarDateProvider } from './rotation/calendarDates.js';
export { slotKey as rotationSlotKey } from './rotation/months.js';
export {
  availableLeaders,
  communeActiveInMonth,
  communeActiveOn,
  leaderUnavailability,
  type Unavailability,
} from './rotation/rules/availability.js';
export {
  type ChairChoice,
  chairDeficit,
  type ChairLedger,
  type ChairRequest,
  chooseChairs,
  createChairLedger,
  recordChair,
} from './rotation/rules/chairChoice.js';
export { chooseDate, type DateChoice, heldDateReason } from './rotation/rules/dateChoice.js';
export { clusterOfHeld, indexHeldBriefings, isFrozenPlanRow } from './rotation/rules/frozenHistory.js';
export {
  chooseHost,
  createHostLedger,
  type HostChoice,
  type HostLedger,
  recordHost,
} from './rotation/rules/hostChoice.js';
export { collectOverrides } from './rotation/rules/overrides.js';
export { resolveSwaps, type ResolvedSwap, type SwapProblem } from './rotation/rules/swaps.js';
export { rotationParticipants } from './rotation/rules/participants.js';
export { indexPreviousPlan, listPlanChanges } from './rotation/rules/stability.js';

// Report text: numbers, dates, narrative, labels.
export { communeKindWords, joinReportList } from './report/format.js';

// Output sheets (models) and the render plan adapters translate.
export { MARKER_PREFIX } from './sheets/model.js';
export { type ExistingSheet, placeOutputSheet, type SheetPlacement, uniqueSheetName } from './sheets/placement.js';
export {
  CHART_PALETTE,
  MAX_ROW_HEIGHT,
  rowHeightBands,
  VALIDATION_ERROR_STYLE,
} from './sheets/render/buildRenderPlan.js';
export { LINK_COLOR, normalizeColor } from './sheets/render/styles.js';
export { estimateRowHeights } from './sheets/rowHeights.js';

// Documents: invitation, minutes, report (Decree 30/2020 layout).
export { dateLine, dateWords, DECREE30_FONT, DECREE30_PAGE, numberLine, TEXT_WIDTH_MM } from './documents/layout.js';
export { leaderLine, leaderText, signatureName, timeWords } from './documents/people.js';
export { assertBriefingDatesReadable, monthOfDateText } from './documents/scope.js';
export { issuesOfBriefing } from './documents/minutes.js';
export { REPORT_ROW_LABELS, reportPeriodWords } from './documents/report.js';
export { briefingPlace, splitRecipients } from './documents/settings.js';

// The session's views, one module each (the session composes them; a front end calls the session).
export { refusal } from './session/errors.js';
export { checkSessionOptions } from './session/options.js';
export { findingsViewOf } from './session/findingsView.js';
export { type CheckedPlanRequest, checkPlanRequest, planViewOf } from './session/planView.js';
export { periodOf, type SummaryContext, summaryViewOf } from './session/summaryView.js';
export { type PapersContext, papersViewOf } from './session/papersView.js';
export { outputSheetsOf } from './session/outputSheets.js';
export { calendarEventsOf, calendarUnitOf } from './session/calendarEvents.js';
export { dropdownRequestsOf } from './session/dropdowns.js';
export { unitNamesOf } from './session/units.js';
