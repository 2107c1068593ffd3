// The deployment kit: `npm run addin:package -- --url https://<host>/<path>/` rebuilds, writes a production
// manifest (every URL under the base, its own Id and name, the next version from the committed
// addin/release.json, valid against Microsoft's XSD) and a zip of exactly the files of that fresh build;
// `--office-js local` carries office.js for networks without Internet; `--verify` catches a zip that differs.
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { execFile, execFileSync } from 'node:child_process';
import { promisify } from 'node:util';
import { createHash } from 'node:crypto';
import { dirname, join, resolve } from 'node:path';
import { unzipSync } from 'fflate';
// @ts-expect-error -- a plain .mjs script without type declarations
import { packageAddin, validateManifest, verifyPackage, findXsdDir, RELEASE_FILE } from '../../addin/scripts/package.mjs';

const root = resolve(__dirname, '../..');
const tmp = join(root, 'test/.tmp/release-addin');
const BASE = 'https://may-chu.ca-muongcha.local/giaoban/';
const devManifest = readFileSync(join(root, 'manifest.xml'), 'utf8');
const release = JSON.parse(readFileSync(RELEASE_FILE, 'utf8')) as { id: string; displayName: string; version: string };
const versionOf = (xml: string) => /<Version>([\d.]+)<\/Version>/.exec(xml)![1]!;
const bump = (v: string) => v.split('.').map((n, i) => (i === 3 ? Number(n) + 1 : n)).join('.');

/** A copy of the committed release file, so the tests never change the real one. */
function releaseCopy(name: string): string {
  mkdirSync(tmp, { recursive: true });
  const file = join(tmp, `${name}.release.json`);
  cpSync(RELEASE_FILE, file);
  return file;
}

/** The schemas' folder, or null where this machine has none (then packaging must refuse, tested below). */
const xsdDir: string | null = (() => {
  try {
    return findXsdDir() as string;
  } catch {
    console.warn('test/addin/package: Microsoft manifest XSDs not found beside the checkout (GIAOBAN_MANIFEST_XSD); packaging is checked to refuse instead');
    return null;
  }
})();

describe.runIf(xsdDir === null)('npm run addin:package without the manifest schemas', () => {
  it('refuses before building, naming where to put them (it never packages an unchecked manifest)', async () => {
    await expect(packageAddin({ url: BASE, out: join(tmp, 'no-xsd'), build: false, releaseFile: releaseCopy('no-xsd') })).rejects.toThrow(/OfficeAppManifestV1_1\.xsd/);
    expect(existsSync(join(tmp, 'no-xsd'))).toBe(false);
  });
});

describe.runIf(xsdDir !== null)('npm run addin:package', () => {
  const cleanups: (() => void)[] = [];
  afterAll(() => cleanups.forEach((c) => c()));
  beforeAll(() => {
    rmSync(tmp, { recursive: true, force: true });
    if (!existsSync(join(root, 'addin/dist/taskpane.js'))) execFileSync('npm', ['run', 'build', '-w', '@giaoban/addin'], { cwd: root, stdio: 'pipe' });
  }, 180_000);

  it('the manifest XSDs are found (no silent skip), and a broken manifest is refused', async () => {
    expect(existsSync(join(findXsdDir(), 'OfficeAppManifestV1_1.xsd'))).toBe(true);
    expect(await validateManifest(devManifest)).toEqual([]);
    expect((await validateManifest(devManifest.replace('<Permissions>ReadWriteDocument</Permissions>', '<Permissions>Everything</Permissions>'))).length).toBeGreaterThan(0);
    expect(() => findXsdDir(join(tmp, 'nowhere'))).not.toThrow(); // the places beside the checkout still count
  });

  it('production manifest: every URL under the base, its own Id and name, the next version, XSD-valid; a zip with every file it names', async () => {
    const out = join(tmp, 'a');
    const r = await packageAddin({ url: BASE, out, build: false, releaseFile: releaseCopy('a') });
    const xml = readFileSync(r.manifest, 'utf8');
    expect(xml).not.toMatch(/localhost/i);
    const urls = [...xml.matchAll(/"(https?:\/\/[^"]+)"/g)].map((m) => m[1]!).filter((u) => !u.startsWith('http://schemas.') && !u.startsWith('http://www.w3.org'));
    expect(urls.length).toBeGreaterThan(25);
    for (const u of urls) expect(u.startsWith(BASE)).toBe(true);
    expect(xml).toContain('<AppDomain>https://may-chu.ca-muongcha.local</AppDomain>');
    // Office tells add-ins apart by Id: the production one is not the development one, nor is its name.
    expect(xml).toContain(`<Id>${release.id}</Id>`);
    expect(xml).not.toContain(/<Id>([^<]+)<\/Id>/.exec(devManifest)![1]!);
    expect(xml).toContain(`<DisplayName DefaultValue="${release.displayName}"`);
    expect(devManifest).not.toContain(`<DisplayName DefaultValue="${release.displayName}"`);
    expect(r.version).toBe(bump(release.version));
    expect(await validateManifest(xml)).toEqual([]);
    const zip = unzipSync(new Uint8Array(readFileSync(r.zip)));
    const names = Object.keys(zip);
    for (const u of urls) expect(names, u).toContain(u.slice(BASE.length).split('?')[0]);
    for (const f of ['loader.js', 'unsupported.html', 'taskpane.js', 'commands.js', 'functions.js', 'functions.json']) expect(names).toContain(f);
    expect(names.some((n) => n.endsWith('.map'))).toBe(false);
    expect(new TextDecoder().decode(zip['taskpane.html'])).toContain('https://appsforoffice.microsoft.com/lib/1/hosted/office.js');
    expect(r.sha256).toBe(createHash('sha256').update(readFileSync(r.zip)).digest('hex'));
  }, 120_000);

  it('raises the version each time from the release file, never below the last package; refuses going back', async () => {
    const out = join(tmp, 'b');
    const file = releaseCopy('b');
    const first = await packageAddin({ url: BASE, out, build: false, releaseFile: file });
    const second = await packageAddin({ url: BASE, out, build: false, releaseFile: file });
    expect(second.version).toBe(bump(first.version));
    expect(JSON.parse(readFileSync(file, 'utf8')).version).toBe(second.version);
    // The release file lost (an old clone): the last package still sets the floor.
    writeFileSync(file, JSON.stringify({ ...release, version: '0.0.0.1' }));
    expect((await packageAddin({ url: BASE, out, build: false, releaseFile: file })).version).toBe(bump(second.version));
    await expect(packageAddin({ url: BASE, out, build: false, releaseFile: file, version: first.version })).rejects.toThrow(/phải lớn hơn/);
    expect((await packageAddin({ url: BASE, out, build: false, releaseFile: file, version: '9.0.0.0' })).version).toBe('9.0.0.0');
  }, 120_000);

  it('--office-js local: office.js, the Excel scripts it loads and its strings are in the zip, and the pages load them from there', async () => {
    const r = await packageAddin({ url: BASE, out: join(tmp, 'c'), build: false, releaseFile: releaseCopy('c'), officeJs: 'local' });
    const zip = unzipSync(new Uint8Array(readFileSync(r.zip)));
    for (const f of ['office-js/office.js', 'office-js/custom-functions-runtime.js', 'office-js/excel-web-16.00.js', 'office-js/excel-win32-16.01.js', 'office-js/excel-mac-16.00.js', 'office-js/vi-vn/office_strings.js', 'office-js/en-us/office_strings.js', 'office-js/LICENSE.md']) expect(Object.keys(zip), f).toContain(f);
    for (const page of ['taskpane.html', 'commands.html', 'functions.html']) {
      const html = new TextDecoder().decode(zip[page]);
      expect(html, page).not.toContain('appsforoffice.microsoft.com');
      expect(html, page).toMatch(/<script src="office-js\/(office|custom-functions-runtime)\.js"><\/script>/);
    }
    expect(Object.keys(zip).some((n) => n.includes('.debug.'))).toBe(false);
  }, 120_000);

  it('refuses http, localhost and malformed addresses with a Vietnamese reason', async () => {
    const out = join(tmp, 'd');
    const releaseFile = releaseCopy('d');
    await expect(packageAddin({ url: 'http://may-chu.local/giaoban/', out, build: false, releaseFile })).rejects.toThrow(/HTTPS/);
    await expect(packageAddin({ url: 'https://localhost:3000/', out, build: false, releaseFile })).rejects.toThrow(/phát triển/);
    await expect(packageAddin({ url: 'may chu', out, build: false, releaseFile })).rejects.toThrow(/không hợp lệ/);
    await expect(packageAddin({ url: BASE, out, build: false, releaseFile, officeJs: 'nearby' })).rejects.toThrow(/--office-js/);
    // A base without the trailing slash is the same folder.
    const r = await packageAddin({ url: 'https://may-chu.local/giaoban', out: join(out, 'b'), build: false, releaseFile });
    expect(readFileSync(r.manifest, 'utf8')).toContain('https://may-chu.local/giaoban/taskpane.html');
  }, 120_000);

  it('in a fresh clone, twice: rebuilt before zipping, versions increase, XSD checked, the zip is exactly the fresh build (and a changed file is caught)', async () => {
    // Outside test/, so the test runner never collects the clone's own tests.
    const clone = join(mkdtempSync(join(tmpdir(), 'giaoban-clone-')), 'giaoban');
    cleanups.push(() => rmSync(dirname(clone), { recursive: true, force: true }));
    execFileSync('git', ['clone', '--quiet', '--local', '--no-hardlinks', root, clone]);
    symlinkSync(join(root, 'node_modules'), join(clone, 'node_modules'), 'dir');
    expect(existsSync(join(clone, 'addin/dist'))).toBe(false);
    // Without the schemas anywhere it looks, the command stops before building and says where to put them.
    const bare = { ...process.env };
    delete bare.GIAOBAN_MANIFEST_XSD;
    let refused = '';
    try {
      await promisify(execFile)('node', ['addin/scripts/package.mjs', '--url', BASE], { cwd: clone, env: bare, encoding: 'utf8' });
    } catch (e) {
      refused = String((e as { stderr?: string }).stderr);
    }
    expect(refused).toContain('Không tìm thấy lược đồ XSD');
    expect(refused).toContain('GIAOBAN_MANIFEST_XSD');
    expect(existsSync(join(clone, 'addin/dist'))).toBe(false);
    const env = { ...process.env, GIAOBAN_MANIFEST_XSD: findXsdDir() };
    // Asynchronous, so the test runner is not starved while the clone builds.
    const run = async () => (await promisify(execFile)('node', ['addin/scripts/package.mjs', '--url', BASE], { cwd: clone, env, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 })).stdout;
    const first = await run();
    const v1 = versionOf(readFileSync(join(clone, 'release/addin/manifest.xml'), 'utf8'));
    expect(first).toMatch(/hợp lệ theo XSD/);
    expect(first).toMatch(/SHA-256 [0-9a-f]{64}/);
    expect(existsSync(join(clone, 'addin/dist/taskpane.js'))).toBe(true);
    const second = await run();
    const v2 = versionOf(readFileSync(join(clone, 'release/addin/manifest.xml'), 'utf8'));
    expect(v2).toBe(bump(v1));
    expect(JSON.parse(readFileSync(join(clone, 'addin/release.json'), 'utf8')).version).toBe(v2);
    expect(second).toContain('commit');
    const zipPath = join(clone, 'release/addin/giaoban-addin.zip');
    const cloned = (await import(join(clone, 'addin/scripts/package.mjs'))) as { verifyPackage: typeof verifyPackage };
    expect(cloned.verifyPackage({ zipPath, build: false })).toEqual({ same: true, differ: [] });
    writeFileSync(join(clone, 'addin/dist/loader.js'), `${readFileSync(join(clone, 'addin/dist/loader.js'), 'utf8')}\n// changed`);
    expect(verifyPackage({ zipPath, build: false, dist: join(clone, 'addin/dist') })).toEqual({ same: false, differ: ['loader.js'] });
  }, 600_000);
});

describe('the Office tooling the add-in scripts use is pinned, never downloaded at run time', () => {
  const lock = JSON.parse(readFileSync(join(root, 'package-lock.json'), 'utf8')) as { packages: Record<string, { version?: string; dev?: boolean }> };
  const addinPkg = JSON.parse(readFileSync(join(root, 'addin/package.json'), 'utf8')) as { devDependencies: Record<string, string>; scripts: Record<string, string> };

  it.each(['@microsoft/office-js', 'office-addin-debugging', 'office-addin-manifest', 'office-addin-dev-certs'])('%s: a devDependency in the lock file', (name) => {
    expect(addinPkg.devDependencies[name]).toBeTruthy();
    expect(lock.packages[`node_modules/${name}`]?.version).toMatch(/^\d+\.\d+\.\d+$/);
    expect(lock.packages[`node_modules/${name}`]?.dev).toBe(true);
  });

  it('no script fetches a tool with npx (an isolated network has no registry)', () => {
    const rootPkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { scripts: Record<string, string> };
    for (const [name, cmd] of Object.entries({ ...rootPkg.scripts, ...addinPkg.scripts })) expect(cmd, name).not.toMatch(/\bnpx\b/);
    for (const f of ['dev-server.mjs', 'package.mjs', 'postbuild.mjs']) expect(readFileSync(join(root, 'addin/scripts', f), 'utf8'), f).not.toMatch(/\bnpx\b|--yes/);
    expect(addinPkg.scripts.start).toMatch(/^office-addin-debugging start /);
    expect(readFileSync(join(root, 'addin/scripts/dev-server.mjs'), 'utf8')).toContain("from 'office-addin-dev-certs'");
  });
});
