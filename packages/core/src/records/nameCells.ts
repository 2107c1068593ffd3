/**
 * Commune and chair cells resolved against the catalogue, with the finding
 * when they cannot be: the briefing, issue and plan tables read them alike.
 */
import type { IsoDate } from '../model.js';
import type { FieldName } from '../data/headers.js';
import type { BiText } from '../findings/findingSink.js';
import { msg } from '../findings/messages.js';
import type { CatalogueIndex } from './catalogueIndex.js';
import type { TableCells } from './tableCells.js';

/** A commune cell read: today's unit (the successor view) and, when the cell named an old unit, its name. */
export interface CommuneCell {
  name: string;
  former: string | null;
}

/**
 * A required commune cell on the row's date: the catalogue's name, or null after reporting a blank or
 * unknown commune. An old name used after the merger is reported (a warning) and read as its successor.
 */
export function readCommuneCellOn(t: TableCells, row: number, field: FieldName, cat: CatalogueIndex, what: BiText, on: IsoDate | null): CommuneCell | null {
  const raw = t.text(row, field);
  if (!raw) {
    t.report('value.invalid', row, field, msg.valueMissing(t.cell(row, field), what));
    return null;
  }
  const c = cat.resolveCommune(raw, on);
  if (c.ok) {
    if (c.merged) t.report('commune.merged', row, field, c.merged(t.cell(row, field)));
    return { name: c.name, former: c.former ?? null };
  }
  t.report(c.code, row, field, c.message(t.cell(row, field)), c.suggestion);
  return null;
}

/** A required commune cell, dates aside: the catalogue's name, or null after reporting a blank or unknown commune. */
export function readCommuneCell(t: TableCells, row: number, field: FieldName, cat: CatalogueIndex, what: BiText): string | null {
  return readCommuneCellOn(t, row, field, cat, what, null)?.name ?? null;
}

/** An optional chair cell: the leader's name, or null when blank or after reporting who is not a leader. */
export function readChairCell(t: TableCells, row: number, cat: CatalogueIndex): string | null {
  const raw = t.text(row, 'chair');
  if (!raw) return null;
  const c = cat.resolveChair(raw);
  if (c.ok) return c.name;
  t.report(c.code, row, 'chair', c.message(t.cell(row, 'chair')), c.suggestion);
  return null;
}
