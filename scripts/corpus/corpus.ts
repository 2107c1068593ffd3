/**
 * `npm run corpus [DIR…]`: the package layer over folders of workbooks other programs wrote (fetched as
 * test/corpus/SOURCES.md says; never committed). Every .xlsx/.xlsm/.xltx/.ods/.xls found is read or
 * refused; each .xlsx/.xlsm that reads gets a copy with the product's sheet, checked part by part, then
 * opened by openpyxl (all) and LibreOffice (a sample, `--libreoffice N`, default 60; 0 for none).
 * Prints one row per producer (the first folder under each DIR) and every failure; exit 1 on a failure.
 *
 *   npm run corpus -- ~/corpus/xlsxwriter-excel ~/corpus/calamine --libreoffice 100
 */
import { readdirSync, rmSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { checkWorkbook, formatTable, libreOfficeOpens, openpyxlOpens, producerTable, type FileCheck } from './checkWorkbooks.js';

const WORKBOOK = /\.(xlsx|xlsm|xltx|xltm|xls|ods)$/i;

function walk(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name);
    const st = statSync(p);
    if (st.isDirectory()) walk(p, out);
    else if (WORKBOOK.test(name) && !name.startsWith('~$')) out.push(p);
  }
  return out;
}

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({ allowPositionals: true, options: { libreoffice: { type: 'string' }, out: { type: 'string' } } });
  if (positionals.length === 0) {
    process.stderr.write('Cách dùng: npm run corpus -- THƯ_MỤC… [--libreoffice N] (xem test/corpus/SOURCES.md để lấy các bộ tệp)\n');
    return 2;
  }
  const work = resolve(values.out ?? 'test/.tmp/corpus-run');
  rmSync(work, { recursive: true, force: true });
  const checks: FileCheck[] = [];
  for (const root of positionals.map((p) => resolve(p))) {
    const files = walk(root);
    process.stderr.write(`${root}: ${files.length} tệp\n`);
    for (const f of files) checks.push(await checkWorkbook(f, root, join(work, 'copies')));
  }
  // openpyxl on every original that was copied and on its copy: a copy must open where the original does.
  const copied = checks.filter((c) => c.copy);
  const py = openpyxlOpens(copied.flatMap((c) => [c.file, c.copy!]));
  const pyLost = new Set(py ? copied.filter((c) => py.get(c.file) && !py.get(c.copy!)).map((c) => c.file) : []);
  const sample = Number(values.libreoffice ?? 60);
  const step = Math.max(1, Math.floor(copied.length / Math.max(1, sample)));
  const tried = sample > 0 ? copied.filter((_, i) => i % step === 0).slice(0, sample) : [];
  const lo = tried.length ? libreOfficeOpens(tried.flatMap((c) => [c.file, c.copy!]), work) : null;
  const loLost = new Set(lo ? tried.filter((c) => lo.get(c.file) && !lo.get(c.copy!)).map((c) => c.file) : []);

  process.stdout.write(`${formatTable(producerTable(checks, pyLost, loLost))}\n\n`);
  process.stdout.write(`openpyxl: ${py ? `${copied.length} copies checked, ${copied.filter((c) => py.get(c.file)).length} originals open, ${pyLost.size} copies lost` : 'not installed'}\n`);
  process.stdout.write(`LibreOffice: ${lo ? `${tried.length} copies checked, ${tried.filter((c) => lo.get(c.file)).length} originals open, ${loLost.size} copies lost` : 'not run'}\n`);
  const refusals = new Map<string, number>();
  for (const c of checks) if (c.outcome === 'refused') refusals.set(c.detail!.split(':')[0]!, (refusals.get(c.detail!.split(':')[0]!) ?? 0) + 1);
  if (refusals.size) process.stdout.write(`refused by code: ${[...refusals].map(([k, n]) => `${k} ${n}`).join(', ')}\n`);
  const bad = checks.filter((c) => c.outcome === 'failure' || pyLost.has(c.file) || loLost.has(c.file));
  for (const c of bad) process.stdout.write(`FAIL ${c.file}: ${c.detail ?? (pyLost.has(c.file) ? 'openpyxl opens the original, not the copy' : 'LibreOffice opens the original, not the copy')}\n`);
  if (process.env.CORPUS_VERBOSE) for (const c of checks.filter((x) => x.outcome === 'refused')) process.stdout.write(`refused ${c.file}: ${c.detail}\n`);
  return bad.length ? 1 : 0;
}

process.exitCode = await main();
