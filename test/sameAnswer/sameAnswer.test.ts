/**
 * Same answer: the command line (its JSON), the Excel add-in (its commands
 * through the strict test host) and the offline app (its worker's handlers)
 * drive one core session, so on the same workbook and the same as-of date
 * they give the same findings (codes and cells), the same plan (hosts,
 * chairs, dates), the same summary figures and the same papers' text — and
 * refuse the same workbooks with the same code. Any drift fails here.
 *
 * Workbooks: the bundled examples — today's provincial police unit (rows of
 * early 2025 naming old communes, counted under today's), a commune police
 * unit briefing its villages, and the district police unit of 2024–2025 with
 * planted mistakes — a new workbook from `giaoban template` (no records yet),
 * a post-2025 provincial unit, and a payroll sheet (no tracking table).
 *
 * The CLI and the app read with the national catalogue; the add-in's task pane
 * does not carry it and maps old names from the workbook's own "Hình thành từ"
 * column: on the examples of today, which keep that column, all three agree.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { unzipSync } from 'fflate';
import { GiaobanError, type Finding, type Statistics } from '@giaoban/core';
import { readXlsx } from '@giaoban/xlsx';
import { main } from '../../packages/cli/src/main.js';
import { planCommand, summarizeCommand, validateCommand } from '../../addin/src/commands/workbookCommands.js';
import { documentsFile, findingsPage, newAppState, openWorkbook, planView, summarize } from '../../app/src/handlers.js';
import { fakeFromGrid, hostFor } from '../addin/support/fakeHost.js';
import { readDocx } from '../documents/docxText.js';
import { writeProvincialWorkbook } from '../documents/fixtures.js';
import { captureIO, repoRoot, tmpDir } from '../xlsx/helpers.js';

const dir = tmpDir('same-answer');
/** One as-of date for every front end: the CLI's --as-of, the add-in's asOf, the app's today (the same rule picks it). */
const AS_OF = '2026-01-20';
/** The examples of today run to May 2026: counted to a day after their last records. */
const AS_OF_TODAY = '2026-06-20';

interface Book {
  name: string;
  path: string;
  /** A month with papers to compare, or null when the workbook has none. */
  papersMonth: string | null;
  asOf: string;
}

const books: Book[] = [
  { name: 'provincial example', path: join(repoRoot, 'examples/so-giao-ban-cong-an-tinh.xlsx'), papersMonth: '2026-05', asOf: AS_OF_TODAY },
  { name: 'commune example (villages)', path: join(repoRoot, 'examples/so-giao-ban-cong-an-xa.xlsx'), papersMonth: '2026-05', asOf: AS_OF_TODAY },
  { name: 'example', path: join(repoRoot, 'examples/so-theo-doi-giao-ban.xlsx'), papersMonth: '2025-12', asOf: AS_OF },
  { name: 'template', path: join(dir, 'so-moi.xlsx'), papersMonth: null, asOf: AS_OF },
  { name: 'provincial 2026', path: join(dir, 'tinh.xlsx'), papersMonth: '2025-12', asOf: AS_OF },
];

async function cli(asOf: string, ...argv: string[]) {
  const io = captureIO();
  const code = await main([...argv, '--as-of', asOf, '--quiet'], { ...io, cwd: dir });
  return { code, out: io.out, err: io.err };
}

/** What each front end says, reduced to what must agree. */
interface Answer {
  findings: string[];
  plan: string[] | { refused: string };
  summary: Record<string, unknown> | { refused: string };
}

const findingKeys = (list: readonly (Pick<Finding, 'sheet' | 'cell' | 'severity'> & { code: string })[]) => list.map((f) => `${f.severity} ${f.code} ${f.sheet}!${f.cell}`);
const planKeys = (briefings: readonly { month: string; cluster: string; date: string; host: string; chair: string | null }[]) =>
  briefings.map((b) => `${b.month} ${b.cluster}: ${b.date} ${b.host} / ${b.chair ?? '—'}`);
/** The figures a commander reads, period and cumulative, counted to the as-of date, and the report paragraph. */
const figures = (s: Pick<Statistics, 'period' | 'asOf' | 'briefings' | 'issues' | 'cumulative'>, narrative: string) => ({
  period: [s.period.from, s.period.to],
  asOf: s.asOf,
  held: s.briefings.held,
  hosted: `${s.briefings.hostedCommunes}/${s.briefings.activeCommunes}`,
  issues: s.issues.total,
  byCategory: s.issues.byCategory,
  byStatus: s.issues.byStatus,
  byCommune: s.issues.byCommune,
  overdue: s.cumulative.issues.overdueOpen,
  backlog: s.cumulative.issues.backlog,
  cumulativeIssues: s.cumulative.issues.total,
  // Across the 2025 merger: the rows that named an old commune, under today's successor.
  byFormerCommune: s.cumulative.issues.byFormerCommune,
  byFormerHost: s.cumulative.briefings.byFormerHost,
  narrative,
});
const refusedCode = (e: unknown): { refused: string } => {
  if (!(e instanceof GiaobanError)) throw e;
  return { refused: e.code };
};

async function viaCli(book: Book): Promise<Answer> {
  const v = await cli(book.asOf, 'validate', book.path, '--json');
  const r = await cli(book.asOf, 'rotate', book.path, '--json');
  const s = await cli(book.asOf, 'summarize', book.path, '--json');
  const codeOf = (err: string) => (/^Lỗi: /.test(err) ? { refused: err } : null);
  const summary = s.code === 2 ? null : JSON.parse(s.out);
  return {
    findings: findingKeys(JSON.parse(v.out).findings),
    plan: r.code === 2 ? (codeOf(r.err) as { refused: string }) : planKeys(JSON.parse(r.out).briefings),
    summary: summary === null ? (codeOf(s.err) as { refused: string }) : figures(summary, summary.narrative),
  };
}

async function viaAddin(book: Book): Promise<Answer> {
  const grid = (await readXlsx(new Uint8Array(readFileSync(book.path)))).grid;
  const host = () => hostFor(fakeFromGrid(grid, { apiVersion: '1.1' }));
  const v = await validateCommand(host(), { asOf: book.asOf });
  const plan = await planCommand(host(), { asOf: book.asOf }).then((p) => planKeys(p.plan.plan.briefings), refusedCode);
  const summary = await summarizeCommand(host(), { asOf: book.asOf }).then((x) => figures(x.statistics, x.narrative.vi), refusedCode);
  return { findings: findingKeys(v.findings), plan, summary };
}

async function viaApp(book: Book): Promise<Answer> {
  const state = newAppState(() => book.asOf);
  const bytes = readFileSync(book.path);
  const opened = await openWorkbook(state, book.name, bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength), () => {});
  const page = findingsPage(state, { severity: 'all', sheet: '', text: '' }, 0, 1_000_000);
  const plan = (() => {
    try {
      return planKeys(planView(state, null, null).briefings);
    } catch (e) {
      return refusedCode(e);
    }
  })();
  let summary: Answer['summary'];
  try {
    summarize(state, null, false);
    summary = figures(state.summary!.statistics, state.summary!.narrative.vi);
  } catch (e) {
    summary = refusedCode(e);
  }
  expect(opened.asOf).toBe(book.asOf);
  return { findings: findingKeys(page.items), plan, summary };
}

beforeAll(async () => {
  mkdirSync(dir, { recursive: true });
  expect(await main(['template', '-o', 'so-moi.xlsx', '--force'], { ...captureIO(), cwd: dir })).toBe(0);
  await writeProvincialWorkbook(join(dir, 'tinh.xlsx'));
}, 120_000);

describe.each(books)('same answer on the $name workbook', (book) => {
  let answers: Record<'cli' | 'addin' | 'app', Answer>;
  beforeAll(async () => {
    answers = { cli: await viaCli(book), addin: await viaAddin(book), app: await viaApp(book) };
  }, 240_000);

  it('the same findings, codes and cells, in the same order', () => {
    expect(answers.addin.findings).toEqual(answers.cli.findings);
    expect(answers.app.findings).toEqual(answers.cli.findings);
    if (book.name === 'example') expect(answers.cli.findings.filter((f) => f.startsWith('error')).length).toBeGreaterThan(5);
  });

  it('the same plan: hosts, chairs and dates of the default months (or the same refusal)', () => {
    const { cli: c, addin: a, app: p } = answers;
    if ('refused' in c.plan) {
      // The CLI prints the refusal; the add-in and the app carry its code.
      expect(book.name).toBe('template');
      // A new workbook has no communes yet: nothing to plan, said the same way by all three.
      expect(c.plan.refused).toMatch(/^Lỗi: không tìm thấy danh sách xã trong "so-moi.xlsx"/);
      expect(a.plan).toEqual({ refused: 'session.noCommunes' });
      expect(p.plan).toEqual({ refused: 'session.noCommunes' });
      return;
    }
    expect(c.plan.length).toBeGreaterThan(0);
    expect(a.plan).toEqual(c.plan);
    expect(p.plan).toEqual(c.plan);
  });

  it('the same summary figures of the default period, counted to the same as-of date', () => {
    const { cli: c, addin: a, app: p } = answers;
    if ('refused' in c.summary) {
      expect(book.name).toBe('template');
      expect(a.summary).toEqual({ refused: 'session.noPeriod' });
      expect(p.summary).toEqual({ refused: 'session.noPeriod' });
      return;
    }
    expect((c.summary as { asOf: string }).asOf).toBe(book.asOf);
    expect(a.summary).toEqual(c.summary);
    expect(p.summary).toEqual(c.summary);
  });

  it.runIf(book.name === 'provincial example')('reads old communes by the row\'s date the same way (the add-in from the workbook\'s "Hình thành từ" column)', async () => {
    for (const a of [answers.cli, answers.addin, answers.app]) {
      // An old name written after 01/07/2025 is a warning naming today's unit, in all three.
      expect(a.findings.filter((f) => f.startsWith('warning commune.merged')).length).toBeGreaterThan(0);
      expect(a.findings.filter((f) => f.startsWith('error'))).toEqual([]);
    }
    // The year of the merger: rows naming old communes count under today's, the old names kept.
    const period = 'year:2025';
    const c = JSON.parse((await cli(book.asOf, 'summarize', book.path, '--period', period, '--json')).out);
    const fromCli = figures(c, c.narrative);
    const grid = (await readXlsx(new Uint8Array(readFileSync(book.path)))).grid;
    const a = await summarizeCommand(hostFor(fakeFromGrid(grid, { apiVersion: '1.1' })), { asOf: book.asOf, period });
    const state = newAppState(() => book.asOf);
    const bytes = readFileSync(book.path);
    await openWorkbook(state, book.name, bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength), () => {});
    summarize(state, period, false);
    expect(figures(a.statistics, a.narrative.vi)).toEqual(fromCli);
    expect(figures(state.summary!.statistics, state.summary!.narrative.vi)).toEqual(fromCli);
    expect(c.issues.byFormerCommune['Nà Hỳ']['Nà Khoa']).toBeGreaterThan(0);
    expect(c.briefings.byFormerHost['Nà Hỳ']['Nà Khoa']).toBeGreaterThan(0);
    expect(c.narrative).toMatch(/xã Nà Hỳ \d+ nội dung \(trong đó: [^)]*xã Nà Khoa cũ \d+/);
  }, 120_000);

  it.runIf(book.name === 'commune example (villages)')('words the villages the same way: hosts are villages, the paragraph says "thôn, bản"', () => {
    const s = answers.cli.summary as { hosted: string; narrative: string };
    expect(s.narrative).toMatch(/\d+\/\d+ thôn, bản/);
    expect((answers.addin.summary as { narrative: string }).narrative).toBe(s.narrative);
  });

  it.runIf(book.papersMonth !== null)("the same papers' text from the CLI's .docx files and the app's .zip", async () => {
    const out = `giay-to-${book.name.replace(/\W+/g, '-')}`;
    const r = await cli(book.asOf, 'documents', book.path, '--month', book.papersMonth!, '-o', out, '--json', '--force');
    expect(r.code).toBe(0);
    const fromCli = Object.fromEntries(
      (JSON.parse(r.out).documents as { path: string }[]).map((d) => [d.path.split('/').pop()!, readDocx(readFileSync(join(dir, d.path))).paragraphs.join('\n')]),
    );
    const state = newAppState(() => book.asOf);
    const bytes = readFileSync(book.path);
    await openWorkbook(state, book.name, bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength), () => {});
    const zip = unzipSync(new Uint8Array((await documentsFile(state, book.papersMonth!)).bytes));
    const fromApp = Object.fromEntries(Object.entries(zip).map(([name, b]) => [name, readDocx(b).paragraphs.join('\n')]));
    expect(Object.keys(fromCli).length).toBeGreaterThan(2);
    expect(fromApp).toEqual(fromCli);
  }, 120_000);
});

describe('a workbook with no tracking table (a payroll sheet)', () => {
  const payroll = join(dir, 'bang-luong.xlsx');
  beforeAll(async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Lương T12').addRows([['BẢNG LƯƠNG THÁNG 12/2025'], ['STT', 'Họ tên', 'Hệ số', 'Thành tiền'], [1, 'Nguyễn Văn A', 3.33, 7_791_000]]);
    await wb.xlsx.writeFile(payroll);
  });

  it('is refused by all three with the same code and a clear message, exit code 2 in the CLI', async () => {
    const r = await cli(AS_OF, 'validate', payroll, '--lang', 'en');
    expect(r.code).toBe(2);
    expect(r.err).toBe(`Error: file "bang-luong.xlsx" holds no tracking table (communes, leaders, briefings, issues…) in the 1 sheet read; it is probably not a briefing workbook. Choose the right workbook, or start one from the template.\n`);
    expect((await cli(AS_OF, 'summarize', payroll)).err).toMatch(/^Lỗi: tệp "bang-luong.xlsx" không có bảng theo dõi nào/);

    const grid = (await readXlsx(new Uint8Array(readFileSync(payroll)))).grid;
    const fromAddin = await validateCommand(hostFor(fakeFromGrid(grid)), { asOf: AS_OF }).then(() => null, (e: unknown) => e);
    expect(fromAddin).toBeInstanceOf(GiaobanError);
    expect((fromAddin as GiaobanError).code).toBe('session.noTables');

    const bytes = readFileSync(payroll);
    const fromApp = await openWorkbook(newAppState(() => AS_OF), 'bang-luong.xlsx', bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength), () => {}).then(() => null, (e: unknown) => e);
    expect((fromApp as GiaobanError).code).toBe('session.noTables');
    expect((fromApp as GiaobanError).en).toBe(r.err.slice('Error: '.length, -1));
  });
});
