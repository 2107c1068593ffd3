// Whether a word shows in a text a clerk reads: the tests that check that a page or a sheet speaks
// one language look for each word of the other language as a whole word ("Year" in "Year 2026",
// not in "Yearly"). A helper that never matched would let those tests pass on any page, hence
// words.test.ts.

/** Whether `word` is in `text` as a whole word: no letter (of any script) just before or after it. */
export function hasWord(text: string, word: string): boolean {
  const escaped = word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(^|[^\\p{L}])${escaped}($|[^\\p{L}])`, 'u').test(text);
}

/** `text` with each quoted value emptied: a quoted value is the workbook's own text (a header, a cell), not the page's words. */
export function withoutQuoted(text: string): string {
  return text.replace(/"[^"]*"/g, '""');
}
