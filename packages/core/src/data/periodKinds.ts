/**
 * How clerks name the kinds of reporting period (SPEC §2.4): the codes of
 * `parsePeriodSpec` and the Vietnamese words, compared without accents,
 * case or spaces ("Quý", "quy", "QUÝ", "6 tháng" all match). Data only;
 * text/periodKind.ts reads it.
 */
import type { PeriodKind } from '../model.js';

/** Accent-free, space-free wordings of each period kind. */
export const PERIOD_KIND_WORDS: Readonly<Record<string, Exclude<PeriodKind, 'custom'>>> = {
  month: 'month',
  thang: 'month',
  m: 'month',
  quarter: 'quarter',
  quy: 'quarter',
  q: 'quarter',
  half: 'half',
  'half-year': 'half',
  halfyear: 'half',
  '6thang': 'half',
  '6-thang': 'half',
  nuanam: 'half',
  h: 'half',
  'nine-months': 'nine-months',
  ninemonths: 'nine-months',
  '9thang': 'nine-months',
  '9-thang': 'nine-months',
  year: 'year',
  nam: 'year',
  y: 'year',
};
