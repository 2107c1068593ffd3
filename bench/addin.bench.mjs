// Excel traffic of each add-in command on the 100,000-row workbook through the in-memory Excel
// (context.sync() count as "fixed + payload chunks", largest request, cells read/written), beside the
// same command on a 10-row workbook (the fixed part must be equal); 60,000 findings written under Excel
// on the web's 5 MB request limit; Kiểm tra dữ liệu at 1k, 10k, 60k and 200k findings through
// Microsoft's real Excel web client beside the in-memory Excel's count (GIAOBAN_BENCH_FINDINGS=1000,10000
// for a shorter run); and the min+gz size of the built task pane bundle (office.js excluded).
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
    rows.push({ metric: `${name}: context.sync() fixed + payload chunks (100k rows; 10-row baseline)`, ours: `${big.syncs - big.chunks} + ${big.chunks}`, baseline: `${small.syncs - small.chunks} + ${small.chunks}`, target: 'same fixed part', ok: fixedSame });
    rows.push({ metric: `${name}: largest request bytes`, ours: big.maxReq, target: '< 4,194,304', ok: big.maxReq < 4 * 1024 * 1024 });
    rows.push({ metric: `${name}: largest response bytes`, ours: big.maxResp, target: '< 5,242,880', ok: big.maxResp < 5 * 1024 * 1024 });
    rows.push({ metric: `${name}: cells read / written`, ours: `${big.read} / ${big.written}` });
    rows.push({ metric: `${name}: time through the fake, ms (one run)`, ours: Math.round(big.ms) });
  }
  {
    // 60,000 findings: the findings sheet written through a 5 MB request limit (values and formats chunked).
    const findings = Array.from({ length: 60_000 }, (_, i) => ({ severity: i % 3 ? 'warning' : 'error', code: 'date.invalid', sheet: 'Ý kiến phản ánh', cell: `C${i + 5}`, message: `Ngày "31/02/2018" không có trong lịch — dòng ${i + 5}`, messageEn: 'Invalid date', suggestion: 'Sửa thành 28/02/2018', suggestionEn: 'Use 28/02/2018' }));
    const fake = new m.FakeExcelHost({ apiVersion: '1.17' });
    fake.addSheet('Ý kiến phản ánh', [['Nội dung']]);
    const host = m.hostFor(fake);
    const io = m.emptyIo();
    const t0 = performance.now();
    await host.run((ctx) => m.writeSheetModels(ctx, host.capabilities, [{ name: 'Ý kiến phản ánh', marker: null }], [m.buildFindingsSheet(findings, {})], {}, io));
    const ms = performance.now() - t0;
    const maxReq = Math.max(...fake.stats.requestBytes);
    rows.push({ metric: '60,000 findings written: context.sync() fixed + payload chunks', ours: `${io.syncs - io.chunkSyncs} + ${io.chunkSyncs}` });
    rows.push({ metric: '60,000 findings written: largest request bytes', ours: maxReq, target: '< 5,242,880', ok: maxReq < 5 * 1024 * 1024 });
    rows.push({ metric: '60,000 findings written: time through the fake, ms (one run)', ours: Math.round(ms) });
  }
  {
    // Kiểm tra dữ liệu by findings count, measured by Microsoft's Excel web client (@microsoft/office-js, the requests
    // it posts, clean-up requests included) beside the in-memory Excel's own count of the same batches.
    const counts = (process.env.GIAOBAN_BENCH_FINDINGS ?? '1000,10000,60000,200000').split(',').map(Number);
    const MB = (b) => +(b / 1024 / 1024).toFixed(2);
    for (const n of counts) {
      const grid = m.findingsGrid(n);
      const real = new m.RealExcelClientHost(m.fakeFromGrid(grid));
      const t0 = performance.now();
      const r = await m.validateCommand(real.host(), {});
      const ms = performance.now() - t0;
      const fake = m.fakeFromGrid(grid);
      await m.validateCommand(m.hostFor(fake), {});
      const sent = real.requests;
      const largest = real.largestRequest();
      const label = `Kiểm tra dữ liệu, ${n.toLocaleString('en')} issue rows (${r.findings.length.toLocaleString('en')} findings)`;
      rows.push({ metric: `${label}: syncs + clean-up requests (real client; fake)`, ours: `${real.batchRequests().length} + ${sent.filter((q) => q.cleanup).length}`, baseline: `${fake.stats.syncs} + ${fake.stats.cleanupBytes.length}` });
      rows.push({ metric: `${label}: largest request MB, as posted (real client; fake body)`, ours: MB(largest), baseline: MB(Math.max(...fake.stats.requestBytes, ...fake.stats.cleanupBytes)), target: '≤ 4', ok: largest <= 4 * 1024 * 1024 });
      rows.push({ metric: `${label}: all requests MB (real client body; fake)`, ours: MB(sent.reduce((a, q) => a + q.bodyBytes, 0)), baseline: MB(fake.stats.requestBytes.reduce((a, b) => a + b, 0) + fake.stats.cleanupBytes.reduce((a, b) => a + b, 0)) });
      rows.push({ metric: `${label}: time through the real client, s (one run)`, ours: +(ms / 1000).toFixed(1) });
    }
  }
  const bundle = join(root, 'addin/dist/taskpane.js');
  if (existsSync(bundle)) {
    const js = readFileSync(bundle);
    const gz = gzipSync(js, { level: 9 }).length;
    rows.push({ metric: 'task pane bundle min+gz KB (office.js excluded)', ours: +(gz / 1024).toFixed(1), baseline: +(js.length / 1024).toFixed(1), target: '≤ 150', ok: gz <= 150 * 1024 });
  } else rows.push({ metric: 'task pane bundle', ours: 'not built (npm run build -w @giaoban/addin)' });
  return rows;
};
