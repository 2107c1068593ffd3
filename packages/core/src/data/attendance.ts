/**
 * Roles in a free-text attendance list, e.g. "Đ/c Chính -
 * PTCAH; CA phụ trách xã; Trưởng CAX; TT Đảng ủy, HĐND, UBND xã; MTTQ, Hội
 * PN; 15 quần chúng". Data only; text/attendance.ts reads it.
 *
 * Patterns run over the unaccented lower-case key (đ → d), as whole words,
 * in this order; a matched span is consumed so that "Hội đồng nhân dân" is
 * never read again as "nhân dân" (the public).
 */

/** A role an attendance phrase stands for. */
export type AttendanceRole =
  | 'areaOfficers'
  | 'communePolice'
  | 'partyStanding'
  | 'peoplesCouncil'
  | 'peoplesCommittee'
  | 'public'
  | 'massOrganization'
  | 'supervisor'
  | 'villageHeads'
  | 'securityTeam';

/** One recognised phrase. `org` is the canonical mass organisation name. */
export interface AttendancePattern {
  pattern: RegExp;
  role: AttendanceRole;
  org?: string;
}

/** Canonical short names of mass organisations, as stored in `Attendance.massOrganizations`. */
export const MASS_ORGANIZATIONS = {
  frontline: 'MTTQ',
  women: 'Hội Phụ nữ',
  farmers: 'Hội Nông dân',
  veterans: 'Hội Cựu chiến binh',
  youth: 'Đoàn Thanh niên',
  elderly: 'Hội Người cao tuổi',
  generic: 'Ban, đoàn thể',
} as const;

export const ATTENDANCE_PATTERNS: readonly AttendancePattern[] = [
  // The supervising unit's own people: recognised so that they are not misread.
  { pattern: /(?:pho )?(?:truong|giam doc) (?:cong an|ca) (?:huyen|tinh|thanh pho|thi xa)|p?tcah|p?tcat|p?gd cat|pgd|lanh dao (?:cong an|ca) (?:huyen|tinh)|(?:cong an|ca) (?:huyen|tinh)|cah/, role: 'supervisor' },
  // The village tier: the grassroots security team (Law 30/2023/QH15) and the village heads.
  { pattern: /(?:(?:to truong|thanh vien),? (?:va )?(?:thanh vien )?)?to (?:bao ve|bv) (?:an ninh,? trat tu|antt)(?: o co so)?|to antt(?: co so)?|luc luong (?:tham gia )?bao ve (?:an ninh,? trat tu|antt) o co so/, role: 'securityTeam' },
  { pattern: /truong (?:thon|ban|ap|khu pho)(?:,? (?:ban|to dan pho|thon))*|to truong to dan pho|truong tdp|to truong tdp/, role: 'villageHeads' },
  // Mass organisations (before "nhân dân", "thanh niên" as the public would be).
  { pattern: /(?:uy ban )?mat tran(?: to quoc)?|(?:ub)?mttq/, role: 'massOrganization', org: MASS_ORGANIZATIONS.frontline },
  { pattern: /(?:hoi )?(?:lien hiep )?phu nu|hoi pn|l?hpn/, role: 'massOrganization', org: MASS_ORGANIZATIONS.women },
  { pattern: /hoi nong dan|hoi nd|hnd/, role: 'massOrganization', org: MASS_ORGANIZATIONS.farmers },
  { pattern: /(?:hoi )?cuu chien binh|(?:hoi )?ccb/, role: 'massOrganization', org: MASS_ORGANIZATIONS.veterans },
  { pattern: /doan thanh nien(?: cong san(?: ho chi minh)?)?|doan tncs(?: hcm)?|doan tn|dtn|thanh nien/, role: 'massOrganization', org: MASS_ORGANIZATIONS.youth },
  { pattern: /hoi nguoi cao tuoi|hoi nct|nguoi cao tuoi/, role: 'massOrganization', org: MASS_ORGANIZATIONS.elderly },
  { pattern: /(?:dai dien )?(?:cac )?ban,? (?:nganh,? )?doan the(?: xa)?|(?:cac )?doan the/, role: 'massOrganization', org: MASS_ORGANIZATIONS.generic },
  // Commune authorities.
  { pattern: /hoi dong nhan dan|hdnd/, role: 'peoplesCouncil' },
  { pattern: /uy ban nhan dan|ubnd|chinh quyen/, role: 'peoplesCommittee' },
  { pattern: /(?:thuong truc|tt) ?(?:dang uy|du)|dang uy|cap uy|bi thu(?: dang uy)?/, role: 'partyStanding' },
  // Police at the grassroots.
  { pattern: /(?:can bo,? )?(?:chien s[iy],? )?(?:cong an|ca|can bo|cb|cs) phu trach(?: dia ban| xa| cac xa)?|cskv|canh sat khu vuc|cbcs phu trach|can bo phu trach(?: dia ban)?/, role: 'areaOfficers' },
  { pattern: /(?:(?:pho )?truong (?:hoac|va|\/) ?)?(?:pho )?truong (?:cong an|ca) (?:cac )?(?:xa|phuong|thi tran|dac khu)|(?:pho )?truong ca(?:x|p|dk)|p?tca(?:x|p|dk)|(?:cong an|ca) (?:cac )?(?:xa|phuong|thi tran|dac khu)|cax|cadk|cong an vien/, role: 'communePolice' },
  // The public, with an optional head count before or after.
  { pattern: /quan chung nhan dan|quan chung|nguoi dan|nhan dan|ba con|cong dan/, role: 'public' },
];

/** Words that negate a role in its own part of the list ("vắng Trưởng CAX", "không có quần chúng"). */
export const ATTENDANCE_NEGATION = /(?:^|\s)(?:khong co|khong|vang mat|vang|chua co)(?:\s|$)/;
