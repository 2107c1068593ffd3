// Deployment kit for a unit's IT person:
//   npm run addin:package -- --url https://may-chu.cong-an.local/giaoban/ [--version 1.2.0.0] [--out release/addin]
// writes release/addin/manifest.xml (every URL under that base, no localhost, version bumped,
// validated against Microsoft's XSD when ../shared/office-manifest-xsd is present) and
// release/addin/giaoban-addin.zip (the files to serve at that base: addin/dist without source maps).
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { zipSync } from 'fflate';

const here = dirname(fileURLToPath(import.meta.url));
const repo = resolve(here, '../..');
const DEV_BASE = 'https://localhost:3000/';

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

/**
 * The production manifest: every development URL moved under `base`, the version bumped.
 * @returns {{ xml: string, version: string }}
 */
export function productionManifest(devXml, base, { version, previous } = {}) {
  const origin = base.origin;
  let next = version;
  if (!next) {
    // One more than both the repository's manifest and the last package, so Office sees an update.
    const start = previous && greater(versionOf(previous), versionOf(devXml)) ? versionOf(previous) : versionOf(devXml);
    const p = parts(start);
    while (p.length < 4) p.push(0);
    p[3] += 1;
    next = p.join('.');
  }
  if (!/^\d+\.\d+\.\d+\.\d+$/.test(next)) throw new Error(`Phiên bản phải có dạng a.b.c.d (vd. 1.0.0.3): "${next}".`);
  if (previous && !greater(next, versionOf(previous))) throw new Error(`Phiên bản ${next} phải lớn hơn bản đã đóng gói trước (${versionOf(previous)}), nếu không Office không cập nhật.`);
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

/** Validates a manifest against OfficeAppManifestV1_1.xsd; returns the errors (empty when valid) or null without the XSDs. */
export async function validateManifest(xml, xsdDir = resolve(repo, '../shared/office-manifest-xsd')) {
  if (!existsSync(join(xsdDir, 'OfficeAppManifestV1_1.xsd'))) return null;
  const { validateXML } = await import('xmllint-wasm');
  const main = 'OfficeAppManifestV1_1.xsd';
  const result = await validateXML({
    xml: [{ fileName: 'manifest.xml', contents: xml }],
    schema: [{ fileName: main, contents: readFileSync(join(xsdDir, main), 'utf8') }],
    preload: readdirSync(xsdDir).filter((f) => f.endsWith('.xsd') && f !== main).map((f) => ({ fileName: f, contents: readFileSync(join(xsdDir, f), 'utf8') })),
  });
  return result.errors.map((e) => e.rawMessage);
}

/**
 * Writes the manifest and the zip.
 * @returns {Promise<{ manifest: string, zip: string, version: string, files: string[], xsd: string[] | null }>}
 */
export async function packageAddin({ url, version, out = join(repo, 'release/addin'), dist = join(repo, 'addin/dist'), manifestPath = join(repo, 'manifest.xml'), build = true }) {
  const base = checkBaseUrl(url);
  if (build && !existsSync(join(dist, 'taskpane.js'))) execFileSync(process.platform === 'win32' ? 'npm.cmd' : 'npm', ['run', 'build', '-w', '@giaoban/addin'], { cwd: repo, stdio: 'inherit', shell: process.platform === 'win32' });
  mkdirSync(out, { recursive: true });
  const previousPath = join(out, 'manifest.xml');
  const previous = existsSync(previousPath) ? readFileSync(previousPath, 'utf8') : undefined;
  const { xml, version: v } = productionManifest(readFileSync(manifestPath, 'utf8'), base, { version, previous });
  if (/localhost/i.test(xml)) throw new Error('Manifest vẫn còn địa chỉ localhost.');
  const xsd = await validateManifest(xml);
  if (xsd && xsd.length) throw new Error(`Manifest không hợp lệ theo XSD của Microsoft:\n${xsd.join('\n')}`);
  // Every file the manifest names must be in the package.
  const files = filesUnder(dist).filter((f) => !f.endsWith('.map'));
  const names = files.map((f) => relative(dist, f).split('\\').join('/'));
  for (const [, path] of xml.matchAll(/"(https:\/\/[^"]+)"/g)) {
    if (!path.startsWith(base.href)) continue;
    const rel = path.slice(base.href.length).split('?')[0];
    if (rel && !names.includes(rel)) throw new Error(`Manifest trỏ tới ${rel} nhưng addin/dist không có tệp đó (chạy npm run build -w @giaoban/addin).`);
  }
  const zip = zipSync(Object.fromEntries(files.map((f, i) => [names[i], new Uint8Array(readFileSync(f))])), { level: 9 });
  writeFileSync(previousPath, xml);
  writeFileSync(join(out, 'giaoban-addin.zip'), zip);
  return { manifest: previousPath, zip: join(out, 'giaoban-addin.zip'), version: v, files: names, xsd };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === resolve(process.argv[1])) {
  const args = process.argv.slice(2);
  const opt = (name) => {
    const i = args.indexOf(`--${name}`);
    return i >= 0 ? args[i + 1] : args.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
  };
  const url = opt('url');
  if (!url) {
    console.error('Cách dùng: npm run addin:package -- --url https://<máy chủ>/<đường dẫn>/ [--version a.b.c.d] [--out thư-mục]');
    process.exit(2);
  }
  try {
    const r = await packageAddin({ url, version: opt('version'), out: opt('out') ? resolve(opt('out')) : undefined });
    console.log(`Đã ghi ${relative(process.cwd(), r.manifest)} (phiên bản ${r.version}${r.xsd ? ', hợp lệ theo XSD' : ', chưa kiểm tra XSD: thiếu ../shared/office-manifest-xsd'})`);
    console.log(`Đã ghi ${relative(process.cwd(), r.zip)} (${r.files.length} tệp): giải nén vào thư mục được phục vụ tại ${checkBaseUrl(url).href}`);
    console.log('Xem addin/DEPLOY.md để triển khai.');
  } catch (e) {
    console.error(e.message);
    process.exit(1);
  }
}
