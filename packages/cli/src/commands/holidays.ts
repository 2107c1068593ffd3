/**
 * `giaoban holidays <năm> [--json] [--lang vi|en]` — the holiday calendar of a year, one line per day,
 * each with its notice (announced breaks), its law (statutory days) or the rule of an estimate.
 */
import { announcementName, formatDateVi, HOLIDAY_SOURCE_LABELS, holidaysOf, holidayYearBasis, weekdayNameEn, weekdayNameVi } from '@giaoban/core/calendar';
import { langArg, onePositional, parseCommandArgs, yearArg } from '../args.js';
import { printJson } from '../output.js';
import { textTable } from '../table.js';
import { HOLIDAYS_OPTION, HOLIDAYS_USAGE, loadHolidaysFile } from '../holidaysFile.js';
import { say } from '../texts.js';
import { register } from './index.js';

const usage = `giaoban holidays <năm> [--json] [--lang vi|en] ${HOLIDAYS_USAGE}`;

const HEAD = ['holidays.head.date', 'holidays.head.weekday', 'holidays.head.kind', 'holidays.head.source', 'holidays.head.name', 'holidays.head.basis'] as const;

export default register({
  name: 'holidays',
  usage,
  summary: 'Ngày nghỉ lễ, Tết, nghỉ bù và ngày làm bù của một năm, mỗi ngày kèm thông báo hoặc điều luật làm căn cứ (ước tính thì ghi rõ).',
  async run(args, io) {
    const { values, positionals } = parseCommandArgs({ args, allowPositionals: true, options: { json: { type: 'boolean' }, lang: { type: 'string' }, ...HOLIDAYS_OPTION } }, usage);
    const lang = langArg(values.lang);
    const year = yearArg(onePositional(positionals, '<năm>', usage), usage);
    const overrides = await loadHolidaysFile(values.holidays, io.cwd);
    const list = holidaysOf(year, { overrides });
    const en = lang === 'en';
    if (values.json) {
      // `note`: the notice or law each day rests on, or why an estimate is what it is (when the day has one).
      printJson(
        io,
        list.map((h) => ({ date: h.date, name: en ? (h.nameEn ?? h.name) : h.name, kind: h.kind, source: h.source, ...(h.note ? { note: en ? (h.noteEn ?? h.note) : h.note } : {}) })),
      );
      return 0;
    }
    const basis = holidayYearBasis(year, { overrides });
    // Each day points to its basis by number; the list below gives each notice or law once.
    const notes: string[] = [];
    const numberOf = (note: string | undefined): string => {
      if (!note) return '';
      let i = notes.indexOf(note);
      if (i < 0) i = notes.push(note) - 1;
      return `[${i + 1}]`;
    };
    const rows = list.map((h) => [
      formatDateVi(h.date),
      en ? weekdayNameEn(h.date) : weekdayNameVi(h.date),
      say(h.kind === 'off' ? 'holidays.kind.off' : 'holidays.kind.workday', lang),
      HOLIDAY_SOURCE_LABELS[h.source][lang],
      en ? (h.nameEn ?? h.name) : h.name,
      numberOf(en ? (h.noteEn ?? h.note) : h.note),
    ]);
    io.stdout(`${say('holidays.title', lang, { year })}\n`);
    io.stdout(basis.note ? `${basis.note[lang]}\n\n` : `${say('holidays.announced', lang, { documents: basis.announcements.map((a) => announcementName(a, lang)).join('; ') || '—' })}\n\n`);
    io.stdout(textTable(HEAD.map((k) => say(k, lang)), rows));
    if (notes.length) io.stdout(`\n${say('holidays.basis', lang)}\n${notes.map((n, i) => `  [${i + 1}] ${n}`).join('\n')}\n`);
    io.stdout(`\n${say('holidays.file', lang)}\n`);
    return 0;
  },
});
