// The representative corpus, made on this machine by other producers (exceljs and SheetJS from npm;
// openpyxl, XlsxWriter, LibreOffice and Gnumeric from Debian) with the features a package layer must carry,
// plus the shapes foreign files come in (parts in UTF-16, backslash entry names, .rels typed by Overrides,
// Strict OOXML, a <sheet> without its part), made by post-processing. Every file is read or refused with a
// clean XlsxError; every copy types every part, keeps the original parts byte for byte but the writer's own,
// reads back, and opens in openpyxl and LibreOffice whenever the original does. The full corpus of files
// fetched from public repositories runs with `npm run corpus` (test/corpus/SOURCES.md).
import { beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import * as XLSX from '@e965/xlsx';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { checkWorkbook, libreOfficeOpens, openpyxlOpens, type FileCheck } from '../../scripts/corpus/checkWorkbooks.js';
import { toStrict } from '../../packages/xlsx/src/write/parts.js';
import { repoRoot } from '../xlsx/helpers.js';

const PYTHON = '/usr/bin/python3';
const has = (cmd: string, args: string[]) => spawnSync(cmd, args, { encoding: 'utf8' }).status === 0;
const hasSoffice = has('soffice', ['--version']);
const hasSsconvert = has('ssconvert', ['--version']);
const hasPython = has(PYTHON, ['-c', 'import openpyxl']);
for (const [ok, what] of [
  [hasPython, 'openpyxl (apt-get install -y python3-openpyxl python3-xlsxwriter)'],
  [hasSoffice, 'LibreOffice (apt-get install -y libreoffice-calc)'],
  [hasSsconvert, 'Gnumeric (apt-get install -y gnumeric)'],
] as const) {
  if (!ok) console.warn(`test/corpus: thiếu ${what} — bỏ qua các tệp của nó (skipped)`);
}

const dir = join(repoRoot, 'test/.tmp/corpus-producers');
const example = join(repoRoot, 'examples/so-theo-doi-giao-ban.xlsx');
const files: string[] = [];
const checks = new Map<string, FileCheck>();
let pyOpens: Map<string, boolean> | null = null;
let loOpens: Map<string, boolean> | null = null;

const ROWS: (string | number | Date)[][] = [
  ['STT', 'Ngày', 'Xã', 'Nội dung', 'Tình trạng'],
  [1, new Date(Date.UTC(2025, 0, 15)), 'Nà Khoa', 'Tình trạng trộm cắp gia súc tại thôn Huổi Lếch', 'Đang giải quyết'],
  [2, new Date(Date.UTC(2025, 1, 17)), 'Nà Hỳ', 'Đề nghị hướng dẫn thủ tục cấp căn cước công dân', 'Đã giải đáp tại chỗ'],
  [3, new Date(Date.UTC(2025, 2, 14)), 'Chà Cang', 'Tranh chấp đất đai giữa hai hộ gia đình', 'Chuyển cơ quan chức năng'],
];

async function exceljsBooks(): Promise<void> {
  for (const date1904 of [false, true]) {
    const wb = new ExcelJS.Workbook();
    wb.properties.date1904 = date1904;
    wb.creator = 'Cán bộ';
    const ws = wb.addWorksheet('Sổ ý kiến', { views: [{ state: 'frozen', ySplit: 1 }] });
    ws.addTable({ name: 'BangYKien', ref: 'A1', headerRow: true, columns: ROWS[0]!.map((n) => ({ name: String(n) })), rows: ROWS.slice(1) });
    ws.getColumn(2).numFmt = 'dd/mm/yyyy';
    ws.getCell('D2').note = 'Ghi chú của cán bộ';
    ws.getCell('G1').value = 'Tổng';
    ws.getCell('G2').value = { formula: 'SUM(A2:A4)', result: 6 };
    ws.getCell('G3').value = { richText: [{ text: 'Nội dung ' }, { font: { bold: true }, text: 'in đậm' }] };
    ws.getCell('E2').dataValidation = { type: 'list', allowBlank: true, formulae: ['"Đang giải quyết,Đã giải quyết"'] };
    ws.mergeCells('H10:J10');
    ws.getCell('H10').value = 'Ô gộp';
    wb.definedNames.add("'Sổ ý kiến'!$C$2:$C$4", 'DanhSachXa');
    await ws.protect('', {});
    const hidden = wb.addWorksheet('Ẩn', { state: 'hidden' });
    hidden.getCell('A1').value = 'trang ẩn';
    const name = join(dir, date1904 ? 'exceljs-1904.xlsx' : 'exceljs.xlsx');
    await wb.xlsx.writeFile(name);
    files.push(name);
  }
}

function sheetjsBooks(): void {
  for (const [suffix, opts] of [['', { bookSST: false }], ['-sst', { bookSST: true }]] as const) {
    const ws = XLSX.utils.aoa_to_sheet(ROWS, { cellDates: true, dateNF: 'dd/mm/yyyy' });
    ws['G2'] = { t: 'n', f: 'SUM(A2:A4)', v: 6 };
    ws['!ref'] = 'A1:G4';
    ws['!merges'] = [XLSX.utils.decode_range('F1:F2')];
    const wb = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(wb, ws, 'Sổ ý kiến');
    if (suffix) wb.Workbook = { WBProps: { date1904: true } };
    const name = join(dir, `sheetjs${suffix}.xlsx`);
    writeFileSync(name, XLSX.write(wb, { type: 'buffer', bookType: 'xlsx', ...opts }));
    files.push(name);
  }
}

function soffice(args: string[]): void {
  spawnSync('soffice', [`-env:UserInstallation=file://${join(dir, 'lo-profile')}`, '--headless', ...args], { encoding: 'utf8', timeout: 300_000 });
}

/** Post-processed copies of `base`: the package shapes foreign writers produce. */
function reshaped(base: string): void {
  const parts = unzipSync(new Uint8Array(readFileSync(base)));
  const text = (n: string) => strFromU8(parts[n]!);
  const put = (name: string, p: Record<string, Uint8Array>) => {
    const file = join(dir, name);
    writeFileSync(file, zipSync(p));
    files.push(file);
  };
  // Parts in UTF-16 (little-endian with a byte-order mark), as some older writers save them.
  const utf16 = (xml: string) => {
    const t = xml.replace(/encoding="UTF-8"/i, 'encoding="UTF-16"');
    const out = new Uint8Array(2 + 2 * t.length);
    out.set([0xff, 0xfe]);
    for (let i = 0; i < t.length; i++) (out[2 + 2 * i] = t.charCodeAt(i) & 0xff), (out[3 + 2 * i] = t.charCodeAt(i) >> 8);
    return out;
  };
  const u = { ...parts };
  for (const n of Object.keys(u)) if (/(workbook\.xml|\.rels|sharedStrings\.xml|sheet1\.xml|Content_Types\].xml)$/.test(n)) u[n] = utf16(text(n));
  put('post-utf16.xlsx', u);
  // Entry names with backslashes.
  put('post-backslash.xlsx', Object.fromEntries(Object.entries(parts).map(([n, b]) => [n.replace(/\//g, '\\'), b])));
  // .rels typed by Overrides only (older LibreOffice).
  const rels = Object.keys(parts).filter((n) => n.endsWith('.rels'));
  const types = text('[Content_Types].xml')
    .replace(/<Default Extension="rels"[^>]*\/>/, '')
    .replace('</Types>', `${rels.map((n) => `<Override PartName="/${n}" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>`).join('')}</Types>`);
  put('post-rels-override.xlsx', { ...parts, '[Content_Types].xml': strToU8(types) });
  // Strict OOXML: the same parts in the Strict namespaces.
  const strict: Record<string, Uint8Array> = {};
  for (const [n, b] of Object.entries(parts)) strict[n] = /\.(xml|rels)$/.test(n) && n !== '[Content_Types].xml' ? strToU8(toStrict(strFromU8(b)).replace(/<workbook /, '<workbook conformance="strict" ')) : b;
  put('post-strict.xlsx', strict);
  // A <sheet> with an empty r:id between two good ones.
  const wbName = Object.keys(parts).find((n) => /^xl\/workbook\.xml$/.test(n))!;
  put('post-empty-rid.xlsx', { ...parts, [wbName]: strToU8(text(wbName).replace(/(<sheet\b[^>]*\/>)/, '$1<sheet name="Hỏng" sheetId="99" r:id=""/>')) });
}

beforeAll(async () => {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  await exceljsBooks();
  sheetjsBooks();
  if (hasPython) {
    const r = spawnSync(PYTHON, [join(repoRoot, 'test/corpus/make_producers.py'), dir], { encoding: 'utf8' });
    if (r.status !== 0) throw new Error(r.stderr);
    files.push(...r.stdout.split('\n').filter(Boolean));
  }
  if (hasSoffice) {
    const inputs = [example, ...files.filter((f) => /openpyxl\.xlsx$|exceljs\.xlsx$/.test(f))];
    soffice(['--convert-to', 'xlsx:Calc MS Excel 2007 XML', '--outdir', join(dir, 'libreoffice'), ...inputs]);
    soffice(['--convert-to', 'ods', '--outdir', join(dir, 'libreoffice'), example]);
    for (const f of inputs) {
      const out = join(dir, 'libreoffice', f.slice(f.lastIndexOf('/') + 1));
      if (existsSync(out)) files.push(out);
    }
    if (existsSync(join(dir, 'libreoffice', 'so-theo-doi-giao-ban.ods'))) files.push(join(dir, 'libreoffice', 'so-theo-doi-giao-ban.ods'));
  }
  if (hasSsconvert) {
    const out = join(dir, 'gnumeric.xlsx');
    spawnSync('ssconvert', [example, out], { encoding: 'utf8', timeout: 300_000 });
    if (existsSync(out)) files.push(out);
  }
  reshaped(files.find((f) => f.endsWith('xlsxwriter-shared.xlsx')) ?? files.find((f) => f.endsWith('openpyxl.xlsx')) ?? join(dir, 'exceljs.xlsx'));
  for (const f of files) checks.set(f, await checkWorkbook(f, dir, join(dir, 'copies')));
  const copied = [...checks.values()].filter((c) => c.copy);
  pyOpens = openpyxlOpens(copied.flatMap((c) => [c.file, c.copy!]));
  loOpens = hasSoffice ? libreOfficeOpens(copied.flatMap((c) => [c.file, c.copy!]), join(dir, 'lo-check')) : null;
}, 900_000);

describe('the corpus of other producers', () => {
  it('holds the producers and shapes it is meant to', () => {
    const names = files.map((f) => f.slice(dir.length + 1));
    expect(names).toEqual(expect.arrayContaining(['exceljs.xlsx', 'exceljs-1904.xlsx', 'sheetjs.xlsx', 'sheetjs-sst.xlsx', 'post-utf16.xlsx', 'post-backslash.xlsx', 'post-rels-override.xlsx', 'post-strict.xlsx', 'post-empty-rid.xlsx']));
    if (hasPython) expect(names).toEqual(expect.arrayContaining(['openpyxl.xlsx', 'openpyxl-1904.xlsx']));
    if (hasSoffice) expect(names).toEqual(expect.arrayContaining(['libreoffice/so-theo-doi-giao-ban.xlsx', 'libreoffice/so-theo-doi-giao-ban.ods']));
    if (hasSsconvert) expect(names).toContain('gnumeric.xlsx');
  });

  it('reads every file (none refused, none failing), and every copy types every part, keeps the clerk\'s parts and reads back', () => {
    const bad = [...checks.values()].filter((c) => c.outcome !== 'read').map((c) => `${c.file.slice(dir.length + 1)}: ${c.outcome} ${c.detail}`);
    expect(bad).toEqual([]);
    expect([...checks.values()].filter((c) => c.copy).length).toBeGreaterThanOrEqual(9);
  });

  it.skipIf(!hasPython)('gives copies openpyxl opens wherever it opens the original', () => {
    const lost = [...checks.values()].filter((c) => c.copy && pyOpens!.get(c.file) && !pyOpens!.get(c.copy)).map((c) => c.file);
    expect(lost).toEqual([]);
    expect([...checks.values()].filter((c) => c.copy && pyOpens!.get(c.file)).length).toBeGreaterThanOrEqual(5);
  });

  it.skipIf(!hasSoffice)('gives copies LibreOffice opens wherever it opens the original', () => {
    const lost = [...checks.values()].filter((c) => c.copy && loOpens!.get(c.file) && !loOpens!.get(c.copy)).map((c) => c.file);
    expect(lost).toEqual([]);
    expect([...checks.values()].filter((c) => c.copy && loOpens!.get(c.file)).length).toBeGreaterThanOrEqual(9);
  });
});
