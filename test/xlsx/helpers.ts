import { mkdirSync, mkdtempSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CliIO } from '../../packages/cli/src/io.js';

const root = fileURLToPath(new URL('../../', import.meta.url));

/** A fresh directory under test/.tmp for one test file. */
export function tmpDir(prefix: string): string {
  const base = join(root, 'test', '.tmp');
  mkdirSync(base, { recursive: true });
  return mkdtempSync(join(base, `${prefix}-`));
}

/** An io that collects what a command prints. */
export function captureIO(): CliIO & { out: string; err: string } {
  const io = {
    out: '',
    err: '',
    cwd: root,
    stdout: (t: string) => {
      io.out += t;
    },
    stderr: (t: string) => {
      io.err += t;
    },
  };
  return io;
}

export const repoRoot = root;
