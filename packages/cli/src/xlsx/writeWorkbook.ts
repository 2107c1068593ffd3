/**
 * Sheet models → an .xlsx: a copy of the clerk's workbook with the product's
 * output sheets added or replaced. The core plans (placement by marker, names,
 * links, tables, styles); @giaoban/xlsx writes the plan as new parts and keeps
 * every part of the clerk's file byte for byte. The clerk's file is never written.
 */
import { buildRenderPlan, findMarker, renderPlanNotes, type BiMessage, type ExistingSheetInfo, type PlannedSheet, type RenderableModel, type SheetModel, type TemplateSheetModel, type WorkbookGrid } from '@giaoban/core';
import { createEmptyXlsx, writeXlsx, type ReadXlsxResult } from '@giaoban/xlsx';
import { resolve } from 'node:path';
import { FileError } from '../io.js';
import { both } from '../texts.js';
import { asFileError, readWorkbookPackage } from './readWorkbookFile.js';
import { saveWorkbookBytes } from './saveWorkbook.js';

/** A model the writer renders: a product output sheet, or a sheet of the empty template (no marker, created under a free name). */
export type WritableSheetModel = SheetModel | TemplateSheetModel;

/** What happened to one model. */
export interface WrittenSheet {
  sheet: string;
  action: 'replace' | 'create';
}

/** Options of {@link writeWorkbookWithSheets}. */
export interface WriteWorkbookOptions {
  /** Called, in Vietnamese and English, for each thing the copy dropped, renamed or converted (e.g. an overlapping merge). */
  onNote?: (note: BiMessage) => void;
  /** Replace an existing output file (`--force`); never the input. */
  force?: boolean;
  /** How the messages name the output (as the clerk typed it); default the path itself. */
  shown?: string;
}

/**
 * Writes `models` into a copy of `inputPath` (or a new workbook when `inputPath` is null) at `outputPath`.
 * Values are written as values (a text starting with `=`, `+`, `-`, `@` stays text), with formats, merges,
 * column widths, row heights, print settings, frozen panes, tables, conditional formats, drop-down lists,
 * internal links and charts.
 *
 * @throws FileError for an unreadable input or an output that cannot be written
 * @example
 * ```ts
 * const done = await writeWorkbookWithSheets('so-theo-doi.xlsx', 'so-theo-doi-giao-ban.xlsx', [planModel]);
 * // [{ sheet: 'Lịch giao ban (2)', action: 'create' }] when the clerk already has a sheet of that name
 * ```
 */
export async function writeWorkbookWithSheets(
  inputPath: string | null,
  outputPath: string,
  models: readonly WritableSheetModel[],
  options: WriteWorkbookOptions = {},
): Promise<WrittenSheet[]> {
  refuseOverwrite(inputPath, outputPath, options.shown);
  if (inputPath === null) return writeModels(createEmptyXlsx(), [], null, outputPath, models, options);
  const { bytes, result } = await readWorkbookPackage(inputPath);
  refuseMacroAsXlsx(result, outputPath, options.shown);
  refuseConvertedAsOther(result, outputPath, options.shown);
  if (!result.lossless) options.onNote?.(conversionNote(result.format));
  return writeModels(bytes, existingSheets(result), inputPath, outputPath, models, options);
}

/** Throws when the output would overwrite the clerk's workbook. */
export function refuseOverwrite(inputPath: string | null, outputPath: string, shown = outputPath): void {
  if (inputPath !== null && resolve(inputPath) === resolve(outputPath)) {
    throw new FileError(both('copy.sameAsInput', { file: shown }));
  }
}

/** A macro workbook's copy must stay .xlsm: Excel refuses to open a macro workbook named .xlsx. */
export function refuseMacroAsXlsx(result: Pick<ReadXlsxResult, 'macroEnabled'>, outputPath: string, shown = outputPath): void {
  if (result.macroEnabled && !/\.xlsm$/i.test(outputPath)) {
    throw new FileError(both('copy.macroNeedsXlsm', { file: shown }));
  }
}

/**
 * A copy of an .xls or .ods is an .xlsx package (the shared reader converts it): its name must end in .xlsx,
 * since Excel refuses an .xlsx named .xls.
 */
export function refuseConvertedAsOther(result: { lossless: boolean; format: string }, outputPath: string, shown = outputPath): void {
  if (!result.lossless && !/\.xlsx$/i.test(outputPath)) {
    throw new FileError(both('copy.convertedNeedsXlsx', { file: shown, format: result.format }));
  }
}

/** What a copy of an .xls or .ods keeps, said once when it is written. */
export function conversionNote(format: string): BiMessage {
  return both('copy.converted', { format });
}

/** The existing sheets as the render plan needs them (markers from the grid). */
export function existingSheets(result: Pick<ReadXlsxResult, 'grid' | 'sheets'>): ExistingSheetInfo[] {
  return result.sheets.map((s, i) => ({
    name: s.name,
    marker: markerOf(result.grid.sheets[i]?.values ?? []),
    hidden: s.state !== 'visible',
    tables: s.tables,
  }));
}

function markerOf(values: WorkbookGrid['sheets'][number]['values']): string | null {
  // Only short texts carrying the prefix can be a marker; don't hand a clerk's big sheet to findMarker whole.
  const candidates: string[] = [];
  for (const row of values) {
    if (!row) continue;
    for (const v of row) if (typeof v === 'string' && v.length < 64 && v.includes('giaoban:')) candidates.push(v);
  }
  return candidates.length ? findMarker([candidates]) : null;
}

/** Plans, writes the package and saves it: the one path every command's output goes through. */
export async function writeModels(
  bytes: Uint8Array,
  existing: readonly ExistingSheetInfo[],
  inputPath: string | null,
  outputPath: string,
  models: readonly RenderableModel[],
  options: WriteWorkbookOptions,
): Promise<WrittenSheet[]> {
  return (await writeModelsKeeping(bytes, existing, inputPath, outputPath, models, options)).written;
}

/** {@link writeModels}, also giving the written package and its sheets (for writing again on top of it). */
export async function writeModelsKeeping(
  bytes: Uint8Array,
  existing: readonly ExistingSheetInfo[],
  inputPath: string | null,
  outputPath: string,
  models: readonly RenderableModel[],
  options: WriteWorkbookOptions,
): Promise<{ written: WrittenSheet[]; bytes: Uint8Array; existing: ExistingSheetInfo[] }> {
  refuseOverwrite(inputPath, outputPath, options.shown);
  const plan = buildRenderPlan(existing, models);
  for (const n of renderPlanNotes(plan)) options.onNote?.(n);
  let out: Uint8Array;
  try {
    out = await writeXlsx(bytes, plan, { onNote: (n) => options.onNote?.(n) });
  } catch (err) {
    throw asFileError(inputPath ?? outputPath, err);
  }
  await saveWorkbookBytes(outputPath, out, { force: options.force, inputPath, shown: options.shown });
  // The sheets of the written copy: replaced ones in place, created ones appended.
  const after: ExistingSheetInfo[] = existing.map((e) => {
    const p = plan.sheets.find((s) => s.replaces === e.name);
    return p ? plannedAsExisting(p) : e;
  });
  for (const p of plan.sheets) if (p.action === 'create') after.push(plannedAsExisting(p));
  return { written: plan.sheets.map((s) => ({ sheet: s.name, action: s.action })), bytes: out, existing: after };
}

function plannedAsExisting(p: PlannedSheet): ExistingSheetInfo {
  return { name: p.name, marker: p.marker, hidden: p.hidden, tables: p.tables.map((t) => t.name) };
}
