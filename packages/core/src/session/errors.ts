/**
 * A request the session cannot answer from this workbook (no tracking table,
 * no communes to plan, a month that is not a month): one Vietnamese and one
 * English text from the catalogue, the stable code being the text's key.
 */
import { CORE_TEXTS, type CoreTextKey } from '../data/texts.js';
import { GiaobanError, type BiMessage, type GiaobanSubclassOptions } from '../errors.js';
import { bothTexts, type TextVars } from '../text/texts.js';

/**
 * The session's refusal. Every front end shows it as it shows any `GiaobanError`
 * (the CLI exits with code 2; the add-in and the offline app show the message).
 *
 * @example
 * ```ts
 * try { openSession(payrollGrid, { fileName: 'luong.xlsx' }); }
 * catch (e) { if (e instanceof SessionError) console.error(e.code, e.en); } // session.noTables file "luong.xlsx" holds no tracking table …
 * ```
 */
export class SessionError extends GiaobanError {
  override readonly name = 'SessionError';
  constructor(text: BiMessage, options: GiaobanSubclassOptions = {}) {
    super(options.code ?? 'session.refused', text, options);
  }
}

/**
 * The refusal whose text is `key` of the core catalogue; its code is the key.
 *
 * @param key the text's key
 * @param vars the values its template names
 * @param options where (file, sheet, cell) and why (cause)
 * @returns the error, to throw
 * @example
 * ```ts
 * throw refusal('session.planMonths', { value: 200 });
 * ```
 */
export function refusal(key: CoreTextKey, vars: TextVars = {}, options: GiaobanSubclassOptions = {}): SessionError {
  return new SessionError(bothTexts(CORE_TEXTS, key, vars), { code: key, ...options });
}
