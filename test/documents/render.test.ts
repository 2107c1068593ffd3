// The printed look of the three papers: LibreOffice converts the .docx files to
// PDF in one call; poppler checks A4, that every text line sits between the
// left margin (≥ 30 mm) and 195 mm, the fonts (Times New Roman or its
// metric-compatible Liberation Serif), and the Vietnamese header lines; page 1
// of each kind is rendered to PNG (the README pictures in docs/ come from here).
// Skipped where soffice is absent (install: apt-get install -y libreoffice-writer poppler-utils).
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { basename, join } from 'node:path';
import { tmpdir } from 'node:os';
import { main } from '../../packages/cli/src/main.js';

const has = (cmd: string, arg = '--version') => spawnSync(cmd, [arg], { encoding: 'utf8' }).status === 0;
const soffice = has('soffice');
const poppler = has('pdftotext', '-v') && has('pdftoppm', '-v') && has('pdffonts', '-v');
if (!soffice || !poppler) {
  console.warn(
    `test/documents/render: bỏ qua — thiếu ${!soffice ? 'LibreOffice (soffice)' : 'poppler-utils (pdftotext, pdftoppm, pdffonts)'}; ` +
      'cài bằng: apt-get install -y libreoffice-writer poppler-utils fonts-liberation (skipped: LibreOffice/poppler not installed)',
  );
}

const dir = join(process.cwd(), 'test/.tmp/documents-render');
const PT_PER_MM = 72 / 25.4;

interface Line {
  page: number;
  xMin: number;
  xMax: number;
  text: string;
}

/** Every text line of a PDF with its horizontal extent in mm (pdftotext -bbox-layout). */
function lines(pdf: string): Line[] {
  const html = spawnSync('pdftotext', ['-bbox-layout', pdf, '-'], { encoding: 'utf8', maxBuffer: 64 << 20 }).stdout;
  const out: Line[] = [];
  let page = 0;
  for (const m of html.matchAll(/<page [^>]*>|<line xMin="([\d.]+)" yMin="[\d.]+" xMax="([\d.]+)"[^>]*>([\s\S]*?)<\/line>/g)) {
    if (m[0].startsWith('<page')) {
      page++;
      continue;
    }
    const words = [...m[3]!.matchAll(/<word[^>]*>([^<]*)<\/word>/g)].map((w) => w[1]);
    out.push({ page, xMin: +m[1]! / PT_PER_MM, xMax: +m[2]! / PT_PER_MM, text: words.join(' ') });
  }
  return out;
}

describe.skipIf(!soffice || !poppler)('printed papers (LibreOffice → PDF)', () => {
  it('prints invitation, minutes and report on A4 inside the Decree 30 margins, in Times New Roman (or Liberation Serif)', async () => {
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    const out: string[] = [];
    const cwd = process.cwd();
    const io = { stdout: (t: string) => out.push(t), stderr: () => {}, cwd };
    const example = 'examples/so-theo-doi-giao-ban.xlsx';
    // December 2025: invitations and minutes of the three clusters, the month's report; a blank minutes for January 2026.
    expect(await main(['documents', example, '--month', '2025-12', '-o', dir, '--json'], io)).toBe(0);
    expect(await main(['documents', example, '--month', '2026-01', '--kind', 'minutes', '--cluster', 'Cụm 1', '-o', dir, '--json'], io)).toBe(0);
    const docs: { kind: string; path: string }[] = out.flatMap((t) => JSON.parse(t).documents);
    expect(docs.length).toBe(8);

    const profile = join(tmpdir(), `giaoban-lo-docs-${process.pid}`);
    const conv = spawnSync('soffice', [`-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', dir, ...docs.map((d) => d.path)], {
      encoding: 'utf8',
      timeout: 180_000,
    });
    rmSync(profile, { recursive: true, force: true });
    expect(conv.status, conv.stderr).toBe(0);

    for (const d of docs) {
      const pdf = d.path.replace(/\.docx$/, '.pdf');
      expect(existsSync(pdf), pdf).toBe(true);
      const info = spawnSync('pdfinfo', ['-f', '1', '-l', '99', pdf], { encoding: 'utf8' }).stdout;
      const sizes = [...info.matchAll(/Page\s+\d+\s+size:\s+([\d.]+) x ([\d.]+) pts/g)];
      expect(sizes.length).toBeGreaterThan(0);
      for (const s of sizes) {
        expect(Math.abs(+s[1]! / PT_PER_MM - 210), basename(pdf)).toBeLessThanOrEqual(1);
        expect(Math.abs(+s[2]! / PT_PER_MM - 297), basename(pdf)).toBeLessThanOrEqual(1);
      }

      const ls = lines(pdf);
      expect(ls.length).toBeGreaterThan(20);
      for (const l of ls) {
        expect(l.xMin, `${basename(pdf)} p${l.page}: "${l.text}"`).toBeGreaterThanOrEqual(30);
        expect(l.xMax, `${basename(pdf)} p${l.page}: "${l.text}"`).toBeLessThanOrEqual(195);
      }
      // Page numbers from page 2 only, centred in the top margin.
      const pages = Math.max(...ls.map((l) => l.page));
      for (let p = 2; p <= pages; p++) {
        const first = ls.find((l) => l.page === p)!;
        expect(first.text, `${basename(pdf)} page ${p}`).toBe(String(p));
        expect(Math.abs((first.xMin + first.xMax) / 2 - (30 + 190) / 2)).toBeLessThan(3);
      }
      expect(ls.find((l) => l.page === 1)!.text).not.toBe('1');

      const fonts = spawnSync('pdffonts', [pdf], { encoding: 'utf8' }).stdout.split('\n').slice(2).filter((l) => l.trim());
      expect(fonts.length).toBeGreaterThan(0);
      for (const f of fonts) expect(f, basename(pdf)).toMatch(/^[A-Z]{6}\+(TimesNewRoman|LiberationSerif)/);

      const text = spawnSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' }).stdout;
      for (const s of ['CÔNG AN TỈNH ĐIỆN BIÊN', 'CÔNG AN HUYỆN NẬM PỒ', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc']) {
        expect(text, basename(pdf)).toContain(s);
      }
      expect(text).toMatch(/Nậm Pồ, ngày \d\d tháng \d\d năm 20\d\d/);
      if (d.kind === 'minutes') expect(text).toMatch(/THƯ KÝ\s+CHỦ TRÌ/);
      else expect(text).toContain('Nơi nhận:');
    }
    const pdfText = (kind: string) => spawnSync('pdftotext', ['-layout', docs.find((d) => d.kind === kind)!.path.replace(/\.docx$/, '.pdf'), '-'], { encoding: 'utf8' }).stdout;
    expect(pdfText('invitation')).toContain('Nậm Pồ, ngày 08 tháng 12 năm 2025');
    expect(pdfText('report')).toContain('Nậm Pồ, ngày 14 tháng 12 năm 2025');

    // Page 1 of each kind as PNG (copied to docs/ for the README).
    for (const [kind, name] of [
      ['invitation', 'giay-moi'],
      ['minutes', 'bien-ban'],
      ['report', 'bao-cao'],
    ] as const) {
      const pdf = docs.find((d) => d.kind === kind)!.path.replace(/\.docx$/, '.pdf');
      const r = spawnSync('pdftoppm', ['-f', '1', '-l', '1', '-png', '-r', '70', '-singlefile', pdf, join(dir, name)], { encoding: 'utf8' });
      expect(r.status, r.stderr).toBe(0);
      expect(existsSync(join(dir, `${name}.png`))).toBe(true);
    }
  });
});
