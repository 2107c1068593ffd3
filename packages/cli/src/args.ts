/**
 * Command-line argument helpers shared by the commands: `node:util` parseArgs with
 * its errors turned into one-line Vietnamese UsageErrors, and checks of the argument
 * shapes several commands accept (year, day of month, date rule, period, --lang).
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { DATE_RULES, parseMonthText, parsePeriodSpec, PeriodSpecError, type DateRule, type PeriodOptions, type ReportingPeriod } from '@giaoban/core/calendar';
import { GiaobanRangeError, parseDateValue, type IsoDate, type YearMonth } from '@giaoban/core';
import { UsageError, usageErrorFrom } from './io.js';

/** Output language of the commands that print prose. */
export type CliLang = 'vi' | 'en';

/**
 * parseArgs' English error in Vietnamese, naming the argument: unknown option, missing
 * value, or a value given to a switch. Anything else keeps parseArgs' own words.
 */
function describeParseError(err: unknown): string {
  const message = err instanceof Error ? err.message : String(err);
  const code = (err as { code?: string } | null)?.code;
  const option = /'(-{1,2}[^'\s]+)/.exec(message)?.[1] ?? /(-{1,2}[\w-]+)/.exec(message)?.[1];
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' && option) return `không có tùy chọn "${option}"`;
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE' && option) {
    return /does not take an argument/.test(message) ? `tùy chọn ${option} không nhận giá trị` : `tùy chọn ${option} cần một giá trị`;
  }
  if (code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL') return `thừa tham số (${message})`;
  return message;
}

/**
 * Runs parseArgs (strict) on `config`; an unknown option or a missing value becomes a
 * UsageError "tham số không hợp lệ (không có tùy chọn "--x"). Cách dùng: <usage>".
 *
 * @example
 * ```ts
 * const { values, positionals } = parseCommandArgs({ args, allowPositionals: true, options: { json: { type: 'boolean' } } }, usage);
 * ```
 */
export function parseCommandArgs<T extends ParseArgsConfig>(config: T, usage: string): ReturnType<typeof parseArgs<T>> {
  try {
    return parseArgs(config);
  } catch (err) {
    throw new UsageError({
      vi: `tham số không hợp lệ (${describeParseError(err)}). Cách dùng: ${usage}`,
      en: `invalid arguments (${err instanceof Error ? err.message : String(err)}). Usage: ${usage}`,
    });
  }
}

/**
 * The one positional argument a command takes, named `what` (e.g. `<năm>`) in the
 * "thiếu …" / "thừa tham số …" errors.
 *
 * @example
 * ```ts
 * const file = onePositional(positionals, '<sổ.xlsx>', usage);
 * ```
 */
export function onePositional(positionals: readonly string[], what: string, usage: string): string {
  if (positionals.length > 1) throw new UsageError({ vi: `thừa tham số "${positionals[1]}". Cách dùng: ${usage}`, en: `unexpected argument "${positionals[1]}". Usage: ${usage}` });
  const value = positionals[0];
  if (value === undefined) throw new UsageError({ vi: `thiếu ${what}. Cách dùng: ${usage}`, en: `missing ${what}. Usage: ${usage}` });
  return value;
}

/**
 * A year argument 1900–2100 (the range the calendars cover), or a UsageError naming `<năm>`.
 *
 * @example
 * ```ts
 * yearArg(positionals[0], usage); // 2026
 * ```
 */
export function yearArg(v: string | undefined, usage: string): number {
  if (v === undefined) throw new UsageError({ vi: `thiếu <năm>. Cách dùng: ${usage}`, en: `missing <năm> (year). Usage: ${usage}` });
  if (!/^\d{4}$/.test(v) || +v < 1900 || +v > 2100) throw new UsageError({ vi: `<năm> "${v}" không hợp lệ: cần một năm từ 1900 đến 2100`, en: `<năm> (year) "${v}" is not valid: use a year from 1900 to 2100` });
  return +v;
}

/**
 * A day of the month 1–28 (briefing day, data cut-off day) given as `--<name>`; undefined when absent.
 *
 * @example
 * ```ts
 * dayOfMonthArg('cutoff', values.cutoff); // 15 for "15"
 * ```
 */
export function dayOfMonthArg(name: string, v: string | undefined): number | undefined {
  if (v === undefined) return undefined;
  if (!/^\d{1,2}$/.test(v) || +v < 1 || +v > 28) throw new UsageError({ vi: `--${name} "${v}" không hợp lệ: cần một ngày từ 1 đến 28`, en: `--${name} "${v}" is not valid: use a day from 1 to 28` });
  return +v;
}

/**
 * The `--rule` for moving a briefing off a day off; undefined when absent.
 *
 * @example
 * ```ts
 * ruleArg(values.rule) ?? 'following';
 * ```
 */
export function ruleArg(v: string | undefined): DateRule | undefined {
  if (v === undefined) return undefined;
  if (!DATE_RULES.includes(v as DateRule)) throw new UsageError({ vi: `--rule "${v}" không hợp lệ: dùng ${DATE_RULES.join(', ')}`, en: `--rule "${v}" is not valid: use ${DATE_RULES.join(', ')}` });
  return v as DateRule;
}

/**
 * A period given as `name` (`<kỳ>`, `--period`) as a clerk writes it (`tháng 3/2018`, `quý I/2018`,
 * `6 tháng đầu năm 2018`, `từ 01/2026 đến 03/2026`) or as a code (`month:2018-02`, `quarter:2018-Q1`);
 * the core's message follows the name.
 *
 * @example
 * ```ts
 * periodArg('--period', 'quarter:2018-Q1', { calendar: false }).from; // "2017-12-15"
 * ```
 */
export function periodArg(name: string, spec: string, options: PeriodOptions): ReportingPeriod {
  try {
    return parsePeriodSpec(spec, options);
  } catch (err) {
    if (err instanceof PeriodSpecError) throw usageErrorFrom(err, `${name}: `);
    throw err;
  }
}

/**
 * A month given as `name` (`--from`, `--month`) as a clerk writes it (`01/2026`, `tháng 1/2026`,
 * `T1/2026`, `2026-01`), as `YYYY-MM`; the core's message follows the name.
 *
 * @throws {UsageError} when `v` is not a month
 * @example
 * ```ts
 * monthArg('--from', 'tháng 1/2026'); // "2026-01"
 * ```
 */
export function monthArg(name: string, v: string): YearMonth {
  try {
    return parseMonthText(v);
  } catch (err) {
    if (err instanceof GiaobanRangeError) throw usageErrorFrom(err, `${name}: `);
    throw err;
  }
}

/**
 * `--lang vi|en`, Vietnamese by default.
 *
 * @example
 * ```ts
 * const lang = langArg(values.lang); // "vi"
 * ```
 */
export function langArg(v: string | undefined): CliLang {
  const lang = v ?? 'vi';
  if (lang !== 'vi' && lang !== 'en') throw new UsageError({ vi: `--lang "${lang}" không hợp lệ: dùng vi hoặc en`, en: `--lang "${lang}" is not valid: use vi or en` });
  return lang;
}

/**
 * A date argument named `name` (`<ngày>`, `--as-of`, …) as a `YYYY-MM-DD` civil date: written
 * `YYYY-MM-DD` or day first as clerks write it (`15/01/2025`, `15-01-2025`, `15.01.2025`,
 * `15 tháng 01 năm 2025`), never month first; a date that does not exist or falls outside
 * 1900–2100 is a UsageError naming the argument. Undefined stays undefined.
 *
 * @throws {UsageError} when `v` is not a real date in 1900–2100.
 * @example
 * ```ts
 * dateArg('--as-of', '15/01/2025'); // "2025-01-15"
 * dateArg('<ngày>', '2025-01-15');  // "2025-01-15"
 * dateArg('--as-of', '31/02/2025'); // throws UsageError
 * ```
 */
export function dateArg(name: string, v: string): IsoDate;
export function dateArg(name: string, v: string | undefined): IsoDate | undefined;
export function dateArg(name: string, v: string | undefined): IsoDate | undefined {
  if (v === undefined) return undefined;
  // Plain numbers are not dates here (parseDateValue would read 20250115 or a serial).
  const r = /^\s*\d+\s*$/.test(v) ? null : parseDateValue(v);
  const year = r?.ok ? Number(r.date.slice(0, 4)) : 0;
  if (r?.ok && year >= 1900 && year <= 2100) return r.date;
  const nonexistent = r && !r.ok && r.reason === 'invalid' && /không có trong lịch/.test(r.message);
  const why = nonexistent ? ` (${r.message.replace(/\.$/, '')})` : '';
  const whyEn = nonexistent ? ` (${r.messageEn.replace(/\.$/, '')})` : '';
  throw new UsageError({
    vi: `${name} "${v}" không hợp lệ: cần ngày có thật từ năm 1900 đến 2100, dạng dd/mm/yyyy (ví dụ 15/01/2025) hoặc YYYY-MM-DD${why}`,
    en: `${name} "${v}" is not valid: use a real date from 1900 to 2100, as dd/mm/yyyy (e.g. 15/01/2025) or YYYY-MM-DD${whyEn}`,
  });
}
