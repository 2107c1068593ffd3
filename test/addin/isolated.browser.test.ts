// The isolated-network build (`npm run addin:package -- --office-js local`) served from a local static server
// in headless Chromium with every other origin blocked: Microsoft's own office.js (from @microsoft/office-js,
// inside the zip) loads from the add-in's origin and runs — here outside Excel, so the pane asks to be opened
// in Excel rather than saying office.js could not be loaded — and the function page gets its runtime the same way.
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { execFileSync } from 'node:child_process';
import { dirname, extname, join } from 'node:path';
import { unzipSync } from 'fflate';
import { chromium, type Browser } from 'playwright-core';
// @ts-expect-error -- a plain .mjs script without type declarations
import { findXsdDir, packageAddin, RELEASE_FILE } from '../../addin/scripts/package.mjs';
import { ROOT } from './support/fakeHost.js';

const CHROMIUM = '/usr/bin/chromium';
const tmp = join(ROOT, 'test/.tmp/isolated-addin');
/** Packaging writes a production manifest only after the XSD check (test/addin/package.test.ts covers the refusal without the schemas). */
const haveXsd = (() => {
  try {
    return !!findXsdDir();
  } catch {
    return false;
  }
})();
const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.png': 'image/png', '.json': 'application/json' };

describe.skipIf(!existsSync(CHROMIUM) || !haveXsd)('the local office.js build on a network with nothing but the add-in\'s server (skipped where /usr/bin/chromium or the manifest schemas are absent)', () => {
  let server: Server;
  let browser: Browser;
  let base = '';

  beforeAll(async () => {
    if (!existsSync(join(ROOT, 'addin/dist/taskpane.js'))) execFileSync('npm', ['run', 'build', '-w', '@giaoban/addin'], { cwd: ROOT, stdio: 'pipe' });
    rmSync(tmp, { recursive: true, force: true });
    mkdirSync(tmp, { recursive: true });
    cpSync(RELEASE_FILE, join(tmp, 'release.json'));
    const r = await packageAddin({ url: 'https://may-chu.ca-muongcha.local/giaoban/', officeJs: 'local', build: false, out: join(tmp, 'out'), releaseFile: join(tmp, 'release.json') });
    const site = join(tmp, 'site');
    for (const [name, bytes] of Object.entries(unzipSync(new Uint8Array(readFileSync(r.zip))))) {
      mkdirSync(dirname(join(site, name)), { recursive: true });
      writeFileSync(join(site, name), bytes);
    }
    server = createServer((req, res) => {
      const path = decodeURIComponent((req.url ?? '/').split('?')[0]!).replace(/^\/+/, '') || 'taskpane.html';
      const file = join(site, path);
      if (!file.startsWith(site) || !existsSync(file)) return void res.writeHead(404).end();
      res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
      res.end(readFileSync(file));
    });
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
    const addr = server.address();
    base = `http://127.0.0.1:${typeof addr === 'object' && addr ? addr.port : 0}`;
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await new Promise<void>((done) => (server ? server.close(() => done()) : done()));
  });

  /** A page on which every request to another origin is refused (and recorded). */
  async function isolatedPage() {
    const context = await browser.newContext();
    const served: string[] = [];
    const blocked: string[] = [];
    await context.route('**', (route) => {
      const url = route.request().url();
      if (url.startsWith(`${base}/`)) {
        served.push(url.slice(base.length));
        return route.continue();
      }
      blocked.push(url);
      return route.abort('blockedbyclient');
    });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    return { context, page, served, blocked, errors };
  }

  it('the task pane loads office.js from its own server and runs it (outside Excel: "open it in Excel", not "office.js could not be loaded")', async () => {
    const { context, page, served, blocked, errors } = await isolatedPage();
    await page.goto(`${base}/taskpane.html`);
    const alert = page.getByRole('alert');
    await alert.waitFor({ timeout: 20_000 });
    await expect.poll(() => alert.getAttribute('data-reason'), { timeout: 20_000 }).toBe('outside');
    expect(await alert.innerText()).toContain('chỉ chạy bên trong Excel');
    expect(await page.evaluate(() => typeof (window as unknown as { Office?: { onReady?: unknown } }).Office?.onReady)).toBe('function');
    expect(served).toContain('/office-js/office.js');
    expect(served).toContain('/taskpane.js');
    // Nothing the pane needs is elsewhere: office.js's telemetry may knock on Microsoft's door and is refused, harmlessly.
    expect(blocked.filter((u) => !/telemetry/i.test(u))).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  }, 60_000);

  it('the function page gets the custom-functions runtime from the same server', async () => {
    const { context, page, served, blocked } = await isolatedPage();
    await page.goto(`${base}/functions.html`);
    await expect.poll(() => page.evaluate(() => typeof (window as unknown as { CustomFunctions?: { associate?: unknown } }).CustomFunctions?.associate), { timeout: 20_000 }).toBe('function');
    expect(served).toContain('/office-js/custom-functions-runtime.js');
    expect(served).toContain('/functions.js');
    expect(blocked.filter((u) => !/telemetry/i.test(u))).toEqual([]);
    await context.close();
  }, 60_000);
});
