/**
 * `giaoban template -o <tệp.xlsx> [--unit "Công an huyện …"] [--rows 2000]`: a new, empty tracking
 * workbook in the canonical layout (one sheet per table kind, drop-down lists, date formats).
 */
import { resolve } from 'node:path';
import { templateSheetModels, type TemplateLevel } from '@giaoban/core';
import { parseCommandArgs } from '../args.js';
import { UsageError, type CliIO } from '../io.js';
import { checkOutputFiles } from '../outputFile.js';
import { register } from './index.js';

const usage = 'giaoban template -o <tệp.xlsx> [--level tinh|xa|huyen] [--unit "Công an tỉnh …"] [--rows 2000] [--force]';

/** `--level`: tinh (a provincial unit's clusters of communes), xa (a commune police unit's villages), huyen (the layout before 2025). */
const LEVELS: Record<string, TemplateLevel> = { tinh: 'province', 'tỉnh': 'province', province: 'province', xa: 'commune', 'xã': 'commune', commune: 'commune', huyen: 'district', 'huyện': 'district', district: 'district' };

register({
  name: 'template',
  usage,
  summary: 'Tạo sổ theo dõi trống theo mẫu chuẩn (có danh sách chọn và định dạng ngày).',
  async run(args: string[], io: CliIO): Promise<number> {
    const { values } = parseCommandArgs(
      {
        args,
        allowPositionals: false,
        options: { out: { type: 'string', short: 'o' }, unit: { type: 'string' }, rows: { type: 'string' }, force: { type: 'boolean' }, level: { type: 'string' } },
      },
      usage,
    );
    if (!values.out) throw new UsageError({ vi: `thiếu -o <tệp.xlsx>. Cách dùng: ${usage}`, en: `missing -o <file.xlsx>. Usage: ${usage}` });
    if (!/\.xlsx$/i.test(values.out)) throw new UsageError({ vi: `-o "${values.out}" phải là tệp .xlsx`, en: `-o "${values.out}" must be an .xlsx file` });
    let rows: number | undefined;
    if (values.rows !== undefined) {
      rows = Number(values.rows);
      if (!Number.isInteger(rows) || rows < 1 || rows > 100_000) throw new UsageError({ vi: `--rows "${values.rows}" phải là số nguyên từ 1 đến 100000`, en: `--rows "${values.rows}" must be a whole number from 1 to 100000` });
    }
    const level = values.level === undefined ? undefined : LEVELS[values.level.trim().toLocaleLowerCase('vi')];
    if (values.level !== undefined && !level) {
      throw new UsageError({ vi: `--level "${values.level}" không hợp lệ: dùng tinh (Công an tỉnh, cụm xã), xa (Công an xã, thôn bản) hoặc huyen (mẫu trước năm 2025)`, en: `--level "${values.level}" is not valid: use tinh (provincial police, clusters of communes), xa (commune police, villages) or huyen (the layout before 2025)` });
    }
    const out = resolve(io.cwd, values.out);
    // Never overwrite a clerk's existing workbook by accident (checked again when writing).
    await checkOutputFiles([{ path: out, shown: values.out }], { force: !!values.force });
    const { writeWorkbookWithSheets } = await import('../xlsx/index.js');
    const models = templateSheetModels({ ...(values.unit ? { unitName: values.unit } : {}), ...(rows ? { rows } : {}), ...(level ? { level } : {}) });
    const written = await writeWorkbookWithSheets(null, out, models, { force: !!values.force });
    io.stdout(`Đã tạo sổ theo dõi trống ${values.out} với các trang: ${written.filter((w) => !models.find((m) => m.name === w.sheet)?.hidden).map((w) => w.sheet).join(', ')}.\n`);
    return 0;
  },
});
