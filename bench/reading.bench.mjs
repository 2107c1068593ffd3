// Reading and validating clerks' workbooks, against exceljs's streaming reader (the least a reader of every
// cell can do with exceljs: every row visited, shared strings and styles cached), side by side in this run.
//  1. `giaoban validate --json --quiet` on 100,000 issue rows in each workbook shape the generator makes
//     (varied; clerk-shaped: shared prefixes, repeated contents, long texts, formulas with cached values;
//     300,000 blank formatted rows; every date typed as text): wall time and peak RSS, median of 3,
//     each beside the streaming reader on the same file. Targets: ≤ 1.0× its time, ≤ 1.2× its RSS.
//  2. Scaling: the clerk shape at 300,000 rows against 100,000 (target ≤ 3.3× the time).
//  3. `readWorkbook` alone on the 100,000-row grids (the core's share).
// `BENCH_RUNS=N` changes the number of runs (default 3). Runs the BUILT CLI: `npm run build` first
// (npm run bench does). Workbooks are generated once into .bench/.
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const cache = join(root, '.bench');
const cli = join(root, 'packages/cli/dist/giaoban.js');
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
export const SHAPES = ['varied', 'clerk', 'formatted-empty', 'text-dates'];

/** The workbook of a shape and size, generated once (same generator the tests use). */
export function workbookOf(shape, issues = 100_000) {
  const file = join(cache, `issues-${shape}-${issues / 1000}k.xlsx`);
  if (!existsSync(file)) {
    mkdirSync(cache, { recursive: true });
    const tmp = `${file}.tmp-${process.pid}.xlsx`;
    execFileSync(join(root, 'node_modules/.bin/tsx'), ['scripts/generate/largeWorkbook.ts', '--shape', shape, '--issues', String(issues), '--out', tmp], { cwd: root, stdio: 'inherit' });
    renameSync(tmp, file);
  }
  return file;
}

export const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

/** A child process timed by the parent (wall) and by /usr/bin/time (peak RSS). */
export function timed(args, okStatus = [0, 1]) {
  const t0 = performance.now();
  const r = spawnSync('/usr/bin/time', ['-f', '%M', process.execPath, ...args], { cwd: root, encoding: 'utf8', maxBuffer: 256 << 20 });
  const ms = performance.now() - t0;
  if (!okStatus.includes(r.status)) throw new Error(`child failed (${r.status}): ${args.join(' ')}\n${r.stderr.slice(-800)}`);
  return { ms, rssMb: Number(r.stderr.trim().split('\n').pop()) / 1024, stdout: r.stdout };
}

const STREAM = `
import ExcelJS from ${JSON.stringify(join(root, 'node_modules/exceljs/excel.js'))};
const reader = new ExcelJS.stream.xlsx.WorkbookReader(process.argv[2], { sharedStrings: 'cache', styles: 'cache', hyperlinks: 'ignore', worksheets: 'emit', entries: 'emit' });
let cells = 0;
for await (const ws of reader) for await (const row of ws) row.eachCell({ includeEmpty: false }, (cell) => { if (cell.value !== undefined) cells++; });
console.log(cells);
`;

const CORE = (dist) => `
import { readFileSync } from 'node:fs';
import { readXlsx } from ${JSON.stringify(join(dist, 'xlsx/index.js'))};
import { readWorkbook } from ${JSON.stringify(join(dist, 'core/index.js'))};
const { grid } = await readXlsx(new Uint8Array(readFileSync(process.argv[2])));
const t0 = performance.now();
const r = readWorkbook(grid);
console.log(JSON.stringify({ ms: performance.now() - t0, issues: r.issues.length, errors: r.summary.errors }));
`;

/** Validate and the streaming reader, alternating, RUNS times each; medians. */
export function sideBySide(file, stream) {
  const ours = [];
  const base = [];
  let exit = null;
  let cells = null;
  for (let i = 0; i < RUNS; i++) {
    const b = timed([stream, file], [0]);
    cells = Number(b.stdout.trim());
    base.push(b);
    const o = timed([cli, 'validate', file, '--json', '--quiet']);
    exit = JSON.parse(o.stdout).summary;
    ours.push(o);
  }
  return {
    ms: median(ours.map((r) => r.ms)),
    rss: median(ours.map((r) => r.rssMb)),
    baseMs: median(base.map((r) => r.ms)),
    baseRss: median(base.map((r) => r.rssMb)),
    cells,
    summary: exit,
  };
}

export default async () => {
  mkdirSync(cache, { recursive: true });
  const stream = join(cache, 'reading-exceljs-stream.mjs');
  writeFileSync(stream, STREAM);
  // A snapshot of the built packages, so a rebuild meanwhile cannot pull them away mid-run.
  const dist = join(cache, 'reading-dist');
  rmSync(dist, { recursive: true, force: true });
  cpSync(join(root, 'packages/core/dist'), join(dist, 'core'), { recursive: true });
  cpSync(join(root, 'packages/xlsx/dist'), join(dist, 'xlsx'), { recursive: true });
  const coreScript = join(cache, 'reading-core.mjs');
  writeFileSync(coreScript, CORE(dist));

  const rows = [];
  const at100 = {};
  for (const shape of SHAPES) {
    const file = workbookOf(shape);
    const r = sideBySide(file, stream);
    at100[shape] = r;
    const label = `${shape}, 100k issue rows (${r.cells} cells; ${r.summary.errors} errors, ${r.summary.warnings} warnings)`;
    rows.push({ metric: `validate vs exceljs streaming reader, wall ms — ${label}`, ours: r.ms, baseline: r.baseMs, ratio: r.ms / r.baseMs, target: '≤ 1.0×', ok: r.ms / r.baseMs <= 1.0 });
    rows.push({ metric: `validate vs exceljs streaming reader, peak RSS MB — ${shape}`, ours: r.rss, baseline: r.baseRss, ratio: r.rss / r.baseRss, target: '≤ 1.2×', ok: r.rss / r.baseRss <= 1.2 });
    const core = JSON.parse(timed([coreScript, file], [0]).stdout);
    rows.push({ metric: `readWorkbook alone on the grids, ms — ${shape}`, ours: core.ms });
  }
  // Scaling: 3× the rows must cost at most 3.3× the time (linear, with a little room for the heap).
  const big = sideBySide(workbookOf('clerk', 300_000), stream);
  const ratio = big.ms / at100.clerk.ms;
  rows.push({ metric: `validate, clerk shape, 300k vs 100k issue rows, wall ms (3× the rows)`, ours: big.ms, baseline: at100.clerk.ms, ratio, target: '≤ 3.3×', ok: ratio <= 3.3 });
  rows.push({ metric: `validate vs exceljs streaming reader, clerk shape 300k, wall ms`, ours: big.ms, baseline: big.baseMs, ratio: big.ms / big.baseMs });
  rows.push({ metric: `validate vs exceljs streaming reader, clerk shape 300k, peak RSS MB`, ours: big.rss, baseline: big.baseRss, ratio: big.rss / big.baseRss });
  return rows;
};
