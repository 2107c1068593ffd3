import { defineConfig } from 'vitest/config';

// `npm run newcomer`: the first hour of a newcomer on a fresh clone (test/newcomer/), minutes long,
// so apart from `npm test`; .ci/run runs it after the suite.
export default defineConfig({
  test: {
    include: ['test/newcomer/**/*.e2e.ts'],
    testTimeout: 20 * 60_000,
    hookTimeout: 5 * 60_000,
    pool: 'forks',
    fileParallelism: false,
  },
});
