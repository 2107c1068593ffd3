/// <reference types="office-js" />
/**
 * Optional marks on the clerk's own sheets, only on request: a fill on each
 * cell with a finding, and drop-down lists on category/status columns.
 * Everything added is remembered (document settings) so "Xóa đánh dấu"
 * removes exactly that and restores the previous fill. The settings are
 * refreshed before every read-modify-write: the ribbon and the task pane each
 * hold their own copy, and a stale one must not drop the other's marks.
 */
import type { Finding } from '@giaoban/core';
import type { Capabilities, SettingsStore } from './host.js';
import type { IoReport } from './readSheets.js';
import { HostProblem } from './workbookState.js';
import { actionBytes, objectPathBytes } from './requestSize.js';
import { REQUEST_BUDGET_BYTES } from './writeSheets.js';

/** A cell's range, its format and fill (each a path on the wire), and the set or query on it. */
const CELL_FILL_BYTES = (cell: string, sheet: string): number =>
  objectPathBytes('', [sheet]) + objectPathBytes('GetRange', [cell]) + 2 * objectPathBytes('Format') + actionBytes('Color', ['#FDE7E9']);

/**
 * Queues one operation per item and syncs whenever the next would take the request over the budget
 * (Excel on the web refuses 5 MB): 5,000 cells are about 4 MB, so they go in two or more requests.
 * The extra syncs are payload chunks. Each range is used in the batch that names it only (untracked).
 */
async function inBudget<T>(ctx: Excel.RequestContext, io: IoReport, items: readonly T[], bytesOf: (item: T) => number, queue: (item: T, index: number) => void): Promise<void> {
  let bytes = 0;
  for (const [i, item] of items.entries()) {
    const b = bytesOf(item);
    if (bytes > 0 && bytes + b > REQUEST_BUDGET_BYTES) {
      await ctx.sync();
      io.syncs++;
      io.chunkSyncs++;
      bytes = 0;
    }
    bytes += b;
    queue(item, i);
  }
  await ctx.sync();
  io.syncs++;
}

export const MARKS_SETTING = 'giaoban.marks.v1';
export const ERROR_FILL = '#FDE7E9';
export const WARNING_FILL = '#FFF4CE';
/** Highlights at most this many cells per run (the request stays small; the findings sheet lists all). */
export const MAX_HIGHLIGHTS = 5_000;

export type Mark =
  | { kind: 'fill'; sheet: string; cell: string; previous: string | null; colour: string }
  | { kind: 'validation'; sheet: string; range: string };

export function loadMarks(settings: SettingsStore): Mark[] {
  const v = settings.get(MARKS_SETTING);
  return Array.isArray(v) ? (v as Mark[]) : [];
}

/**
 * Fills each finding's cell (errors red, warnings yellow), remembering the previous fill. Two syncs (more only as
 * payload chunks, each request under the budget).
 *
 * @example
 * ```ts
 * await host.run((ctx) => highlightFindings(ctx, host.settings, result.findings, io));
 * ```
 */
export async function highlightFindings(ctx: Excel.RequestContext, caps: Capabilities, settings: SettingsStore, findings: readonly Finding[], io: IoReport, skipSheets: ReadonlySet<string> = new Set()): Promise<{ added: number; capped: boolean; protectedSheets: string[] }> {
  await settings.refresh();
  const marks = loadMarks(settings);
  const already = new Set(marks.filter((m) => m.kind === 'fill').map((m) => `${m.sheet}!${(m as { cell: string }).cell}`));
  const byCell = new Map<string, Finding>();
  for (const f of findings) {
    if (!f.cell || skipSheets.has(f.sheet)) continue;
    const key = `${f.sheet}!${f.cell}`;
    if (already.has(key)) continue;
    const prev = byCell.get(key);
    if (!prev || (prev.severity === 'warning' && f.severity === 'error')) byCell.set(key, f);
  }
  let chosen = [...byCell.values()].slice(0, MAX_HIGHLIGHTS);
  if (!chosen.length) return { added: 0, capped: false, protectedSheets: [] };
  // A protected sheet refuses fills: leave it alone and say so (where the host can tell, ExcelApi 1.2).
  const sheetNames = [...new Set(chosen.map((f) => f.sheet))];
  const protections = caps.sheetProtection ? sheetNames.map((n) => ctx.workbook.worksheets.getItem(n).protection.load('protected')) : [];
  // Read each cell's fill (the loaded colour stays on the client: the range is not needed after that batch).
  const ranges: Excel.Range[] = [];
  await inBudget(ctx, io, chosen, (f) => CELL_FILL_BYTES(f.cell, f.sheet), (f) => {
    const r = ctx.workbook.worksheets.getItem(f.sheet).getRange(f.cell).untrack();
    r.load('format/fill/color');
    ranges.push(r);
  });
  const protectedSheets = caps.sheetProtection ? sheetNames.filter((_, i) => protections[i]!.protected) : [];
  const keep = chosen.map((f) => !protectedSheets.includes(f.sheet));
  const previousFills = ranges.filter((_, i) => keep[i]).map((r) => r.format.fill.color ?? null);
  chosen = chosen.filter((_, i) => keep[i]);
  const added: Mark[] = chosen.map((f, i) => {
    const colour = f.severity === 'error' ? ERROR_FILL : WARNING_FILL;
    const previous = previousFills[i];
    return { kind: 'fill', sheet: f.sheet, cell: f.cell, previous: previous && previous.toUpperCase() !== '#FFFFFF' ? previous : null, colour };
  });
  await inBudget(ctx, io, added, (m) => CELL_FILL_BYTES((m as { cell: string }).cell, m.sheet), (m) => {
    const fill = m as Extract<Mark, { kind: 'fill' }>;
    ctx.workbook.worksheets.getItem(fill.sheet).getRange(fill.cell).untrack().format.fill.color = fill.colour;
  });
  await settings.refresh();
  await settings.set(MARKS_SETTING, [...loadMarks(settings), ...added]);
  return { added: added.length, capped: byCell.size > MAX_HIGHLIGHTS, protectedSheets };
}

/** A drop-down to add on a clerk's column. */
export interface DropdownRequest {
  sheet: string;
  /** A1 range of the data cells, e.g. "F5:F400". */
  range: string;
  /** Comma-free values, or an absolute source range ("'Danh mục'!$A$2:$A$6"). */
  list?: string[];
  source?: string;
}

/**
 * Adds drop-down lists where the column has none yet (so removal cannot take a clerk's own). Needs ExcelApi 1.8. Two syncs.
 *
 * @example
 * ```ts
 * await host.run((ctx) => addDropdowns(ctx, host.capabilities, host.settings, [{ sheet: 'Ý kiến', range: 'F5:F400', list: ['Đã giải đáp', 'Đang giải quyết'] }], io));
 * ```
 */
export async function addDropdowns(ctx: Excel.RequestContext, caps: Capabilities, settings: SettingsStore, requests: readonly DropdownRequest[], io: IoReport): Promise<{ added: number; skipped: number; supported: boolean }> {
  if (!caps.dataValidation) return { added: 0, skipped: requests.length, supported: false };
  if (!requests.length) return { added: 0, skipped: 0, supported: true };
  const dvs = requests.map((q) => {
    const r = ctx.workbook.worksheets.getItem(q.sheet).getRange(q.range);
    r.load('dataValidation/type');
    return r;
  });
  await ctx.sync();
  io.syncs++;
  const added: Mark[] = [];
  requests.forEach((q, i) => {
    const type = dvs[i]!.dataValidation.type as string;
    if (type !== 'None') return; // the clerk's own validation stays as it is
    dvs[i]!.dataValidation.rule = { list: { inCellDropDown: true, source: q.source ? `=${q.source}` : (q.list ?? []).join(',') } };
    added.push({ kind: 'validation', sheet: q.sheet, range: q.range });
  });
  await ctx.sync();
  io.syncs++;
  await settings.refresh();
  await settings.set(MARKS_SETTING, [...loadMarks(settings), ...added]);
  return { added: added.length, skipped: requests.length - added.length, supported: true };
}

/**
 * Removes exactly the marks recorded: restores each previous fill, clears each added validation. Two syncs (more only as payload chunks).
 * Drop-downs can be removed only where the host has data validation (ExcelApi 1.8); on an older Excel
 * they stay recorded, to be removed from a newer one.
 *
 * @example
 * ```ts
 * const { removed, kept } = await host.run((ctx) => clearMarks(ctx, host.capabilities, host.settings, io));
 * ```
 */
export async function clearMarks(ctx: Excel.RequestContext, caps: Capabilities, settings: SettingsStore, io: IoReport): Promise<{ removed: number; kept: number }> {
  await settings.refresh();
  const marks = loadMarks(settings);
  if (!marks.length) return { removed: 0, kept: 0 };
  const present = ctx.workbook.worksheets;
  present.load('items/name');
  await ctx.sync();
  io.syncs++;
  const names = new Set(present.items.map((w) => w.name));
  const kept: Mark[] = [];
  // The clerk deleted the sheet: nothing to undo there. Drop-downs need ExcelApi 1.8 to go.
  const undo = marks.filter((m) => names.has(m.sheet) && (m.kind === 'fill' || caps.dataValidation));
  for (const m of marks) if (m.kind === 'validation' && names.has(m.sheet) && !caps.dataValidation) kept.push(m);
  await inBudget(ctx, io, undo, (m) => CELL_FILL_BYTES(m.kind === 'fill' ? m.cell : m.range, m.sheet), (m) => {
    const ws = present.items.find((w) => w.name === m.sheet)!;
    if (m.kind === 'fill') {
      const f = ws.getRange(m.cell).untrack().format.fill;
      if (m.previous) f.color = m.previous;
      else f.clear();
    } else if (caps.dataValidation) ws.getRange(m.range).untrack().dataValidation.clear();
  });
  await settings.refresh();
  // Marks another runtime added meanwhile stay recorded too.
  const done = new Set(marks.filter((m) => !kept.includes(m)).map((m) => JSON.stringify(m)));
  await settings.set(MARKS_SETTING, loadMarks(settings).filter((m) => !done.has(JSON.stringify(m))));
  return { removed: marks.length - kept.length, kept: kept.length };
}

/**
 * Shows a cell: activates its sheet and selects it. Two syncs.
 *
 * @example
 * ```ts
 * await host.run((ctx) => selectCell(ctx, 'Ý kiến phản ánh', 'C12'));
 * ```
 * @throws HostProblem when the sheet is hidden (Excel cannot show a cell there)
 */
export async function selectCell(ctx: Excel.RequestContext, sheet: string, cell: string): Promise<void> {
  const ws = ctx.workbook.worksheets.getItem(sheet);
  ws.load('visibility');
  await ctx.sync();
  if (ws.visibility !== 'Visible') {
    throw new HostProblem(
      {
        vi: `Trang "${sheet}" đang ẩn nên không chọn được ô ${cell}. Bấm chuột phải vào một thẻ trang → Bỏ ẩn → chọn "${sheet}".`,
        en: `Sheet "${sheet}" is hidden, so cell ${cell} cannot be shown. Right-click a sheet tab → Unhide → "${sheet}".`,
      },
      { code: 'addin.hidden-sheet', sheet, cell },
    );
  }
  ws.activate();
  ws.getRange(cell).select();
  await ctx.sync();
}
