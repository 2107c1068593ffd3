// Reporting periods and months as a clerk types them ("tháng 3/2018", "quý I/2018", "6 tháng đầu năm 2018"),
// with and without accents, beside the codes (month:2018-03); the CLI's --period / --from / --month use them,
// and the offline app and the add-in get them through the same core function.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { GiaobanError, GiaobanRangeError, parseMonthText, parsePeriodSpec, PeriodSpecError, type ReportingPeriod } from '@giaoban/core';
import { main } from '../../packages/cli/src/main.js';

const span = (p: ReportingPeriod): [string, string, string] => [p.kind, p.from, p.to];
const noAccents = (s: string): string => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/g, 'd').replace(/Đ/g, 'D');
const thrown = (f: () => unknown): GiaobanError => {
  try {
    f();
  } catch (e) {
    return e as GiaobanError;
  }
  throw new Error('did not throw');
};

describe('Vietnamese period text', () => {
  it('reads what clerks write, the same as the codes', () => {
    const same: [string, string][] = [
      ['tháng 3/2018', 'month:2018-03'],
      ['Tháng 03/2018', 'month:2018-03'],
      ['03/2018', 'month:2018-03'],
      ['3-2018', 'month:2018-03'],
      ['T3/2018', 'month:2018-03'],
      ['t03/2018', 'month:2018-03'],
      ['tháng 3 năm 2018', 'month:2018-03'],
      ['THÁNG 12/2025', 'month:2025-12'],
      ['2018-03', 'month:2018-03'],
      ['March 2018', 'month:2018-03'],
      ['Sept. 2018', 'month:2018-09'],
      ['may 2018', 'month:2018-05'],
      ['quý 1/2018', 'quarter:2018-Q1'],
      ['quý I/2018', 'quarter:2018-Q1'],
      ['Quý IV/2018', 'quarter:2018-Q4'],
      ['QUÝ III NĂM 2018', 'quarter:2018-Q3'],
      ['Q2/2018', 'quarter:2018-Q2'],
      ['2018-Q2', 'quarter:2018-Q2'],
      ['6 tháng đầu năm 2018', 'half:2018-H1'],
      ['6 tháng 2018', 'half:2018-H1'],
      ['6 tháng cuối năm 2018', 'half:2018-H2'],
      ['9 tháng 2018', 'nine-months:2018'],
      ['9 tháng năm 2018', 'nine-months:2018'],
      ['9 tháng đầu năm 2018', 'nine-months:2018'],
      ['năm 2018', 'year:2018'],
      ['Năm 2018', 'year:2018'],
      ['2018', 'year:2018'],
      // What the app's and the pane's picker send with the clerk's words after the kind.
      ['month:3/2018', 'month:2018-03'],
      ['quarter:I/2018', 'quarter:2018-Q1'],
      ['half:2018', 'half:2018-H1'],
    ];
    for (const [text, code] of same) {
      for (const options of [{}, { calendar: true }, { cutoffDay: 20 }]) {
        expect(span(parsePeriodSpec(text, options)), `${text} ${JSON.stringify(options)}`).toEqual(span(parsePeriodSpec(code, options)));
        expect(span(parsePeriodSpec(noAccents(text), options)), noAccents(text)).toEqual(span(parsePeriodSpec(code, options)));
      }
    }
    expect(parsePeriodSpec('quý I/2018').label).toBe('Quý I/2018 (15/12/2017 – 14/03/2018)');
    expect(parsePeriodSpec('6 thang dau nam 2018', { calendar: true }).label).toBe('6 tháng đầu năm 2018 (01/01/2018 – 30/06/2018, theo lịch)');
  });

  it('reads ranges whose ends are days or periods', () => {
    expect(span(parsePeriodSpec('từ 01/2026 đến 03/2026', { calendar: true }))).toEqual(['custom', '2026-01-01', '2026-03-31']);
    expect(span(parsePeriodSpec('tháng 1/2026 - tháng 3/2026'))).toEqual(['custom', '2025-12-15', '2026-03-14']);
    expect(span(parsePeriodSpec('01/01/2018..31/03/2018'))).toEqual(['custom', '2018-01-01', '2018-03-31']);
    expect(span(parsePeriodSpec('tu 15-01-2018 den ngay 14 thang 02 nam 2018'))).toEqual(['custom', '2018-01-15', '2018-02-14']);
    expect(span(parsePeriodSpec('2018-01-01..2018-03-31'))).toEqual(['custom', '2018-01-01', '2018-03-31']);
    expect(span(parsePeriodSpec('quý I/2018 – quý II/2018', { calendar: true }))).toEqual(['custom', '2018-01-01', '2018-06-30']);
  });

  it('says what it did not understand, in both languages, with forms that work', () => {
    const cases: [string, RegExp, RegExp][] = [
      ['tháng 13/2018', /Không hiểu kỳ báo cáo "tháng 13\/2018": không có tháng 13 \(tháng từ 1 đến 12\); ví dụ: tháng 3\/2018/, /Cannot read period "tháng 13\/2018": there is no month 13/],
      ['quý V/2018', /không có quý V \(quý I đến IV\)/, /there is no quarter V/],
      ['quý 5', /^Không hiểu kỳ báo cáo "quý 5"; ví dụ: /, /^Cannot read period "quý 5"; e\.g\. /],
      ['tuần 3/2018', /^Không hiểu kỳ báo cáo "tuần 3\/2018"; ví dụ: /, /^Cannot read period/],
      ['năm 2200', /Năm 2200 trong "năm 2200" nằm ngoài phạm vi 1900–2100/, /Year 2200 .* outside 1900–2100/],
      ['từ 30/02/2018 đến 31/03/2018', /Không hiểu đầu kỳ báo cáo "30\/02\/2018" .*: ngày 30\/02\/2018 không có trong lịch \(tháng 2\/2018 có 28 ngày\)/, /Cannot read the start "30\/02\/2018".*does not exist/],
      ['từ 03/2018 đến 01/2018', /Kỳ báo cáo ngược/, /runs backwards/],
      ['month:2018-Q1', /"2018-Q1" là một quý, không phải một tháng/, /"2018-Q1" is a quarter, not a month/],
    ];
    for (const [text, vi, en] of cases) {
      const e = thrown(() => parsePeriodSpec(text));
      expect(e, text).toBeInstanceOf(PeriodSpecError);
      expect(e.code).toBe('period.invalid');
      expect(e.vi, text).toMatch(vi);
      expect(e.en, text).toMatch(en);
    }
  });

  it('reads months for --from / --month', () => {
    for (const text of ['01/2026', '1/2026', 'tháng 1/2026', 'Tháng 01/2026', 'thang 1 nam 2026', 'T1/2026', '2026-01', 'month 1/2026']) {
      expect(parseMonthText(text), text).toBe('2026-01');
    }
    const quarter = thrown(() => parseMonthText('quý 1/2026'));
    expect(quarter).toBeInstanceOf(GiaobanRangeError);
    expect(quarter.code).toBe('month.invalid');
    expect(quarter.vi).toBe('Không hiểu tháng "quý 1/2026": đây không phải một tháng; ví dụ: 01/2026, tháng 1/2026, T1/2026, 2026-01');
    expect(quarter.en).toBe('Cannot read month "quý 1/2026": this is not a month; e.g. 01/2026, tháng 1/2026, T1/2026, 2026-01');
    expect(thrown(() => parseMonthText('13/2026')).vi).toContain('không có tháng 13');
    expect(thrown(() => parseMonthText('15/01/2026')).vi).toContain('đây không phải một tháng');
  });
});

describe('period text round trips (property)', () => {
  const kinds = fc.oneof(
    fc.record({ kind: fc.constant('month' as const), index: fc.integer({ min: 1, max: 12 }) }),
    fc.record({ kind: fc.constant('quarter' as const), index: fc.integer({ min: 1, max: 4 }) }),
    fc.record({ kind: fc.constant('half' as const), index: fc.integer({ min: 1, max: 2 }) }),
    fc.record({ kind: fc.constant('nine-months' as const), index: fc.constant(0) }),
    fc.record({ kind: fc.constant('year' as const), index: fc.constant(0) }),
  );
  const year = fc.integer({ min: 1901, max: 2100 });
  const options = fc.record({ calendar: fc.boolean(), cutoffDay: fc.integer({ min: 1, max: 28 }) });
  const code = (kind: string, y: number, i: number): string =>
    kind === 'month' ? `month:${y}-${String(i).padStart(2, '0')}` : kind === 'quarter' ? `quarter:${y}-Q${i}` : kind === 'half' ? `half:${y}-H${i}` : `${kind}:${y}`;

  it('every label, Vietnamese or English, reads back as its own period', () => {
    fc.assert(
      fc.property(kinds, year, options, ({ kind, index }, y, opts) => {
        const p = parsePeriodSpec(code(kind, y, index), opts);
        for (const label of [p.label, p.labelEn]) {
          const head = label.slice(0, label.indexOf(' ('));
          expect(span(parsePeriodSpec(head, opts)), head).toEqual(span(p));
          expect(span(parsePeriodSpec(noAccents(head).toUpperCase(), opts)), head).toEqual(span(p));
        }
      }),
    );
  });

  it('a month written any way a clerk writes it reads back as that month', () => {
    const month = fc.record({ y: year, m: fc.integer({ min: 1, max: 12 }) });
    const style = fc.record({
      word: fc.constantFrom('', 'tháng ', 'Tháng ', 'THÁNG ', 'thang ', 'T', 't'),
      pad: fc.boolean(),
      sep: fc.constantFrom('/', '-', '.', ' năm ', ' / '),
      accents: fc.boolean(),
    });
    fc.assert(
      fc.property(month, style, ({ y, m }, s) => {
        const sep = s.word === '' && s.sep === ' năm ' ? '/' : s.sep;
        let text = `${s.word}${s.pad ? String(m).padStart(2, '0') : m}${sep}${y}`;
        if (!s.accents) text = noAccents(text);
        const ym = `${y}-${String(m).padStart(2, '0')}`;
        expect(parseMonthText(text), text).toBe(ym);
        expect(span(parsePeriodSpec(text)), text).toEqual(span(parsePeriodSpec(`month:${ym}`)));
      }),
    );
  });

  it('a range of two months covers the first one’s start to the last one’s end', () => {
    const ym = fc.integer({ min: 1901 * 12, max: 2100 * 12 + 11 });
    fc.assert(
      fc.property(ym, ym, options, (a, b, opts) => {
        const [lo, hi] = a <= b ? [a, b] : [b, a];
        const text = (n: number) => `tháng ${(n % 12) + 1}/${Math.floor(n / 12)}`;
        const p = parsePeriodSpec(`từ ${text(lo)} đến ${text(hi)}`, opts);
        expect(p.from).toBe(parsePeriodSpec(text(lo), opts).from);
        expect(p.to).toBe(parsePeriodSpec(text(hi), opts).to);
      }),
    );
  });

  it('any text either reads as a real period or is refused as a period error, never a crash', () => {
    const pieces = fc.constantFrom('tháng', 'quý', 'năm', '6 tháng', '9 tháng', 'đầu', 'cuối', 'từ', 'đến', '..', '/', '-', ' ', 'I', 'V', 'Q', 'T', '3', '13', '2018', '30/02/2018', 'month:', 'x');
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.array(pieces, { maxLength: 8 }).map((xs) => xs.join(''))), (text) => {
        let p: ReportingPeriod;
        try {
          p = parsePeriodSpec(text);
        } catch (e) {
          expect(e).toBeInstanceOf(PeriodSpecError);
          expect((e as PeriodSpecError).en.length).toBeGreaterThan(0);
          return;
        }
        expect(p.from <= p.to).toBe(true);
        expect(p.from).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      }),
    );
  });
});

describe('the CLI takes the same words', () => {
  const cli = async (...argv: string[]) => {
    const out: string[] = [];
    const err: string[] = [];
    const code = await main(argv, { stdout: (t) => out.push(t), stderr: (t) => err.push(t), cwd: process.cwd() });
    return { code, stdout: out.join(''), stderr: err.join('') };
  };

  it('giaoban period "quý I/2018" and "6 tháng đầu năm 2018"', async () => {
    const q = await cli('period', 'quý I/2018', '--json');
    expect(q.code).toBe(0);
    expect(JSON.parse(q.stdout)).toMatchObject({ from: '2017-12-15', to: '2018-03-14' });
    const h = await cli('period', '6 tháng đầu năm 2018', '--calendar', '--json');
    expect(JSON.parse(h.stdout)).toMatchObject({ from: '2018-01-01', to: '2018-06-30' });
    const bad = await cli('period', 'tháng 13/2018');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/^Lỗi: <kỳ>: Không hiểu kỳ báo cáo "tháng 13\/2018": không có tháng 13/);
  });

  it('giaoban rotate --from "tháng 1/2026" is --from 2026-01', async () => {
    const a = await cli('rotate', 'examples/so-theo-doi-giao-ban.xlsx', '--from', 'tháng 1/2026', '--months', '2', '--json');
    const b = await cli('rotate', 'examples/so-theo-doi-giao-ban.xlsx', '--from', '2026-01', '--months', '2', '--json');
    expect(a.stdout.length).toBeGreaterThan(0);
    expect(a.stdout).toBe(b.stdout);
    const bad = await cli('rotate', 'examples/so-theo-doi-giao-ban.xlsx', '--from', 'quý 1/2026', '--months', '2');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--from: Không hiểu tháng "quý 1/2026": đây không phải một tháng');
  });
});
