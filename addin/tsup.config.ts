import { defineConfig } from 'tsup';
import { fileURLToPath } from 'node:url';

// The core is bundled from its source (tree-shaken), so the add-in needs no prior core build.
const coreSrc = fileURLToPath(new URL('../packages/core/src/index.ts', import.meta.url));
// The national catalogue goes into functions.js only (GIAOBAN.XA); the task pane never imports it.
const catalogueSrc = fileURLToPath(new URL('../packages/core/src/catalogue.ts', import.meta.url));

// Three IIFE bundles for the browser; office.js is loaded from Microsoft's CDN by the HTML pages, never bundled.
export default defineConfig({
  entry: {
    taskpane: 'src/taskpane/taskpane.ts',
    commands: 'src/commands/ribbon.ts',
    functions: 'src/functions/register.ts',
  },
  format: ['iife'],
  outExtension: () => ({ js: '.js' }),
  platform: 'browser',
  target: 'es2019',
  minify: true,
  sourcemap: true,
  clean: true,
  outDir: 'dist',
  noExternal: [/.*/],
  splitting: false,
  treeshake: true,
  esbuildOptions(o) {
    o.alias = { '@giaoban/core/catalogue': catalogueSrc, '@giaoban/core': coreSrc };
  },
});
