/**
 * The province's roll-up over real unit workbooks (generated grids read by the
 * reader): its figures are exactly the units' `summarize` figures added up,
 * last year's are `summarize` of the same period a year earlier, an old
 * commune's book is counted for the unit of today that took it over in July
 * 2025, and every file that cannot be counted is named — never counted twice.
 */
import { describe, expect, it } from 'vitest';
import {
  computeStatistics,
  customPeriod,
  parsePeriodSpec,
  readWorkbook,
  detectUnitNames,
  reduceUnitWorkbook,
  rollupWorkbooks,
  RollupEmptyError,
  samePeriodLastYear,
  shiftYears,
  statisticsInputOf,
  type Rollup,
  type RollupFigures,
  type Statistics,
  type UnitLookup,
  type CatalogueLike,
  unitLookupFromCatalogue,
} from '@giaoban/core';
import { dienBienBooks, unitWorkbook } from './fixtures.js';

const december = parsePeriodSpec('month:2025-12'); // 15/11/2025 – 14/12/2025

/** What `summarize` counts for one workbook, period and as-of date. */
function summarize(book: ReturnType<typeof unitWorkbook>, period: { from: string; to: string; kind?: string; convention?: 'decree' | 'calendar' | 'custom' }, asOf?: string): Statistics {
  return computeStatistics({ ...statisticsInputOf(book.read), period, ...(asOf ? { asOf } : {}) });
}

/** The summed figures of several summaries, field by field as the roll-up reports them. */
function summed(stats: Statistics[]) {
  const add = (f: (s: Statistics) => number) => stats.reduce((n, s) => n + f(s), 0);
  return {
    briefings: add((s) => s.briefings.held),
    planned: add((s) => s.briefings.planned),
    hostsReached: add((s) => s.briefings.hostedCommunes),
    hosts: add((s) => s.briefings.activeCommunes),
    items: add((s) => s.issues.total),
    security: add((s) => s.issues.byCategory['security-situation']),
    commune: add((s) => s.issues.byCategory['commune-police']),
    admin: add((s) => s.issues.byCategory['administrative-procedures']),
    pending: add((s) => s.issues.byCaseState.pending),
    answered: add((s) => s.issues.byStatus.answered),
    resolvedStatus: add((s) => s.issues.byStatus.resolved),
    inProgress: add((s) => s.issues.byStatus['in-progress']),
    closedOnTime: add((s) => s.issues.closedOnTime),
    closedLate: add((s) => s.issues.closedLate),
    backlog: add((s) => s.issues.backlog),
    overdue: add((s) => s.issues.overdueOpen),
  };
}

function asSummed(f: RollupFigures) {
  return {
    briefings: f.briefings,
    planned: f.planned,
    hostsReached: f.hostsReached,
    hosts: f.hosts,
    items: f.items,
    security: f.byCategory['security-situation'],
    commune: f.byCategory['commune-police'],
    admin: f.byCategory['administrative-procedures'],
    pending: f.byCaseState.pending,
    answered: f.byStatus.answered,
    resolvedStatus: f.byStatus.resolved,
    inProgress: f.byStatus['in-progress'],
    closedOnTime: f.closedOnTime,
    closedLate: f.closedLate,
    backlog: f.backlog,
    overdue: f.overdue,
  };
}

describe('samePeriodLastYear', () => {
  it('keeps the named period and its convention, a year earlier', () => {
    expect(samePeriodLastYear(december)).toMatchObject({ from: '2024-11-15', to: '2024-12-14', label: 'Tháng 12/2024 (15/11/2024 – 14/12/2024)' });
    expect(samePeriodLastYear(parsePeriodSpec('half:2025-H1'))).toMatchObject({ from: '2023-12-15', to: '2024-06-14', kind: 'half', label: '6 tháng đầu năm 2024 (15/12/2023 – 14/06/2024)' });
    expect(samePeriodLastYear(parsePeriodSpec('year:2025'))).toMatchObject({ from: '2023-12-15', to: '2024-12-14', kind: 'year' });
    expect(samePeriodLastYear(parsePeriodSpec('month:2025-03', { calendar: true }))).toMatchObject({ from: '2024-03-01', to: '2024-03-31', convention: 'calendar' });
    // A leap February: the calendar month of the year before is 28 days.
    expect(samePeriodLastYear(parsePeriodSpec('month:2024-02', { calendar: true }))).toMatchObject({ from: '2023-02-01', to: '2023-02-28' });
    expect(samePeriodLastYear(parsePeriodSpec('month:2025-12', { cutoffDay: 20 }))).toMatchObject({ from: '2024-11-20', to: '2024-12-19' });
  });

  it('moves a custom range back day for day, 29 February to 28', () => {
    expect(samePeriodLastYear(customPeriod('2024-02-29', '2024-05-31'))).toMatchObject({ from: '2023-02-28', to: '2023-05-31', kind: 'custom' });
    expect(shiftYears('2026-01-05', -1)).toBe('2025-01-05');
  });
});

describe('rollupWorkbooks: the figures', () => {
  const books = [
    unitWorkbook('muong-nhe.xlsx', { unit: 'CÔNG AN XÃ MƯỜNG NHÉ', seed: 21 }),
    unitWorkbook('cha-nua.xlsx', { unit: 'CÔNG AN XÃ CHÀ NƯA', seed: 22, issues: 900, places: 9, clusters: 3 }),
    unitWorkbook('sen-thuong.xlsx', { unit: 'CÔNG AN XÃ SEN THƯỢNG', seed: 23, issues: 150 }),
  ];

  it('totals equal the sum of each unit’s summarize for the same period and as-of date', () => {
    const asOf = '2025-12-20';
    const rollup = rollupWorkbooks(books, { period: december, asOf });
    const each = books.map((b) => summarize(b, december, asOf));
    expect(rollup.asOf).toBe(asOf);
    expect(rollup.units).toHaveLength(3);
    expect(asSummed(rollup.total)).toEqual(summed(each));
    // Each row is its own workbook's summarize.
    for (const [i, b] of books.entries()) {
      const row = rollup.units.find((u) => u.file === b.file)!;
      expect(asSummed(row)).toEqual(summed([each[i]!]));
      expect(row.onTimeShare).toBe(each[i]!.issues.onTimeShare);
    }
    expect(rollup.total.items).toBeGreaterThan(0);
    // Shares come from the summed counts, not an average of the units' shares.
    const s = summed(each);
    expect(rollup.total.onTimeShare).toBeCloseTo(s.closedOnTime / (s.closedOnTime + s.closedLate), 4);
    expect(rollup.total.answeredShare).toBeCloseTo(s.answered / s.items, 4);
  });

  it('last year’s figures equal summarize of the same period a year earlier, as of the same day a year earlier', () => {
    const rollup = rollupWorkbooks(books, { period: december, asOf: '2025-12-20' });
    expect(rollup.lastYearPeriod).toMatchObject({ from: '2024-11-15', to: '2024-12-14' });
    expect(rollup.lastYearAsOf).toBe('2024-12-20');
    const lastYear = books.map((b) => summarize(b, { from: '2024-11-15', to: '2024-12-14', kind: 'month', convention: 'decree' }, '2024-12-20'));
    expect(asSummed(rollup.total.lastYear)).toEqual(summed(lastYear));
    expect(rollup.total.lastYear.items).toBeGreaterThan(0);
    const change = rollup.total.change.counts.items;
    expect(change.delta).toBe(rollup.total.items - rollup.total.lastYear.items);
    expect(change.pct).toBeCloseTo(change.delta / rollup.total.lastYear.items, 4);
  });

  it('without an as-of date counts to today within the period (the period’s end for a past one), like summarize', () => {
    const today = '2025-12-03';
    const rollup = rollupWorkbooks(books, { period: december, today });
    expect(rollup.asOf).toBe(today);
    const each = books.map((b) => computeStatistics({ ...statisticsInputOf(b.read), period: december, today }));
    expect(asSummed(rollup.total)).toEqual(summed(each));
    expect(rollupWorkbooks(books, { period: december, today: '2026-03-01' }).asOf).toBe('2025-12-14');
  });

  it('without a period takes the latest complete reporting month most workbooks reached, and names the one that reached another', () => {
    const lagging = unitWorkbook('sin-thau.xlsx', { unit: 'CÔNG AN XÃ SÍN THẦU', seed: 24, startYear: 2024, years: 1.5 });
    const rollup = rollupWorkbooks([...books, lagging], {});
    expect(rollup.period.label).toBe('Tháng 12/2025 (15/11/2025 – 14/12/2025)');
    const row = rollup.units.find((u) => u.file === 'sin-thau.xlsx')!;
    expect(row.items).toBe(0);
    expect(rollup.findings.find((f) => f.file === 'sin-thau.xlsx' && f.code === 'rollup.no-data-in-period')?.message).toMatch(/chỉ có số liệu đến ngày 16\/06\/2025/);
    // The lagging book is still counted a year earlier.
    expect(row.lastYear.items).toBe(summarize(lagging, rollup.lastYearPeriod).issues.total);
  });
});

describe('rollupWorkbooks: units merged on 1 July 2025', () => {
  it('counts the old communes’ books last year for today’s successor, from the successor’s own list ("Sáp nhập vào")', () => {
    const books = dienBienBooks();
    const rollup = rollupWorkbooks(books, { period: december, asOf: '2025-12-14' });
    const naHy = rollup.units.find((u) => u.unit === 'Công an xã Nà Hỳ')!;
    expect(naHy.file).toBe('na-hy.xlsx');
    expect(naHy.predecessors.map((p) => p.unit).sort()).toEqual(['Công an xã Nậm Chua', 'Công an xã Nậm Nhừ']);
    // The old units are not rows of their own.
    expect(rollup.units.map((u) => u.unit).sort()).toEqual(['Công an xã Chà Nưa', 'Công an xã Mường Nhé', 'Công an xã Nà Hỳ']);
    const [naHyBook, namNhu, namChua] = books;
    const lastYear = { from: '2024-11-15', to: '2024-12-14' };
    const oldItems = summarize(namNhu!, lastYear, '2024-12-14').issues.total + summarize(namChua!, lastYear, '2024-12-14').issues.total;
    expect(oldItems).toBeGreaterThan(0);
    expect(naHy.lastYear.items).toBe(oldItems + summarize(naHyBook!, lastYear, '2024-12-14').issues.total);
    expect(naHy.items).toBe(summarize(naHyBook!, december, '2025-12-14').issues.total);
    expect(rollup.files.map((f) => [f.file, f.role, f.unit])).toEqual([
      ['na-hy.xlsx', 'unit', 'Công an xã Nà Hỳ'],
      ['nam-nhu-cu.xlsx', 'predecessor', 'Công an xã Nà Hỳ'],
      ['nam-chua-cu.xlsx', 'predecessor', 'Công an xã Nà Hỳ'],
      ['muong-nhe.xlsx', 'unit', 'Công an xã Mường Nhé'],
      ['cha-nua.xlsx', 'unit', 'Công an xã Chà Nưa'],
    ]);
    const merged = rollup.findings.filter((f) => f.code === 'rollup.merged-unit');
    expect(merged.map((f) => f.file)).toEqual(['nam-nhu-cu.xlsx', 'nam-chua-cu.xlsx']);
    expect(merged[0]!.message).toContain('nay thuộc Công an xã Nà Hỳ');
  });

  it('asks a register of units first: an old unit’s code maps to its successor’s code', () => {
    const register: UnitLookup = (q) => {
      const known: Record<string, string> = { 'Nà Hỳ': '03169', 'Nậm Nhừ': '03175', 'Mường Nhé': '03151', 'Chà Nưa': '03190', 'Nậm Chua': '03178' };
      const code = known[q.name];
      if (!code) return null;
      const old = q.on < '2025-07-01' && q.name !== 'Nà Hỳ';
      return {
        unit: { code, name: q.name, kind: 'xa', province: 'Điện Biên' },
        current: !old,
        successors: old ? [{ code: '03169', name: 'Nà Hỳ', kind: 'xa', province: 'Điện Biên' }] : [],
        source: { vi: 'danh mục thử', en: 'a test register' },
      };
    };
    const rollup = rollupWorkbooks(dienBienBooks(), { period: december, lookups: [register] });
    const naHy = rollup.units.find((u) => u.code === '03169')!;
    expect(naHy.predecessors.map((p) => p.code).sort()).toEqual(['03175', '03178']);
    expect(rollup.findings.find((f) => f.code === 'rollup.merged-unit')?.message).toContain('theo danh mục thử');
  });

  it('reads a register shaped like the national catalogue: codes of today, old communes by the day of their last record', () => {
    const unit = (code: string, name: string, era: 'current' | 'former') => ({ code, name, kind: 'xa' as const, era, province: '11' });
    const today = { 'Nà Hỳ': unit('03169', 'Nà Hỳ', 'current'), 'Mường Nhé': unit('03151', 'Mường Nhé', 'current'), 'Chà Nưa': unit('03190', 'Chà Nưa', 'current') };
    const before = { 'Nậm Nhừ': unit('03175', 'Nậm Nhừ', 'former'), 'Nậm Chua': unit('03178', 'Nậm Chua', 'former'), 'Mường Nhé': unit('03151', 'Mường Nhé', 'former'), 'Chà Nưa': unit('03190', 'Chà Nưa', 'former') };
    const asked: string[] = [];
    const catalogue: CatalogueLike = {
      resolveCommuneName(name, on) {
        asked.push(`${name} @ ${on}`);
        const bare = name.replace(/^xã /u, '') as keyof typeof today & keyof typeof before;
        const hit = on < '2025-07-01' ? before[bare] : today[bare];
        return hit ? { status: 'current', unit: hit } : { status: 'none' };
      },
      successorsOf: (code) => (code === '03175' || code === '03178' ? [today['Nà Hỳ']] : []),
      province: (code) => (code === '11' || code === 'Điện Biên' ? { code: '11', name: 'Điện Biên' } : undefined),
    };
    const rollup = rollupWorkbooks(dienBienBooks(), { period: december, lookups: [unitLookupFromCatalogue(catalogue)] });
    expect(rollup.units.map((u) => [u.unit, u.code])).toEqual([
      ['Công an xã Chà Nưa', '03190'],
      ['Công an xã Mường Nhé', '03151'],
      ['Công an xã Nà Hỳ', '03169'],
    ]);
    expect(rollup.units[2]!.predecessors.map((p) => p.code)).toEqual(['03175', '03178']);
    // The old books are asked about on the day of their last record, before 1 July 2025.
    expect(asked).toContain('xã Nậm Nhừ @ 2025-06-16');
    expect(rollup.findings.find((f) => f.code === 'rollup.merged-unit')?.message).toContain('danh mục đơn vị hành chính sau sắp xếp năm 2025');
  });

  it('gives the successor a row of its own even when only the old units’ books were handed in', () => {
    const [, namNhu, namChua] = dienBienBooks();
    const statement = unitWorkbook('so-tinh.xlsx', {
      unit: 'CÔNG AN XÃ MƯỜNG NHÉ',
      seed: 31,
      mergers: [{ name: 'Nậm Nhừ', mergedInto: 'Nà Hỳ', validTo: '2025-06-30' }, { name: 'Nậm Chua', mergedInto: 'Nà Hỳ', validTo: '2025-06-30' }],
    });
    const rollup = rollupWorkbooks([statement, namNhu!, namChua!], { period: december });
    const naHy = rollup.units.find((u) => u.unit === 'Công an xã Nà Hỳ')!;
    expect(naHy.file).toBeNull();
    expect(naHy.items).toBe(0);
    expect(naHy.lastYear.items).toBeGreaterThan(0);
    expect(rollup.findings.some((f) => f.code === 'rollup.no-own-workbook' && f.unit === 'Công an xã Nà Hỳ')).toBe(true);
  });
});

describe('rollupWorkbooks: bad input is named, the rest still rolled up', () => {
  const base = () => [
    unitWorkbook('muong-nhe.xlsx', { unit: 'CÔNG AN XÃ MƯỜNG NHÉ', seed: 41 }),
    unitWorkbook('cha-nua.xlsx', { unit: 'CÔNG AN XÃ CHÀ NƯA', seed: 42 }),
  ];
  const counted = (r: Rollup) => r.files.filter((f) => f.role !== 'not-counted').map((f) => f.file);

  it('a file that is not a workbook', () => {
    const rollup = rollupWorkbooks([...base(), { file: 'ghi-chu.txt', error: { vi: 'không phải sổ Excel .xlsx', en: 'not an .xlsx workbook' } }], { period: december });
    expect(counted(rollup)).toEqual(['muong-nhe.xlsx', 'cha-nua.xlsx']);
    expect(rollup.findings[0]).toMatchObject({ code: 'rollup.file-unreadable', file: 'ghi-chu.txt', severity: 'error' });
    expect(rollup.files[2]).toMatchObject({ file: 'ghi-chu.txt', role: 'not-counted', reason: 'rollup.file-unreadable' });
  });

  it('the same unit in two files: the first is counted, the second named', () => {
    const again = unitWorkbook('muong-nhe-ban-sao.xlsx', { unit: 'Công an xã Muong Nhe', seed: 43 });
    const rollup = rollupWorkbooks([...base(), again], { period: december });
    expect(rollup.units).toHaveLength(2);
    expect(rollup.files[2]).toMatchObject({ role: 'not-counted', reason: 'rollup.duplicate-unit' });
    expect(rollup.findings.find((f) => f.code === 'rollup.duplicate-unit')?.message).toContain('chỉ tính sổ "muong-nhe.xlsx"');
    const once = rollupWorkbooks(base(), { period: december });
    expect(rollup.total.items).toBe(once.total.items);
  });

  it('a file given twice, or the same book under another name, is counted once', () => {
    const [a, b] = base();
    const renamed = { ...a!, file: 'copy-of-muong-nhe.xlsx', names: { parent: null, unit: null } };
    const rollup = rollupWorkbooks([a!, b!, a!, renamed], { period: december });
    expect(rollup.total.items).toBe(rollupWorkbooks([a!, b!], { period: december }).total.items);
    expect(rollup.files.map((f) => f.reason)).toEqual([null, null, 'rollup.duplicate-file', 'rollup.duplicate-file']);
    expect(rollup.findings.filter((f) => f.code === 'rollup.duplicate-file').map((f) => f.message)).toEqual([
      'Tệp "muong-nhe.xlsx" được đưa vào hai lần; chỉ tính một lần.',
      'Tệp "copy-of-muong-nhe.xlsx" có cùng số liệu với tệp "muong-nhe.xlsx" (cùng một sổ được đưa vào hai lần); chỉ tính một lần.',
    ]);
  });

  it('a unit of another province is named and left out', () => {
    const other = unitWorkbook('pa-tan.xlsx', { unit: 'CÔNG AN XÃ PA TẦN', parent: 'CÔNG AN TỈNH LAI CHÂU', seed: 44 });
    const rollup = rollupWorkbooks([...base(), other], { period: december });
    expect(rollup.province).toBe('Điện Biên');
    expect(counted(rollup)).toEqual(['muong-nhe.xlsx', 'cha-nua.xlsx']);
    expect(rollup.findings.find((f) => f.code === 'rollup.other-province')?.message).toBe(
      'Sổ "pa-tan.xlsx" là của Công an xã Pa Tần, tỉnh Lai Châu, không thuộc tỉnh Điện Biên; không tính vào tổng hợp.',
    );
  });

  it('a workbook of no recognisable unit is counted under its file name, and said so', () => {
    const nameless = unitWorkbook('so-khong-ten.xlsx', { unit: null, seed: 45 });
    const rollup = rollupWorkbooks([...base(), nameless], { period: december });
    expect(rollup.units.map((u) => u.unit)).toContain('so-khong-ten.xlsx');
    expect(rollup.findings.find((f) => f.code === 'rollup.unit-unknown')?.file).toBe('so-khong-ten.xlsx');
  });

  it('each file’s own reading errors are listed by file, sheet and cell', () => {
    const [a, b] = base();
    const grid = structuredClone(a!.grid);
    const issues = grid.sheets.find((s) => s.name === 'Ý kiến')!;
    issues.values[5]![1] = '31/02/2025';
    const broken = { file: 'muong-nhe.xlsx', grid, read: readWorkbook(grid), names: a!.names };
    const rollup = rollupWorkbooks([broken, b!], { period: december });
    expect(rollup.findings).toContainEqual(expect.objectContaining({ file: 'muong-nhe.xlsx', code: 'date.invalid', sheet: 'Ý kiến', cell: 'B6', unit: 'Công an xã Mường Nhé', unitEn: 'Mường Nhé commune police' }));
  });

  it('a workbook with no tracking table (the roll-up’s own output left in the folder) is named, not counted as a unit', () => {
    const grid = { sheets: [{ name: 'Tổng hợp toàn tỉnh', values: [['CÔNG AN TỈNH ĐIỆN BIÊN'], ['TỔNG HỢP KẾT QUẢ GIAO BAN TẠI CƠ SỞ'], ['giaoban:rollup:v1']] }] };
    const output = { file: 'tinh.xlsx', read: readWorkbook(grid), names: detectUnitNames(grid) };
    const rollup = rollupWorkbooks([...base(), output], { period: december });
    expect(rollup.units).toHaveLength(2);
    expect(rollup.files[2]).toMatchObject({ file: 'tinh.xlsx', role: 'not-counted', reason: 'rollup.not-a-tracking-workbook' });
  });

  it('nothing readable at all is an error naming every file', () => {
    expect(() => rollupWorkbooks([{ file: 'a.txt', error: { vi: 'rỗng', en: 'empty' } }])).toThrow(RollupEmptyError);
  });
});

describe('reduceUnitWorkbook', () => {
  it('keeps only figures, the span of the records and a fingerprint (plain JSON)', () => {
    const book = unitWorkbook('muong-nhe.xlsx', { unit: 'CÔNG AN XÃ MƯỜNG NHÉ', seed: 51 });
    const r = reduceUnitWorkbook(book, { period: december });
    expect(JSON.parse(JSON.stringify(r))).toEqual(r);
    expect(r.claim).toEqual({ unit: 'Công an xã Mường Nhé', parent: 'Công an tỉnh Điện Biên' });
    expect(r.records).toBe(book.read.briefings.length + book.read.issues.length);
    expect(r.firstDate! <= r.lastDate!).toBe(true);
    expect(r.fingerprint).toMatch(/^[0-9a-f]{16}$/);
    expect(JSON.stringify(r).length).toBeLessThan(20_000);
  });
});
