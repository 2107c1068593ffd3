/**
 * The national catalogue of administrative units as lookups: provinces, today's
 * and the old commune-level units, what each was formed from and went into, and
 * names resolved by date. Built from the compact strings of data/adminUnits2025.ts
 * (handed in, so this module carries no data), decoded once on first use.
 */
import type { CommuneKind, IsoDate } from '../model.js';
import { foldKey, matchName, stripCommuneName, unaccentedKey } from '../text/index.js';
import type { AdminUnit, DistrictInfo, DistrictKind, NameResolution, ProvinceInfo, ProvinceKind, UnitLink } from './types.js';
import { unitLabel } from './unitNames.js';

/** The encoded tables, as data/adminUnits2025.ts exports them. */
export interface AdminUnitsData {
  /** Day today's units took effect (`"2025-07-01"`). */
  effectiveFrom: IsoDate;
  provinces: string;
  units: string;
  oldProvinces: string;
  oldDistricts: string;
  oldUnits: string;
}

const NEW_KIND: Record<string, CommuneKind> = { x: 'xa', p: 'phuong', d: 'dac-khu' };
const OLD_KIND: Record<string, CommuneKind> = { x: 'xa', p: 'phuong', t: 'thi-tran' };
const DISTRICT_KIND: Record<string, DistrictKind> = { q: 'quan', h: 'huyen', c: 'thanh-pho', z: 'thi-xa' };
const PROVINCE_KIND: Record<string, ProvinceKind> = { t: 'tinh', c: 'thanh-pho' };

/** Words written before a province's name ("Công an tỉnh", "TP.", "Thành phố"), unaccented. */
const PROVINCE_PREFIXES = ['cong an thanh pho', 'cong an tinh', 'ca tinh', 'thanh pho', 'tinh', 'tp.', 'tp'];
/** Short forms clerks write for a few provinces, unaccented key → today's code. */
const PROVINCE_ALIASES: Record<string, string> = { hcm: '79', tphcm: '79', 'tp hcm': '79', 'sai gon': '79', hn: '01' };

function fromBase36Delta(token: string, previous: number): number {
  return token.startsWith('-') ? previous - parseInt(token.slice(1), 36) : previous + parseInt(token, 36);
}

/** Full names are spelt with a capital: "Xã Nà Hỳ", "Huyện Nậm Pồ", "Tỉnh Điện Biên". */
const CAPITAL = { capital: true } as const;

const pad5 = (n: number): string => String(n).padStart(5, '0');

function dayBefore(d: IsoDate): IsoDate {
  const t = Date.UTC(Number(d.slice(0, 4)), Number(d.slice(5, 7)) - 1, Number(d.slice(8, 10))) - 86_400_000;
  return new Date(t).toISOString().slice(0, 10);
}

interface Decoded {
  provinces: ProvinceInfo[];
  oldProvinces: ProvinceInfo[];
  districts: Map<string, DistrictInfo>;
  current: AdminUnit[];
  former: AdminUnit[];
  currentByCode: Map<string, AdminUnit>;
  formerByCode: Map<string, AdminUnit>;
}

/**
 * Lookups over the national catalogue of administrative units. Get the shipped
 * one with `nationalCatalogue()` from `@giaoban/core/catalogue`; every lookup is
 * a pure function of the data and the date asked about.
 *
 * @example
 * ```ts
 * import { nationalCatalogue } from '@giaoban/core/catalogue';
 * const cat = nationalCatalogue();
 * cat.resolveCommuneName('Nà Khoa', '2025-03-15', 'Điện Biên'); // { status: 'current', unit: old Xã Nà Khoa }
 * cat.resolveCommuneName('Nà Khoa', '2026-03-15', 'Điện Biên'); // { status: 'merged', successors: [Xã Nà Hỳ] }
 * ```
 */
export class AdminCatalogue {
  /** Day today's units took effect; the old ones ended the day before. */
  readonly effectiveFrom: IsoDate;
  private decoded: Decoded | null = null;
  private readonly nameIndex = new Map<string, Map<string, AdminUnit[]>>();
  private readonly namesOf = new Map<string, string[]>();
  private readonly memo = new Map<string, NameResolution>();

  constructor(private readonly data: AdminUnitsData) {
    this.effectiveFrom = data.effectiveFrom;
  }

  private get d(): Decoded {
    return (this.decoded ??= this.decode());
  }

  private decode(): Decoded {
    const eff = this.data.effectiveFrom;
    const lastOld = dayBefore(eff);
    const lines = (s: string): string[][] => (s === '' ? [] : s.split('\n').map((l) => l.split('\t')));
    const oldProvinces: ProvinceInfo[] = lines(this.data.oldProvinces).map(([code, k, name]) => {
      const kind = PROVINCE_KIND[k!] ?? 'tinh';
      const bare = name!.replace(/^(Tỉnh|Thành phố) /u, '');
      return {
        code: code!, name: bare, fullName: unitLabel({ level: 'province', kind, name: bare }, 'vi', CAPITAL), kind,
        validFrom: null, validTo: lastOld, formedFrom: [], successor: null, resolution: null,
      };
    });
    const oldProvinceByCode = new Map(oldProvinces.map((p) => [p.code, p]));
    const provinces: ProvinceInfo[] = lines(this.data.provinces).map(([code, k, name, resolution, olds]) => {
      const kind = PROVINCE_KIND[k!] ?? 'tinh';
      const formedFrom = olds ? olds.split(',') : [];
      for (const o of formedFrom) {
        const op = oldProvinceByCode.get(o);
        if (op) op.successor = code!;
      }
      return {
        code: code!, name: name!, fullName: unitLabel({ level: 'province', kind, name: name! }, 'vi', CAPITAL), kind,
        validFrom: eff, validTo: null, formedFrom, successor: null, resolution: resolution || null,
      };
    });
    for (const op of oldProvinces) op.formedFrom = op.successor ? [op.successor] : [];
    const districts = new Map<string, DistrictInfo>();
    for (const [code, k, name, province] of lines(this.data.oldDistricts)) {
      const kind = DISTRICT_KIND[k!] ?? 'huyen';
      districts.set(code!, { code: code!, name: name!, fullName: unitLabel({ level: 'district', kind, name: name! }, 'vi', CAPITAL), kind, province: province! });
    }
    const former: AdminUnit[] = [];
    const formerByCode = new Map<string, AdminUnit>();
    let district: DistrictInfo | null = null;
    let prev = 0;
    for (const f of lines(this.data.oldUnits)) {
      if (f[0]!.startsWith('@')) {
        district = districts.get(f[0]!.slice(1)) ?? null;
        continue;
      }
      prev = fromBase36Delta(f[0]!, prev);
      const kind = OLD_KIND[f[1]!] ?? 'xa';
      const u: AdminUnit = {
        code: pad5(prev), name: f[2]!, fullName: unitLabel({ level: 'commune', kind, name: f[2]! }, 'vi', CAPITAL), kind, era: 'former',
        province: district?.province ?? '', district, validFrom: null, validTo: lastOld,
        formedFrom: [], successors: [], resolution: null, verified: true,
      };
      former.push(u);
      formerByCode.set(u.code, u);
    }
    const current: AdminUnit[] = [];
    const currentByCode = new Map<string, AdminUnit>();
    let province = '';
    const resolutionOf = new Map(provinces.map((p) => [p.code, p.resolution]));
    prev = 0;
    for (const f of lines(this.data.units)) {
      if (f[0]!.startsWith('#')) {
        province = f[0]!.slice(1);
        prev = 0;
        continue;
      }
      const code = fromBase36Delta(f[0]!, prev);
      prev = code;
      const kindField = f[1]!;
      const kind = NEW_KIND[kindField[0]!] ?? 'xa';
      const u: AdminUnit = {
        code: pad5(code), name: f[2]!, fullName: unitLabel({ level: 'commune', kind, name: f[2]! }, 'vi', CAPITAL), kind, era: 'current',
        province, district: null, validFrom: eff, validTo: null, formedFrom: [], successors: [],
        resolution: resolutionOf.get(province) ?? null, verified: !kindField.endsWith('?'),
      };
      let prevFrom = code;
      for (const token of (f[3] ?? '').split(',').filter((t) => t !== '')) {
        const whole = !token.endsWith('*');
        const t = whole ? token : token.slice(0, -1);
        if (t.startsWith('=')) {
          const dist = districts.get(t.slice(1));
          u.formedFrom.push({ code: t.slice(1), name: dist?.name ?? t.slice(1), fullName: dist?.fullName ?? t.slice(1), whole, district: true });
          continue;
        }
        prevFrom = fromBase36Delta(t, prevFrom);
        const old = formerByCode.get(pad5(prevFrom));
        if (!old) continue;
        u.formedFrom.push(linkTo(old, whole));
        old.successors.push(linkTo(u, whole));
      }
      current.push(u);
      currentByCode.set(u.code, u);
    }
    return { provinces, oldProvinces, districts, current, former, currentByCode, formerByCode };
  }

  /**
   * Provinces on a date: today's 34 from the effective date, the 63 of before until the day before.
   *
   * @param on - a date `YYYY-MM-DD`; default: today's provinces.
   * @returns the provinces in code order.
   */
  provinces(on?: IsoDate): ProvinceInfo[] {
    return on !== undefined && on < this.effectiveFrom ? this.d.oldProvinces : this.d.provinces;
  }

  /**
   * A province by code or name as clerks write it ("Điện Biên", "tỉnh Điện Biên", "CÔNG AN TỈNH ĐIỆN
   * BIÊN", "11", "Dien Bien"), as it was on a date. An old province's name on or after the effective date
   * gives today's province it is part of (Hà Giang → Tuyên Quang).
   *
   * @param nameOrCode - the code or the name.
   * @param on - a date `YYYY-MM-DD`; default: today's.
   * @returns the province, or undefined when nothing matches.
   */
  province(nameOrCode: string, on?: IsoDate): ProvinceInfo | undefined {
    const before = on !== undefined && on < this.effectiveFrom;
    const list = before ? this.d.oldProvinces : this.d.provinces;
    const text = nameOrCode.trim();
    const byCode = list.find((p) => p.code === text.padStart(2, '0'));
    if (/^\d{1,2}$/u.test(text)) return byCode;
    let key = unaccentedKey(text).replace(/[.]/g, ' ').replace(/\s+/g, ' ').trim();
    for (const pre of PROVINCE_PREFIXES) {
      const p = pre.replace(/[.]/g, '').trim();
      if (key.startsWith(p + ' ')) {
        key = key.slice(p.length + 1);
        break;
      }
    }
    const alias = PROVINCE_ALIASES[key];
    if (alias) return list.find((p) => p.code === alias) ?? (before ? undefined : this.d.provinces.find((p) => p.code === alias));
    const hit = list.find((p) => unaccentedKey(p.name) === key);
    if (hit) return hit;
    if (!before) {
      const old = this.d.oldProvinces.find((p) => unaccentedKey(p.name) === key);
      if (old?.successor) return this.d.provinces.find((p) => p.code === old.successor);
    }
    return undefined;
  }

  /**
   * The commune-level units of a province (or of the country) on a date: from the effective date today's
   * units, before it the old communes (as of the statistics office's list of 01/03/2025) of the old
   * province, or of every old province today's province was formed from.
   *
   * @param province - a province's code or name, or null for the whole country.
   * @param on - a date `YYYY-MM-DD`; default: today's units.
   * @returns the units in code order; empty when the province is unknown.
   *
   * @example
   * ```ts
   * cat.communesOf('Điện Biên').length;               // 45
   * cat.communesOf('Điện Biên', '2025-06-30').length; // 129 (the old communes)
   * ```
   */
  communesOf(province: string | null, on?: IsoDate): AdminUnit[] {
    const before = on !== undefined && on < this.effectiveFrom;
    const all = before ? this.d.former : this.d.current;
    if (province === null) return all;
    let p = this.province(province, on);
    let codes: Set<string>;
    if (p) codes = new Set([p.code]);
    else if (before) {
      // Today's province named for a date before: the old provinces it was formed from.
      p = this.province(province);
      if (!p) return [];
      codes = new Set(p.formedFrom);
    } else return [];
    return all.filter((u) => codes.has(u.province));
  }

  /**
   * A unit by code on a date: today's unit from the effective date, the old unit before (old and new codes
   * may coincide: 03169 is the old xã Nà Hỳ and today's xã Nà Hỳ).
   *
   * @param code - five digits (shorter codes are zero-padded).
   * @param on - a date; default: today's unit, else the old unit of that code.
   * @returns the unit, or undefined when no unit has that code.
   */
  unit(code: string, on?: IsoDate): AdminUnit | undefined {
    const c = code.trim().padStart(5, '0');
    if (on !== undefined && on < this.effectiveFrom) return this.d.formerByCode.get(c);
    if (on !== undefined) return this.d.currentByCode.get(c);
    return this.d.currentByCode.get(c) ?? this.d.formerByCode.get(c);
  }

  /** An old unit by code (before the effective date), whatever today's unit of that code. */
  formerUnit(code: string): AdminUnit | undefined {
    return this.d.formerByCode.get(code.trim().padStart(5, '0'));
  }

  /**
   * Today's units an old commune went into — the successor lookup a roll-up uses to carry last year's
   * figures of merged units to today's. A unit of today is its own successor.
   *
   * @param code - the old unit's code (or a current unit's).
   * @returns today's units, the one that took the whole old unit first; empty for an unknown code.
   *
   * @example
   * ```ts
   * cat.successorsOf('03168').map((u) => u.fullName); // ['Xã Nà Hỳ'] (the old xã Nà Khoa)
   * ```
   */
  successorsOf(code: string): AdminUnit[] {
    const old = this.formerUnit(code);
    if (!old) {
      const now = this.d.currentByCode.get(code.trim().padStart(5, '0'));
      return now ? [now] : [];
    }
    const links = [...old.successors].sort((a, b) => Number(b.whole) - Number(a.whole));
    return links.map((l) => this.d.currentByCode.get(l.code)!).filter((u) => u !== undefined);
  }

  /**
   * The old units a unit of today was formed from.
   *
   * @param code - today's unit code.
   * @returns the old units (commune-level; an island district without communes is left out).
   */
  predecessorsOf(code: string): AdminUnit[] {
    const u = this.d.currentByCode.get(code.trim().padStart(5, '0'));
    if (!u) return [];
    return u.formedFrom.filter((l) => !l.district).map((l) => this.d.formerByCode.get(l.code)!).filter((x) => x !== undefined);
  }

  /** A district of before by code. */
  district(code: string): DistrictInfo | undefined {
    return this.d.districts.get(code.trim().padStart(3, '0'));
  }

  /**
   * What a commune name means on a date: the unit of that day, or — for an old name used on or after the
   * effective date — the old unit and the units it went into; otherwise the nearest names of that day.
   * Never guesses across a same-name pair: before 1 July 2025 "Sam Mứn" (Điện Biên) is the old xã Sam
   * Mứn (now part of Thanh An), from then on today's xã Sam Mứn (formed from Pom Lót and Na Ư).
   *
   * @param name - the name as written ("xã Nà Khoa", "Na Khoa", "Nà Khoa").
   * @param on - the date of the row, `YYYY-MM-DD`.
   * @param province - a province's code or name to look in; default: the whole country.
   * @returns a {@link NameResolution}.
   */
  resolveCommuneName(name: string, on: IsoDate, province?: string | null): NameResolution {
    const before = on < this.effectiveFrom;
    // Keyed by the province as written: a hit costs one string and one map look-up.
    const memoKey = `${before ? 'o' : 'n'}\u0000${province ?? '*'}\u0000${name}`;
    const hit = this.memo.get(memoKey);
    if (hit) return hit;
    const out = this.resolveUncached(name, on, before, province ?? null);
    if (this.memo.size >= 50_000) this.memo.clear();
    this.memo.set(memoKey, out);
    return out;
  }

  private resolveUncached(name: string, on: IsoDate, before: boolean, province: string | null): NameResolution {
    const stripped = stripCommuneName(name);
    const whole = name.trim();
    // "Xa Dung" is a name, not "xã Dung": the whole text is tried when the stripped one finds nothing.
    const bare = stripped.name || whole;
    const kind = stripped.kind;
    const pool = this.communesOf(province, on);
    let found = this.lookup(pool, before ? 'o' : 'n', province, bare, kind);
    if (found.length === 0 && bare !== whole) found = this.lookup(pool, before ? 'o' : 'n', province, whole, null);
    if (found.length === 1) return { status: 'current', unit: found[0]! };
    if (found.length > 1) return { status: 'ambiguous', units: found };
    if (!before) {
      const oldPool = this.oldPoolFor(province);
      let olds = this.lookup(oldPool, 'o', province, bare, kind);
      if (olds.length === 0 && bare !== whole) olds = this.lookup(oldPool, 'o', province, whole, null);
      if (olds.length >= 1) {
        const unit = olds[0]!;
        const successors = olds.length === 1 ? this.successorsOf(unit.code) : [];
        if (olds.length === 1) return { status: 'merged', unit, successors };
        return { status: 'ambiguous', units: olds };
      }
    }
    // The nearest names of that day; after the merger an old name may be the nearest (then it names its successor).
    const pools: [AdminUnit[], string][] = [[pool, before ? 'o' : 'n']];
    if (!before) pools.push([this.oldPoolFor(province), 'o']);
    for (const [p, era] of pools) {
      const m = matchName(bare, this.names(p, era, province), 'commune');
      if (m.status === 'near') {
        const key = foldKey(m.suggestion);
        return { status: 'near', suggestions: p.filter((u) => foldKey(u.name) === key) };
      }
    }
    return { status: 'none' };
  }

  /** The old units to look an old name up in, on or after the effective date. */
  private oldPoolFor(province: string | null): AdminUnit[] {
    if (province === null) return this.d.former;
    const now = this.province(province);
    if (now) return this.d.former.filter((u) => now.formedFrom.includes(u.province));
    return this.communesOf(province, dayBefore(this.effectiveFrom));
  }

  private lookup(pool: AdminUnit[], era: string, province: string | null, bare: string, kind: CommuneKind | null): AdminUnit[] {
    const idxKey = `${era}\u0000${province ?? '*'}`;
    let idx = this.nameIndex.get(idxKey);
    if (!idx) {
      idx = new Map();
      for (const u of pool) {
        for (const k of [`f:${foldKey(u.name)}`, `u:${unaccentedKey(u.name)}`]) {
          const list = idx.get(k);
          if (list) {
            if (!list.includes(u)) list.push(u);
          } else idx.set(k, [u]);
        }
      }
      this.nameIndex.set(idxKey, idx);
    }
    let hits = idx.get(`f:${foldKey(bare)}`) ?? idx.get(`u:${unaccentedKey(bare)}`) ?? [];
    if (kind && hits.length > 1) {
      const sameKind = hits.filter((u) => u.kind === kind);
      if (sameKind.length > 0) hits = sameKind;
    }
    return hits;
  }

  private names(pool: AdminUnit[], era: string, province: string | null): string[] {
    const key = `${era}\u0000${province ?? '*'}`;
    let list = this.namesOf.get(key);
    if (!list) {
      list = [...new Set(pool.map((u) => u.name))];
      this.namesOf.set(key, list);
    }
    return list;
  }
}

function linkTo(u: AdminUnit, whole: boolean): UnitLink {
  return { code: u.code, name: u.name, fullName: u.fullName, whole };
}
