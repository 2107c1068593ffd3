/**
 * `giaoban period <kỳ> [--calendar] [--cutoff 15] [--json]` — the dates a reporting period covers.
 */
import { daysBetween } from '@giaoban/core/calendar';
import { dayOfMonthArg, onePositional, parseCommandArgs, periodArg } from '../args.js';
import { printJson } from '../output.js';
import { register } from './index.js';

const usage = 'giaoban period <kỳ: "tháng 2/2018", "quý I/2018", "6 tháng đầu năm 2018", "9 tháng 2018", "năm 2018", "từ 01/2018 đến 03/2018", month:2018-02, quarter:2018-Q1, YYYY-MM-DD..YYYY-MM-DD> [--calendar] [--cutoff 15] [--json]';

export default register({
  name: 'period',
  usage,
  summary: 'Khoảng ngày của một kỳ báo cáo (chốt số liệu ngày 15 theo Nghị định 09/2019/NĐ-CP, hoặc theo lịch).',
  async run(args, io) {
    const { values, positionals } = parseCommandArgs(
      { args, allowPositionals: true, options: { calendar: { type: 'boolean' }, cutoff: { type: 'string' }, json: { type: 'boolean' } } },
      usage,
    );
    const spec = onePositional(positionals, '<kỳ>', usage);
    const cutoffDay = dayOfMonthArg('cutoff', values.cutoff);
    const p = periodArg('<kỳ>', spec, { calendar: !!values.calendar, cutoffDay });
    if (values.json) {
      printJson(io, { from: p.from, to: p.to, label: p.label }, false);
      return 0;
    }
    io.stdout(`${p.label}\nTừ ngày:  ${p.from}\nĐến ngày: ${p.to}\nSố ngày:  ${daysBetween(p.from, p.to) + 1}\n`);
    return 0;
  },
});
