/**
 * Plain-text tables for the terminal: columns padded to their widest cell,
 * a dashed rule under the header, no trailing spaces.
 */

/**
 * Renders `head` and `rows` (every row as long as `head`) as aligned columns, ending in a newline.
 *
 * @example
 * ```ts
 * textTable(['Ngày', 'Thứ'], [['01/01/2026', 'Thứ Năm']]);
 * // "Ngày        Thứ\n----------  -------\n01/01/2026  Thứ Năm\n"
 * ```
 */
export function textTable(head: readonly string[], rows: readonly (readonly string[])[]): string {
  // A loop, not Math.max(...rows): a spread of a long list overflows the call stack.
  const w = head.map((h, i) => rows.reduce((m, r) => Math.max(m, r[i]!.length), h.length));
  const line = (r: readonly string[]) => r.map((c, i) => (i === r.length - 1 ? c : c.padEnd(w[i]!))).join('  ').trimEnd();
  return [line(head), w.map((n) => '-'.repeat(n)).join('  '), ...rows.map(line)].join('\n') + '\n';
}
