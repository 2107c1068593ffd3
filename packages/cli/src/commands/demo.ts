/**
 * `giaoban demo [--out DIR] [--example tinh|xa|huyen]` — the main job on a bundled example workbook:
 * check it, plan the next 12 months, summarise the last reporting month and the year so far, and
 * write everything into DIR/giao-ban-demo.xlsx, with one paper of each kind (invitation, minutes,
 * report) as .docx in DIR/giay-to/. Every figure is the session's defaults, as in the add-in and the app.
 */
import { existsSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { addMonths, formatDateIn, formatMonthIn, formatReportCount, monthOf, type Lang, type Session } from '@giaoban/core';
import { langArg, parseCommandArgs } from '../args.js';
import { FileError, UsageError } from '../io.js';
import { writtenSheetLine } from '../output.js';
import { checkOutputFiles, writeOutputFile } from '../outputFile.js';
import { shownPath } from '../paths.js';
import { both, core, say } from '../texts.js';
import { openWorkbook, WORKBOOK_OPTIONS, WORKBOOK_USAGE } from '../workbook.js';
import { register } from './index.js';

const usage = `giaoban demo [--out DIR] [--example tinh|xa|huyen] [--input sổ.xlsx] [--force] ${WORKBOOK_USAGE}`;

/**
 * The bundled examples: today's provincial police unit (the default), a commune police unit briefing its
 * villages, and the district police workbook of 2024–2025 (before the 2025 reorganisation).
 */
const EXAMPLES: Readonly<Record<string, string>> = {
  tinh: join('examples', 'so-giao-ban-cong-an-tinh.xlsx'),
  xa: join('examples', 'so-giao-ban-cong-an-xa.xlsx'),
  huyen: join('examples', 'so-theo-doi-giao-ban.xlsx'),
};

/** `--example`: tinh, xa or huyen, accents and case aside ("tỉnh", "Xã" too). */
function exampleArg(v: string | undefined): string {
  const key = (v ?? 'tinh').trim().toLocaleLowerCase('vi').normalize('NFD').replace(/\p{M}/gu, '');
  const path = EXAMPLES[key];
  if (!path) throw new UsageError(both('usage.example', { value: v ?? '' }));
  return path;
}

/**
 * The example workbook: next to the working directory, or up from this module (src/ or dist/), or
 * beside the built command (the build puts a copy there, so an installed or single-file `giaoban` finds it).
 */
function findExample(cwd: string, example: string): string | null {
  const here = dirname(fileURLToPath(import.meta.url));
  const beside = join(here, basename(example));
  for (const start of [cwd, here]) {
    for (let dir = start, i = 0; i < 6; i++, dir = dirname(dir)) {
      if (existsSync(join(dir, example))) return join(dir, example);
      if (dirname(dir) === dir) break;
    }
  }
  return existsSync(beside) ? beside : null;
}

/** One paper of each kind: the first invitation of the plan, the minutes of the latest briefing held, the month's report. */
function samplePapers(session: Session, from: string, reportMonth: string) {
  const latestHeld = session.read.briefings.reduce<string | null>((m, b) => (m === null || b.date > m ? b.date : m), null);
  const pick = (month: string, kind: 'invitation' | 'minutes' | 'report') => session.papers({ month, kinds: [kind] }).papers[0];
  return [pick(from, 'invitation'), latestHeld ? pick(monthOf(latestHeld), 'minutes') : undefined, pick(reportMonth, 'report')].filter((p) => p !== undefined);
}

/** The short account of the run. */
function account(session: Session, lang: Lang, input: string): string[] {
  const n = (x: number) => (lang === 'vi' ? formatReportCount(x) : String(x));
  const f = session.findings();
  const { from, months, plan } = session.plan();
  const { statistics: s, period, narrative, kinds } = session.summary();
  const clusters = new Set(plan.briefings.map((p) => p.cluster)).size;
  const unit = session.units.unit ? ` (${session.units.unit})` : '';
  return [
    say('demo.workbook', lang, { file: input, unit }),
    say('demo.check', lang, { errors: n(f.summary.errors), warnings: n(f.summary.warnings), excluded: n(f.excludedRows) }),
    // A commune police unit briefs its villages: one round of them, no clusters to count.
    (session.read.organisation?.tier === 'villages'
      ? say('demo.planVillages', lang, { from: formatMonthIn(from, lang), to: formatMonthIn(addMonths(from, months - 1), lang), briefings: n(plan.briefings.length) })
      : say('demo.plan', lang, { from: formatMonthIn(from, lang), to: formatMonthIn(addMonths(from, months - 1), lang), briefings: n(plan.briefings.length), clusters: n(clusters) })) +
      (plan.problems.length ? say('demo.planProblems', lang, { n: n(plan.problems.length) }) : say('demo.planFull', lang)),
    say('demo.summary', lang, {
      period: lang === 'en' ? period.labelEn : period.label,
      held: n(s.briefings.held),
      hosted: n(s.briefings.hostedCommunes),
      active: n(s.briefings.activeCommunes),
      kinds: kinds[lang],
      issues: n(s.issues.total),
      answered: n(s.issues.byStatus.answered),
      days: s.overdueDays,
      asOf: formatDateIn(s.asOf, lang),
      overdue: n(s.cumulative.issues.overdueOpen),
    }),
    say('demo.cumulative', lang, { from: formatDateIn(s.cumulative.from, lang), briefings: n(s.cumulative.briefings.held), issues: n(s.cumulative.issues.total) }),
    '',
    narrative[lang],
    '',
  ];
}

export default register({
  name: 'demo',
  usage,
  summary: say('help.command.demo', 'vi'),
  async run(args, io) {
    const { values: v } = parseCommandArgs(
      { args, allowPositionals: false, options: { ...WORKBOOK_OPTIONS, out: { type: 'string' }, example: { type: 'string' }, input: { type: 'string' }, force: { type: 'boolean' } } },
      usage,
    );
    const lang = langArg(v.lang);
    const example = exampleArg(v.example);
    const input = v.input !== undefined ? resolve(io.cwd, v.input) : findExample(io.cwd, example);
    if (input === null) throw new FileError(both('file.noExample', { file: example }));
    const outDir = resolve(io.cwd, v.out ?? 'out');
    const output = { path: join(outDir, 'giao-ban-demo.xlsx'), shown: shownPath(io.cwd, join(outDir, 'giao-ban-demo.xlsx')) };
    const force = !!v.force;
    // Checked before the slow work; the folder is created when the file is written.
    await checkOutputFiles([output], { force, inputs: [input] });
    const book = await openWorkbook(io, input, v, lang, {}, output.path);
    const { session } = book;
    const report = monthOf(session.summary().period.to);
    // Built and checked before anything is written, so that an existing paper (without --force) stops the demo cleanly.
    const papers = samplePapers(session, session.plan().from, report).map((p) => ({ paper: p, path: join(outDir, 'giay-to', p.fileName), shown: shownPath(io.cwd, join(outDir, 'giay-to', p.fileName)) }));
    await checkOutputFiles(papers, { force, inputs: [input] });
    const notes: string[] = [];
    const models = session.outputSheets({ plan: session.plan(), summary: session.summary(), findings: session.findings() });
    const written = await book.write!(output.path, models, { onNote: (m) => notes.push(m[lang]), force, shown: output.shown });
    const { documentToDocx } = await import('@giaoban/docx');
    for (const p of papers) await writeOutputFile(p.path, await documentToDocx(p.paper.model), { force, inputs: [input], shown: p.shown });
    const lines = [
      ...account(session, lang, book.shown),
      ...written.map((w) => writtenSheetLine(w, lang)),
      ...notes,
      core('output.written', lang, { path: output.shown }),
      ...papers.map((p) => say('demo.paper', lang, { path: p.shown })),
    ];
    io.stdout(lines.join('\n') + '\n');
    return 0;
  },
});
