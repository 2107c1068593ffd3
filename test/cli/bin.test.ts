// The committed `giaoban` command before the build exists (npm links it before `prepare` builds dist/):
// one line saying what to do, in the run's language, exit 2 — never Node's "module not found".
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { tmpDir } from '../xlsx/helpers.js';

describe('giaoban without its build', () => {
  const dir = tmpDir('bin-unbuilt');
  mkdirSync(join(dir, 'bin'));
  copyFileSync(join(process.cwd(), 'packages/cli/bin/giaoban.js'), join(dir, 'bin/giaoban.js'));
  const run = (...args: string[]) => spawnSync(process.execPath, [join(dir, 'bin/giaoban.js'), ...args], { encoding: 'utf8' });

  it.each([
    [['dates', '2026'], 'Lỗi: giaoban chưa được build (thiếu packages/cli/dist/giaoban.js); hãy chạy "npm run build" ở thư mục dự án rồi chạy lại.\n'],
    [['dates', '2026', '--lang', 'en'], 'Error: giaoban is not built (packages/cli/dist/giaoban.js is missing); run "npm run build" in the project folder, then run again.\n'],
    [['--lang=en', '--help'], 'Error: giaoban is not built (packages/cli/dist/giaoban.js is missing); run "npm run build" in the project folder, then run again.\n'],
  ])('%j says to build, exit 2', (args, line) => {
    const r = run(...args);
    expect(r.stderr).toBe(line);
    expect(r.stdout).toBe('');
    expect(r.status).toBe(2);
  });
});
