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

  it('prints a table and flags estimates, saying the year is an estimate and by which rule', async () => {
    const r = await cli('holidays', '2030');
    expect(r.stdout).toContain('Giỗ Tổ Hùng Vương');
    expect(r.stdout).toContain('Lịch nghỉ năm 2030 là ước tính');
    expect(r.stdout).toContain('Bộ luật Lao động 2019 (45/2019/QH14), Điều 112, điểm b khoản 1');
    expect((await cli('holidays', 'năm-nay')).code).toBe(2);
  });

  it('shows each day’s notice: 2026 cites Công văn 12729/VPCP-KGVX and Thông báo 9441/TB-BNV by number and date', async () => {
    const r = await cli('holidays', '2026');
    expect(r.code).toBe(0);
    expect(r.stdout).not.toContain('ước tính');
    const line = (date: string) => r.stdout.split('\n').find((l) => l.startsWith(date))!;
    const ref = (date: string) => /\[(\d+)\]$/.exec(line(date))![1]!;
    const basis = (n: string) => r.stdout.split('\n').find((l) => l.startsWith(`  [${n}] `))!;
    expect(line('02/01/2026')).toContain('nghỉ hoán đổi, làm bù 10/01/2026');
    expect(basis(ref('02/01/2026'))).toBe('  [1] Công văn 12729/VPCP-KGVX ngày 25/12/2025 của Văn phòng Chính phủ');
    expect(basis(ref('31/08/2026'))).toContain('Thông báo 9441/TB-BNV ngày 16/10/2025 của Bộ Nội vụ');
    expect(basis(ref('27/04/2026'))).toBe(`  [${ref('27/04/2026')}] Nghỉ bù theo Bộ luật Lao động 2019 (45/2019/QH14), Điều 111, khoản 3`);
    expect(r.stdout).not.toMatch(/SPEC|§/);
    const en = await cli('holidays', '2026', '--lang', 'en');
    expect(en.stdout).toContain("New Year's Day");
    expect(en.stdout).toContain('Basis:');
  });
});

describe('giaoban deadlines', () => {
  it('lists each kind with days, counting, start event, law and validity (JSON)', async () => {
    const r = await cli('deadlines', '--as-of', '15/06/2018', '--json');
    expect(r.code, r.stderr).toBe(0);
    const j = JSON.parse(r.stdout) as { asOf: string; counting: string; kinds: { kind: string; convention: boolean; inForce: { days: number; count: string; start: string; source: string; validFrom: string; validTo: string | null; verified: boolean } | null; versions: unknown[] }[] };
    expect(j.asOf).toBe('2018-06-15');
    expect(j.counting).toContain('Bộ luật Dân sự 2015 (91/2015/QH13), Điều 147–148');
    const by = Object.fromEntries(j.kinds.map((k) => [k.kind, k]));
    expect(by['general']).toMatchObject({ convention: true, inForce: { days: 30, start: 'raised' } });
    // A denunciation whose clock starts in 2018 falls under the 2011 law; in 2019 under the 2018 law.
    expect(by['denunciation']!.inForce).toMatchObject({ days: 60, start: 'acceptance', validTo: '2018-12-31', verified: false, source: 'Luật Tố cáo 2011 (03/2011/QH13), Điều 21' });
    expect(by['crime-report']!.inForce).toMatchObject({ days: 20, count: 'calendar', start: 'receipt', validFrom: '2018-01-01' });
    expect(by['transfer']!.inForce).toBeNull();
    const y2019 = JSON.parse((await cli('deadlines', '--as-of', '2019-01-01', '--json')).stdout) as typeof j;
    expect(y2019.kinds.find((k) => k.kind === 'denunciation')!.inForce).toMatchObject({ days: 30, source: 'Luật Tố cáo 2018 (25/2018/QH14), Điều 30, khoản 1' });
  });

  it('prints a Vietnamese table (English with --lang en) and refuses a bad date', async () => {
    const r = await cli('deadlines', '--as-of', '07/12/2026');
    expect(r.stdout).toContain('Khiếu nại lần hai');
    expect(r.stdout).toContain('Luật Khiếu nại 2011 (02/2011/QH13), Điều 37 (sửa đổi, bổ sung bởi Luật 136/2025/QH15) (*)');
    expect(r.stdout).toContain('Quy ước theo dõi của đơn vị, không phải thời hạn pháp định');
    expect(r.stdout).toContain('ngày nghỉ cuối tuần hoặc ngày nghỉ lễ thì kết thúc vào cuối ngày làm việc tiếp theo');
    const en = await cli('deadlines', '--as-of', '2026-12-07', '--lang', 'en');
    expect(en.stdout).toContain('Law on Complaints 2011 (02/2011/QH13), Art. 28 (as amended by Law 136/2025/QH15)');
    const bad = await cli('deadlines', '--as-of', '31/02/2026');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--as-of');
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
