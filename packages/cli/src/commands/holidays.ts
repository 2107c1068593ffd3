/**
 * `giaoban holidays <năm> [--json]` — the holiday calendar of a year, one line per day.
 */
import { parseArgs } from 'node:util';
import { formatDateVi, HOLIDAY_SOURCE_LABELS, holidaysOf, weekdayNameVi } from '@giaoban/core/calendar';
import { UsageError } from '../io.js';
import { register } from './index.js';
import { table, yearArg } from './dates.js';

const usage = 'giaoban holidays <năm> [--json]';

export default register({
  name: 'holidays',
  usage,
  summary: 'Ngày nghỉ lễ, Tết, nghỉ bù và ngày làm bù của một năm (theo luật, quyết định hoặc ước tính).',
  async run(args, io) {
    let parsed;
    try {
      parsed = parseArgs({ args, allowPositionals: true, options: { json: { type: 'boolean' } } });
    } catch (err) {
      throw new UsageError(`tham số không hợp lệ (${(err as Error).message}). Cách dùng: ${usage}`);
    }
    const { values, positionals } = parsed;
    if (positionals.length > 1) throw new UsageError(`thừa tham số "${positionals[1]}". Cách dùng: ${usage}`);
    const year = yearArg(positionals[0], usage);
    const list = holidaysOf(year);
    if (values.json) {
      io.stdout(JSON.stringify(list.map((h) => ({ date: h.date, name: h.name, kind: h.kind, source: h.source })), null, 2) + '\n');
      return 0;
    }
    io.stdout(`Ngày nghỉ lễ, Tết năm ${year}\n\n`);
    io.stdout(
      table(
        ['Ngày', 'Thứ', 'Loại', 'Nguồn', 'Tên'],
        list.map((h) => [formatDateVi(h.date), weekdayNameVi(h.date), h.kind === 'off' ? 'Nghỉ' : 'Làm bù', HOLIDAY_SOURCE_LABELS[h.source].vi, h.name]),
      ),
    );
    if (list.some((h) => h.source === 'estimate')) {
      io.stdout('\n"ước tính": chưa có quyết định nghỉ chính thức; ghi ngày nghỉ thực tế vào sheet ngày nghỉ của sổ theo dõi để thay thế.\n');
    }
    return 0;
  },
});
