import { defineConfig } from 'tsup';

export default defineConfig({
  entry: { index: 'src/index.ts', any: 'src/any/index.ts' },
  format: ['esm'],
  dts: true,
  // No source maps: they tripled the published size (5.5 MB unpacked) and the code is not minified.
  sourcemap: false,
  clean: true,
  treeshake: true,
  target: 'es2020',
  // Bytes in, bytes out: no Node API, so the same build runs in a browser.
  platform: 'neutral',
  // SheetJS is imported lazily by the `any` entry, for .xls and .ods only.
  external: ['@giaoban/core', '@e965/xlsx'],
});
