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
      const path = (req.url ?? '/').split('?')[0]!.replace(/^\/+/, '') || 'taskpane.html';
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
      if (path.endsWith('.html')) body = body.toString('utf8').replace(/<script src="https:\/\/appsforoffice\.microsoft\.com\/[^"]+"><\/script>/, '<script src="fake-office.js"></script>');
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
});
