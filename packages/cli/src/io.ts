import { GiaobanError, type BiMessage, type GiaobanErrorOptions, type GiaobanRangeError } from '@giaoban/core';

/** Where a command writes. Tests pass buffers; the bin passes the process streams. */
export interface CliIO {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** Working directory for relative paths. */
  cwd: string;
}

/**
 * A one-line message in both languages; a plain string is Vietnamese and
 * stands for English too until the line is translated.
 */
export type CliMessage = string | BiMessage;

const bi = (m: CliMessage): BiMessage => (typeof m === 'string' ? { vi: m, en: m } : m);

/** Bad command-line arguments: a one-line message (Vietnamese, English with `--lang en`), exit code 2. */
export class UsageError extends GiaobanError {
  override readonly name = 'UsageError';
  readonly exitCode = 2;
  constructor(message: CliMessage, options: GiaobanErrorOptions = {}) {
    super('cli.usage', bi(message), options);
  }
}

/** A file that cannot be used (missing, not .xlsx, protected, corrupt): exit code 2. */
export class FileError extends GiaobanError {
  override readonly name: string = 'FileError';
  readonly exitCode = 2;
  constructor(message: CliMessage, options: GiaobanErrorOptions & { code?: string } = {}) {
    super(options.code ?? 'cli.file', bi(message), options);
  }
}

/**
 * A core error (both languages) as a {@link UsageError}, with `prefix`
 * (e.g. the option name) before either message.
 */
export function usageErrorFrom(err: GiaobanError | GiaobanRangeError, prefix = ''): UsageError {
  return new UsageError({ vi: prefix + err.vi, en: prefix + err.en }, { cause: err });
}
