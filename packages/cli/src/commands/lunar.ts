/**
 * `giaoban lunar <dd/mm/yyyy|YYYY-MM-DD> [--json]` — the Vietnamese lunar date of a solar date.
 */
import { formatDateIn, formatLunarDate, toLunar, weekdayNameIn } from '@giaoban/core/calendar';
import { dateArg, langArg, onePositional, parseCommandArgs } from '../args.js';
import { printJson } from '../output.js';
import { say } from '../texts.js';
import { register } from './index.js';

const usage = 'giaoban lunar <dd/mm/yyyy|YYYY-MM-DD> [--json] [--lang vi|en]';

export default register({
  name: 'lunar',
  usage,
  summary: say('help.command.lunar', 'vi'),
  async run(args, io) {
    const { values, positionals } = parseCommandArgs({ args, allowPositionals: true, options: { json: { type: 'boolean' } } }, usage);
    const lang = langArg(values.lang);
    const solar = dateArg('<ngày>', onePositional(positionals, '<ngày>', usage));
    const lunar = toLunar(solar);
    if (values.json) {
      printJson(io, { solar, lunar }, false);
      return 0;
    }
    io.stdout(`${say('lunar.solar', lang, { weekday: weekdayNameIn(solar, lang), date: formatDateIn(solar, lang) })}\n${say('lunar.lunar', lang, { lunar: formatLunarDate(lunar, lang) })}\n`);
    return 0;
  },
});
