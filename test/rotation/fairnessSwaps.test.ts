import { describe, expect, it } from 'vitest';
import { availableLeaders, planRotation, type Catalogue, type PreviousPlanRow, type ScheduleSwap } from '@giaoban/core/internal';
import { commune, leader } from './fixtures.js';

const catalogue = (): Catalogue => ({
  communes: [
    commune('Nà Khoa', 'Cụm 1'),
    commune('Nà Hỳ', 'Cụm 1'),
    commune('Nà Bủng', 'Cụm 1'),
    commune('Vàng Đán', 'Cụm 2'),
    commune('Chà Tở', 'Cụm 2'),
  ],
  leaders: [leader('Lò Văn Hùng'), leader('Hà Thị Mai'), leader('Nguyễn Văn Chính', { clusters: ['Cụm 2'] })],
  absences: [{ leader: 'Hà Thị Mai', from: '2026-05-01', to: '2026-06-30', reason: 'Đi học' }],
  holidays: [],
});

const asPrevious = (bs: readonly { month: string; cluster: string; date: string; host: string; chair: string | null }[]): PreviousPlanRow[] =>
  bs.map((b) => ({ month: b.month, cluster: b.cluster, date: b.date, host: b.host, chair: b.chair }));

describe('fairness table', () => {
  it('per leader chairs against the fair share, recomputed independently from who could chair each briefing', () => {
    const cat = catalogue();
    const plan = planRotation({ catalogue: cat, from: '2026-01', months: 12 });
    const share = new Map<string, number>();
    for (const b of plan.briefings) {
      const avail = availableLeaders(cat.leaders, b.date, b.cluster, cat.absences);
      for (const l of avail) share.set(l, (share.get(l) ?? 0) + 1 / avail.length);
    }
    expect(plan.fairness.leaders.map((l) => l.leader)).toEqual(['Lò Văn Hùng', 'Hà Thị Mai', 'Nguyễn Văn Chính']);
    for (const l of plan.fairness.leaders) {
      expect(l.chairs).toBe(plan.briefings.filter((b) => b.chair === l.leader).length);
      expect(l.fairShare).toBeCloseTo(share.get(l.leader)!, 3);
      expect(l.difference).toBeCloseTo(l.chairs - l.fairShare, 3);
      expect(l.withinBound).toBe(Math.abs(l.difference) <= 1.5);
    }
    expect(plan.fairness.leaders.reduce((a, l) => a + l.chairs, 0)).toBe(24);
    expect(plan.fairness.bound).toBe(1.5);
  });

  it('per commune the times hosted in the window (3 communes over 12 months: 4 each)', () => {
    const plan = planRotation({ catalogue: catalogue(), from: '2026-01', months: 12 });
    expect(plan.fairness.communes).toEqual([
      { commune: 'Nà Khoa', cluster: 'Cụm 1', hosted: 4 },
      { commune: 'Nà Hỳ', cluster: 'Cụm 1', hosted: 4 },
      { commune: 'Nà Bủng', cluster: 'Cụm 1', hosted: 4 },
      { commune: 'Vàng Đán', cluster: 'Cụm 2', hosted: 6 },
      { commune: 'Chà Tở', cluster: 'Cụm 2', hosted: 6 },
    ]);
  });

  it('months unstaffed and why', () => {
    const cat = catalogue();
    cat.absences.push({ leader: 'Lò Văn Hùng', from: '2026-05-01', to: '2026-05-31', reason: 'Nghỉ phép' });
    const plan = planRotation({ catalogue: cat, from: '2026-05', months: 1 });
    expect(plan.fairness.unstaffed).toEqual([
      {
        month: '2026-05',
        cluster: 'Cụm 1',
        reason: 'Tháng 05/2026, Cụm 1: Không có lãnh đạo nào chủ trì được ngày 15/05/2026 (vắng mặt, chưa hoặc thôi nhiệm vụ, hoặc không phụ trách cụm)',
        reasonEn: 'May 2026, Cụm 1: No leader can chair on 15 May 2026 (absent, not active, or not assigned to the cluster)',
      },
    ]);
  });
});

describe('swaps with a record (Đổi lịch)', () => {
  const swap = (s: Partial<ScheduleSwap> & Pick<ScheduleSwap, 'date' | 'cluster' | 'to'>): ScheduleSwap => ({
    from: null, reason: 'Đi công tác tỉnh', requestedBy: 'Lò Văn Hùng', approvedBy: 'Trưởng Công an huyện', ...s,
  });

  it('a re-plan honours a chair swap and names what it changed', () => {
    const cat = catalogue();
    const p0 = planRotation({ catalogue: cat, from: '2026-01', months: 6 });
    const march = p0.briefings.find((b) => b.month === '2026-03' && b.cluster === 'Cụm 1')!;
    const other = march.chair === 'Lò Văn Hùng' ? 'Hà Thị Mai' : 'Lò Văn Hùng';
    const s = swap({ date: march.date, cluster: 'Cụm 1', from: march.chair, to: other });
    const p1 = planRotation({ catalogue: cat, from: '2026-01', months: 6, previous: asPrevious(p0.briefings), swaps: [s] });
    const b = p1.briefings.find((x) => x.month === '2026-03' && x.cluster === 'Cụm 1')!;
    expect(b.chair).toBe(other);
    expect(b.source).toBe('override');
    const ch = p1.changes.find((c) => c.month === '2026-03' && c.cluster === 'Cụm 1' && c.field === 'chair')!;
    expect(ch.reason).toBe(`Lãnh đạo chủ trì Đ/c ${other}: đổi lịch theo đề nghị của Lò Văn Hùng, Trưởng Công an huyện duyệt (Đi công tác tỉnh)`);
    expect(p1.swaps).toEqual([
      expect.objectContaining({
        field: 'chair', applied: true, before: march.chair, after: other,
        effect: `Đổi lịch ngày 16/03/2026: lãnh đạo chủ trì ${march.chair} → ${other}`,
        effectEn: `Swap of 16 March 2026: chair ${march.chair} → ${other}`,
      }),
    ]);
  });

  it('a host swap and a date swap; a swap to something unknown is a problem and not applied', () => {
    const cat = catalogue();
    const swaps = [
      swap({ date: '2026-04-15', cluster: 'Cụm 2', to: 'Chà Tở', from: 'Vàng Đán' }),
      swap({ date: '2026-04-15', cluster: 'Cụm 1', to: '2026-04-17', from: '2026-04-15' }),
      swap({ date: '2026-04-15', cluster: 'Cụm 2', to: 'Ông Tư' }),
    ];
    const p = planRotation({ catalogue: cat, from: '2026-04', months: 1, swaps });
    expect(p.briefings.find((b) => b.cluster === 'Cụm 2')!.host).toBe('Chà Tở');
    const c1 = p.briefings.find((b) => b.cluster === 'Cụm 1')!;
    expect(c1.date).toBe('2026-04-17');
    expect(c1.reasons[0]).toBe('Ngày giao ban 17/04/2026: đổi lịch theo đề nghị của Lò Văn Hùng, Trưởng Công an huyện duyệt (Đi công tác tỉnh)');
    expect(p.swaps.map((s) => [s.field, s.applied])).toEqual([['host', true], ['date', true], [null, false]]);
    expect(p.swaps[1]!.effect).toBe('Đổi lịch ngày 15/04/2026: ngày giao ban 15/04/2026 → 17/04/2026');
    expect(p.swaps[2]!.effect).toBe('Dòng đổi lịch ngày 15/04/2026, Cụm 2: "Ông Tư" không phải lãnh đạo, xã hay ngày (YYYY-MM-DD) nào đã biết; không áp dụng');
    expect(p.problems.map((x) => x.message)).toContain(p.swaps[2]!.effect);
  });
});

describe('fairness table: what is not an unstaffed month', () => {
  it('a swap naming a cluster the catalogue does not have is a problem, not an unstaffed month', () => {
    const p = planRotation({
      catalogue: catalogue(), from: '2026-04', months: 1,
      swaps: [{ date: '2026-04-15', cluster: 'Cụm 9', from: null, to: 'Hà Thị Mai', reason: null, requestedBy: null, approvedBy: null }],
    });
    expect(p.problems.map((x) => x.message)).toEqual(['Dòng đổi lịch ngày 15/04/2026 của "Cụm 9" không dùng được: không có cụm này trong danh sách xã']);
    expect(p.fairness.unstaffed).toEqual([]);
    expect(p.swaps[0]).toMatchObject({ field: 'chair', applied: false });
  });
});
