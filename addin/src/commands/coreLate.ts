/**
 * Core functions that other helpers were still landing while the add-in was
 * built (templateSheetModels). Resolved by name at run time so
 * the add-in builds either way; when it is exported from `@giaoban/core`
 * this becomes a plain named import.
 */
import * as core from '@giaoban/core';
import type { SheetModel } from '@giaoban/core';

const lib = core as unknown as Record<string, unknown>;

function need<T>(name: string): T {
  const f = lib[name];
  if (typeof f !== 'function') throw new Error(`Thư viện lõi chưa có hàm ${name}.`);
  return f as T;
}

/** Core `templateSheetModels` (sheets/template.ts). */
export function templateModels(options: { unitName?: string }): (Omit<SheetModel, 'kind' | 'markerCell'> & { kind: 'template'; markerCell: null })[] {
  return need<(o: unknown) => ReturnType<typeof templateModels>>('templateSheetModels')(options);
}
