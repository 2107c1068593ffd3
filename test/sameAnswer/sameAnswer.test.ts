/**
 * Same answer: the command line (its JSON), the Excel add-in (its commands
 * through the strict test host) and the offline app (its worker's handlers)
 * drive one core session, so on the same workbook and the same as-of date
 * they give the same findings (codes and cells), the same plan (hosts,
 * chairs, dates), the same summary figures and the same papers' text — and
 * refuse the same workbooks with the same code. Any drift fails here.
 *
 * Workbooks: the bundled example (a district police unit, 2024–2025, with
 * planted mistakes), a new workbook from `giaoban template` (no records yet),
 * a post-2025 provincial unit, and a payroll sheet (no tracking table).
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

interface Book {
  name: string;
  path: string;
  /** A month with papers to compare, or null when the workbook has none. */
  papersMonth: string | null;
}

const books: Book[] = [
  { name: 'example', path: join(repoRoot, 'examples/so-theo-doi-giao-ban.xlsx'), papersMonth: '2025-12' },
  { name: 'template', path: join(dir, 'so-moi.xlsx'), papersMonth: null },
  { name: 'provincial 2026', path: join(dir, 'tinh.xlsx'), papersMonth: '2025-12' },
];

async function cli(...argv: string[]) {
  const io = captureIO();
  const code = await main([...argv, '--as-of', AS_OF, '--quiet'], { ...io, cwd: dir });
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
/** The figures a commander reads, period and cumulative, counted to the as-of date. */
const figures = (s: Pick<Statistics, 'period' | 'asOf' | 'briefings' | 'issues' | 'cumulative'>) => ({
  period: [s.period.from, s.period.to],
  asOf: s.asOf,
  held: s.briefings.held,
  hosted: `${s.briefings.hostedCommunes}/${s.briefings.activeCommunes}`,
  issues: s.issues.total,
  byCategory: s.issues.byCategory,
  byStatus: s.issues.byStatus,
  overdue: s.cumulative.issues.overdueOpen,
  backlog: s.cumulative.issues.backlog,
  cumulativeIssues: s.cumulative.issues.total,
});
const refusedCode = (e: unknown): { refused: string } => {
  if (!(e instanceof GiaobanError)) throw e;
  return { refused: e.code };
};

async function viaCli(book: Book): Promise<Answer> {
  const v = await cli('validate', book.path, '--json');
  const r = await cli('rotate', book.path, '--json');
  const s = await cli('summarize', book.path, '--json');
  const codeOf = (err: string) => (/^Lỗi: /.test(err) ? { refused: err } : null);
  return {
    findings: findingKeys(JSON.parse(v.out).findings),
    plan: r.code === 2 ? (codeOf(r.err) as { refused: string }) : planKeys(JSON.parse(r.out).briefings),
    summary: s.code === 2 ? (codeOf(s.err) as { refused: string }) : figures(JSON.parse(s.out)),
  };
}

async function viaAddin(book: Book): Promise<Answer> {
  const grid = (await readXlsx(new Uint8Array(readFileSync(book.path)))).grid;
  const host = () => hostFor(fakeFromGrid(grid, { apiVersion: '1.1' }));
  const v = await validateCommand(host(), { asOf: AS_OF });
  const plan = await planCommand(host(), { asOf: AS_OF }).then((p) => planKeys(p.plan.plan.briefings), refusedCode);
  const summary = await summarizeCommand(host(), { asOf: AS_OF }).then((x) => figures(x.statistics), refusedCode);
  return { findings: findingKeys(v.findings), plan, summary };
}

async function viaApp(book: Book): Promise<Answer> {
  const state = newAppState(() => AS_OF);
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
    summary = figures(state.summary!.statistics);
  } catch (e) {
    summary = refusedCode(e);
  }
  expect(opened.asOf).toBe(AS_OF);
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
    expect((c.summary as { asOf: string }).asOf).toBe(AS_OF);
    expect(a.summary).toEqual(c.summary);
    expect(p.summary).toEqual(c.summary);
  });

  it.runIf(book.papersMonth !== null)("the same papers' text from the CLI's .docx files and the app's .zip", async () => {
    const out = `giay-to-${book.name.replace(/\W+/g, '-')}`;
    const r = await cli('documents', book.path, '--month', book.papersMonth!, '-o', out, '--json', '--force');
    expect(r.code).toBe(0);
    const fromCli = Object.fromEntries(
      (JSON.parse(r.out).documents as { path: string }[]).map((d) => [d.path.split('/').pop()!, readDocx(readFileSync(join(dir, d.path))).paragraphs.join('\n')]),
    );
    const state = newAppState(() => AS_OF);
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
    const r = await cli('validate', payroll, '--lang', 'en');
    expect(r.code).toBe(2);
    expect(r.err).toBe(`Error: file "bang-luong.xlsx" holds no tracking table (communes, leaders, briefings, issues…) in the 1 sheet read; it is probably not a briefing workbook. Choose the right workbook, or start one from the template.\n`);
    expect((await cli('summarize', payroll)).err).toMatch(/^Lỗi: tệp "bang-luong.xlsx" không có bảng theo dõi nào/);

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
