import { defineConfig } from 'tsup';

export default defineConfig({
  // rollup-worker: the reading workers of `giaoban rollup` (worker_threads need a file of their own).
  entry: { giaoban: 'src/giaoban.ts', index: 'src/main.ts', 'rollup-worker': 'src/rollup/worker.ts' },
  format: ['esm'],
  platform: 'node',
  target: 'node20',
  clean: true,
  sourcemap: true,
  // The core is bundled in so the CLI runs from a fresh clone after one build.
  noExternal: ['@giaoban/core', '@giaoban/xlsx', '@giaoban/docx'],
  banner: ({ format }) => (format === 'esm' ? { js: '#!/usr/bin/env node' } : {}),
});
