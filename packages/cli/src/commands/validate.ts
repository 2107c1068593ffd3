/**
 * `giaoban validate <sổ.xlsx>`: reads a clerk's workbook, finds its tables and says what
 * is wrong and where. Exit 0: no errors; 1: errors found; 2: the file cannot be used.
 */
import { findingsJson, findingsText } from '@giaoban/core';
import { langArg, onePositional, parseCommandArgs } from '../args.js';
import { printJson } from '../output.js';
import { say } from '../texts.js';
import { openWorkbook, WORKBOOK_OPTIONS, WORKBOOK_USAGE } from '../workbook.js';
import { register } from './index.js';

const usage = `giaoban validate <sổ.xlsx> ${WORKBOOK_USAGE}`;

export default register({
  name: 'validate',
  usage,
  summary: say('help.command.validate', 'vi'),
  async run(args, io) {
    const { values, positionals } = parseCommandArgs({ args, allowPositionals: true, options: { ...WORKBOOK_OPTIONS } }, usage);
    const file = onePositional(positionals, '<sổ.xlsx>', usage);
    const lang = langArg(values.lang);
    const { session } = await openWorkbook(io, file, values, lang);
    const view = session.findings();
    if (values.json) printJson(io, findingsJson(view, lang));
    else io.stdout(findingsText(view, lang));
    return view.summary.errors > 0 ? 1 : 0;
  },
});
