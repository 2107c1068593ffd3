// output files are never written over without --force, folders are created, bytes go
// through a temporary file that never outlives a failure or Ctrl-C, and OS errors are one
// Vietnamese line naming the file. Real files in a temporary folder.
import { afterAll, describe, expect, it } from 'vitest';
import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, linkSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { open, type FileHandle } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkOutputFiles, OutputFileError, pendingTemporaryFiles, writeOutputFile, writeOutputStream } from '../../packages/cli/src/outputFile.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'giaoban-output-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

let n = 0;
const fresh = () => {
  const d = join(dir, `case-${++n}`);
  mkdirSync(d);
  return d;
};

async function rejection(p: Promise<unknown>): Promise<OutputFileError> {
  const err = await p.then(
    () => null,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(OutputFileError);
  const e = err as OutputFileError;
  expect(e.exitCode).toBe(2);
  expect(e.message.split('\n')).toHaveLength(1);
  return e;
}

/** An `open` whose file handles report a full disk once `room` bytes are written (the write then fails, as on a real disk). */
function fullDiskAfter(room: number) {
  return async (path: string, flags: string): Promise<FileHandle> => {
    const real = await open(path, flags);
    let used = 0;
    return new Proxy(real, {
      get(target, prop, receiver) {
        if (prop === 'write') {
          return async (buf: Uint8Array, offset = 0, length = buf.length - offset) => {
            if (used + length > room) {
              // Like the kernel: fill what fits, then fail.
              if (room > used) await target.write(buf, offset, room - used);
              used = room;
              throw Object.assign(new Error(`ENOSPC: no space left on device, write`), { code: 'ENOSPC', errno: -28, syscall: 'write' });
            }
            used += length;
            return target.write(buf, offset, length);
          };
        }
        const v = Reflect.get(target, prop, receiver) as unknown;
        return typeof v === 'function' ? (v as (...a: unknown[]) => unknown).bind(target) : v;
      },
    });
  };
}

describe('writeOutputFile', () => {
  it('creates missing parent folders and leaves only the finished file', async () => {
    const d = fresh();
    const path = join(d, 'out', 'quy-1', 'lich.ics');
    await writeOutputFile(path, 'BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n', {});
    expect(readFileSync(path, 'utf8')).toBe('BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n');
    expect(readdirSync(join(d, 'out', 'quy-1'))).toEqual(['lich.ics']);
    expect(pendingTemporaryFiles()).toEqual([]);
  });

  it('refuses an existing file, then replaces it with --force', async () => {
    const d = fresh();
    const path = join(d, 'tong-hop.xlsx');
    writeFileSync(path, 'sổ của cán bộ');
    const e = await rejection(writeOutputFile(path, new Uint8Array([1, 2, 3]), { shown: 'tong-hop.xlsx' }));
    expect(e.code).toBe('exists');
    expect(e.message).toBe('tệp "tong-hop.xlsx" đã có; chọn tên khác hoặc thêm --force để ghi đè.');
    expect(readFileSync(path, 'utf8')).toBe('sổ của cán bộ');
    await writeOutputFile(path, new Uint8Array([1, 2, 3]), { force: true });
    expect([...readFileSync(path)]).toEqual([1, 2, 3]);
    expect(readdirSync(d)).toEqual(['tong-hop.xlsx']);
  });

  it('never writes the input workbook, even with --force, nor another name of it', async () => {
    const d = fresh();
    const input = join(d, 'so-theo-doi.xlsx');
    writeFileSync(input, 'dữ liệu');
    linkSync(input, join(d, 'ban-khac.xlsx'));
    for (const target of [input, join(d, '.', 'so-theo-doi.xlsx'), join(d, 'ban-khac.xlsx')]) {
      const e = await rejection(writeOutputFile(target, 'x', { force: true, inputs: [input] }));
      expect(e.code).toBe('same-as-input');
      expect(e.message).toContain('trùng với sổ gốc');
    }
    expect(readFileSync(input, 'utf8')).toBe('dữ liệu');
  });

  it('names the file that stands where a folder should be (ENOTDIR)', async () => {
    const d = fresh();
    writeFileSync(join(d, 'bao-cao'), 'một tệp, không phải thư mục');
    const e = await rejection(writeOutputFile(join(d, 'bao-cao', 'thang-1', 'lich.ics'), 'x', { shown: 'bao-cao/thang-1/lich.ics' }));
    expect(e.code).toBe('ENOTDIR');
    expect(e.message).toBe(`không ghi được tệp "bao-cao/thang-1/lich.ics": "${join(d, 'bao-cao')}" là một tệp, không phải thư mục.`);
    expect(readdirSync(d)).toEqual(['bao-cao']);
  });

  it('refuses a folder as the target, even with --force (EISDIR)', async () => {
    const d = fresh();
    mkdirSync(join(d, 'out'));
    const e = await rejection(writeOutputFile(join(d, 'out'), 'x', { force: true, shown: 'out' }));
    expect(e.code).toBe('EISDIR');
    expect(e.message).toContain('"out" là một thư mục, không phải tệp');
    expect(readdirSync(join(d, 'out'))).toEqual([]);
    // "moi/" names a folder even before it exists: no file called "moi" is written.
    const slash = await rejection(writeOutputFile(join(d, 'moi') + '/', 'x', {}));
    expect(slash.code).toBe('EISDIR');
    expect(readdirSync(d)).toEqual(['out']);
  });

  it('on a full disk removes the temporary file and keeps the old file (ENOSPC)', async () => {
    const d = fresh();
    const path = join(d, 'lich.xlsx');
    const big = new Uint8Array(256 * 1024).fill(7);
    const e = await rejection(writeOutputFile(path, big, { openFile: fullDiskAfter(100_000), shown: 'lich.xlsx' }));
    expect(e.code).toBe('ENOSPC');
    expect(e.message).toBe('không ghi được tệp "lich.xlsx": ổ đĩa đã đầy (tệp chưa được tạo, không có gì bị ghi dở).');
    expect(readdirSync(d)).toEqual([]);
    // With --force over an existing file: the old file stays whole.
    writeFileSync(path, 'bản cũ');
    await rejection(writeOutputFile(path, big, { force: true, openFile: fullDiskAfter(1000) }));
    expect(readdirSync(d)).toEqual(['lich.xlsx']);
    expect(readFileSync(path, 'utf8')).toBe('bản cũ');
    expect(pendingTemporaryFiles()).toEqual([]);
  });

  it.each([
    ['EACCES', 'không có quyền ghi vào'],
    ['EPERM', 'không có quyền ghi vào'],
    ['EROFS', 'chỉ cho phép đọc'],
    ['ENOENT', 'không tồn tại'],
  ])('an %s from the system is one Vietnamese line naming the file, and leaves nothing', async (code, words) => {
    const d = fresh();
    // The folder refuses the temporary file, as a read-only or foreign folder does.
    const refuse = async (path: string): Promise<FileHandle> => {
      throw Object.assign(new Error(`${code}: open '${path}'`), { code, syscall: 'open', path });
    };
    const e = await rejection(writeOutputFile(join(d, 'lich.ics'), 'x', { openFile: refuse, shown: 'lich.ics' }));
    expect(e.code).toBe(code);
    expect(e.message).toMatch(/^không ghi được tệp "lich\.ics": /);
    expect(e.message).toContain(words);
    expect(readdirSync(d)).toEqual([]);
  });

  // As root the check runs as user "nobody", who must be able to read the checkout (a clone inside a 0700
  // folder, as mktemp -d makes, is closed to it): where it cannot, the case is skipped, visibly.
  const nobodyReadsCheckout =
    process.getuid?.() !== 0 ||
    spawnSync('setpriv', ['--reuid=65534', '--regid=65534', '--clear-groups', process.execPath, '-e', `require('fs').accessSync(${JSON.stringify(join(root, 'node_modules/tsx/package.json'))})`]).status === 0;
  it.runIf(nobodyReadsCheckout)('a folder without write permission is refused before writing, naming it (real EACCES)', () => {
    // Root may write anywhere: the check runs in a child as user "nobody" (setpriv, util-linux).
    const d = mkdtempSync(join(tmpdir(), 'giaoban-eacces-'));
    try {
      chmodSync(d, 0o777);
      mkdirSync(join(d, 'khoa'), { mode: 0o555 });
      const script = join(d, 'check.mts');
      writeFileSync(
        script,
        `import { checkOutputFiles, writeOutputFile } from ${JSON.stringify(join(root, 'packages/cli/src/outputFile.ts'))};
for (const [path, run] of [['khoa/lich.ics', checkOutputFiles], ['khoa/moi/lich.ics', writeOutputFile]]) {
  try {
    await (run === checkOutputFiles ? checkOutputFiles([{ path: ${JSON.stringify(d)} + '/' + path, shown: path }]) : writeOutputFile(${JSON.stringify(d)} + '/' + path, 'x', { shown: path }));
    console.log('written');
  } catch (e) { console.log(e.code + ' ' + e.message); }
}
`,
      );
      chmodSync(script, 0o644);
      const asUser = process.getuid?.() === 0 ? ['setpriv', '--reuid=65534', '--regid=65534', '--clear-groups', process.execPath] : [process.execPath];
      const r = spawnSync(asUser[0]!, [...asUser.slice(1), '--import', 'tsx', script], { cwd: root, encoding: 'utf8', env: { ...process.env, HOME: d } });
      const lines = r.stdout.trim().split('\n');
      expect(lines, r.stderr).toHaveLength(2);
      expect(lines[0]).toBe(`EACCES không ghi được tệp "khoa/lich.ics": không có quyền ghi vào "${join(d, 'khoa')}" (hoặc tệp đang mở trong chương trình khác).`);
      expect(lines[1]).toMatch(/^EACCES không ghi được tệp "khoa\/moi\/lich\.ics": không có quyền ghi vào/);
      expect(readdirSync(join(d, 'khoa'))).toEqual([]);
    } finally {
      rmSync(d, { recursive: true, force: true });
    }
  }, 30_000);

  it('a write into /dev/full fails the same way, as one line', async () => {
    // The real device: every write reports ENOSPC.
    const e = await rejection(
      writeOutputFile(join(fresh(), 'x.ics'), 'BEGIN:VCALENDAR', { openFile: () => open('/dev/full', 'w'), shown: 'x.ics' }),
    );
    expect(e.code).toBe('ENOSPC');
    expect(e.messageIn('vi')).toBe('không ghi được tệp "x.ics": ổ đĩa đã đầy (tệp chưa được tạo, không có gì bị ghi dở).');
    expect(e.messageIn('en')).toBe('cannot write "x.ics": the disk is full (the file was not created; nothing is half-written).');
  });

  it('a folder given as the file names it and shows a file name in the run language (EISDIR)', async () => {
    const d = fresh();
    const e = await rejection(writeOutputFile(d, 'x', { shown: 'out' }));
    expect(e.messageIn('vi')).toBe(`không ghi được tệp "out": "out" là một thư mục, không phải tệp; hãy ghi cả tên tệp, ví dụ "${join('out', 'ten-tep')}".`);
    expect(e.messageIn('en')).toBe(`cannot write "out": "out" is a folder, not a file; give the file name too, e.g. "${join('out', 'file-name')}".`);
  });
});

describe('writeOutputStream', () => {
  it('streams into the temporary file and renames it into place', async () => {
    const d = fresh();
    const path = join(d, 'ra.xlsx');
    let tmpSeen: string[] = [];
    await writeOutputStream(path, async (out) => {
      for (let i = 0; i < 100; i++) out.write(Buffer.from(`dòng ${i}\n`));
      tmpSeen = readdirSync(d);
    });
    expect(tmpSeen).toHaveLength(1);
    expect(tmpSeen[0]).toMatch(/^\.ra\.xlsx\..+\.giaoban-tmp$/);
    expect(readFileSync(path, 'utf8').split('\n')[99]).toBe('dòng 99');
    expect(readdirSync(d)).toEqual(['ra.xlsx']);
  });

  it('removes the temporary file when the producer fails, and passes its error on', async () => {
    const d = fresh();
    const boom = new Error('exceljs failed');
    await expect(
      writeOutputStream(join(d, 'ra.xlsx'), async (out) => {
        out.write(Buffer.from('PK…'));
        throw boom;
      }),
    ).rejects.toBe(boom);
    expect(readdirSync(d)).toEqual([]);
  });

  it('does not replace a file that appeared while it was writing (no --force)', async () => {
    const d = fresh();
    const path = join(d, 'lich.ics');
    const e = await rejection(
      writeOutputStream(path, async (out) => {
        out.write('mới');
        writeFileSync(path, 'tệp người khác vừa lưu');
      }),
    );
    expect(e.code).toBe('exists');
    expect(readFileSync(path, 'utf8')).toBe('tệp người khác vừa lưu');
    expect(readdirSync(d)).toEqual(['lich.ics']);
  });
});

describe('checkOutputFiles', () => {
  it('checks every output before any work: exists, same twice, folder under a file', async () => {
    const d = fresh();
    writeFileSync(join(d, 'lich.ics'), 'cũ');
    const ok = { path: join(d, 'moi', 'lich.xlsx'), shown: 'moi/lich.xlsx' };
    await checkOutputFiles([ok]);
    expect(readdirSync(d)).toEqual(['lich.ics']); // checking creates nothing
    expect((await rejection(checkOutputFiles([ok, { path: join(d, 'lich.ics'), shown: 'lich.ics' }]))).message).toContain('"lich.ics" đã có');
    await checkOutputFiles([ok, { path: join(d, 'lich.ics') }], { force: true });
    expect((await rejection(checkOutputFiles([ok, { path: join(d, 'moi', 'lich.xlsx'), shown: 'moi/lich.xlsx' }]))).code).toBe('same-output');
    expect((await rejection(checkOutputFiles([{ path: join(d, 'lich.ics', 'a.xlsx') }]))).code).toBe('ENOTDIR');
  });
});

describe('Ctrl-C while writing', () => {
  // A child process writes slowly; SIGINT / SIGTERM arrive mid-write.
  const script = (path: string, lang: 'vi' | 'en') => `
    import { writeOutputStream } from ${JSON.stringify(join(root, 'packages/cli/src/outputFile.ts'))};
    import { setRunLanguage } from ${JSON.stringify(join(root, 'packages/cli/src/runLanguage.ts'))};
    setRunLanguage(${JSON.stringify(lang)});
    await writeOutputStream(${JSON.stringify(path)}, async (out) => {
      out.write(Buffer.alloc(64 * 1024, 1));
      setTimeout(() => process.stdout.write('WRITING\\n'), 50);
      // A slow producer: busy for a minute (a timer keeps the process alive, as real I/O does).
      await new Promise((done) => setTimeout(done, 60_000));
    });
  `;

  it.each([
    ['SIGINT', 130, 'vi', '\nĐã dừng (Ctrl-C); tệp tạm đã được xóa, không có tệp nào bị ghi dở.\n'],
    ['SIGTERM', 143, 'vi', '\nĐã dừng (SIGTERM); tệp tạm đã được xóa, không có tệp nào bị ghi dở.\n'],
    ['SIGINT', 130, 'en', '\nStopped (Ctrl-C); the temporary files are removed, no file is half-written.\n'],
  ] as const)('%s removes the temporary file and exits %i, saying so in the run language (%s)', async (signal, exitCode, lang, said) => {
    const d = fresh();
    const path = join(d, 'lich.xlsx');
    const file = join(d, '..', `child-${signal}-${lang}.mts`);
    writeFileSync(file, script(path, lang));
    const child = spawn(process.execPath, ['--import', 'tsx', file], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (b: Buffer) => (stderr += b.toString()));
    const during = await new Promise<string[]>((resolve, reject) => {
      child.stdout.on('data', (b: Buffer) => {
        if (b.toString().includes('WRITING')) resolve(readdirSync(d));
      });
      child.once('exit', () => reject(new Error(`child ended early: ${stderr}`)));
    });
    expect(during).toHaveLength(1);
    expect(during[0]).toMatch(/\.giaoban-tmp$/);
    const code = new Promise<number | null>((resolve) => child.once('exit', (c) => resolve(c)));
    child.kill(signal);
    expect(await code).toBe(exitCode);
    expect(readdirSync(d)).toEqual([]);
    expect(stderr).toBe(said);
  }, 30_000);
});
