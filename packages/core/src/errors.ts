/**
 * One error shape for everything Giao ban refuses: a stable `code` for
 * programs, the reason in Vietnamese (`vi`, also `message`) for the clerk and
 * in English (`en`) for the English switch and logs, optional `details` and
 * the underlying `cause`, and where the problem is (file, sheet, cell) when it
 * is in a file. The CLI, the add-in, the offline app and the package layer
 * extend it — the base takes `(code, text, options)`, every subclass
 * `(text, options)` with its own code — so every surface prints either language.
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
  /** The file the problem is in, as the user named it. */
  file?: string;
  /** The sheet the problem is in. */
  sheet?: string;
  /** The cell the problem is in (`C12`). */
  cell?: string;
}

/** Options of a subclass: it has its own code, which a caller may refine (`holidays.file-invalid`). */
export interface GiaobanSubclassOptions extends GiaobanErrorOptions {
  /** A more precise stable code than the subclass's own. */
  code?: string;
}

// Shared by GiaobanError and GiaobanRangeError (which must stay a RangeError), so `instanceof GiaobanError` holds for both.
const BRAND = Symbol.for('giaoban.error');

type Fields = { code: string; vi: string; en: string; details?: Readonly<Record<string, unknown>>; file?: string; sheet?: string; cell?: string };

/** Sets the shared fields of both error classes (they cannot share a parent: one must be a RangeError). */
function brand(e: Error & Fields, name: string, code: string, text: BiMessage, options: GiaobanErrorOptions): void {
  e.name = name;
  e.code = code;
  e.vi = text.vi;
  e.en = text.en;
  if (options.details) e.details = options.details;
  if (options.file !== undefined) e.file = options.file;
  if (options.sheet !== undefined) e.sheet = options.sheet;
  if (options.cell !== undefined) e.cell = options.cell;
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
  declare readonly file?: string;
  declare readonly sheet?: string;
  declare readonly cell?: string;
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
  declare readonly file?: string;
  declare readonly sheet?: string;
  declare readonly cell?: string;

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
