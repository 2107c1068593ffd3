// Builds app/dist/giao-ban.html: the worker and the page bundled by esbuild, then
// inlined with the styles and the icon into one HTML file whose Content-Security-Policy
// allows exactly these inline blocks (by hash), a worker from a blob: URL, data:/blob:
// images, and no network connection of any kind.
import { build } from 'esbuild';
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const app = join(here, '..');
const root = join(app, '..');
const coreSrc = join(root, 'packages/core/src/index.ts');

const common = {
  bundle: true,
  write: false,
  format: 'iife',
  platform: 'browser',
  // Current Chrome, Edge, Firefox and Cốc Cốc (Chromium); no older engines to serve offline.
  target: ['chrome100', 'firefox100', 'edge100', 'safari15'],
  minify: true,
  legalComments: 'none',
  // The national catalogue of administrative units goes into the worker (old commune names read by date, the parent body).
  alias: { '@giaoban/core/catalogue': join(root, 'packages/core/src/catalogue.ts'), '@giaoban/core/internal': join(root, 'packages/core/src/internal.ts'), '@giaoban/core': coreSrc, '@giaoban/xlsx/any': join(root, 'packages/xlsx/src/any/index.ts'), '@giaoban/xlsx': join(root, 'packages/xlsx/src/index.ts'), '@giaoban/docx': join(root, 'packages/docx/src/index.ts'), '@giaoban/ics': join(root, 'packages/ics/src/index.ts') },
  logLevel: 'warning',
};

const workerOut = await build({ ...common, entryPoints: [join(app, 'src/worker.ts')] });
const workerJs = workerOut.outputFiles[0].text;
const mainOut = await build({ ...common, entryPoints: [join(app, 'src/main.ts')], define: { __WORKER_SOURCE__: JSON.stringify(workerJs) } });

/** Inline script text that cannot end the <script> element or open an HTML comment early. */
const safeScript = (js) => js.replace(/<\/(script)/gi, '<\\/$1').replace(/<!--/g, '<\\!--');
const script = safeScript(mainOut.outputFiles[0].text);
const style = readFileSync(join(app, 'src/styles.css'), 'utf8');
const sha = (text) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

// The icon: a calendar page with a star, as an SVG data URI (no file to load).
const icon =
  'data:image/svg+xml,' +
  encodeURIComponent(
    '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect x="3" y="5" width="26" height="24" rx="3" fill="#fff" stroke="#0b5cad" stroke-width="2"/><rect x="3" y="5" width="26" height="7" rx="3" fill="#c8102e"/><path d="M16 14.5l1.9 4 4.3.5-3.2 2.9.9 4.3-3.9-2.2-3.9 2.2.9-4.3-3.2-2.9 4.3-.5z" fill="#f0b400"/></svg>',
  );

const csp = [
  "default-src 'none'",
  `script-src ${sha(script)}`,
  `style-src ${sha(style)}`,
  'img-src data: blob:',
  'worker-src blob:',
  "connect-src 'none'",
  "font-src 'none'",
  "media-src 'none'",
  "object-src 'none'",
  "frame-src 'none'",
  "form-action 'none'",
  "base-uri 'none'",
].join('; ');

const template = readFileSync(join(app, 'src/index.html'), 'utf8');
const html = template
  .replace('__CSP__', csp)
  .replaceAll('__ICON__', icon)
  .replace('__STYLE__', () => style)
  .replace('__SCRIPT__', () => script);

const out = join(app, 'dist/giao-ban.html');
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, html);
console.log(`app/dist/giao-ban.html: ${(Buffer.byteLength(html) / 1024).toFixed(0)} KB`);
