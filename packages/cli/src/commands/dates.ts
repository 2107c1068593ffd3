/**
 * `giaoban dates <năm> [--day 15] [--rule following] [--json]` — the 12 briefing dates of a year.
 */
import { parseArgs } from 'node:util';
import { briefingDates, DATE_RULES, formatDateVi, weekdayNameVi, type DateRule } from '@giaoban/core/calendar';
import { UsageError } from '../io.js';
import { register } from './index.js';

/** Reads a year argument 1900–2100 or throws a UsageError naming it. */
function yearArg(v: string | undefined, usage: string): number {
  if (v === undefined) throw new UsageError(`thiếu <năm>. Cách dùng: ${usage}`);
  if (!/^\d{4}$/.test(v) || +v < 1900 || +v > 2100) throw new UsageError(`<năm> "${v}" không hợp lệ: cần một năm từ 1900 đến 2100`);
  return +v;
}

function table(head: string[], rows: string[][]): string {
  const w = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (r: string[]) => r.map((c, i) => (i === r.length - 1 ? c : c.padEnd(w[i]!))).join('  ').trimEnd();
  return [line(head), w.map((n) => '-'.repeat(n)).join('  '), ...rows.map(line)].join('\n') + '\n';
}

const usage = 'giaoban dates <năm> [--day 15] [--rule following|preceding|modified-following|modified-preceding|none] [--json]';

export default register({
  name: 'dates',
  usage,
  summary: 'Ngày giao ban 12 tháng của một năm (dời khỏi ngày nghỉ, lễ, Tết, kèm lý do).',
  async run(args, io) {
    let parsed;
    try {
      parsed = parseArgs({
        args,
        allowPositionals: true,
        options: { day: { type: 'string' }, rule: { type: 'string' }, json: { type: 'boolean' } },
      });
    } catch (err) {
      throw new UsageError(`tham số không hợp lệ (${(err as Error).message}). Cách dùng: ${usage}`);
    }
    const { values, positionals } = parsed;
    if (positionals.length > 1) throw new UsageError(`thừa tham số "${positionals[1]}". Cách dùng: ${usage}`);
    const year = yearArg(positionals[0], usage);
    let day = 15;
    if (values.day !== undefined) {
      if (!/^\d{1,2}$/.test(values.day) || +values.day < 1 || +values.day > 28) throw new UsageError(`--day "${values.day}" không hợp lệ: cần một ngày từ 1 đến 28`);
      day = +values.day;
    }
    const rule = (values.rule ?? 'following') as DateRule;
    if (!DATE_RULES.includes(rule)) throw new UsageError(`--rule "${values.rule}" không hợp lệ: dùng ${DATE_RULES.join(', ')}`);
    const list = briefingDates(year, { day, rule });
    if (values.json) {
      io.stdout(JSON.stringify(list.map((b) => ({ month: b.month, nominal: b.nominal, date: b.date, reason: b.reason })), null, 2) + '\n');
      return 0;
    }
    io.stdout(`Lịch giao ban năm ${year} (ngày danh nghĩa ${day}, quy tắc ${rule})\n\n`);
    io.stdout(
      table(
        ['Tháng', 'Ngày danh nghĩa', 'Ngày giao ban', 'Thứ', 'Lý do dời ngày'],
        list.map((b) => [b.month.slice(5) + '/' + b.month.slice(0, 4), formatDateVi(b.nominal), formatDateVi(b.date), weekdayNameVi(b.date), b.reason ?? '']),
      ),
    );
    return 0;
  },
});

export { yearArg, table };
