// The built command behind a pipe whose reader stops early (`giaoban communes | head -3`) or a
// standard output that cannot be written (a full disk): no Node stack trace, the usual exit code,
// and the files a command writes are still written whole.
import { describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { closeSync, existsSync, openSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readXlsx } from '@giaoban/xlsx';
import { tmpDir } from '../xlsx/helpers.js';

const root = process.cwd();
const bin = join(root, 'packages/cli/bin/giaoban.js');

interface Run {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/**
 * Runs the built command and closes the read end of its standard output after `keepBytes` bytes
 * (0: before it prints anything), as `head -c` would.
 */
function runClosingEarly(args: string[], keepBytes: number): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [bin, ...args], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (t: string) => (stderr += t));
    if (keepBytes === 0) child.stdout.destroy();
    else
      child.stdout.on('data', (chunk: Buffer) => {
        stdout += chunk.toString('utf8');
        if (Buffer.byteLength(stdout) >= keepBytes) child.stdout.destroy();
      });
    child.on('error', reject);
    child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr }));
  });
}

describe('a closed pipe on the standard output', () => {
  it('the command is built', () => {
    expect(existsSync(join(root, 'packages/cli/dist/giaoban.js')), 'run npm run build first').toBe(true);
  });

  it('communes | head: a long listing stopped after its first lines ends quietly with exit 0', async () => {
    // About 300 kB: far more than a pipe holds, so the command is still printing when the reader goes.
    const r = await runClosingEarly(['communes', '--formed-from'], 200);
    expect(r.stdout).toContain('Điện Biên');
    expect(r.signal).toBeNull();
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
  });

  it('holidays --json with the pipe closed before the first line ends quietly with exit 0', async () => {
    const r = await runClosingEarly(['holidays', '2026', '--json'], 0);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
  });

  it('validate keeps its own exit code (1: the workbook has errors) when its reader stops early', async () => {
    const r = await runClosingEarly(['validate', 'examples/so-theo-doi-giao-ban.xlsx'], 0);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(1);
  });

  it('demo with its output closed still writes the whole workbook and the papers', async () => {
    const out = tmpDir('pipe-demo');
    const r = await runClosingEarly(['demo', '--out', out], 0);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const { sheets } = await readXlsx(new Uint8Array(readFileSync(join(out, 'giao-ban-demo.xlsx'))));
    expect(sheets.map((s) => s.name)).toEqual(expect.arrayContaining(['Lịch giao ban', 'Tổng hợp', 'Kết quả kiểm tra']));
  });
});

describe.runIf(existsSync('/dev/full'))('a standard output that cannot be written', () => {
  it('> /dev/full: one line naming the failure, in the run language, exit 2', async () => {
    for (const [lang, start] of [
      ['vi', 'Lỗi: không in được kết quả'],
      ['en', 'Error: cannot print the result'],
    ] as const) {
      const full = openSync('/dev/full', 'w');
      const r = await new Promise<Run>((resolve, reject) => {
        const child = spawn(process.execPath, [bin, 'communes', '--lang', lang], { cwd: root, stdio: ['ignore', full, 'pipe'] });
        let stderr = '';
        child.stderr?.setEncoding('utf8').on('data', (t: string) => (stderr += t));
        child.on('error', reject);
        child.on('close', (code, signal) => resolve({ code, signal, stdout: '', stderr }));
      });
      closeSync(full);
      expect(r.stderr.split('\n').filter(Boolean)).toEqual([expect.stringMatching(new RegExp(`^${start}.*\\(ENOSPC\\)`))]);
      expect(r.code).toBe(2);
    }
  });
});
