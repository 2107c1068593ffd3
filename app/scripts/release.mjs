// `npm run release [-- --url https://máy-chủ/giaoban/] [--out DIR]` → release/giao-ban-<version>.zip:
//   giao-ban.html      the offline app (app/dist), byte for byte
//   HUONG-DAN.txt      one page in Vietnamese
//   giaoban.mjs        the command line in one file, run by Node ≥ 20 alone: node giaoban.mjs --help
//   so-giao-ban-cong-an-tinh.xlsx, so-giao-ban-cong-an-xa.xlsx, so-theo-doi-giao-ban.xlsx
//                      the example workbooks (node giaoban.mjs demo [--example xa|huyen]; or open one in the app)
//   addin/             the add-in's files to serve and its manifest: with --url, the deployment kit's
//                      production manifest (npm run addin:package); without, the development manifest
//                      and the files, with DEPLOY.md saying how to make the production one
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { unzipSync, zipSync } from 'fflate';

const here = dirname(fileURLToPath(import.meta.url));
const app = resolve(here, '..');
const repo = resolve(app, '..');

function filesUnder(dir) {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? filesUnder(p) : [p];
  });
}

/**
 * Writes the release zip and returns its path and entry names.
 * @param {{ url?: string, out?: string }} options
 */
export async function writeRelease({ url, out = join(repo, 'release') } = {}) {
  const version = JSON.parse(readFileSync(join(repo, 'package.json'), 'utf8')).version;
  const html = join(app, 'dist/giao-ban.html');
  if (!existsSync(html)) throw new Error('Chưa có app/dist/giao-ban.html: chạy "npm run build" trước.');
  const addinDist = join(repo, 'addin/dist');
  if (!existsSync(join(addinDist, 'taskpane.html'))) throw new Error('Chưa có addin/dist: chạy "npm run build" trước.');

  const cli = join(repo, 'packages/cli/dist/release/giaoban.mjs');
  if (!existsSync(cli)) throw new Error('Chưa có packages/cli/dist/release/giaoban.mjs: chạy "npm run build" trước.');

  const enc = new TextEncoder();
  const entries = {
    'giao-ban.html': new Uint8Array(readFileSync(html)),
    'giaoban.mjs': new Uint8Array(readFileSync(cli)),
  };
  for (const name of ['so-giao-ban-cong-an-tinh.xlsx', 'so-giao-ban-cong-an-xa.xlsx', 'so-theo-doi-giao-ban.xlsx']) {
    entries[name] = new Uint8Array(readFileSync(join(repo, 'examples', name)));
  }
  let addinNote;
  if (url) {
    // The deployment kit writes the production manifest and the zip of files to serve.
    const { packageAddin } = await import(join(repo, 'addin/scripts/package.mjs'));
    const tmp = mkdtempSync(join(tmpdir(), 'giaoban-release-'));
    try {
      const r = await packageAddin({ url, out: tmp, build: false });
      entries['addin/manifest.xml'] = new Uint8Array(readFileSync(r.manifest));
      for (const [name, bytes] of Object.entries(unzipSync(new Uint8Array(readFileSync(r.zip))))) entries[`addin/${name}`] = bytes;
      addinNote = `manifest.xml đã trỏ tới ${url} (phiên bản ${r.version}).`;
    } finally {
      rmSync(tmp, { recursive: true, force: true });
    }
  } else {
    for (const f of filesUnder(addinDist).filter((f) => !f.endsWith('.map'))) entries[`addin/${relative(addinDist, f).split('\\').join('/')}`] = new Uint8Array(readFileSync(f));
    entries['addin/manifest.xml'] = new Uint8Array(readFileSync(join(repo, 'manifest.xml')));
    addinNote = 'manifest.xml ở đây là bản thử (https://localhost:3000). Tạo bản cho máy chủ của đơn vị:\n     npm run addin:package -- --url https://<máy chủ>/<đường dẫn>/';
  }
  const deploy = join(repo, 'addin/DEPLOY.md');
  if (existsSync(deploy)) entries['addin/DEPLOY.md'] = new Uint8Array(readFileSync(deploy));
  const guide = readFileSync(join(app, 'HUONG-DAN.txt'), 'utf8').replace('{VERSION}', version).replace('{ADDIN_NOTE}', addinNote);
  // Windows Notepad reads UTF-8 with a BOM and CRLF line ends everywhere.
  entries['HUONG-DAN.txt'] = enc.encode('\uFEFF' + guide.replace(/\r?\n/g, '\r\n'));

  mkdirSync(out, { recursive: true });
  const path = join(out, `giao-ban-${version}.zip`);
  writeFileSync(path, zipSync(entries, { level: 9 }));
  return { path, entries: Object.keys(entries) };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === resolve(process.argv[1])) {
  const args = process.argv.slice(2);
  const opt = (name) => {
    const i = args.indexOf(`--${name}`);
    return i >= 0 ? args[i + 1] : args.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
  };
  try {
    const r = await writeRelease({ url: opt('url'), out: opt('out') ? resolve(process.cwd(), opt('out')) : undefined });
    console.log(`Đã ghi ${relative(process.cwd(), r.path)} (${r.entries.length} tệp).`);
  } catch (e) {
    console.error(e.message);
    process.exit(1);
  }
}
