import { defineConfig } from 'tsup';

export default defineConfig({
  entry: { index: 'src/index.ts' },
  format: ['esm'],
  dts: true,
  sourcemap: true,
  clean: true,
  treeshake: true,
  target: 'es2020',
  // Bytes in, bytes out: no Node API, so the same build runs in a browser.
  platform: 'neutral',
  external: ['@giaoban/core'],
});
