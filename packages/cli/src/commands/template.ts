/**
 * `giaoban template -o <tệp.xlsx> [--level tinh|xa|huyen] [--unit "Công an tỉnh …"] [--rows 2000]`: a new,
 * empty tracking workbook in the canonical layout (one sheet per table kind, drop-down lists, date
 * formats) of a provincial police unit's clusters of communes (the default), a commune police unit's
 * villages, or a district police unit before 2025; the level follows --unit when not given.
 */
import { resolve } from 'node:path';
import { templateSheetModels, type TemplateLevel } from '@giaoban/core';
import { intArg, langArg, missingArgument, parseCommandArgs } from '../args.js';
import { UsageError } from '../io.js';
import { checkOutputFiles } from '../outputFile.js';
import { shownPath } from '../paths.js';
import { both, say } from '../texts.js';
import { register } from './index.js';

const usage = 'giaoban template -o <tệp.xlsx> [--level tinh|xa|huyen] [--unit "Công an tỉnh …"] [--rows 2000] [--force] [--lang vi|en]';

/** `--level`, as typed (with or without accents, or in English). */
const LEVELS: Readonly<Record<string, TemplateLevel>> = { tinh: 'province', tỉnh: 'province', province: 'province', xa: 'commune', xã: 'commune', commune: 'commune', huyen: 'district', huyện: 'district', district: 'district' };

function levelArg(v: string | undefined): TemplateLevel | undefined {
  if (v === undefined) return undefined;
  const level = LEVELS[v.trim().normalize('NFC').toLocaleLowerCase('vi')];
  if (!level) throw new UsageError(both('usage.level', { value: v }));
  return level;
}

export default register({
  name: 'template',
  usage,
  summary: say('help.command.template', 'vi'),
  async run(args, io) {
    const { values } = parseCommandArgs(
      { args, allowPositionals: false, options: { out: { type: 'string', short: 'o' }, level: { type: 'string' }, unit: { type: 'string' }, rows: { type: 'string' }, force: { type: 'boolean' } } },
      usage,
    );
    const lang = langArg(values.lang);
    if (!values.out) throw missingArgument('-o <tệp.xlsx>', usage);
    if (!/\.xlsx$/i.test(values.out)) throw new UsageError(both('usage.xlsxOut', { value: values.out }));
    const rows = intArg('rows', values.rows, 1, 100_000);
    const level = levelArg(values.level);
    const out = { path: resolve(io.cwd, values.out), shown: shownPath(io.cwd, values.out) };
    // Never overwrite a clerk's existing workbook by accident (checked again when writing).
    await checkOutputFiles([out], { force: !!values.force });
    const { writeWorkbookWithSheets } = await import('../xlsx/index.js');
    const models = templateSheetModels({ ...(values.unit ? { unitName: values.unit } : {}), ...(rows ? { rows } : {}), ...(level ? { level } : {}) });
    const written = await writeWorkbookWithSheets(null, out.path, models, { force: !!values.force, shown: out.shown });
    const sheets = written.filter((w) => !models.find((m) => m.name === w.sheet)?.hidden).map((w) => w.sheet);
    io.stdout(`${say('line.templateWritten', lang, { path: out.shown, sheets: sheets.join(', ') })}\n`);
    return 0;
  },
});
