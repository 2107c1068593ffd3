/**
 * Catalogue tables → communes, leaders, absences and holidays.
 * Names are stored as the clerk wrote them minus kind prefixes, honorifics,
 * ranks and titles; an absence names a leader of the leaders' list.
 */
import type { Absence, Commune, HolidayOverride, IsoDate, Leader } from '../model.js';
import { addDays, daysBetween } from '../calendar/index.js';
import { matchName, splitVillageName, stripCommuneName, stripPersonName } from '../text/index.js';
import { msg, WHAT } from '../findings/messages.js';
import { readCommuneKind, readHolidayKind, splitList } from './cellValues.js';
import { forEachRow, type RowLoopState } from './rowLoop.js';
import { CORE_TEXTS } from '../data/texts.js';
import type { TableCells } from './tableCells.js';

/** The one cluster of a villages list without a cluster column. */
export const VILLAGE_CLUSTER = CORE_TEXTS['cluster.villages'].vi;

const EXPECT_KIND = { vi: 'ghi xã, phường, thị trấn hoặc đặc khu', en: 'write xã, phường, thị trấn or đặc khu' };
const EXPECT_HOLIDAY = { vi: 'ghi Nghỉ, Nghỉ bù, Làm bù hoặc Làm việc bù', en: 'write Nghỉ, Nghỉ bù, Làm bù or Làm việc bù' };
const EXPECT_RANGE = { vi: 'ngày kết thúc trước ngày bắt đầu', en: 'the end is before the start' };
const EXPECT_SHORT_RANGE = { vi: 'một khoảng nghỉ không quá 366 ngày', en: 'a break of at most 366 days' };

/** A commune read, with its table and row (for the checks against the national catalogue). */
export interface CommuneRow {
  commune: Commune;
  table: TableCells;
  row: number;
}

/** Reads a communes table; `rows`, when given, receives each commune with its row. */
export function readCommunes(t: TableCells, state: RowLoopState, rows?: CommuneRow[], villages = false): Commune[] {
  const seen = new Map<string, { row: number; code: string | null }>();
  return forEachRow(t, state, true, (r) => {
    const raw = t.text(r, 'commune');
    if (!raw) {
      t.report('value.invalid', r, 'commune', msg.valueMissing(t.cell(r, 'commune'), WHAT.commune));
      return null;
    }
    const village = villages ? splitVillageName(raw) : null;
    const stripped = village ? { name: village.name, kind: null } : stripCommuneName(raw);
    const name = stripped.name || raw;
    const key = name.toLocaleLowerCase('vi');
    const code = readUnitCode(t.text(r, 'unitCode'));
    const dup = seen.get(key);
    if (dup !== undefined) {
      const codes = dup.code && code && dup.code !== code;
      t.report(codes ? 'commune.code-invalid' : 'value.invalid', r, codes ? 'unitCode' : 'commune', codes
        ? {
            vi: `Ô ${t.cell(r, 'unitCode')}: xã "${name}" đã có ở dòng ${dup.row} với mã ${dup.code}, dòng này ghi mã ${code}.`,
            en: `Cell ${t.cell(r, 'unitCode')}: commune "${name}" is already listed at row ${dup.row} with code ${dup.code}; this row has code ${code}.`,
          }
        : {
            vi: `Ô ${t.cell(r, 'commune')}: xã "${name}" đã có ở dòng ${dup.row}.`,
            en: `Cell ${t.cell(r, 'commune')}: commune "${name}" is already listed at row ${dup.row}.`,
          });
      return null;
    }
    seen.set(key, { row: r, code });
    let kind = stripped.kind ?? 'xa';
    const kindText = t.text(r, 'communeKind');
    if (kindText) {
      const k = readCommuneKind(kindText);
      if (!k) t.report('value.invalid', r, 'communeKind', msg.valueInvalid(t.cell(r, 'communeKind'), kindText, WHAT.communeKind, EXPECT_KIND));
      else kind = k;
    }
    const validFrom = t.date(r, 'from', WHAT.fromDate, false) ?? null;
    const validTo = t.date(r, 'to', WHAT.toDate, false) ?? null;
    if (validFrom && validTo && validTo < validFrom) {
      t.report('value.invalid', r, 'to', msg.valueInvalid(t.cell(r, 'to'), t.value(r, 'to'), WHAT.range, EXPECT_RANGE));
    }
    const chief = t.text(r, 'policeChief');
    const merged = t.text(r, 'mergedInto');
    const formedFrom = splitList(t.text(r, 'formedFrom'))
      .map((s) => s.replace(/^(?:(?:một phần|1 phần|phần còn lại của|phần)\s+)?(?:(?:của\s+)?các\s+)?/iu, '').trim())
      .filter((s) => s !== '');
    const commune: Commune = {
      name,
      kind,
      // A commune police unit's villages are one cluster unless the list says otherwise.
      cluster: t.text(r, 'cluster') ?? (villages ? VILLAGE_CLUSTER : ''),
      areaOfficers: splitList(t.text(r, 'areaOfficer')).map(stripPersonName).filter((s) => s !== ''),
      policeChief: chief ? stripPersonName(chief) || chief : null,
      validFrom,
      validTo,
      mergedInto: merged ? stripCommuneName(merged).name || merged : null,
      ...(code ? { code } : {}),
      ...(formedFrom.length > 0 ? { formedFrom } : {}),
      ...(village ? { village: { word: village.word ?? 'thôn', head: villageHead(t.text(r, 'villageHead')) } } : {}),
    };
    rows?.push({ commune, table: t, row: r });
    return commune;
  });
}

/** A village head's name without "Ông", "Bà", ranks or titles. */
function villageHead(text: string | null): string | null {
  return text ? stripPersonName(text) || text : null;
}

/** A code cell as five digits ("3169", "03169", 3169 → "03169"); null when blank or not a code. */
function readUnitCode(text: string | null): string | null {
  if (!text) return null;
  const digits = text.replace(/\s+/g, '');
  return /^\d{1,5}$/.test(digits) ? digits.padStart(5, '0') : text.trim();
}

/** Reads a leaders table. */
export function readLeaders(t: TableCells, state: RowLoopState): Leader[] {
  const seen = new Map<string, number>();
  return forEachRow(t, state, true, (r) => {
    const raw = t.text(r, 'leaderName');
    if (!raw) {
      t.report('value.invalid', r, 'leaderName', msg.valueMissing(t.cell(r, 'leaderName'), WHAT.leader));
      return null;
    }
    const name = stripPersonName(raw) || raw;
    const key = name.toLocaleLowerCase('vi');
    const dupRow = seen.get(key);
    if (dupRow !== undefined) {
      t.report('value.invalid', r, 'leaderName', {
        vi: `Ô ${t.cell(r, 'leaderName')}: lãnh đạo "${name}" đã có ở dòng ${dupRow}.`,
        en: `Cell ${t.cell(r, 'leaderName')}: leader "${name}" is already listed at row ${dupRow}.`,
      });
      return null;
    }
    seen.set(key, r);
    const activeFrom = t.date(r, 'from', WHAT.fromDate, false) ?? null;
    const activeTo = t.date(r, 'to', WHAT.toDate, false) ?? null;
    if (activeFrom && activeTo && activeTo < activeFrom) {
      t.report('value.invalid', r, 'to', msg.valueInvalid(t.cell(r, 'to'), t.value(r, 'to'), WHAT.range, EXPECT_RANGE));
    }
    return {
      name,
      rank: t.text(r, 'rank'),
      title: t.text(r, 'title'),
      clusters: splitList(t.text(r, 'clustersAllowed')),
      activeFrom,
      activeTo,
    };
  });
}

/** Reads an absences table; the leader must be in `leaders` when that list is known. */
export function readAbsences(t: TableCells, state: RowLoopState, leaders: readonly string[]): Absence[] {
  return forEachRow(t, state, true, (r) => {
    const raw = t.text(r, 'leaderName');
    let leader: string | null = null;
    if (!raw) {
      t.report('value.invalid', r, 'leaderName', msg.valueMissing(t.cell(r, 'leaderName'), WHAT.leader));
    } else if (leaders.length === 0) {
      leader = stripPersonName(raw) || raw;
    } else {
      const m = matchName(raw, leaders, 'person');
      if (m.status === 'exact') leader = m.name;
      else {
        t.report('leader.unknown', r, 'leaderName', msg.leaderUnknown(t.cell(r, 'leaderName'), raw), m.status === 'near' ? msg.didYouMean(m.suggestion) : null);
      }
    }
    const from = t.date(r, 'from', WHAT.fromDate, true);
    const toRaw = t.date(r, 'to', WHAT.toDate, false);
    const to = toRaw === null ? from : toRaw;
    if (from && to && to < from) {
      t.report('value.invalid', r, 'to', msg.valueInvalid(t.cell(r, 'to'), t.value(r, 'to'), WHAT.range, EXPECT_RANGE));
    }
    if (!leader || !from || !to) return null;
    return { leader, from, to, reason: t.text(r, 'reason') };
  });
}

/** Reads a holidays table: one override per calendar day (ranges expanded). */
export function readHolidays(t: TableCells, state: RowLoopState): HolidayOverride[] {
  const perRow = forEachRow(t, state, true, (r) => {
    const dateField = t.has('date') ? 'date' : 'from';
    const from = t.date(r, dateField, WHAT.date, true);
    const toRaw = t.has('to') ? t.date(r, 'to', WHAT.toDate, false) : null;
    let kind: HolidayOverride['kind'] = 'off';
    const kindText = t.text(r, 'holidayKind');
    if (kindText) {
      const k = readHolidayKind(kindText);
      if (!k) t.report('value.invalid', r, 'holidayKind', msg.valueInvalid(t.cell(r, 'holidayKind'), kindText, WHAT.holidayKind, EXPECT_HOLIDAY));
      else kind = k;
    }
    if (!from || toRaw === undefined) return null;
    const to: IsoDate = toRaw ?? from;
    const span = daysBetween(from, to);
    if (span < 0 || span > 365) {
      t.report('value.invalid', r, 'to', msg.valueInvalid(t.cell(r, 'to'), t.value(r, 'to'), WHAT.range, span < 0 ? EXPECT_RANGE : EXPECT_SHORT_RANGE));
      return null;
    }
    const name = t.text(r, 'holidayName') ?? t.text(r, 'notes') ?? (kind === 'off' ? 'Ngày nghỉ' : 'Ngày làm bù');
    const days: HolidayOverride[] = [];
    for (let i = 0; i <= span; i++) days.push({ date: addDays(from, i), name, kind });
    return days;
  });
  return perRow.flat();
}
