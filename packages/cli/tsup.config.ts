import { copyFileSync, mkdirSync, readFileSync } from 'node:fs';
import { defineConfig, type Options } from 'tsup';

const { version } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as { version: string };
const EXAMPLES = ['so-giao-ban-cong-an-tinh.xlsx', 'so-giao-ban-cong-an-xa.xlsx', 'so-theo-doi-giao-ban.xlsx'];

/** Puts the example workbooks beside the built command, so `giaoban demo` runs wherever it is installed. */
function copyExample(dir: string): void {
  mkdirSync(new URL(`./${dir}/`, import.meta.url), { recursive: true });
  for (const name of EXAMPLES) copyFileSync(new URL(`../../examples/${name}`, import.meta.url), new URL(`./${dir}/${name}`, import.meta.url));
}

const common: Options = {
  format: ['esm'],
  platform: 'node',
  target: 'node20',
  // Everything is bundled — the workspace packages (not on the npm registry) and their dependencies —
  // so a packed `giaoban` installs and runs with Node alone, with no registry and no network.
  noExternal: [/./],
  define: { GIAOBAN_CLI_VERSION: JSON.stringify(version) },
  banner: {
    // Bundled CommonJS dependencies (ics, saxes) call require() for Node's own modules.
    js: "#!/usr/bin/env node\nimport { createRequire as __giaobanRequire } from 'node:module';\nconst require = __giaobanRequire(import.meta.url);",
  },
  sourcemap: false,
  esbuildOptions(options) {
    // Core's code-split entries keep a bare import of their shared chunk only to preserve import order; the
    // chunk is pure (core declares "sideEffects": false), so dropping that import is right and needs no warning.
    options.logOverride = { ...options.logOverride, 'ignored-bare-import': 'silent' };
  },
};

export default defineConfig([
  {
    // The package's command: code-split, so `giaoban --help` and `giaoban dates` load no spreadsheet code.
    // rollup-worker: the reading workers of `giaoban rollup` (worker_threads need a file of their own).
    ...common,
    entry: { giaoban: 'src/giaoban.ts', index: 'src/main.ts', 'rollup-worker': 'src/rollup/worker.ts' },
    outDir: 'dist',
    clean: ['!release/**'],
    splitting: true,
    onSuccess: async () => copyExample('dist'),
  },
  {
    // The release zip's one file, run as `node giaoban.mjs …` beside the offline app.
    ...common,
    entry: { giaoban: 'src/giaoban.ts' },
    outDir: 'dist/release',
    outExtension: () => ({ js: '.mjs' }),
    // The one file is also the roll-up's reading worker (no rollup-worker.js beside it).
    define: { ...common.define, GIAOBAN_ONE_FILE: 'true' },
    clean: true,
    splitting: false,
    onSuccess: async () => copyExample('dist/release'),
  },
]);
