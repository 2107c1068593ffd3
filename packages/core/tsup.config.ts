import { defineConfig } from 'tsup';

export default defineConfig({
  // internal: the unstable entry for the sibling packages (see src/internal.ts).
  entry: { index: 'src/index.ts', 'calendar/index': 'src/calendar/index.ts', internal: 'src/internal.ts', catalogue: 'src/catalogue.ts' },
  format: ['esm', 'cjs'],
  dts: true,
  // No source maps: they tripled the published size (5.5 MB unpacked) and the code is not minified.
  sourcemap: false,
  clean: true,
  treeshake: true,
  target: 'es2020',
  platform: 'neutral',
});
