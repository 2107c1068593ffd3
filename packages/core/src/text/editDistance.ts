/**
 * Edit distance for "did you mean" suggestions on names.
 */

/**
 * Optimal string alignment distance (Damerau–Levenshtein with adjacent
 * transpositions, each substring edited once) between `a` and `b`, counted in
 * code points. Returns early with `limit + 1` once the distance is known to
 * exceed `limit`.
 *
 * @example
 * ```ts
 * editDistance('na khao', 'na khoa'); // 1 (one transposition)
 * editDistance('thang', 'thanh');     // 1
 * ```
 */
export function editDistance(a: string, b: string, limit = Number.POSITIVE_INFINITY): number {
  const s = Array.from(a);
  const t = Array.from(b);
  if (Math.abs(s.length - t.length) > limit) return limit + 1;
  if (s.length === 0) return t.length;
  if (t.length === 0) return s.length;
  const width = t.length + 1;
  // Three rolling rows: two back (for transpositions), previous, current.
  let prev2 = new Array<number>(width).fill(0);
  let prev = Array.from({ length: width }, (_, j) => j);
  let cur = new Array<number>(width).fill(0);
  for (let i = 1; i <= s.length; i++) {
    cur[0] = i;
    let rowMin = i;
    for (let j = 1; j <= t.length; j++) {
      const cost = s[i - 1] === t[j - 1] ? 0 : 1;
      let d = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && s[i - 1] === t[j - 2] && s[i - 2] === t[j - 1]) d = Math.min(d, prev2[j - 2]! + 1);
      cur[j] = d;
      if (d < rowMin) rowMin = d;
    }
    if (rowMin > limit) return limit + 1;
    [prev2, prev, cur] = [prev, cur, prev2];
  }
  return prev[t.length]!;
}
