/**
 * `giaoban holidays <năm> [--json]` — the holiday calendar of a year, one line per day.
 */
import { formatDateIn, HOLIDAY_SOURCE_LABELS, holidaysOf, weekdayNameIn } from '@giaoban/core/calendar';
import { langArg, onePositional, parseCommandArgs, yearArg } from '../args.js';
import { printJson } from '../output.js';
import { textTable } from '../table.js';
import { HOLIDAYS_OPTION, HOLIDAYS_USAGE, loadHolidaysFile } from '../holidaysFile.js';
import { say } from '../texts.js';
import { register } from './index.js';

const usage = `giaoban holidays <năm> [--json] [--lang vi|en] ${HOLIDAYS_USAGE}`;

export default register({
  name: 'holidays',
  usage,
  summary: say('help.command.holidays', 'vi'),
  async run(args, io) {
    const { values, positionals } = parseCommandArgs({ args, allowPositionals: true, options: { json: { type: 'boolean' }, ...HOLIDAYS_OPTION } }, usage);
    const lang = langArg(values.lang);
    const year = yearArg(onePositional(positionals, '<năm>', usage), usage);
    const list = holidaysOf(year, { overrides: await loadHolidaysFile(values.holidays, io.cwd) });
    if (values.json) {
      // `note`: the announcement cited, or why an estimate is what it is (only when there is one).
      printJson(io, list.map((h) => ({ date: h.date, name: h.name, kind: h.kind, source: h.source, ...(h.note ? { note: h.note } : {}) })));
      return 0;
    }
    io.stdout(`${say('holidays.title', lang, { year })}\n\n`);
    const head = (['date', 'weekday', 'kind', 'source', 'name'] as const).map((h) => say(`holidays.head.${h}`, lang));
    const rows = list.map((h) => [formatDateIn(h.date, lang), weekdayNameIn(h.date, lang), say(`holidays.kind.${h.kind}`, lang), HOLIDAY_SOURCE_LABELS[h.source][lang], h.name]);
    io.stdout(textTable(head, rows));
    // Why each estimate is what it is, and which announcement each decreed break comes from (once each).
    const notes = [...new Set(list.filter((h) => h.note && h.source !== 'workbook').map((h) => h.note!))];
    if (notes.length) io.stdout(`\n${say('holidays.basis', lang)}\n${notes.map((n) => `  - ${n}`).join('\n')}\n`);
    if (list.some((h) => h.source === 'estimate')) io.stdout(`\n${say('holidays.estimates', lang)}\n`);
    return 0;
  },
});
