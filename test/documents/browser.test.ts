// @giaoban/docx in headless Chromium: the core and the writer bundled for the
// browser (esbuild, platform "browser": a Node built-in would fail the build),
// the papers of December 2025 built from the example workbook's grid, and the
// bytes read back in Node. Skipped where /usr/bin/chromium is absent.
import { describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { readWorkbookFile } from '../../packages/cli/src/xlsx/index.js';
import { readDocx } from './docxText.js';

const CHROMIUM = '/usr/bin/chromium';
const ROOT = process.cwd();

describe.skipIf(!existsSync(CHROMIUM))('papers in a browser (skipped where /usr/bin/chromium is absent: apt-get install -y chromium)', () => {
  it('builds the .docx bytes and a Blob in Chromium, the same documents as in Node', async () => {
    const bundle = await build({
      entryPoints: [join(ROOT, 'test/documents/browserEntry.ts')],
      bundle: true,
      format: 'iife',
      platform: 'browser',
      write: false,
      target: 'es2020',
      alias: { '@giaoban/core': join(ROOT, 'packages/core/src/index.ts'), '@giaoban/docx': join(ROOT, 'packages/docx/src/index.ts') },
    });
    const grid = await readWorkbookFile(join(ROOT, 'examples/so-theo-doi-giao-ban.xlsx'));
    const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
    try {
      const page = await browser.newPage();
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(String(e)));
      await page.setContent('<!doctype html><meta charset="utf-8"><title>giấy tờ</title>');
      await page.addScriptTag({ content: bundle.outputFiles[0]!.text });
      const result = await page.evaluate(
        ([g, m]) => (globalThis as unknown as { giaobanPapers: (g: unknown, m: string) => Promise<{ out: { name: string; bytes: number[]; blobSize: number; blobType: string }[]; mime: string }> }).giaobanPapers(g, m),
        [grid, '2025-12'] as const,
      );
      expect(errors).toEqual([]);
      expect(result.out.map((d) => d.name)).toEqual([
        'giay-moi_2025-12-15_vang-dan.docx',
        'giay-moi_2025-12-15_pa-tan.docx',
        'giay-moi_2025-12-15_nam-nhu.docx',
        'bien-ban_2025-12-15_vang-dan.docx',
        'bien-ban_2025-12-15_pa-tan.docx',
        'bien-ban_2025-12-15_nam-nhu.docx',
        'bao-cao_thang-12-2025.docx',
      ]);
      for (const d of result.out) {
        expect(d.blobType).toBe(result.mime);
        // A second packing of the same model (its timestamps may differ by a few bytes).
        expect(Math.abs(d.blobSize - d.bytes.length)).toBeLessThan(64);
        const text = readDocx(Uint8Array.from(d.bytes)).paragraphs.join('\n');
        expect(text).toContain('CÔNG AN HUYỆN NẬM PỒ');
        expect(text).toContain('Độc lập - Tự do - Hạnh phúc');
      }
    } finally {
      await browser.close();
    }
  });
});
