import { commands } from './commands/index.js';
import './commands/all.js';
import { commandHelp, cliVersion, mainHelp } from './help.js';
import { langOfArgs } from './args.js';
import { errorMessage, GiaobanError } from '@giaoban/core';
import type { CliIO } from './io.js';
import { takeReaderLimits } from './readerLimits.js';
import { say } from './texts.js';

const HELP = ['--help', '-h'];

/** True when `args` ask for help before any `--` (after which everything is a plain argument). */
function wantsHelp(args: readonly string[]): boolean {
  const end = args.indexOf('--');
  return (end === -1 ? args : args.slice(0, end)).some((a) => HELP.includes(a));
}

/**
 * Runs the `giaoban` command line with `argv` (without node and script) and resolves to the exit code:
 * 0 success, 1 the workbook has errors (validate, rotate), 2 bad arguments, an unusable file (one the
 * session refuses included) or an output that cannot be written, 3 unexpected. (130/143 — interrupted —
 * come from the process itself.) Every refusal is a `GiaobanError` and prints in the run's language.
 *
 * @example
 * ```ts
 * await main(['dates', '2026'], { stdout: (t) => process.stdout.write(t), stderr: (t) => process.stderr.write(t), cwd: process.cwd() }); // 0
 * ```
 */
export async function main(argv: string[], io: CliIO): Promise<number> {
  const [name, ...rest] = argv;
  const lang = langOfArgs(rest);
  if (!name || HELP.includes(name) || name === 'help') {
    const topic = name === 'help' ? commands.find((c) => c.name === rest[0]) : undefined;
    io.stdout(topic ? commandHelp(topic, lang) : mainHelp(commands, lang));
    return name ? 0 : 2;
  }
  if (name === '--version' || name === '-v') {
    io.stdout(`giaoban ${cliVersion()}\n`);
    return 0;
  }
  const command = commands.find((c) => c.name === name);
  if (!command) {
    io.stderr(`${say('line.error', lang, { message: say('usage.noCommand', lang, { name, names: commands.map((c) => c.name).join(', ') }) })}\n`);
    return 2;
  }
  if (wantsHelp(rest)) {
    io.stdout(commandHelp(command, lang));
    return 0;
  }
  try {
    return await command.run(takeReaderLimits(rest), io);
  } catch (err) {
    if (err instanceof GiaobanError) {
      io.stderr(`${say('line.error', lang, { message: errorMessage(err, lang) })}\n`);
      return 2;
    }
    io.stderr(`${say('line.unexpected', lang, { message: errorMessage(err, lang) })}\n`);
    return 3;
  }
}
