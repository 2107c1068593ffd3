import { defineConfig } from 'tsup';

export default defineConfig({
  entry: { giaoban: 'src/giaoban.ts', index: 'src/main.ts' },
  format: ['esm'],
  platform: 'node',
  target: 'node20',
  clean: true,
  sourcemap: true,
  // The core is bundled in so the CLI runs from a fresh clone after one build.
  noExternal: ['@giaoban/core', '@giaoban/xlsx', '@giaoban/docx'],
  banner: ({ format }) => (format === 'esm' ? { js: '#!/usr/bin/env node' } : {}),
});
