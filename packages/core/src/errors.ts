/**
 * One error shape for everything Giao ban refuses: a stable `code` for
 * programs, the reason in Vietnamese (`vi`, also `message`) for the clerk and
 * in English (`en`) for the English switch and logs, optional `details` and
 * the underlying `cause`. The CLI, the add-in and the package layer extend or
 * wrap it, so every surface can print either language.
 */

/** A message in both languages. */
export interface BiMessage {
  vi: string;
  en: string;
}

/** Options of a {@link GiaobanError}. */
export interface GiaobanErrorOptions {
  /** Machine-readable facts (the value refused, the limit…). */
  details?: Readonly<Record<string, unknown>>;
  /** The error this one explains. */
  cause?: unknown;
}

// Shared by GiaobanError and GiaobanRangeError (which must stay a RangeError), so `instanceof GiaobanError` holds for both.
const BRAND = Symbol.for('giaoban.error');

type Fields = { code: string; vi: string; en: string; details?: Readonly<Record<string, unknown>> };

/** Sets the shared fields of both error classes (they cannot share a parent: one must be a RangeError). */
function brand(e: Error & Fields, name: string, code: string, text: BiMessage, options: GiaobanErrorOptions): void {
  e.name = name;
  e.code = code;
  e.vi = text.vi;
  e.en = text.en;
  if (options.details) e.details = options.details;
  Object.defineProperty(e, BRAND, { value: true });
}

/**
 * The base of every Giao ban error.
 *
 * @example
 * ```ts
 * try { parseIsoDate('2018-02-31'); }
 * catch (e) { if (e instanceof GiaobanError) console.error(e.code, e.en); } // "date.invalid" 'Invalid date: "2018-02-31" …'
 * ```
 */
export class GiaobanError extends Error {
  declare readonly code: string;
  declare readonly vi: string;
  declare readonly en: string;
  declare readonly details?: Readonly<Record<string, unknown>>;
  declare readonly [BRAND]: true;

  constructor(code: string, text: BiMessage, options: GiaobanErrorOptions = {}) {
    super(text.vi, options.cause === undefined ? undefined : { cause: options.cause });
    brand(this, 'GiaobanError', code, text, options); // subclasses name themselves (a minified bundle loses class names)
  }

  /** The English message (the name older callers use). */
  get messageEn(): string {
    return this.en;
  }

  /** The message in `lang`. */
  messageIn(lang: 'vi' | 'en'): string {
    return lang === 'en' ? this.en : this.vi;
  }

  // `instanceof GiaobanError` also recognises GiaobanRangeError; subclasses keep the ordinary prototype test.
  static override [Symbol.hasInstance](value: unknown): boolean {
    if (this === GiaobanError) return typeof value === 'object' && value !== null && (value as Record<symbol, unknown>)[BRAND] === true;
    return Function.prototype[Symbol.hasInstance].call(this, value);
  }
}

/**
 * A value out of range or malformed (a date, a month, a column, a year outside
 * 1900–2100). It is a `RangeError`, as callers have always caught, and an
 * `instanceof GiaobanError` with the same code and two languages.
 *
 * @example
 * ```ts
 * try { columnLetter(0); } catch (e) { e instanceof RangeError && e instanceof GiaobanError; } // true
 * ```
 */
export class GiaobanRangeError extends RangeError {
  declare readonly code: string;
  declare readonly vi: string;
  declare readonly en: string;
  declare readonly details?: Readonly<Record<string, unknown>>;

  constructor(code: string, text: BiMessage, options: GiaobanErrorOptions = {}) {
    super(text.vi, options.cause === undefined ? undefined : { cause: options.cause });
    brand(this, 'GiaobanRangeError', code, text, options);
  }

  get messageEn(): string {
    return this.en;
  }

  messageIn(lang: 'vi' | 'en'): string {
    return lang === 'en' ? this.en : this.vi;
  }
}

/**
 * The message of any thrown value in `lang`: a Giao ban error's own language,
 * otherwise the error's message (or its text).
 *
 * @example
 * ```ts
 * errorMessage(new GiaobanError('x', { vi: 'Sai', en: 'Wrong' }), 'en'); // "Wrong"
 * ```
 */
export function errorMessage(e: unknown, lang: 'vi' | 'en' = 'vi'): string {
  if (e instanceof GiaobanError) return (e as GiaobanError).messageIn(lang);
  const en = (e as { messageEn?: unknown } | null)?.messageEn;
  if (lang === 'en' && typeof en === 'string') return en;
  return e instanceof Error ? e.message : String(e);
}
