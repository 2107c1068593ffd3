/**
 * `giaoban deadlines [--as-of YYYY-MM-DD] [--json] [--lang vi|en]` — the follow-up deadline of each kind
 * of item: days, how they are counted, the event the clock starts from, the law in force on the as-of day
 * and its validity, the extensions, the earlier versions, and the Civil Code's counting rule.
 */
import {
  CIVIL_CODE_COUNTING,
  civilDateInVietnam,
  CLOCK_START_LABELS,
  DAY_COUNT_LABELS,
  DEADLINE_RULES,
  deadlineVersionOn,
  formatDateVi,
  type DeadlineRule,
  type DeadlineVersion,
} from '@giaoban/core';
import { dateArg, langArg, parseCommandArgs, type CliLang } from '../args.js';
import { printJson } from '../output.js';
import { textTable } from '../table.js';
import { say } from '../texts.js';
import { register } from './index.js';

const usage = 'giaoban deadlines [--as-of YYYY-MM-DD] [--json] [--lang vi|en]';

/** One version as printed in JSON. */
function versionJson(v: DeadlineVersion, lang: CliLang) {
  return {
    validFrom: v.validFrom,
    validTo: v.validTo,
    days: v.days,
    count: v.count,
    start: v.start,
    source: lang === 'en' ? v.sourceEn : v.source,
    verified: v.verified,
    ...(v.basis ? { basis: lang === 'en' ? (v.basisEn ?? v.basis) : v.basis } : {}),
    extension: v.extension ? v.extension[lang] : null,
  };
}

/** A kind as printed in JSON: the version in force on `asOf`, and all versions. */
function kindJson(r: DeadlineRule, asOf: string, lang: CliLang) {
  const v = deadlineVersionOn(r, asOf);
  return {
    kind: r.kind,
    label: r.label[lang],
    convention: r.convention ?? false,
    inForce: v ? versionJson(v, lang) : null,
    versions: (r.versions ?? []).map((x) => versionJson(x, lang)),
  };
}

const HEAD = ['deadlines.head.kind', 'deadlines.head.days', 'deadlines.head.start', 'deadlines.head.source', 'deadlines.head.validity'] as const;

/** "from 01/01/2019" or "01/01/2019 – 30/06/2025": when a version of a deadline is in force. */
function validityText(from: string, to: string | null, lang: CliLang): string {
  return to ? say('deadlines.between', lang, { from, to }) : say('deadlines.since', lang, { from });
}

export default register({
  name: 'deadlines',
  usage,
  summary: 'Thời hạn xử lý từng loại vụ việc: số ngày, cách tính, tính từ ngày nào, căn cứ pháp lý và hiệu lực.',
  async run(args, io) {
    const { values } = parseCommandArgs({ args, options: { 'as-of': { type: 'string' }, json: { type: 'boolean' }, lang: { type: 'string' } } }, usage);
    const lang = langArg(values.lang);
    const asOf = dateArg('--as-of', values['as-of']) ?? civilDateInVietnam(Date.now());
    if (values.json) {
      printJson(io, { asOf, counting: CIVIL_CODE_COUNTING.text[lang], kinds: DEADLINE_RULES.map((r) => kindJson(r, asOf, lang)) });
      return 0;
    }
    const shown = (d: string) => (lang === 'vi' ? formatDateVi(d) : d);
    const rows = DEADLINE_RULES.map((r) => {
      const v = deadlineVersionOn(r, asOf);
      if (!v) return [r.label[lang], '—', '—', say('deadlines.none', lang), '—'];
      const days = `${String(v.days).padStart(2, '0')} ${DAY_COUNT_LABELS[v.count][lang]}`;
      const source = (lang === 'en' ? v.sourceEn : v.source) + (v.verified ? '' : ' (*)');
      const validity = v.law === null ? say('deadlines.unit', lang) : validityText(shown(v.validFrom), v.validTo ? shown(v.validTo) : null, lang);
      return [r.label[lang], days, CLOCK_START_LABELS[v.start][lang], source, validity];
    });
    io.stdout(`${say('deadlines.title', lang, { date: shown(asOf) })}\n\n`);
    io.stdout(textTable(HEAD.map((k) => say(k, lang)), rows));
    const ext = DEADLINE_RULES.flatMap((r) => {
      const v = deadlineVersionOn(r, asOf);
      return v?.extension ? [`  - ${r.label[lang]}: ${v.extension[lang]}`] : [];
    });
    if (ext.length) io.stdout(`\n${say('deadlines.extensions', lang)}\n${ext.join('\n')}\n`);
    // Versions whose days are not checked are marked (*); kinds that share a reason are named together.
    const unchecked = new Map<string, string[]>();
    const mark = (r: DeadlineRule, v: DeadlineVersion): void => {
      const why = lang === 'en' ? (v.basisEn ?? v.basis) : v.basis;
      if (v.verified || !why) return;
      const kinds = unchecked.get(why) ?? [];
      if (!kinds.includes(r.label[lang])) kinds.push(r.label[lang]);
      unchecked.set(why, kinds);
    };
    for (const r of DEADLINE_RULES) {
      const v = deadlineVersionOn(r, asOf);
      if (v) mark(r, v);
    }
    const others = DEADLINE_RULES.flatMap((r) =>
      (r.versions ?? [])
        .filter((v) => v !== deadlineVersionOn(r, asOf) && v.law !== null)
        .map((v) => {
          mark(r, v);
          const validity = validityText(shown(v.validFrom), v.validTo ? shown(v.validTo) : null, lang);
          return `  - ${r.label[lang]}: ${String(v.days).padStart(2, '0')} ${DAY_COUNT_LABELS[v.count][lang]}, ${validity} — ${lang === 'en' ? v.sourceEn : v.source}${v.verified ? '' : ' (*)'}`;
        }),
    );
    if (others.length) io.stdout(`\n${say('deadlines.others', lang)}\n${others.join('\n')}\n`);
    if (unchecked.size) io.stdout(`\n${say('deadlines.unverified', lang)}\n${[...unchecked].map(([why, kinds]) => `  (*) ${kinds.join('; ')}: ${why}`).join('\n')}\n`);
    io.stdout(`\n${say('deadlines.counting', lang)} ${CIVIL_CODE_COUNTING.text[lang]}.\n${say('deadlines.table', lang)}\n`);
    return 0;
  },
});
