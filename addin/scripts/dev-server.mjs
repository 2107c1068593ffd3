// https://localhost:3000 serving addin/dist with the Office developer certificate
// (office-addin-dev-certs installs a trusted localhost certificate; run once).
import { createServer } from 'node:https';
import { readFile } from 'node:fs/promises';
import { execFileSync } from 'node:child_process';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { homedir } from 'node:os';
import { fileURLToPath } from 'node:url';

const dist = fileURLToPath(new URL('../dist/', import.meta.url));
const certDir = join(homedir(), '.office-addin-dev-certs');
let key, cert;
try {
  [key, cert] = await Promise.all([readFile(join(certDir, 'localhost.key')), readFile(join(certDir, 'localhost.crt'))]);
} catch {
  console.log('Cài chứng chỉ localhost (office-addin-dev-certs)… / Installing the localhost certificate…');
  // On Windows npx is npx.cmd, which only runs through a shell.
  execFileSync(process.platform === 'win32' ? 'npx.cmd' : 'npx', ['--yes', 'office-addin-dev-certs', 'install'], { stdio: 'inherit', shell: process.platform === 'win32' });
  [key, cert] = await Promise.all([readFile(join(certDir, 'localhost.key')), readFile(join(certDir, 'localhost.crt'))]);
}
const TYPES = { '.svg': 'image/svg+xml', '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8', '.json': 'application/json', '.png': 'image/png', '.map': 'application/json', '.xml': 'application/xml' };
const port = Number(process.env.PORT ?? 3000);
createServer({ key, cert }, async (req, res) => {
  const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'https://localhost').pathname)).replace(/^([/\\])+/, '');
  const file = resolve(dist, path || 'taskpane.html');
  // Serve only files inside addin/dist, whatever '..' the request holds (resolve() gives Windows separators on Windows).
  if (!file.startsWith(resolve(dist) + sep)) {
    res.writeHead(403).end('forbidden');
    return;
  }
  try {
    const body = await readFile(file);
    res.writeHead(200, { 'content-type': TYPES[extname(path)] ?? 'application/octet-stream', 'access-control-allow-origin': '*', 'cache-control': 'no-store' });
    res.end(body);
  } catch {
    res.writeHead(404).end('not found');
  }
}).listen(port, () => console.log(`https://localhost:${port}/taskpane.html`));
