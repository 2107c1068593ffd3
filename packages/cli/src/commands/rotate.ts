/**
 * `giaoban rotate <sổ.xlsx> --from YYYY-MM --months N [--json] [-o ra.xlsx] [--ics lich.ics]`
 * — plans hosts, chairs and dates for every cluster (SPEC §3) from the
 * workbook's catalogue, holidays, briefings held and the previous plan sheet
 * (rows marked "Cố định" are kept as given).
 */
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import {
  mergeHolidaySources,
  buildPlanSheetOf,
  communeLabel,
  formatDateVi,
  formatReportMonth,
  planRotation,
  calendarUnitName,
  detectUnitNames,
  formatRotationNumber,
  readWorkbook,
  rotationInputOf,
  type RotationPlan,
} from '@giaoban/core';
import { dateArg, dayOfMonthArg, monthArg, onePositional, parseCommandArgs, ruleArg } from '../args.js';
import { FileError, UsageError } from '../io.js';
import { printJson } from '../output.js';
import { checkOutputFiles, writeOutputFile } from '../outputFile.js';
import { HOLIDAYS_OPTION, HOLIDAYS_USAGE, loadHolidaysFile } from '../holidaysFile.js';
import { register } from './index.js';

const usage =
  'giaoban rotate <sổ.xlsx> --from YYYY-MM --months N [--json] [-o ra.xlsx] [--ics lich.ics] [--day 15] [--rule following] [--freeze YYYY-MM-DD] [--unit "CÔNG AN …"] [--parent-unit "CÔNG AN TỈNH …"] [--remind-days 3] [--force] ' + HOLIDAYS_USAGE;

function parse(args: string[]) {
  return parseCommandArgs(
    {
      args,
      allowPositionals: true,
      options: {
        from: { type: 'string' },
        months: { type: 'string' },
        json: { type: 'boolean' },
        output: { type: 'string', short: 'o' },
        ics: { type: 'string' },
        day: { type: 'string' },
        rule: { type: 'string' },
        freeze: { type: 'string' },
        unit: { type: 'string' },
        'parent-unit': { type: 'string' },
        force: { type: 'boolean' },
        ...HOLIDAYS_OPTION,
        'remind-days': { type: 'string' },
      },
    },
    usage,
  );
}

function textReport(plan: RotationPlan): string {
  const out: string[] = [];
  let month = '';
  for (const b of plan.briefings) {
    if (b.month !== month) {
      month = b.month;
      out.push('', `Tháng ${formatReportMonth(month)}`);
    }
    const src = b.source === 'history' ? ' [đã tổ chức]' : b.source === 'override' ? ' [cố định]' : '';
    out.push(`  ${b.cluster}: ${formatDateVi(b.date)} tại ${b.host}, chủ trì: ${b.chair ? `Đ/c ${b.chair}` : 'CHƯA BỐ TRÍ ĐƯỢC'}${src}`);
  }
  if (plan.problems.length > 0) {
    out.push('', `Chưa bố trí được (${plan.problems.length}):`);
    for (const p of plan.problems) out.push(`  - ${p.month} ${p.cluster}: ${p.message}`);
  }
  if (plan.fairness.leaders.length > 0) {
    out.push('', `Công bằng (số buổi chủ trì / định mức): ${plan.fairness.leaders.map((l) => `${l.leader} ${l.chairs}/${formatRotationNumber(l.fairShare, 'vi')}`).join('; ')}`);
  }
  for (const sw of plan.swaps) out.push(`  Đổi lịch: ${sw.effect}`);
  if (plan.changes.length > 0) {
    out.push('', `Thay đổi so với lịch trước (${plan.changes.length}):`);
    const label = { date: 'ngày', host: 'xã đăng cai', chair: 'lãnh đạo chủ trì' } as const;
    for (const c of plan.changes) out.push(`  - ${c.month} ${c.cluster}, ${label[c.field]}: ${c.before ?? '(trống)'} → ${c.after ?? '(trống)'} — ${c.reason}`);
  }
  return out.join('\n').replace(/^\n/, '') + '\n';
}

export default register({
  name: 'rotate',
  usage,
  summary: 'Lập lịch luân phiên giao ban: xã đăng cai, lãnh đạo chủ trì, ngày giao ban cho từng cụm (ghi sheet "Lịch giao ban", xuất .ics).',
  async run(args, io) {
    const { values, positionals } = parse(args);
    const file = onePositional(positionals, '<sổ.xlsx>', usage);
    if (values.from === undefined) throw new UsageError({ vi: `thiếu --from YYYY-MM (tháng bắt đầu). Cách dùng: ${usage}`, en: `missing --from YYYY-MM (first month). Usage: ${usage}` });
    const from = monthArg('--from', values.from);
    if (values.months === undefined) throw new UsageError({ vi: `thiếu --months N (số tháng cần lập lịch). Cách dùng: ${usage}`, en: `missing --months N (how many months to plan). Usage: ${usage}` });
    if (!/^\d{1,3}$/.test(values.months) || +values.months < 1 || +values.months > 120) throw new UsageError({ vi: `--months "${values.months}" không hợp lệ: cần số tháng từ 1 đến 120`, en: `--months "${values.months}" is not valid: use 1 to 120 months` });
    const day = dayOfMonthArg('day', values.day);
    const rule = ruleArg(values.rule);
    const freeze = dateArg('--freeze', values.freeze);
    const remindDays = values['remind-days'] === undefined ? 3 : Number(values['remind-days']);
    if (!/^\d{1,2}$/.test(values['remind-days'] ?? '3')) throw new UsageError(`--remind-days "${values['remind-days']}" không hợp lệ: cần số ngày nhắc trước từ 0 đến 99 (0 = không nhắc)`);

    const extraHolidays = await loadHolidaysFile(values.holidays, io.cwd);
    const input = resolve(io.cwd, file);
    const force = !!values.force;
    // Every output checked before the slow read: nothing is written when one of them cannot be.
    const outputs = [values.output, values.ics].filter((o): o is string => o !== undefined);
    await checkOutputFiles(outputs.map((o) => ({ path: resolve(io.cwd, o), shown: o })), { force, inputs: [input] });
    // Loaded here, not at the top: `giaoban --help` and `dates` must not load the spreadsheet libraries.
    const { openWorkbookForUpdate, readWorkbookFile } = await import('../xlsx/index.js');
    // With -o: one exceljs load, the grid and the written copy from the same model; otherwise streamed.
    const book = values.output !== undefined ? await openWorkbookForUpdate(input, { outputPath: resolve(io.cwd, values.output) }) : null;
    const grid = book ? book.grid : await readWorkbookFile(input);
    const read = readWorkbook(grid);
    const cat = read.catalogue;
    if (cat.communes.length === 0) {
      throw new FileError({ vi: `không tìm thấy danh sách xã trong "${file}" (cần một bảng có cột "Xã" và "Cụm").`, en: `no communes list in "${file}" (a table with the columns "Xã" and "Cụm" is needed).` });
    }
    const dateOptions = {
      ...(day !== undefined ? { day } : {}),
      ...(rule !== undefined ? { rule } : {}),
      // The --holidays file under the workbook's own holiday sheet (which wins a date).
      overrides: mergeHolidaySources(extraHolidays, cat.holidays),
    };
    const plan = planRotation({
      ...rotationInputOf(read),
      from,
      months: +values.months,
      dateOptions,
      freezeDate: freeze ?? null,
    });

    const byName = new Map(cat.communes.map((c) => [c.name, c] as const));
    const hostLabel = (b: { host: string }) => {
      const c = byName.get(b.host);
      return c ? communeLabel(c) : b.host;
    };

    const notes: string[] = [];
    if (values.output !== undefined) {
      const names = detectUnitNames(grid);
      const model = buildPlanSheetOf(plan, { parentUnit: values['parent-unit'] ?? names.parent, unit: values.unit ?? names.unit });
      const out = resolve(io.cwd, values.output);
      const written = await book!.write(out, [model], { onNote: (m) => notes.push(m), force });
      for (const w of written) {
        notes.push(`Đã ${w.action === 'replace' ? 'thay' : 'tạo'} sheet "${w.sheet}" trong tệp ${values.output}.`);
      }
    }
    if (values.ics !== undefined) {
      if (plan.briefings.length === 0) throw new UsageError('không có buổi giao ban nào để xuất --ics');
      const { planToIcs } = await import('../ics/planIcs.js');
      const icsPath = resolve(io.cwd, values.ics);
      // The previous export is what calendar clients hold: SEQUENCE rises only for events that changed since.
      // (Without --force an existing file was refused before any work, so there is one only with --force.)
      const previous = await readFile(icsPath, 'utf8').catch(() => null);
      const unit = calendarUnitName(values.unit, grid, file);
      await writeOutputFile(icsPath, planToIcs(plan.briefings, hostLabel, { unit, remindDays, previous }), { force, inputs: [input], shown: values.ics });
      notes.push(`Đã ghi ${plan.briefings.length} sự kiện vào tệp lịch ${values.ics}.`);
    }
    if (read.summary.errors > 0) {
      notes.push(`Sổ có ${read.summary.errors} lỗi (các dòng lỗi không được dùng để lập lịch); chạy "giaoban validate" để xem chi tiết.`);
    }

    if (values.json) {
      const json = {
        briefings: plan.briefings.map((b) => ({
          month: b.month,
          cluster: b.cluster,
          date: b.date,
          host: b.host,
          chair: b.chair,
          participatingCommunes: b.participatingCommunes,
          participants: b.participants,
          reasons: b.reasons,
          source: b.source,
        })),
        problems: plan.problems.map((p) => ({ month: p.month, cluster: p.cluster, message: p.message })),
        fairness: plan.fairness,
        swaps: plan.swaps.map((x) => ({ ...x.swap, field: x.field, applied: x.applied, before: x.before, after: x.after, effect: x.effect })),
        changes: plan.changes,
      };
      printJson(io, json);
      for (const n of notes) io.stderr(n + '\n');
    } else {
      io.stdout(textReport(plan));
      for (const n of notes) io.stdout(n + '\n');
    }
    return read.summary.errors > 0 ? 1 : 0;
  },
});
