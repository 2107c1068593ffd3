/**
 * The command registry: one module per command, each exporting a `Command`.
 * Commands only parse arguments, read and write files (through `@giaoban/xlsx`,
 * `@giaoban/docx`, `@giaoban/ics`) and print what the core session returns;
 * every decision lives in `@giaoban/core`.
 */
import type { CliIO } from '../io.js';

export interface Command {
  name: string;
  /** One-line Vietnamese usage, e.g. `giaoban dates <năm> [--day 15] [--json]`. */
  usage: string;
  /** Vietnamese one-line description (the catalogue's `help.command.<name>`). */
  summary: string;
  /** Runs the command; resolves to the exit code. */
  run(args: string[], io: CliIO): Promise<number>;
}

/** Filled by each command module (see the imports in main.ts). */
export const commands: Command[] = [];

export function register(command: Command): Command {
  commands.push(command);
  return command;
}
