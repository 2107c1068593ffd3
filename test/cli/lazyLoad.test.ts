// `giaoban --help` and `giaoban dates 2026` must not load the spreadsheet libraries
// (exceljs, ics, fflate, the coming @giaoban/xlsx). Runs the BUILT command (`npm test` builds
// first) with a module-resolution hook that logs every module the process loads.
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { tmpDir } from '../xlsx/helpers.js';

const root = process.cwd();
const bin = join(root, 'packages/cli/bin/giaoban.js');
const HEAVY = /[\\/]node_modules[\\/](?:exceljs|ics|fflate|jszip|saxes|docx|@giaoban[\\/]xlsx)[\\/]|[\\/]packages[\\/]xlsx[\\/]|[\\/]dist[\\/](?:xlsx|planIcs)-[^/\\]*\.js$/;

function loadedBy(...args: string[]): { code: number | null; modules: string[]; stdout: string } {
  const dir = tmpDir('lazy-load');
  const log = join(dir, 'modules.log');
  writeFileSync(log, '');
  const hooks = join(dir, 'hooks.mjs');
  writeFileSync(
    hooks,
    `import { appendFileSync } from 'node:fs';
let log;
export function initialize(data) { log = data.log; }
export async function resolve(specifier, context, next) {
  const r = await next(specifier, context);
  appendFileSync(log, r.url + '\\n');
  return r;
}
`,
  );
  const register = join(dir, 'register.mjs');
  writeFileSync(register, `import { register } from 'node:module';\nregister(${JSON.stringify(pathToFileURL(hooks).href)}, { data: { log: ${JSON.stringify(log)} } });\n`);
  const r = spawnSync(process.execPath, ['--import', pathToFileURL(register).href, bin, ...args], { cwd: root, encoding: 'utf8' });
  return { code: r.status, modules: readFileSync(log, 'utf8').split('\n').filter(Boolean), stdout: r.stdout };
}

describe('lazy loading of the spreadsheet libraries', () => {
  it('the command is built', () => {
    expect(existsSync(join(root, 'packages/cli/dist/giaoban.js')), 'run npm run build first').toBe(true);
  });

  it.each([[['--help']], [['dates', '2026']], [['lunar', '29/01/2025']], [['rotate', '--help']]])('giaoban %j loads none of them', (args) => {
    const r = loadedBy(...args);
    expect(r.code).toBe(0);
    expect(r.stdout.length).toBeGreaterThan(0);
    expect(r.modules.some((m) => m.includes('/packages/cli/dist/'))).toBe(true);
    expect(r.modules.filter((m) => HEAVY.test(m))).toEqual([]);
    // Nor bundled into what it loads (the build bundles every dependency): esbuild heads each bundled module with a "// path" comment.
    const bundled = r.modules
      .filter((m) => m.startsWith('file:') && m.includes('/packages/cli/dist/'))
      .flatMap((m) => readFileSync(fileURLToPath(m), 'utf8').match(/^\/\/ (?:.*node_modules\/(?:exceljs|ics|fflate|jszip|saxes|docx|yup|nanoid|xmlchars)\/|\.\.\/xlsx\/|src\/xlsx\/|src\/ics\/).*$/gm) ?? []);
    expect(bundled).toEqual([]);
  });

  it('a command that reads a workbook does load them (the hook sees them)', () => {
    const r = loadedBy('validate', 'examples/so-theo-doi-giao-ban.xlsx', '--quiet');
    expect(r.code).toBe(1);
    expect(r.modules.filter((m) => HEAVY.test(m)).length).toBeGreaterThan(0);
    const xlsxChunk = r.modules.find((m) => /\/dist\/xlsx-[^/]*\.js$/.test(m))!;
    expect(readFileSync(fileURLToPath(xlsxChunk), 'utf8')).toMatch(/^\/\/ src\/xlsx\//m);
  });
});
