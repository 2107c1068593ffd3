/** One mistake planted in the example workbook: where it is and which finding it must raise. */
export interface PlantedMistake {
  sheet: string;
  /** A1 address of the cell the finding points at. */
  cell: string;
  code: string;
  severity: 'error' | 'warning';
  /** What was planted, in English, for whoever reads a failing test. */
  note: string;
}
