// Statistics at province scale (120 communes, 24 clusters, 10 leaders,
// 10 years of briefings, 100,000 issues):
//  1. the full statistics (every breakdown, period + cumulative window) for the
//     12 monthly reports and the year, from records in memory, against arquero
//     computing the same group-by counts on the same rows in the same run;
//  (`giaoban summarize -o` end to end moved to bench/xlsx.bench.mjs with the package layer.)
// Imports the BUILT code: run `npm run build` first (npm run bench does).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as aq from 'arquero';
import { computeStatistics, parsePeriodSpec } from '../packages/core/dist/index.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const cache = join(root, '.bench');
const workbook = join(cache, 'large-100k.xlsx');
const recordsFile = join(cache, 'stats-records-100k.json');
const YEAR = 2025; // the generator's ten years are 2016–2025

function ensureData() {
  mkdirSync(cache, { recursive: true });
  const tsx = join(root, 'node_modules/.bin/tsx');
  if (!existsSync(workbook)) {
    const tmp = `${workbook}.tmp-${process.pid}.xlsx`;
    execFileSync(tsx, ['scripts/generate/largeWorkbook.ts', '--out', tmp], { cwd: root, stdio: 'inherit' });
    renameSync(tmp, workbook);
  }
  if (!existsSync(recordsFile)) {
    const script = join(cache, 'stats-records.mts');
    writeFileSync(
      script,
      `import { generateLargeData } from ${JSON.stringify(join(root, 'scripts/generate/largeWorkbook.ts'))};\n` +
        `import { writeFileSync } from 'node:fs';\n` +
        `writeFileSync(${JSON.stringify(recordsFile + '.tmp')}, JSON.stringify(generateLargeData()));\n`,
    );
    execFileSync(tsx, [script], { cwd: root, stdio: 'inherit' });
    renameSync(recordsFile + '.tmp', recordsFile);
  }
  return JSON.parse(readFileSync(recordsFile, 'utf8'));
}

const median = (xs) => {
  const a = [...xs].sort((x, y) => x - y);
  return a.length % 2 ? a[(a.length - 1) / 2] : (a[a.length / 2 - 1] + a[a.length / 2]) / 2;
};

function periods() {
  const list = [];
  for (let m = 1; m <= 12; m++) list.push(parsePeriodSpec(`month:${YEAR}-${String(m).padStart(2, '0')}`));
  list.push(parsePeriodSpec(`year:${YEAR}`));
  return list;
}

function ours(data, ps) {
  const out = [];
  for (const period of ps) {
    out.push(computeStatistics({ briefings: data.briefings, issues: data.issues, catalogue: data.catalogue, period }));
  }
  return out;
}

// The same group-by counts with arquero: per period, the period window and the
// cumulative window (decree year start), issues by category, case state, status,
// commune, month, raiser; briefings held, distinct hosts, with public / mass organisations.
// Tables (and the month column) are built once, outside the timing, as our records are.
function arqueroTables(data) {
  // The month column is derived once here, as a columnar user would, not per period inside the timed loop.
  const issues = aq
    .from(
      data.issues.map((i) => ({
        date: i.date,
        commune: i.commune,
        category: i.category ?? 'other',
        caseState: i.caseState ?? 'unspecified',
        status: i.status,
        raisedBy: i.raisedBy ?? 'unknown',
      })),
    )
    .derive({ month: (d) => aq.op.substring(d.date, 0, 7) });
  const briefings = aq.from(
    data.briefings.map((b) => ({
      date: b.date,
      host: b.host,
      cluster: b.cluster,
      chair: b.chair ?? '',
      pub: b.attendance.public === true || (typeof b.attendance.public === 'number' && b.attendance.public > 0),
      mass: b.attendance.massOrganizations.length > 0,
    })),
  );
  return { issues, briefings };
}

function arqueroWindow(t, from, to) {
  const params = { from, to };
  const iss = t.issues.params(params).filter((d, $) => d.date >= $.from && d.date <= $.to);
  const res = {
    total: iss.numRows(),
    byCategory: iss.groupby('category').count().objects(),
    byCaseState: iss.filter((d) => d.category === 'security-situation').groupby('caseState').count().objects(),
    byStatus: iss.groupby('status').count().objects(),
    byCommune: iss.groupby('commune').count().objects(),
    byMonth: iss.groupby('month').count().objects(),
    byRaisedBy: iss.groupby('raisedBy').count().objects(),
  };
  const br = t.briefings.params(params).filter((d, $) => d.date >= $.from && d.date <= $.to);
  res.briefings = br
    .rollup({ held: aq.op.count(), hosts: aq.op.distinct('host'), withPublic: aq.op.sum('pub'), withMass: aq.op.sum('mass') })
    .objects();
  res.byCluster = br.groupby('cluster').count().objects();
  res.byLeader = br.groupby('chair').count().objects();
  return res;
}

function arquero(t, ps) {
  const out = [];
  for (const p of ps) {
    const since = `${+p.to.slice(0, 4) - 1}-12-15`;
    out.push({ period: arqueroWindow(t, p.from, p.to), cumulative: arqueroWindow(t, since < p.from ? since : p.from, p.to) });
  }
  return out;
}

export default async () => {
  const data = ensureData();
  const ps = periods();
  const rows = [];

  // 1. In-memory statistics vs arquero, interleaved runs, medians.
  const tables = arqueroTables(data);
  ours(data, ps); // warm-up (JIT) for both
  arquero(tables, ps);
  const tOurs = [];
  const tAq = [];
  for (let run = 0; run < 7; run++) {
    let t = performance.now();
    ours(data, ps);
    tOurs.push(performance.now() - t);
    t = performance.now();
    arquero(tables, ps);
    tAq.push(performance.now() - t);
  }
  // Cross-check one figure so both sides did the same work.
  const check = ours(data, ps).at(-1);
  const aqCheck = arquero(tables, ps.slice(-1))[0];
  const agree = check.issues.total === aqCheck.period.total && check.cumulative.issues.total === aqCheck.cumulative.total;
  const o = median(tOurs);
  const a = median(tAq);
  rows.push({
    metric: `statistics, 13 periods (12 months + year ${YEAR}) × period+cumulative, ${data.issues.length} issues, ${data.briefings.length} briefings, ms${agree ? '' : ' (TOTALS DISAGREE)'}`,
    ours: o,
    baseline: a,
    ratio: o / a,
    target: '≤ 1.0× arquero',
    ok: agree && o / a <= 1.0,
  });

  // `summarize -o` end to end is measured in bench/xlsx.bench.mjs, with the package layer that writes it.
  return rows;
};
