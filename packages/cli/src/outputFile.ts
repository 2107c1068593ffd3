/**
 * Every file a command writes (.xlsx copies, .ics calendars, any later format) goes through here,
 * so that a clerk's file is never lost or left half-written:
 * - an existing file is never replaced unless `--force`; the input workbook never, even with it;
 * - missing parent folders are created;
 * - the bytes go to a temporary file in the same folder, which is then renamed into place
 *   (linked, without `--force`, so a file that appeared meanwhile is not replaced);
 * - the temporary file is removed on failure and on Ctrl-C (exit 130) or SIGTERM (exit 143);
 * - an operating-system error becomes one line naming the file, in the run's language (exit code 2).
 * `checkOutputFiles` runs the same checks up front, before a command's slow work.
 */
import { randomBytes } from 'node:crypto';
import { rmSync } from 'node:fs';
import { access, constants, link, lstat, mkdir, open, rename, rm, stat, unlink, type FileHandle } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { Writable } from 'node:stream';
import { finished } from 'node:stream/promises';
import type { BiMessage, GiaobanSubclassOptions } from '@giaoban/core';
import type { CliLang } from './args.js';
import { FileError } from './io.js';
import { runLanguage } from './runLanguage.js';
import { say, type CliTextKey } from './texts.js';

/** Options of {@link writeOutputFile}, {@link writeOutputStream} and {@link checkOutputFiles}. */
export interface OutputFileOptions {
  /** Replace an existing file (`--force`). A folder or the input workbook is never replaced. */
  force?: boolean;
  /** Files the output must not be (the workbook being read). */
  inputs?: readonly string[];
  /** How the messages name the file (as the clerk typed it); default the path itself. */
  shown?: string;
  /** Opens the temporary file; tests pass one whose writes fail (a full disk). Default `fs.promises.open`. */
  openFile?: (path: string, flags: string) => Promise<FileHandle>;
}

/** Why an output file could not be written: an errno code, or one of the checks before writing. */
export type OutputFileErrorCode = 'exists' | 'same-as-input' | 'same-output' | string;

/**
 * An output file that cannot be written: one line naming the file (Vietnamese; English with `--lang en`);
 * the CLI prints it after "Lỗi:" / "Error:" and exits with code 2 (like every unusable file).
 */
export class OutputFileError extends FileError {
  override readonly name = 'OutputFileError';
  /** The file's absolute path. */
  readonly path: string;
  /** `exists`, `same-as-input`, `same-output`, or the operating system's code (`ENOSPC`, `EACCES`, …). */
  declare readonly code: OutputFileErrorCode;
  constructor(text: BiMessage, options: GiaobanSubclassOptions & { path: string; code: OutputFileErrorCode }) {
    super(text, { ...options, file: options.file ?? options.path });
    this.path = options.path;
  }
}

/** The reason after "cannot write", by the system's code. */
const WHY: Readonly<Record<string, CliTextKey>> = {
  ENOENT: 'output.why.noFolder',
  EACCES: 'output.why.noPermission',
  EPERM: 'output.why.noPermission',
  EBUSY: 'output.why.busy',
  ETXTBSY: 'output.why.busy',
  EROFS: 'output.why.readOnly',
  EISDIR: 'output.why.isFolder',
  ENOTDIR: 'output.why.notFolder',
  ENOSPC: 'output.why.diskFull',
  EDQUOT: 'output.why.diskFull',
  ENAMETOOLONG: 'output.why.nameTooLong',
};

/** The one line telling the clerk why `shown` was not written, for `code`; `where` names the folder or file at fault. */
function describe(shown: string, code: OutputFileErrorCode, where: string): BiMessage {
  const line = (lang: CliLang): string => {
    switch (code) {
      case 'exists':
      case 'EEXIST':
        return say('output.exists', lang, { file: shown });
      case 'same-as-input':
        return say('output.sameAsInput', lang, { file: shown });
      case 'same-output':
        return say('output.sameOutput', lang, { file: shown });
    }
    const why = WHY[code];
    if (why === undefined) return say('output.cannotCode', lang, { file: shown, code });
    const example = join(shown, say('output.why.exampleName', lang));
    return say('output.cannot', lang, { file: shown, why: say(why, lang, { where, example }) });
  };
  return { vi: line('vi'), en: line('en') };
}

function fail(path: string, shown: string, code: OutputFileErrorCode, where = shown): OutputFileError {
  return new OutputFileError(describe(shown, code, where), { path, code, file: shown });
}

function errnoOf(err: unknown): string | undefined {
  return (err as NodeJS.ErrnoException | null)?.code;
}

/** The error of a failed system call on `path`, as an OutputFileError (other errors pass through). */
function fromSystem(err: unknown, path: string, shown: string, where: string): unknown {
  if (err instanceof OutputFileError) return err;
  const code = errnoOf(err);
  return code ? fail(path, shown, code, where) : err;
}

/** The closest existing ancestor of `dir` (itself included) and what it is. */
async function nearestExisting(dir: string): Promise<{ path: string; isDirectory: boolean } | null> {
  for (let d = dir; ; d = dirname(d)) {
    try {
      const s = await stat(d);
      return { path: d, isDirectory: s.isDirectory() };
    } catch (err) {
      const code = errnoOf(err);
      // ENOTDIR: a file further up; keep walking to name it.
      if (code !== 'ENOENT' && code !== 'ENOTDIR') throw err;
    }
    if (dirname(d) === d) return null;
  }
}

async function sameFile(a: string, b: string): Promise<boolean> {
  if (resolve(a) === resolve(b)) return true;
  // Another name for the same file (a link, or another spelling on a case-insensitive disk).
  const [sa, sb] = await Promise.all([stat(a).catch(() => null), stat(b).catch(() => null)]);
  return sa !== null && sb !== null && sa.dev === sb.dev && sa.ino === sb.ino;
}

/** The checks before writing `path`; throws OutputFileError. */
async function checkOne(path: string, options: OutputFileOptions): Promise<void> {
  const shown = options.shown ?? path;
  // "out/" names a folder even where none exists yet: never write a file called "out".
  if (/[\\/]$/.test(shown)) throw fail(path, shown, 'EISDIR', shown);
  for (const input of options.inputs ?? []) {
    if (await sameFile(input, path)) throw fail(path, shown, 'same-as-input');
  }
  let existing;
  try {
    existing = await lstat(path);
  } catch (err) {
    const code = errnoOf(err);
    if (code !== 'ENOENT' && code !== 'ENOTDIR') throw fromSystem(err, path, shown, shown);
  }
  if (existing?.isDirectory()) throw fail(path, shown, 'EISDIR', shown);
  if (existing && !options.force) throw fail(path, shown, 'exists');
  const dir = dirname(path);
  const near = await nearestExisting(dir);
  if (near === null) throw fail(path, shown, 'ENOENT', dir);
  if (!near.isDirectory) throw fail(path, shown, 'ENOTDIR', near.path);
  try {
    await access(near.path, constants.W_OK);
  } catch (err) {
    throw fromSystem(err, path, shown, near.path);
  }
}

/**
 * Checks, before any slow work, that every output of a command can be written: none is the input,
 * none is named twice, none exists (unless `force`) or is a folder, and each one's folder exists or
 * can be created in a writable place. Throws the same OutputFileError the write would.
 *
 * @throws {OutputFileError} the first output that cannot be written.
 * @example
 * ```ts
 * await checkOutputFiles([{ path: '/tmp/lich.ics', shown: 'lich.ics' }], { force: false, inputs: ['/tmp/so.xlsx'] });
 * ```
 */
export async function checkOutputFiles(
  targets: readonly { path: string; shown?: string }[],
  options: Omit<OutputFileOptions, 'shown' | 'openFile'> = {},
): Promise<void> {
  const seen = new Set<string>();
  for (const t of targets) {
    const path = resolve(t.path);
    const shown = t.shown ?? t.path;
    if (seen.has(path)) throw fail(path, shown, 'same-output');
    seen.add(path);
    await checkOne(path, { ...options, shown });
  }
}

// Temporary files being written, removed if the process is interrupted.
const pending = new Set<string>();
const EXIT_ON = { SIGINT: 130, SIGTERM: 143 } as const;

function removePendingNow(): void {
  for (const tmp of pending) rmSync(tmp, { force: true });
  pending.clear();
}

function onSignal(signal: NodeJS.Signals): void {
  removePendingNow();
  process.stderr.write(`\n${say('output.interrupted', runLanguage(), { signal: signal === 'SIGINT' ? 'Ctrl-C' : signal })}\n`);
  process.exit(EXIT_ON[signal as keyof typeof EXIT_ON] ?? 130);
}

function track(tmp: string): void {
  if (pending.size === 0) {
    // Only while a file is being written: elsewhere Ctrl-C keeps its ordinary effect.
    process.on('SIGINT', onSignal);
    process.on('SIGTERM', onSignal);
    process.on('exit', removePendingNow);
  }
  pending.add(tmp);
}

function untrack(tmp: string): void {
  if (!pending.delete(tmp) || pending.size > 0) return;
  process.off('SIGINT', onSignal);
  process.off('SIGTERM', onSignal);
  process.off('exit', removePendingNow);
}

/** Temporary files (names starting with ".", ending ".giaoban-tmp") currently being written; for tests. */
export function pendingTemporaryFiles(): string[] {
  return [...pending];
}

async function writeAll(handle: FileHandle, bytes: Uint8Array): Promise<void> {
  for (let done = 0; done < bytes.length; ) {
    const { bytesWritten } = await handle.write(bytes, done, bytes.length - done);
    done += bytesWritten;
  }
}

/** Puts the finished temporary file in place: never over an existing file unless `force`. */
async function commit(tmp: string, path: string, force: boolean, shown: string): Promise<void> {
  if (force) {
    await rename(tmp, path);
    return;
  }
  let linked = false;
  try {
    // A hard link fails if the name is taken, even by a file created since the check.
    await link(tmp, path);
    linked = true;
  } catch (err) {
    const code = errnoOf(err);
    if (code === 'EEXIST') throw fail(path, shown, 'exists');
    // Disks without hard links (FAT/exFAT USB sticks): check, then rename.
    if (!['EPERM', 'ENOTSUP', 'EOPNOTSUPP', 'ENOSYS', 'EXDEV', 'EMLINK'].includes(code ?? '')) throw err;
  }
  if (linked) {
    // The file is in place under its name; drop the temporary name.
    await unlink(tmp).catch(() => {});
    return;
  }
  const taken = await lstat(path).then(
    () => true,
    () => false,
  );
  if (taken) throw fail(path, shown, 'exists');
  await rename(tmp, path);
}

/**
 * Writes an output file safely: fills a temporary file in the same folder through `produce`,
 * then renames it into place. The temporary file never outlives a failure or Ctrl-C.
 * Prefer {@link writeOutputFile} for bytes already in memory.
 *
 * @param produce writes the content into `out` and resolves when done (it may end `out` or not).
 * @throws {OutputFileError} when the file cannot be written (exists, folder, permission, full disk, …).
 * @example
 * ```ts
 * await writeOutputStream('out/so.xlsx', (out) => workbook.xlsx.write(out), { force: false });
 * ```
 */
export async function writeOutputStream(path: string, produce: (out: Writable) => Promise<unknown>, options: OutputFileOptions = {}): Promise<void> {
  const target = resolve(path);
  const shown = options.shown ?? path;
  await checkOne(target, { ...options, shown });
  const dir = dirname(target);
  try {
    await mkdir(dir, { recursive: true });
  } catch (err) {
    throw fromSystem(err, target, shown, (await nearestExisting(dir).catch(() => null))?.path ?? dir);
  }
  const tmp = join(dir, `.${basename(target)}.${process.pid}-${randomBytes(4).toString('hex')}.giaoban-tmp`);
  track(tmp);
  let handle: FileHandle | null = null;
  let sinkOf: Writable | null = null;
  try {
    handle = await (options.openFile ?? open)(tmp, 'wx');
    const h = handle;
    const sink = new Writable({
      write(chunk: Buffer, _encoding, callback) {
        writeAll(h, chunk).then(() => callback(), callback);
      },
    });
    // A failed write (full disk) stops the producer's wait at once.
    const broken = new Promise<never>((_, reject) => sink.on('error', reject));
    broken.catch(() => {});
    sinkOf = sink;
    await Promise.race([produce(sink), broken]);
    if (!sink.writableEnded) sink.end();
    await Promise.race([finished(sink), broken]);
    await handle.datasync();
    await handle.close();
    handle = null;
    await commit(tmp, target, !!options.force, shown);
  } catch (err) {
    sinkOf?.destroy();
    await handle?.close().catch(() => {});
    await rm(tmp, { force: true });
    throw fromSystem(err, target, shown, errnoOf(err) === 'EISDIR' ? shown : dir);
  } finally {
    untrack(tmp);
  }
}

/**
 * Writes `data` (bytes, or text as UTF-8) to `path` safely: never over an existing file unless
 * `force`, never over an input, parent folders created, through a temporary file in the same
 * folder that is renamed into place and removed on failure or Ctrl-C.
 *
 * @throws {OutputFileError} one line naming the file, Vietnamese and English (exists, is a folder, a parent is
 *   a file, no permission, read-only or full disk, …); the CLI exits with code 2.
 * @example
 * ```ts
 * await writeOutputFile('out/lich.ics', icsText, { force: false, inputs: ['so-theo-doi.xlsx'] });
 * // throws 'tệp "out/lich.ics" đã có; chọn tên khác hoặc thêm --force để ghi đè.' on a second run
 * ```
 */
export async function writeOutputFile(path: string, data: Uint8Array | string, options: OutputFileOptions = {}): Promise<void> {
  const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
  await writeOutputStream(
    path,
    async (out) => {
      await new Promise<void>((done, failed) => out.end(bytes, (err?: Error | null) => (err ? failed(err) : done())));
    },
    options,
  );
}
