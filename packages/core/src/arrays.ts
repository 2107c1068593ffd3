/**
 * Array helpers safe for arrays of any length. `a.push(...b)` and `Math.max(...b)` pass every
 * element as a call argument, and V8 overflows its stack at roughly 120,000 of them: a clerk's
 * workbook with 130,000 issue rows crashed every command with "Maximum call stack size exceeded".
 */

/**
 * Appends every item of `items` to `target` (in place) and returns `target`.
 *
 * @example
 * ```ts
 * appendAll([1], [2, 3]); // [1, 2, 3]
 * appendAll(issues, readIssues(table, state, index, parsers)); // any number of rows
 * ```
 */
export function appendAll<T>(target: T[], items: Iterable<T>): T[] {
  for (const item of items) target.push(item);
  return target;
}
