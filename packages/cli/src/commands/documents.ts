/**
 * `giaoban documents <sổ.xlsx> --month YYYY-MM -o DIR`: the papers of a month as Decree 30 .docx files —
 * invitations to the briefings planned in that calendar month, minutes of those held (blank ones for those
 * to come) and the
 * report of the reporting month that ends in it, planned as `rotate` plans (same --day, --rule, --freeze,
 * --holidays). The session decides every word; this command reads, writes and prints.
 */
import { statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { PapersMonthError, PapersRecordError, papersJson, type DocumentKind, type DocumentSettingsOverrides } from '@giaoban/core';
import { dateArg, dayOfMonthArg, intArg, langArg, missingArgument, monthArg, onePositional, parseCommandArgs, ruleArg } from '../args.js';
import { FileError, UsageError } from '../io.js';
import { printJson } from '../output.js';
import { checkOutputFiles, writeOutputFile } from '../outputFile.js';
import { shownPath } from '../paths.js';
import { both, core, say } from '../texts.js';
import { openWorkbook, WORKBOOK_OPTIONS, WORKBOOK_USAGE } from '../workbook.js';
import { register } from './index.js';

const usage =
  'giaoban documents <sổ.xlsx> --month YYYY-MM -o DIR [--kind invitation|minutes|report] [--cluster <cụm>] [--force] [--calendar] [--cutoff 15] [--time 07h30] [--place "…"] [--invite-days 5] [--start-number N] ' +
  '[--day 15] [--rule following] [--freeze YYYY-MM-DD] [--draft] ' +
  `[--issuing-body "CÔNG AN …"] [--parent-body "…"] [--place-name "…"] [--abbr CAH] [--signer-authority "KT. …"] [--signer-title "…"] [--signer-name "…"] ${WORKBOOK_USAGE}`;

const KINDS: readonly DocumentKind[] = ['invitation', 'minutes', 'report'];
const TEXT_OPTIONS = ['kind', 'cluster', 'time', 'place', 'invite-days', 'day', 'rule', 'freeze', 'start-number', 'issuing-body', 'parent-body', 'place-name', 'abbr', 'signer-authority', 'signer-title', 'signer-name'] as const;
const OPTIONS = {
  ...WORKBOOK_OPTIONS,
  ...Object.fromEntries(TEXT_OPTIONS.map((o) => [o, { type: 'string' }])) as Record<(typeof TEXT_OPTIONS)[number], { type: 'string' }>,
  month: { type: 'string' },
  output: { type: 'string', short: 'o' },
  force: { type: 'boolean' },
  calendar: { type: 'boolean' },
  cutoff: { type: 'string' },
  draft: { type: 'boolean' },
} as const;

function kindsArg(v: string | undefined): DocumentKind[] | null {
  if (v === undefined) return null;
  const list = v.split(',').map((s) => s.trim()).filter((s) => s);
  for (const k of list) if (!KINDS.includes(k as DocumentKind)) throw new UsageError(both('usage.kind', { value: k, kinds: KINDS.join(', ') }));
  return list as DocumentKind[];
}

/** The clerk's document settings from the options (each one given wins over the workbook). */
function settingsOf(v: Partial<Record<(typeof TEXT_OPTIONS)[number], string>>): DocumentSettingsOverrides {
  const start = intArg('start-number', v['start-number'], 1, 999999);
  return {
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
}

export default register({
  name: 'documents',
  usage,
  summary: say('help.command.documents', 'vi'),
  async run(args, io) {
    const { values: v, positionals } = parseCommandArgs({ args, allowPositionals: true, options: OPTIONS }, usage);
    const file = onePositional(positionals, '<sổ.xlsx>', usage);
    const lang = langArg(v.lang);
    const month = monthArg('--month', v.month);
    if (month === undefined) throw missingArgument('--month YYYY-MM', usage);
    if (v.output === undefined) throw missingArgument('-o <thư mục>', usage);
    const request = { month, kinds: kindsArg(v.kind), cluster: v.cluster ?? null, settings: settingsOf(v), invitationLeadDays: intArg('invite-days', v['invite-days'], 0, 60) ?? null, freeze: dateArg('--freeze', v.freeze) ?? null, draft: !!v.draft };
    const outDir = resolve(io.cwd, v.output);
    // -o names a folder: say so before the slow read if it is a file.
    if (statSync(outDir, { throwIfNoEntry: false })?.isDirectory() === false) throw new FileError(both('file.outIsFile', { value: v.output }));
    const settings = { calendar: !!v.calendar, cutoffDay: dayOfMonthArg('cutoff', v.cutoff) ?? null, day: dayOfMonthArg('day', v.day) ?? null, rule: ruleArg(v.rule) ?? null };
    const [book, { documentToDocx }] = await Promise.all([openWorkbook(io, file, v, lang, settings), import('@giaoban/docx')]);
    let view;
    try {
      view = book.session.papers(request);
    } catch (err) {
      // A month the workbook cannot speak for: say how to write drafts. A briefing with an unreadable date: exit 1, as `validate`.
      if (err instanceof PapersMonthError) throw new UsageError({ vi: say('usage.draft', 'vi', { message: err.vi }), en: say('usage.draft', 'en', { message: err.en }) }, { cause: err });
      if (err instanceof PapersRecordError) {
        io.stderr(`${say('line.error', lang, { message: err.messageIn(lang) })}\n`);
        return 1;
      }
      throw err;
    }
    // Every file is checked before any is written: no half-written set of papers.
    const targets = view.papers.map((p) => ({ paper: p, path: join(outDir, p.fileName), shown: shownPath(io.cwd, join(outDir, p.fileName)) }));
    const options = { force: !!v.force, inputs: [resolve(io.cwd, file)] };
    await checkOutputFiles(targets, options);
    for (const t of targets) await writeOutputFile(t.path, await documentToDocx(t.paper.model), { ...options, shown: t.shown });
    if (v.json) {
      printJson(io, papersJson(view, (p) => targets.find((t) => t.paper === p)!.shown));
      return 0;
    }
    if (targets.length === 0) io.stdout(`${core('session.noPapers', lang, { month })}\n`);
    for (const t of targets) io.stdout(`${core('output.paper', lang, { kind: core(`paper.${t.paper.kind}`, lang), path: t.shown })}\n`);
    for (const p of view.problems) io.stdout(`${core('output.note', lang, { message: lang === 'en' ? p.messageEn : p.message })}\n`);
    for (const n of view.notes) io.stdout(`${core('output.note', lang, { message: n[lang] })}\n`);
    if (view.draft) io.stdout(`${say('line.drafts', lang)}\n`);
    return 0;
  },
});
