// Helpers for the offline app's browser tests: build the page if stale, open it from file://
// with every network route blocked (and recorded), run the clerk's path, and ask the CLI
// for its JSON on the same file.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Browser, BrowserContext, Page } from 'playwright-core';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const TMP = join(ROOT, 'test/.tmp/app');
export const CHROMIUM = '/usr/bin/chromium';
export const APP_HTML = join(ROOT, 'app/dist/giao-ban.html');
export const APP_URL = pathToFileURL(APP_HTML).href;
export const EXAMPLE = join(ROOT, 'examples/so-theo-doi-giao-ban.xlsx');
export const CLI = join(ROOT, 'packages/cli/dist/giaoban.js');
export const LAUNCH_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'];

function newestMtime(dir: string): number {
  let max = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    max = Math.max(max, e.isDirectory() ? newestMtime(p) : statSync(p).mtimeMs);
  }
  return max;
}

/** Rebuilds app/dist/giao-ban.html (and the CLI the comparisons run) when missing or older than their sources. */
export function ensureBuilt(): void {
  mkdirSync(TMP, { recursive: true });
  const built = existsSync(APP_HTML) ? statSync(APP_HTML).mtimeMs : 0;
  const sources = Math.max(newestMtime(join(ROOT, 'app/src')), newestMtime(join(ROOT, 'app/scripts')), newestMtime(join(ROOT, 'packages/core/src')), newestMtime(join(ROOT, 'packages/xlsx/src')), newestMtime(join(ROOT, 'packages/ics/src')));
  if (built < sources) execFileSync('npm', ['run', 'build', '-w', '@giaoban/app'], { cwd: ROOT, stdio: 'pipe' });
  if (!existsSync(CLI)) execFileSync('npm', ['run', 'build', '-w', '@giaoban/core', '-w', '@giaoban/cli'], { cwd: ROOT, stdio: 'pipe' });
}

/** Runs the CLI with `--json` and returns the parsed document (exit 1 = errors found is fine). */
export function cliJson<T>(args: string[]): T {
  let out: string;
  try {
    out = execFileSync(process.execPath, [CLI, ...args, '--json'], { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 1 << 28 });
  } catch (err) {
    const e = err as { status?: number; stdout?: string };
    if (e.status !== 1 || !e.stdout) throw err;
    out = e.stdout;
  }
  return JSON.parse(out) as T;
}

/** A page of the app opened from file://; `leaks` lists every request that tried to leave the page. */
export interface AppPage {
  context: BrowserContext;
  page: Page;
  leaks: string[];
  /** Loads the Content-Security-Policy refused inside the page. */
  cspBlocked: string[];
  pageErrors: string[];
}

/** Opens the app in a fresh context with every route blocked except the app's own file. */
export async function openApp(browser: Browser, viewport = { width: 1366, height: 768 }): Promise<AppPage> {
  const context = await browser.newContext({ viewport, acceptDownloads: true, deviceScaleFactor: 1 });
  const leaks: string[] = [];
  const cspBlocked: string[] = [];
  const pageErrors: string[] = [];
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url === APP_URL) return route.continue();
    leaks.push(url);
    return route.abort('blockedbyclient');
  });
  // Whatever gets past the page's policy reaches the route above; a load the policy refused is
  // reported as a failed request ("csp") and never leaves the page.
  context.on('requestfinished', (r) => {
    const url = r.url();
    if (url !== APP_URL && !url.startsWith('blob:') && !url.startsWith('data:') && !leaks.includes(url)) leaks.push(url);
  });
  context.on('requestfailed', (r) => {
    if (r.failure()?.errorText === 'csp') cspBlocked.push(r.url());
  });
  const page = await context.newPage();
  page.on('pageerror', (e) => pageErrors.push(String(e)));
  page.on('console', (m) => {
    // A CSP violation is reported on the console; it would mean an inline block or a load was refused.
    // (SheetJS's own console notes, e.g. on ODS number formats, are not failures.)
    if (m.type() === 'error' && /Content Security Policy|Refused to/i.test(m.text())) pageErrors.push(m.text());
  });
  await page.goto(APP_URL);
  return { context, page, leaks, cspBlocked, pageErrors };
}

/** Chooses a file through the page's `<input type="file">` and waits until checking, planning and summarising are done. */
export async function loadWorkbook(page: Page, file: string, timeout = 60_000): Promise<void> {
  await page.evaluate(() => delete document.body.dataset.state);
  await page.locator('input#file').setInputFiles(file);
  await page.waitForFunction(() => document.body.dataset.state === 'ready' || document.body.dataset.state === 'failed', null, { timeout, polling: 50 });
  if ((await page.evaluate(() => document.body.dataset.state)) === 'failed') throw new Error(`the app could not open ${file}: ${await page.locator('#message').textContent()}`);
}

/** What {@link withApp} opens: a workbook to load first, and the window's size. */
export interface WithAppOptions {
  /** A workbook loaded through the page's file input before `fn` runs. */
  book?: string;
  viewport?: { width: number; height: number };
}

/**
 * Opens the app in a fresh context (see {@link openApp}), loads `book` if one is given, runs `fn`
 * and closes the context whatever happens, so a failed assertion leaves no page open.
 */
export async function withApp<T>(browser: Browser, fn: (app: AppPage) => Promise<T>, options: WithAppOptions = {}): Promise<T> {
  const app = await openApp(browser, options.viewport);
  try {
    if (options.book) await loadWorkbook(app.page, options.book);
    return await fn(app);
  } finally {
    await app.context.close();
  }
}
