import { defineConfig } from 'tsup';

export default defineConfig({
  entry: { index: 'src/index.ts' },
  format: ['esm', 'cjs'],
  dts: true,
  sourcemap: true,
  clean: true,
  treeshake: true,
  target: 'es2020',
  // No Node APIs: the CLI and the offline app share this bundle.
  platform: 'neutral',
  external: ['@giaoban/core'],
});
