// Start-up of the command line: `giaoban --help` and `giaoban dates 2026` wall time
// against `node -e 0` (the floor every Node program pays), measured alternately in one run,
// median of RUNS each. Target: `--help` ≤ 2.5× `node -e 0` (the spreadsheet libraries are
// loaded only by the commands that read or write workbooks). Uses the BUILT command; also the
// release zip's single file (everything in one module, so no lazy chunks), for the record.
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const bin = join(root, 'packages/cli/bin/giaoban.js');
const single = join(root, 'packages/cli/dist/release/giaoban.mjs');
const RUNS = 21;

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

function wall(args) {
  const t0 = performance.now();
  const r = spawnSync(process.execPath, args, { cwd: root, stdio: ['ignore', 'ignore', 'pipe'] });
  const ms = performance.now() - t0;
  if (r.status !== 0) throw new Error(`node ${args.join(' ')} exited ${r.status}: ${r.stderr}`);
  return ms;
}

export default async function cliBench() {
  const base = [];
  const help = [];
  const dates = [];
  const singleHelp = [];
  wall([bin, '--help']); // warm the disk cache
  wall([single, '--help']);
  for (let i = 0; i < RUNS; i++) {
    base.push(wall(['-e', '0']));
    help.push(wall([bin, '--help']));
    dates.push(wall([bin, 'dates', '2026']));
    singleHelp.push(wall([single, '--help']));
  }
  const b = median(base);
  const h = median(help);
  const d = median(dates);
  const s = median(singleHelp);
  return [
    { metric: `giaoban --help vs node -e 0, wall ms (median of ${RUNS})`, ours: h, baseline: b, ratio: h / b, target: '≤ 2.5×', ok: h / b <= 2.5 },
    { metric: `giaoban dates 2026 vs node -e 0, wall ms (median of ${RUNS})`, ours: d, baseline: b, ratio: d / b },
    { metric: `node giaoban.mjs --help (release single file) vs node -e 0, wall ms (median of ${RUNS})`, ours: s, baseline: b, ratio: s / b },
  ];
}
