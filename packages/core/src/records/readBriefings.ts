/**
 * Briefing tables → {@link BriefingRecord}s, with the row-level
 * findings: date, host, chair, participating communes, attendance.
 */
import type { Attendance, BriefingRecord } from '../model.js';
import { parseAttendance } from '../text/index.js';
import type { FieldName } from '../data/headers.js';
import { WHAT } from '../findings/messages.js';
import type { CatalogueIndex } from './catalogueIndex.js';
import { readCount, readTick, splitList } from './cellValues.js';
import { readChairCell, readCommuneCellOn } from './nameCells.js';
import { forEachRow, type RowLoopState } from './rowLoop.js';
import type { TableCells } from './tableCells.js';

/** Where each attendance field was read from, for pointing warnings at the right cell. */
export interface BriefingCells {
  date: FieldName;
  host: FieldName;
  chair: FieldName;
  police: FieldName | undefined;
  /** Column of each local-leader role (its tick column, else the free-text column). */
  local: Record<'partyStanding' | 'peoplesCouncil' | 'peoplesCommittee', FieldName | undefined>;
  /** Whether the workbook said anything about attendance in this row. */
  attendanceKnown: boolean;
}

/** A briefing with where its cells are, for the cross-row checks. */
export interface ReadBriefing {
  record: BriefingRecord;
  cells: BriefingCells;
  table: TableCells;
  /** The catalogue this briefing was resolved against (absences, commune validity). */
  catalogue: CatalogueIndex;
}

const TICK_FIELDS = ['areaOfficer', 'policeChief', 'partyStanding', 'peoplesCouncil', 'peoplesCommittee', 'villageHead', 'securityTeam'] as const;
const TICK_TO_ATTENDANCE: Record<(typeof TICK_FIELDS)[number], keyof Attendance> = {
  villageHead: 'villageHeads',
  securityTeam: 'securityTeam',
  areaOfficer: 'areaOfficers',
  policeChief: 'communePolice',
  partyStanding: 'partyStanding',
  peoplesCouncil: 'peoplesCouncil',
  peoplesCommittee: 'peoplesCommittee',
};

/** The text helper's attendance parser (total: it returns what it recognises), memoised per reading. */
function parseAttendanceMemo(t: TableCells, text: string): Partial<Attendance> {
  const memo = t.ctx.attendanceMemo;
  let hit = memo.get(text);
  if (hit) return hit;
  hit = parseAttendance(text);
  if (memo.size < 20_000) memo.set(text, hit);
  return hit;
}

/** Empty attendance: nothing known. */
export function unknownAttendance(): Attendance {
  return {
    areaOfficers: null,
    communePolice: null,
    partyStanding: null,
    peoplesCouncil: null,
    peoplesCommittee: null,
    public: null,
    massOrganizations: [],
  };
}

/**
 * Attendance of a row: the free-text column first ("Đ/c Chính - PTCAH; Trưởng
 * CAX; TT Đảng ủy, HĐND, UBND xã; MTTQ, Hội PN; 15 quần chúng"), then tick
 * sub-columns, which win. Once the row says anything, an unticked role is
 * absent (`false`); a row that says nothing leaves every role `null`.
 */
function readAttendance(t: TableCells, r: number): { attendance: Attendance; known: boolean } {
  const a = unknownAttendance();
  let known = false;
  const free = t.text(r, 'attendance');
  if (free) {
    known = true;
    const parsed = parseAttendanceMemo(t, free);
    a.areaOfficers = parsed.areaOfficers ?? false;
    a.communePolice = parsed.communePolice ?? false;
    a.partyStanding = parsed.partyStanding ?? false;
    a.peoplesCouncil = parsed.peoplesCouncil ?? false;
    a.peoplesCommittee = parsed.peoplesCommittee ?? false;
    a.public = parsed.public ?? false;
    a.massOrganizations = parsed.massOrganizations ?? [];
    if (parsed.villageHeads !== undefined) a.villageHeads = parsed.villageHeads;
    if (parsed.securityTeam !== undefined) a.securityTeam = parsed.securityTeam;
  }
  let anyTick = false;
  for (const f of TICK_FIELDS) if (t.has(f) && t.value(r, f) !== null && t.text(r, f) !== null) anyTick = true;
  const pub = t.has('public') ? t.value(r, 'public') : null;
  const orgs = t.has('massOrganizations') ? t.text(r, 'massOrganizations') : null;
  if (anyTick || (pub !== null && pub !== '') || orgs) {
    known = true;
    for (const f of TICK_FIELDS) {
      if (!t.has(f)) continue;
      const v = readTick(t.value(r, f));
      const key = TICK_TO_ATTENDANCE[f];
      if (v !== null) (a as unknown as Record<string, boolean | null>)[key] = v;
      else if (anyTick && a[key] !== true) (a as unknown as Record<string, boolean | null>)[key] = false;
    }
    if (t.has('public')) {
      const c = readCount(typeof pub === 'string' ? t.text(r, 'public') : pub);
      if (c !== null) a.public = c;
      else if (a.public === null) a.public = false;
    }
    if (orgs) {
      const tick = readTick(orgs);
      const names = parseAttendanceMemo(t, orgs).massOrganizations ?? [];
      if (names.length) a.massOrganizations = [...new Set([...a.massOrganizations, ...names])];
      else if (tick === true && a.massOrganizations.length === 0) a.massOrganizations = ['Ban, đoàn thể'];
    }
  }
  return { attendance: a, known };
}

/** Reads a briefings table. */
export function readBriefings(t: TableCells, state: RowLoopState, cat: CatalogueIndex): ReadBriefing[] {
  const hostField: FieldName = t.has('host') ? 'host' : 'commune';
  return forEachRow(t, state, true, (r): ReadBriefing | null => {
    const date = t.date(r, 'date', WHAT.briefingDate, true);
    const hostCell = readCommuneCellOn(t, r, hostField, cat, WHAT.host, date ?? null);
    const host = hostCell?.name ?? null;
    const chair = readChairCell(t, r, cat);
    const participating: string[] = [];
    for (const p of splitList(t.text(r, 'participatingCommunes'))) {
      const c = cat.resolveCommune(p, date ?? null);
      if (c.ok) {
        if (!participating.includes(c.name)) participating.push(c.name);
        if (c.merged) t.report('commune.merged', r, 'participatingCommunes', c.merged(t.cell(r, 'participatingCommunes')));
      }
      else t.report(c.code, r, 'participatingCommunes', c.message(t.cell(r, 'participatingCommunes')), c.suggestion);
    }
    const { attendance, known } = readAttendance(t, r);
    if (!date || !host) return null;
    const written = t.text(r, 'cluster');
    const cluster = (written !== null ? cat.canonicalCluster(written) : null) ?? cat.commune(host)?.cluster ?? null;
    let communes = participating;
    if (communes.length === 0) {
      communes = cluster !== null && cat.hasCommunes ? cat.clusterCommunes(cluster, date) : [];
      if (!communes.includes(host)) communes = [host, ...communes];
    }
    return {
      record: {
        ref: { sheet: t.sheet, row: r },
        date,
        host,
        chair,
        cluster,
        participatingCommunes: communes,
        attendance,
        notes: t.text(r, 'notes'),
        ...(hostCell?.former ? { formerHost: hostCell.former } : {}),
      },
      cells: {
        date: 'date',
        host: hostField,
        chair: 'chair',
        police: t.has('policeChief') ? 'policeChief' : t.has('attendance') ? 'attendance' : undefined,
        local: {
          partyStanding: t.has('partyStanding') ? 'partyStanding' : t.has('attendance') ? 'attendance' : undefined,
          peoplesCouncil: t.has('peoplesCouncil') ? 'peoplesCouncil' : t.has('attendance') ? 'attendance' : undefined,
          peoplesCommittee: t.has('peoplesCommittee') ? 'peoplesCommittee' : t.has('attendance') ? 'attendance' : undefined,
        },
        attendanceKnown: known,
      },
      table: t,
      catalogue: cat,
    };
  });
}
