// Deployment kit for a unit's IT person:
//   npm run addin:package -- --url https://may-chu.cong-an.local/giaoban/ [--office-js local] [--version 1.2.0.0] [--out release/addin] [--xsd DIR]
//   npm run addin:package -- --verify release/addin/giaoban-addin.zip [--office-js local]
// Rebuilds the add-in (and the offline app it serves), then writes release/addin/manifest.xml (every URL under
// that base, the production Id and name of addin/release.json, the next version, validated against Microsoft's
// XSD) and release/addin/giaoban-addin.zip (the files to serve), and prints the zip's SHA-256. The version comes
// from addin/release.json, which the command raises: commit it, so the next package from any clone is higher.
// `--office-js local` also puts office.js and the scripts it loads (from @microsoft/office-js) in the zip and
// points the pages at them, for networks without Internet. `--verify` rebuilds and fails if a zip differs.
import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { unzipSync, zipSync } from 'fflate';

const here = dirname(fileURLToPath(import.meta.url));
const repo = resolve(here, '../..');
const require = createRequire(import.meta.url);
const DEV_BASE = 'https://localhost:3000/';
const CDN = 'https://appsforoffice.microsoft.com/lib/1/hosted/';
/** Where the local build serves Microsoft's scripts, under the add-in's base. */
export const LOCAL_OFFICE_DIR = 'office-js';
export const RELEASE_FILE = join(repo, 'addin/release.json');

/** A deployment base URL as the manifest needs it, or a Vietnamese explanation. */
export function checkBaseUrl(raw) {
  let u;
  try {
    u = new URL(raw);
  } catch {
    throw new Error(`Địa chỉ không hợp lệ: "${raw}". Ví dụ: --url https://may-chu.donvi.local/giaoban/`);
  }
  if (u.protocol !== 'https:') throw new Error(`Office chỉ nạp phần bổ trợ qua HTTPS; "${raw}" không phải https://.`);
  if (/^(localhost|127\.|\[::1\])/i.test(u.hostname)) throw new Error(`"${u.hostname}" chỉ dùng khi phát triển; hãy dùng tên máy chủ mà các máy trong đơn vị truy cập được.`);
  if (u.search || u.hash) throw new Error(`Địa chỉ gốc không được có ?… hay #…: "${raw}".`);
  if (!u.pathname.endsWith('/')) u.pathname += '/';
  return u;
}

/** "0.1.0.7" → [0,1,0,7] */
const parts = (v) => v.split('.').map(Number);
const greater = (a, b) => {
  const x = parts(a), y = parts(b);
  for (let i = 0; i < 4; i++) if ((x[i] ?? 0) !== (y[i] ?? 0)) return (x[i] ?? 0) > (y[i] ?? 0);
  return false;
};
const versionOf = (xml) => /<Version>([\d.]+)<\/Version>/.exec(xml)?.[1] ?? '0.0.0.0';
const highest = (...vs) => vs.filter(Boolean).reduce((a, b) => (greater(b, a) ? b : a), '0.0.0.0');

/**
 * The production manifest: every development URL moved under `base`, the version set.
 * The version is one more than the highest of the committed release version, the previous package and the
 * development manifest, unless `version` is given (it must still be higher than the previous package).
 * @returns {{ xml: string, version: string }}
 */
export function productionManifest(devXml, base, { version, previous, released } = {}) {
  const origin = base.origin;
  let next = version;
  if (!next) {
    const p = parts(highest(versionOf(devXml), previous && versionOf(previous), released));
    while (p.length < 4) p.push(0);
    p[3] += 1;
    next = p.join('.');
  }
  if (!/^\d+\.\d+\.\d+\.\d+$/.test(next)) throw new Error(`Phiên bản phải có dạng a.b.c.d (vd. 1.0.0.3): "${next}".`);
  const floor = highest(previous && versionOf(previous), released);
  if (floor !== '0.0.0.0' && !greater(next, floor)) throw new Error(`Phiên bản ${next} phải lớn hơn bản đã đóng gói trước (${floor}), nếu không Office không cập nhật.`);
  const xml = devXml
    .replace(/<!--[\s\S]*?-->\n?/, `<!-- Giao ban cơ sở — manifest for ${base.href} (npm run addin:package). -->\n`)
    .split(DEV_BASE).join(base.href)
    .replace(`<AppDomain>${DEV_BASE.replace(/\/$/, '')}</AppDomain>`, `<AppDomain>${origin}</AppDomain>`)
    .replace(/<Version>[\d.]+<\/Version>/, `<Version>${next}</Version>`);
  return { xml, version: next };
}

function filesUnder(dir) {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? filesUnder(p) : [p];
  });
}

/**
 * The folder of Microsoft's manifest schemas (OfficeAppManifestV1_1.xsd and the files it includes): `--xsd`,
 * else GIAOBAN_MANIFEST_XSD, else `shared/office-manifest-xsd` beside this checkout or beside the main checkout
 * of a git worktree. No npm package ships them.
 * @throws Error naming where to put them when none is found (the check never skips silently)
 */
export function findXsdDir(explicit = process.env.GIAOBAN_MANIFEST_XSD) {
  const candidates = [explicit, resolve(repo, '../shared/office-manifest-xsd')];
  try {
    const common = execFileSync('git', ['rev-parse', '--path-format=absolute', '--git-common-dir'], { cwd: repo, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    candidates.push(resolve(dirname(common), '../shared/office-manifest-xsd'));
  } catch {
    /* not a git checkout: the other places only */
  }
  const found = candidates.find((d) => d && existsSync(join(d, 'OfficeAppManifestV1_1.xsd')));
  if (found) return found;
  throw new Error(
    'Không tìm thấy lược đồ XSD của Microsoft cho manifest (OfficeAppManifestV1_1.xsd và các tệp đi kèm), nên không kiểm tra được manifest. ' +
      'Chép thư mục lược đồ (phụ lục A của đặc tả [MS-OWEMXML], hoặc thư mục Xml\\Schemas của Visual Studio có công cụ Office) rồi chỉ tới nó bằng --xsd THƯ-MỤC ' +
      'hoặc biến môi trường GIAOBAN_MANIFEST_XSD, hoặc đặt ở shared/office-manifest-xsd cạnh thư mục mã nguồn.\n' +
      "Microsoft's manifest schemas (OfficeAppManifestV1_1.xsd and its includes) were not found, so the manifest cannot be checked. " +
      'Point --xsd DIR or GIAOBAN_MANIFEST_XSD at a folder holding them ([MS-OWEMXML] Appendix A), or put them in shared/office-manifest-xsd beside the checkout.',
  );
}

/**
 * Validates a manifest against OfficeAppManifestV1_1.xsd.
 * @returns {Promise<string[]>} the errors (empty when valid)
 * @throws Error when the schemas cannot be found (see findXsdDir)
 */
export async function validateManifest(xml, xsdDir = findXsdDir()) {
  const { validateXML } = await import('xmllint-wasm');
  const main = 'OfficeAppManifestV1_1.xsd';
  const result = await validateXML({
    xml: [{ fileName: 'manifest.xml', contents: xml }],
    schema: [{ fileName: main, contents: readFileSync(join(xsdDir, main), 'utf8') }],
    preload: readdirSync(xsdDir).filter((f) => f.endsWith('.xsd') && f !== main).map((f) => ({ fileName: f, contents: readFileSync(join(xsdDir, f), 'utf8') })),
  });
  return result.errors.map((e) => e.rawMessage);
}

/** Microsoft's scripts the local build serves: office.js, the Excel host scripts and strings it loads, the custom-functions runtime. */
export function officeJsFiles() {
  const dist = dirname(require.resolve('@microsoft/office-js/dist/office.js'));
  const wanted = (rel) =>
    !rel.includes('.debug') &&
    (/^(office|custom-functions-runtime|o15apptofilemappingtable|es6-promise)\.js$/.test(rel) ||
      /^excel[^/]*\.js$/.test(rel) ||
      /^telemetry\/oteljs(_agave)?\.js$/.test(rel) ||
      /^ariatelemetry\/[^/]+\.js$/.test(rel) ||
      /^[a-z]{2,3}(-[a-z0-9]+)*\/office_strings\.js$/.test(rel));
  const out = {};
  for (const f of filesUnder(dist)) {
    const rel = relative(dist, f).split('\\').join('/');
    if (wanted(rel)) out[`${LOCAL_OFFICE_DIR}/${rel}`] = new Uint8Array(readFileSync(f));
  }
  out[`${LOCAL_OFFICE_DIR}/LICENSE.md`] = new Uint8Array(readFileSync(join(dist, '../LICENSE.md')));
  return out;
}

/** The files to serve: addin/dist without source maps; with `local`, the pages load office.js from the package. */
export function packageFiles(dist, officeJs = 'cdn') {
  const files = {};
  for (const f of filesUnder(dist)) {
    const name = relative(dist, f).split('\\').join('/');
    if (name.endsWith('.map')) continue;
    let bytes = new Uint8Array(readFileSync(f));
    if (officeJs === 'local' && name.endsWith('.html')) {
      const html = new TextDecoder().decode(bytes);
      bytes = new TextEncoder().encode(html.split(CDN).join(`${LOCAL_OFFICE_DIR}/`));
    }
    files[name] = bytes;
  }
  if (officeJs === 'local') Object.assign(files, officeJsFiles());
  return files;
}

const npm = (args) => execFileSync(process.platform === 'win32' ? 'npm.cmd' : 'npm', args, { cwd: repo, stdio: 'inherit', shell: process.platform === 'win32' });
/** A fresh build of what the zip holds: the offline app (served beside the add-in), then the add-in. */
function rebuild() {
  // Both bundle the core and the packages from their sources: nothing else needs building first.
  npm(['run', 'build', '-w', '@giaoban/app']);
  npm(['run', 'build', '-w', '@giaoban/addin']);
}
const sha256 = (bytes) => createHash('sha256').update(bytes).digest('hex');
/** Fixed timestamps, so the same files always make the same zip. */
const ZIP_TIME = new Date('2020-01-01T00:00:00Z');
const zipOf = (files) => zipSync(Object.fromEntries(Object.keys(files).sort().map((k) => [k, [files[k], { mtime: ZIP_TIME }]])), { level: 9 });

/**
 * Writes the manifest and the zip; raises the version in addin/release.json (or `releaseFile`, or GIAOBAN_RELEASE_FILE:
 * tests point it at a copy).
 * @returns {Promise<{ manifest: string, zip: string, version: string, files: string[], sha256: string, officeJs: string }>}
 */
export async function packageAddin({ url, version, officeJs = 'cdn', out = join(repo, 'release/addin'), dist = join(repo, 'addin/dist'), manifestPath = join(repo, 'manifest.xml'), releaseFile = process.env.GIAOBAN_RELEASE_FILE || RELEASE_FILE, build = true, xsd }) {
  const base = checkBaseUrl(url);
  if (officeJs !== 'cdn' && officeJs !== 'local') throw new Error(`--office-js phải là cdn (mặc định) hoặc local: "${officeJs}".`);
  const xsdDir = findXsdDir(xsd); // before the slow build: a missing schema stops here
  if (build) rebuild();
  mkdirSync(out, { recursive: true });
  const previousPath = join(out, 'manifest.xml');
  const previous = existsSync(previousPath) ? readFileSync(previousPath, 'utf8') : undefined;
  const release = JSON.parse(readFileSync(releaseFile, 'utf8'));
  const dev = readFileSync(manifestPath, 'utf8');
  const { xml: moved, version: v } = productionManifest(dev, base, { version, previous, released: release.version });
  // The production Id and name (never the development manifest's: Office would take one for the other).
  const { OfficeAddinManifest } = require('office-addin-manifest');
  const work = mkdtempSync(join(tmpdir(), 'giaoban-manifest-'));
  let xml;
  try {
    const file = join(work, 'manifest.xml');
    writeFileSync(file, moved);
    await OfficeAddinManifest.modifyManifestFile(file, release.id, release.displayName);
    xml = readFileSync(file, 'utf8');
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
  if (/localhost/i.test(xml)) throw new Error('Manifest vẫn còn địa chỉ localhost.');
  if (xml.includes(/<Id>([^<]+)<\/Id>/.exec(dev)[1])) throw new Error('Manifest sản xuất trùng Id với manifest phát triển.');
  const errors = await validateManifest(xml, xsdDir);
  if (errors.length) throw new Error(`Manifest không hợp lệ theo XSD của Microsoft:\n${errors.join('\n')}`);
  const files = packageFiles(dist, officeJs);
  const names = Object.keys(files);
  // Every file the manifest names must be in the package.
  for (const [, path] of xml.matchAll(/"(https:\/\/[^"]+)"/g)) {
    if (!path.startsWith(base.href)) continue;
    const rel = path.slice(base.href.length).split('?')[0];
    if (rel && !names.includes(rel)) throw new Error(`Manifest trỏ tới ${rel} nhưng addin/dist không có tệp đó (chạy npm run build -w @giaoban/addin).`);
  }
  const zip = zipOf(files);
  writeFileSync(previousPath, xml);
  const zipPath = join(out, 'giaoban-addin.zip');
  writeFileSync(zipPath, zip);
  writeFileSync(releaseFile, `${JSON.stringify({ ...release, version: v }, null, 2)}\n`);
  return { manifest: previousPath, zip: zipPath, version: v, files: names.sort(), sha256: sha256(zip), officeJs };
}

/**
 * Rebuilds and compares: the files of `zipPath` must be exactly those of a fresh build.
 * @returns {{ same: boolean, differ: string[] }} the names that are missing, extra or different
 */
export function verifyPackage({ zipPath, officeJs = 'cdn', dist = join(repo, 'addin/dist'), build = true }) {
  if (build) rebuild();
  const fresh = packageFiles(dist, officeJs);
  const packed = unzipSync(new Uint8Array(readFileSync(zipPath)));
  const differ = [...new Set([...Object.keys(fresh), ...Object.keys(packed)])]
    .filter((n) => !fresh[n] || !packed[n] || sha256(fresh[n]) !== sha256(packed[n]))
    .sort();
  return { same: differ.length === 0, differ };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === resolve(process.argv[1])) {
  const args = process.argv.slice(2);
  const opt = (name) => {
    const i = args.indexOf(`--${name}`);
    return i >= 0 ? args[i + 1] : args.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
  };
  const url = opt('url');
  const verify = opt('verify');
  if (!url && !verify) {
    console.error('Cách dùng: npm run addin:package -- --url https://<máy chủ>/<đường dẫn>/ [--office-js cdn|local] [--version a.b.c.d] [--out thư-mục] [--xsd thư-mục]\n           npm run addin:package -- --verify release/addin/giaoban-addin.zip [--office-js cdn|local]');
    process.exit(2);
  }
  try {
    if (verify) {
      const r = verifyPackage({ zipPath: resolve(verify), officeJs: opt('office-js') ?? 'cdn' });
      if (!r.same) {
        console.error(`${verify} khác bản dựng mới (${r.differ.length} tệp): ${r.differ.join(', ')}`);
        process.exit(1);
      }
      console.log(`${verify} đúng bằng bản dựng mới (SHA-256 ${sha256(readFileSync(verify))}).`);
    } else {
      const r = await packageAddin({ url, version: opt('version'), officeJs: opt('office-js') ?? 'cdn', out: opt('out') ? resolve(opt('out')) : undefined, xsd: opt('xsd') });
      console.log(`Đã ghi ${relative(process.cwd(), r.manifest)} (phiên bản ${r.version}, hợp lệ theo XSD của Microsoft)`);
      console.log(`Đã ghi ${relative(process.cwd(), r.zip)} (${r.files.length} tệp${r.officeJs === 'local' ? ', kèm office.js cho mạng không có Internet' : ''}): giải nén vào thư mục được phục vụ tại ${checkBaseUrl(url).href}`);
      console.log(`SHA-256 ${r.sha256}  giaoban-addin.zip`);
      console.log(`addin/release.json giờ ghi phiên bản ${r.version}: hãy commit tệp này để lần đóng gói sau (ở bất kỳ bản sao mã nguồn nào) lớn hơn.`);
      console.log('Xem addin/DEPLOY.md để triển khai.');
    }
  } catch (e) {
    console.error(e.message);
    process.exit(1);
  }
}
