// The province's roll-up — 100 unit workbooks of 2,000 item rows each:
//  1. baseline: 100 separate `giaoban summarize <sổ> --period month:2025-12 --json` runs, one
//     process each, one after another (what a clerk's script does today), total wall time;
//  2. ours: one `giaoban rollup <thư-mục> --period month:2025-12 --json` over the same folder,
//     with one reading thread and with two reading workers: wall time and peak RSS of the process
//     (threads included). Target: under a quarter of the separate runs' time, peak RSS under 1 GB;
//  3. 1,000 unit workbooks (generated once, cached) must still complete: wall time and peak RSS.
//     Skipped when ROLLUP_BENCH_1000=0.
// Uses the BUILT command (npm run bench builds first). Workbooks are generated into .bench/ once.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { timed } from './reading.bench.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const cache = join(root, '.bench');
const bin = join(root, 'packages/cli/bin/giaoban.js');
const PERIOD = 'month:2025-12';

function ensureFolder(units) {
  const dir = join(cache, `rollup-${units}`);
  if (existsSync(dir) && readdirSync(dir).filter((f) => f.endsWith('.xlsx')).length === units) return dir;
  const tmp = `${dir}.tmp-${process.pid}`;
  rmSync(tmp, { recursive: true, force: true });
  execFileSync(join(root, 'node_modules/.bin/tsx'), ['scripts/generate/unitWorkbooks.ts', '--out', tmp, '--units', String(units), '--issues', '2000'], { cwd: root, stdio: 'inherit' });
  rmSync(dir, { recursive: true, force: true });
  renameSync(tmp, dir);
  return dir;
}

/** One `giaoban` run of the built command: wall ms and the process's peak RSS (worker threads included). */
function measured(args) {
  const { ms, rssMb } = timed([bin, ...args]);
  return { wall: ms, maxRssMb: rssMb };
}

function separateSummarizeRuns(dir) {
  const files = readdirSync(dir).filter((f) => f.endsWith('.xlsx')).sort();
  const t0 = performance.now();
  for (const f of files) {
    const r = spawnSync(process.execPath, [bin, 'summarize', join(dir, f), '--period', PERIOD, '--json', '--quiet'], { cwd: root, stdio: ['ignore', 'ignore', 'pipe'] });
    if (r.status !== 0) throw new Error(`summarize ${f} exited ${r.status}: ${r.stderr}`);
  }
  return { ms: performance.now() - t0, files: files.length };
}

export default async function rollupBench() {
  mkdirSync(cache, { recursive: true });
  const dir100 = ensureFolder(100);
  measured(['rollup', dir100, '--period', PERIOD, '--json', '--quiet', '--jobs', '1']); // warm the disk cache
  const base = separateSummarizeRuns(dir100);
  const one = measured(['rollup', dir100, '--period', PERIOD, '--json', '--quiet', '--jobs', '1']);
  const two = measured(['rollup', dir100, '--period', PERIOD, '--json', '--quiet', '--jobs', '2']);
  const rows = [
    { metric: `rollup of 100 workbooks × 2,000 rows, 1 reading thread, wall ms vs ${base.files} separate summarize runs`, ours: one.wall, baseline: base.ms, ratio: one.wall / base.ms, target: '< 0.25×', ok: one.wall / base.ms < 0.25 },
    { metric: 'rollup of 100 workbooks, 2 reading workers, wall ms vs separate summarize runs', ours: two.wall, baseline: base.ms, ratio: two.wall / base.ms, target: '< 0.25×', ok: two.wall / base.ms < 0.25 },
    { metric: 'rollup of 100 workbooks: 2 workers vs 1 thread, wall ms', ours: two.wall, baseline: one.wall, ratio: two.wall / one.wall },
    { metric: 'rollup of 100 workbooks, peak RSS MB (1 thread)', ours: one.maxRssMb, target: '< 1024', ok: one.maxRssMb < 1024 },
    { metric: 'rollup of 100 workbooks, peak RSS MB (2 workers)', ours: two.maxRssMb, target: '< 1024', ok: two.maxRssMb < 1024 },
  ];
  if (process.env.ROLLUP_BENCH_1000 !== '0') {
    const dir1000 = ensureFolder(1000);
    const big = measured(['rollup', dir1000, '--period', PERIOD, '--json', '--quiet']);
    rows.push(
      // timed() throws when the command exits above 1 (1 = findings), so reaching here is completing.
      { metric: 'rollup of 1,000 workbooks × 2,000 rows, wall ms (completes)', ours: big.wall, ok: true },
      { metric: 'rollup of 1,000 workbooks, peak RSS MB', ours: big.maxRssMb, target: '< 1024', ok: big.maxRssMb < 1024 },
    );
  }
  return rows;
}
