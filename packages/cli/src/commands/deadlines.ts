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

const T = {
  title: { vi: (d: string) => `Thời hạn xử lý theo loại vụ việc, áp dụng cho vụ việc bắt đầu tính hạn ngày ${d}`, en: (d: string) => `Follow-up deadlines by kind, for an item whose clock starts on ${d}` },
  head: {
    vi: ['Loại vụ việc', 'Thời hạn', 'Tính từ', 'Căn cứ', 'Hiệu lực'],
    en: ['Kind', 'Deadline', 'Counted from', 'Source', 'In force'],
  },
  none: { vi: 'không có thời hạn pháp định vào ngày này (theo quy ước của đơn vị)', en: 'no legal deadline on this day (the unit’s convention applies)' },
  since: { vi: (f: string, t: string | null) => (t ? `${f} – ${t}` : `từ ${f}`), en: (f: string, t: string | null) => (t ? `${f} – ${t}` : `from ${f}`) },
  unit: { vi: 'quy ước của đơn vị', en: 'unit’s convention' },
  extensions: { vi: 'Gia hạn, kéo dài:', en: 'Extensions:' },
  unverified: { vi: 'Chưa kiểm chứng:', en: 'Not checked:' },
  others: { vi: 'Các phiên bản khác:', en: 'Other versions:' },
  counting: { vi: 'Cách tính (mọi thời hạn, kể cả quy ước của đơn vị):', en: 'Counting (every deadline, the unit’s convention included):' },
  table: {
    vi: 'Sổ theo dõi có bảng "Thời hạn xử lý" thì số ngày ghi ở đó thay cho bảng này; có cột "Ngày thụ lý" thì khiếu nại, tố cáo tính hạn từ ngày thụ lý.',
    en: 'A "Thời hạn xử lý" table in the workbook replaces these days; a "Ngày thụ lý" column makes complaints and denunciations count from acceptance.',
  },
};

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
      if (!v) return [r.label[lang], '—', '—', T.none[lang], '—'];
      const days = `${String(v.days).padStart(2, '0')} ${DAY_COUNT_LABELS[v.count][lang]}`;
      const source = (lang === 'en' ? v.sourceEn : v.source) + (v.verified ? '' : ' (*)');
      const validity = v.law === null ? T.unit[lang] : T.since[lang](shown(v.validFrom), v.validTo ? shown(v.validTo) : null);
      return [r.label[lang], days, CLOCK_START_LABELS[v.start][lang], source, validity];
    });
    io.stdout(`${T.title[lang](shown(asOf))}\n\n`);
    io.stdout(textTable(T.head[lang], rows));
    const ext = DEADLINE_RULES.flatMap((r) => {
      const v = deadlineVersionOn(r, asOf);
      return v?.extension ? [`  - ${r.label[lang]}: ${v.extension[lang]}`] : [];
    });
    if (ext.length) io.stdout(`\n${T.extensions[lang]}\n${ext.join('\n')}\n`);
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
          const validity = T.since[lang](shown(v.validFrom), v.validTo ? shown(v.validTo) : null);
          return `  - ${r.label[lang]}: ${String(v.days).padStart(2, '0')} ${DAY_COUNT_LABELS[v.count][lang]}, ${validity} — ${lang === 'en' ? v.sourceEn : v.source}${v.verified ? '' : ' (*)'}`;
        }),
    );
    if (others.length) io.stdout(`\n${T.others[lang]}\n${others.join('\n')}\n`);
    if (unchecked.size) io.stdout(`\n${T.unverified[lang]}\n${[...unchecked].map(([why, kinds]) => `  (*) ${kinds.join('; ')}: ${why}`).join('\n')}\n`);
    io.stdout(`\n${T.counting[lang]} ${CIVIL_CODE_COUNTING.text[lang]}.\n${T.table[lang]}\n`);
    return 0;
  },
});
