/**
 * Names that mean different things on different dates. A workbook whose
 * communes list holds today's units (formed on 1 July 2025 by merging old
 * communes) may still name old communes: in rows dated before the merger
 * (counted under today's successor, the old name kept), or after it by habit
 * (the same, with a finding naming the successor). Where the workbook's own
 * list says what each unit was formed from ("Hình thành từ"), that wins over
 * the national catalogue.
 */
import type { Commune, IsoDate } from '../model.js';
import type { AdminCatalogue } from '../admin/catalogue.js';
import type { AdminUnit, ProvinceInfo } from '../admin/types.js';
import { unitLabel, unitLabels } from '../admin/unitNames.js';
import { matchName, stripCommuneName, unaccentedKey } from '../text/index.js';
import type { BiText } from '../text/texts.js';

/** One old unit as the workbook's list knows it: the units of the list it went into. */
export interface FormerUnit {
  /** The old unit's name without the kind ("Nà Khoa"). */
  name: string;
  /**
   * As a sentence names it: "xã Nà Khoa" / "Nà Khoa commune". When nothing says the kind, Vietnamese
   * writes "xã" and English the name as the workbook gives it.
   */
  label: BiText;
  /** Units of the workbook's list it went into (whole first). */
  successors: string[];
  /** Today's units it went into that are not in the workbook's list ("xã Thanh An" / "Thanh An commune"), from the catalogue. */
  outside: BiText[];
  /** Where the mapping comes from: the workbook's column, or the catalogue with its resolution. */
  source: { kind: 'workbook' } | { kind: 'catalogue'; resolution: string | null };
}

/** What a commune cell means on its row's date, when the history decides it. */
export type HistoryResolution =
  | { kind: 'former'; name: string; former: string; merged: boolean; unit: FormerUnit }
  | { kind: 'outside'; former: string; unit: FormerUnit };

/** Options for {@link CommuneHistory.build}. */
export interface HistoryOptions {
  /** The national catalogue (`nationalCatalogue()` from `@giaoban/core/catalogue`); without it only the workbook's "Hình thành từ" column is used. */
  admin?: AdminCatalogue;
  /** The workbook's province (code or name) when known; otherwise inferred from the communes list. */
  province?: string | null;
  /** The level of the unit the title rows name ("CÔNG AN HUYỆN …" is a district workbook, of before the merger). */
  unitLevel?: 'province' | 'district' | 'commune' | null;
  /** The communes list's header names đặc khu ("Xã, phường, đặc khu"), a kind that exists only from 2025. */
  headerOfToday?: boolean;
  /** The list is of villages (a commune police unit's): old communes' names do not apply. */
  villages?: boolean;
}

/** Day the 2025 arrangement took effect when no catalogue says otherwise (Điều 2 of each resolution). */
export const ARRANGEMENT_2025_EFFECTIVE: IsoDate = '2025-07-01';

export class CommuneHistory {
  private readonly formerByName = new Map<string, FormerUnit>();
  readonly formerNames: string[] = [];

  private constructor(
    /** First day of today's units. */
    readonly effectiveFrom: IsoDate,
    /** The workbook's province of today, when known. */
    readonly province: ProvinceInfo | null,
    /** True when the list is of today's units and old names are mapped; false for a list of before (a district workbook). */
    readonly active: boolean,
    private readonly listNames: readonly string[],
  ) {}

  /**
   * The history of a workbook's communes list.
   *
   * @param communes - the workbook's communes list.
   * @param options - the national catalogue and the province, when known.
   * @returns the history; inactive (maps nothing) for a list of old units or when nothing says what was merged.
   */
  static build(communes: readonly Commune[], options: HistoryOptions = {}): CommuneHistory {
    const admin = options.admin;
    const effectiveFrom = admin?.effectiveFrom ?? ARRANGEMENT_2025_EFFECTIVE;
    const names = communes.map((c) => c.name);
    const province = admin ? findProvince(admin, communes, options.province ?? null) : null;
    const fromWorkbook = communes.some((c) => c.formedFrom && c.formedFrom.length > 0);
    const todayUnits = admin && province ? admin.communesOf(province.code) : [];
    const todayOf = (c: Commune): AdminUnit | undefined =>
      todayUnits.find((u) => (c.code && u.code === c.code) || unaccentedKey(u.name) === unaccentedKey(c.name));
    let active = fromWorkbook && !options.villages;
    if (!active && !options.villages && admin && province && communes.length > 0) {
      // Many units of today kept an old one's name (and often its code), so names alone rarely decide:
      // weigh names found in one era only, the title's level, the header and the kinds listed.
      const olds = new Set(admin.communesOf(province.code, dayBefore(effectiveFrom)).map((u) => unaccentedKey(u.name)));
      const todays = new Set(todayUnits.map((u) => unaccentedKey(u.name)));
      let score = 0;
      for (const c of communes) {
        const k = unaccentedKey(c.name);
        if (todays.has(k) && !olds.has(k)) score++;
        if (olds.has(k) && !todays.has(k)) score--;
        if (c.kind === 'thi-tran') score -= 2;
        if (c.kind === 'dac-khu') score += 2;
      }
      if (options.unitLevel === 'district') score -= 3;
      if (options.unitLevel === 'province' || options.unitLevel === 'commune') score += 2;
      if (options.headerOfToday) score += 2;
      active = score > 0;
    }
    const h = new CommuneHistory(effectiveFrom, province, active, names);
    if (!active) return h;
    const add = (written: string, successor: string | null, outside: BiText | null, source: FormerUnit['source']) => {
      const stripped = stripCommuneName(written);
      const oldName = stripped.name || written;
      const key = unaccentedKey(oldName);
      let f = h.formerByName.get(key);
      if (!f) {
        const label = {
          vi: unitLabel({ level: 'commune', kind: stripped.kind ?? 'xa', name: oldName }, 'vi'),
          en: unitLabel({ level: 'commune', kind: stripped.kind, name: oldName }, 'en'),
        };
        f = { name: oldName, label, successors: [], outside: [], source };
        h.formerByName.set(key, f);
        h.formerNames.push(oldName);
      }
      if (successor && !f.successors.includes(successor)) f.successors.push(successor);
      if (outside && !f.outside.some((o) => o.vi === outside.vi)) f.outside.push(outside);
    };
    for (const c of communes) {
      if (c.formedFrom && c.formedFrom.length > 0) {
        for (const o of c.formedFrom) add(o, c.name, null, { kind: 'workbook' });
        continue;
      }
      const u = todayOf(c);
      if (!u) continue;
      // Whole first: an old unit split between two of today's units counts under the one that took it whole.
      for (const l of [...u.formedFrom].sort((a, b) => Number(b.whole) - Number(a.whole))) {
        if (!l.district) add(l.fullName, c.name, null, { kind: 'catalogue', resolution: u.resolution });
      }
    }
    // Old units of the province whose successor is not in the list: named precisely when a row uses them.
    if (admin && province) {
      const listed = new Set(names.map((n) => unaccentedKey(n)));
      for (const u of todayUnits) {
        if (listed.has(unaccentedKey(u.name))) continue;
        for (const l of u.formedFrom) if (!l.district) add(l.fullName, null, unitLabels({ level: 'commune', kind: u.kind, name: u.name }), { kind: 'catalogue', resolution: u.resolution });
      }
    }
    return h;
  }

  /**
   * What a commune cell names on a date, when that is an old unit: its successor in the list (or the
   * units outside the list it went into). Null when the cell names a unit of the list on that date, or
   * nothing the history knows (then the list's own matching decides).
   *
   * @param raw - the cell's text.
   * @param on - the row's date, or null when unknown (read as today's).
   */
  resolve(raw: string, on: IsoDate | null): HistoryResolution | null {
    if (!this.active || this.formerNames.length === 0) return null;
    const before = on !== null && on < this.effectiveFrom;
    if (!before && matchName(raw, this.listNames, 'commune').status === 'exact') return null;
    const m = matchName(raw, this.formerNames, 'commune');
    if (m.status !== 'exact') return null;
    const unit = this.formerByName.get(unaccentedKey(m.name))!;
    if (unit.successors.length === 0) return { kind: 'outside', former: unit.name, unit };
    return { kind: 'former', name: unit.successors[0]!, former: unit.name, merged: !before, unit };
  }

  /** The old names a misspelt cell may have meant, on a date (for suggestions). */
  nearFormer(raw: string): string | null {
    if (!this.active || this.formerNames.length === 0) return null;
    const m = matchName(raw, this.formerNames, 'commune');
    return m.status === 'near' ? m.suggestion : null;
  }
}

function dayBefore(d: IsoDate): IsoDate {
  const t = Date.UTC(Number(d.slice(0, 4)), Number(d.slice(5, 7)) - 1, Number(d.slice(8, 10))) - 86_400_000;
  return new Date(t).toISOString().slice(0, 10);
}

/**
 * The province of a communes list: the one named (code or name), else the one of today whose units (or
 * whose old units) bear most of the list's names — at least two, and half the list.
 */
function findProvince(admin: AdminCatalogue, communes: readonly Commune[], named: string | null): ProvinceInfo | null {
  if (named) {
    const p = admin.province(named);
    if (p) return p;
  }
  const tally = new Map<string, number>();
  const provinces = admin.provinces();
  const todayOfOld = new Map<string, string>();
  for (const p of provinces) for (const o of p.formedFrom) todayOfOld.set(o, p.code);
  for (const c of communes) {
    const seen = new Set<string>();
    const byCode = c.code ? admin.unit(c.code) : undefined;
    if (byCode) seen.add(byCode.era === 'current' ? byCode.province : (todayOfOld.get(byCode.province) ?? ''));
    else {
      for (const on of [admin.effectiveFrom, dayBefore(admin.effectiveFrom)]) {
        const r = admin.resolveCommuneName(c.name, on);
        const units = r.status === 'current' ? [r.unit] : r.status === 'ambiguous' ? r.units : [];
        for (const u of units) seen.add(u.era === 'current' ? u.province : (todayOfOld.get(u.province) ?? ''));
      }
    }
    for (const p of seen) if (p) tally.set(p, (tally.get(p) ?? 0) + 1);
  }
  let best: [string, number] | null = null;
  for (const [p, n] of tally) if (!best || n > best[1] || (n === best[1] && p < best[0])) best = [p, n];
  if (!best || best[1] < 2 || best[1] * 2 < communes.length) return null;
  return provinces.find((p) => p.code === best![0]) ?? null;
}
