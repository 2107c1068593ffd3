import { defineConfig } from 'tsup';

export default defineConfig({
  entry: { index: 'src/index.ts' },
  format: ['esm', 'cjs'],
  dts: true,
  // No source maps: they tripled the published size of the libraries and the code is not minified.
  sourcemap: false,
  clean: true,
  treeshake: true,
  target: 'es2020',
  // No Node APIs: the CLI and the offline app share this bundle.
  platform: 'neutral',
  external: ['@giaoban/core'],
});
