/**
 * `giaoban lunar <YYYY-MM-DD> [--json]` — the Vietnamese lunar date of a solar date.
 */
import { formatDateVi, formatLunarDate, isValidIsoDate, toLunar, weekdayNameVi } from '@giaoban/core/calendar';
import { onePositional, parseCommandArgs } from '../args.js';
import { UsageError } from '../io.js';
import { printJson } from '../output.js';
import { register } from './index.js';

const usage = 'giaoban lunar <YYYY-MM-DD> [--json]';

export default register({
  name: 'lunar',
  usage,
  summary: 'Đổi ngày dương lịch sang âm lịch Việt Nam.',
  async run(args, io) {
    const { values, positionals } = parseCommandArgs({ args, allowPositionals: true, options: { json: { type: 'boolean' } } }, usage);
    const solar = onePositional(positionals, '<ngày>', usage);
    if (!isValidIsoDate(solar) || +solar.slice(0, 4) < 1900 || +solar.slice(0, 4) > 2100) {
      throw new UsageError(`<ngày> "${solar}" không hợp lệ: cần ngày có thật dạng YYYY-MM-DD, từ năm 1900 đến 2100`);
    }
    const lunar = toLunar(solar);
    if (values.json) {
      printJson(io, { solar, lunar }, false);
      return 0;
    }
    io.stdout(`Dương lịch: ${weekdayNameVi(solar)}, ${formatDateVi(solar)}\nÂm lịch:    ${formatLunarDate(lunar)}\n`);
    return 0;
  },
});
