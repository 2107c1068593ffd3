import { describe, expect, it } from 'vitest';
import { createWorkCalendar, planRotation, type BriefingRecord, type Catalogue, type PreviousPlanRow } from '@giaoban/core';
import { commune, leader } from './fixtures.js';

const catalogue = (): Catalogue => ({
  communes: [
    commune('Nà Khoa', 'Cụm 1', { areaOfficers: ['Lường Văn Minh'], policeChief: 'Lò Văn Tâm' }),
    commune('Nà Hỳ', 'Cụm 1', { areaOfficers: ['Lường Văn Minh'], policeChief: 'Quàng Văn Thắng' }),
    commune('Nà Bủng', 'Cụm 1', { areaOfficers: ['Tòng Thị Hoa'] }),
    commune('Vàng Đán', 'Cụm 2', { policeChief: 'Giàng A Páo' }),
    commune('Chà Tở', 'Cụm 2'),
    commune('Nậm Khăn', 'Cụm 2'),
    commune('Mường Lay', 'Cụm 3', { kind: 'phuong' }),
  ],
  leaders: [
    leader('Lò Văn Hùng', { rank: 'Thượng tá', title: 'Phó Trưởng Công an tỉnh' }),
    leader('Hà Thị Mai', { rank: 'Trung tá' }),
    leader('Nguyễn Văn Chính', { rank: 'Trung tá', clusters: ['Cụm 3'] }),
  ],
  absences: [],
  holidays: [],
});

const ALL_2026 = { from: '2026-01', months: 12 } as const;

describe('planRotation on real 2026 dates', () => {
  it('moves February past the Tết 2026 break and every date is a working day', () => {
    const plan = planRotation({ catalogue: catalogue(), ...ALL_2026 });
    const cal = createWorkCalendar();
    const feb = plan.briefings.filter((b) => b.month === '2026-02');
    expect(feb.map((b) => b.date)).toEqual(['2026-02-23', '2026-02-23', '2026-02-23']);
    expect(feb[0]!.reasons[0]).toMatch(/Tết/);
    expect(feb[0]!.reasonsEn[0]).toMatch(/Tết|Lunar New Year/);
    expect(plan.briefings.find((b) => b.month === '2026-03')!.date).toBe('2026-03-16'); // 15/03 is a Sunday
    for (const b of plan.briefings) expect(cal.isWorkingDay(b.date)).toBe(true);
    expect(plan.problems).toEqual([]);
  });

  it('rotates hosts in catalogue order from scratch, least recent first after history', () => {
    const fresh = planRotation({ catalogue: catalogue(), ...ALL_2026 });
    expect(fresh.briefings.filter((b) => b.cluster === 'Cụm 1').slice(0, 6).map((b) => b.host)).toEqual(['Nà Khoa', 'Nà Hỳ', 'Nà Bủng', 'Nà Khoa', 'Nà Hỳ', 'Nà Bủng']);
    const held = (date: string, host: string, chair: string): BriefingRecord => ({
      ref: { sheet: 'Giao ban', row: 5 }, date, host, chair, cluster: 'Cụm 1', participatingCommunes: [], notes: null,
      attendance: { areaOfficers: true, communePolice: true, partyStanding: true, peoplesCouncil: true, peoplesCommittee: true, public: null, massOrganizations: [] },
    });
    const plan = planRotation({ catalogue: catalogue(), ...ALL_2026, history: [held('2025-11-17', 'Nà Bủng', 'Hà Thị Mai'), held('2025-12-15', 'Nà Khoa', 'Lò Văn Hùng')] });
    const c1 = plan.briefings.filter((b) => b.cluster === 'Cụm 1');
    expect(c1.slice(0, 3).map((b) => b.host)).toEqual(['Nà Hỳ', 'Nà Bủng', 'Nà Khoa']);
    expect(c1[0]!.reasons[1]).toContain('chưa đăng cai');
    expect(c1[1]!.reasons[1]).toContain('17/11/2025');
  });

  it('keeps chairs within allowed clusters, away from absences, and balanced', () => {
    const cat = catalogue();
    cat.absences.push({ leader: 'Lò Văn Hùng', from: '2026-04-01', to: '2026-05-31', reason: 'Đi học tập trung' });
    const plan = planRotation({ catalogue: cat, ...ALL_2026 });
    for (const b of plan.briefings) {
      if (b.chair === 'Nguyễn Văn Chính') expect(b.cluster).toBe('Cụm 3');
      if (b.month === '2026-04' || b.month === '2026-05') expect(b.chair).not.toBe('Lò Văn Hùng');
    }
    // Two clusters open to Hùng and Mai, but Hùng is away in April and May: one of Cụm 1 / Cụm 2 has no chair then.
    const apr = plan.problems.filter((p) => p.month === '2026-04');
    expect(apr.length).toBe(1);
    expect(apr[0]!.message).toMatch(/Không đủ lãnh đạo|Không có lãnh đạo/);
    // Cụm 3 is chaired by Chính (only leader allowed besides Hùng and Mai) whenever he is free.
    expect(plan.briefings.filter((b) => b.cluster === 'Cụm 3').every((b) => b.chair !== null)).toBe(true);
  });

  it('lists the participants of the host and of every participating commune', () => {
    const plan = planRotation({ catalogue: catalogue(), from: '2026-01', months: 1 });
    const b = plan.briefings.find((x) => x.cluster === 'Cụm 1')!;
    expect(b.host).toBe('Nà Khoa');
    expect(b.participatingCommunes).toEqual(['Nà Khoa', 'Nà Hỳ', 'Nà Bủng']);
    expect(b.participants).toContain('Đ/c Lường Văn Minh - cán bộ phụ trách địa bàn xã Nà Khoa, xã Nà Hỳ');
    expect(b.participants).toContain('Đ/c Lò Văn Tâm - Trưởng Công an xã Nà Khoa');
    expect(b.participants).toContain('Trưởng hoặc Phó trưởng Công an xã Nà Bủng');
    expect(b.participants.slice(-3)).toEqual(['Thường trực Đảng ủy xã Nà Khoa', 'Thường trực HĐND xã Nà Khoa', 'UBND xã Nà Khoa']);
    const c3 = plan.briefings.find((x) => x.cluster === 'Cụm 3')!;
    expect(c3.participants).toContain('UBND phường Mường Lay');
  });

  it('stops a merged commune after its end date and lets a new one join from its start date', () => {
    const cat = catalogue();
    const i = cat.communes.findIndex((c) => c.name === 'Nà Bủng');
    cat.communes[i] = { ...cat.communes[i]!, validTo: '2026-06-30', mergedInto: 'Nà Hỳ' };
    cat.communes.push(commune('Nà Khoa Mới', 'Cụm 1', { validFrom: '2026-07-01' }));
    const plan = planRotation({ catalogue: cat, ...ALL_2026 });
    const c1 = plan.briefings.filter((b) => b.cluster === 'Cụm 1');
    for (const b of c1) {
      if (b.date > '2026-06-30') expect(b.host).not.toBe('Nà Bủng');
      if (b.date < '2026-07-01') expect(b.host).not.toBe('Nà Khoa Mới');
    }
    expect(c1.find((b) => b.month === '2026-07')!.host).toBe('Nà Khoa Mới');
    expect(c1.find((b) => b.month === '2026-08')!.participatingCommunes).toEqual(['Nà Khoa', 'Nà Hỳ', 'Nà Khoa Mới']);
  });

  it('keeps overrides and held briefings as given, and reports a double-booked override', () => {
    const history: BriefingRecord[] = [{
      ref: { sheet: 'Giao ban', row: 7 }, date: '2026-01-20', host: 'Nà Bủng', chair: 'Hà Thị Mai', cluster: 'Cụm 1', participatingCommunes: ['Nà Bủng', 'Nà Khoa'], notes: null,
      attendance: { areaOfficers: true, communePolice: true, partyStanding: true, peoplesCouncil: true, peoplesCommittee: true, public: 15, massOrganizations: [] },
    }];
    const plan = planRotation({
      catalogue: catalogue(), ...ALL_2026, history,
      overrides: [
        { month: '2026-03', cluster: 'Cụm 2', host: 'Nậm Khăn', date: '2026-03-20' },
        { month: '2026-05', cluster: 'Cụm 1', chair: 'Lò Văn Hùng' },
        { month: '2026-05', cluster: 'Cụm 2', chair: 'Lò Văn Hùng' },
      ],
    });
    const jan = plan.briefings.find((b) => b.month === '2026-01' && b.cluster === 'Cụm 1')!;
    expect(jan).toMatchObject({ date: '2026-01-20', host: 'Nà Bủng', chair: 'Hà Thị Mai', source: 'history', participatingCommunes: ['Nà Bủng', 'Nà Khoa'] });
    const mar = plan.briefings.find((b) => b.month === '2026-03' && b.cluster === 'Cụm 2')!;
    expect(mar).toMatchObject({ date: '2026-03-20', host: 'Nậm Khăn', source: 'override' });
    expect(mar.chair).not.toBeNull();
    const may = plan.briefings.filter((b) => b.month === '2026-05' && b.cluster !== 'Cụm 3');
    expect(may.map((b) => b.chair)).toEqual(['Lò Văn Hùng', 'Lò Văn Hùng']);
    expect(plan.problems.some((p) => p.month === '2026-05' && /cả Cụm 1 và Cụm 2/.test(p.message))).toBe(true);
    // Feb host of Cụm 1 is not Nà Bủng again (it hosted in January).
    expect(plan.briefings.find((b) => b.month === '2026-02' && b.cluster === 'Cụm 1')!.host).not.toBe('Nà Bủng');
  });

  it('a re-plan after a new absence changes only the absent leader’s briefings, with the reason', () => {
    const cat = catalogue();
    const p0 = planRotation({ catalogue: cat, ...ALL_2026 });
    const previous: PreviousPlanRow[] = p0.briefings.map((b) => ({ month: b.month, cluster: b.cluster, date: b.date, host: b.host, chair: b.chair }));
    const maiBriefingsInJune = p0.briefings.filter((b) => b.month === '2026-06' && b.chair === 'Hà Thị Mai');
    expect(maiBriefingsInJune.length).toBe(1);
    cat.absences.push({ leader: 'Hà Thị Mai', from: '2026-06-01', to: '2026-06-30', reason: 'Nghỉ phép năm' });
    cat.leaders.push(leader('Đinh Công Tuấn'));
    const p1 = planRotation({ catalogue: cat, ...ALL_2026, previous, freezeDate: '2026-03-01' });
    const june = p1.changes.filter((c) => c.month === '2026-06');
    expect(june).toHaveLength(1);
    expect(june[0]).toMatchObject({ field: 'chair', before: 'Hà Thị Mai' });
    expect(june[0]!.reason).toBe('Đ/c Hà Thị Mai vắng mặt từ 01/06/2026 đến 30/06/2026 (Nghỉ phép năm)');
    // Frozen months before the freeze date are copied as they were.
    expect(p1.briefings.filter((b) => b.date < '2026-03-01').map((b) => [b.host, b.chair, b.source])).toEqual(
      p0.briefings.filter((b) => b.date < '2026-03-01').map((b) => [b.host, b.chair, 'history']),
    );
  });

  it('reports a fixed row for a cluster that does not exist', () => {
    const plan = planRotation({ catalogue: catalogue(), from: '2026-01', months: 2, overrides: [{ month: '2026-02', cluster: 'Cụm 9', host: 'Nà Khoa' }] });
    expect(plan.problems).toEqual([{ month: '2026-02', cluster: 'Cụm 9', message: 'Dòng cố định của "Cụm 9" không dùng được: không có cụm này trong danh sách xã', messageEn: 'Fixed row for "Cụm 9" ignored: no such cluster in the communes list' }]);
    expect(plan.briefings.some((b) => b.cluster === 'Cụm 9')).toBe(false);
  });

  it('says in Vietnamese what is wrong with the months argument', () => {
    expect(() => planRotation({ catalogue: catalogue(), from: '2026-13', months: 3 })).toThrow(/Tháng không hợp lệ/);
    expect(() => planRotation({ catalogue: catalogue(), from: '2026-01', months: 0 })).toThrow(/Số tháng/);
  });
});
