/**
 * `giaoban period <kỳ> [--calendar] [--cutoff 15] [--json]` — the dates a reporting period covers.
 */
import { parseArgs } from 'node:util';
import { daysBetween, parsePeriodSpec, PeriodSpecError } from '@giaoban/core/calendar';
import { UsageError } from '../io.js';
import { register } from './index.js';

const usage = 'giaoban period <month:2018-02|quarter:2018-Q1|half:2018-H1|nine-months:2018|year:2018|YYYY-MM-DD..YYYY-MM-DD> [--calendar] [--cutoff 15] [--json]';

export default register({
  name: 'period',
  usage,
  summary: 'Khoảng ngày của một kỳ báo cáo (chốt số liệu ngày 15 theo Nghị định 09/2019/NĐ-CP, hoặc theo lịch).',
  async run(args, io) {
    let parsed;
    try {
      parsed = parseArgs({
        args,
        allowPositionals: true,
        options: { calendar: { type: 'boolean' }, cutoff: { type: 'string' }, json: { type: 'boolean' } },
      });
    } catch (err) {
      throw new UsageError(`tham số không hợp lệ (${(err as Error).message}). Cách dùng: ${usage}`);
    }
    const { values, positionals } = parsed;
    const spec = positionals[0];
    if (spec === undefined) throw new UsageError(`thiếu <kỳ>. Cách dùng: ${usage}`);
    if (positionals.length > 1) throw new UsageError(`thừa tham số "${positionals[1]}". Cách dùng: ${usage}`);
    let cutoffDay: number | undefined;
    if (values.cutoff !== undefined) {
      if (!/^\d{1,2}$/.test(values.cutoff) || +values.cutoff < 1 || +values.cutoff > 28) throw new UsageError(`--cutoff "${values.cutoff}" không hợp lệ: cần một ngày từ 1 đến 28`);
      cutoffDay = +values.cutoff;
    }
    let p;
    try {
      p = parsePeriodSpec(spec, { calendar: !!values.calendar, cutoffDay });
    } catch (err) {
      if (err instanceof PeriodSpecError) throw new UsageError(`<kỳ>: ${err.message}`);
      throw err;
    }
    if (values.json) {
      io.stdout(JSON.stringify({ from: p.from, to: p.to, label: p.label }) + '\n');
      return 0;
    }
    io.stdout(`${p.label}\nTừ ngày:  ${p.from}\nĐến ngày: ${p.to}\nSố ngày:  ${daysBetween(p.from, p.to) + 1}\n`);
    return 0;
  },
});
