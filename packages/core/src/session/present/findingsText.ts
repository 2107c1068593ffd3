/**
 * The findings view as text for a terminal or a log: the tables found, then
 * each sheet's findings, then the totals — in the reader's language.
 */
import { CORE_TEXTS, type CoreTextKey } from '../../data/texts.js';
import { formatDateIn } from '../../calendar/civilDate.js';
import type { Finding } from '../../findings/finding.js';
import { textIn, type Lang, type TextVars } from '../../text/texts.js';
import type { FindingsView } from '../findingsView.js';

const say = (key: CoreTextKey, lang: Lang, vars?: TextVars) => textIn(CORE_TEXTS, key, lang, vars);

/** A finding's message and suggestion in `lang`. */
export function findingText(f: Finding, lang: Lang): { message: string; suggestion: string | null } {
  return { message: lang === 'en' ? f.messageEn : f.message, suggestion: (lang === 'en' ? f.suggestionEn : f.suggestion) ?? null };
}

/**
 * The report: the file, the tables found, the findings grouped by sheet, the totals.
 *
 * @param view the session's findings
 * @param lang the reader's language
 * @returns the text, ending in a newline
 * @example
 * ```ts
 * process.stdout.write(findingsText(session.findings(), 'en'));
 * // Workbook: so.xlsx
 * // Tables found:
 * //   Giao ban: briefings, header row 4, 36 rows …
 * ```
 */
export function findingsText(view: FindingsView, lang: Lang): string {
  const lines: string[] = [say('findings.workbook', lang, { file: view.file ?? '' })];
  if (view.tables.length) {
    lines.push(say('findings.tables', lang));
    for (const t of view.tables) lines.push(`  ${say('findings.table', lang, { sheet: t.sheet, kind: say(t.label, lang), row: t.headerRow, rows: t.rows })}`);
  }
  const tag = { error: say('severity.error', lang).toLocaleUpperCase(lang), warning: say('severity.warning', lang).toLocaleLowerCase(lang) };
  const width = Math.max(tag.error.length, tag.warning.length);
  let sheet: string | null = null;
  for (const f of view.findings) {
    if (f.sheet !== sheet) {
      sheet = f.sheet;
      const c = view.bySheet.find((s) => s.sheet === f.sheet)!;
      lines.push('', say('findings.sheet', lang, { sheet: f.sheet, errors: c.errors, warnings: c.warnings }));
    }
    const { message, suggestion } = findingText(f, lang);
    lines.push(`  ${f.cell.padEnd(6)} ${tag[f.severity].padEnd(width)} ${message}${suggestion ? ` — ${suggestion}` : ''} [${f.code}]`);
  }
  lines.push('');
  if (view.asOf) lines.push(say('findings.asOf', lang, { date: formatDateIn(view.asOf, lang) }));
  lines.push(say('findings.total', lang, { ...view.summary, briefings: view.briefings, issues: view.issues, excluded: view.excludedRows }));
  return lines.join('\n') + '\n';
}
