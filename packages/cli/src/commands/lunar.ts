/**
 * `giaoban lunar <YYYY-MM-DD> [--json]` — the Vietnamese lunar date of a solar date.
 */
import { parseArgs } from 'node:util';
import { formatDateVi, formatLunarDate, isValidIsoDate, toLunar, weekdayNameVi } from '@giaoban/core/calendar';
import { UsageError } from '../io.js';
import { register } from './index.js';

const usage = 'giaoban lunar <YYYY-MM-DD> [--json]';

export default register({
  name: 'lunar',
  usage,
  summary: 'Đổi ngày dương lịch sang âm lịch Việt Nam.',
  async run(args, io) {
    let parsed;
    try {
      parsed = parseArgs({ args, allowPositionals: true, options: { json: { type: 'boolean' } } });
    } catch (err) {
      throw new UsageError(`tham số không hợp lệ (${(err as Error).message}). Cách dùng: ${usage}`);
    }
    const { values, positionals } = parsed;
    const solar = positionals[0];
    if (solar === undefined) throw new UsageError(`thiếu <ngày>. Cách dùng: ${usage}`);
    if (positionals.length > 1) throw new UsageError(`thừa tham số "${positionals[1]}". Cách dùng: ${usage}`);
    if (!isValidIsoDate(solar) || +solar.slice(0, 4) < 1900 || +solar.slice(0, 4) > 2100) {
      throw new UsageError(`<ngày> "${solar}" không hợp lệ: cần ngày có thật dạng YYYY-MM-DD, từ năm 1900 đến 2100`);
    }
    const lunar = toLunar(solar);
    if (values.json) {
      io.stdout(JSON.stringify({ solar, lunar }) + '\n');
      return 0;
    }
    io.stdout(`Dương lịch: ${weekdayNameVi(solar)}, ${formatDateVi(solar)}\nÂm lịch:    ${formatLunarDate(lunar)}\n`);
    return 0;
  },
});
