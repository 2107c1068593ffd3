import { defineConfig } from 'tsup';

export default defineConfig({
  // internal: the unstable entry for the sibling packages (see src/internal.ts).
  entry: { index: 'src/index.ts', 'calendar/index': 'src/calendar/index.ts', internal: 'src/internal.ts', catalogue: 'src/catalogue.ts' },
  format: ['esm', 'cjs'],
  dts: true,
  sourcemap: true,
  clean: true,
  treeshake: true,
  target: 'es2020',
  platform: 'neutral',
});
