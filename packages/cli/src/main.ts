import { commands } from './commands/index.js';
import './commands/all.js';
import { commandHelp, cliVersion, mainHelp } from './help.js';
import type { CliLang } from './args.js';
import { errorMessage } from '@giaoban/core';
import { FileError, UsageError, type CliIO } from './io.js';
import { takeReaderLimits } from './readerLimits.js';

const HELP = ['--help', '-h'];

/** True when `args` ask for help before any `--` (after which everything is a plain argument). */
function wantsHelp(args: readonly string[]): boolean {
  const end = args.indexOf('--');
  return (end === -1 ? args : args.slice(0, end)).some((a) => HELP.includes(a));
}

/** `--lang en` (or `--lang=en`) among `args` asks for English help and English error lines. */
function helpLang(args: readonly string[]): CliLang {
  const i = args.indexOf('--lang');
  return (i >= 0 && args[i + 1] === 'en') || args.includes('--lang=en') ? 'en' : 'vi';
}

/**
 * Runs the `giaoban` command line with `argv` (without node and script) and resolves to the exit code:
 * 0 success, 1 the workbook has errors (validate, rotate), 2 bad arguments, an unusable file or an
 * output that cannot be written, 3 unexpected. (130/143 — interrupted — come from the process itself.)
 *
 * @example
 * ```ts
 * await main(['dates', '2026'], { stdout: (t) => process.stdout.write(t), stderr: (t) => process.stderr.write(t), cwd: process.cwd() }); // 0
 * ```
 */
export async function main(argv: string[], io: CliIO): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || HELP.includes(name) || name === 'help') {
    const topic = name === 'help' ? commands.find((c) => c.name === rest[0]) : undefined;
    io.stdout(topic ? commandHelp(topic, helpLang(rest)) : mainHelp(commands, helpLang(rest)));
    return name ? 0 : 2;
  }
  if (name === '--version' || name === '-v') {
    io.stdout(`giaoban ${cliVersion()}\n`);
    return 0;
  }
  const command = commands.find((c) => c.name === name);
  if (!command) {
    io.stderr(`Lỗi: không có lệnh "${name}". Các lệnh: ${commands.map((c) => c.name).join(', ')}. Xem: giaoban --help\n`);
    return 2;
  }
  if (wantsHelp(rest)) {
    io.stdout(commandHelp(command, helpLang(rest)));
    return 0;
  }
  try {
    return await command.run(takeReaderLimits(rest), io);
  } catch (err) {
    const lang = helpLang(rest);
    if (err instanceof UsageError || err instanceof FileError) {
      io.stderr(`${lang === 'en' ? 'Error' : 'Lỗi'}: ${err.messageIn(lang)}\n`);
      return err.exitCode;
    }
    io.stderr(`${lang === 'en' ? 'Unexpected error' : 'Lỗi không mong đợi'}: ${errorMessage(err, lang)}\n`);
    return 3;
  }
}
