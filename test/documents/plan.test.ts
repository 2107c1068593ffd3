// Each planned month's papers carry that month's plan, exactly as `giaoban rotate`
// plans it with the same inputs (holidays, a freeze date, the clerk's fixed rows,
// absences): twelve consecutive months of invitations and blank minutes, read back
// from the .docx files, against `rotate --json`. And the months a workbook cannot
// speak for (a mistyped year) are refused, or written only as marked drafts.
import { beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { main } from '../../packages/cli/src/main.js';
import { readDocx } from './docxText.js';
import { writePlannedWorkbook } from './fixtures.js';

const dir = join(process.cwd(), 'test/.tmp/documents-plan');
const example = join(process.cwd(), 'examples/so-theo-doi-giao-ban.xlsx');
const planned = join(dir, 'muong-cha.xlsx');

async function run(...args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(args, { stdout: (t) => out.push(t), stderr: (t) => err.push(t), cwd: dir });
  return { code, out: out.join(''), err: err.join('') };
}

interface PlanRow {
  month: string;
  cluster: string;
  date: string;
  host: string;
  chair: string | null;
  participants: string[];
  source: string;
}
interface Listed {
  kind: string;
  path: string;
  date: string;
  cluster: string;
  host: string;
}

const leaders: Record<string, string> = {
  'Trần Ích Chính': 'Thượng tá Trần Ích Chính - Phó trưởng Công an huyện',
  'Lò Văn Thắng': 'Trung tá Lò Văn Thắng - Phó trưởng Công an huyện',
  'Nguyễn Đức Hạnh': 'Trung tá Nguyễn Đức Hạnh - Phó trưởng Công an huyện',
  'Vàng A Sính': 'Thiếu tá Vàng A Sính - Phó trưởng Công an huyện',
  'Nguyễn Văn Mạnh': 'Thượng tá Nguyễn Văn Mạnh - Phó trưởng Công an huyện',
  'Lò Thị Ngọc': 'Trung tá Lò Thị Ngọc - Phó trưởng Công an huyện',
  'Đinh Công Phú': 'Thiếu tá Đinh Công Phú - Phó trưởng Công an huyện',
};

/** Twelve months of papers against `rotate --from … --months 12 --json` with the same extra options. */
async function comparePapersWithPlan(book: string, from: string, extra: string[], tag: string) {
  const rotate = await run('rotate', book, '--from', from, '--months', '12', '--json', ...extra);
  expect(rotate.err.split('\n').filter((l) => l.startsWith('Lỗi'))).toEqual([]);
  const plan: PlanRow[] = JSON.parse(rotate.out).briefings;
  const months = [...new Set(plan.map((p) => p.month))];
  expect(months).toHaveLength(12);
  const hostsByMonth: string[] = [];
  for (const month of months) {
    const r = await run('documents', book, '--month', month, '--kind', 'invitation,minutes', '-o', `${tag}-${month}`, '--json', ...extra);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    const j = JSON.parse(r.out);
    // The papers say which rotate run gives their plan: the same start, the plan's year (and a month more for the last report).
    expect(j.plan.from).toBe(from);
    expect(j.plan.months).toBeGreaterThanOrEqual(12);
    const docs: Listed[] = j.documents;
    const ofMonth = plan.filter((p) => p.month === month);
    const invitations = docs.filter((d) => d.kind === 'invitation');
    expect(invitations.map((d) => [d.cluster, d.date, d.host])).toEqual(ofMonth.map((p) => [p.cluster, p.date, p.host]));
    hostsByMonth.push(invitations.map((d) => d.host).join(', '));
    for (const p of ofMonth) {
      const inv = readDocx(readFileSync(join(dir, invitations.find((d) => d.cluster === p.cluster)!.path))).paragraphs.join('\n');
      expect(inv).toContain(`Chủ trì: Đồng chí ${leaders[p.chair!]}.`);
      // Every participant of the plan is invited, one a line under "Kính gửi".
      p.participants.forEach((who, i) => expect(inv).toContain(`- ${who}${i === p.participants.length - 1 ? '.' : ';'}`));
      // A blank minutes for the day, its participants to tick and its chair to sign.
      const blank = docs.find((d) => d.kind === 'minutes' && d.cluster === p.cluster)!;
      expect([blank.date, blank.host]).toEqual([p.date, p.host]);
      const bb = readDocx(readFileSync(join(dir, blank.path))).paragraphs.join('\n');
      for (const who of p.participants) expect(bb).toContain(`□ ${who};`);
      expect(bb).toContain(leaders[p.chair!]!.replace(/ - .*$/, ''));
    }
  }
  // Never the first month's hosts repeated: each month differs from the one before.
  for (let i = 1; i < hostsByMonth.length; i++) expect(hostsByMonth[i], months[i]).not.toBe(hostsByMonth[i - 1]);
  return plan;
}

beforeAll(async () => {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  await writePlannedWorkbook(planned);
});

describe('each planned month carries its own plan', () => {
  it('the example workbook: twelve months from 01/2026 as rotate plans them (Tết moves February to the 23rd)', async () => {
    const plan = await comparePapersWithPlan(example, '2026-01', [], 'vd');
    expect(plan.filter((p) => p.month === '2026-02').map((p) => p.date)).toEqual(['2026-02-23', '2026-02-23', '2026-02-23']);
  });

  it('a workbook with a plan sheet, a fixed row, absences, its own day off, a --holidays file and --freeze', async () => {
    writeFileSync(join(dir, 'nghi.json'), JSON.stringify([{ date: '2026-10-15', name: 'Nghỉ theo thông báo', kind: 'off' }]));
    const plan = await comparePapersWithPlan(planned, '2026-04', ['--holidays', 'nghi.json', '--freeze', '2026-05-01'], 'mc');
    const at = (month: string, cluster: string) => plan.find((p) => p.month === month && p.cluster === cluster)!;
    // The clerk's fixed row, the workbook's day off and the --holidays day, the frozen April rows.
    expect(at('2026-07', 'Cụm 2')).toMatchObject({ date: '2026-07-20', host: 'Pa Ham', chair: 'Lò Thị Ngọc', source: 'override' });
    expect(at('2026-06', 'Cụm 1').date).toBe('2026-06-16');
    expect(at('2026-10', 'Cụm 1').date).toBe('2026-10-16');
    expect(at('2026-04', 'Cụm 1')).toMatchObject({ host: 'Ma Thì Hồ', chair: 'Đinh Công Phú' });
    // Nobody chairs while away.
    expect(at('2026-05', 'Cụm 1').chair).not.toBe('Lò Thị Ngọc');
    expect(at('2026-05', 'Cụm 2').chair).not.toBe('Lò Thị Ngọc');
    expect(at('2026-09', 'Cụm 1').chair).not.toBe('Nguyễn Văn Mạnh');
  });
});

describe('months the workbook cannot speak for', () => {
  it('refuses a mistyped year with the months it holds, and writes marked drafts only with --draft', async () => {
    const refused = await run('documents', example, '--month', '2016-07', '-o', 'nham-nam');
    expect(refused.code).toBe(2);
    expect(refused.err).toContain('tháng 01/2024 – 12/2026');
    expect(refused.err).toContain('tháng 07/2016 nằm ngoài');
    expect(refused.err).toContain('--draft');
    const en = await run('documents', example, '--month', '2016-07', '-o', 'nham-nam', '--lang', 'en');
    expect(en.err).toContain('Error: The workbook has records and a plan for 01/2024 – 12/2026 only; 07/2016 is outside');

    const drafts = await run('documents', example, '--month', '2016-07', '-o', 'du-thao', '--draft', '--json');
    expect(drafts.code).toBe(0);
    const j = JSON.parse(drafts.out);
    expect(j.draft).toBe(true);
    expect(j.documents.length).toBeGreaterThan(0);
    for (const d of j.documents) {
      expect(d.draft).toBe(true);
      const p = readDocx(readFileSync(join(dir, d.path))).paragraphs;
      expect(p[0]).toBe('DỰ THẢO');
    }
    const report = readDocx(readFileSync(join(dir, j.documents.find((d: Listed) => d.kind === 'report').path))).paragraphs;
    expect(report).toContain('III. KẾ HOẠCH GIAO BAN KỲ TỚI (DỰ KIẾN)');
  });

  it('speaks for the first record month through the last month of the plan, and no further', async () => {
    for (const [month, code] of [['2023-12', 2], ['2024-01', 0], ['2026-12', 0], ['2027-01', 2]] as const) {
      const r = await run('documents', example, '--month', month, '--kind', 'report', '-o', `bien-${month}`, '--json');
      expect(r.code, `${month}: ${r.err}`).toBe(code);
      if (code === 0) expect(JSON.parse(r.out).draft).toBe(false);
    }
  });
});
