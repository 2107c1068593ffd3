import { GiaobanError, type BiMessage, type GiaobanErrorOptions, type GiaobanRangeError, type GiaobanSubclassOptions } from '@giaoban/core';

/** Where a command writes. Tests pass buffers; the bin passes the process streams. */
export interface CliIO {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** Working directory for relative paths. */
  cwd: string;
}

/** Bad command-line arguments: a one-line message (Vietnamese, English with `--lang en`), exit code 2. */
export class UsageError extends GiaobanError {
  override readonly name = 'UsageError';
  readonly exitCode = 2;
  constructor(text: BiMessage, options: GiaobanSubclassOptions = {}) {
    super(options.code ?? 'cli.usage', text, options);
  }
}

/** A file that cannot be used (missing, not .xlsx, protected, corrupt): exit code 2. */
export class FileError extends GiaobanError {
  override readonly name: string = 'FileError';
  readonly exitCode = 2;
  constructor(text: BiMessage, options: GiaobanSubclassOptions = {}) {
    super(options.code ?? 'cli.file', text, options);
  }
}

/**
 * A core error (both languages) as a {@link UsageError}, with `prefix`
 * (e.g. the option name) before either message.
 */
export function usageErrorFrom(err: GiaobanError | GiaobanRangeError, prefix = '', options: GiaobanErrorOptions = {}): UsageError {
  return new UsageError({ vi: prefix + err.vi, en: prefix + err.en }, { cause: err, ...options });
}
