/**
 * The one way a text a user reads is written: a catalogue of Vietnamese and
 * English texts keyed by stable codes (`data/texts.ts` for the core, one per
 * front end for its own chrome), filled in by {@link textIn}. A template names
 * its values in braces, `{n}`, and picks an English plural with `{n:row|rows}`
 * (Vietnamese has no plural, so its templates never need one).
 */

/** The two languages every user-visible text has. */
export type Lang = 'vi' | 'en';

/** One text in both languages. */
export interface BiText {
  readonly vi: string;
  readonly en: string;
}

/** Texts keyed by stable codes (`"table.communes"`, `"plan.none"`). */
export type TextCatalogue = Readonly<Record<string, BiText>>;

/** Values a template fills in. */
export type TextVars = Readonly<Record<string, string | number>>;

/**
 * Declares a catalogue, keeping its keys as a type so a misspelt key fails to compile.
 *
 * @param texts the texts, each `{ vi, en }`
 * @returns the same object
 * @example
 * ```ts
 * const TEXTS = defineTexts({ hello: { vi: 'Xin chào {name}', en: 'Hello {name}' } });
 * textIn(TEXTS, 'hello', 'en', { name: 'Lan' }); // "Hello Lan"
 * ```
 */
export function defineTexts<const T extends Record<string, BiText>>(texts: T): T {
  return texts;
}

/**
 * Fills a template: `{name}` takes the value, `{name:one|other}` the word for
 * one or for any other count. A value the caller did not give stays as written,
 * so a forgotten value shows in a test instead of vanishing.
 *
 * @param template the text with its placeholders
 * @param vars the values
 * @returns the filled text
 * @example
 * ```ts
 * fillText('{n} {n:row|rows}', { n: 1 }); // "1 row"
 * fillText('{n} {n:row|rows}', { n: 3 }); // "3 rows"
 * ```
 */
export function fillText(template: string, vars: TextVars = {}): string {
  return template.replace(/\{(\w+)(?::([^|{}]*)\|([^{}]*))?\}/g, (all, name: string, one?: string, other?: string) => {
    const v = vars[name];
    if (v === undefined) return all;
    if (one !== undefined) return Number(v) === 1 ? one : other!;
    return String(v);
  });
}

/**
 * The text of `key` in `lang`, filled with `vars`.
 *
 * @param catalogue the catalogue holding the key
 * @param key a stable code of that catalogue
 * @param lang the reader's language
 * @param vars the values the template names
 * @returns the text
 * @throws {Error} when the catalogue has no such key (a programming mistake, caught by the tests)
 * @example
 * ```ts
 * textIn(CORE_TEXTS, 'count.warnings', 'en', { n: 1 }); // "1 warning"
 * ```
 */
export function textIn<C extends TextCatalogue>(catalogue: C, key: keyof C & string, lang: Lang, vars: TextVars = {}): string {
  const entry = catalogue[key];
  if (!entry) throw new Error(`No text "${key}" in the catalogue`);
  return fillText(entry[lang], vars);
}

/**
 * The text of `key` in both languages, filled with `vars`.
 *
 * @param catalogue the catalogue holding the key
 * @param key a stable code of that catalogue
 * @param vars the values the template names
 * @returns `{ vi, en }`
 * @throws {Error} when the catalogue has no such key
 * @example
 * ```ts
 * bothTexts(CORE_TEXTS, 'count.errors', { n: 2 }); // { vi: "2 lỗi", en: "2 errors" }
 * ```
 */
export function bothTexts<C extends TextCatalogue>(catalogue: C, key: keyof C & string, vars: TextVars = {}): BiText {
  return { vi: textIn(catalogue, key, 'vi', vars), en: textIn(catalogue, key, 'en', vars) };
}
