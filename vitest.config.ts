import { defineConfig } from 'vitest/config';
import { fileURLToPath } from 'node:url';

const src = (p: string) => fileURLToPath(new URL(p, import.meta.url));

export default defineConfig({
  resolve: {
    alias: [
      { find: /^@giaoban\/core\/calendar$/, replacement: src('./packages/core/src/calendar/index.ts') },
      { find: /^@giaoban\/core\/catalogue$/, replacement: src('./packages/core/src/catalogue.ts') },
      { find: /^@giaoban\/core\/internal$/, replacement: src('./packages/core/src/internal.ts') },
      { find: /^@giaoban\/core$/, replacement: src('./packages/core/src/index.ts') },
      { find: /^@giaoban\/xlsx\/any$/, replacement: src('./packages/xlsx/src/any/index.ts') },
      { find: /^@giaoban\/xlsx$/, replacement: src('./packages/xlsx/src/index.ts') },
      { find: /^@giaoban\/docx$/, replacement: src('./packages/docx/src/index.ts') },
    ],
  },
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
    setupFiles: ['test/setup/fastCheck.ts'],
    // The JSON report lets .ci/run print one plain closing line ('N passed, N failed').
    reporters: ['default', ['json', { outputFile: 'test/.tmp/vitest-report.json' }]],
  },
});
