/**
 * Free-text attendance lists of a briefing.
 */
import { ATTENDANCE_NEGATION, ATTENDANCE_PATTERNS, type AttendanceRole } from '../data/attendance.js';
import type { Attendance } from '../model.js';
import { unaccentedKey } from './fold.js';

/** Patterns compiled once, as whole-word global searches. */
const COMPILED = ATTENDANCE_PATTERNS.map((p) => ({
  re: new RegExp(`(?<![a-z0-9])(?:${p.pattern.source})(?![a-z0-9])`, 'g'),
  role: p.role,
  org: p.org,
}));

type BooleanRole = 'areaOfficers' | 'communePolice' | 'partyStanding' | 'peoplesCouncil' | 'peoplesCommittee' | 'villageHeads' | 'securityTeam';
const BOOLEAN_ROLES: ReadonlySet<AttendanceRole> = new Set<AttendanceRole>([
  'villageHeads',
  'securityTeam',
  'areaOfficers',
  'communePolice',
  'partyStanding',
  'peoplesCouncil',
  'peoplesCommittee',
]);

/** Bounds of the list item (between ; , newline) that holds position `at`. */
function segmentAround(key: string, at: number): { start: number; end: number } {
  let start = at;
  while (start > 0 && !/[;,\n]/.test(key[start - 1]!)) start--;
  let end = at;
  while (end < key.length && !/[;,\n]/.test(key[end]!)) end++;
  return { start, end };
}

/** A head count written next to the public: "15 quần chúng", "quần chúng (15 người)", "nhân dân: 30". */
function headCount(before: string, after: string): number | null {
  const pre = /(\d{1,5})\s*(?:nguoi\s*)?$/.exec(before);
  if (pre) return Number(pre[1]);
  const post = /^\s*(?:[:(\-–]\s*)?(?:khoang\s*|gan\s*|tren\s*)?(\d{1,5})(?!\s*[/.]\d)/.exec(after);
  if (post) return Number(post[1]);
  return null;
}

/**
 * Read a free-text attendance list into the attendance fields it mentions.
 * Recognises the common roles and abbreviations: CA phụ trách xã / cán bộ
 * phụ trách địa bàn / CSKV (area officers); Trưởng CAX, Phó trưởng Công an
 * xã, Công an các xã (commune police); TT Đảng ủy / TT ĐU, HĐND, UBND;
 * MTTQ, Hội PN, Hội ND, Hội CCB, ĐTN, "ban, đoàn thể" (mass organisations,
 * by canonical name); quần chúng / nhân dân / người dân with an optional
 * head count. "vắng …" or "không có …" in an item records `false`. Fields
 * the text does not mention are absent from the result; the supervising
 * unit's own people (PTCAH, Công an huyện) are recognised and ignored.
 *
 * @example
 * ```ts
 * parseAttendance('Đ/c Chính - PTCAH; CA phụ trách xã; Trưởng CAX; TT Đảng ủy, HĐND, UBND xã; MTTQ, Hội PN; 15 quần chúng');
 * // { areaOfficers: true, communePolice: true, partyStanding: true, peoplesCouncil: true,
 * //   peoplesCommittee: true, public: 15, massOrganizations: ['MTTQ', 'Hội Phụ nữ'] }
 * ```
 */
export function parseAttendance(s: string): Partial<Attendance> {
  const out: Partial<Attendance> = {};
  if (typeof s !== 'string') return out;
  const key = unaccentedKey(s);
  if (key === '') return out;
  const taken = new Uint8Array(key.length);
  const orgs: string[] = [];
  const hits: { role: AttendanceRole; org?: string; start: number; end: number }[] = [];
  for (const p of COMPILED) {
    p.re.lastIndex = 0;
    for (let m = p.re.exec(key); m !== null; m = p.re.exec(key)) {
      const start = m.index;
      const end = start + m[0].length;
      if (m[0].length === 0) {
        p.re.lastIndex++;
        continue;
      }
      let free = true;
      for (let i = start; i < end; i++) if (taken[i]) free = false;
      if (!free) continue;
      taken.fill(1, start, end);
      hits.push({ role: p.role, org: p.org, start, end });
    }
  }
  hits.sort((a, b) => a.start - b.start);
  for (const h of hits) {
    if (h.role === 'supervisor') continue;
    const seg = segmentAround(key, h.start);
    const before = key.slice(seg.start, h.start);
    const present = !ATTENDANCE_NEGATION.test(before);
    if (BOOLEAN_ROLES.has(h.role)) {
      const role = h.role as BooleanRole;
      // A positive mention wins over a negative one elsewhere in the list.
      out[role] = out[role] === true ? true : present;
    } else if (h.role === 'massOrganization' && h.org) {
      if (present && !orgs.includes(h.org)) orgs.push(h.org);
      if (!present && !out.massOrganizations) out.massOrganizations = [];
    } else if (h.role === 'public') {
      if (!present) {
        if (out.public === undefined || out.public === null) out.public = false;
        continue;
      }
      const n = headCount(before, key.slice(h.end, seg.end));
      if (n !== null) out.public = typeof out.public === 'number' ? out.public + n : n;
      else if (typeof out.public !== 'number') out.public = true;
    }
  }
  if (orgs.length > 0) out.massOrganizations = orgs;
  return out;
}
