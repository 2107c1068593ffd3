// Issue 6: Excel traffic of each add-in command on the 100,000-row workbook through the
// in-memory Excel (context.sync() count, largest request, cells read/written), beside the
// same command on a 10-row workbook (the sync count may differ only by payload chunks),
// and the min+gz size of the built task pane bundle (office.js excluded).
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const cache = join(root, '.bench');

export default async () => {
  mkdirSync(cache, { recursive: true });
  const entry = join(cache, 'addin-bench.mjs');
  await build({
    entryPoints: [join(root, 'addin/test-support/benchEntry.ts')],
    bundle: true, platform: 'node', format: 'esm', outfile: entry, packages: 'external',
    alias: { '@giaoban/core': join(root, 'packages/core/src/index.ts') }, logLevel: 'error',
  });
  const m = await import(pathToFileURL(entry).href);
  const grids = {};
  for (const n of [10, 100_000]) {
    const file = join(cache, `addin-large-${n}.xlsx`);
    if (!existsSync(file)) await m.writeLargeWorkbook(file, { issues: n });
    grids[n] = await m.readWorkbookFile(file);
  }
  const rows = [];
  const commands = [
    ['Kiểm tra dữ liệu', (h) => m.validateCommand(h, {})],
    ['Kiểm tra + tô màu + danh sách chọn', (h) => m.validateCommand(h, { highlight: true, dropdowns: true })],
    ['Lập lịch giao ban (12 tháng)', (h) => m.planCommand(h, { months: 12 })],
    ['Tổng hợp', (h) => m.summarizeCommand(h, {})],
    ['Tạo sổ mẫu', (h) => m.templateCommand(h)],
  ];
  for (const [name, run] of commands) {
    const stats = {};
    for (const n of [10, 100_000]) {
      const fake = m.fakeFromGrid(grids[n]);
      const host = m.hostFor(fake);
      const t0 = performance.now();
      const r = await run(host);
      const ms = performance.now() - t0;
      stats[n] = { syncs: fake.stats.syncs, chunks: r.io.chunkSyncs, maxReq: Math.max(...fake.stats.requestBytes), maxResp: Math.max(...fake.stats.responseBytes), read: fake.stats.cellsRead, written: fake.stats.cellsWritten, ms };
    }
    const big = stats[100_000], small = stats[10];
    const fixedSame = big.syncs - big.chunks === small.syncs - small.chunks;
    rows.push({ issue: 6, metric: `${name}: context.sync() (100k rows; 10-row baseline)`, ours: big.syncs, baseline: small.syncs, target: `same except ${big.chunks} payload chunks`, ok: fixedSame });
    rows.push({ issue: 6, metric: `${name}: largest request bytes`, ours: big.maxReq, target: '< 4,194,304', ok: big.maxReq < 4 * 1024 * 1024 });
    rows.push({ issue: 6, metric: `${name}: largest response bytes`, ours: big.maxResp, target: '< 5,242,880', ok: big.maxResp < 5 * 1024 * 1024 });
    rows.push({ issue: 6, metric: `${name}: cells read / written`, ours: `${big.read} / ${big.written}` });
    rows.push({ issue: 6, metric: `${name}: time through the fake, ms (one run)`, ours: Math.round(big.ms) });
  }
  const bundle = join(root, 'addin/dist/taskpane.js');
  if (existsSync(bundle)) {
    const js = readFileSync(bundle);
    const gz = gzipSync(js, { level: 9 }).length;
    rows.push({ issue: 6, metric: 'task pane bundle min+gz KB (office.js excluded)', ours: +(gz / 1024).toFixed(1), baseline: +(js.length / 1024).toFixed(1), target: '≤ 150', ok: gz <= 150 * 1024 });
  } else rows.push({ issue: 6, metric: 'task pane bundle', ours: 'not built (npm run build -w @giaoban/addin)' });
  return rows;
};
