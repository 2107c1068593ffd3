/**
 * The papers view: a month's invitations, minutes and report as document
 * models, with the session's calendar and as-of date, so the report's
 * overdue figures are the summary's and the findings'.
 */
import type { DateRule, HolidayOverride, IsoDate, YearMonth } from '../model.js';
import { isValidYearMonth } from '../calendar/civilDate.js';
import type { PeriodOptions } from '../calendar/periods.js';
import { briefingDocuments } from '../documents/build.js';
import { documentFileName } from '../documents/fileName.js';
import type { DocumentKind, DocumentModel } from '../documents/model.js';
import { resolveDocumentSettings, type DocumentSettingsOverrides } from '../documents/settings.js';
import type { ReadResult } from '../records/readResult.js';
import type { UnitNames } from '../report/unitName.js';
import type { RotationProblem } from '../rotation/types.js';
import { refusal } from './errors.js';

/** Which papers to prepare. */
export interface PapersRequest {
  /** The month, `YYYY-MM`: its briefings, and the report of the reporting month of that name. */
  month: YearMonth;
  /** Kinds to prepare (default all three). */
  kinds?: readonly DocumentKind[] | null;
  /** One cluster only. */
  cluster?: string | null;
  /** The clerk's settings (issuing body, signer, numbers, place, time…) over the workbook's. */
  settings?: DocumentSettingsOverrides;
  /** Working days between an invitation's date and its briefing (default: the settings sheet's, else 5). */
  invitationLeadDays?: number | null;
  /** Rows of the previous plan dated before this day are kept, as `plan({ freeze })` keeps them. */
  freeze?: IsoDate | null;
  /** Write papers for a month the workbook cannot speak for anyway, marked as drafts. */
  draft?: boolean;
}

/** One paper: its model and the file name it is saved under. */
export interface PaperView {
  kind: DocumentKind;
  fileName: string;
  model: DocumentModel;
}

/** The papers of a month. Plain data. */
export interface PapersView {
  month: YearMonth;
  papers: PaperView[];
  /** Months and clusters the plan could not staff (said beside the papers). */
  problems: RotationProblem[];
  /** What else the clerk should know (in both languages). */
  notes: { vi: string; en: string }[];
  /** The papers are drafts of the expected plan (`draft` was asked for a month outside the records). */
  draft: boolean;
  /** The months the papers' plan covers. */
  plan: { from: YearMonth; months: number };
}

/** What the papers need from their session. */
export interface PapersContext {
  read: ReadResult;
  units: UnitNames;
  holidays: readonly HolidayOverride[];
  periodOptions: PeriodOptions;
  asOf: IsoDate | null;
  today: IsoDate | null;
  overdueDays: number | null;
  day: number | null;
  rule: DateRule | null;
}

/**
 * The papers of a month.
 *
 * @param ctx the session's read, units, extra holidays and as-of date
 * @param request the month, kinds, cluster and settings
 * @returns the view; `papers` is empty when the month has no briefing planned or held
 * @throws {SessionError} when `month` is not a `YYYY-MM` month
 * @throws {PapersMonthError} when the workbook cannot speak for the month (before its first record, far past its plan) and no draft is asked for
 * @throws {PapersRecordError} when a briefing of the month has a date that cannot be read (named by sheet and cell)
 * @throws {StatisticsFilterError} when `cluster` names no cluster of the catalogue
 * @example
 * ```ts
 * papersViewOf(ctx, { month: '2025-12' }).papers.map((p) => p.fileName); // ["giay-moi_2025-12-15_nam-nhu.docx", …]
 * ```
 */
export function papersViewOf(ctx: PapersContext, request: PapersRequest): PapersView {
  if (!isValidYearMonth(request.month)) throw refusal('session.papersMonth', { value: request.month });
  const settings = resolveDocumentSettings(ctx.read, ctx.units, request.settings ?? {});
  const built = briefingDocuments(ctx.read, {
    month: request.month,
    settings,
    ...(request.kinds ? { kinds: request.kinds } : {}),
    cluster: request.cluster ?? null,
    periodOptions: ctx.periodOptions,
    ...(ctx.overdueDays !== null ? { overdueDays: ctx.overdueDays } : {}),
    ...(ctx.asOf !== null ? { asOf: ctx.asOf } : {}),
    ...(ctx.today !== null ? { today: ctx.today } : {}),
    holidays: ctx.holidays,
    ...(ctx.day !== null ? { day: ctx.day } : {}),
    ...(ctx.rule !== null ? { rule: ctx.rule } : {}),
    freezeDate: request.freeze ?? null,
    ...(request.invitationLeadDays != null ? { invitationLeadDays: request.invitationLeadDays } : {}),
    allowDraft: request.draft === true,
  });
  return {
    month: request.month,
    papers: built.documents.map((model) => ({ kind: model.kind, fileName: documentFileName(model), model })),
    problems: built.problems,
    notes: built.notes,
    draft: built.draft,
    plan: built.plan,
  };
}
