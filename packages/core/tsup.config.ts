import { defineConfig } from 'tsup';

export default defineConfig({
  entry: { index: 'src/index.ts', 'calendar/index': 'src/calendar/index.ts' },
  format: ['esm', 'cjs'],
  dts: true,
  sourcemap: true,
  clean: true,
  treeshake: true,
  target: 'es2020',
  platform: 'neutral',
});
