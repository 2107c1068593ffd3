/**
 * `giaoban period <kỳ> [--calendar] [--cutoff 15] [--json]` — the dates a reporting period covers.
 */
import { daysBetween, formatDateIn } from '@giaoban/core/calendar';
import { dayOfMonthArg, langArg, onePositional, parseCommandArgs, periodArg } from '../args.js';
import { printJson } from '../output.js';
import { say } from '../texts.js';
import { register } from './index.js';

const usage = 'giaoban period <kỳ: "tháng 2/2018", "quý I/2018", "6 tháng đầu năm 2018", "9 tháng 2018", "năm 2018", "từ 01/2018 đến 03/2018", month:2018-02, quarter:2018-Q1, YYYY-MM-DD..YYYY-MM-DD> [--calendar] [--cutoff 15] [--json] [--lang vi|en]';

export default register({
  name: 'period',
  usage,
  summary: say('help.command.period', 'vi'),
  async run(args, io) {
    const { values, positionals } = parseCommandArgs({ args, allowPositionals: true, options: { calendar: { type: 'boolean' }, cutoff: { type: 'string' }, json: { type: 'boolean' } } }, usage);
    const lang = langArg(values.lang);
    const spec = onePositional(positionals, '<kỳ>', usage);
    const p = periodArg('<kỳ>', spec, { calendar: !!values.calendar, cutoffDay: dayOfMonthArg('cutoff', values.cutoff) });
    if (values.json) {
      printJson(io, { from: p.from, to: p.to, label: p.label }, false);
      return 0;
    }
    const lines = [lang === 'en' ? p.labelEn : p.label, say('period.from', lang, { date: formatDateIn(p.from, lang) }), say('period.to', lang, { date: formatDateIn(p.to, lang) }), say('period.days', lang, { n: daysBetween(p.from, p.to) + 1 })];
    io.stdout(lines.join('\n') + '\n');
    return 0;
  },
});
