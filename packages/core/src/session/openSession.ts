/**
 * One session from a workbook's cells to everything a front end shows. The
 * CLI, the Excel add-in and the offline app read bytes into a grid, open a
 * session, ask it for the views they show, and write or print what it
 * returns; every decision — which holidays win, which date overdue is counted
 * to, which months and period are the defaults, how the unit is named, when a
 * workbook is refused — is made here, once.
 *
 * The workbook is read once, when the session opens. Each view is computed
 * the first time it is asked for and kept, so a command that shows only the
 * findings pays only for reading, and asking twice never computes twice.
 */
import type { HolidayOverride, IsoDate } from '../model.js';
import { mergeHolidaySources } from '../calendar/holidaySources.js';
import type { PeriodOptions } from '../calendar/periods.js';
import { createWorkCalendar, type WorkCalendar } from '../calendar/workCalendar.js';
import type { BriefingDateOptions } from '../calendar/briefingDate.js';
import { readWorkbook } from '../read/readWorkbook.js';
import type { ReadResult } from '../records/readResult.js';
import type { UnitNames } from '../report/unitName.js';
import type { SheetModel } from '../sheets/model.js';
import type { WorkbookGrid } from '../workbook/grid.js';
import { calendarEventsOf, calendarUnitOf, type CalendarEventsView } from './calendarEvents.js';
import { dropdownRequestsOf, type DropdownRequest } from './dropdowns.js';
import { refusal } from './errors.js';
import { findingsViewOf, type FindingsView } from './findingsView.js';
import { checkSessionOptions, type CheckedOptions, type SessionOptions } from './options.js';
import { outputSheetsOf, type OutputViews } from './outputSheets.js';
import { papersViewOf, type PapersRequest, type PapersView } from './papersView.js';
import { checkPlanRequest, planViewOf, type PlanRequest, type PlanView } from './planView.js';
import { periodOf, summaryViewOf, type SummaryRequest, type SummaryView } from './summaryView.js';
import { unitNamesOf } from './units.js';

/** A request for calendar events: the plan's months, and the previous export of the same file. */
export interface CalendarEventsRequest extends PlanRequest {
  /** The text of the .ics last written to the same file: SEQUENCE rises only for events that changed since. */
  previous?: string | null;
}

/** An open workbook and every view of it. */
export interface Session {
  /** The options as checked. */
  readonly options: CheckedOptions;
  /** What was read (tables, catalogue, records, findings). */
  readonly read: ReadResult;
  /**
   * The one date every overdue figure is counted to — in the findings, the summary and the papers:
   * the as-of date the clerk named, else today, else the latest date in the workbook.
   */
  readonly asOf: IsoDate | null;
  /** The unit and its parent, read one way (see `unitNamesOf`; the parent from the national catalogue when the session has it and the workbook names none). */
  readonly units: UnitNames;
  /** Holiday days above the shipped calendar: the extra file's, then the workbook's sheet (which wins a date). */
  readonly holidays: readonly HolidayOverride[];
  /** The work calendar every view uses (shipped rules and announcements, then `holidays`). */
  readonly calendar: WorkCalendar;
  /** What is wrong and where. */
  findings(): FindingsView;
  /**
   * The plan of the months asked for (default: the year after the latest record).
   * @throws {SessionError} when there is no communes list, no month to start from, or the request is not valid
   */
  plan(request?: PlanRequest): PlanView;
  /**
   * The figures and paragraph of a period (default: the last reporting month ended by the latest record).
   * @throws {SessionError} when no period is named and nothing is dated
   * @throws {PeriodSpecError} for a period that cannot be read
   * @throws {StatisticsFilterError} for a filter that names nothing in the catalogue
   */
  summary(request?: SummaryRequest): SummaryView;
  /**
   * The papers of a month, planned as `plan()` plans (same calendar, day, rule, freeze).
   * @throws {SessionError} when the month is not a month
   * @throws {PapersMonthError} for a month the workbook cannot speak for (unless a draft is asked for)
   * @throws {PapersRecordError} when a briefing of the month has an unreadable date
   * @throws {StatisticsFilterError} for a cluster that is not in the catalogue
   */
  papers(request: PapersRequest): PapersView;
  /** The product's sheets for the views given (plan, summary, findings), unit named one way. */
  outputSheets(views: OutputViews): SheetModel[];
  /**
   * A plan as calendar events, UIDs naming the unit.
   * @throws {SessionError} when the plan cannot be made or has no briefing
   */
  calendarEvents(request?: CalendarEventsRequest): CalendarEventsView;
  /** The drop-down lists a front end may add to the clerk's issue tables on request. */
  dropdowns(): DropdownRequest[];
}

class WorkbookSession implements Session {
  readonly asOf: IsoDate | null;
  readonly units: UnitNames;
  readonly holidays: readonly HolidayOverride[];
  private calendarCache: WorkCalendar | null = null;
  private findingsCache: FindingsView | null = null;
  private readonly plans = new Map<string, PlanView>();
  private readonly summaries = new Map<string, SummaryView>();
  /** Requests already answered, by the request as given: a repeated one is not checked or defaulted again. */
  private readonly planKeys = new Map<string, string>();
  private readonly periods = new Map<string, ReturnType<typeof periodOf>>();

  constructor(
    readonly options: CheckedOptions,
    readonly read: ReadResult,
    units: UnitNames,
  ) {
    this.asOf = read.asOf;
    this.units = units;
    this.holidays = mergeHolidaySources(options.holidays, read.catalogue.holidays);
  }

  get calendar(): WorkCalendar {
    return (this.calendarCache ??= createWorkCalendar({ overrides: this.holidays }));
  }

  private get periodOptions(): PeriodOptions {
    return { calendar: this.options.calendar, ...(this.options.cutoffDay !== null ? { cutoffDay: this.options.cutoffDay } : {}) };
  }

  private get dateOptions(): BriefingDateOptions {
    return { calendar: this.calendar, ...(this.options.day !== null ? { day: this.options.day } : {}), ...(this.options.rule !== null ? { rule: this.options.rule } : {}) };
  }

  findings(): FindingsView {
    return (this.findingsCache ??= findingsViewOf(this.read, this.options.fileName));
  }

  plan(request: PlanRequest = {}): PlanView {
    const asked = JSON.stringify([request.from ?? null, request.months ?? null, request.freeze ?? null]);
    let key = this.planKeys.get(asked);
    if (key === undefined) {
      const checked = checkPlanRequest(this.read, request, this.options.fileName);
      key = JSON.stringify(checked);
      if (!this.plans.has(key)) this.plans.set(key, planViewOf(this.read, checked, this.dateOptions));
      this.planKeys.set(asked, key);
    }
    return this.plans.get(key)!;
  }

  summary(request: SummaryRequest = {}): SummaryView {
    const periodOptions = typeof request.calendar === 'boolean' ? { ...this.periodOptions, calendar: request.calendar } : this.periodOptions;
    const asked = JSON.stringify([request.period ?? null, request.from ?? null, request.to ?? null, periodOptions]);
    let period = this.periods.get(asked);
    if (!period) this.periods.set(asked, (period = periodOf(this.read, request, periodOptions)));
    const key = JSON.stringify([period.from, period.to, period.convention, request.since ?? null, request.filters ?? null]);
    let view = this.summaries.get(key);
    if (!view) {
      const ctx = { read: this.read, periodOptions, asOf: this.asOf, overdueDays: this.options.overdueDays, calendar: this.calendar, unit: this.units.unit };
      this.summaries.set(key, (view = summaryViewOf(ctx, period, request)));
    }
    return view;
  }

  papers(request: PapersRequest): PapersView {
    const o = this.options;
    return papersViewOf({ read: this.read, units: this.units, holidays: o.holidays, periodOptions: this.periodOptions, asOf: this.asOf, today: o.today, overdueDays: o.overdueDays, day: o.day, rule: o.rule }, request);
  }

  outputSheets(views: OutputViews): SheetModel[] {
    return outputSheetsOf(views, this.units);
  }

  calendarEvents(request: CalendarEventsRequest = {}): CalendarEventsView {
    return calendarEventsOf(this.plan(request), calendarUnitOf(this.units, this.options.fileName), request.previous ?? null);
  }

  dropdowns(): DropdownRequest[] {
    return dropdownRequestsOf(this.read);
  }
}

/**
 * Opens a session on a workbook's cells: reads and checks it once.
 *
 * @param grid the workbook's cells, as `@giaoban/xlsx`, Office.js or SheetJS give them
 * @param options the run's settings (holidays file, as-of date, today, unit…)
 * @returns the session
 * @throws {SessionError} `session.noTables` when the workbook holds no tracking table at all
 *   (a payroll sheet, an empty file), and for options out of range
 * @example
 * ```ts
 * const session = openSession(grid, { fileName: 'so.xlsx', today: civilDateInVietnam(Date.now()) });
 * session.findings().summary;          // { errors: 10, warnings: 13 }
 * session.plan().plan.briefings[0];    // { month: '2026-01', cluster: 'Cụm 1', host: 'Chà Nưa', … }
 * session.summary().narrative.vi;      // "Từ ngày 15/11/2025 đến ngày 14/12/2025, Công an huyện Nậm Pồ …"
 * ```
 */
export function openSession(grid: WorkbookGrid, options: SessionOptions = {}): Session {
  const checked = checkSessionOptions(options);
  const asOf = checked.asOf ?? checked.today ?? undefined;
  const read = readWorkbook(grid, {
    ...(asOf ? { asOf } : {}),
    ...(checked.overdueDays !== null ? { overdueDays: checked.overdueDays } : {}),
    dateOptions: {
      overrides: checked.holidays,
      ...(checked.day !== null ? { day: checked.day } : {}),
      ...(checked.rule !== null ? { rule: checked.rule } : {}),
    },
    ...(options.onProgress ? { onProgress: options.onProgress } : {}),
    ...(options.adminCatalogue ? { adminCatalogue: options.adminCatalogue } : {}),
    ...(options.province?.trim() ? { province: options.province.trim() } : {}),
  });
  if (read.tables.length === 0) {
    const sheets = grid.sheets?.length ?? 0;
    throw checked.fileName ? refusal('session.noTables', { file: checked.fileName, sheets }, { file: checked.fileName }) : refusal('session.noTablesHere', { sheets }, { code: 'session.noTables' });
  }
  return new WorkbookSession(checked, read, unitNamesOf(grid, read, checked, options.adminCatalogue ?? null));
}
