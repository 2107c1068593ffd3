import { defineConfig } from 'tsup';

export default defineConfig({
  entry: { index: 'src/index.ts' },
  format: ['esm', 'cjs'],
  dts: true,
  sourcemap: true,
  clean: true,
  treeshake: true,
  target: 'es2020',
  // No Node APIs: the same bundle runs in the offline app and the add-in.
  platform: 'neutral',
  external: ['docx', '@giaoban/core'],
});
