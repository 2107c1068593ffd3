/**
 * The roll-up's messages between the page and the worker. The page sends the
 * files one at a time (the worker keeps only each unit's small reduction,
 * never a grid), then asks for the view; without a named period, the worker
 * may ask for the few files that stopped at another month once more.
 */
import type { RollupFinding } from '@giaoban/core';

export type RollupRequest =
  /** A new roll-up: the period (`month:2025-12`, …; null: the month most workbooks reached) and calendar months or the decree's cut-off. */
  | { id: number; type: 'rollupBegin'; spec: string | null; calendar: boolean }
  /** One file of the roll-up, by its place in the list. */
  | { id: number; type: 'rollupAdd'; index: number; name: string; bytes: ArrayBuffer }
  /** Everything is sent: the view, or the files to send once more. */
  | { id: number; type: 'rollupFinish' }
  | { id: number; type: 'rollupXlsx' }
  | { id: number; type: 'rollupDocx' };

/** The roll-up as the page shows it, in both languages. */
export interface RollupPageView {
  label: string;
  labelEn: string;
  lastYearLabel: string;
  lastYearLabelEn: string;
  files: number;
  counted: number;
  units: number;
  table: { vi: { head: string[]; rows: string[][]; total: string[] }; en: { head: string[]; rows: string[][]; total: string[] } };
  /** Rows whose figures fell against last year (items), by row index, and rows with overdue items. */
  declines: number[];
  overdue: number[];
  narrative: string;
  narrativeEn: string;
  findings: RollupFinding[];
}

/** `rollupFinish`'s answer: the view, or the files to send again (by index) for the period most reached. */
export type RollupFinished = { view: RollupPageView; recount: null } | { view: null; recount: number[] };
