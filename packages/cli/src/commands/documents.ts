/**
 * `giaoban documents <sổ.xlsx> --month YYYY-MM -o DIR`: the papers of a month as Decree 30 .docx files —
 * invitations to the planned briefings, minutes of those held (blank ones for those to come) and the
 * month's report. The session decides every word; this command reads, writes and prints.
 */
import { statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { papersJson, type DocumentKind, type DocumentSettingsOverrides } from '@giaoban/core';
import { dayOfMonthArg, intArg, langArg, monthArg, onePositional, parseCommandArgs } from '../args.js';
import { FileError, UsageError } from '../io.js';
import { printJson } from '../output.js';
import { checkOutputFiles, writeOutputFile } from '../outputFile.js';
import { shownPath } from '../paths.js';
import { both, core, say } from '../texts.js';
import { openWorkbook, WORKBOOK_OPTIONS, WORKBOOK_USAGE } from '../workbook.js';
import { register } from './index.js';

const usage =
  'giaoban documents <sổ.xlsx> --month YYYY-MM -o DIR [--kind invitation|minutes|report] [--cluster <cụm>] [--force] [--calendar] [--cutoff 15] [--time 07h30] [--start-number N] ' +
  `[--issuing-body "CÔNG AN …"] [--parent-body "…"] [--place-name "…"] [--abbr CAH] [--signer-authority "KT. …"] [--signer-title "…"] [--signer-name "…"] ${WORKBOOK_USAGE}`;

const KINDS: readonly DocumentKind[] = ['invitation', 'minutes', 'report'];
const TEXT_OPTIONS = ['kind', 'cluster', 'time', 'start-number', 'issuing-body', 'parent-body', 'place-name', 'abbr', 'signer-authority', 'signer-title', 'signer-name'] as const;
const OPTIONS = {
  ...WORKBOOK_OPTIONS,
  ...Object.fromEntries(TEXT_OPTIONS.map((o) => [o, { type: 'string' }])) as Record<(typeof TEXT_OPTIONS)[number], { type: 'string' }>,
  month: { type: 'string' },
  output: { type: 'string', short: 'o' },
  force: { type: 'boolean' },
  calendar: { type: 'boolean' },
  cutoff: { type: 'string' },
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
    if (month === undefined) throw new UsageError(both('usage.missing', { what: '--month YYYY-MM', usage }));
    if (v.output === undefined) throw new UsageError(both('usage.missing', { what: '-o <thư mục>', usage }));
    const request = { month, kinds: kindsArg(v.kind), cluster: v.cluster ?? null, settings: settingsOf(v) };
    const outDir = resolve(io.cwd, v.output);
    // -o names a folder: say so before the slow read if it is a file.
    if (statSync(outDir, { throwIfNoEntry: false })?.isDirectory() === false) throw new FileError(both('file.outIsFile', { value: v.output }));
    const settings = { calendar: !!v.calendar, cutoffDay: dayOfMonthArg('cutoff', v.cutoff) ?? null };
    const [book, { documentToDocx }] = await Promise.all([openWorkbook(io, file, v, lang, settings), import('@giaoban/docx')]);
    const view = book.session.papers(request);
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
    return 0;
  },
});
