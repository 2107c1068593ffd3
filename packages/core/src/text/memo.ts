/**
 * Bounded memo tables: a sheet repeats the same few hundred names, dates and
 * categories across 100,000 rows, so parsing each distinct text once pays.
 * Bounded (cleared when full) so a sheet of distinct texts cannot grow memory
 * without limit. Deterministic: a hit returns what a miss would compute.
 */

/** A string-keyed memo that forgets everything once it holds `limit` entries. */
export class BoundedMemo<V> {
  private readonly map = new Map<string, V>();

  constructor(private readonly limit = 20_000) {}

  /** The value for `key`, computing and remembering it on a miss. */
  get(key: string, compute: (key: string) => V): V {
    const hit = this.map.get(key);
    if (hit !== undefined || this.map.has(key)) return hit as V;
    const value = compute(key);
    if (this.map.size >= this.limit) this.map.clear();
    this.map.set(key, value);
    return value;
  }
}
