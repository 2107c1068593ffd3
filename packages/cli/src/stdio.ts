/**
 * The process's own streams as a command's {@link CliIO}: the one place where the command's text
 * meets the terminal, a pipe or a file.
 *
 * A reader that stops early (`giaoban communes | head -3`) closes the pipe; the rest of the text is
 * then dropped quietly and the command still finishes its work (files it writes are written whole),
 * with its own exit code. Any other failure of the standard output (`> /dev/full`: a full disk) is
 * one line on the standard error, and the run exits with code 2, since the clerk did not get the result.
 */
import type { CliLang } from './args.js';
import type { CliIO } from './io.js';
import { say } from './texts.js';

/** A stream the command writes to, and what happened to it. */
interface Outlet {
  write: (text: string) => void;
  /** Resolves once everything written so far has gone out or failed. */
  flush: () => Promise<void>;
  /** The system's code of the first failure other than a closed pipe (`ENOSPC`, `EIO`, …). */
  failure: () => string | undefined;
}

/** Errors that only mean the reader went away. */
const CLOSED = new Set(['EPIPE', 'ECONNRESET', 'ERR_STREAM_DESTROYED']);

function outlet(stream: NodeJS.WriteStream): Outlet {
  let open = true;
  let failure: string | undefined;
  const stop = (err: NodeJS.ErrnoException): void => {
    open = false;
    if (failure === undefined && !CLOSED.has(err.code ?? '')) failure = err.code ?? err.message;
  };
  // Without a listener a failed write would end the process with a stack trace.
  stream.on('error', stop);
  return {
    write: (text) => {
      if (!open) return;
      // The error of a synchronous write (a pipe, a file) comes back through the callback before the
      // 'error' event; closing here keeps the rest of the text from being queued behind it.
      stream.write(text, (err) => {
        if (err) stop(err);
      });
    },
    flush: () => (open ? new Promise<void>((done) => stream.write('', () => done())) : Promise.resolve()),
    failure: () => failure,
  };
}

/** The process's standard streams as a {@link CliIO}, and the exit code a failed standard output calls for. */
export interface ProcessIO {
  io: CliIO;
  /**
   * The exit code after the command returned `code`: 2 with a line on the standard error when the
   * standard output failed other than by a closed pipe, `code` otherwise.
   */
  finish: (code: number, lang: CliLang) => Promise<number>;
}

/**
 * The standard output and error of this process, guarded against a closed pipe and a failed write.
 *
 * @example
 * ```ts
 * const { io, finish } = processIO();
 * process.exitCode = await finish(await main(argv, io), 'vi');
 * ```
 */
export function processIO(): ProcessIO {
  const out = outlet(process.stdout);
  const err = outlet(process.stderr);
  return {
    io: { stdout: out.write, stderr: err.write, cwd: process.cwd() },
    finish: async (code, lang) => {
      await out.flush();
      const failed = out.failure();
      if (failed === undefined) return code;
      err.write(`${say('line.error', lang, { message: say('line.stdoutFailed', lang, { code: failed }) })}\n`);
      return 2;
    },
  };
}
