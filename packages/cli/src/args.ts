/**
 * Command-line argument helpers shared by the commands: `node:util` parseArgs with
 * its errors turned into one-line UsageErrors in both languages, and checks of the argument
 * shapes several commands accept (year, day of month, date rule, period, --lang).
 * Every command takes `--lang`: it is added to each command's options here.
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { DATE_RULES, parseMonthText, parsePeriodSpec, PeriodSpecError, type DateRule, type PeriodOptions, type ReportingPeriod } from '@giaoban/core/calendar';
import { GiaobanRangeError, parseDateValue, type IsoDate, type Lang, type YearMonth } from '@giaoban/core';
import { UsageError, usageErrorFrom } from './io.js';
import { usageIn } from './usage.js';
import { both, say } from './texts.js';

/** Output language of the commands. */
export type CliLang = Lang;

/**
 * The language `args` ask for (`--lang en` or `--lang=en`), read before parsing so that
 * even a parse error, and help, come in it.
 *
 * @example
 * ```ts
 * langOfArgs(['rotate', '--lang', 'en']); // "en"
 * ```
 */
export function langOfArgs(args: readonly string[]): CliLang {
  const end = args.indexOf('--');
  const own = end === -1 ? args : args.slice(0, end);
  const i = own.indexOf('--lang');
  return (i >= 0 && own[i + 1] === 'en') || own.includes('--lang=en') ? 'en' : 'vi';
}

/** parseArgs' error in `lang`, naming the argument: unknown option, missing value, or a value given to a switch. */
function describeParseError(err: unknown, lang: CliLang): string {
  const message = err instanceof Error ? err.message : String(err);
  const code = (err as { code?: string } | null)?.code;
  const option = /'(-{1,2}[^'\s]+)/.exec(message)?.[1] ?? /(-{1,2}[\w-]+)/.exec(message)?.[1];
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' && option) return say('usage.unknownOption', lang, { option });
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE' && option) {
    return say(/does not take an argument/.test(message) ? 'usage.noValue' : 'usage.needsValue', lang, { option });
  }
  return message;
}

/** A command's parseArgs config with the `--lang` every command takes. */
export type WithLang<T extends ParseArgsConfig> = T & { options: { lang: { type: 'string' } } };

/**
 * Runs parseArgs (strict) on `config` with `--lang` added; an unknown option or a missing value
 * becomes a UsageError "tham số không hợp lệ (không có tùy chọn "--x"). Cách dùng: <usage>"
 * (English with `--lang en`).
 *
 * @example
 * ```ts
 * const { values, positionals } = parseCommandArgs({ args, allowPositionals: true, options: { json: { type: 'boolean' } } }, usage);
 * ```
 */
export function parseCommandArgs<T extends ParseArgsConfig>(config: T, usage: string): ReturnType<typeof parseArgs<WithLang<T>>> {
  const withLang = { ...config, options: { ...config.options, lang: { type: 'string' } } } as WithLang<T>;
  try {
    return parseArgs(withLang);
  } catch (err) {
    const args = config.args ?? [];
    throw new UsageError({
      vi: say('usage.invalid', 'vi', { why: describeParseError(err, 'vi'), usage }),
      en: say('usage.invalid', 'en', { why: describeParseError(err, 'en'), usage: usageIn(usage, 'en') }),
    }, { details: { lang: langOfArgs(args) } });
  }
}

/**
 * The error for an argument a command needs and did not get, naming it and showing the usage,
 * each in its language.
 *
 * @param what the missing argument as the usage names it (`<sổ.xlsx>`, `-o <tệp.xlsx>`)
 * @param usage the command's usage line
 * @returns the error to throw
 * @example
 * ```ts
 * throw missingArgument('--month YYYY-MM', usage); // en: "missing --month YYYY-MM. Usage: giaoban documents <workbook.xlsx> …"
 * ```
 */
export function missingArgument(what: string, usage: string): UsageError {
  return new UsageError({ vi: say('usage.missing', 'vi', { what, usage }), en: say('usage.missing', 'en', { what: usageIn(what, 'en'), usage: usageIn(usage, 'en') }) });
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
  if (positionals.length > 1) {
    throw new UsageError({ vi: say('usage.extra', 'vi', { value: positionals[1]!, usage }), en: say('usage.extra', 'en', { value: positionals[1]!, usage: usageIn(usage, 'en') }) });
  }
  const value = positionals[0];
  if (value === undefined) throw missingArgument(what, usage);
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
  if (v === undefined) throw missingArgument('<năm>', usage);
  if (!/^\d{4}$/.test(v) || +v < 1900 || +v > 2100) throw new UsageError(both('usage.year', { value: v }));
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
  if (!/^\d{1,2}$/.test(v) || +v < 1 || +v > 28) throw new UsageError(both('usage.dayOfMonth', { name, value: v }));
  return +v;
}

/**
 * A whole number `--<name>` from `min` to `max`; undefined when absent.
 *
 * @example
 * ```ts
 * intArg('months', '12', 1, 120); // 12
 * ```
 */
export function intArg(name: string, v: string | undefined, min: number, max: number): number | undefined {
  if (v === undefined) return undefined;
  if (!/^\d{1,9}$/.test(v) || +v < min || +v > max) throw new UsageError(both('usage.int', { name, value: v, min, max }));
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
  if (!DATE_RULES.includes(v as DateRule)) throw new UsageError(both('usage.rule', { value: v, rules: DATE_RULES.join(', ') }));
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
 * `T1/2026`, `2026-01`), as `YYYY-MM`; the core's message follows the name. Undefined stays undefined.
 *
 * @throws {UsageError} when `v` is not a month
 * @example
 * ```ts
 * monthArg('--from', 'tháng 1/2026'); // "2026-01"
 * ```
 */
export function monthArg(name: string, v: string): YearMonth;
export function monthArg(name: string, v: string | undefined): YearMonth | undefined;
export function monthArg(name: string, v: string | undefined): YearMonth | undefined {
  if (v === undefined) return undefined;
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
  if (lang !== 'vi' && lang !== 'en') throw new UsageError(both('usage.lang', { value: lang }));
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
  const nonexistent = r !== null && !r.ok && r.nonexistent === true;
  const why = nonexistent ? ` (${r.message.replace(/\.$/, '')})` : '';
  const whyEn = nonexistent ? ` (${r.messageEn.replace(/\.$/, '')})` : '';
  throw new UsageError({ vi: say('usage.date', 'vi', { name, value: v, why }), en: say('usage.date', 'en', { name, value: v, why: whyEn }) });
}
