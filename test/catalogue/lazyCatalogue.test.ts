// The national catalogue is loaded only by the commands that need it: `giaoban --help` and the calendar
// commands start without it (its own chunk, dist/catalogue-*.js), `giaoban communes` loads it.
// Runs the BUILT command with a module-resolution hook that logs every module the process loads.
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { tmpDir } from '../xlsx/helpers.js';

const root = process.cwd();
const bin = join(root, 'packages/cli/bin/giaoban.js');
const CATALOGUE = /[\\/]dist[\\/]catalogue-[^/\\]*\.js$/;

function loadedBy(...args: string[]): { code: number | null; modules: string[] } {
  const dir = tmpDir('lazy-catalogue');
  const log = join(dir, 'modules.log');
  writeFileSync(log, '');
  const hooks = join(dir, 'hooks.mjs');
  writeFileSync(hooks, `import { appendFileSync } from 'node:fs';
let log;
export function initialize(data) { log = data.log; }
export async function resolve(specifier, context, next) {
  const r = await next(specifier, context);
  appendFileSync(log, r.url + '\\n');
  return r;
}
`);
  const register = join(dir, 'register.mjs');
  writeFileSync(register, `import { register } from 'node:module';\nregister(${JSON.stringify(pathToFileURL(hooks).href)}, { data: { log: ${JSON.stringify(log)} } });\n`);
  const r = spawnSync(process.execPath, ['--import', pathToFileURL(register).href, bin, ...args], { cwd: root, encoding: 'utf8' });
  return { code: r.status, modules: readFileSync(log, 'utf8').split('\n').filter(Boolean) };
}

describe('lazy loading of the national catalogue', () => {
  it.skipIf(!existsSync(bin))('giaoban --help and dates do not load it; communes does', () => {
    for (const args of [['--help'], ['dates', '2026']]) {
      const r = loadedBy(...args);
      expect(r.code).toBe(0);
      expect(r.modules.filter((m) => CATALOGUE.test(m)), args.join(' ')).toEqual([]);
    }
    const c = loadedBy('communes', '11', '--json');
    expect(c.code).toBe(0);
    expect(c.modules.some((m) => CATALOGUE.test(m))).toBe(true);
  });
});
