/**
 * `giaoban lunar <dd/mm/yyyy|YYYY-MM-DD> [--json]` — the Vietnamese lunar date of a solar date.
 */
import { formatDateVi, formatLunarDate, toLunar, weekdayNameVi } from '@giaoban/core/calendar';
import { dateArg, onePositional, parseCommandArgs } from '../args.js';
import { printJson } from '../output.js';
import { register } from './index.js';

const usage = 'giaoban lunar <dd/mm/yyyy|YYYY-MM-DD> [--json]';

export default register({
  name: 'lunar',
  usage,
  summary: 'Đổi ngày dương lịch sang âm lịch Việt Nam.',
  async run(args, io) {
    const { values, positionals } = parseCommandArgs({ args, allowPositionals: true, options: { json: { type: 'boolean' } } }, usage);
    const solar = dateArg('<ngày>', onePositional(positionals, '<ngày>', usage));
    const lunar = toLunar(solar);
    if (values.json) {
      printJson(io, { solar, lunar }, false);
      return 0;
    }
    io.stdout(`Dương lịch: ${weekdayNameVi(solar)}, ${formatDateVi(solar)}\nÂm lịch:    ${formatLunarDate(lunar)}\n`);
    return 0;
  },
});
