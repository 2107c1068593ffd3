/**
 * Rotation: who hosts, who chairs, on which date — fairly, around
 * absences and holidays, keeping history, the clerk's fixed rows and recorded
 * swaps. This barrel exports the rotation folder only (the plan sheet is in `sheets/`).
 */
export * from './types.js';
export { planRotation, PLANNER_STEPS } from './planner.js';
export type { PlannerStep } from './planner.js';
export { rotationReason, formatRotationNumber } from './messages.js';
export type { Reason as RotationReason } from './messages.js';
export { resolveSwaps } from './rules/swaps.js';
export type { ResolvedSwap, SwapProblem } from './rules/swaps.js';
export { calendarDateProvider } from './calendarDates.js';
export { communeActiveOn, communeActiveInMonth, leaderUnavailability, availableLeaders } from './rules/availability.js';
export type { Unavailability } from './rules/availability.js';
export { chooseDate, heldDateReason } from './rules/dateChoice.js';
export type { DateChoice } from './rules/dateChoice.js';
export { indexHeldBriefings, isFrozenPlanRow, clusterOfHeld } from './rules/frozenHistory.js';
export { collectOverrides } from './rules/overrides.js';
export { chooseHost, createHostLedger, recordHost } from './rules/hostChoice.js';
export type { HostLedger, HostChoice } from './rules/hostChoice.js';
export { chooseChairs, createChairLedger, recordChair, chairDeficit, KEEP_TOLERANCE } from './rules/chairChoice.js';
export type { ChairLedger, ChairRequest, ChairChoice } from './rules/chairChoice.js';
export { rotationParticipants, communeLabel } from './rules/participants.js';
export { indexPreviousPlan, listPlanChanges } from './rules/stability.js';
export { slotKey as rotationSlotKey } from './months.js';
export { briefingEvent, clusterSlug, unitSlug, withSequences, readIcsEvents } from './calendarEvents.js';
export type { BriefingEvent, PreviousCalendarEvent } from './calendarEvents.js';
export { rotationInputOf, rotationPlanOf, type RotationPlanOptions } from './fromRead.js';
