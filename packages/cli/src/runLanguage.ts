/**
 * The language of this run, for the lines printed outside any command's flow (the line after Ctrl-C).
 * Set once by the process's entry from `--lang`; Vietnamese until then. Kept apart from the file
 * writer so that setting it loads nothing else.
 */
import type { CliLang } from './args.js';

let current: CliLang = 'vi';

/**
 * Sets the run's language.
 *
 * @example
 * ```ts
 * setRunLanguage('en'); // Ctrl-C while a file is written then prints "Stopped (Ctrl-C); …"
 * ```
 */
export function setRunLanguage(lang: CliLang): void {
  current = lang;
}

/**
 * The run's language.
 *
 * @example
 * ```ts
 * runLanguage(); // 'vi' unless --lang en
 * ```
 */
export function runLanguage(): CliLang {
  return current;
}
