// The package layer against workbooks saved by other programs: the example re-saved by openpyxl
// (absolute part targets; with a comment, a chart, a picture, a drop-down, conditional formatting,
// a defined name, print titles 4:4, frozen panes, a protected sheet, an Excel table), the same
// re-saved by LibreOffice, in the 1904 date system, as an .xlsm with a vbaProject.bin, and the example
// with a sheet of 1,048,576 formatted empty rows. The corpus is generated here (cached under
// test/.tmp/xlsx-corpus); nothing big is committed.
// Needs /usr/bin/python3 with openpyxl + PIL (apt: python3-openpyxl python3-pil) and LibreOffice (soffice).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { SaxesParser } from 'saxes';
import { markerFor } from '@giaoban/core';
import { readXlsx } from '@giaoban/xlsx';
import { main } from '../../packages/cli/src/main.js';
import { captureIO, repoRoot } from './helpers.js';

const PYTHON = '/usr/bin/python3';
const hasOpenpyxl = spawnSync(PYTHON, ['-c', 'import openpyxl, PIL'], { encoding: 'utf8' }).status === 0;
const hasSoffice = spawnSync('soffice', ['--version'], { encoding: 'utf8' }).status === 0;
if (!hasOpenpyxl) console.warn('test/xlsx/corpus: bỏ qua — thiếu openpyxl/PIL cho /usr/bin/python3; cài: apt-get install -y python3-openpyxl python3-pil (skipped: openpyxl missing)');
if (!hasSoffice) console.warn('test/xlsx/corpus: bỏ qua phần LibreOffice — thiếu soffice; cài: apt-get install -y libreoffice-calc (skipped: LibreOffice missing)');

const here = join(repoRoot, 'test/xlsx/corpus');
const example = join(repoRoot, 'examples/so-theo-doi-giao-ban.xlsx');
const dir = join(repoRoot, 'test/.tmp/xlsx-corpus');
const profile = `file://${join(repoRoot, 'test/.tmp/xlsx-corpus-lo-profile')}`;

interface Case {
  name: string;
  input: string;
  /** The command writing our sheets into a copy. */
  command: (input: string, output: string) => string[];
  big?: boolean;
}
const summarize = (input: string, output: string) => ['summarize', input, '-o', output, '--quiet'];
const rotate = (input: string, output: string) => ['rotate', input, '--from', '2026-01', '--months', '12', '-o', output];

const cases: Case[] = [
  { name: 'openpyxl', input: join(dir, 'openpyxl.xlsx'), command: summarize },
  { name: 'libreoffice', input: join(dir, 'lo/openpyxl.xlsx'), command: summarize },
  { name: '1904', input: join(dir, 'openpyxl-1904.xlsx'), command: summarize },
  { name: 'xlsm', input: join(dir, 'macro.xlsm'), command: rotate },
  { name: 'big-empty', input: join(dir, 'big-empty.xlsx'), command: rotate, big: true },
];
const active = () => cases.filter((c) => hasSoffice || c.name !== 'libreoffice');
const outOf = (c: Case, run: 1 | 2) => join(dir, 'out', `${c.name}-${run}${c.input.endsWith('.xlsm') ? '.xlsm' : '.xlsx'}`);

function buildCorpus(): void {
  const stamp = createHash('sha256').update(readFileSync(join(here, 'make_corpus.py'))).update(readFileSync(example)).digest('hex');
  const stampFile = join(dir, 'stamp');
  if (existsSync(stampFile) && readFileSync(stampFile, 'utf8') === stamp && cases.every((c) => c.name === 'libreoffice' || existsSync(c.input))) return;
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, 'lo'), { recursive: true });
  const made = spawnSync(PYTHON, [join(here, 'make_corpus.py'), example, dir], { encoding: 'utf8' });
  if (made.status !== 0) throw new Error(`make_corpus.py: ${made.stderr}`);
  if (hasSoffice) soffice(['--convert-to', 'xlsx', '--outdir', join(dir, 'lo'), join(dir, 'openpyxl.xlsx')]);
  writeFileSync(stampFile, stamp);
}

function soffice(args: string[]): string {
  const r = spawnSync('soffice', [`-env:UserInstallation=${profile}`, '--headless', ...args], { encoding: 'utf8', timeout: 600_000 });
  return `${r.stdout}\n${r.stderr}`;
}

interface Dump {
  file: string;
  names: string[];
  epoch1904?: boolean;
  sheets: Record<string, [string, unknown, string][] | { large: number }>;
  error?: string;
}
function dumpCells(files: string[]): Map<string, Dump> {
  const r = spawnSync(PYTHON, [join(here, 'dump_cells.py'), ...files], { encoding: 'utf8', maxBuffer: 1 << 30, timeout: 600_000 });
  if (r.status !== 0) throw new Error(`dump_cells.py: ${r.stderr}`);
  const out = new Map<string, Dump>();
  for (const line of r.stdout.trim().split('\n')) {
    const d = JSON.parse(line) as Dump;
    out.set(d.file, d);
  }
  return out;
}

const parts = (path: string): Record<string, Uint8Array> => unzipSync(new Uint8Array(readFileSync(path)));
const same = (a: Uint8Array | undefined, b: Uint8Array | undefined) => !!a && !!b && a.length === b.length && Buffer.from(a).equals(Buffer.from(b));

/** Parts the writer may change; everything else must come through byte for byte. */
function changeable(p: Record<string, Uint8Array>): Set<string> {
  const names = Object.keys(p);
  const rels = new TextDecoder().decode(p['_rels/.rels']);
  const wb = /Type="[^"]*\/officeDocument"[^>]*Target="\/?([^"]+)"|Target="\/?([^"]+)"[^>]*Type="[^"]*\/officeDocument"/.exec(rels);
  const workbook = (wb?.[1] ?? wb?.[2] ?? 'xl/workbook.xml').replace(/^\//, '');
  const folder = workbook.slice(0, workbook.lastIndexOf('/') + 1);
  const out = new Set(['[Content_Types].xml', workbook, `${folder}_rels/${workbook.slice(folder.length)}.rels`, 'docProps/app.xml']);
  for (const n of names) if (/styles\.xml$|calcChain\.xml$/.test(n)) out.add(n);
  return out;
}

function wellFormed(name: string, bytes: Uint8Array): string | null {
  const parser = new SaxesParser({ xmlns: true });
  try {
    parser.write(new TextDecoder().decode(bytes)).close();
    return null;
  } catch (err) {
    return `${name}: ${err instanceof Error ? err.message : String(err)}`;
  }
}

describe.skipIf(!hasOpenpyxl)('the package layer on a corpus of real workbooks', () => {
  const results = new Map<string, { code1: number; code2: number; err: string }>();
  let dumps = new Map<string, Dump>();
  let pdfLog = '';

  beforeAll(async () => {
    buildCorpus();
    rmSync(join(dir, 'out'), { recursive: true, force: true });
    rmSync(join(dir, 'pdf'), { recursive: true, force: true });
    mkdirSync(join(dir, 'out'), { recursive: true });
    for (const c of active()) {
      const io1 = captureIO();
      const code1 = await main(c.command(c.input, outOf(c, 1)), io1);
      const io2 = captureIO();
      const code2 = await main(c.command(outOf(c, 1), outOf(c, 2)), io2);
      results.set(c.name, { code1, code2, err: io1.err + io2.err });
    }
    // A macro workbook's copy named .xlsx is refused (Excel would not open it).
    const xlsm = cases.find((c) => c.name === 'xlsm')!;
    const refused = captureIO();
    const refusedCode = await main(rotate(xlsm.input, join(dir, 'out', 'macro-as.xlsx')), refused);
    results.set('xlsm-as-xlsx', { code1: refusedCode, code2: refusedCode, err: refused.err });
    dumps = dumpCells(active().flatMap((c) => [c.input, outOf(c, 1)]));
    if (hasSoffice) pdfLog = soffice(['--convert-to', 'pdf', '--outdir', join(dir, 'pdf'), ...active().map((c) => outOf(c, 1))]);
  }, 900_000);

  afterAll(() => rmSync(join(repoRoot, 'test/.tmp/xlsx-corpus-lo-profile'), { recursive: true, force: true }));

  for (const c of cases) {
    describe.skipIf(c.name === 'libreoffice' && !hasSoffice)(c.name, () => {
      it('writes our sheets (exit 0, or 1 for the example\'s planted errors)', () => {
        const r = results.get(c.name)!;
        expect([0, 1], r.err).toContain(r.code1);
        expect([0, 1], r.err).toContain(r.code2);
        expect(existsSync(outOf(c, 1))).toBe(true);
      });

      it('reads the real sheet names and date system, as openpyxl does', { timeout: c.big ? 300_000 : 60_000 }, async () => {
        const { grid } = await readXlsx(new Uint8Array(readFileSync(c.input)));
        const d = dumps.get(c.input)!;
        expect(d.error).toBeUndefined();
        expect(grid.sheets.map((s) => s.name)).toEqual(d.names);
        expect(Boolean(grid.date1904)).toBe(Boolean(d.epoch1904));
      });

      it('reads every cell as openpyxl does (values, dates as serials, number formats)', { timeout: c.big ? 300_000 : 60_000 }, async () => {
        const { grid } = await readXlsx(new Uint8Array(readFileSync(c.input)));
        const d = dumps.get(c.input)!;
        const epoch = Date.UTC(1899, 11, 30) + (grid.date1904 ? 1462 * 86_400_000 : 0);
        let compared = 0;
        grid.sheets.forEach((sheet) => {
          const cells = d.sheets[sheet.name];
          if (!Array.isArray(cells)) return;
          for (const [ref, value, fmt] of cells) {
            if (typeof value === 'string' && value.startsWith('=')) continue; // openpyxl gives the formula, we its cached result
            const m = /^([A-Z]+)(\d+)$/.exec(ref)!;
            const col = [...m[1]!].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
            const ours = sheet.values[+m[2]! - 1]?.[col - 1] ?? null;
            if (typeof value === 'string' && value.startsWith('date:')) {
              expect(typeof ours, `${sheet.name}!${ref}`).toBe('number');
              const iso = new Date(epoch + Math.round((ours as number) * 86_400_000)).toISOString().slice(0, 19);
              expect(iso.startsWith(value.slice(5, 15)), `${sheet.name}!${ref}: ${iso} vs ${value}`).toBe(true);
            } else expect(ours, `${sheet.name}!${ref}`).toEqual(value);
            const ourFmt = sheet.numberFormats?.[+m[2]! - 1]?.[col - 1] ?? 'General';
            expect(ourFmt, `${sheet.name}!${ref} format`).toBe(fmt);
            compared++;
          }
        });
        expect(compared).toBeGreaterThan(c.big ? 100 : 1000);
      });

      it('carries every other part of the clerk\'s file byte for byte', { timeout: c.big ? 300_000 : 60_000 }, () => {
        const a = parts(c.input);
        if (!c.big) {
          // The corpus really holds what the layer must carry.
          const names = Object.keys(a).join(' ');
          for (const kind of [/comments/i, /charts\/chart/, /media\//, /tables\/table/, /drawings\/(vml)?[dD]rawing/]) expect(names).toMatch(kind);
        }
        const b = parts(outOf(c, 1));
        const may = changeable(a);
        const differ = Object.keys(a).filter((n) => !may.has(n) && !same(a[n], b[n]));
        expect(differ).toEqual([]);
        if (c.name === 'xlsm') {
          expect(same(a['xl/vbaProject.bin'], b['xl/vbaProject.bin'])).toBe(true);
          expect(results.get('xlsm-as-xlsx')?.err).toMatch(/có macro \(\.xlsm\).*phải có đuôi \.xlsm/);
          expect(new TextDecoder().decode(b['[Content_Types].xml'])).toContain('application/vnd.ms-excel.sheet.macroEnabled.main+xml');
        }
        // Every part we wrote or edited is well-formed, namespaces bound.
        const written = Object.keys(b).filter((n) => /\.(xml|rels)$/.test(n) && (may.has(n) || !a[n]));
        expect(written.map((n) => wellFormed(n, b[n]!)).filter(Boolean)).toEqual([]);
      });

      it('keeps every clerk cell value and number format, read back by openpyxl', () => {
        const before = dumps.get(c.input)!;
        const after = dumps.get(outOf(c, 1))!;
        expect(after.error).toBeUndefined();
        for (const name of before.names) expect(after.sheets[name], name).toEqual(before.sheets[name]);
        expect(after.names.slice(0, before.names.length)).toEqual(before.names);
      });

      it('marks the new sheets, and a second run replaces only them', { timeout: c.big ? 600_000 : 60_000 }, async () => {
        const first = await readXlsx(new Uint8Array(readFileSync(outOf(c, 1))));
        const added = first.grid.sheets.slice(dumps.get(c.input)!.names.length);
        expect(added.length).toBeGreaterThan(0);
        for (const s of added) expect(s.values.flat().some((v) => typeof v === 'string' && v.startsWith('giaoban:')), s.name).toBe(true);
        expect(added.map((s) => s.values.flat().find((v) => typeof v === 'string' && v.startsWith('giaoban:')))).toEqual(
          c.command === rotate ? [markerFor('plan')] : [markerFor('summary'), markerFor('findings')],
        );
        const second = await readXlsx(new Uint8Array(readFileSync(outOf(c, 2))));
        expect(second.grid.sheets.map((s) => s.name)).toEqual(first.grid.sheets.map((s) => s.name));
        const p1 = parts(outOf(c, 1));
        const p2 = parts(outOf(c, 2));
        const p0 = parts(c.input);
        const ours = Object.keys(p1).filter((n) => !p0[n]);
        const may = changeable(p1);
        const differ = Object.keys(p1).filter((n) => !may.has(n) && !ours.includes(n) && !same(p1[n], p2[n]));
        expect(differ).toEqual([]);
        // The first run's own parts are gone, replaced by new ones.
        expect(ours.filter((n) => !may.has(n) && p2[n])).toEqual([]);
        // Print titles and areas: one of each per sheet, the replaced sheet's old ones removed.
        const wbName = [...may].find((n) => /workbook\.xml$/.test(n) && p2[n])!;
        const names = [...new TextDecoder().decode(p2[wbName]).matchAll(/<(?:\w+:)?definedName\b([^>]*)>/g)].map((m) => {
          const a = m[1]!;
          return `${/name="([^"]*)"/.exec(a)?.[1]}@${/localSheetId="(\d+)"/.exec(a)?.[1] ?? ''}`;
        });
        expect(new Set(names).size).toBe(names.length);
        // docProps/app.xml lists the sheets when it listed them all before (a stale list is left as it was).
        const app = p2['docProps/app.xml'] ? new TextDecoder().decode(p2['docProps/app.xml']) : '';
        const app0 = new TextDecoder().decode(p0['docProps/app.xml'] ?? new Uint8Array());
        if (dumps.get(c.input)!.names.every((n) => app0.includes(`>${n}<`))) {
          for (const s of second.grid.sheets) expect(app).toContain(`>${s.name}<`);
        }
      });

      it.skipIf(!hasSoffice)('converts to PDF with LibreOffice', () => {
        const pdf = join(dir, 'pdf', `${c.name}-1.pdf`);
        expect(existsSync(pdf), pdfLog).toBe(true);
        expect(statSync(pdf).size).toBeGreaterThan(1000);
      });
    });
  }
});
