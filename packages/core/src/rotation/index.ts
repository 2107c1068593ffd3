/**
 * Rotation (SPEC §3): who hosts, who chairs, on which date — fairly, around
 * absences and holidays, keeping history and the clerk's fixed rows.
 */
export * from './types.js';
export { planRotation } from './planner.js';
export { calendarDateProvider } from './calendarDates.js';
export { communeActiveOn, communeActiveInMonth, leaderUnavailability, availableLeaders } from './rules/availability.js';
export type { Unavailability } from './rules/availability.js';
export { chooseDate, heldDateReason } from './rules/dateChoice.js';
export type { DateChoice } from './rules/dateChoice.js';
export { indexHeldBriefings, isFrozenPlanRow, clusterOfHeld } from './rules/frozenHistory.js';
export { collectOverrides } from './rules/overrides.js';
export { chooseHost, createHostLedger, recordHost } from './rules/hostChoice.js';
export type { HostLedger, HostChoice } from './rules/hostChoice.js';
export { chooseChairs, createChairLedger, recordChair, chairDeficit } from './rules/chairChoice.js';
export type { ChairLedger, ChairRequest, ChairChoice } from './rules/chairChoice.js';
export { rotationParticipants, communeLabel } from './rules/participants.js';
export { indexPreviousPlan, listPlanChanges } from './rules/stability.js';
export { slotKey as rotationSlotKey } from './months.js';
export { briefingEvent, clusterSlug } from './calendarEvents.js';
export type { BriefingEvent } from './calendarEvents.js';
export { rotationInputOf } from './fromRead.js';
