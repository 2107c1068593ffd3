/** Reader limits against hostile files: every one names itself in the error it raises. */
export interface XlsxLimits {
  /** Bytes all parts read may inflate to, together (default 1 GiB). */
  maxTotalInflatedBytes: number;
  /** Bytes one part may inflate to (default 512 MiB; 300,000 issue rows take about 200 MB). */
  maxPartInflatedBytes: number;
  /**
   * Inflated : compressed ratio above which a part is refused once it has inflated past 16 MB
   * (default 100:1). Real sheets compress 5–30:1, even a million formatted empty rows;
   * a zip bomb is far above, and is stopped after 16 MB instead of at the size limit.
   */
  maxInflateRatio: number;
  /** Cells of one sheet's grid, height × width of the block holding values (default 10 million, about 250 MB of grid). */
  maxCells: number;
  /** Characters of one cell's text (default 32,767, Excel's own limit). */
  maxTextLength: number;
}

/** The defaults of {@link XlsxLimits}. */
export const DEFAULT_LIMITS: Readonly<XlsxLimits> = Object.freeze({
  maxTotalInflatedBytes: 1024 ** 3,
  maxPartInflatedBytes: 512 * 1_048_576,
  maxInflateRatio: 100,
  maxCells: 10_000_000,
  maxTextLength: 32_767,
});

/** Parts smaller than this are never refused for their ratio (small repetitive XML compresses very well). */
export const RATIO_FLOOR_BYTES = 16 * 1_048_576;

/** The defaults with `overrides` applied. */
export function resolveLimits(overrides: Partial<XlsxLimits> = {}): XlsxLimits {
  const out = { ...DEFAULT_LIMITS };
  for (const k of Object.keys(overrides) as (keyof XlsxLimits)[]) {
    const v = overrides[k];
    if (typeof v === 'number' && v > 0) out[k] = v;
  }
  return out;
}
