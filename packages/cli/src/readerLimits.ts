/**
 * `--max-cells N` and `--max-size MB`, accepted by every command that reads a workbook: they raise the
 * package layer's limits against hostile files for a file the clerk trusts. Taken out of the arguments
 * before the command parses its own, and kept for the one run (no spreadsheet library is loaded here).
 */
import { UsageError } from './io.js';
import { both } from './texts.js';

/** The limits a run asked for (the package layer's `XlsxLimits`, as far as the flags set them). */
export interface ReaderLimits {
  maxCells?: number;
  maxPartInflatedBytes?: number;
  maxTotalInflatedBytes?: number;
  maxInflateRatio?: number;
}

let current: ReaderLimits = {};

/** The limits of the current run (empty: the defaults). */
export function readerLimits(): ReaderLimits {
  return current;
}

/**
 * Removes `--max-cells N` / `--max-size MB` (also `--max-cells=N`) from `args` and sets them for this run.
 *
 * @throws UsageError for a value that is not a positive whole number
 * @example
 * ```ts
 * takeReaderLimits(['sổ.xlsx', '--max-cells', '80000000']); // ['sổ.xlsx'], cells limit 80 million
 * ```
 */
export function takeReaderLimits(args: readonly string[]): string[] {
  const out: string[] = [];
  const limits: ReaderLimits = {};
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === '--') {
      out.push(...args.slice(i));
      break;
    }
    const m = /^--(max-cells|max-size)(?:=(.*))?$/.exec(a);
    if (!m) {
      out.push(a);
      continue;
    }
    const raw = m[2] ?? args[++i];
    const n = Number(raw);
    if (raw === undefined || !Number.isInteger(n) || n < 1) throw new UsageError(both('usage.positive', { name: m[1]!, value: raw ?? '' }));
    if (m[1] === 'max-cells') limits.maxCells = n;
    else {
      // The clerk vouches for the file up to this size: the ratio check (a zip bomb's sign) is lifted too.
      limits.maxPartInflatedBytes = n * 1_048_576;
      limits.maxTotalInflatedBytes = Math.max(n * 1_048_576, 1024 ** 3);
      limits.maxInflateRatio = Number.MAX_SAFE_INTEGER;
    }
  }
  current = limits;
  return out;
}
