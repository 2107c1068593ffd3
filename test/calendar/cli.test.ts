import { describe, expect, it } from 'vitest';
import { main } from '../../packages/cli/src/main.js';

async function cli(...argv: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), cwd: process.cwd() });
  return { code, stdout, stderr };
}

describe('giaoban dates', () => {
  it('prints the JSON shape of the issue', async () => {
    const r = await cli('dates', '2018', '--json');
    expect(r.code).toBe(0);
    const list = JSON.parse(r.stdout) as { month: string; nominal: string; date: string; reason: string | null }[];
    expect(list).toHaveLength(12);
    expect(Object.keys(list[1]!)).toEqual(['month', 'nominal', 'date', 'reason']);
    expect(list[1]).toMatchObject({ month: '2018-02', nominal: '2018-02-15', date: '2018-02-21' });
    expect(list[1]!.reason).toContain('Tết Nguyên Đán');
    expect(list[2]!.reason).toBeNull();
  });

  it('honours --day and --rule and prints a Vietnamese table', async () => {
    const j = JSON.parse((await cli('dates', '2018', '--day', '2', '--rule', 'preceding', '--json')).stdout);
    expect(j[8].date).toBe('2018-08-31'); // 2 Sep 2018 (Sunday, National Day) → Friday 31 Aug
    const t = await cli('dates', '2018');
    expect(t.stdout).toContain('Ngày giao ban');
    expect(t.stdout).toContain('21/02/2018');
    expect(t.stdout).toContain('Thứ Tư');
  });

  it.each([
    [['dates'], '<năm>'],
    [['dates', '18'], '<năm>'],
    [['dates', '2018', '--day', '31'], '--day'],
    [['dates', '2018', '--rule', 'next'], '--rule'],
    [['dates', '2018', '--bogus'], 'tham số'],
  ])('rejects %j with exit 2 and a one-line message naming %s', async (argv, name) => {
    const r = await cli(...argv);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(name);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stdout).toBe('');
  });
});

describe('giaoban holidays', () => {
  it('prints one entry per day with name, kind and source', async () => {
    const r = await cli('holidays', '2030', '--json');
    expect(r.code).toBe(0);
    const list = JSON.parse(r.stdout) as { date: string; name: string; kind: string; source: string }[];
    expect(Object.keys(list[0]!)).toEqual(['date', 'name', 'kind', 'source', 'note']);
    expect(list.find((h) => h.date === '2030-02-02')).toMatchObject({ kind: 'off', source: 'estimate' });
    expect(list.find((h) => h.date === '2030-09-02')).toMatchObject({ name: 'Quốc khánh', source: 'rule' });
    expect(new Set(list.map((h) => h.date)).size).toBe(list.length);
  });

  it('prints a table and flags estimates', async () => {
    const r = await cli('holidays', '2030');
    expect(r.stdout).toContain('Giỗ Tổ Hùng Vương');
    expect(r.stdout).toContain('ước tính');
    expect((await cli('holidays', 'năm-nay')).code).toBe(2);
  });
});

describe('giaoban lunar', () => {
  it('prints the JSON shape of the issue', async () => {
    const r = await cli('lunar', '2007-02-17', '--json');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual({ solar: '2007-02-17', lunar: { year: 2007, month: 1, day: 1, leap: false } });
  });

  it('prints Vietnamese text and rejects bad dates', async () => {
    expect((await cli('lunar', '2018-04-25')).stdout).toContain('ngày 10 tháng Ba năm Mậu Tuất');
    for (const bad of ['2018-02-30', '30/02/2018', '04/25/2018', '1800-01-01']) {
      const r = await cli('lunar', bad);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain('<ngày>');
    }
  });
});

describe('giaoban period', () => {
  it('prints the JSON shape of the issue, decree and calendar conventions', async () => {
    const r = await cli('period', 'month:2018-02', '--json');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual({ from: '2018-01-15', to: '2018-02-14', label: 'Tháng 02/2018 (15/01/2018 – 14/02/2018)' });
    expect(JSON.parse((await cli('period', 'quarter:2018-Q1', '--calendar', '--json')).stdout)).toMatchObject({ from: '2018-01-01', to: '2018-03-31' });
    expect(JSON.parse((await cli('period', '2018-01-01..2018-03-31', '--json')).stdout)).toMatchObject({ from: '2018-01-01', to: '2018-03-31' });
    expect((await cli('period', 'year:2018')).stdout).toContain('Số ngày:  365');
  });

  it('rejects bad specs in one Vietnamese line', async () => {
    for (const bad of [['period'], ['period', 'quarter:2018-Q5'], ['period', '2018-03-01..2018-01-01'], ['period', 'year:2018', '--cutoff', '40']]) {
      const r = await cli(...bad);
      expect(r.code, bad.join(' ')).toBe(2);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
      expect(r.stderr).toMatch(/<kỳ>|--cutoff/);
    }
  });
});
