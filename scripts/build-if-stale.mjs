// `node scripts/build-if-stale.mjs` runs `npm run build` only when a source is newer than the last
// build (or an output is missing), so `npm run demo` right after `npm ci` (whose prepare step just
// built everything) starts at once instead of building a second time.
// `node scripts/build-if-stale.mjs --stamp` records a finished build; `npm run build` ends with it.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const stamp = join(root, 'node_modules/.cache/giaoban/build-stamp');

/** What the build writes; any one missing means build. */
const OUTPUTS = ['packages/core/dist/index.js', 'packages/xlsx/dist/index.js', 'packages/docx/dist/index.js', 'packages/cli/dist/giaoban.js', 'app/dist/giao-ban.html', 'addin/dist/taskpane.html'];
/** Folders whose files feed the build (their dist/ and node_modules/ excluded), and single files. */
const SOURCE_DIRS = ['packages', 'app', 'addin'];
const SOURCE_FILES = ['package.json', 'package-lock.json', 'tsconfig.base.json', 'tsconfig.json', 'manifest.xml'];
const SKIP = new Set(['node_modules', 'dist', '.turbo']);

/** The newest file under `dir` newer than `since` (ms), or null; stops at the first one found. */
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

if (process.argv[1] && fileURLToPath(import.meta.url) === resolve(process.argv[1])) {
  if (process.argv.includes('--stamp')) {
    mkdirSync(dirname(stamp), { recursive: true });
    writeFileSync(stamp, `${new Date().toISOString()}\n`);
  } else {
    const why = staleReason();
    if (why) {
      console.error(`Build lại: ${why} (rebuilding: ${why.en})…`);
      const r = spawnSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit', shell: process.platform === 'win32' });
      process.exit(r.status ?? 1);
    }
  }
}
