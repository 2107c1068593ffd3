// Calendar: every holiday and all 12 briefing dates for 1900–2100, against
// date-holidays computing Vietnam's public holidays (types: ['public']) for the same years, in the same run.
// Each timed run happens in a fresh worker thread, so neither library's memo caches
// carry over between runs (our calendar memoises lunar months and holiday years):
// these are cold-start figures. Also reports the min+gz size of @giaoban/core/calendar.
import { Worker } from 'node:worker_threads';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..');
// Snapshot the built core first: other builds in the same tree clean dist/ while we run.
const snapshot = mkdtempSync(join(tmpdir(), 'giaoban-bench-calendar-'));
cpSync(join(root, 'packages/core/dist'), snapshot, { recursive: true });
const calendarEntry = join(snapshot, 'calendar/index.js');
const FIRST = 1900;
const LAST = 2100;
const RUNS = 3;

const workerSource = `
import { parentPort, workerData } from 'node:worker_threads';
const { which, entry, first, last } = workerData;
let ms, count = 0;
if (which === 'ours') {
  const cal = await import(entry);
  const t0 = performance.now();
  for (let y = first; y <= last; y++) {
    count += cal.holidaysOf(y).length;
    count += cal.briefingDates(y).length;
  }
  ms = performance.now() - t0;
} else {
  const { default: Holidays } = await import('date-holidays');
  // Public holidays only: by default date-holidays also computes about 11 lunar observances a year,
  // which would make it look slower than it is at the comparable job.
  const hd = new Holidays('VN', { types: ['public'] });
  const t0 = performance.now();
  for (let y = first; y <= last; y++) count += hd.getHolidays(y).length;
  ms = performance.now() - t0;
}
parentPort.postMessage({ ms, count });
`;

function runOnce(which) {
  return new Promise((resolve, reject) => {
    const w = new Worker(workerSource, {
      eval: true,
      workerData: { which, entry: pathToFileURL(calendarEntry).href, first: FIRST, last: LAST },
      // Resolve 'date-holidays' from the repo root.
      env: process.env,
    });
    w.once('message', resolve);
    w.once('error', reject);
  });
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function bundleSize() {
  const { build } = await import('esbuild');
  const out = await build({ entryPoints: [calendarEntry], bundle: true, minify: true, format: 'esm', write: false, platform: 'neutral', logLevel: 'silent' });
  const code = out.outputFiles[0].contents;
  return { min: code.length, gz: gzipSync(code, { level: 9 }).length };
}

export default async () => {
  const ours = [];
  const theirs = [];
  let oursCount = 0;
  let theirsCount = 0;
  // Interleave so machine noise hits both sides alike.
  for (let i = 0; i < RUNS; i++) {
    const a = await runOnce('ours');
    const b = await runOnce('date-holidays');
    ours.push(a.ms);
    theirs.push(b.ms);
    oursCount = a.count;
    theirsCount = b.count;
  }
  const o = median(ours);
  const t = median(theirs);
  const size = await bundleSize();
  rmSync(snapshot, { recursive: true, force: true });
  return [
    {
      metric: `holidays + 12 briefing dates/yr, ${FIRST}–${LAST}, cold, ms (median of ${RUNS})`,
      ours: Number(o.toFixed(1)),
      baseline: Number(t.toFixed(1)),
      ratio: o / t,
      target: '≤ 1.0× date-holidays',
      ok: o <= t,
    },
    { metric: 'entries computed (ours: holiday days + briefing dates; date-holidays: public holidays)', ours: oursCount, baseline: theirsCount },
    { metric: '@giaoban/core/calendar min+gz bytes (esbuild --bundle --minify, gzip -9)', ours: size.gz, target: 'report' },
    { metric: '@giaoban/core/calendar min bytes', ours: size.min },
  ];
};
