/**
 * `giaoban holidays <năm> [--json]` — the holiday calendar of a year, one line per day.
 */
import { formatDateVi, HOLIDAY_SOURCE_LABELS, holidaysOf, weekdayNameVi } from '@giaoban/core/calendar';
import { onePositional, parseCommandArgs, yearArg } from '../args.js';
import { printJson } from '../output.js';
import { textTable } from '../table.js';
import { HOLIDAYS_OPTION, HOLIDAYS_USAGE, loadHolidaysFile } from '../holidaysFile.js';
import { register } from './index.js';

const usage = `giaoban holidays <năm> [--json] ${HOLIDAYS_USAGE}`;

export default register({
  name: 'holidays',
  usage,
  summary: 'Ngày nghỉ lễ, Tết, nghỉ bù và ngày làm bù của một năm (theo luật, quyết định hoặc ước tính).',
  async run(args, io) {
    const { values, positionals } = parseCommandArgs({ args, allowPositionals: true, options: { json: { type: 'boolean' }, ...HOLIDAYS_OPTION } }, usage);
    const year = yearArg(onePositional(positionals, '<năm>', usage), usage);
    const list = holidaysOf(year, { overrides: await loadHolidaysFile(values.holidays, io.cwd) });
    if (values.json) {
      // `note`: the announcement cited, or why an estimate is what it is (only when there is one).
      printJson(io, list.map((h) => ({ date: h.date, name: h.name, kind: h.kind, source: h.source, ...(h.note ? { note: h.note } : {}) })));
      return 0;
    }
    io.stdout(`Ngày nghỉ lễ, Tết năm ${year}\n\n`);
    io.stdout(
      textTable(
        ['Ngày', 'Thứ', 'Loại', 'Nguồn', 'Tên'],
        list.map((h) => [formatDateVi(h.date), weekdayNameVi(h.date), h.kind === 'off' ? 'Nghỉ' : 'Làm bù', HOLIDAY_SOURCE_LABELS[h.source].vi, h.name]),
      ),
    );
    // Why each estimate is what it is, and which announcement each decreed break comes from (once each).
    const notes = [...new Set(list.filter((h) => h.note && h.source !== 'workbook').map((h) => h.note!))];
    if (notes.length) io.stdout(`\nCăn cứ:\n${notes.map((n) => `  - ${n}`).join('\n')}\n`);
    if (list.some((h) => h.source === 'estimate')) {
      io.stdout('\n"ước tính": chưa có quyết định nghỉ chính thức; ghi ngày nghỉ thực tế vào sheet ngày nghỉ của sổ theo dõi, hoặc dùng --holidays <tệp .json|.xlsx>, để thay thế.\n');
    }
    return 0;
  },
});
