/**
 * The **Đổi lịch** table → {@link ScheduleSwap}s: a recorded swap of one
 * briefing's chair, host or date, with who asked and who approved. The
 * "to" cell is resolved to a leader's or commune's catalogue name, or read as
 * a date; what cannot be resolved is kept as written and the planner reports it.
 */
import type { ScheduleSwap } from '../model.js';
import { WHAT } from '../findings/messages.js';
import type { CatalogueIndex } from './catalogueIndex.js';
import { forEachRow, type RowLoopState } from './rowLoop.js';
import type { TableCells } from './tableCells.js';

/**
 * Reads a swaps table.
 * @example readSwaps(cells, state, index)[0]; // { date: '2026-03-16', cluster: 'Cụm 1', from: 'Lò Văn Hùng', to: 'Hà Thị Mai', … }
 */
export function readSwaps(t: TableCells, state: RowLoopState, cat: CatalogueIndex): ScheduleSwap[] {
  return forEachRow(t, state, false, (r): ScheduleSwap | null => {
    const date = t.date(r, 'date', WHAT.briefingDate, true);
    const to = readTarget(t, r, 'swapTo', cat);
    if (!date || to === null) return null;
    const from = t.has('swapFrom') ? readTarget(t, r, 'swapFrom', cat) : null;
    const cluster = t.text(r, 'cluster') ?? clusterOfNames(cat, [to, from]) ?? '';
    return {
      date,
      cluster,
      from,
      to,
      reason: t.has('reason') ? t.text(r, 'reason') : null,
      requestedBy: t.has('requestedBy') ? t.text(r, 'requestedBy') : null,
      approvedBy: t.has('approvedBy') ? t.text(r, 'approvedBy') : null,
      ref: { sheet: t.sheet, row: r },
    };
  });
}

/** A leader's or commune's catalogue name, a date `YYYY-MM-DD`, or the text as written (null when blank). */
function readTarget(t: TableCells, r: number, field: 'swapTo' | 'swapFrom', cat: CatalogueIndex): string | null {
  const v = t.value(r, field);
  if (typeof v === 'number') {
    const d = t.ctx.parseDate(v, t.view.dataNumberFormat(r, t.col(field)!));
    return d ?? String(v);
  }
  const raw = t.text(r, field);
  if (!raw) return null;
  const leader = cat.resolveChair(raw);
  if (leader.ok) return leader.name;
  const commune = cat.resolveCommune(raw);
  if (commune.ok) return commune.name;
  if (/\d/.test(raw)) {
    const d = t.ctx.parseDate(raw, null);
    if (d) return d;
  }
  return raw;
}

/** Without a cluster column: the cluster of the swapped commune, if any. */
function clusterOfNames(cat: CatalogueIndex, names: readonly (string | null)[]): string | null {
  for (const n of names) if (n !== null && cat.commune(n)) return cat.commune(n)!.cluster;
  return null;
}
