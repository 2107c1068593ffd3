/**
 * `giaoban dates <năm> [--day 15] [--rule following] [--json]` — the 12 briefing dates of a year.
 */
import { briefingDates, DATE_RULE_LABELS, formatDateIn, holidayYearBasis, weekdayNameIn } from '@giaoban/core/calendar';
import { formatMonthIn } from '@giaoban/core';
import { dayOfMonthArg, langArg, onePositional, parseCommandArgs, ruleArg, yearArg } from '../args.js';
import { printJson } from '../output.js';
import { textTable } from '../table.js';
import { HOLIDAYS_OPTION, HOLIDAYS_USAGE, loadHolidaysFile } from '../holidaysFile.js';
import { say } from '../texts.js';
import { register } from './index.js';

const usage = `giaoban dates <năm> [--day 15] [--rule following|preceding|modified-following|modified-preceding|none] [--json] [--lang vi|en] ${HOLIDAYS_USAGE}`;

export default register({
  name: 'dates',
  usage,
  summary: say('help.command.dates', 'vi'),
  async run(args, io) {
    const { values, positionals } = parseCommandArgs({ args, allowPositionals: true, options: { day: { type: 'string' }, rule: { type: 'string' }, json: { type: 'boolean' }, ...HOLIDAYS_OPTION } }, usage);
    const lang = langArg(values.lang);
    const year = yearArg(onePositional(positionals, '<năm>', usage), usage);
    const day = dayOfMonthArg('day', values.day) ?? 15;
    const rule = ruleArg(values.rule) ?? 'following';
    const overrides = await loadHolidaysFile(values.holidays, io.cwd);
    const list = briefingDates(year, { day, rule, overrides });
    if (values.json) {
      // `estimate`: present when the year's holidays are not announced yet (the date may change).
      printJson(io, list.map((b) => ({ month: b.month, nominal: b.nominal, date: b.date, reason: b.reason, ...(b.estimate ? { estimate: b.estimate.vi } : {}) })));
      return 0;
    }
    // A year without an announced Tết or National Day break: every date is provisional, and the rule used is named.
    const basis = holidayYearBasis(year, { overrides });
    io.stdout(`${say('dates.title', lang, { year, day, rule: DATE_RULE_LABELS[rule][lang] })}\n${basis.note ? `${basis.note[lang]}\n\n` : '\n'}`);
    const head = (['month', 'nominal', 'date', 'weekday', 'reason'] as const).map((h) => say(`dates.head.${h}`, lang));
    const rows = list.map((b) => [formatMonthIn(b.month, lang), formatDateIn(b.nominal, lang), formatDateIn(b.date, lang), weekdayNameIn(b.date, lang), (lang === 'en' ? b.reasonEn : b.reason) ?? '']);
    io.stdout(textTable(head, rows));
    return 0;
  },
});
