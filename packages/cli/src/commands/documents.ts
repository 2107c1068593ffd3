/**
 * `giaoban documents <sổ.xlsx> --month YYYY-MM [--kind …] [--cluster …] -o DIR [--json] [--force]`:
 * the papers of a month as Decree 30 .docx files — invitations to the briefings
 * planned in that calendar month, minutes of those held (blank ones for those to
 * come) and the report of the reporting month that ends in it. The plan is
 * `rotate`'s with the same inputs (--day, --rule, --freeze, --holidays). Core
 * decides every word; this command reads, writes and prints.
 */
import { statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import {
  briefingDocuments,
  civilDateInVietnam,
  detectUnitNames,
  documentFileName,
  isValidYearMonth,
  readWorkbook,
  resolveDocumentSettings,
  GiaobanRangeError,
  PapersMonthError,
  PapersRecordError,
  StatisticsFilterError,
  type DocumentKind,
  type DocumentSettingsOverrides,
} from '@giaoban/core';
import { dateArg, dayOfMonthArg, langArg, onePositional, parseCommandArgs, ruleArg } from '../args.js';
import { FileError, UsageError, usageErrorFrom, type CliIO } from '../io.js';
import { printJson } from '../output.js';
import { checkOutputFiles, writeOutputFile } from '../outputFile.js';
import { HOLIDAYS_OPTION, HOLIDAYS_USAGE, loadHolidaysFile } from '../holidaysFile.js';
import { register } from './index.js';

const usage =
  'giaoban documents <sổ.xlsx> --month YYYY-MM [--kind invitation|minutes|report] [--cluster <cụm>] -o DIR [--json] [--force] ' +
  '[--calendar] [--cutoff 15] [--as-of YYYY-MM-DD] [--overdue-days 30] [--time 07h30] [--place "…"] [--invite-days 5] [--start-number N] ' +
  '[--day 15] [--rule following] [--freeze YYYY-MM-DD] [--draft] ' +
  '[--issuing-body "CÔNG AN …"] [--parent-body "…"] [--place-name "…"] [--abbr CAH] [--signer-authority "KT. …"] [--signer-title "…"] [--signer-name "…"] [--lang vi|en] ' + HOLIDAYS_USAGE;

const KINDS: readonly DocumentKind[] = ['invitation', 'minutes', 'report'];
const KIND_VI: Record<DocumentKind, string> = { invitation: 'Giấy mời', minutes: 'Biên bản', report: 'Báo cáo' };

function kindsArg(v: string | undefined): DocumentKind[] | undefined {
  if (v === undefined) return undefined;
  const list = v.split(',').map((s) => s.trim()).filter((s) => s);
  for (const k of list) if (!KINDS.includes(k as DocumentKind)) throw new UsageError({ vi: `--kind "${k}" không hợp lệ: dùng ${KINDS.join(', ')}`, en: `--kind "${k}" is not valid: use ${KINDS.join(', ')}` });
  return list as DocumentKind[];
}

function intArg(name: string, v: string | undefined, min: number, max: number): number | undefined {
  if (v === undefined) return undefined;
  if (!/^\d{1,6}$/.test(v) || +v < min || +v > max) throw new UsageError({ vi: `--${name} "${v}" không hợp lệ: cần số nguyên từ ${min} đến ${max}`, en: `--${name} "${v}" is not valid: use a whole number from ${min} to ${max}` });
  return +v;
}

export default register({
  name: 'documents',
  usage,
  summary: 'Soạn giấy mời, biên bản và báo cáo giao ban của một tháng thành tệp .docx đúng thể thức Nghị định 30/2020 (-o thư mục).',
  async run(args: string[], io: CliIO) {
    const { values: v, positionals } = parseCommandArgs(
      {
        args,
        allowPositionals: true,
        options: {
          month: { type: 'string' },
          kind: { type: 'string' },
          cluster: { type: 'string' },
          output: { type: 'string', short: 'o' },
          json: { type: 'boolean' },
          force: { type: 'boolean' },
          calendar: { type: 'boolean' },
          cutoff: { type: 'string' },
          'as-of': { type: 'string' },
          ...HOLIDAYS_OPTION,
          'overdue-days': { type: 'string' },
          time: { type: 'string' },
          place: { type: 'string' },
          'invite-days': { type: 'string' },
          day: { type: 'string' },
          rule: { type: 'string' },
          freeze: { type: 'string' },
          draft: { type: 'boolean' },
          'start-number': { type: 'string' },
          'issuing-body': { type: 'string' },
          'parent-body': { type: 'string' },
          'place-name': { type: 'string' },
          abbr: { type: 'string' },
          'signer-authority': { type: 'string' },
          'signer-title': { type: 'string' },
          'signer-name': { type: 'string' },
          lang: { type: 'string' },
          quiet: { type: 'boolean', short: 'q' },
        },
      },
      usage,
    );
    const file = onePositional(positionals, '<sổ.xlsx>', usage);
    const lang = langArg(v.lang);
    if (v.month === undefined) throw new UsageError({ vi: `thiếu --month YYYY-MM. Cách dùng: ${usage}`, en: `missing --month YYYY-MM. Usage: ${usage}` });
    if (!isValidYearMonth(v.month)) throw new UsageError({ vi: `--month "${v.month}" không phải tháng dạng YYYY-MM (ví dụ 2026-01)`, en: `--month "${v.month}" is not a month as YYYY-MM (e.g. 2026-01)` });
    if (v.output === undefined) throw new UsageError({ vi: `thiếu -o <thư mục>. Cách dùng: ${usage}`, en: `missing -o <folder>. Usage: ${usage}` });
    const asOf = dateArg('--as-of', v['as-of']);
    const kinds = kindsArg(v.kind);
    const cutoffDay = dayOfMonthArg('cutoff', v.cutoff);
    const overdueDays = intArg('overdue-days', v['overdue-days'], 0, 3650);
    const start = intArg('start-number', v['start-number'], 1, 999999);
    const inviteDays = intArg('invite-days', v['invite-days'], 0, 60);
    const day = dayOfMonthArg('day', v.day);
    const rule = ruleArg(v.rule);
    const freeze = dateArg('--freeze', v.freeze);
    const outDir = resolve(io.cwd, v.output);

    // -o names a folder: say so before the slow read if it is a file.
    if (statSync(outDir, { throwIfNoEntry: false })?.isDirectory() === false) throw new FileError({ vi: `-o "${v.output}" là một tệp; hãy chỉ một thư mục để ghi các tệp .docx.`, en: `-o "${v.output}" is a file; give a folder for the .docx files.` });
    const input = resolve(io.cwd, file);
    // The spreadsheet and Word libraries load only when a command needs them (issue 9).
    const [{ readWorkbookFile }, { documentToDocx }] = await Promise.all([import('../xlsx/index.js'), import('@giaoban/docx')]);
    const grid = await readWorkbookFile(input, v.quiet || v.json ? {} : { onProgress: (m: string) => io.stderr(`${m}\n`) });
    const holidays = await loadHolidaysFile(v.holidays, io.cwd);
    const read = readWorkbook(grid, { asOf, overdueDays, dateOptions: { overrides: holidays } });
    const overrides: DocumentSettingsOverrides = {
      ...(v['issuing-body'] ? { issuingBody: v['issuing-body'] } : {}),
      ...(v['parent-body'] !== undefined ? { parentBody: v['parent-body'] } : {}),
      ...(v['place-name'] ? { placeName: v['place-name'] } : {}),
      ...(v.abbr ? { unitAbbreviation: v.abbr } : {}),
      ...(v.time ? { briefingTime: v.time } : {}),
      ...(v.place ? { defaultPlace: v.place } : {}),
      signer: {
        ...(v['signer-authority'] !== undefined ? { authority: v['signer-authority'] } : {}),
        ...(v['signer-title'] ? { title: v['signer-title'] } : {}),
        ...(v['signer-name'] !== undefined ? { name: v['signer-name'] } : {}),
      },
      ...(start !== undefined ? { startNumbers: { invitation: start, minutes: start, report: start } } : {}),
    };
    const settings = resolveDocumentSettings(read, detectUnitNames(grid), overrides);
    let built;
    try {
      built = briefingDocuments(read, {
        month: v.month,
        settings,
        kinds,
        cluster: v.cluster ?? null,
        periodOptions: { calendar: !!v.calendar, ...(cutoffDay !== undefined ? { cutoffDay } : {}) },
        overdueDays,
        asOf,
        // As `giaoban summarize`: the --holidays file, and overdue counted to today clamped into the period.
        holidays,
        today: civilDateInVietnam(Date.now()),
        // As `giaoban rotate`: the same day, rule and freeze date make the same plan.
        day,
        rule,
        freezeDate: freeze ?? null,
        invitationLeadDays: inviteDays,
        allowDraft: !!v.draft,
      });
    } catch (err) {
      if (err instanceof PapersMonthError) throw new UsageError({ vi: `${err.vi} Thêm --draft để soạn bản dự thảo.`, en: `${err.en} Add --draft to write drafts.` }, { cause: err });
      if (err instanceof PapersRecordError) {
        // The workbook has an error: named by sheet and cell, exit 1 as `validate`.
        io.stderr(`${lang === 'en' ? 'Error' : 'Lỗi'}: ${err.messageIn(lang)}\n`);
        return 1;
      }
      if (err instanceof StatisticsFilterError || err instanceof GiaobanRangeError) throw usageErrorFrom(err);
      if (err instanceof RangeError) throw new UsageError(err.message);
      throw err;
    }

    // Every file is checked before any is written: no half-written set of papers.
    const targets = built.documents.map((d) => {
      const path = join(outDir, documentFileName(d));
      return { doc: d, path, shown: relative(io.cwd, path) || path };
    });
    const options = { force: !!v.force, inputs: [input] };
    await checkOutputFiles(targets, options);
    for (const t of targets) await writeOutputFile(t.path, await documentToDocx(t.doc), { ...options, shown: t.shown });

    if (v.json) {
      printJson(io, {
        documents: targets.map((t) => ({
          kind: t.doc.kind,
          path: t.path,
          date: t.doc.meta.date,
          cluster: t.doc.meta.cluster,
          host: t.doc.meta.host,
          ...(t.doc.meta.period ? { period: t.doc.meta.period } : {}),
          draft: t.doc.draft,
        })),
        plan: built.plan,
        draft: built.draft,
        notes: built.notes.map((n) => n.vi),
        notesEn: built.notes.map((n) => n.en),
      });
      return 0;
    }
    const vi = lang === 'vi';
    if (targets.length === 0) io.stdout(vi ? `Tháng ${v.month}: không có giấy tờ nào để soạn (không có buổi giao ban theo lịch hay đã tổ chức).\n` : `${v.month}: no documents to write.\n`);
    for (const t of targets) io.stdout(`${vi ? KIND_VI[t.doc.kind] : t.doc.kind}: ${relative(io.cwd, t.path) || t.path}\n`);
    for (const p of built.problems) io.stdout(`${vi ? 'Lưu ý' : 'Note'}: ${vi ? p.message : p.messageEn}\n`);
    for (const n of built.notes) io.stdout(`${vi ? 'Lưu ý' : 'Note'}: ${vi ? n.vi : n.en}\n`);
    if (built.draft) io.stdout(vi ? 'Giấy tờ là bản DỰ THẢO theo lịch dự kiến (--draft).\n' : 'The papers are DRAFTS of the expected plan (--draft).\n');
    return 0;
  },
});
