/**
 * The help texts: `giaoban --help` (every command, exit codes), `giaoban <lệnh> --help`
 * (one command's usage and what each of its options does) and `--version`.
 * The options a command has are read from its usage line; what each one means is a
 * `help.option.*` text of the catalogue (texts.ts), so a new option only needs its text
 * there (a test checks none is missing).
 */
import { readFileSync } from 'node:fs';
import type { BiText } from '@giaoban/core';
import type { CliLang } from './args.js';
import type { Command } from './commands/index.js';
import { CLI_TEXTS, say, type CliTextKey } from './texts.js';
import { usageIn } from './usage.js';

/** Exit codes, as `giaoban --help` and the README list them. */
export const EXIT_CODES: readonly (readonly [string, BiText])[] = (['0', '1', '2', '3', '130'] as const).map((code) => [code, CLI_TEXTS[`help.exit.${code}`]] as const);

/** The commands' one-line summaries in English. */
export const COMMAND_SUMMARY_EN: Readonly<Record<string, string>> = Object.fromEntries(
  Object.entries(CLI_TEXTS)
    .filter(([key]) => key.startsWith('help.command.'))
    .map(([key, text]) => [key.slice('help.command.'.length), text.en]),
);

/**
 * The options named in a usage line, in order, each once (`-o`, `--json`, …).
 *
 * @example
 * ```ts
 * optionsOf('giaoban dates <năm> [--day 15] [--json]'); // ['--day', '--json']
 * ```
 */
export function optionsOf(usage: string): string[] {
  const found = [...usage.matchAll(/(?:^|[\s[|])(--?[a-z][a-z-]*)/g)].map((m) => m[1]!);
  return [...new Set(found)];
}

/**
 * The description of `option` for `command` in `lang`, or undefined when the catalogue lacks it
 * (`rotate --from` is a month, `summarize --from` a day: a command may give an option its own text).
 *
 * @example
 * ```ts
 * optionHelp('rotate', '--from', 'en'); // "first month to plan, YYYY-MM (e.g. 2026-01; …)"
 * ```
 */
export function optionHelp(command: string, option: string, lang: CliLang = 'vi'): string | undefined {
  const texts = CLI_TEXTS as Readonly<Record<string, BiText>>;
  return (texts[`help.option.${command} ${option}`] ?? texts[`help.option.${option}`])?.[lang];
}

/**
 * The version in the CLI's package.json (one folder up from `src/` and from `dist/`), as the build wrote it in.
 *
 * @example
 * ```ts
 * cliVersion(); // "0.1.0"
 * ```
 */
export function cliVersion(): string {
  // The build writes the version in (the release's single file has no package.json beside it).
  if (typeof GIAOBAN_CLI_VERSION === 'string') return GIAOBAN_CLI_VERSION;
  const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };
  return pkg.version;
}

declare const GIAOBAN_CLI_VERSION: string | undefined;

function exitCodeLines(lang: CliLang): string[] {
  return EXIT_CODES.map(([code, what]) => `  ${code.padEnd(4)} ${what[lang]}`);
}

/** A command's one-line summary in `lang`. */
export function summaryOf(command: Pick<Command, 'name' | 'summary'>, lang: CliLang): string {
  const key = `help.command.${command.name}` as CliTextKey;
  return key in CLI_TEXTS ? say(key, lang) : command.summary;
}

/**
 * `giaoban --help`: every command's usage and summary, then the notes and exit codes.
 *
 * @example
 * ```ts
 * mainHelp(commands).startsWith('giaoban 0.1.0 — Giao ban cơ sở'); // true
 * mainHelp(commands, 'en').includes('Exit codes:');                 // true
 * ```
 */
export function mainHelp(commands: readonly Command[], lang: CliLang = 'vi'): string {
  const lines = [`giaoban ${cliVersion()} — Giao ban cơ sở`, '', say('help.usage', lang)];
  for (const c of commands) lines.push(`  ${usageIn(c.usage, lang)}`, `      ${summaryOf(c, lang)}`);
  lines.push('', say('help.note.more', lang), say('help.note.dates', lang), say('help.note.outputs', lang), say('help.note.asOf', lang), say('help.note.limits', lang));
  lines.push('', say('help.exit', lang), ...exitCodeLines(lang));
  return lines.join('\n') + '\n';
}

/**
 * `giaoban <lệnh> --help`: the command's summary, usage, and each of its options with what it does.
 *
 * @example
 * ```ts
 * commandHelp(datesCommand); // "giaoban dates — Ngày giao ban 12 tháng…\n\nCách dùng:\n  giaoban dates <năm> …"
 * ```
 */
export function commandHelp(command: Command, lang: CliLang = 'vi'): string {
  const options = [...optionsOf(command.usage), '--help'];
  const label = (o: string) => (o === '--help' ? '-h, --help' : o === '--quiet' ? '-q, --quiet' : o);
  const width = options.reduce((w, o) => Math.max(w, label(o).length), 0);
  const lines = [`giaoban ${command.name} — ${summaryOf(command, lang)}`, '', say('help.usage', lang), `  ${usageIn(command.usage, lang)}`, '', say('help.options', lang)];
  for (const o of options) lines.push(`  ${label(o).padEnd(width)}  ${optionHelp(command.name, o, lang) ?? ''}`.trimEnd());
  const notes: string[] = [];
  if (/YYYY-MM-DD|<ngày>|dd\/mm\/yyyy/.test(command.usage)) notes.push(say('help.note.dates', lang));
  if (options.includes('--as-of')) notes.push(say('help.note.asOf', lang));
  if (options.includes('--force')) notes.push(say('help.note.outputs', lang));
  if (/<sổ\.xlsx>|--input/.test(command.usage)) notes.push(say('help.note.limits', lang));
  if (notes.length) lines.push('', ...notes);
  lines.push('', say('help.exit', lang), ...exitCodeLines(lang));
  return lines.join('\n') + '\n';
}
