/**
 * Where an output sheet goes in a clerk's workbook. The product replaces only
 * sheets it wrote itself (they carry its marker); a clerk's sheet that happens
 * to bear the same name is never touched — the output is written beside it.
 */
import type { CellValue } from '../workbook/grid.js';
import { MARKER_PREFIX, markerFor, type SheetModel } from './model.js';

/** An existing worksheet as placement sees it: its tab name and the marker found in it (if any). */
export interface ExistingSheet {
  name: string;
  marker: string | null;
}

/** What to do with an output sheet: replace the named sheet, or create a new sheet with that name. */
export interface SheetPlacement {
  action: 'replace' | 'create';
  name: string;
}

// A marker is one whole cell: "giaoban:<kind>:v<n>". Anything else (a clerk's note
// that merely mentions the word) is not a marker.
const MARKER_PATTERN = /^giaoban:[a-z][a-z0-9-]*:v\d+$/;

/** Excel's limit on a tab name. */
const MAX_SHEET_NAME = 31;

/**
 * Finds the product's marker token in a sheet's values (any cell), or null.
 *
 * @example
 * ```ts
 * findMarker([['Lịch giao ban'], [null, 'giaoban:plan:v1']]); // "giaoban:plan:v1"
 * findMarker([['giaoban: ghi chú của cán bộ']]);               // null
 * ```
 */
export function findMarker(values: CellValue[][]): string | null {
  for (const row of values) {
    if (!row) continue;
    for (const v of row) {
      if (typeof v === 'string' && v.length < 64 && v.includes(MARKER_PREFIX)) {
        const t = v.trim();
        if (MARKER_PATTERN.test(t)) return t;
      }
    }
  }
  return null;
}

// Excel compares tab names case-insensitively.
const sameName = (a: string, b: string): boolean => a.normalize('NFC').toLocaleLowerCase('vi') === b.normalize('NFC').toLocaleLowerCase('vi');

/**
 * Decides where an output sheet goes.
 *
 * Replaces a sheet only when it carries this kind's marker: first one with the model's
 * name, else the first sheet carrying the marker (the clerk may have renamed it).
 * Otherwise creates a sheet: the model's name if free, else "Name (2)", "Name (3)", …
 * (a clerk's sheet with the same name is never replaced).
 *
 * @example
 * ```ts
 * placeOutputSheet([{ name: 'Lịch giao ban', marker: null }], planModel);
 * // { action: 'create', name: 'Lịch giao ban (2)' }
 * placeOutputSheet([{ name: 'Lịch giao ban', marker: 'giaoban:plan:v1' }], planModel);
 * // { action: 'replace', name: 'Lịch giao ban' }
 * ```
 */
export function placeOutputSheet(existing: readonly ExistingSheet[], model: Pick<SheetModel, 'name' | 'kind'>): SheetPlacement {
  const marker = markerFor(model.kind);
  const own = existing.filter((s) => s.marker === marker);
  const sameNamed = own.find((s) => sameName(s.name, model.name));
  if (sameNamed) return { action: 'replace', name: sameNamed.name };
  if (own[0]) return { action: 'replace', name: own[0].name };
  return { action: 'create', name: uniqueSheetName(existing.map((s) => s.name), model.name) };
}

/**
 * A tab name not yet used in the workbook: `preferred`, else `preferred (2)`, `(3)`, …,
 * cut to Excel's 31 characters and cleared of the characters Excel forbids.
 *
 * @example
 * ```ts
 * uniqueSheetName(['Tổng hợp'], 'Tổng hợp'); // "Tổng hợp (2)"
 * ```
 */
export function uniqueSheetName(taken: readonly string[], preferred: string): string {
  const base = preferred.normalize('NFC').replace(/[\\/?*[\]:]/g, ' ').replace(/^'+|'+$/g, '').trim() || 'Sheet';
  const free = (n: string) => !taken.some((t) => sameName(t, n));
  const cut = (s: string, room: number) => s.slice(0, room).trimEnd();
  const first = cut(base, MAX_SHEET_NAME);
  if (free(first)) return first;
  for (let i = 2; ; i++) {
    const suffix = ` (${i})`;
    const candidate = cut(base, MAX_SHEET_NAME - suffix.length) + suffix;
    if (free(candidate)) return candidate;
  }
}
