// The first hour of a newcomer, run for real (`npm run newcomer`, a CI step after `npm test`; minutes):
//
//   1. a fresh clone of this commit;
//   2. the README's set-up line as written (`npm ci && npm run demo`): no engine warning, one build;
//   3. every `npx giaoban …` example of the README, in order, as written (the list follows README edits);
//   4. the offline app from file:// through each step (the app's own browser test, on the clone's build);
//   5. the example generator leaves git clean;
//   6. the packages packed with `npm pack` (prepack builds them), LICENSE inside, no source maps, a real
//      repository; the core and @giaoban/xlsx installed in a scratch project, imported as ES modules and
//      (the core) as CommonJS, and the core README's examples run and print what their comments say;
//   7. the packed `giaoban` installed in a scratch project with no monorepo and no network, and run.
import { afterAll, describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const WORK = mkdtempSync(join(tmpdir(), 'giaoban-newcomer-'));
const CLONE = join(WORK, 'giaoban');
const PACKS = join(WORK, 'packs');
const MINUTES = 60_000;

// The Node running the tests first on PATH, as a newcomer's shell has one Node.
const ENV = {
  ...process.env,
  PATH: `${dirname(process.execPath)}${delimiter}${process.env.PATH ?? ''}`,
  npm_config_audit: 'false',
  npm_config_fund: 'false',
  npm_config_update_notifier: 'false',
  NO_COLOR: '1',
  FORCE_COLOR: '0',
};

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
  /** stdout and stderr as they came. */
  all: string;
}

/**
 * Runs a shell line. Asynchronous on purpose: a test worker blocked for minutes in spawnSync cannot answer
 * the runner, which then reports a timeout of its own.
 */
function sh(command: string, cwd: string, env: NodeJS.ProcessEnv = ENV): Promise<Run> {
  return new Promise((done, fail) => {
    const child = spawn(command, { cwd, env, shell: '/bin/sh' });
    let stdout = '';
    let stderr = '';
    let all = '';
    child.stdout.setEncoding('utf8').on('data', (t: string) => ((stdout += t), (all += t)));
    child.stderr.setEncoding('utf8').on('data', (t: string) => ((stderr += t), (all += t)));
    child.on('error', fail);
    child.on('close', (status) => done({ status, stdout, stderr, all }));
  });
}

function ok(r: Run, what: string): string {
  expect(r.status, `${what} exited ${r.status}:\n${r.all.slice(-4000)}`).toBe(0);
  return r.stdout;
}

/** The shell lines of the README's ```sh blocks, comments dropped, in order. */
export function readmeShellLines(readme: string): string[] {
  return [...readme.matchAll(/```sh\n([\s\S]*?)```/g)]
    .flatMap((m) => m[1]!.split('\n'))
    .map((line) => line.replace(/\s+#\s.*$/, '').trim())
    .filter((line) => line !== '' && !line.startsWith('#'));
}

/** The file and folder arguments a giaoban line writes (-o, --ics, --out), relative to the clone. */
function outputsOf(line: string): string[] {
  const out: string[] = [];
  for (const m of line.matchAll(/(?:^|\s)(?:-o|--ics|--out)\s+(\S+)/g)) out.push(m[1]!);
  return out;
}

/**
 * Runs a README's ```js blocks (ES module, or CommonJS when it calls require) in `dir` and checks that
 * each printed line is what the block's comments say, in order ("…" in a comment stands for the middle).
 */
async function runJsBlocks(readme: string, dir: string): Promise<number> {
  const blocks = [...readme.matchAll(/```js\n([\s\S]*?)```/g)].map((m) => m[1]!);
  for (const [i, code] of blocks.entries()) {
    const file = join(dir, `example-${i}.${/\brequire\(/.test(code) ? 'cjs' : 'mjs'}`);
    writeFileSync(file, code);
    const printed = ok(await sh(`node ${JSON.stringify(file)}`, dir), `README example ${i + 1}`).split('\n').filter((l) => l !== '');
    const said = [...code.matchAll(/\/\/ (.+)$/gm)].map((m) => m[1]!.trim());
    let at = 0;
    for (const line of printed) {
      const matches = (c: string) =>
        c === line ||
        (c.startsWith(line) && /^[\s:;,.(—–-]/.test(c.slice(line.length))) ||
        (c.includes('…') && line.startsWith(c.split('…')[0]!.trim()) && line.endsWith(c.split('…').at(-1)!.trim().split(/\s[—(]/)[0]!));
      while (at < said.length && !matches(said[at]!)) at++;
      expect(at < said.length, `README example ${i + 1} printed "${line}", which no comment after the last matched one says`).toBe(true);
      at++;
    }
  }
  return blocks.length;
}

afterAll(() => {
  if (!process.env.GIAOBAN_NEWCOMER_KEEP) rmSync(WORK, { recursive: true, force: true });
});

describe('the first hour of a newcomer, on a fresh clone', () => {
  it('clones this commit', async () => {
    const head = ok(await sh('git rev-parse HEAD', ROOT), 'git rev-parse').trim();
    ok(await sh(`git clone --quiet --no-checkout ${JSON.stringify(ROOT)} ${JSON.stringify(CLONE)}`, WORK), 'git clone');
    // A detached CI checkout may be on no branch: fetch the commit itself.
    if ((await sh(`git cat-file -e ${head}^{commit}`, CLONE)).status !== 0) {
      ok(await sh(`git fetch --quiet --upload-pack="git -c uploadpack.allowAnySHA1InWant=true upload-pack" ${JSON.stringify(ROOT)} ${head}`, CLONE), 'git fetch');
    }
    ok(await sh(`git checkout --quiet ${head}`, CLONE), 'git checkout');
    expect(existsSync(join(CLONE, 'README.md'))).toBe(true);
    expect(existsSync(join(CLONE, 'node_modules'))).toBe(false);
  }, 5 * MINUTES);

  it('runs the README\'s set-up line as written: no engine warning, the build once, the demo written', async () => {
    const readme = readFileSync(join(CLONE, 'README.md'), 'utf8');
    const setup = readmeShellLines(readme)[0]!;
    expect(setup).toBe('npm ci && npm run demo');
    const r = await sh(setup, CLONE);
    ok(r, setup);
    expect(r.all).not.toMatch(/EBADENGINE/);
    expect(r.all).not.toMatch(/install scripts not yet covered/);
    // Any other npm warning (a deprecation upstream) is shown for the record.
    const warnings = r.all.split('\n').filter((l) => /^npm warn/i.test(l));
    if (warnings.length > 0) console.log(`npm ci warned:\n${warnings.join('\n')}`);
    // npm ci's prepare step builds; npm run demo does not build again.
    expect(r.all.match(/> @giaoban\/core@[\d.]+ build/g) ?? []).toHaveLength(1);
    expect(existsSync(join(CLONE, 'out/giao-ban-demo.xlsx'))).toBe(true);
    expect(readdirSync(join(CLONE, 'out/giay-to')).filter((f) => f.endsWith('.docx')).length).toBeGreaterThan(0);
  }, 20 * MINUTES);

  it('runs every giaoban example of the README, in order, as written', async () => {
    const lines = readmeShellLines(readFileSync(join(CLONE, 'README.md'), 'utf8')).filter((l) => l.startsWith('npx giaoban '));
    expect(lines.length).toBeGreaterThanOrEqual(10);
    for (const line of lines) {
      const r = await sh(line, CLONE);
      // validate and rotate say "the workbook has errors" with 1 (the example has planted mistakes); nothing else may fail.
      const allowed = /^npx giaoban (validate|rotate) /.test(line) ? [0, 1] : [0];
      expect(allowed, `${line} exited ${r.status}:\n${r.all.slice(-3000)}`).toContain(r.status);
      expect(r.stderr, line).not.toMatch(/^(Lỗi|Error|Lỗi không mong đợi|Unexpected error):/m);
      for (const out of outputsOf(line)) expect(existsSync(join(CLONE, out)), `${line} wrote ${out}`).toBe(true);
    }
  }, 10 * MINUTES);

  it('opens the offline app from file:// and goes through each step (the app\'s browser test on the clone\'s build)', async () => {
    const r = await sh('npx vitest run test/app/app.browser.test.ts', CLONE);
    ok(r, 'the offline app\'s browser test');
    expect(r.all).toMatch(/Tests\s+\d+ passed/);
  }, 10 * MINUTES);

  it('rebuilds the example workbook byte for byte (git stays clean)', async () => {
    ok(await sh('npx tsx scripts/example/makeExample.ts', CLONE), 'makeExample');
    expect(ok(await sh('git status --porcelain -- examples scripts', CLONE), 'git status')).toBe('');
  }, 5 * MINUTES);

  it('packs the packages from an unbuilt tree (prepack builds), each with its LICENSE, a README, no source maps, a real repository', async () => {
    mkdirSync(PACKS, { recursive: true });
    for (const p of ['core', 'xlsx', 'docx', 'ics', 'cli']) rmSync(join(CLONE, 'packages', p, 'dist'), { recursive: true, force: true });
    const json = ok(await sh(`npm pack --json --pack-destination ${JSON.stringify(PACKS)} -w @giaoban/core -w @giaoban/xlsx -w @giaoban/docx -w @giaoban/ics -w @giaoban/cli`, CLONE), 'npm pack');
    const packs = JSON.parse(json) as { name: string; filename: string; unpackedSize: number; files: { path: string }[] }[];
    expect(packs.map((p) => p.name)).toEqual(['@giaoban/core', '@giaoban/xlsx', '@giaoban/docx', '@giaoban/ics', '@giaoban/cli']);
    for (const p of packs) {
      const files = p.files.map((f) => f.path);
      expect(files, p.name).toContain('LICENSE');
      expect(files, p.name).toContain('README.md');
      expect(files.some((f) => f.startsWith('dist/')), `${p.name} ships its build`).toBe(true);
      expect(files.filter((f) => f.endsWith('.map')), p.name).toEqual([]);
      const manifest = JSON.parse(readFileSync(join(CLONE, 'packages', p.name.split('/')[1]!, 'package.json'), 'utf8')) as { repository?: { url?: string } };
      expect(manifest.repository?.url, p.name).toMatch(/^git\+https:\/\/github\.com\//);
    }
    // About 3.7 MB unpacked without source maps: ESM and CJS builds, the national catalogue (0.7 MB in the two
    // formats) and the declarations. The maps alone had added several MB more.
    expect(packs[0]!.unpackedSize).toBeLessThan(4.5 * 1024 * 1024);
    const cli = JSON.parse(readFileSync(join(CLONE, 'packages/cli/package.json'), 'utf8')) as { dependencies?: Record<string, string> };
    expect(cli.dependencies ?? {}).toEqual({});
  }, 15 * MINUTES);

  it('installs the core and @giaoban/xlsx in a scratch project: ES module, CommonJS, the README examples', async () => {
    const app = join(WORK, 'library-user');
    mkdirSync(app, { recursive: true });
    writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'library-user', version: '1.0.0', private: true }));
    const tgz = (name: string) => join(PACKS, readdirSync(PACKS).find((f) => f.startsWith(`giaoban-${name}-`))!);
    const r = await sh(`npm install --prefer-offline ${JSON.stringify(tgz('core'))} ${JSON.stringify(tgz('xlsx'))}`, app);
    ok(r, 'npm install of the packed core and xlsx');
    expect(r.all).not.toMatch(/EBADENGINE/);
    copyFileSync(join(CLONE, 'examples/so-theo-doi-giao-ban.xlsx'), join(app, 'so.xlsx'));
    writeFileSync(
      join(app, 'esm.mjs'),
      `import { tetDate, readWorkbook } from '@giaoban/core';
import { parsePeriodSpec } from '@giaoban/core/calendar';
import { readXlsx } from '@giaoban/xlsx';
import { readFileSync } from 'node:fs';
const { grid } = await readXlsx(new Uint8Array(readFileSync('so.xlsx')));
const read = readWorkbook(grid);
console.log(JSON.stringify({ tet: tetDate(2026), quarter: parsePeriodSpec('quý I/2026').from, communes: read.catalogue.communes.length }));
`,
    );
    expect(JSON.parse(ok(await sh('node esm.mjs', app), 'ESM import'))).toEqual({ tet: '2026-02-17', quarter: '2025-12-15', communes: 15 });
    writeFileSync(
      join(app, 'cjs.cjs'),
      `const { tetDate, GiaobanError, toLunar } = require('@giaoban/core');
const { briefingDate } = require('@giaoban/core/calendar');
let code = null;
try { toLunar('2026-02-30'); } catch (e) { code = e instanceof GiaobanError ? e.code : 'other'; }
console.log(JSON.stringify({ tet: tetDate(2030), feb: briefingDate('2026-02').date, code }));
`,
    );
    expect(JSON.parse(ok(await sh('node cjs.cjs', app), 'CJS require'))).toEqual({ tet: '2030-02-02', feb: '2026-02-23', code: 'date.invalid' });
    // The README inside the installed package, its examples run as a reader would paste them.
    const readme = readFileSync(join(app, 'node_modules/@giaoban/core/README.md'), 'utf8');
    expect(await runJsBlocks(readme, app)).toBeGreaterThanOrEqual(3);
  }, 10 * MINUTES);

  it('installs the packed giaoban where there is no monorepo and no network, and runs it', async () => {
    const box = join(WORK, 'unit-computer');
    mkdirSync(box, { recursive: true });
    writeFileSync(join(box, 'package.json'), JSON.stringify({ name: 'unit-computer', version: '1.0.0', private: true }));
    const tgz = join(PACKS, readdirSync(PACKS).find((f) => f.startsWith('giaoban-cli-'))!);
    ok(await sh(`npm install --offline ${JSON.stringify(tgz)}`, box), 'npm install --offline of the packed CLI');
    // Nothing else came with it: every library it uses is inside its own files.
    expect(readdirSync(join(box, 'node_modules')).filter((n) => !n.startsWith('.'))).toEqual(['@giaoban']);
    expect(readdirSync(join(box, 'node_modules/@giaoban'))).toEqual(['cli']);
    copyFileSync(join(CLONE, 'examples/so-theo-doi-giao-ban.xlsx'), join(box, 'example.xlsx'));
    expect(ok(await sh('npx giaoban --version', box), '--version').trim()).toMatch(/^giaoban \d+\.\d+\.\d+$/);
    const v = await sh('npx giaoban validate example.xlsx --quiet', box);
    expect(v.status, v.all).toBe(1); // the example's planted mistakes
    expect(v.stdout).toMatch(/Tổng cộng: \d+ lỗi, \d+ cảnh báo/);
    ok(await sh('npx giaoban demo --out ra', box), 'demo');
    expect(existsSync(join(box, 'ra/giao-ban-demo.xlsx'))).toBe(true);
  }, 5 * MINUTES);
});
