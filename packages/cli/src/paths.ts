/**
 * Printed paths, one form in every command (text and JSON): relative to the working
 * folder when the file is inside it ("out/lich.ics"), else absolute.
 */
import { isAbsolute, relative, resolve } from 'node:path';

/**
 * How a path is printed.
 *
 * @example
 * ```ts
 * shownPath('/home/clerk', '/home/clerk/out/lich.ics'); // "out/lich.ics"
 * shownPath('/home/clerk', '/tmp/lich.ics');            // "/tmp/lich.ics"
 * ```
 */
export function shownPath(cwd: string, path: string): string {
  const abs = resolve(cwd, path);
  const rel = relative(cwd, abs);
  return rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel : abs;
}
