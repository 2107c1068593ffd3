/**
 * The plan view: hosts, chairs and dates of the months asked for, with the
 * session's calendar, the workbook's history, previous plan sheet, fixed rows
 * and recorded swaps. The months default to the year after the latest record
 * (as every front end plans when the clerk names none).
 */
import type { IsoDate, YearMonth } from '../model.js';
import { isValidIsoDate, isValidYearMonth } from '../calendar/civilDate.js';
import type { BriefingDateOptions } from '../calendar/briefingDate.js';
import type { ReadResult } from '../records/readResult.js';
import { planRotation } from '../rotation/planner.js';
import { rotationInputOf } from '../rotation/fromRead.js';
import { communeLabel } from '../rotation/rules/participants.js';
import type { RotationPlan } from '../rotation/types.js';
import { DEFAULT_PLAN_MONTHS, defaultPlanStart } from '../stats/latestDate.js';
import { refusal } from './errors.js';

/** Which months to plan; every field may be left out. */
export interface PlanRequest {
  /** First month, `YYYY-MM`; default the month after the latest record. */
  from?: YearMonth | null;
  /** How many months, 1–120; default 12. */
  months?: number | null;
  /** Rows of the previous plan dated before this day are kept as they are. */
  freeze?: IsoDate | null;
}

/** A plan and what it was asked for. Plain data. */
export interface PlanView {
  from: YearMonth;
  months: number;
  freeze: IsoDate | null;
  plan: RotationPlan;
  /** Each host as papers and calendars name it ("xã Nà Khoa", "phường Mường Lay"), by canonical name. */
  hostLabels: Record<string, string>;
  /** Who hosts: communes, or a commune police unit's villages (then the plan's words say "thôn, bản"). */
  tier: 'communes' | 'villages';
}

/** A plan request with its defaults filled in. */
export interface CheckedPlanRequest {
  from: YearMonth;
  months: number;
  freeze: IsoDate | null;
}

/**
 * The request with its defaults, checked (what a session caches the plan under).
 *
 * @param read what the session read
 * @param request the request as given
 * @param file the file name, for the message
 * @returns the request with every field set
 * @throws {SessionError} when the workbook has no communes list, no dated record to start after (and no `from`),
 *   or the month, the number of months or the freeze date is not valid
 * @example
 * ```ts
 * checkPlanRequest(read, {}, 'so.xlsx'); // { from: '2026-01', months: 12, freeze: null }
 * ```
 */
export function checkPlanRequest(read: ReadResult, request: PlanRequest, file: string | null): CheckedPlanRequest {
  if (read.catalogue.communes.length === 0) throw file ? refusal('session.noCommunes', { file }) : refusal('session.noCommunesHere', {}, { code: 'session.noCommunes' });
  const from = request.from ?? defaultPlanStart(read);
  if (from === null) throw refusal('session.noPlanStart');
  if (!isValidYearMonth(from)) throw refusal('session.planMonth', { value: from });
  const months = request.months ?? DEFAULT_PLAN_MONTHS;
  if (!Number.isInteger(months) || months < 1 || months > 120) throw refusal('session.planMonths', { value: String(months) });
  const freeze = request.freeze ?? null;
  if (freeze !== null && !isValidIsoDate(freeze)) throw refusal('session.freeze', { value: freeze });
  return { from, months, freeze };
}

/**
 * Plans the checked request.
 *
 * @param read what the session read
 * @param request the checked request ({@link checkPlanRequest})
 * @param dateOptions the session's calendar, nominal day and rule
 * @returns the plan view
 * @example
 * ```ts
 * planViewOf(read, { from: '2026-01', months: 12, freeze: null }, { calendar }).plan.briefings.length; // 36
 * ```
 */
export function planViewOf(read: ReadResult, request: CheckedPlanRequest, dateOptions: BriefingDateOptions): PlanView {
  const input = rotationInputOf(read);
  const plan = planRotation({ ...input, from: request.from, months: request.months, dateOptions, freezeDate: request.freeze });
  const byName = new Map(read.catalogue.communes.map((c) => [c.name, c] as const));
  const hostLabels: Record<string, string> = {};
  for (const b of plan.briefings) {
    const c = byName.get(b.host);
    hostLabels[b.host] = c ? communeLabel(c) : b.host;
  }
  return { ...request, plan, hostLabels, tier: input.tier ?? 'communes' };
}
