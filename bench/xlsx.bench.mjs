// The lossless .xlsx package layer (@giaoban/xlsx) on the command line's output path:
//  1. `giaoban summarize -o` on the 100,000-issue workbook against a child that loads and writes the
//     same file with exceljs, and its peak RSS against `giaoban validate` on it;
//  2. `giaoban rotate -o` on a workbook with a sheet of 1,048,576 formatted empty rows: peak RSS against
//     `validate` on the same file;
//  3. 300,000 issue rows: `validate` and `summarize -o` complete; time and memory reported;
//  4. 1,000,000 issue rows (clerk shape): `validate` and `summarize -o` complete under 1.5 GB peak RSS,
//     the time reported (`BENCH_MILLION=0` skips it: generating the workbook takes minutes).
// Runs the BUILT CLI: `npm run build` first (npm run bench does). Data cached in .bench/.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync, createWriteStream } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Zip, ZipDeflate, unzipSync, strFromU8, strToU8 } from 'fflate';
import { workbookOf } from './reading.bench.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const cache = join(root, '.bench');
const cli = join(root, 'packages/cli/dist/giaoban.js');
const large = join(cache, 'large-100k.xlsx');
const large300 = join(cache, 'large-300k.xlsx');
const formatted = join(cache, 'formatted-1m-rows.xlsx');
const YEAR = 2025; // the generator's ten years are 2016–2025

const median = (xs) => {
  const a = [...xs].sort((x, y) => x - y);
  return a.length % 2 ? a[(a.length - 1) / 2] : (a[a.length / 2 - 1] + a[a.length / 2]) / 2;
};

function generate(out, extra = []) {
  if (existsSync(out)) return;
  const tmp = `${out}.tmp-${process.pid}.xlsx`;
  execFileSync(join(root, 'node_modules/.bin/tsx'), ['scripts/generate/largeWorkbook.ts', '--out', tmp, ...extra], { cwd: root, stdio: 'inherit' });
  renameSync(tmp, out);
}

/** The example workbook plus a sheet of 1,048,576 formatted empty rows, streamed (never whole in memory). */
async function generateFormatted() {
  if (existsSync(formatted)) return;
  const tmp = `${formatted}.tmp-${process.pid}.xlsx`;
  const parts = unzipSync(new Uint8Array(readFileSync(join(root, 'examples/so-theo-doi-giao-ban.xlsx'))));
  const edit = (name, f) => (parts[name] = strToU8(f(strFromU8(parts[name]))));
  edit('[Content_Types].xml', (t) => t.replace('</Types>', '<Override PartName="/xl/worksheets/sheetBig.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>'));
  edit('xl/_rels/workbook.xml.rels', (t) => t.replace('</Relationships>', '<Relationship Id="rIdBig1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheetBig.xml"/></Relationships>'));
  edit('xl/workbook.xml', (t) => t.replace('</sheets>', '<sheet name="Định dạng sẵn" sheetId="99" r:id="rIdBig1"/></sheets>'));
  const file = createWriteStream(tmp);
  const done = new Promise((resolve, reject) => {
    file.on('finish', resolve);
    file.on('error', reject);
  });
  const zip = new Zip((err, chunk, final) => {
    if (err) throw err;
    file.write(chunk);
    if (final) file.end();
  });
  for (const [name, data] of Object.entries(parts)) {
    const e = new ZipDeflate(name, { level: 6 });
    zip.add(e);
    e.push(data, true);
  }
  const sheet = new ZipDeflate('xl/worksheets/sheetBig.xml', { level: 6 });
  zip.add(sheet);
  sheet.push(strToU8('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><dimension ref="A1:H1048576"/><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>Trang định dạng sẵn</t></is></c></row>'));
  let rows = [];
  for (let r = 2; r <= 1_048_576; r++) {
    rows.push(`<row r="${r}" spans="1:8" s="1" customFormat="1" ht="15" customHeight="1"><c r="A${r}" s="1"/><c r="B${r}" s="1"/></row>`);
    if (rows.length === 20_000) {
      sheet.push(strToU8(rows.join('')));
      rows = [];
    }
  }
  sheet.push(strToU8(rows.join('') + '</sheetData></worksheet>'), true);
  zip.end();
  await done;
  renameSync(tmp, formatted);
}

function timeChild(args, okStatus = [0, 1]) {
  const t0 = performance.now();
  const r = spawnSync('/usr/bin/time', ['-f', '%M', process.execPath, ...args], { cwd: root, encoding: 'utf8', maxBuffer: 256 << 20 });
  const ms = performance.now() - t0;
  if (!okStatus.includes(r.status)) throw new Error(`child failed (${r.status}): ${args.join(' ')}\n${r.stderr.slice(-800)}`);
  return { ms, rssMb: Number(r.stderr.trim().split('\n').pop()) / 1024 };
}

export default async () => {
  mkdirSync(cache, { recursive: true });
  generate(large);
  const rows = [];

  // 1. summarize -o vs exceljs load+write; peak RSS vs validate.
  const outOurs = join(cache, 'xlsx-summarize-out.xlsx');
  const outBase = join(cache, 'xlsx-exceljs-out.xlsx');
  const baseScript = join(cache, 'xlsx-exceljs-baseline.mjs');
  writeFileSync(
    baseScript,
    `import ExcelJS from ${JSON.stringify(new URL('../node_modules/exceljs/excel.js', import.meta.url).href)};\n` +
      `const wb = new ExcelJS.Workbook();\nawait wb.xlsx.readFile(${JSON.stringify(large)});\nawait wb.xlsx.writeFile(${JSON.stringify(outBase)});\n`,
  );
  const ours = [];
  const base = [];
  const validate = [];
  for (let run = 0; run < 2; run++) {
    rmSync(outOurs, { force: true });
    base.push(timeChild([baseScript], [0]));
    ours.push(timeChild([cli, 'summarize', large, '--period', `year:${YEAR}`, '-o', outOurs, '--quiet']));
    validate.push(timeChild([cli, 'validate', large, '--json', '--quiet']));
  }
  rmSync(outOurs, { force: true });
  rmSync(outBase, { force: true });
  const oms = median(ours.map((r) => r.ms));
  const bms = median(base.map((r) => r.ms));
  rows.push({ metric: 'giaoban summarize -o (100k issues) vs exceljs load+write, wall ms', ours: oms, baseline: bms, ratio: oms / bms, target: '≤ 0.35×', ok: oms / bms <= 0.35 });
  const orss = median(ours.map((r) => r.rssMb));
  const vrss = median(validate.map((r) => r.rssMb));
  rows.push({ metric: 'giaoban summarize -o (100k issues) vs validate, peak RSS MB', ours: orss, baseline: vrss, ratio: orss / vrss, target: '≤ 1.3×', ok: orss / vrss <= 1.3 });
  rows.push({ metric: 'for scale: exceljs load+write (100k issues), peak RSS MB', ours: median(base.map((r) => r.rssMb)) });

  // 2. rotate -o on a million formatted empty rows: peak RSS vs validate.
  await generateFormatted();
  const outRotate = join(cache, 'xlsx-rotate-out.xlsx');
  rmSync(outRotate, { force: true });
  const rot = timeChild([cli, 'rotate', formatted, '--from', '2026-01', '--months', '12', '-o', outRotate]);
  rmSync(outRotate, { force: true });
  const val = timeChild([cli, 'validate', formatted, '--json', '--quiet']);
  rows.push({ metric: 'giaoban rotate -o (1,048,576 formatted empty rows) vs validate, peak RSS MB', ours: rot.rssMb, baseline: val.rssMb, ratio: rot.rssMb / val.rssMb, target: '≤ 1.5×', ok: rot.rssMb / val.rssMb <= 1.5 });
  rows.push({ metric: 'giaoban rotate -o (1,048,576 formatted empty rows) vs validate, wall ms', ours: rot.ms, baseline: val.ms, ratio: rot.ms / val.ms });

  // 3. 300,000 issue rows complete.
  generate(large300, ['--issues', '300000']);
  const out300 = join(cache, 'xlsx-summarize-300k.xlsx');
  rmSync(out300, { force: true });
  const v300 = timeChild([cli, 'validate', large300, '--json', '--quiet']);
  const s300 = timeChild([cli, 'summarize', large300, '--period', `year:${YEAR}`, '-o', out300, '--quiet']);
  const written = existsSync(out300);
  rmSync(out300, { force: true });
  rows.push({ metric: 'validate, 300k issue rows: wall ms / peak RSS MB', ours: `${v300.ms.toFixed(0)} ms / ${v300.rssMb.toFixed(0)} MB`, ok: true });
  rows.push({ metric: 'summarize -o, 300k issue rows: wall ms / peak RSS MB', ours: `${s300.ms.toFixed(0)} ms / ${s300.rssMb.toFixed(0)} MB`, ok: written });

  // 4. A million issue rows, clerk-shaped.
  if (process.env.BENCH_MILLION !== '0') {
    const million = workbookOf('clerk', 1_000_000);
    const outM = join(cache, 'xlsx-summarize-1m.xlsx');
    rmSync(outM, { force: true });
    const vM = timeChild([cli, 'validate', million, '--json', '--quiet']);
    const sM = timeChild([cli, 'summarize', million, '--period', `year:${YEAR}`, '-o', outM, '--quiet']);
    const wroteM = existsSync(outM);
    rmSync(outM, { force: true });
    const GB = 1.5 * 1024;
    rows.push({ metric: 'validate, 1,000,000 issue rows (clerk shape): wall ms / peak RSS MB', ours: `${vM.ms.toFixed(0)} ms / ${vM.rssMb.toFixed(0)} MB`, target: '< 1536 MB', ok: vM.rssMb < GB });
    rows.push({ metric: 'summarize -o, 1,000,000 issue rows (clerk shape): wall ms / peak RSS MB', ours: `${sM.ms.toFixed(0)} ms / ${sM.rssMb.toFixed(0)} MB`, target: '< 1536 MB', ok: wroteM && sM.rssMb < GB });
  }
  return rows;
};
