/**
 * The package layer against workbooks the project did not write: each file is
 * read or refused with a clean `XlsxError`; a copy with the product's sheet added
 * has a content type for every part, keeps every original part byte for byte
 * except the few the writer owns, and reads back; and (checked in batches by the
 * callers) opens in openpyxl and LibreOffice whenever the original does.
 * Shared by `npm run corpus` and the corpus test.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { basename, extname, join, resolve } from 'node:path';
import { unzipSync } from 'fflate';
import { buildRenderPlan, markerFor, type SheetModel } from '@giaoban/core';
import { XlsxError, readXlsx, readZipDirectory, writeXlsx } from '../../packages/xlsx/src/index.js';
import { readSpreadsheet } from '../../packages/xlsx/src/any/index.js';
import { partDecoder } from '../../packages/xlsx/src/xml/partText.js';

/** A part's text, UTF-8 or UTF-16 (as the package reader decodes it). */
function textOf(bytes: Uint8Array | undefined): string {
  if (!bytes) return '';
  const d = partDecoder();
  return d.decode(bytes) + d.end();
}

/** What happened to one file. */
export interface FileCheck {
  file: string;
  producer: string;
  /** `read`: read (and, for .xlsx/.xlsm, copied); `refused`: a clean XlsxError; `failure`: anything else. */
  outcome: 'read' | 'refused' | 'failure';
  /** The refusal's code and message, or what failed. */
  detail?: string;
  /** Where the copy was written (read .xlsx/.xlsm only). */
  copy?: string;
}

/** The product's sheet added to every copy: a table and a chart, so the copy gains every kind of new part. */
const MODEL: SheetModel = {
  name: 'Tổng hợp',
  kind: 'summary',
  cells: [[markerFor('summary')], ['Tháng', 'Số'], ['T1', 5], ['T2', 8], ['T3', 3]],
  columnWidths: [10, 8],
  merges: [],
  styles: [{ range: 'A2:B2', style: { bold: true } }],
  print: { orientation: 'portrait', paperSize: 'A4', fitToWidth: true, repeatRows: '2:2' },
  markerCell: 'A1',
  tables: [{ name: 'BangTongHopGiaoBan', range: 'A2:B5', style: 'TableStyleLight9' }],
  charts: [{ type: 'column', title: 'Số ý kiến', categories: 'A3:A5', series: [{ name: 'Số', values: 'B3:B5' }], anchor: { cell: 'D2', widthCols: 6, heightRows: 12 } }],
};

/** Parts of a package with no content type: neither a Default for their extension nor an Override. */
export function untypedParts(parts: Record<string, Uint8Array>): string[] {
  const types = textOf(parts['[Content_Types].xml']);
  const defaults = new Set([...types.matchAll(/<(?:\w+:)?Default\b[^>]*Extension\s*=\s*["']([^"']*)["']/g)].map((m) => m[1]!.toLowerCase()));
  const overrides = new Set([...types.matchAll(/<(?:\w+:)?Override\b[^>]*PartName\s*=\s*["']([^"']*)["']/g)].map((m) => decodeURIComponent(m[1]!).toLowerCase()));
  return Object.keys(parts)
    .map((n) => n.replace(/\\/g, '/'))
    .filter((n) => n !== '[Content_Types].xml' && !n.endsWith('/'))
    .filter((n) => !overrides.has(`/${n}`.toLowerCase()) && !defaults.has(n.slice(n.lastIndexOf('.') + 1).toLowerCase()));
}

/** The parts the writer may change: content types, the workbook part and its relationships, styles, app.xml, calcChain. */
function ownedParts(parts: Record<string, Uint8Array>): Set<string> {
  const norm = (n: string) => n.replace(/\\/g, '/').replace(/^\//, '');
  const byName = new Map(Object.keys(parts).map((n) => [norm(n).toLowerCase(), n]));
  const rels = textOf(parts[byName.get('_rels/.rels') ?? '']);
  const wb = /<(?:\w+:)?Relationship\b(?=[^>]*\/officeDocument["'])[^>]*Target\s*=\s*["']([^"']+)["']/.exec(rels)?.[1] ?? 'xl/workbook.xml';
  const workbook = norm(wb);
  const folder = workbook.slice(0, workbook.lastIndexOf('/') + 1);
  const wbRels = `${folder}_rels/${workbook.slice(folder.length)}.rels`;
  const out = new Set(['[content_types].xml', workbook.toLowerCase(), wbRels.toLowerCase(), 'docprops/app.xml']);
  const relsText = textOf(parts[byName.get(wbRels.toLowerCase()) ?? '']);
  for (const m of relsText.matchAll(/<(?:\w+:)?Relationship\b[^>]*>/g)) {
    if (!/\/(styles|calcChain)["']/.test(m[0])) continue;
    const t = /Target\s*=\s*["']([^"']+)["']/.exec(m[0])?.[1];
    if (t) out.add((t.startsWith('/') ? norm(t) : norm(folder + t)).toLowerCase());
  }
  return out;
}

/** The producer of a corpus folder is its name (`xlsxwriter-excel`, `calamine`, …; see SOURCES.md). */
function producerOf(_file: string, root: string): string {
  return basename(root);
}

/**
 * Reads one file and, when it is an .xlsx/.xlsm that reads, writes and checks its copy into `outDir`.
 *
 * @param file - the workbook's path
 * @param root - the corpus folder it was found under (its first sub-folder names the producer)
 * @param outDir - where copies go
 */
export async function checkWorkbook(file: string, root: string, outDir: string): Promise<FileCheck> {
  const producer = producerOf(file, root);
  const bytes = new Uint8Array(readFileSync(file));
  try {
    // The reader the command line and the app use: .xls/.ods are read only (their copy is a conversion).
    const read = await readSpreadsheet(bytes, basename(file));
    if (!read.lossless) return { file, producer, outcome: 'read' };
    const plan = buildRenderPlan(
      read.sheets.map((s) => ({ name: s.name, marker: null, hidden: s.state !== 'visible', tables: s.tables })),
      [MODEL],
    );
    const copy = await writeXlsx(bytes, plan);
    const problems: string[] = [];
    let before: Record<string, Uint8Array> | null = null;
    try {
      before = unzipSync(bytes);
    } catch {
      before = null; // a zip fflate cannot list (our reader could): the part-by-part comparison is skipped
    }
    const after = unzipSync(copy);
    // Parts the original left untyped (a stray .DS_Store) are its own; every other part must be typed.
    const untypedBefore = new Set(before ? untypedParts(before) : []);
    const untyped = untypedParts(after).filter((n) => !untypedBefore.has(n));
    if (untyped.length) problems.push(`phần không có kiểu nội dung: ${untyped.slice(0, 5).join(', ')}`);
    if (before) {
      const owned = ownedParts(before);
      const changed = Object.keys(before).filter((n) => !n.endsWith('/') && !owned.has(n.replace(/\\/g, '/').toLowerCase()) && !sameBytes(before![n], after[n]));
      if (changed.length) problems.push(`phần bị đổi: ${changed.slice(0, 5).join(', ')}`);
    }
    const back = await readXlsx(copy);
    const names = back.grid.sheets.map((s) => s.name);
    const expected = [...read.grid.sheets.map((s) => s.name), plan.sheets[0]!.name];
    if (names.join('\u0000') !== expected.join('\u0000')) problems.push(`đọc lại bản sao: ${JSON.stringify(names)} thay vì ${JSON.stringify(expected)}`);
    mkdirSync(outDir, { recursive: true });
    const copyPath = join(outDir, `${String(counter++).padStart(5, '0')}-${basename(file).replace(/\.xl[st]/i, '.xls')}`);
    writeFileSync(copyPath, copy);
    if (problems.length) return { file, producer, outcome: 'failure', detail: problems.join('; '), copy: copyPath };
    return { file, producer, outcome: 'read', copy: copyPath };
  } catch (err) {
    if (err instanceof XlsxError) return { file, producer, outcome: 'refused', detail: `${err.code}: ${err.message}` };
    const e = err instanceof Error ? `${err.name}: ${err.message.split('\n')[0]}` : String(err);
    return { file, producer, outcome: 'failure', detail: e.slice(0, 300) };
  }
}
let counter = 0;

function sameBytes(a: Uint8Array | undefined, b: Uint8Array | undefined): boolean {
  return !!a && !!b && a.length === b.length && Buffer.from(a.buffer, a.byteOffset, a.length).equals(Buffer.from(b.buffer, b.byteOffset, b.length));
}

/** Which files openpyxl opens (one Python process for all), or null when openpyxl is missing. */
export function openpyxlOpens(files: readonly string[]): Map<string, boolean> | null {
  const python = '/usr/bin/python3';
  if (spawnSync(python, ['-c', 'import openpyxl'], { encoding: 'utf8' }).status !== 0) return null;
  // openpyxl "opens" a Strict package by reading none of its sheets: that does not count as opening it.
  const script = [
    'import sys, json, warnings, openpyxl',
    'warnings.simplefilter("ignore")',
    'for f in sys.stdin.read().split("\\n"):',
    '    if not f: continue',
    '    try:',
    '        wb = openpyxl.load_workbook(f, read_only=False, keep_vba=f.lower().endswith(".xlsm"))',
    '        ok = len(wb.sheetnames) > 0',
    '    except Exception as e:',
    '        ok = False',
    '    print(json.dumps([f, ok]), flush=True)',
  ].join('\n');
  const r = spawnSync(python, ['-c', script], { input: files.join('\n'), encoding: 'utf8', maxBuffer: 1 << 28, timeout: 1_800_000 });
  const out = new Map<string, boolean>();
  for (const line of r.stdout.split('\n')) {
    if (!line.trim()) continue;
    const [f, ok] = JSON.parse(line) as [string, boolean];
    out.set(f, ok);
  }
  return out;
}

/**
 * Which files LibreOffice opens (converted to .xlsx in one headless run), or null when it is missing.
 * A file opens when LibreOffice writes its conversion.
 */
export function libreOfficeOpens(files: readonly string[], workDir: string): Map<string, boolean> | null {
  if (spawnSync('soffice', ['--version'], { encoding: 'utf8' }).status !== 0) return null;
  const out = new Map<string, boolean>();
  const batch = 40;
  for (let i = 0; i < files.length; i += batch) {
    // Numbered links, so two files of one name cannot overwrite each other's conversion.
    const inDir = join(workDir, `lo-in-${i}`);
    const outDir = join(workDir, `lo-out-${i}`);
    mkdirSync(inDir, { recursive: true });
    const group = files.slice(i, i + batch).map((f, k) => {
      const link = join(inDir, `${i + k}${extname(f)}`);
      if (!existsSync(link)) symlinkSync(resolve(f), link);
      return [f, link] as const;
    });
    spawnSync('soffice', [`-env:UserInstallation=file://${join(workDir, 'lo-profile')}`, '--headless', '--convert-to', 'csv', '--outdir', outDir, ...group.map(([, l]) => l)], { encoding: 'utf8', timeout: 1_200_000 });
    for (const [f, l] of group) out.set(f, existsSync(join(outDir, basename(l).replace(/\.[^.]+$/, '.csv'))));
  }
  return out;
}

/** One row of the per-producer table. */
export interface ProducerRow {
  producer: string;
  files: number;
  read: number;
  refused: number;
  failures: number;
  /** Copies openpyxl could not open though it opened the original. */
  openpyxlLost: number;
  /** Copies LibreOffice could not open though it opened the original (among those tried). */
  libreOfficeLost: number;
}

/** The per-producer table of a corpus run. */
export function producerTable(checks: readonly FileCheck[], openpyxlLost: ReadonlySet<string>, loLost: ReadonlySet<string>): ProducerRow[] {
  const rows = new Map<string, ProducerRow>();
  for (const c of checks) {
    let r = rows.get(c.producer);
    if (!r) rows.set(c.producer, (r = { producer: c.producer, files: 0, read: 0, refused: 0, failures: 0, openpyxlLost: 0, libreOfficeLost: 0 }));
    r.files++;
    r[c.outcome === 'read' ? 'read' : c.outcome === 'refused' ? 'refused' : 'failures']++;
    if (openpyxlLost.has(c.file)) r.openpyxlLost++;
    if (loLost.has(c.file)) r.libreOfficeLost++;
  }
  return [...rows.values()].sort((a, b) => a.producer.localeCompare(b.producer));
}

/** The table as text. */
export function formatTable(rows: readonly ProducerRow[]): string {
  const head = ['producer', 'files', 'read', 'refused cleanly', 'failures', 'openpyxl lost', 'LibreOffice lost'];
  const body = rows.map((r) => [r.producer, r.files, r.read, r.refused, r.failures, r.openpyxlLost, r.libreOfficeLost].map(String));
  const total = ['total', ...[1, 2, 3, 4, 5, 6].map((i) => String(body.reduce((n, row) => n + Number(row[i]), 0)))];
  const all = [head, ...body, total];
  const widths = head.map((_, i) => Math.max(...all.map((r) => r[i]!.length)));
  return all.map((r, k) => r.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ') + (k === 0 ? `\n${widths.map((w) => '-'.repeat(w)).join('  ')}` : '')).join('\n');
}

export { readZipDirectory };
