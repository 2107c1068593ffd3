import { describe, expect, it } from 'vitest';
import { chooseChairs, createChairLedger, KEEP_TOLERANCE } from '@giaoban/core/internal';

describe('rule: chair, fairness moves on one date', () => {
  // Three leaders, two briefings on 15/11/2026, Lãnh đạo 3 free. A re-plan already disturbed: both
  // previous chairs would end the period more than the bound ahead if they kept every planned
  // briefing. One free leader can replace only one of them; moving both handed the first one the
  // other briefing in the day's re-matching (two changes, nobody fairer for it).
  function day() {
    const ledger = createChairLedger(['Lãnh đạo 1', 'Lãnh đạo 2', 'Lãnh đạo 3']);
    ledger.disturbed = true;
    ledger.projected.set('Lãnh đạo 1', -1.8);
    ledger.projected.set('Lãnh đạo 2', -2);
    const all = ['Lãnh đạo 1', 'Lãnh đạo 2', 'Lãnh đạo 3'];
    const requests = [
      { cluster: 'Cụm 1', candidates: all, previous: 'Lãnh đạo 1' },
      { cluster: 'Cụm 2', candidates: all, previous: 'Lãnh đạo 2' },
    ];
    return chooseChairs(requests, new Set(), ledger, '2026-11-15');
  }

  it('moves only as many chairs as there are free fairer leaders, furthest ahead first', () => {
    const out = day();
    expect(out.get('Cụm 1')).toMatchObject({ chair: 'Lãnh đạo 1', kept: true });
    expect(out.get('Cụm 2')).toMatchObject({ chair: 'Lãnh đạo 3', kept: false });
    expect(out.get('Cụm 2')!.previousRejected!.reason).toBe(
      'Đ/c Lãnh đạo 2 sẽ chủ trì vượt phần công bằng vào cuối kỳ nếu giữ mọi buổi đã lập (định mức cả kỳ vượt quá 1,5 buổi)',
    );
  });

  it('states the bound from the constant, with a Vietnamese decimal comma', () => {
    const r = day().get('Cụm 2')!.previousRejected!;
    expect(r.reason).toContain(`${String(KEEP_TOLERANCE).replace('.', ',')} buổi`);
    expect(r.reasonEn).toContain(`more than ${KEEP_TOLERANCE} if`);
  });

  it('a leader moved off a briefing for fairness chairs no other briefing that date', () => {
    const ledger = createChairLedger(['A', 'B', 'C', 'D']);
    ledger.disturbed = true;
    ledger.projected.set('A', -3);
    const all = ['A', 'B', 'C', 'D'];
    const out = chooseChairs(
      [
        { cluster: 'Cụm 1', candidates: all, previous: 'A' },
        { cluster: 'Cụm 2', candidates: all, previous: null },
      ],
      new Set(),
      ledger,
      '2026-11-15',
    );
    const chairs = [out.get('Cụm 1')!.chair, out.get('Cụm 2')!.chair];
    expect(chairs).not.toContain('A');
    expect(new Set(chairs).size).toBe(2);
  });

  it('still staffs every briefing when the only free leader is the one moved', () => {
    // Two briefings, two leaders: a fairness move can never leave a briefing unstaffed.
    const ledger = createChairLedger(['A', 'B']);
    ledger.disturbed = true;
    ledger.projected.set('A', -3);
    const out = chooseChairs(
      [
        { cluster: 'Cụm 1', candidates: ['A', 'B'], previous: 'A' },
        { cluster: 'Cụm 2', candidates: ['A', 'B'], previous: null },
      ],
      new Set(),
      ledger,
      '2026-11-15',
    );
    expect(new Set([out.get('Cụm 1')!.chair, out.get('Cụm 2')!.chair])).toEqual(new Set(['A', 'B']));
  });

  it('a fairness move never takes the free leader a forced change needs', () => {
    // Cụm 2's previous chair is absent (a forced change); Lãnh đạo 3 is the only free leader. Lãnh đạo 1
    // would end ahead, but moving them too would leave Cụm 2 to a chain of reassignments.
    const ledger = createChairLedger(['Lãnh đạo 1', 'Lãnh đạo 2', 'Lãnh đạo 3', 'Lãnh đạo 4']);
    ledger.disturbed = true;
    ledger.projected.set('Lãnh đạo 1', -3);
    const present = ['Lãnh đạo 1', 'Lãnh đạo 3', 'Lãnh đạo 4'];
    const out = chooseChairs(
      [
        { cluster: 'Cụm 1', candidates: present, previous: 'Lãnh đạo 1' },
        { cluster: 'Cụm 2', candidates: present, previous: 'Lãnh đạo 2', whyNot: () => ({ reason: 'Đ/c Lãnh đạo 2 vắng mặt', reasonEn: 'absent' }) },
        { cluster: 'Cụm 3', candidates: present, previous: 'Lãnh đạo 4' },
      ],
      new Set(),
      ledger,
      '2026-09-15',
    );
    expect([out.get('Cụm 1')!.chair, out.get('Cụm 2')!.chair, out.get('Cụm 3')!.chair]).toEqual(['Lãnh đạo 1', 'Lãnh đạo 3', 'Lãnh đạo 4']);
    expect(out.get('Cụm 2')!.previousRejected!.reason).toBe('Đ/c Lãnh đạo 2 vắng mặt');
  });
});
