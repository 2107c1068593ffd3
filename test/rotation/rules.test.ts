import { describe, expect, it } from 'vitest';
import {
  briefingDate,
  chooseChairs,
  chooseDate,
  chooseHost,
  collectOverrides,
  communeActiveOn,
  createChairLedger,
  createHostLedger,
  isFrozenPlanRow,
  leaderUnavailability,
  listPlanChanges,
  indexPreviousPlan,
  recordChair,
  recordHost,
  rotationParticipants,
  rotationSlotKey,
} from '@giaoban/core/internal';
import { commune, leader } from './fixtures.js';

describe('rule: availability', () => {
  it('communes by validity, leaders by active dates, clusters and absences', () => {
    const merged = commune('Nà Bủng', 'Cụm 1', { validTo: '2025-06-30', mergedInto: 'Nà Hỳ' });
    expect(communeActiveOn(merged, '2025-06-30')).toBe(true);
    expect(communeActiveOn(merged, '2025-07-01')).toBe(false);
    const hung = leader('Lò Văn Hùng', { clusters: ['Cụm 1'], activeFrom: '2026-02-01' });
    expect(leaderUnavailability(hung, '2026-01-15', 'Cụm 1', [])?.reason).toBe('Đ/c Lò Văn Hùng chỉ bắt đầu nhận nhiệm vụ từ 01/02/2026');
    expect(leaderUnavailability(hung, '2026-02-16', 'Cụm 2', [])?.reason).toBe('Đ/c Lò Văn Hùng không được phân công phụ trách Cụm 2');
    const away = [{ leader: 'Lò Văn Hùng', from: '2026-03-10', to: '2026-03-20', reason: 'Nghỉ phép' }];
    expect(leaderUnavailability(hung, '2026-03-20', 'Cụm 1', away)?.reasonEn).toBe('Lò Văn Hùng is absent from 10 March 2026 to 20 March 2026 (Nghỉ phép)');
    expect(leaderUnavailability(hung, '2026-03-21', 'Cụm 1', away)).toBeNull();
  });
});

describe('rule: date', () => {
  it('takes the calendar date with its reason, or the clerk\'s date', () => {
    const feb = chooseDate(briefingDate('2026-02'), null);
    expect(feb.date).toBe('2026-02-23');
    expect(feb.reason).toMatch(/^Ngày giao ban Thứ Hai 23\/02\/2026: .*Tết/);
    expect(chooseDate(briefingDate('2026-04'), null).reason).toBe('Ngày giao ban Thứ Tư 15/04/2026: đúng ngày định kỳ, là ngày làm việc');
    expect(chooseDate(briefingDate('2026-04'), '2026-04-17')).toMatchObject({ date: '2026-04-17', reason: 'Ngày giao ban 17/04/2026: do cán bộ cố định trên lịch' });
  });
});

describe('rule: host', () => {
  const cs = [commune('Nà Khoa', 'Cụm 1'), commune('Nà Hỳ', 'Cụm 1'), commune('Nà Bủng', 'Cụm 1')];
  const byName = new Map(cs.map((c) => [c.name, c]));
  it('never hosted first in catalogue order, then least recent, never twice running', () => {
    const l = createHostLedger();
    recordHost(l, 'Cụm 1', 'Nà Hỳ', '2025-12-15');
    expect(chooseHost(cs, 'Cụm 1', l, null, byName, '2026-01-15').host).toBe('Nà Khoa');
    recordHost(l, 'Cụm 1', 'Nà Khoa', '2026-01-15');
    expect(chooseHost(cs, 'Cụm 1', l, null, byName, '2026-02-23').host).toBe('Nà Bủng');
    recordHost(l, 'Cụm 1', 'Nà Bủng', '2026-02-23');
    const c = chooseHost(cs, 'Cụm 1', l, null, byName, '2026-03-16');
    expect(c.host).toBe('Nà Hỳ');
    expect(c.reason).toBe('Xã đăng cai Nà Hỳ: lâu nhất chưa đăng cai (lần gần nhất 15/12/2025)');
  });
  it('keeps the previous host unless it would repeat within the round', () => {
    const l = createHostLedger();
    recordHost(l, 'Cụm 1', 'Nà Khoa', '2026-01-15');
    expect(chooseHost(cs, 'Cụm 1', l, 'Nà Bủng', byName, '2026-02-23')).toMatchObject({ host: 'Nà Bủng', kept: true });
    const again = chooseHost(cs, 'Cụm 1', l, 'Nà Khoa', byName, '2026-02-23');
    expect(again.host).toBe('Nà Hỳ');
    expect(again.previousRejected?.reason).toBe('Nà Khoa vừa đăng cai tháng trước');
    const gone = new Map(byName);
    gone.set('Nà Cang', commune('Nà Cang', 'Cụm 1', { validTo: '2025-06-30', mergedInto: 'Nà Khoa' }));
    expect(chooseHost(cs, 'Cụm 1', l, 'Nà Cang', gone, '2026-02-23').previousRejected?.reason).toBe('Nà Cang không còn hoạt động sau 30/06/2025 (đã hợp nhất vào Nà Khoa)');
  });
});

describe('rule: chair', () => {
  it('picks the leader furthest below their share, never someone busy that day', () => {
    const l = createChairLedger(['Lò Văn Hùng', 'Hà Thị Mai', 'Nguyễn Văn Chính']);
    recordChair(l, 'Lò Văn Hùng', ['Lò Văn Hùng', 'Hà Thị Mai', 'Nguyễn Văn Chính'], '2026-01-15');
    const all = ['Lò Văn Hùng', 'Hà Thị Mai', 'Nguyễn Văn Chính'];
    const r = chooseChairs([{ cluster: 'Cụm 1', candidates: all, previous: null }, { cluster: 'Cụm 2', candidates: all, previous: null }], new Set(['Hà Thị Mai']), l, '2026-02-23');
    expect(r.get('Cụm 1')!.chair).toBe('Nguyễn Văn Chính');
    expect(r.get('Cụm 2')!.chair).toBe('Lò Văn Hùng');
  });
  it('finds a complete assignment when the greedy choice would block a constrained cluster', () => {
    const l = createChairLedger(['A', 'B']);
    // Cụm 1 may take A or B, Cụm 2 only A; A is the better-ranked choice for Cụm 1 by catalogue order.
    const r = chooseChairs([{ cluster: 'Cụm 1', candidates: ['A', 'B'], previous: 'A' }, { cluster: 'Cụm 2', candidates: ['A'], previous: null }], new Set(), l, '2026-01-15');
    expect([r.get('Cụm 1')!.chair, r.get('Cụm 2')!.chair]).toEqual(['B', 'A']);
  });
  it('leaves a briefing unstaffed, with a reason, rather than double-booking', () => {
    const l = createChairLedger(['A']);
    const r = chooseChairs([{ cluster: 'Cụm 1', candidates: ['A'], previous: null }, { cluster: 'Cụm 2', candidates: ['A'], previous: null }], new Set(), l, '2026-01-15');
    expect(r.get('Cụm 1')!.chair).toBe('A');
    expect(r.get('Cụm 2')!.chair).toBeNull();
    expect(r.get('Cụm 2')!.reason).toContain('Không đủ lãnh đạo');
  });
});

describe('rules: overrides, frozen history, participants, stability', () => {
  it('merges fixed plan rows with explicit overrides field by field', () => {
    const ov = collectOverrides(
      [{ month: '2026-03', cluster: 'Cụm 1', chair: 'Hà Thị Mai' }],
      [{ month: '2026-03', cluster: 'Cụm 1', date: '2026-03-16', host: 'Nà Khoa', chair: 'Lò Văn Hùng', fixed: true }, { month: '2026-04', cluster: 'Cụm 1', date: '2026-04-15', host: 'Nà Hỳ', chair: null }],
    );
    expect(ov.get(rotationSlotKey('2026-03', 'Cụm 1'))).toEqual({ month: '2026-03', cluster: 'Cụm 1', host: 'Nà Khoa', date: '2026-03-16', chair: 'Hà Thị Mai' });
    expect(ov.has(rotationSlotKey('2026-04', 'Cụm 1'))).toBe(false);
  });
  it('freezes plan rows dated before the freeze date', () => {
    const row = { month: '2026-02', cluster: 'Cụm 1', date: '2026-02-23', host: 'Nà Khoa', chair: null };
    expect(isFrozenPlanRow(row, '2026-02-24')).toBe(true);
    expect(isFrozenPlanRow(row, '2026-02-23')).toBe(false);
    expect(isFrozenPlanRow(row, null)).toBe(false);
  });
  it('lists participants: officers and chiefs of every commune, the host\'s committees', () => {
    const host = commune('Si Pa Phìn', 'Cụm 3', { areaOfficers: ['Mùa A Dính'], policeChief: 'Giàng A Páo' });
    const other = commune('Mường Lay', 'Cụm 3', { kind: 'phuong', areaOfficers: ['Mùa A Dính', 'Lò Thị Hiền'] });
    expect(rotationParticipants([host, other], host)).toEqual([
      'Đ/c Mùa A Dính - cán bộ phụ trách địa bàn xã Si Pa Phìn, phường Mường Lay',
      'Đ/c Lò Thị Hiền - cán bộ phụ trách địa bàn phường Mường Lay',
      'Đ/c Giàng A Páo - Trưởng Công an xã Si Pa Phìn',
      'Trưởng hoặc Phó trưởng Công an phường Mường Lay',
      'Thường trực Đảng ủy xã Si Pa Phìn',
      'Thường trực HĐND xã Si Pa Phìn',
      'UBND xã Si Pa Phìn',
    ]);
  });
  it('lists what changed against the previous plan, with the recorded reason', () => {
    const prev = indexPreviousPlan([{ month: '2026-05', cluster: 'Cụm 1', date: '2026-05-15', host: 'Nà Khoa', chair: 'A' }]);
    const b = { month: '2026-05', cluster: 'Cụm 1', date: '2026-05-15', host: 'Nà Khoa', chair: 'B', participatingCommunes: [], participants: [], reasons: [], reasonsEn: [], source: 'generated' as const };
    const reasons = new Map([[`${rotationSlotKey('2026-05', 'Cụm 1')}\u0000chair`, { reason: 'Đ/c A vắng mặt', reasonEn: 'A is absent' }]]);
    expect(listPlanChanges(prev, [b], reasons, new Set(['2026-05']))).toEqual([
      { month: '2026-05', cluster: 'Cụm 1', field: 'chair', before: 'A', after: 'B', reason: 'Đ/c A vắng mặt', reasonEn: 'A is absent' },
    ]);
  });
});
