// https://localhost:3000 serving addin/dist with the Office developer certificate: office-addin-dev-certs
// (a pinned devDependency) creates a localhost certificate and installs its CA in the system's store on the
// first run (Windows asks to confirm), then reuses it.
import { createServer } from 'node:https';
import { readFile } from 'node:fs/promises';
import { extname, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import devCerts from 'office-addin-dev-certs';

const dist = fileURLToPath(new URL('../dist/', import.meta.url));
const { key, cert, ca } = await devCerts.getHttpsServerOptions();
const TYPES = { '.svg': 'image/svg+xml', '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8', '.json': 'application/json', '.png': 'image/png', '.map': 'application/json', '.xml': 'application/xml' };
const port = Number(process.env.PORT ?? 3000);
createServer({ key, cert, ca }, async (req, res) => {
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
