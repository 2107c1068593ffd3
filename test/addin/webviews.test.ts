// The webviews the add-in claims, checked on the built files: the loader parses as ES5 (it must run in
// Internet Explorer 11 to say the add-in cannot), the bundles parse as ES2019 (WebView2, Safari 14+,
// current browsers) and not as ES2017 (so the loader's gate is needed), and every page that loads a
// bundle does so only through the loader, with a role="alert" element for its message.
import { describe, it, expect, beforeAll } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { parse } from 'acorn';

const root = resolve(__dirname, '../..');
const dist = join(root, 'addin/dist');
const read = (f: string) => readFileSync(join(dist, f), 'utf8');
const parses = (code: string, ecmaVersion: 5 | 2017 | 2019) => {
  try {
    parse(code, { ecmaVersion, sourceType: 'script' });
    return true;
  } catch {
    return false;
  }
};

describe('webviews: what parses where', () => {
  beforeAll(() => {
    if (!existsSync(join(dist, 'loader.js'))) execFileSync('npm', ['run', 'build', '-w', '@giaoban/addin'], { cwd: root, stdio: 'pipe' });
  }, 180_000);

  it('loader.js is ES5 (Trident) and names the Excels that work and the offline app', () => {
    const loader = read('loader.js');
    expect(parses(loader, 5)).toBe(true);
    expect(parses('const f = () => 1;', 5)).toBe(false); // the parser really rejects ES2015
    for (const words of ['Internet Explorer 11', 'EdgeHTML', 'WebView2', 'Excel 2021 và 2024', 'giao-ban.html', 'appsforoffice.microsoft.com']) expect(loader).toContain(words);
  });

  it.each(['taskpane.js', 'commands.js', 'functions.js'])('%s parses as ES2019 and needs the loader (not ES2017)', (f) => {
    const code = read(f);
    expect(parses(code, 2019)).toBe(true);
    if (f !== 'functions.js') expect(parses(code, 2017)).toBe(false);
  });

  it('the loader probes every regular-expression feature the bundles use (acorn accepts them at ES2019, older WebKit does not)', () => {
    const loader = read('loader.js');
    const bundles = ['taskpane.js', 'commands.js', 'functions.js'].map(read).join('\n');
    if (/\(\?<[=!]/.test(bundles)) expect(loader).toContain("new RegExp('(?<![a-z])x')");
    if (/\\p\{/.test(bundles)) expect(loader).toContain("new RegExp('\\\\p{L}', 'u')");
    if (/\(\?<[A-Za-z]/.test(bundles)) expect(loader).toContain("new RegExp('(?<y>");
    expect(/\(\?<[=!]/.test(bundles)).toBe(true); // today the core's attendance rules use lookbehind
  });

  it.each([
    ['taskpane.html', 'taskpane.js'],
    ['commands.html', 'commands.js'],
    ['functions.html', 'functions.js'],
  ])('%s loads %s only through the ES5 loader and has a role="alert" element', (page, bundle) => {
    const html = read(page);
    expect(html).toMatch(/<div id="giaoban-alert" role="alert"[^>]*>/);
    expect(html).toContain(`<script src="loader.js" data-page="${page.replace('.html', '')}" data-bundle="${bundle}"`);
    expect(html).not.toContain(`<script src="${bundle}"`);
    expect(html).not.toMatch(/<script[^>]+defer[^>]+taskpane\.js/);
  });

  it('the README table covers each Excel channel with its webview and what works', () => {
    const readme = readFileSync(join(root, 'addin/README.md'), 'utf8');
    for (const row of ['Excel 2016 (volume', 'Excel 2019 (volume', 'Excel 2016/2019 retail', 'Microsoft 365', 'Excel 2021', 'Excel 2024', 'Excel on the web', 'Excel for Mac']) expect(readme, row).toContain(row);
    for (const webview of ['Trident', 'EdgeHTML', 'WebView2', 'WKWebView']) expect(readme).toContain(webview);
  });
});
