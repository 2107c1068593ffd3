// The national catalogue of administrative units:
//  1. resolving 1,000,000 (name, date) pairs with resolveCommuneName (today's name, an old name before
//     01/07/2025, an old name after it, unaccented spellings) beside the baseline: core matchName over
//     one province's list of today's names (what the reader did before names had dates);
//  2. its first use (decoding the compact data);
//  3. its cost in a bundle: @giaoban/core/catalogue min+gz beside @giaoban/core (main entry), and the
//     add-in's functions.js (GIAOBAN.XA) and the offline app (both carry it);
//  4. CLI start-up: `giaoban --help` (never loads it) and `giaoban communes "Điện Biên" --json` (loads it)
//     beside `node -e 0`.
// Uses the BUILT packages (npm run bench builds first).
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const bin = join(root, 'packages/cli/bin/giaoban.js');
const PAIRS = 1_000_000;
const RUNS = 5;
const STARTS = 15;

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

function wall(args) {
  const t0 = performance.now();
  const r = spawnSync(process.execPath, args, { cwd: root, stdio: ['ignore', 'ignore', 'pipe'] });
  const ms = performance.now() - t0;
  if (r.status !== 0) throw new Error(`node ${args.join(' ')} exited ${r.status}: ${r.stderr}`);
  return ms;
}

async function bundleGz(entry) {
  const { build } = await import('esbuild');
  const out = await build({ entryPoints: [entry], bundle: true, minify: true, format: 'esm', write: false, platform: 'neutral', logLevel: 'silent' });
  return gzipSync(out.outputFiles[0].contents, { level: 9 }).length / 1024;
}

export default async () => {
  // First use: decode in a fresh process (the module is cached after the first import here).
  const firstUse = [];
  for (let i = 0; i < RUNS; i++) {
    const r = spawnSync(
      process.execPath,
      ['--input-type=module', '-e', `const t0 = performance.now(); const m = await import(${JSON.stringify(pathToFileURL(join(root, 'packages/core/dist/catalogue.js')).href)}); m.communesOf('Điện Biên'); process.stdout.write(String(performance.now() - t0));`],
      { cwd: root, encoding: 'utf8' },
    );
    firstUse.push(Number(r.stdout));
  }

  const cat = await import(pathToFileURL(join(root, 'packages/core/dist/catalogue.js')).href);
  const core = await import(pathToFileURL(join(root, 'packages/core/dist/index.js')).href);
  const today = cat.communesOf('Điện Biên').map((u) => u.name);
  const old = cat.communesOf('Điện Biên', '2025-06-30').map((u) => u.name);
  const strip = (s) => s.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd').replace(/Đ/g, 'D');
  const names = [...today, ...old, ...today.map(strip), ...old.map((n) => `xã ${n}`)];
  const dates = ['2024-03-15', '2025-06-16', '2025-07-01', '2026-01-15', '2027-05-15'];
  // The same pseudo-random pairs for both sides.
  let seed = 7;
  const next = () => (seed = (seed * 1103515245 + 12345) >>> 0);
  const pairs = Array.from({ length: PAIRS }, () => [names[next() % names.length], dates[next() % dates.length]]);

  const ours = [];
  const base = [];
  let found = 0;
  for (let run = 0; run < RUNS; run++) {
    let t0 = performance.now();
    found = 0;
    for (const [n, d] of pairs) if (cat.resolveCommuneName(n, d, '11').status !== 'none') found++;
    ours.push(performance.now() - t0);
    t0 = performance.now();
    for (const [n] of pairs) core.matchName(n, today, 'commune');
    base.push(performance.now() - t0);
  }
  const o = median(ours);
  const b = median(base);

  const catGz = await bundleGz(join(root, 'packages/core/dist/catalogue.js'));
  const coreGz = await bundleGz(join(root, 'packages/core/dist/index.js'));
  const functionsJs = join(root, 'addin/dist/functions.js');
  const fnGz = existsSync(functionsJs) ? gzipSync(readFileSync(functionsJs), { level: 9 }).length / 1024 : null;
  const appHtml = join(root, 'app/dist/giao-ban.html');
  const appGz = existsSync(appHtml) ? gzipSync(readFileSync(appHtml), { level: 9 }).length / 1024 : null;

  const nodeMs = [];
  const helpMs = [];
  const communesMs = [];
  wall([bin, '--help']);
  for (let i = 0; i < STARTS; i++) {
    nodeMs.push(wall(['-e', '0']));
    helpMs.push(wall([bin, '--help']));
    communesMs.push(wall([bin, 'communes', 'Điện Biên', '--json']));
  }
  const n0 = median(nodeMs);
  const h = median(helpMs);
  const c = median(communesMs);
  return [
    { metric: `resolveCommuneName, ${PAIRS.toLocaleString('en')} (name, date) pairs of Điện Biên, ms (median of ${RUNS}; ${found} resolved) vs matchName over today's list`, ours: o, baseline: b, ratio: o / b, target: '≤ 2 s', ok: o <= 2000 },
    { metric: `national catalogue first use (import + decode), ms (median of ${RUNS}, fresh process)`, ours: median(firstUse), target: 'report' },
    { metric: '@giaoban/core/catalogue min+gz KB vs @giaoban/core main entry (esbuild --bundle --minify, gzip -9)', ours: +catGz.toFixed(1), baseline: +coreGz.toFixed(1), ratio: catGz / coreGz, target: 'report (not in the task pane)' },
    ...(fnGz !== null ? [{ metric: 'add-in functions.js (GIAOBAN.* with XA and the catalogue) gz KB', ours: +fnGz.toFixed(1), target: 'report' }] : []),
    ...(appGz !== null ? [{ metric: 'offline app giao-ban.html gz KB (the catalogue in its worker)', ours: +appGz.toFixed(1), target: 'report' }] : []),
    { metric: `giaoban --help vs node -e 0, wall ms (median of ${STARTS}; the catalogue not loaded)`, ours: h, baseline: n0, ratio: h / n0, target: '≤ 2.5×', ok: h / n0 <= 2.5 },
    { metric: `giaoban communes "Điện Biên" --json vs node -e 0, wall ms (median of ${STARTS}; loads the catalogue)`, ours: c, baseline: n0, ratio: c / n0, target: 'report' },
  ];
};
