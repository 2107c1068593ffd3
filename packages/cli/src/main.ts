import { commands } from './commands/index.js';
import './commands/all.js';
import { FileError, UsageError, type CliIO } from './io.js';

function help(): string {
  const lines = ['giaoban — Giao ban cơ sở', '', 'Cách dùng:'];
  for (const c of commands) lines.push(`  ${c.usage}`, `      ${c.summary}`);
  return lines.join('\n') + '\n';
}

/**
 * Runs the `giaoban` command line with `argv` (without node and script) and resolves to the exit code:
 * 0 success, 1 the workbook has errors, 2 bad arguments or unusable file.
 */
export async function main(argv: string[], io: CliIO): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    io.stdout(help());
    return name ? 0 : 2;
  }
  const command = commands.find((c) => c.name === name);
  if (!command) {
    io.stderr(`Lỗi: không có lệnh "${name}". Các lệnh: ${commands.map((c) => c.name).join(', ')}.\n`);
    return 2;
  }
  try {
    return await command.run(rest, io);
  } catch (err) {
    if (err instanceof UsageError || err instanceof FileError) {
      io.stderr(`Lỗi: ${err.message}\n`);
      return err.exitCode;
    }
    const message = err instanceof Error ? err.message : String(err);
    io.stderr(`Lỗi không mong đợi: ${message}\n`);
    return 3;
  }
}
