/**
 * `giaoban template -o <tệp.xlsx> [--unit "Công an huyện …"] [--rows 2000]`: a new, empty tracking
 * workbook in the canonical layout (one sheet per table kind, drop-down lists, date formats).
 */
import { resolve } from 'node:path';
import { templateSheetModels } from '@giaoban/core';
import { intArg, langArg, parseCommandArgs } from '../args.js';
import { UsageError } from '../io.js';
import { checkOutputFiles } from '../outputFile.js';
import { shownPath } from '../paths.js';
import { both, say } from '../texts.js';
import { register } from './index.js';

const usage = 'giaoban template -o <tệp.xlsx> [--unit "Công an huyện …"] [--rows 2000] [--force] [--lang vi|en]';

export default register({
  name: 'template',
  usage,
  summary: say('help.command.template', 'vi'),
  async run(args, io) {
    const { values } = parseCommandArgs({ args, allowPositionals: false, options: { out: { type: 'string', short: 'o' }, unit: { type: 'string' }, rows: { type: 'string' }, force: { type: 'boolean' } } }, usage);
    const lang = langArg(values.lang);
    if (!values.out) throw new UsageError(both('usage.missing', { what: '-o <tệp.xlsx>', usage }));
    if (!/\.xlsx$/i.test(values.out)) throw new UsageError(both('usage.xlsxOut', { value: values.out }));
    const rows = intArg('rows', values.rows, 1, 100_000);
    const out = { path: resolve(io.cwd, values.out), shown: shownPath(io.cwd, values.out) };
    // Never overwrite a clerk's existing workbook by accident (checked again when writing).
    await checkOutputFiles([out], { force: !!values.force });
    const { writeWorkbookWithSheets } = await import('../xlsx/index.js');
    const models = templateSheetModels({ ...(values.unit ? { unitName: values.unit } : {}), ...(rows ? { rows } : {}) });
    const written = await writeWorkbookWithSheets(null, out.path, models, { force: !!values.force });
    const sheets = written.filter((w) => !models.find((m) => m.name === w.sheet)?.hidden).map((w) => w.sheet);
    io.stdout(`${say('line.templateWritten', lang, { path: out.shown, sheets: sheets.join(', ') })}\n`);
    return 0;
  },
});
