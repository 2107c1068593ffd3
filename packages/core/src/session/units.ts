/**
 * The unit's name, read one way for every view: the name the clerk gives
 * (`--unit`), else the workbook's "Thông tin đơn vị" sheet, else the title
 * rows ("CÔNG AN HUYỆN NẬM PỒ" above the table). The plan sheet, the summary
 * and its paragraph, the findings sheet, the papers and the calendar all name
 * the unit from here. The parent the same way, and last from the national
 * catalogue when the session has it (a commune police unit is under its
 * province's police, a province's police under the Ministry).
 */
import type { AdminCatalogue } from '../admin/catalogue.js';
import { withCatalogueParent } from '../documents/parentBody.js';
import type { ReadResult } from '../records/readResult.js';
import { detectUnitNames, type UnitNames } from '../report/unitName.js';
import type { WorkbookGrid } from '../workbook/grid.js';

/** A "Công an …" line in report casing ("CÔNG AN HUYỆN NẬM PỒ" → "Công an huyện Nậm Pồ"); other text as written. */
function reportName(text: string): string {
  return detectUnitNames({ sheets: [{ name: '', values: [[text]] }] }).unit ?? text.trim();
}

function setting(read: Pick<ReadResult, 'settings'>, key: 'issuingBody' | 'parentBody'): string | null {
  const v = read.settings.find((e) => e.key === key && e.commune === null)?.value.trim();
  return v ? v : null;
}

/**
 * The unit and its parent, by the rule above.
 *
 * @param grid the workbook's cells (for the title rows)
 * @param read what the session read (for the settings sheet, and the province it found)
 * @param given the names the clerk gave, if any
 * @param catalogue the national catalogue, when the session has it: the parent when nothing else names one
 * @returns the unit and the parent unit, each null when nothing names it
 * @example
 * ```ts
 * unitNamesOf(grid, readWorkbook(grid), { unit: null, parentUnit: null });
 * // { parent: 'Công an tỉnh Điện Biên', unit: 'Công an huyện Nậm Pồ' }
 * ```
 */
export function unitNamesOf(
  grid: WorkbookGrid,
  read: Pick<ReadResult, 'settings' | 'organisation'>,
  given: { unit: string | null; parentUnit: string | null },
  catalogue: AdminCatalogue | null = null,
): UnitNames {
  const title = detectUnitNames(grid);
  const issuing = setting(read, 'issuingBody');
  const parent = setting(read, 'parentBody');
  const names = {
    unit: given.unit ?? (issuing ? reportName(issuing) : title.unit),
    parent: given.parentUnit ?? (parent ? reportName(parent) : title.parent),
  };
  const filled = withCatalogueParent(names, catalogue ?? undefined, read.organisation?.province?.code);
  return filled === names ? names : { ...filled, parent: filled.parent ? reportName(filled.parent) : null };
}
