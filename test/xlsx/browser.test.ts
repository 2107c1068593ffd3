// @giaoban/xlsx in a browser: bundled for the browser platform (a Node built-in would fail the bundle),
// then in headless Chromium it reads the example workbook and writes a copy with a summary sheet,
// which Node reads back. Skipped where /usr/bin/chromium is absent (apt-get install -y chromium).
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { readXlsx } from '@giaoban/xlsx';
import { repoRoot } from './helpers.js';

const CHROMIUM = '/usr/bin/chromium';

describe.skipIf(!existsSync(CHROMIUM))('the package layer in a browser', () => {
  it('bundles without Node built-ins and reads and writes a workbook in Chromium', async () => {
    const bundle = await build({
      stdin: {
        contents: `export * from './packages/xlsx/src/index.ts'; export { buildRenderPlan, markerFor, findMarker } from './packages/core/src/index.ts';`,
        resolveDir: repoRoot,
        loader: 'ts',
      },
      bundle: true,
      format: 'iife',
      globalName: 'GB',
      platform: 'browser',
      write: false,
      logLevel: 'silent',
    });
    const code = bundle.outputFiles[0]!.text;
    const input = readFileSync(join(repoRoot, 'examples/so-theo-doi-giao-ban.xlsx')).toString('base64');
    const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--headless', '--no-sandbox', '--disable-gpu'] });
    try {
      const page = await browser.newPage();
      await page.addScriptTag({ content: code });
      const result = await page.evaluate(async (b64: string) => {
        const g = (globalThis as unknown as { GB: typeof import('../../packages/xlsx/src/index.js') & typeof import('../../packages/core/src/index.js') }).GB;
        const bytes = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
        const read = await g.readXlsx(bytes);
        const existing = read.sheets.map((s, i) => ({ name: s.name, marker: g.findMarker(read.grid.sheets[i]!.values), tables: s.tables }));
        const plan = g.buildRenderPlan(existing, [
          {
            name: 'Tổng hợp',
            kind: 'summary',
            cells: [['Tổng hợp trong trình duyệt', g.markerFor('summary')], ['Số trang', read.grid.sheets.length]],
            columnWidths: [30, 10],
            merges: [],
            styles: [{ range: 'A1', style: { bold: true } }],
            print: { orientation: 'portrait', paperSize: 'A4', fitToWidth: true },
            markerCell: 'B1',
          },
        ]);
        const out = await g.writeXlsx(bytes, plan);
        let s = '';
        for (const x of out) s += String.fromCharCode(x);
        return { names: read.grid.sheets.map((x) => x.name), out: btoa(s) };
      }, input);
      expect(result.names).toContain('Sổ giao ban');
      const back = await readXlsx(new Uint8Array(Buffer.from(result.out, 'base64')));
      expect(back.grid.sheets.map((s) => s.name)).toEqual([...result.names, 'Tổng hợp']);
      expect(back.grid.sheets.at(-1)!.values[1]).toEqual(['Số trang', result.names.length]);
    } finally {
      await browser.close();
    }
  }, 120_000);
});
