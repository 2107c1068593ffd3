// Builds only what is out of date, so set-up builds once:
//
//   node scripts/build-if-stale.mjs                 `npm run build` when a source is newer than the last
//                                                   build or an output is missing (npm run demo, release,
//                                                   bench: right after `npm ci`, whose prepare step just
//                                                   built everything, they start at once)
//   node scripts/build-if-stale.mjs --stamp         records a finished build (`npm run build` ends with it)
//   node scripts/build-if-stale.mjs @giaoban/core   one workspace, when its dist/ is missing or older than
//                                                   its sources (a sibling package's prepack: npm pack of
//                                                   @giaoban/xlsx needs the core built, not rebuilt)
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const stamp = join(root, 'node_modules/.cache/giaoban/build-stamp');

/** What the build writes; any one missing means build. */
const OUTPUTS = ['packages/core/dist/index.js', 'packages/xlsx/dist/index.js', 'packages/docx/dist/index.js', 'packages/ics/dist/index.js', 'packages/cli/dist/giaoban.js', 'packages/cli/dist/release/giaoban.mjs', 'app/dist/giao-ban.html', 'addin/dist/taskpane.html'];
/** Folders whose files feed the build (their dist/ and node_modules/ excluded), and single files. */
const SOURCE_DIRS = ['packages', 'app', 'addin'];
const SOURCE_FILES = ['package.json', 'package-lock.json', 'tsconfig.base.json', 'tsconfig.json', 'manifest.xml'];
/** The library workspaces a sibling's prepack may need: folder and the file its build writes last. */
const WORKSPACES = {
  '@giaoban/core': { dir: 'packages/core', output: 'dist/index.d.ts' },
  '@giaoban/xlsx': { dir: 'packages/xlsx', output: 'dist/index.d.ts' },
  '@giaoban/docx': { dir: 'packages/docx', output: 'dist/index.d.ts' },
  '@giaoban/ics': { dir: 'packages/ics', output: 'dist/index.d.ts' },
};
const SKIP = new Set(['node_modules', 'dist', '.turbo']);

/** The first file under `dir` newer than `since` (ms), or null. */
function newerUnder(dir, since) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (SKIP.has(entry.name)) continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      const found = newerUnder(path, since);
      if (found) return found;
    } else if (entry.isFile() && statSync(path).mtimeMs > since) return path;
  }
  return null;
}

const reason = (vi, en) => Object.assign(new String(vi), { en });

/** Why a build is needed (Vietnamese, with `.en`), or null when the last build is current. */
export function staleReason() {
  const missing = OUTPUTS.find((f) => !existsSync(join(root, f)));
  if (missing) return reason(`thiếu ${missing}`, `${missing} is missing`);
  if (!existsSync(stamp)) return reason('chưa có dấu build', 'no record of a build');
  const since = statSync(stamp).mtimeMs;
  for (const f of SOURCE_FILES) {
    const path = join(root, f);
    if (existsSync(path) && statSync(path).mtimeMs > since) return reason(`${f} đã đổi`, `${f} changed`);
  }
  for (const d of SOURCE_DIRS) {
    const found = existsSync(join(root, d)) ? newerUnder(join(root, d), since) : null;
    if (found) return reason(`${relative(root, found)} đã đổi`, `${relative(root, found)} changed`);
  }
  return null;
}

/** Why one workspace needs building, or null when its dist/ is newer than every source of it. */
export function workspaceStaleReason(name) {
  const ws = WORKSPACES[name];
  if (!ws) throw new Error(`unknown workspace ${name}; one of ${Object.keys(WORKSPACES).join(', ')}`);
  const output = join(root, ws.dir, ws.output);
  if (!existsSync(output)) return reason(`thiếu ${ws.dir}/${ws.output}`, `${ws.dir}/${ws.output} is missing`);
  const found = newerUnder(join(root, ws.dir), statSync(output).mtimeMs);
  return found ? reason(`${relative(root, found)} đã đổi`, `${relative(root, found)} changed`) : null;
}

function run(cwd, args) {
  const r = spawnSync('npm', args, { cwd, stdio: 'inherit', shell: process.platform === 'win32' });
  if (r.status !== 0) process.exit(r.status ?? 1);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === resolve(process.argv[1])) {
  const args = process.argv.slice(2);
  if (args.includes('--stamp')) {
    mkdirSync(dirname(stamp), { recursive: true });
    writeFileSync(stamp, `${new Date().toISOString()}\n`);
  } else if (args.length > 0) {
    for (const name of args) {
      const why = workspaceStaleReason(name);
      if (!why) continue;
      console.error(`Build ${name}: ${why} (${why.en})…`);
      run(join(root, WORKSPACES[name].dir), ['run', 'build', '--silent', '--', '--silent']);
    }
  } else {
    const why = staleReason();
    if (why) {
      console.error(`Build lại: ${why} (rebuilding: ${why.en})…`);
      run(root, ['run', 'build']);
    }
  }
}
