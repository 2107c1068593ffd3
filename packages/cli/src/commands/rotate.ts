/**
 * `giaoban rotate <sổ.xlsx> [--from YYYY-MM] [--months N] [-o ra.xlsx] [--ics lich.ics]`: plans hosts,
 * chairs and dates for every cluster from the workbook's catalogue, holidays, briefings held and
 * previous plan sheet (rows marked "Cố định" are kept as given). The months default to the year
 * after the latest record, as in the add-in and the offline app.
 */
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { planJson, planText } from '@giaoban/core';
import { eventsToIcs } from '@giaoban/ics';
import { dateArg, dayOfMonthArg, intArg, langArg, monthArg, onePositional, parseCommandArgs, ruleArg } from '../args.js';
import { printJson, writtenSheetLine } from '../output.js';
import { checkOutputFiles, writeOutputFile } from '../outputFile.js';
import { shownPath } from '../paths.js';
import { core, say } from '../texts.js';
import { openWorkbook, WORKBOOK_OPTIONS, WORKBOOK_USAGE } from '../workbook.js';
import { register } from './index.js';

const usage =
  'giaoban rotate <sổ.xlsx> [--from YYYY-MM] [--months 12] [-o ra.xlsx] [--ics lich.ics] [--day 15] [--rule following] [--freeze YYYY-MM-DD] ' +
  `[--unit "CÔNG AN …"] [--parent-unit "CÔNG AN TỈNH …"] [--remind-days 3] [--force] ${WORKBOOK_USAGE}`;

const OPTIONS = {
  ...WORKBOOK_OPTIONS,
  from: { type: 'string' },
  months: { type: 'string' },
  output: { type: 'string', short: 'o' },
  ics: { type: 'string' },
  day: { type: 'string' },
  rule: { type: 'string' },
  freeze: { type: 'string' },
  unit: { type: 'string' },
  'parent-unit': { type: 'string' },
  'remind-days': { type: 'string' },
  force: { type: 'boolean' },
} as const;

export default register({
  name: 'rotate',
  usage,
  summary: say('help.command.rotate', 'vi'),
  async run(args, io) {
    const { values: v, positionals } = parseCommandArgs({ args, allowPositionals: true, options: OPTIONS }, usage);
    const file = onePositional(positionals, '<sổ.xlsx>', usage);
    const lang = langArg(v.lang);
    const request = { from: monthArg('--from', v.from) ?? null, months: intArg('months', v.months, 1, 120) ?? null, freeze: dateArg('--freeze', v.freeze) ?? null };
    const remindDays = intArg('remind-days', v['remind-days'], 0, 99) ?? 3;
    const force = !!v.force;
    const input = resolve(io.cwd, file);
    const target = (o: string | undefined) => (o === undefined ? null : { path: resolve(io.cwd, o), shown: shownPath(io.cwd, o) });
    const out = target(v.output);
    const ics = target(v.ics);
    // Every output checked before the slow read: nothing is written when one of them cannot be.
    await checkOutputFiles([out, ics].filter((o) => o !== null), { force, inputs: [input] });
    const settings = { day: dayOfMonthArg('day', v.day) ?? null, rule: ruleArg(v.rule) ?? null, unit: v.unit ?? null, parentUnit: v['parent-unit'] ?? null };
    const book = await openWorkbook(io, file, v, lang, settings, out?.path ?? null);
    const view = book.session.plan(request);
    const notes: string[] = [];
    if (out) {
      book.progress(say('line.writing', lang, { path: out.shown }));
      const written = await book.write!(out.path, book.session.outputSheets({ plan: view }), { onNote: (m) => notes.push(m[lang]), force, shown: out.shown });
      notes.push(...written.map((w) => writtenSheetLine(w, lang)), core('output.written', lang, { path: out.shown }));
    }
    if (ics) {
      // The previous export is what calendar clients hold: SEQUENCE rises only for events that changed since.
      const previous = await readFile(ics.path, 'utf8').catch(() => null);
      const { events } = book.session.calendarEvents({ ...request, previous });
      await writeOutputFile(ics.path, eventsToIcs(events, { remindDays }), { force, inputs: [input], shown: ics.shown });
      notes.push(core('output.events', lang, { n: events.length, path: ics.shown }));
    }
    const errors = book.session.findings().summary.errors;
    if (errors > 0) notes.push(say('line.workbookErrors', lang, { n: errors }));
    if (v.json) printJson(io, planJson(view));
    else io.stdout(planText(view, lang));
    for (const n of notes) (v.json ? io.stderr : io.stdout)(`${n}\n`);
    return errors > 0 ? 1 : 0;
  },
});
