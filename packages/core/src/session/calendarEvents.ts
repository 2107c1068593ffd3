/**
 * A plan as calendar events: one all-day event per briefing, UIDs naming the
 * unit, SEQUENCE raised only for events that changed since the previous export.
 * `@giaoban/ics` writes them as an .ics file.
 */
import type { UnitNames } from '../report/unitName.js';
import { briefingEvent, readIcsEvents, withSequences, type BriefingEvent } from '../rotation/calendarEvents.js';
import { refusal } from './errors.js';
import type { PlanView } from './planView.js';

/** The events of a plan and the unit their UIDs name. */
export interface CalendarEventsView {
  unit: string;
  events: BriefingEvent[];
}

/**
 * The unit a calendar's UIDs name: the unit the session knows, else the file name without its extension.
 *
 * @param units the session's unit names
 * @param fileName the workbook's file name
 * @returns the unit's name
 * @example
 * ```ts
 * calendarUnitOf({ unit: null, parent: null }, 'so-theo-doi.xlsx'); // "so-theo-doi"
 * ```
 */
export function calendarUnitOf(units: UnitNames, fileName: string | null): string {
  if (units.unit) return units.unit;
  const base = (fileName ?? '').replace(/^.*[\\/]/, '').replace(/\.[^.]+$/, '');
  return base || 'giaoban';
}

/**
 * The events of a plan.
 *
 * @param view the plan
 * @param unit the unit in every UID
 * @param previous the previous export of the same file (its text), if any
 * @returns the events with their sequences
 * @throws {SessionError} when the plan has no briefing
 * @example
 * ```ts
 * calendarEventsOf(session.plan(), 'Công an huyện Nậm Pồ', null).events[0].uid; // "giaoban-huyen-nam-po-cum-1-2026-01@giaoban"
 * ```
 */
export function calendarEventsOf(view: PlanView, unit: string, previous: string | null): CalendarEventsView {
  if (view.plan.briefings.length === 0) throw refusal('session.noEvents');
  const planned = view.plan.briefings.map((b) => briefingEvent(b, view.hostLabels[b.host], unit));
  return { unit, events: withSequences(planned, readIcsEvents(previous ?? '')) };
}
