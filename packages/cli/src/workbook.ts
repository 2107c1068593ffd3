/**
 * What every command that reads a workbook shares: its options (`--holidays`, `--as-of`,
 * `--overdue-days`, `--quiet`), the progress lines, reading the file and opening the core
 * session with today's date and the national catalogue. A command then asks the session for
 * what it prints or writes.
 */
import { stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { civilDateInVietnam, openSession, readingProgressText, type ReadingProgress, type Session, type SessionOptions } from '@giaoban/core';
import { loadAdminCatalogue } from './adminCatalogue.js';
import { dateArg, intArg, type CliLang } from './args.js';
import { loadHolidaysFile } from './holidaysFile.js';
import type { CliIO } from './io.js';
import { shownPath } from './paths.js';
import { core } from './texts.js';
import type { WorkbookForUpdate } from './xlsx/index.js';

/** The parseArgs options every workbook command takes. */
export const WORKBOOK_OPTIONS = {
  json: { type: 'boolean' },
  quiet: { type: 'boolean', short: 'q' },
  holidays: { type: 'string' },
  'as-of': { type: 'string' },
  'overdue-days': { type: 'string' },
} as const;

/** The usage fragment of {@link WORKBOOK_OPTIONS}. */
export const WORKBOOK_USAGE = '[--json] [--lang vi|en] [--quiet] [--as-of YYYY-MM-DD] [--overdue-days 30] [--holidays ngày-nghỉ.json|.xlsx]';

/** Files from this size on get progress lines on stderr (unless --quiet): a smaller one is read at once. */
const PROGRESS_BYTES = 1_000_000;

/** The values of {@link WORKBOOK_OPTIONS} as parseArgs gives them. */
export interface WorkbookValues {
  json?: boolean;
  quiet?: boolean;
  holidays?: string;
  'as-of'?: string;
  'overdue-days'?: string;
}

/** An opened workbook: its session, how its path is printed, and (with `-o`) the writer of its copy. */
export interface OpenedWorkbook {
  session: Session;
  /** The input as printed. */
  shown: string;
  /** Writes a copy with output sheets (only when opened for an output). */
  write: WorkbookForUpdate['write'] | null;
  /** Prints a progress line, already in the run's language (when progress is shown). */
  progress: (line: string) => void;
}

/**
 * Reads `file` (relative to the working folder) and opens a session on it.
 *
 * @param io where the command prints
 * @param file the workbook as typed
 * @param values the shared options
 * @param lang the run's language
 * @param extra session options of the command (unit, day, rule, periods…)
 * @param outputPath an output copy to write (the file is then read for update)
 * @returns the opened workbook
 * @throws {UsageError} for a bad `--as-of` or `--overdue-days`
 * @throws {FileError} for a workbook or holidays file that cannot be read
 * @throws {SessionError} for a workbook with no tracking table
 */
export async function openWorkbook(io: CliIO, file: string, values: WorkbookValues, lang: CliLang, extra: SessionOptions = {}, outputPath: string | null = null): Promise<OpenedWorkbook> {
  const asOf = dateArg('--as-of', values['as-of']);
  const overdueDays = intArg('overdue-days', values['overdue-days'], 0, 3650);
  const path = shownPath(io.cwd, file);
  const input = resolve(io.cwd, file);
  const big = !values.quiet && (await stat(input).then((s) => s.size, () => 0)) >= PROGRESS_BYTES;
  const progress = (line: string) => {
    if (big) io.stderr(`${line}\n`);
  };
  const onProgress = (p: ReadingProgress) => progress(readingProgressText(p, lang));
  const holidays = await loadHolidaysFile(values.holidays, io.cwd);
  // Loaded here, not at the top: `giaoban --help` and `dates` must not load the spreadsheet libraries.
  const xlsx = await import('./xlsx/index.js');
  let write: OpenedWorkbook['write'] = null;
  let grid;
  if (outputPath === null) grid = await xlsx.readWorkbookFile(input, { onProgress, shown: path });
  else ({ grid, write } = await xlsx.openWorkbookForUpdate(input, { onProgress, outputPath, outputShown: shownPath(io.cwd, outputPath), shown: path }));
  let shownPct = 0;
  // The national catalogue (its own chunk, loaded here and by `communes` only): old communes' names by date, the parent body.
  const adminCatalogue = await loadAdminCatalogue();
  const session = openSession(grid, {
    adminCatalogue,
    ...extra,
    holidays,
    asOf: asOf ?? null,
    today: civilDateInVietnam(Date.now()),
    overdueDays: overdueDays ?? null,
    fileName: path,
    onProgress: (done, total) => {
      const pct = total === 0 ? 100 : Math.floor((done / total) * 100);
      if (pct >= shownPct + 10 || done === total) {
        shownPct = pct;
        if (big) io.stderr(`${core('progress.rows', lang, { done, total, pct })}\n`);
      }
    },
  });
  return { session, shown: path, write, progress };
}
