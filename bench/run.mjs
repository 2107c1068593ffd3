#!/usr/bin/env node
// `npm run bench`: runs every bench/*.bench.mjs (after `npm run build`) and prints
// our figure beside the named baseline, measured side by side in this one run.
// Each module's default export is `async () => Row[]` with
// { metric, ours, baseline?, ratio?, target?, ok? } (strings/numbers); the first column names
// the area, from the file's name (bench/rotation.bench.mjs → rotation).
import { readdirSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { dirname, join } from 'node:path';

const here = dirname(fileURLToPath(import.meta.url));
const only = process.argv.slice(2);
const files = readdirSync(here)
  .filter((f) => f.endsWith('.bench.mjs'))
  .filter((f) => only.length === 0 || only.some((o) => f.includes(o)))
  .sort();

const rows = [];
for (const f of files) {
  process.stderr.write(`… ${f}\n`);
  const mod = await import(pathToFileURL(join(here, f)).href);
  try {
    for (const row of await mod.default()) rows.push({ file: f, ...row });
  } catch (err) {
    rows.push({ file: f, metric: 'FAILED', ours: String(err?.stack ?? err) });
  }
}

const fmt = (v) => (v === undefined || v === null ? '' : typeof v === 'number' ? (Number.isInteger(v) ? String(v) : v.toFixed(3)) : String(v));
const table = rows.map((r) => [
  r.file.replace(/\.bench\.mjs$/, ''),
  r.metric,
  fmt(r.ours),
  fmt(r.baseline),
  r.ratio === undefined ? '' : `${r.ratio.toFixed(2)}×`,
  fmt(r.target),
  r.ok === undefined ? '' : r.ok ? 'OK' : 'MISS',
]);
const head = ['area', 'metric', 'Giao ban', 'baseline', 'ratio', 'target', ''];
const widths = head.map((h, i) => Math.max(h.length, ...table.map((t) => t[i].length)));
const line = (cells) => cells.map((c, i) => c.padEnd(widths[i])).join('  ');
console.log(line(head));
console.log(widths.map((w) => '-'.repeat(w)).join('  '));
for (const t of table) console.log(line(t));
console.log(`\nmachine: ${process.platform} ${process.arch}, node ${process.version}; timings are medians of repeated runs on a shared 2-core machine — expect ±15% noise.`);
