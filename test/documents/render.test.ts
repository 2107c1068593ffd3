// The printed papers against the forms of Decree 30/2020 (Appendix I; Appendix III
// forms 1.4, 1.7 and 1.9): LibreOffice converts every kind to PDF in one call, and
// poppler gives where each element lands on the page (pdftotext -bbox-layout) and
// where the rules are drawn (pdftoppm -gray, a plain greyscale image scanned for dark
// runs). Checked per kind: the header block (parent and issuing body left, national
// title and motto right, each rule under them), the number and the date line level
// with each other (none on a minutes), the type and summary centred with the short
// rule under it, "Kính gửi", the signature block with "Nơi nhận" level with it (THƯ KÝ
// left and CHỦ TỌA right on a minutes), page numbers from page 2, A4, margins, fonts,
// dates never wrapped in a table. Page 1 of each kind is also rendered to PNG
// (docs/giay-moi.png, docs/bien-ban.png, docs/bao-cao.png are these).
// Skipped where soffice is absent (install: apt-get install -y libreoffice-writer poppler-utils).
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
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
// The page's text column (Decree 30 margins as the papers use them: left 30 mm, right 20 mm).
const LEFT = 30;
const RIGHT = 190;
const MID = (LEFT + RIGHT) / 2;
// Header columns: 64 mm on the left, the rest on the right; the closing table 70 / 90.
const HEAD_LEFT_MID = LEFT + 32;
const HEAD_RIGHT_MID = LEFT + 64 + 48;
const SIGN_RIGHT_MID = LEFT + 70 + 45;

interface Line {
  page: number;
  xMin: number;
  xMax: number;
  yMin: number;
  yMax: number;
  text: string;
}
const mid = (l: Line) => (l.xMin + l.xMax) / 2;

/** Every text line of a PDF with its box in mm from the top left of its page. */
function lines(pdf: string): Line[] {
  const html = spawnSync('pdftotext', ['-bbox-layout', pdf, '-'], { encoding: 'utf8', maxBuffer: 64 << 20 }).stdout;
  const out: Line[] = [];
  let page = 0;
  for (const m of html.matchAll(/<page [^>]*>|<line xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)"[^>]*>([\s\S]*?)<\/line>/g)) {
    if (m[0].startsWith('<page')) {
      page++;
      continue;
    }
    const words = [...m[5]!.matchAll(/<word[^>]*>([^<]*)<\/word>/g)].map((w) => w[1]!.replace(/&amp;/g, '&'));
    out.push({ page, xMin: +m[1]! / PT_PER_MM, yMin: +m[2]! / PT_PER_MM, xMax: +m[3]! / PT_PER_MM, yMax: +m[4]! / PT_PER_MM, text: words.join(' ') });
  }
  return out;
}

/** A horizontal rule drawn on a page: its height and extent, mm. */
interface Rule {
  y: number;
  x0: number;
  x1: number;
}

/** The dark horizontal runs ≥ 10 mm of a page, from a 100 dpi greyscale rendering (PGM, read here). */
function rules(pdf: string, page: number): Rule[] {
  const base = join(dir, `${basename(pdf, '.pdf')}-p${page}`);
  const r = spawnSync('pdftoppm', ['-gray', '-r', '100', '-f', String(page), '-l', String(page), '-singlefile', pdf, base], { encoding: 'utf8' });
  expect(r.status, r.stderr).toBe(0);
  const buf = readFileSync(`${base}.pgm`);
  const head = /^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(buf.subarray(0, 40).toString('latin1'))!;
  const [w, h] = [+head[1]!, +head[2]!];
  const data = buf.subarray(head[0].length);
  const mmPerPx = 25.4 / 100;
  const found: Rule[] = [];
  for (let y = 0; y < h; y++) {
    let best = { len: 0, x0: 0 };
    let run = 0;
    for (let x = 0; x <= w; x++) {
      if (x < w && data[y * w + x]! < 128) run++;
      else {
        if (run > best.len) best = { len: run, x0: x - run };
        run = 0;
      }
    }
    if (best.len * mmPerPx >= 10) {
      const rule = { y: y * mmPerPx, x0: best.x0 * mmPerPx, x1: (best.x0 + best.len) * mmPerPx };
      const last = found[found.length - 1];
      // A rule a few pixels thick is one rule.
      if (!last || rule.y - last.y > 1 || Math.abs(rule.x0 - last.x0) > 1) found.push(rule);
    }
  }
  return found;
}

function at(ls: Line[], pred: (t: string) => boolean, what: string): Line {
  const l = ls.find((x) => pred(x.text));
  expect(l, what).toBeDefined();
  return l!;
}

/** The rule just under a line, between it and the next text below. */
function ruleUnder(rs: Rule[], l: Line, ls: Line[]): Rule | undefined {
  const next = ls.filter((x) => x.page === l.page && x.yMin > l.yMax + 0.5).reduce((m, x) => Math.min(m, x.yMin), 297);
  return rs.find((r) => r.y > l.yMax - 1 && r.y < next + 0.5 && r.x0 < mid(l) && r.x1 > mid(l));
}

describe.skipIf(!soffice || !poppler)('printed papers against the Decree 30 forms (LibreOffice → PDF)', () => {
  it('places every element of the invitation, minutes and report where the forms put them', { timeout: 300_000 }, async () => {
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    const out: string[] = [];
    const cwd = process.cwd();
    const io = { stdout: (t: string) => out.push(t), stderr: () => {}, cwd };
    const example = 'examples/so-theo-doi-giao-ban.xlsx';
    // December 2025: invitations and minutes of the three clusters, the month's report; a blank minutes for February 2026.
    expect(await main(['documents', example, '--month', '2025-12', '-o', dir, '--json'], io)).toBe(0);
    expect(await main(['documents', example, '--month', '2026-02', '--kind', 'minutes', '--cluster', 'Cụm 1', '-o', dir, '--json'], io)).toBe(0);
    const docs: { kind: string; path: string; host: string | null; date: string }[] = out.flatMap((t) => JSON.parse(t).documents);
    expect(docs.length).toBe(8);

    // One soffice call for every paper (it is slow to start).
    const profile = join(tmpdir(), `giaoban-lo-docs-${process.pid}`);
    const conv = spawnSync('soffice', [`-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', dir, ...docs.map((d) => d.path)], {
      encoding: 'utf8',
      timeout: 240_000,
    });
    rmSync(profile, { recursive: true, force: true });
    expect(conv.status, conv.stderr).toBe(0);

    for (const d of docs) {
      const pdf = d.path.replace(/\.docx$/, '.pdf');
      const name = basename(pdf);
      expect(existsSync(pdf), pdf).toBe(true);
      const info = spawnSync('pdfinfo', ['-f', '1', '-l', '99', pdf], { encoding: 'utf8' }).stdout;
      for (const s of info.matchAll(/Page\s+\d+\s+size:\s+([\d.]+) x ([\d.]+) pts/g)) {
        expect(Math.abs(+s[1]! / PT_PER_MM - 210), name).toBeLessThanOrEqual(1);
        expect(Math.abs(+s[2]! / PT_PER_MM - 297), name).toBeLessThanOrEqual(1);
      }
      const fonts = spawnSync('pdffonts', [pdf], { encoding: 'utf8' }).stdout.split('\n').slice(2).filter((l) => l.trim());
      for (const f of fonts) expect(f, name).toMatch(/^[A-Z]{6}\+(TimesNewRoman|LiberationSerif)/);

      const ls = lines(pdf);
      for (const l of ls) {
        expect(l.xMin, `${name} p${l.page}: "${l.text}"`).toBeGreaterThanOrEqual(LEFT - 0.5);
        expect(l.xMax, `${name} p${l.page}: "${l.text}"`).toBeLessThanOrEqual(RIGHT + 5);
        // A date is never broken over two lines of a table cell.
        expect(l.text, `${name}: "${l.text}"`).not.toMatch(/\d\/$|^\/\d|^\d{1,2}\/\d{1,2}\/\d{0,3}$|^(19|20)\d\d$/);
      }
      // Page numbers from page 2 only, centred in the top margin.
      const pages = Math.max(...ls.map((l) => l.page));
      for (let p = 2; p <= pages; p++) {
        const first = ls.filter((l) => l.page === p).sort((a, b) => a.yMin - b.yMin)[0]!;
        expect(first.text, `${name} page ${p}`).toBe(String(p));
        expect(Math.abs(mid(first) - MID)).toBeLessThan(3);
        expect(first.yMax).toBeLessThan(20);
      }
      const p1 = ls.filter((l) => l.page === 1);
      expect(p1.sort((a, b) => a.yMin - b.yMin)[0]!.text).not.toBe('1');
      const rs1 = rules(pdf, 1);

      // Header block: parent and issuing body left, national title and motto right, the first lines level.
      const parent = at(p1, (t) => t === 'CÔNG AN TỈNH ĐIỆN BIÊN', 'parent body');
      const issuing = at(p1, (t) => t === 'CÔNG AN HUYỆN NẬM PỒ', 'issuing body');
      const national = at(p1, (t) => t === 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'national title');
      const motto = at(p1, (t) => t === 'Độc lập - Tự do - Hạnh phúc', 'motto');
      expect(parent.yMin).toBeLessThan(35);
      expect(issuing.yMin).toBeGreaterThan(parent.yMin);
      expect(Math.abs(national.yMin - parent.yMin), name).toBeLessThan(2);
      expect(motto.yMin).toBeGreaterThan(national.yMin);
      for (const l of [parent, issuing]) expect(Math.abs(mid(l) - HEAD_LEFT_MID), `${name}: ${l.text}`).toBeLessThan(6);
      for (const l of [national, motto]) expect(Math.abs(mid(l) - HEAD_RIGHT_MID), `${name}: ${l.text}`).toBeLessThan(6);
      // Appendix I: a rule under the issuing body (a third to a half of it) and under the motto (as long as it).
      const issuingRule = ruleUnder(rs1, issuing, p1);
      expect(issuingRule, `${name}: rule under the issuing body`).toBeDefined();
      const iw = issuingRule!.x1 - issuingRule!.x0;
      expect(iw / (issuing.xMax - issuing.xMin)).toBeGreaterThan(0.3);
      expect(iw / (issuing.xMax - issuing.xMin)).toBeLessThan(0.55);
      const mottoRule = ruleUnder(rs1, motto, p1);
      expect(mottoRule, `${name}: rule under the motto`).toBeDefined();
      expect(Math.abs(mottoRule!.x1 - mottoRule!.x0 - (motto.xMax - motto.xMin))).toBeLessThan(6);

      // The number left; the date line right and level with it — none on a minutes (form 1.9).
      const number = at(p1, (t) => t.startsWith('Số:'), 'number');
      expect(number.yMin).toBeGreaterThan(issuing.yMax);
      expect(Math.abs(mid(number) - HEAD_LEFT_MID) < 12 || number.xMin < HEAD_LEFT_MID).toBe(true);
      const dateLine = p1.find((l) => /^Nậm Pồ, ngày \d\d tháng (0[12]|[3-9]|1[0-2]) năm 20\d\d$/.test(l.text));
      if (d.kind === 'minutes') expect(p1.some((l) => l.text.startsWith('Nậm Pồ, ngày')), name).toBe(false);
      else {
        expect(dateLine, `${name}: date line`).toBeDefined();
        expect(Math.abs(dateLine!.yMin - number.yMin), name).toBeLessThan(1.5);
        expect(Math.abs(mid(dateLine!) - HEAD_RIGHT_MID)).toBeLessThan(8);
      }

      // Type and summary centred on the text column; a short centred rule under the summary.
      const typeText = { invitation: 'GIẤY MỜI', minutes: 'BIÊN BẢN', report: 'BÁO CÁO' }[d.kind]!;
      const type = at(p1, (t) => t === typeText, 'type');
      expect(type.yMin).toBeGreaterThan(number.yMax);
      expect(Math.abs(mid(type) - MID), name).toBeLessThan(3);
      // The summary: the centred lines between the type and the first rule under it.
      const summaryRule = rs1.filter((r) => r.y > type.yMax).sort((a, b) => a.y - b.y)[0];
      expect(summaryRule, `${name}: rule under the summary`).toBeDefined();
      const summary = p1.filter((l) => l.yMin > type.yMin + 1 && l.yMax < summaryRule!.y + 0.5);
      expect(summary.length, `${name}: summary`).toBeGreaterThan(0);
      for (const l of summary) expect(Math.abs(mid(l) - MID), `${name}: ${l.text}`).toBeLessThan(3);
      // Nothing between the summary and its rule.
      expect(summaryRule!.y - Math.max(...summary.map((l) => l.yMax))).toBeLessThan(8);
      expect(Math.abs((summaryRule!.x0 + summaryRule!.x1) / 2 - MID)).toBeLessThan(3);
      const longest = Math.max(...summary.map((l) => l.xMax - l.xMin));
      expect((summaryRule!.x1 - summaryRule!.x0) / longest, name).toBeGreaterThanOrEqual(0.3);
      expect((summaryRule!.x1 - summaryRule!.x0) / longest, name).toBeLessThanOrEqual(0.55);

      const all = [...ls].sort((a, b) => a.page - b.page || a.yMin - b.yMin);
      const after = (l: Line, m: Line) => m.page > l.page || (m.page === l.page && m.yMin > l.yMin + 1);
      if (d.kind !== 'minutes') {
        // "Kính gửi" under the summary rule; then the signature block with "Nơi nhận" level with it.
        const kg = at(all, (t) => t.startsWith('Kính gửi:'), 'Kính gửi');
        expect(kg.page).toBe(1);
        expect(kg.yMin).toBeGreaterThan(summaryRule!.y);
        const authority = at(all, (t) => t === 'KT. TRƯỞNG CÔNG AN HUYỆN', 'signing authority');
        const title = at(all, (t) => t === 'PHÓ TRƯỞNG CÔNG AN HUYỆN', 'signer title');
        const recipients = at(all, (t) => t === 'Nơi nhận:', 'Nơi nhận');
        expect(after(kg, authority)).toBe(true);
        expect(recipients.page).toBe(authority.page);
        expect(Math.abs(recipients.yMin - authority.yMin), `${name}: "Nơi nhận" level with the signature block`).toBeLessThan(1.5);
        expect(recipients.xMin).toBeLessThan(LEFT + 2);
        expect(Math.abs(mid(authority) - SIGN_RIGHT_MID), name).toBeLessThan(8);
        expect(Math.abs(mid(title) - mid(authority))).toBeLessThan(2);
        expect(title.yMin).toBeGreaterThan(authority.yMin + 1);
        const asAbove = at(all, (t) => t === '- Như trên;', 'Như trên');
        const archive = at(all, (t) => /^- Lưu: VT, /.test(t), 'Lưu');
        expect(asAbove.yMin).toBeGreaterThan(recipients.yMin);
        expect(archive.yMin).toBeGreaterThan(asAbove.yMin);
      } else {
        // Form 1.9: the start, place, attendance, chair, secretary, proceedings, closing; THƯ KÝ left and CHỦ TỌA right, level; "Nơi nhận" under them.
        const seq = ['Thời gian bắt đầu:', 'Địa điểm:', 'Thành phần tham dự', 'Chủ trì (chủ tọa):', 'Thư ký (người ghi biên bản):', 'Nội dung (theo diễn biến hội nghị):', 'Hội nghị kết thúc vào'].map((s) =>
          at(all, (t) => t.startsWith(s), s),
        );
        for (let i = 1; i < seq.length; i++) expect(after(seq[i - 1]!, seq[i]!), `${name}: ${seq[i]!.text}`).toBe(true);
        const secretary = at(all, (t) => t === 'THƯ KÝ', 'THƯ KÝ');
        const chair = at(all, (t) => t === 'CHỦ TỌA', 'CHỦ TỌA');
        expect(after(seq[seq.length - 1]!, secretary)).toBe(true);
        expect(chair.page).toBe(secretary.page);
        expect(Math.abs(chair.yMin - secretary.yMin)).toBeLessThan(1.5);
        expect(mid(secretary)).toBeLessThan(LEFT + 70);
        expect(Math.abs(mid(chair) - SIGN_RIGHT_MID)).toBeLessThan(8);
        const recipients = at(all, (t) => t === 'Nơi nhận:', 'Nơi nhận');
        expect(after(chair, recipients)).toBe(true);
        expect(recipients.xMin).toBeLessThan(LEFT + 2);
        at(all, (t) => t === '- Lưu: VT, Hồ sơ.', 'Lưu: VT, Hồ sơ');
      }
    }

    const pdfText = (kind: string) => spawnSync('pdftotext', ['-layout', docs.find((d) => d.kind === kind)!.path.replace(/\.docx$/, '.pdf'), '-'], { encoding: 'utf8' }).stdout;
    expect(pdfText('invitation')).toContain('Nậm Pồ, ngày 08 tháng 12 năm 2025');
    expect(pdfText('report')).toContain('Nậm Pồ, ngày 15 tháng 12 năm 2025');

    // Page 1 of each kind as PNG (copied to docs/ for the README): the first invitation, the minutes of
    // Pa Tần (items raised, raisers as written) and the report.
    for (const [pick, png] of [
      [(x: (typeof docs)[number]) => x.kind === 'invitation', 'giay-moi'],
      [(x: (typeof docs)[number]) => x.kind === 'minutes' && x.host === 'Pa Tần', 'bien-ban'],
      [(x: (typeof docs)[number]) => x.kind === 'report', 'bao-cao'],
    ] as const) {
      const pdf = docs.find(pick)!.path.replace(/\.docx$/, '.pdf');
      const r = spawnSync('pdftoppm', ['-f', '1', '-l', '1', '-png', '-r', '70', '-singlefile', pdf, join(dir, png)], { encoding: 'utf8' });
      expect(r.status, r.stderr).toBe(0);
      expect(existsSync(join(dir, `${png}.png`))).toBe(true);
    }
  });
});
