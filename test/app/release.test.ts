// `npm run release`: one zip a unit can copy to a USB stick — the offline app byte for byte, a one-page
// Vietnamese guide, and the add-in's files with its manifest (the deployment kit's production
// manifest when a server address is given).
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { ROOT, TMP, ensureBuilt } from './support.js';
// @ts-expect-error — a plain .mjs build script without types
import { writeRelease } from '../../app/scripts/release.mjs';
// @ts-expect-error — a plain .mjs build script without types
import { findXsdDir } from '../../addin/scripts/package.mjs';

const version = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version as string;
const haveAddin = existsSync(join(ROOT, 'addin/dist/taskpane.html'));
/** A production manifest is only ever written after the XSD check, so without the schemas that case cannot run here. */
const haveXsd = (() => {
  try {
    return !!findXsdDir();
  } catch {
    return false;
  }
})();

describe.skipIf(!haveAddin)('release zip (needs the add-in built: npm run build)', () => {
  it('holds the app as built, HUONG-DAN.txt and the add-in with its development manifest', async () => {
    ensureBuilt();
    const out = join(TMP, 'release-dev');
    rmSync(out, { recursive: true, force: true });
    const { path } = (await writeRelease({ out })) as { path: string };
    expect(path).toBe(join(out, `giao-ban-${version}.zip`));
    const zip = unzipSync(new Uint8Array(readFileSync(path)));
    expect(Buffer.from(zip['giao-ban.html']!).equals(readFileSync(join(ROOT, 'app/dist/giao-ban.html')))).toBe(true);
    const guide = strFromU8(zip['HUONG-DAN.txt']!);
    // UTF-8 with a byte-order mark, so Windows Notepad shows the Vietnamese letters.
    expect([...zip['HUONG-DAN.txt']!.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(guide.replace(/^\uFEFF/, '').startsWith('GIAO BAN CƠ SỞ — HƯỚNG DẪN SỬ DỤNG')).toBe(true);
    expect(guide).toContain(`phiên bản ${version}`);
    expect(guide).toContain('giao-ban.html');
    expect(guide).toContain('npm run addin:package -- --url');
    // One page: at most 60 lines of at most 100 characters, CRLF for Notepad.
    const lines = guide.split('\r\n');
    expect(lines.length).toBeLessThanOrEqual(60);
    expect(Math.max(...lines.map((l) => l.length))).toBeLessThanOrEqual(100);
    expect(guide.replace(/\r\n/g, '')).not.toContain('\n');
    for (const f of ['addin/manifest.xml', 'addin/taskpane.html', 'addin/taskpane.js', 'addin/commands.html', 'addin/functions.json']) expect(zip[f], f).toBeDefined();
    expect(Object.keys(zip).some((n) => n.endsWith('.map'))).toBe(false);
    expect(strFromU8(zip['addin/manifest.xml']!)).toBe(readFileSync(join(ROOT, 'manifest.xml'), 'utf8'));
    expect(guide).toContain('node giaoban.mjs --help');
  }, 120_000);

  it('carries the command line as one file that Node runs alone, beside the app, with the example workbook', async () => {
    const out = join(TMP, 'release-cli');
    rmSync(out, { recursive: true, force: true });
    const { path } = (await writeRelease({ out })) as { path: string };
    const zip = unzipSync(new Uint8Array(readFileSync(path)));
    // Unpacked into a folder with nothing else: no node_modules, no package.json.
    const alone = join(out, 'alone');
    mkdirSync(alone, { recursive: true });
    for (const name of ['giaoban.mjs', 'so-giao-ban-cong-an-tinh.xlsx', 'so-giao-ban-cong-an-xa.xlsx', 'so-theo-doi-giao-ban.xlsx']) writeFileSync(join(alone, name), zip[name]!);
    const run = (...args: string[]) => spawnSync(process.execPath, [join(alone, 'giaoban.mjs'), ...args], { cwd: alone, encoding: 'utf8' });
    expect(run('--version').stdout).toBe(`giaoban ${JSON.parse(readFileSync(join(ROOT, 'packages/cli/package.json'), 'utf8')).version}\n`);
    const dates = run('dates', '2026', '--json');
    expect(dates.status).toBe(0);
    expect(JSON.parse(dates.stdout).map((b: { date: string }) => b.date)[1]).toBe('2026-02-23');
    const demo = run('demo', '--out', 'ra');
    expect(demo.status, demo.stderr).toBe(0);
    for (const f of ['ra/giao-ban-demo.xlsx', 'ra/giay-to']) expect(existsSync(join(alone, f)), f).toBe(true);
  }, 120_000);

  it.runIf(haveXsd)('with --url, carries the deployment kit\'s production manifest (no localhost) and says so in the guide', async () => {
    const out = join(TMP, 'release-url');
    rmSync(out, { recursive: true, force: true });
    // The deployment kit raises the add-in's release version: on a copy here, never the committed file.
    mkdirSync(out, { recursive: true });
    copyFileSync(join(ROOT, 'addin/release.json'), join(out, 'release.json'));
    process.env.GIAOBAN_RELEASE_FILE = join(out, 'release.json');
    const { path } = (await writeRelease({ out, url: 'https://may-chu.ca-nampo.local/giaoban/' })) as { path: string };
    const zip = unzipSync(new Uint8Array(readFileSync(path)));
    const manifest = strFromU8(zip['addin/manifest.xml']!);
    expect(manifest).not.toMatch(/localhost/i);
    expect(manifest).toContain('https://may-chu.ca-nampo.local/giaoban/taskpane.html');
    // Every file the manifest names is in the zip.
    for (const [, u] of manifest.matchAll(/"https:\/\/may-chu\.ca-nampo\.local\/giaoban\/([^"?]+)/g)) expect(zip[`addin/${u}`], u).toBeDefined();
    expect(strFromU8(zip['HUONG-DAN.txt']!)).toContain('https://may-chu.ca-nampo.local/giaoban/');
  }, 120_000);
});
