// The core session adds no measurable cost: on the province-scale workbook (120 communes,
// 100,000 issues), what every front end does — check, summarise the default period, plan the
// default 12 months — through `openSession` against the same work by the building blocks called
// directly (readWorkbook, computeStatistics, planRotation), alternately in one process, median of
// RUNS each. Also: a second view request is served from the session's cache (no second read, no
// second statistics). Imports the BUILT code: run `npm run build` first (npm run bench does).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, renameSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as core from '../packages/core/dist/index.js';
import { readXlsx } from '../packages/xlsx/dist/index.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const workbook = join(root, '.bench/large-100k.xlsx');
const RUNS = 5;
const TODAY = '2026-01-20';
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

function ensureWorkbook() {
  if (existsSync(workbook)) return;
  mkdirSync(dirname(workbook), { recursive: true });
  const tmp = `${workbook}.tmp-${process.pid}.xlsx`;
  execFileSync(join(root, 'node_modules/.bin/tsx'), ['scripts/generate/largeWorkbook.ts', '--out', tmp], { cwd: root, stdio: 'inherit' });
  renameSync(tmp, workbook);
}

/** The building blocks, as the front ends called them before the session. */
function direct(grid) {
  const read = core.readWorkbook(grid, { asOf: TODAY });
  const period = core.defaultSummaryPeriod(read);
  const stats = core.computeStatistics({ ...core.statisticsInputOf(read), period, asOf: TODAY });
  const from = core.defaultPlanStart(read);
  const plan = core.planRotation({ ...core.rotationInputOf(read), from, months: 12, dateOptions: { overrides: core.mergeHolidaySources([], read.catalogue.holidays) } });
  return [read.summary.errors + read.summary.warnings, stats.issues.total, plan.briefings.length];
}

/** The same through the session. */
function viaSession(grid) {
  const s = core.openSession(grid, { today: TODAY });
  return [s.findings().summary.errors + s.findings().summary.warnings, s.summary().statistics.issues.total, s.plan().plan.briefings.length];
}

function time(f, grid) {
  const t0 = performance.now();
  const r = f(grid);
  return { ms: performance.now() - t0, r };
}

export default async function sessionBench() {
  ensureWorkbook();
  const { grid } = await readXlsx(new Uint8Array(readFileSync(workbook)));
  const a = [];
  const b = [];
  let same = true;
  time(direct, grid); // warm up both paths once
  time(viaSession, grid);
  for (let i = 0; i < RUNS; i++) {
    const x = time(direct, grid);
    const y = time(viaSession, grid);
    a.push(x.ms);
    b.push(y.ms);
    same &&= JSON.stringify(x.r) === JSON.stringify(y.r);
  }
  const s = core.openSession(grid, { today: TODAY });
  s.summary();
  const t0 = performance.now();
  for (let i = 0; i < 100; i++) s.summary(), s.findings();
  const cached = (performance.now() - t0) / 100;
  const d = median(a);
  const v = median(b);
  return [
    { metric: `check + summary + 12-month plan, 100k issues in memory: session vs direct calls, ms (median of ${RUNS})${same ? '' : ' (RESULTS DIFFER)'}`, ours: v, baseline: d, ratio: v / d, target: '≤ 1.10× (noise)', ok: same && v / d <= 1.1 },
    { metric: 'a view asked for again (summary + findings), served from the session, ms', ours: cached, target: '< 1 ms', ok: cached < 1 },
  ];
}
