/**
 * `giaoban dates <năm> [--day 15] [--rule following] [--json]` — the 12 briefing dates of a year.
 */
import { briefingDates, formatDateVi, holidayYearBasis, weekdayNameVi } from '@giaoban/core/calendar';
import { formatReportMonth } from '@giaoban/core';
import { dayOfMonthArg, onePositional, parseCommandArgs, ruleArg, yearArg } from '../args.js';
import { printJson } from '../output.js';
import { textTable } from '../table.js';
import { HOLIDAYS_OPTION, HOLIDAYS_USAGE, loadHolidaysFile } from '../holidaysFile.js';
import { register } from './index.js';

const usage = 'giaoban dates <năm> [--day 15] [--rule following|preceding|modified-following|modified-preceding|none] [--json] ' + HOLIDAYS_USAGE;

export default register({
  name: 'dates',
  usage,
  summary: 'Ngày giao ban 12 tháng của một năm (dời khỏi ngày nghỉ, lễ, Tết, kèm lý do).',
  async run(args, io) {
    const { values, positionals } = parseCommandArgs(
      { args, allowPositionals: true, options: { day: { type: 'string' }, rule: { type: 'string' }, json: { type: 'boolean' }, ...HOLIDAYS_OPTION } },
      usage,
    );
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
    io.stdout(`Lịch giao ban năm ${year} (ngày danh nghĩa ${day}, quy tắc ${rule})\n`);
    // A year without an announced Tết or National Day break: every date is provisional, and the rule used is named.
    const basis = holidayYearBasis(year, { overrides });
    io.stdout(basis.note ? `${basis.note.vi}\n\n` : '\n');
    io.stdout(
      textTable(
        ['Tháng', 'Ngày danh nghĩa', 'Ngày giao ban', 'Thứ', 'Lý do dời ngày'],
        list.map((b) => [formatReportMonth(b.month), formatDateVi(b.nominal), formatDateVi(b.date), weekdayNameVi(b.date), b.reason ?? '']),
      ),
    );
    return 0;
  },
});
