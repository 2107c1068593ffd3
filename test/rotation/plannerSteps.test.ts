import { describe, expect, it } from 'vitest';
import { planRotation, type Catalogue, type ScheduleSwap } from '@giaoban/core';
import {
  assignChairsOnDate,
  briefingOf,
  checkFixedChairs,
  createPlanContext,
  frozenSlot,
  heldSlot,
  planMonthSlots,
  plannedSlot,
  PLANNER_STEPS,
  recordMonthHosts,
  slotDate,
  slotHost,
} from '../../packages/core/src/rotation/planner.js';
import { listPlanChanges } from '../../packages/core/src/rotation/rules/stability.js';
import { commune, leader } from './fixtures.js';

const catalogue = (): Catalogue => ({
  communes: [
    commune('Nà Khoa', 'Cụm 1', { areaOfficers: ['Lường Văn Minh'], policeChief: 'Lò Văn Tâm' }),
    commune('Nà Hỳ', 'Cụm 1', { areaOfficers: ['Lường Văn Minh'] }),
    commune('Vàng Đán', 'Cụm 2', { policeChief: 'Giàng A Páo' }),
    commune('Chà Tở', 'Cụm 2'),
  ],
  leaders: [leader('Lò Văn Hùng'), leader('Hà Thị Mai'), leader('Nguyễn Văn Chính', { clusters: ['Cụm 2'] })],
  absences: [{ leader: 'Lò Văn Hùng', from: '2026-03-10', to: '2026-03-20', reason: 'Nghỉ phép' }],
  holidays: [],
});

describe('planner steps', () => {
  it('opens with its slot sources, then the hard and soft rules, in order', () => {
    expect(PLANNER_STEPS.filter((s) => s.kind === 'slot source').map((s) => s.name)).toEqual(['heldSlot', 'frozenSlot', 'plannedSlot']);
    const i = (name: string) => PLANNER_STEPS.findIndex((s) => s.name === name);
    expect(i('slotDate')).toBeLessThan(i('slotHost'));
    expect(i('slotHost')).toBeLessThan(i('assignChairsOnDate'));
    expect(i('checkFixedChairs')).toBeLessThan(i('assignChairsOnDate'));
    expect(PLANNER_STEPS.filter((s) => s.name === 'assignChairsOnDate').map((s) => s.strength)).toEqual(['hard', 'soft']);
  });

  it('is the code the planner runs: each step is the function of its name', () => {
    const fns: Record<string, unknown> = { heldSlot, frozenSlot, plannedSlot, slotDate, slotHost, recordMonthHosts, checkFixedChairs, assignChairsOnDate, briefingOf, listPlanChanges };
    for (const step of PLANNER_STEPS) expect(step.run, step.name).toBe(fns[step.name]);
    // The slot sources decide in list order: a held briefing wins over a frozen row of the same month.
    const previous = [{ month: '2026-01', cluster: 'Cụm 1', date: '2026-01-15', host: 'Nà Khoa', chair: 'Lò Văn Hùng' }];
    const history = [{ ref: { sheet: 'Giao ban', row: 5 }, date: '2026-01-20', host: 'Nà Hỳ', chair: 'Hà Thị Mai', cluster: 'Cụm 1', participatingCommunes: [], attendance: { areaOfficers: null, communePolice: null, partyStanding: null, peoplesCouncil: null, peoplesCommittee: null, public: null, massOrganizations: [] }, notes: null }];
    const ctx = createPlanContext({ catalogue: catalogue(), from: '2026-01', months: 1, previous, history, freezeDate: '2026-02-01' });
    expect(planMonthSlots(ctx, '2026-01').find((x) => x.cluster === 'Cụm 1')).toMatchObject({ host: 'Nà Hỳ', source: 'history', date: '2026-01-20' });
  });

  it('heldSlot: a briefing already held keeps its date, host and chair', () => {
    const ctx = createPlanContext({
      catalogue: catalogue(), from: '2026-01', months: 2,
      history: [{ ref: { sheet: 'Giao ban', row: 5 }, date: '2026-01-20', host: 'Nà Hỳ', chair: 'Hà Thị Mai', cluster: 'Cụm 1', participatingCommunes: [], attendance: { areaOfficers: null, communePolice: null, partyStanding: null, peoplesCouncil: null, peoplesCommittee: null, public: null, massOrganizations: [] }, notes: null }],
    });
    const s = heldSlot(ctx, '2026-01', 'Cụm 1')!;
    expect([s.date, s.host, s.chair, s.chairFixed, s.source]).toEqual(['2026-01-20', 'Nà Hỳ', 'Hà Thị Mai', true, 'history']);
    expect(s.reasons).toEqual(['Ngày giao ban 20/01/2026: buổi giao ban đã tổ chức (không thay đổi)', 'Xã đăng cai Nà Hỳ: buổi giao ban đã tổ chức', 'Lãnh đạo chủ trì Đ/c Hà Thị Mai: đã chủ trì']);
    expect(heldSlot(ctx, '2026-02', 'Cụm 1')).toBeNull();
  });

  it('frozenSlot: a previous row before the freeze date is kept, later ones are not', () => {
    const previous = [
      { month: '2026-01', cluster: 'Cụm 1', date: '2026-01-15', host: 'Nà Hỳ', chair: 'Hà Thị Mai' },
      { month: '2026-02', cluster: 'Cụm 1', date: '2026-02-23', host: 'Nà Khoa', chair: 'Hà Thị Mai' },
    ];
    const ctx = createPlanContext({ catalogue: catalogue(), from: '2026-01', months: 2, previous, freezeDate: '2026-02-01' });
    expect(frozenSlot(ctx, '2026-01', 'Cụm 1')).toMatchObject({ host: 'Nà Hỳ', chair: 'Hà Thị Mai', reasons: ['Giữ nguyên theo lịch đã chốt (trước ngày 01/02/2026)'] });
    expect(frozenSlot(ctx, '2026-02', 'Cụm 1')).toBeNull();
  });

  it('slotDate: the calendar moves March 2026 off Sunday the 15th; a fixed date is kept as given', () => {
    const ctx = createPlanContext({ catalogue: catalogue(), from: '2026-03', months: 1 });
    expect(slotDate(ctx, '2026-03', 'Cụm 1', {}).date).toBe('2026-03-16');
    const fixed = slotDate(ctx, '2026-03', 'Cụm 1', { date: { value: '2026-03-18' } });
    expect(fixed).toEqual({ date: '2026-03-18', reason: 'Ngày giao ban 18/03/2026: do cán bộ cố định trên lịch', reasonEn: 'Briefing date 18 March 2026: fixed by the clerk' });
  });

  it('slotHost: first in catalogue order from scratch; a fixed host outside the cluster is kept and reported', () => {
    const ctx = createPlanContext({ catalogue: catalogue(), from: '2026-01', months: 1 });
    const active = ctx.communesOf.get('Cụm 1')!;
    expect(slotHost(ctx, '2026-01', 'Cụm 1', '2026-01-15', active, {})!.host).toBe('Nà Khoa');
    expect(slotHost(ctx, '2026-01', 'Cụm 1', '2026-01-15', active, { host: { value: 'Vàng Đán' } })!.host).toBe('Vàng Đán');
    expect(ctx.problems.map((p) => p.message)).toEqual(['Xã đăng cai cố định "Vàng Đán" không thuộc Cụm 1 hoặc không hoạt động ngày 15/01/2026; vẫn giữ như cán bộ đã ghi']);
  });

  it('recordMonthHosts: the next month sees who hosted this one', () => {
    const ctx = createPlanContext({ catalogue: catalogue(), from: '2026-01', months: 2 });
    recordMonthHosts(ctx, planMonthSlots(ctx, '2026-01'));
    expect(planMonthSlots(ctx, '2026-02').map((s) => s.host)).toEqual(['Nà Hỳ', 'Chà Tở']);
  });

  it('plannedSlot: a recorded swap fixes the chair with who asked and who approved', () => {
    const swap: ScheduleSwap = { date: '2026-03-16', cluster: 'Cụm 1', from: 'Lò Văn Hùng', to: 'Nguyễn Văn Chính', reason: 'Đi công tác', requestedBy: 'Hà Thị Mai', approvedBy: 'Trưởng Công an huyện' };
    const ctx = createPlanContext({ catalogue: catalogue(), from: '2026-03', months: 1, swaps: [swap] });
    const s = plannedSlot(ctx, '2026-03', 'Cụm 1')!;
    expect([s.chair, s.chairFixed, s.source]).toEqual(['Nguyễn Văn Chính', true, 'override']);
    expect(s.reasons[2]).toBe('Lãnh đạo chủ trì Đ/c Nguyễn Văn Chính: đổi lịch theo đề nghị của Hà Thị Mai, Trưởng Công an huyện duyệt (Đi công tác)');
  });

  it('checkFixedChairs: a fixed chair not allowed for the cluster is a problem, kept as given', () => {
    const swap: ScheduleSwap = { date: '2026-03-16', cluster: 'Cụm 1', from: null, to: 'Nguyễn Văn Chính', reason: null, requestedBy: null, approvedBy: null };
    const ctx = createPlanContext({ catalogue: catalogue(), from: '2026-03', months: 1, swaps: [swap] });
    const slots = planMonthSlots(ctx, '2026-03');
    expect([...checkFixedChairs(ctx, '2026-03', slots, '2026-03-16')]).toEqual(['Nguyễn Văn Chính']);
    expect(ctx.problems.map((p) => p.message)).toEqual(['Lãnh đạo cố định không phù hợp: Đ/c Nguyễn Văn Chính không được phân công phụ trách Cụm 1; vẫn giữ như cán bộ đã ghi']);
  });

  it('assignChairsOnDate: an absent leader never chairs, and nobody chairs twice a date', () => {
    const ctx = createPlanContext({ catalogue: catalogue(), from: '2026-03', months: 1 });
    const slots = planMonthSlots(ctx, '2026-03');
    assignChairsOnDate(ctx, '2026-03', slots, '2026-03-16');
    expect(slots.map((s) => s.chair).sort()).toEqual(['Hà Thị Mai', 'Nguyễn Văn Chính']);
    expect(ctx.chairLedger.load.get('Lò Văn Hùng')).toBeUndefined();
  });

  it('briefingOf: participants of the host and the active communes', () => {
    const ctx = createPlanContext({ catalogue: catalogue(), from: '2026-01', months: 1 });
    const [s] = planMonthSlots(ctx, '2026-01');
    const b = briefingOf(ctx, s!);
    expect(b.participatingCommunes).toEqual(['Nà Khoa', 'Nà Hỳ']);
    expect(b.participants).toContain('Đ/c Lò Văn Tâm - Trưởng Công an xã Nà Khoa');
  });

  it('the steps together are planRotation', () => {
    const input = { catalogue: catalogue(), from: '2026-01', months: 6 };
    const ctx = createPlanContext(input);
    const out = [];
    for (const month of ['2026-01', '2026-02', '2026-03', '2026-04', '2026-05', '2026-06']) {
      const slots = planMonthSlots(ctx, month);
      recordMonthHosts(ctx, slots);
      for (const d of [...new Set(slots.map((s) => s.date))].sort()) assignChairsOnDate(ctx, month, slots.filter((s) => s.date === d), d);
      out.push(...slots.map((s) => briefingOf(ctx, s)));
    }
    expect(out).toEqual(planRotation(input).briefings);
  });
});
