// The built task pane in headless Chromium against the in-memory Excel (instead of office.js):
// run Kiểm tra dữ liệu, click a finding (the fake's selection moves there), switch language, screenshot.
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { execFileSync } from 'node:child_process';
import { extname, join } from 'node:path';
import { build } from 'esbuild';
import { chromium, type Browser } from 'playwright-core';
import { ROOT, TMP, exampleGrid } from './support/fakeHost.js';
import { hasWord, withoutQuoted } from '../support/words.js';

const CHROMIUM = '/usr/bin/chromium';
const dist = join(ROOT, 'addin/dist');
const haveChromium = existsSync(CHROMIUM);

/** Newest modification time of the files under `dir` (the add-in and core sources the bundles come from). */
function newestMtime(dir: string): number {
  let max = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    max = Math.max(max, e.isDirectory() ? newestMtime(p) : statSync(p).mtimeMs);
  }
  return max;
}

describe.skipIf(!haveChromium)('task pane in headless Chromium (skipped where /usr/bin/chromium is absent: apt-get install -y chromium)', () => {
  let server: Server;
  let browser: Browser;
  let base = '';
  let fakeJs = '';
  let gridJson = '';

  beforeAll(async () => {
    // Rebuild a missing or stale bundle, so the test checks the current sources.
    const built = existsSync(join(dist, 'taskpane.js')) ? statSync(join(dist, 'taskpane.js')).mtimeMs : 0;
    if (built < Math.max(newestMtime(join(ROOT, 'addin/src')), newestMtime(join(ROOT, 'packages/core/src')))) execFileSync('npm', ['run', 'build', '-w', '@giaoban/addin'], { cwd: ROOT, stdio: 'pipe' });
    mkdirSync(TMP, { recursive: true });
    const out = await build({ entryPoints: [join(ROOT, 'addin/test-support/browserEntry.ts')], bundle: true, format: 'iife', platform: 'browser', write: false, target: 'es2020' });
    fakeJs = out.outputFiles[0]!.text;
    gridJson = JSON.stringify(await exampleGrid());
    const types: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.png': 'image/png', '.json': 'application/json' };
    server = createServer((req, res) => {
      const [rawPath, query = ''] = (req.url ?? '/').split('?');
      const path = rawPath!.replace(/^\/+/, '') || 'taskpane.html';
      if (path === 'fake-office.js') {
        res.writeHead(200, { 'content-type': 'text/javascript' });
        res.end(`window.__GRID__ = ${gridJson};\n${fakeJs}`);
        return;
      }
      const file = join(dist, path);
      if (!file.startsWith(dist) || !existsSync(file)) {
        res.writeHead(404).end();
        return;
      }
      let body: string | Buffer = readFileSync(file);
      // The fake stands in for Microsoft's office.js (no network in tests).
      // `?cdn` keeps the page as deployed: the test then decides what the office.js URL answers.
      if (path.endsWith('.html') && !/\bcdn\b/.test(query)) body = body.toString('utf8').replace(/<script src="https:\/\/appsforoffice\.microsoft\.com\/[^"]+"><\/script>/, '<script src="fake-office.js"></script>');
      // `?wait=N`: the loader's office.js watchdog after N ms instead of its default, so the tests need not wait.
      const wait = /\bwait=(\d+)/.exec(query);
      if (wait && path.endsWith('.html')) body = body.toString('utf8').replace('data-page="taskpane"', `data-page="taskpane" data-office-timeout="${wait[1]}"`);
      res.writeHead(200, { 'content-type': types[extname(path)] ?? 'application/octet-stream' });
      res.end(body);
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const addr = server.address();
    base = `http://127.0.0.1:${typeof addr === 'object' && addr ? addr.port : 0}`;
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await new Promise<void>((r) => (server ? server.close(() => r()) : r()));
  });

  it('runs Kiểm tra dữ liệu, selects a finding\'s cell, switches to English, and is screenshotted', async () => {
    const page = await browser.newPage({ viewport: { width: 360, height: 900 }, deviceScaleFactor: 1 });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.goto(`${base}/taskpane.html`);
    await page.getByRole('button', { name: 'Kiểm tra dữ liệu' }).click();
    const first = page.locator('details[open] ul.findings button').first();
    await first.waitFor({ timeout: 30_000 });
    await expect.poll(() => page.locator('#status').textContent()).toBe('Xong.');
    expect(await page.locator('#progress').getAttribute('value')).toBe('100');
    expect(await page.locator('#messages').textContent()).toMatch(/Đã tạo trang "Kết quả kiểm tra"/);
    const sheet = await first.getAttribute('data-sheet');
    const cell = await first.getAttribute('data-cell');
    await first.click();
    await expect.poll(() => page.evaluate(() => (window as unknown as { __fake: { selection?: unknown } }).__fake.selection)).toEqual({ sheet, address: cell });
    // Keyboard: Tab reaches the language switch; Enter switches to English.
    await page.locator('#lang').focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('#title').textContent()).toBe('Grassroots briefings');
    expect(await page.getByRole('button', { name: 'Check data' }).count()).toBe(1);
    expect(await page.locator('#messages').textContent()).toMatch(/Created sheet/);
    await page.locator('#lang').click();
    expect(await page.locator('#title').textContent()).toBe('Giao ban cơ sở');
    await page.locator('#lang').blur();
    mkdirSync(join(ROOT, 'docs'), { recursive: true });
    // The README's picture is refreshed only on request (UPDATE_SCREENSHOTS=1), so a test run leaves the tree clean.
    const shot = process.env.UPDATE_SCREENSHOTS ? join(ROOT, 'docs/addin-taskpane.png') : join(ROOT, 'test/.tmp/addin-taskpane.png');
    const png = await page.screenshot({ path: shot, fullPage: false });
    expect(png.length).toBeGreaterThan(1000);
    expect(errors).toEqual([]);
  }, 120_000);

  it('shows the last ribbon result (what was written where, counts) when the pane regains focus', async () => {
    const page = await browser.newPage({ viewport: { width: 360, height: 900 } });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.goto(`${base}/taskpane.html`);
    expect(await page.locator('#ribbon-last').isHidden()).toBe(true);
    // The real ribbon bundle, in the same fake Office: click "Kiểm tra dữ liệu" on the ribbon.
    await page.addScriptTag({ url: `${base}/commands.js` });
    await page.evaluate(async () => {
      const w = window as unknown as Record<string, (e: { completed(): void }) => Promise<void>>;
      await new Promise<void>((done) => void w.__action_validateWorkbook!({ completed: done }));
    });
    await page.evaluate(() => window.dispatchEvent(new Event('focus')));
    await expect.poll(() => page.locator('#ribbon-title').textContent()).toMatch(/^Nút Kiểm tra dữ liệu \(.+\): \d+ lỗi, \d+ cảnh báo$/);
    expect(await page.locator('#ribbon-lines').textContent()).toMatch(/Đã tạo trang "Kết quả kiểm tra" \(A1:/);
    const stored = await page.evaluate(() => (window as unknown as { __fake: { settings: Map<string, { summary: { errors: number } }> } }).__fake.settings.get('giaoban.lastRibbonResult'));
    expect(await page.locator('#ribbon-title').textContent()).toContain(`${stored!.summary.errors} lỗi`);
    await page.locator('#lang').click();
    await expect.poll(() => page.locator('#ribbon-title').textContent()).toMatch(/^Check data button \(.+\): \d+ errors, \d+ warnings$/);
    expect(errors).toEqual([]);
  }, 120_000);

  // ---- Where the add-in cannot run: the ES5 loader says so in the role="alert" element, before any bundle loads. ----
  const TRIDENT = 'Mozilla/5.0 (Windows NT 10.0; WOW64; Trident/7.0; .NET4.0C; .NET4.0E; rv:11.0) like Gecko';
  const EDGE_HTML = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/70.0.3538.102 Safari/537.36 Edge/18.19041';

  async function openAs(userAgent: string | undefined, url: string, cdn?: 'block' | 'outside' | 'hang' | 'slow') {
    const context = await browser.newContext(userAgent ? { userAgent } : {});
    const page = await context.newPage();
    const errors: string[] = [];
    const requested: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    page.on('request', (r) => requested.push(r.url()));
    if (cdn === 'block') await page.route('https://appsforoffice.microsoft.com/**', (r) => r.abort('internetdisconnected'));
    // A request that is neither answered nor refused (a firewall that drops packets): the page waits in <head>.
    if (cdn === 'hang') await page.route('https://appsforoffice.microsoft.com/**', () => {});
    // office.js (here the in-memory Excel standing in for it) arrives after 5 seconds.
    if (cdn === 'slow') await page.route('https://appsforoffice.microsoft.com/**', async (r) => {
      await new Promise((done) => setTimeout(done, 5_000));
      await r.fulfill({ contentType: 'text/javascript', body: `window.__GRID__ = ${gridJson};\n${fakeJs}` });
    });
    // office.js present, but the page is not inside Excel: onReady reports no host.
    if (cdn === 'outside') await page.route('https://appsforoffice.microsoft.com/**', (r) => r.fulfill({ contentType: 'text/javascript', body: 'window.Office = { onReady: function (cb) { var i = { host: null, platform: null }; if (cb) cb(i); return Promise.resolve(i); }, context: {} };' }));
    // A hung or slow office.js holds the page's load event: return once the page is under way.
    await page.goto(`${base}/${url}`, cdn === 'hang' || cdn === 'slow' ? { waitUntil: 'commit' } : undefined);
    return { page, context, errors, requested };
  }
  const alertText = (page: import('playwright-core').Page) => page.getByRole('alert').innerText();

  it('Trident (Excel 2016/2019 volume licence): a Vietnamese message naming the Excels that work, the offline app, no bundle, no buttons', async () => {
    const { page, context, requested } = await openAs(TRIDENT, 'taskpane.html');
    const text = await alertText(page);
    expect(text).toContain('Internet Explorer 11');
    for (const words of ['Excel cho Microsoft 365', 'Excel 2021 và 2024', 'WebView2', 'Excel trên web', 'Excel cho Mac', 'giao-ban.html']) expect(text).toContain(words);
    expect(await page.getByRole('link', { name: 'giao-ban.html' }).getAttribute('href')).toBe('giao-ban.html');
    expect(await page.getByRole('button').count()).toBe(0); // hidden controls are not buttons to anyone
    expect(requested.some((u) => u.endsWith('/taskpane.js'))).toBe(false);
    // Excel 2016/2019 wait for Office.initialize before they show the pane: set even though the bundle never runs.
    expect(await page.evaluate(() => typeof (window as unknown as { Office: { initialize?: unknown } }).Office.initialize)).toBe('function');
    await context.close();
  }, 60_000);

  it('Trident ribbon: each button opens the same message in a dialog and completes', async () => {
    const { page, context, requested } = await openAs(TRIDENT, 'commands.html');
    expect(requested.some((u) => u.endsWith('/commands.js'))).toBe(false);
    const done = await page.evaluate(async () => {
      const w = window as unknown as Record<string, (e: { completed(): void }) => void> & { __fake: { dialogs: string[] } };
      let completed = false;
      w.validateWorkbook!({ completed: () => (completed = true) });
      return { completed, dialogs: w.__fake.dialogs };
    });
    expect(done.completed).toBe(true);
    expect(done.dialogs[0]).toMatch(/\/unsupported\.html\?reason=trident$/);
    await page.goto(done.dialogs[0]!);
    expect(await alertText(page)).toContain('Internet Explorer 11');
    await context.close();
  }, 60_000);

  it('EdgeHTML (Edge Legacy): asks for the WebView2 runtime', async () => {
    const { page, context } = await openAs(EDGE_HTML, 'taskpane.html');
    const text = await alertText(page);
    expect(text).toContain('Microsoft Edge WebView2 Runtime');
    expect(await page.getByRole('button').count()).toBe(0);
    await context.close();
  }, 60_000);

  it('office.js blocked (no Internet): says so and points to the offline app; no dead buttons, no script error', async () => {
    const { page, context, errors } = await openAs(undefined, 'taskpane.html?cdn', 'block');
    const text = await alertText(page);
    expect(text).toContain('Không tải được thư viện office.js');
    expect(text).toContain('giao-ban.html');
    expect(await page.getByRole('button').count()).toBe(0);
    expect(errors).toEqual([]);
    await context.close();
  }, 60_000);

  it('office.js hangs (neither answered nor refused): within seconds a painted page says why and the ways out, not a blank pane', async () => {
    const { page, context, errors } = await openAs(undefined, 'taskpane.html?cdn&wait=2000', 'hang');
    // The browser paints nothing while office.js holds <head>: the watchdog moves to the waiting page.
    await page.waitForURL(/\/unsupported\.html\?reason=office-timeout/, { timeout: 10_000, waitUntil: 'commit' });
    const alert = page.getByRole('alert');
    await alert.waitFor({ timeout: 10_000 });
    const text = await alert.innerText();
    expect(text).toContain('Chưa tải được office.js');
    expect(text).toContain('appsforoffice.microsoft.com');
    expect(text).toContain('--office-js local');
    expect(text).toMatch(/office\.js has not loaded/);
    expect(await page.getByRole('link', { name: 'giao-ban.html' }).getAttribute('href')).toBe('giao-ban.html');
    expect(await page.getByRole('link', { name: 'Thử lại' }).getAttribute('href')).toBe('/taskpane.html?cdn&wait=2000');
    // A frame is painted (a screenshot of a page the browser will not paint times out).
    expect((await page.screenshot({ timeout: 5_000 })).length).toBeGreaterThan(1000);
    expect(await page.getByRole('button').count()).toBe(0);
    expect(errors).toEqual([]);
    await context.close();
  }, 60_000);

  it('office.js slow, then there: the waiting page shows, goes back by itself once office.js loads, and the pane works', async () => {
    const { page, context, errors } = await openAs(undefined, 'taskpane.html?cdn&wait=2000', 'slow');
    await page.waitForURL(/\/unsupported\.html\?reason=office-timeout/, { timeout: 10_000, waitUntil: 'commit' });
    await expect.poll(() => page.getByRole('alert').innerText(), { timeout: 10_000 }).toContain('Chưa tải được office.js');
    await page.waitForURL(/\/taskpane\.html\?cdn&wait=2000#office-slow$/, { timeout: 20_000, waitUntil: 'commit' });
    await page.getByRole('button', { name: 'Kiểm tra dữ liệu' }).waitFor({ timeout: 20_000 });
    expect(await page.getByRole('alert').count()).toBe(0);
    await page.getByRole('button', { name: 'Kiểm tra dữ liệu' }).click();
    await expect.poll(() => page.locator('#status').textContent(), { timeout: 30_000 }).toBe('Xong.');
    expect(await page.evaluate(() => typeof (window as unknown as { Office: { initialize?: unknown } }).Office.initialize)).toBe('function');
    expect(errors).toEqual([]);
    await context.close();
  }, 90_000);

  it('opened in a browser outside Excel: asks to open it in Excel', async () => {
    const { page, context, errors } = await openAs(undefined, 'taskpane.html?cdn', 'outside');
    await expect.poll(() => page.getByRole('alert').isVisible()).toBe(true);
    expect(await alertText(page)).toContain('chỉ chạy bên trong Excel');
    expect(await page.getByRole('button').count()).toBe(0);
    expect(errors).toEqual([]);
    await context.close();
  }, 60_000);

  it('accessibility: language switch sets lang, focus stays on a busy button, control borders ≥ 3:1', async () => {
    const page = await browser.newPage({ viewport: { width: 360, height: 900 } });
    await page.goto(`${base}/taskpane.html`);
    const sw = page.locator('#lang');
    expect(await sw.getAttribute('lang')).toBe('en'); // "English" is read as English
    await sw.click();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    expect(await sw.getAttribute('lang')).toBe('vi'); // "Tiếng Việt"
    await sw.click();
    // Record focus and state whenever a command button changes state.
    await page.evaluate(() => {
      const log: { disabled: string | null; focus: string | null }[] = [];
      (window as unknown as { __log: typeof log }).__log = log;
      const target = document.querySelector('[data-cmd="validate"]')!;
      new MutationObserver(() => log.push({ disabled: target.getAttribute('aria-disabled'), focus: (document.activeElement as HTMLElement | null)?.dataset?.cmd ?? null })).observe(target, { attributes: true, attributeFilter: ['aria-disabled'] });
    });
    await page.locator('[data-cmd="validate"]').focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('#status').textContent(), { timeout: 30_000 }).toBe('Xong.');
    const log = await page.evaluate(() => (window as unknown as { __log: { disabled: string | null; focus: string | null }[] }).__log);
    expect(log).toEqual([{ disabled: 'true', focus: 'validate' }, { disabled: 'false', focus: 'validate' }]);
    expect(await page.evaluate(() => (document.activeElement as HTMLElement).dataset.cmd)).toBe('validate');
    // Contrast of each control's border against what is behind it (WCAG 1.4.11), from the computed CSS.
    const pairs = await page.evaluate(() => {
      const bgOf = (el: Element | null): string => {
        for (let e = el; e; e = e.parentElement) {
          const c = getComputedStyle(e).backgroundColor;
          if (c && c !== 'rgba(0, 0, 0, 0)' && c !== 'transparent') return c;
        }
        return 'rgb(255, 255, 255)';
      };
      document.querySelector('[data-cmd="plan"]')!.setAttribute('aria-disabled', 'true');
      const controls = Array.from(document.querySelectorAll('input[type=text], input[type=month], input[type=number], select, .buttons button, #lang'));
      return controls.map((el) => ({ what: el.id || (el as HTMLElement).dataset.cmd || el.tagName, border: getComputedStyle(el).borderTopColor, width: getComputedStyle(el).borderTopWidth, behind: bgOf(el.parentElement) }));
    });
    const lum = (rgb: string) => {
      const [r, g, b] = rgb.match(/\d+(\.\d+)?/g)!.slice(0, 3).map(Number).map((v) => v / 255).map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
      return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
    };
    const ratio = (a: string, b: string) => {
      const [x, y] = [lum(a), lum(b)].sort((p, q) => q - p);
      return (x! + 0.05) / (y! + 0.05);
    };
    expect(pairs.length).toBeGreaterThanOrEqual(9);
    for (const p of pairs) {
      expect(parseFloat(p.width), p.what).toBeGreaterThan(0);
      expect(ratio(p.border, p.behind), `${p.what}: ${p.border} on ${p.behind}`).toBeGreaterThanOrEqual(3);
    }
    await page.close();
  }, 120_000);

  it('speaks one language at a time, picks months from lists (no type=month), and keeps finding codes on hover only', async () => {
    const page = await browser.newPage({ viewport: { width: 360, height: 900 }, deviceScaleFactor: 1 });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.goto(`${base}/taskpane.html`);
    expect(await page.locator('input[type=month]').count()).toBe(0);
    /** What the clerk sees: visible text and chosen options, without the clerk's own names (translate="no") and quoted workbook text. */
    const seen = async () =>
      withoutQuoted(await page.evaluate(() => {
        const out: string[] = [];
        const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
        for (let n = walker.nextNode(); n; n = walker.nextNode()) {
          const el = n.parentElement!;
          if (el.closest('[translate=no], script, style')) continue;
          const select = el.closest('select');
          if (select ? select.checkVisibility() && (el as HTMLOptionElement).selected : el.checkVisibility()) out.push(n.textContent ?? '');
        }
        return out.join(' ');
      }));
    // Vietnamese: the plan from March of next year, through the lists.
    const next = String(new Date().getFullYear() + 1);
    await page.locator('#from-month').selectOption({ label: 'Tháng 3' });
    await page.locator('#from-year').selectOption(next);
    await page.locator('#months').fill('2');
    await page.getByRole('button', { name: 'Lập lịch giao ban' }).click();
    await expect.poll(() => page.locator('#status').textContent(), { timeout: 30_000 }).toBe('Xong.');
    const planned = await page.evaluate(() => JSON.stringify((window as unknown as { __fake: { sheets: { name: string; cells: unknown }[] } }).__fake.sheets.find((x) => x.name === 'Lịch giao ban')?.cells ?? null));
    // The plan sheet starts in the month picked: its first month is March of that year, and April follows.
    expect(planned).toMatch(new RegExp(`03/${next}`));
    expect(planned).not.toMatch(new RegExp(`05/${next}`));
    await page.getByRole('button', { name: 'Kiểm tra dữ liệu' }).click();
    await expect.poll(() => page.locator('#status').textContent(), { timeout: 30_000 }).toBe('Xong.');
    const buttons = page.locator('ul.findings button');
    const first = buttons.first();
    const code = await first.getAttribute('data-code');
    expect(code).toMatch(/^[a-z-]+\.[a-z.-]+$/);
    expect(await first.textContent()).not.toContain(code!);
    expect(await first.getAttribute('title')).toBe(`Mã lỗi (cho bộ phận hỗ trợ): ${code}`);
    for (const kind of ['month', 'quarter', 'text', '']) {
      await page.locator('#period').selectOption(kind);
      const vi = await seen();
      for (const w of ['Month', 'Year', 'Quarter', 'errors', 'warnings', 'January', 'Summary']) expect(hasWord(vi, w), `vi ${kind}: ${w}`).toBe(false);
    }
    await page.locator('#lang').click();
    expect(await page.locator('#from-month option:checked').textContent()).toBe('March');
    await page.getByRole('button', { name: 'Summary' }).click();
    await expect.poll(() => page.locator('#status').textContent(), { timeout: 30_000 }).toBe('Done.');
    for (const kind of ['month', 'quarter', 'half', 'text', '']) {
      await page.locator('#period').selectOption(kind);
      const en = await seen();
      for (const w of ['Tháng', 'tháng', 'Xã', 'xã', 'Cụm', 'Lãnh đạo', 'Năm', 'năm', 'Quý', 'quý', 'lỗi', 'cảnh báo', 'Kỳ', 'đến']) expect(hasWord(en, w), `en ${kind}: ${w} in ${en.slice(0, 3000)}`).toBe(false);
    }
    // One warning is "1 warning" in English.
    expect(await page.locator('details.sheet .counts').allTextContents()).not.toContainEqual(expect.stringMatching(/\b1 (errors|warnings)\b/));
    await page.screenshot({ path: join(TMP, 'taskpane-en.png'), fullPage: true });
    expect(errors).toEqual([]);
    await page.close();
  }, 120_000);
});
