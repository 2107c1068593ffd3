// The deployment kit: `npm run addin:package -- --url https://<host>/<path>/` writes a production
// manifest (every URL under the base, no localhost, version bumped, valid against Microsoft's XSD)
// and a zip of exactly the files to serve.
import { describe, it, expect, beforeAll } from 'vitest';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { unzipSync } from 'fflate';
// @ts-expect-error -- a plain .mjs script without type declarations
import { packageAddin, validateManifest } from '../../addin/scripts/package.mjs';

const root = resolve(__dirname, '../..');
const out = join(root, 'test/.tmp/release-addin');
const BASE = 'https://may-chu.ca-muongcha.local/giaoban/';
const devManifest = readFileSync(join(root, 'manifest.xml'), 'utf8');
const haveXsd = existsSync(resolve(root, '../shared/office-manifest-xsd/OfficeAppManifestV1_1.xsd'));

describe('npm run addin:package', () => {
  beforeAll(() => {
    rmSync(out, { recursive: true, force: true });
    if (!existsSync(join(root, 'addin/dist/taskpane.js'))) execFileSync('npm', ['run', 'build', '-w', '@giaoban/addin'], { cwd: root, stdio: 'pipe' });
  }, 180_000);

  it('writes a manifest under the given base, valid against the XSD, and a zip with every file it names', async () => {
    execFileSync('npm', ['run', '--silent', 'addin:package', '--', '--url', BASE, '--out', out], { cwd: root, stdio: 'pipe' });
    const xml = readFileSync(join(out, 'manifest.xml'), 'utf8');
    expect(xml).not.toMatch(/localhost/i);
    const urls = [...xml.matchAll(/"(https?:\/\/[^"]+)"/g)].map((m) => m[1]!).filter((u) => !u.startsWith('http://schemas.') && !u.startsWith('http://www.w3.org'));
    expect(urls.length).toBeGreaterThan(25);
    for (const u of urls) expect(u.startsWith(BASE)).toBe(true);
    expect(xml).toContain('<AppDomain>https://may-chu.ca-muongcha.local</AppDomain>');
    const v = /<Version>([\d.]+)<\/Version>/.exec(xml)![1]!;
    expect(v).toBe('0.1.0.1');
    expect(/<Version>([\d.]+)<\/Version>/.exec(devManifest)![1]).toBe('0.1.0.0');
    if (haveXsd) expect(await validateManifest(xml)).toEqual([]);
    const zip = unzipSync(new Uint8Array(readFileSync(join(out, 'giaoban-addin.zip'))));
    const names = Object.keys(zip);
    for (const u of urls) expect(names, u).toContain(u.slice(BASE.length).split('?')[0]);
    for (const f of ['loader.js', 'unsupported.html', 'taskpane.js', 'commands.js', 'functions.js', 'functions.json']) expect(names).toContain(f);
    expect(names.some((n) => n.endsWith('.map'))).toBe(false);
    expect(new TextDecoder().decode(zip['taskpane.html'])).toContain('loader.js');
  }, 180_000);

  it('bumps the version on every package, so Office updates; refuses going back', async () => {
    const r = await packageAddin({ url: BASE, out, build: false });
    expect(r.version).toBe('0.1.0.2');
    await expect(packageAddin({ url: BASE, out, build: false, version: '0.1.0.1' })).rejects.toThrow(/phải lớn hơn/);
    const chosen = await packageAddin({ url: BASE, out, build: false, version: '1.0.0.0' });
    expect(chosen.version).toBe('1.0.0.0');
  }, 120_000);

  it('refuses http, localhost and malformed addresses with a Vietnamese reason', async () => {
    await expect(packageAddin({ url: 'http://may-chu.local/giaoban/', out, build: false })).rejects.toThrow(/HTTPS/);
    await expect(packageAddin({ url: 'https://localhost:3000/', out, build: false })).rejects.toThrow(/phát triển/);
    await expect(packageAddin({ url: 'may chu', out, build: false })).rejects.toThrow(/không hợp lệ/);
    // A base without the trailing slash is the same folder.
    const r = await packageAddin({ url: 'https://may-chu.local/giaoban', out: join(out, 'b'), build: false });
    expect(readFileSync(r.manifest, 'utf8')).toContain('https://may-chu.local/giaoban/taskpane.html');
  }, 120_000);
});
