/**
 * `giaoban summarize <sổ.xlsx> [--period <kỳ> | --from … --to …] [-o out.xlsx]`: the figures of a
 * reporting period and the report paragraph, and optionally the "Tổng hợp" and "Kết quả kiểm tra"
 * sheets written into a copy of the workbook. The period defaults to the latest reporting month ended.
 */
import { resolve } from 'node:path';
import { formatStatisticsText, statisticsJson, type PeriodOptions, type SummaryRequest } from '@giaoban/core';
import { dateArg, dayOfMonthArg, langArg, onePositional, parseCommandArgs, periodArg } from '../args.js';
import { UsageError } from '../io.js';
import { printJson, writtenSheetLine } from '../output.js';
import { checkOutputFiles } from '../outputFile.js';
import { shownPath } from '../paths.js';
import { both, core, say } from '../texts.js';
import { openWorkbook, WORKBOOK_OPTIONS, WORKBOOK_USAGE } from '../workbook.js';
import { register } from './index.js';

const usage =
  'giaoban summarize <sổ.xlsx> [--period <kỳ> | --from YYYY-MM-DD --to YYYY-MM-DD] [--since YYYY-MM-DD] [--calendar] [--cutoff 15] ' +
  `[--cluster <cụm>] [--commune <xã>] [--leader <lãnh đạo>] [--unit "Công an huyện …"] [-o out.xlsx] [--force] ${WORKBOOK_USAGE}`;

const OPTIONS = {
  ...WORKBOOK_OPTIONS,
  period: { type: 'string' },
  from: { type: 'string' },
  to: { type: 'string' },
  since: { type: 'string' },
  calendar: { type: 'boolean' },
  cutoff: { type: 'string' },
  cluster: { type: 'string' },
  commune: { type: 'string' },
  leader: { type: 'string' },
  unit: { type: 'string' },
  output: { type: 'string', short: 'o' },
  force: { type: 'boolean' },
} as const;

/** The summary request the options name (dates checked; the period itself is read by the session). */
function requestOf(
  v: { period?: string; from?: string; to?: string; since?: string; cluster?: string; commune?: string; leader?: string },
  periodOptions: PeriodOptions,
): SummaryRequest {
  if (v.period !== undefined && (v.from !== undefined || v.to !== undefined)) throw new UsageError(both('usage.periodBoth'));
  if ((v.from === undefined) !== (v.to === undefined)) throw new UsageError(both('usage.periodPair'));
  let from: string | undefined;
  let to: string | undefined;
  if (v.from !== undefined && v.to !== undefined) {
    // A day (2025-01-15, 15/01/2025) or a month ("01/2025", "tháng 1/2025") at each end: the core reads both.
    const range = periodArg('--from/--to', `${v.from}..${v.to}`, periodOptions);
    from = range.from;
    to = range.to;
  }
  return { period: v.period ?? null, from: from ?? null, to: to ?? null, since: dateArg('--since', v.since) ?? null, filters: { cluster: v.cluster, commune: v.commune, leader: v.leader } };
}

export default register({
  name: 'summarize',
  usage,
  summary: say('help.command.summarize', 'vi'),
  async run(args, io) {
    const { values: v, positionals } = parseCommandArgs({ args, allowPositionals: true, options: OPTIONS }, usage);
    const file = onePositional(positionals, '<sổ.xlsx>', usage);
    const lang = langArg(v.lang);
    const settings = { calendar: !!v.calendar, cutoffDay: dayOfMonthArg('cutoff', v.cutoff) ?? null, unit: v.unit ?? null };
    const request = requestOf(v, { calendar: settings.calendar, ...(settings.cutoffDay !== null ? { cutoffDay: settings.cutoffDay } : {}) });
    // A period that cannot be read is said before the (possibly slow) read; the session reads it the same way.
    if (v.period !== undefined) periodArg('--period', v.period, { calendar: settings.calendar, ...(settings.cutoffDay !== null ? { cutoffDay: settings.cutoffDay } : {}) });
    const out = v.output === undefined ? null : { path: resolve(io.cwd, v.output), shown: shownPath(io.cwd, v.output) };
    if (out) await checkOutputFiles([out], { force: !!v.force, inputs: [resolve(io.cwd, file)] });
    const book = await openWorkbook(io, file, v, lang, settings, out?.path ?? null);
    const view = book.session.summary(request);
    const findings = book.session.findings();
    let written = null;
    if (out) {
      book.progress(say('line.writing', lang, { path: out.shown }));
      written = await book.write!(out.path, book.session.outputSheets({ summary: view, findings }), { force: !!v.force, shown: out.shown, onNote: v.quiet ? undefined : (m) => io.stderr(`${m[lang]}\n`) });
    }
    if (v.json) {
      printJson(io, statisticsJson(view.statistics, view.narrative, written && out ? { path: out.shown, sheets: written } : null));
      return 0;
    }
    io.stdout(formatStatisticsText(view.statistics, view.narrative, findings.summary, lang));
    for (const w of written ?? []) io.stdout(`${writtenSheetLine(w, lang)}\n`);
    if (out) io.stdout(`${core('output.written', lang, { path: out.shown })}\n`);
    return 0;
  },
});
