/**
 * Reduced workbooks → the province's roll-up, as named steps: choose the
 * period → set aside what cannot be counted (unreadable files, the same file
 * twice) → identify each workbook's unit (lookups in turn, then the
 * workbooks' own merger lines) → keep the province's units → group by
 * today's unit (an old commune's figures go to its successor) → one
 * workbook per unit → totals and the change against a year earlier →
 * findings. Every file given ends up either counted or named in a finding.
 */
import type { CommuneKind, IsoDate } from '../model.js';
import type { Lang } from '../text/texts.js';
import { formatDateEn, formatDateVi } from '../calendar/civilDate.js';
import type { PeriodOptions, ReportingPeriod } from '../calendar/periods.js';
import { lastCompleteReportingMonth } from '../stats/latestDate.js';
import { GiaobanError } from '../errors.js';
import { compareRollupFigures, emptyRollupFigures, sumRollupFigures, type RollupChange, type RollupFigures } from './figures.js';
import { rollupFinding, type RollupFinding, type RollupFindingCode } from './findings.js';
import { policeNameEn } from '../report/unitName.js';
import {
  parseCommuneUnitName,
  policeUnitName,
  provinceKey,
  provinceOfParent,
  unitKey,
  unitLookupFromStatements,
  type OfficialUnit,
  type UnitLookup,
  type UnitLookupResult,
} from './identity.js';
import { samePeriodLastYear } from './period.js';
import type { UnitReduction } from './reduce.js';

/** A file that could not be read as a workbook (the caller's reader said why). */
export interface UnreadableWorkbook {
  file: string;
  error: { vi: string; en: string };
}

/** What the roll-up takes: reduced workbooks, and the files that failed to read. */
export type RollupSource = UnitReduction | UnreadableWorkbook;

/** Options of {@link combineRollup}. */
export interface RollupOptions {
  /**
   * Registers of units, asked in turn (e.g. the national catalogue's lookup). The
   * workbooks' own "Sáp nhập vào" lines are asked after them.
   */
  lookups?: readonly UnitLookup[];
  /** The province rolled up (name as written); default: the province most units name. */
  province?: string | null;
  /** The period; default: the latest complete reporting month most workbooks reached ({@link chooseRollupPeriod}). */
  period?: ReportingPeriod;
  /** Decree 09/2019 months (default) or calendar months. */
  periodOptions?: PeriodOptions;
}

/** A workbook counted for a unit: the unit as its workbook names it, and the file. */
export interface RollupUnitRef {
  unit: string;
  code: string | null;
  file: string;
}

/** One unit of today in the roll-up: this period's figures, last year's, the change. */
export interface RollupUnit extends RollupFigures {
  /** The unit's police as a report names it: `"Công an xã Nà Hỳ"`. */
  unit: string;
  /** The same in English: `"Nà Hỳ commune police"` (a unit of no known kind: as `unit`). */
  unitEn: string;
  /** Official code where a register knows it, else null. */
  code: string | null;
  name: string;
  kind: CommuneKind | null;
  province: string | null;
  /** The unit's own workbook, or null when only its predecessors' workbooks were given. */
  file: string | null;
  /** Old units (merged into this one in 2025) whose workbooks' figures are counted here. */
  predecessors: RollupUnitRef[];
  /** Latest record of the unit's own workbook. */
  lastDate: IsoDate | null;
  lastYear: RollupFigures;
  change: RollupChange;
}

/** The province's total: the sum of the units. */
export interface RollupTotal extends RollupFigures {
  /** Units counted. */
  units: number;
  /** Units with a briefing or an item in the period. */
  unitsWithData: number;
  lastYear: RollupFigures;
  change: RollupChange;
}

/** What became of one file given. */
export interface RollupFileEntry {
  file: string;
  /** The unit it was counted for, or null. */
  unit: string | null;
  /** `unit`: counted as the unit's own workbook; `predecessor`: an old unit's, counted for its successor; `not-counted`: see `reason`. */
  role: 'unit' | 'predecessor' | 'not-counted';
  reason: RollupFindingCode | null;
}

/** The province's roll-up. */
export interface Rollup {
  period: ReportingPeriod;
  lastYearPeriod: ReportingPeriod;
  asOf: IsoDate;
  lastYearAsOf: IsoDate;
  /** The province (name without "tỉnh"), or null when no workbook names one. */
  province: string | null;
  /** The province's police as the workbooks name it (`"Công an tỉnh Điện Biên"`), or null. */
  provinceUnit: string | null;
  units: RollupUnit[];
  total: RollupTotal;
  /** Every file given, in the order given, with what became of it. */
  files: RollupFileEntry[];
  /** Roll-up findings first (by file), then each file's own reading findings. */
  findings: RollupFinding[];
}

const isUnreadable = (s: RollupSource): s is UnreadableWorkbook => 'error' in s;
const periodKey = (p: Pick<ReportingPeriod, 'from' | 'to'>): string => `${p.from}..${p.to}`;

/**
 * The period most workbooks have reached: each workbook's latest complete
 * reporting month (the month `summarize` reports by default), and of those
 * the most common — the latest on a tie. A workbook lagging behind or one
 * with a mistyped future date does not move the province's period.
 *
 * @param reductions - workbooks reduced without a period (each with its own latest month).
 * @returns the period, or null when no workbook has a dated record.
 * @example
 * ```ts
 * chooseRollupPeriod(reductions)?.label; // "Tháng 12/2025 (15/11/2025 – 14/12/2025)"
 * ```
 */
export function chooseRollupPeriod(reductions: readonly Pick<UnitReduction, 'period' | 'records'>[]): ReportingPeriod | null {
  const counts = new Map<string, { p: ReportingPeriod; n: number }>();
  for (const r of reductions) {
    if (r.records === 0) continue;
    const k = periodKey(r.period);
    const c = counts.get(k);
    if (c) c.n++;
    else counts.set(k, { p: r.period, n: 1 });
  }
  let best: { p: ReportingPeriod; n: number } | null = null;
  for (const c of counts.values()) if (!best || c.n > best.n || (c.n === best.n && c.p.to > best.p.to)) best = c;
  return best?.p ?? null;
}

/**
 * True when a reduction was counted for another period than `period` and must
 * be counted again (a workbook without records counts zero in any period).
 *
 * @param r - a reduction.
 * @param period - the roll-up's period.
 * @returns whether to reduce the workbook again with `period`.
 * @example
 * ```ts
 * const again = reductions.filter((r) => needsRecount(r, chooseRollupPeriod(reductions)!));
 * ```
 */
export function needsRecount(r: Pick<UnitReduction, 'period' | 'records'>, period: Pick<ReportingPeriod, 'from' | 'to'>): boolean {
  return r.records > 0 && periodKey(r.period) !== periodKey(period);
}

/**
 * Without a named period, which reductions to count again and for which
 * period: the period most workbooks reached ({@link chooseRollupPeriod}),
 * and every readable workbook counted for another period
 * ({@link needsRecount}) or without any record. A workbook without records
 * counts zero briefings and items in any period, but its planned briefings
 * a year earlier decide whether a same-named old unit's workbook is counted
 * beside it, so it is counted again for the chosen period too.
 *
 * @param reductions - reductions counted without a period (each for its own latest month), and files that failed to read (skipped).
 * @returns the period and the positions in `reductions` to reduce again with it; null when no workbook has a dated record.
 * @example
 * ```ts
 * const recount = rollupRecount(reductions);
 * if (recount) for (const i of recount.indexes) reductions[i] = reduceUnitWorkbook(workbooks[i], { period: recount.period });
 * ```
 */
export function rollupRecount(
  reductions: readonly (Pick<UnitReduction, 'period' | 'records'> | UnreadableWorkbook)[],
): { period: ReportingPeriod; indexes: number[] } | null {
  const readable = reductions.filter((r): r is Pick<UnitReduction, 'period' | 'records'> => !('error' in r));
  const period = chooseRollupPeriod(readable);
  if (period === null) return null;
  const indexes = reductions.flatMap((r, i) => (!('error' in r) && (r.records === 0 || needsRecount(r, period)) ? [i] : []));
  return { period, indexes };
}

/** A workbook with the unit the roll-up identified for it. */
interface Identified {
  r: UnitReduction;
  /** The unit the workbook is of (an old unit for a predecessor). */
  own: OfficialUnit;
  /** Today's unit its figures go to (the same as `own` unless it merged). */
  target: OfficialUnit;
  predecessor: boolean;
  /** False when the workbook names no unit (counted under its file name). */
  named: boolean;
}

const baseName = (file: string): string => file.replace(/^.*[\\/]/u, '');

/**
 * A unit's police in both languages, as a finding names it: a unit of no known
 * kind (a district's police, a file name) in English words where its name
 * reads as a police unit's ("Công an huyện Mường Chà" → "Mường Chà district police").
 */
const findingUnit = (u: Pick<OfficialUnit, 'name' | 'kind'>): { vi: string; en: string } => ({
  vi: policeUnitName(u),
  en: u.kind ? policeUnitName(u, 'en') : policeNameEn(u.name),
});

/**
 * Step 1: which unit each workbook is of, and which unit of today its figures go to.
 */
function identify(r: UnitReduction, period: ReportingPeriod, lookups: readonly UnitLookup[], registered: boolean, findings: RollupFinding[]): Identified {
  // A workbook whose only "CÔNG AN …" line is the province's names no unit of its own.
  const provinceOnly = provinceOfParent(r.claim.unit);
  const province = provinceOnly ?? provinceOfParent(r.claim.parent);
  if (r.claim.unit === null || provinceOnly !== null) {
    const unit: OfficialUnit = { code: null, name: baseName(r.file), kind: null, province };
    findings.push(
      rollupFinding(
        'rollup.unit-unknown',
        r.file,
        null,
        provinceOnly !== null
          ? {
              // A provincial police unit's own workbook: the roll-up is of the units below it.
              vi: `Sổ "${r.file}" chỉ ghi Công an tỉnh ${provinceOnly}, không ghi đơn vị cấp xã nào (dòng tiêu đề "CÔNG AN XÃ …" hoặc mục "Cơ quan ban hành" của trang "Thông tin đơn vị"); số liệu vẫn được tính, dưới tên tệp.`,
              en: `Workbook "${r.file}" names only the provincial police of ${provinceOnly}, no commune-level unit (a "CÔNG AN XÃ …" title row or "Cơ quan ban hành" in the "Thông tin đơn vị" sheet); its figures are counted under the file name.`,
            }
          : {
              vi: `Sổ "${r.file}" không ghi tên đơn vị (dòng tiêu đề "CÔNG AN XÃ …" hoặc mục "Cơ quan ban hành" của trang "Thông tin đơn vị"); số liệu vẫn được tính, dưới tên tệp.`,
              en: `Workbook "${r.file}" does not name its unit (a "CÔNG AN XÃ …" title row or "Cơ quan ban hành" in the "Thông tin đơn vị" sheet); its figures are counted under the file name.`,
            },
      ),
    );
    return { r, own: unit, target: unit, predecessor: false, named: false };
  }
  const parsed = parseCommuneUnitName(r.claim.unit);
  if (parsed === null) {
    // A unit of another level (a district police of before 2025): counted under its name as written.
    const unit: OfficialUnit = { code: null, name: r.claim.unit, kind: null, province };
    return { r, own: unit, target: unit, predecessor: false, named: true };
  }
  const query = { name: parsed.name, kind: parsed.kind, province, on: r.lastDate ?? period.to };
  let found: UnitLookupResult | null = null;
  for (const lookup of lookups) if ((found = lookup(query)) !== null) break;
  if (found === null) {
    const unit: OfficialUnit = { code: null, ...parsed, province };
    if (registered) {
      findings.push(
        rollupFinding('rollup.unit-not-in-register', r.file, findingUnit(unit), {
          vi: `Không tìm thấy ${policeUnitName(unit)}${province ? ` (tỉnh ${province})` : ''} trong danh mục đơn vị hành chính; số liệu vẫn được tính theo tên ghi trong sổ "${r.file}".`,
          en: `${policeUnitName(unit, 'en')}${province ? ` (${province})` : ''} is not in the register of administrative units; its figures are counted under the name in "${r.file}".`,
        }),
      );
    }
    return { r, own: unit, target: unit, predecessor: false, named: true };
  }
  const own: OfficialUnit = { ...found.unit, province: found.unit.province ?? province };
  if (found.current || found.successors.length === 0) return { r, own, target: own, predecessor: false, named: true };
  const target: OfficialUnit = { ...found.successors[0]!, province: found.successors[0]!.province ?? own.province };
  findings.push(
    rollupFinding('rollup.merged-unit', r.file, findingUnit(target), {
      vi: `Sổ "${r.file}" là của ${policeUnitName(own)} (cũ), nay thuộc ${policeUnitName(target)} (theo ${found.source.vi}); số liệu của sổ được tính cho ${policeUnitName(target)}.`,
      en: `"${r.file}" is the workbook of the former ${policeUnitName(own, 'en')}, now part of ${policeUnitName(target, 'en')} (per ${found.source.en}); its figures are counted for ${policeUnitName(target, 'en')}.`,
    }),
  );
  if (found.successors.length > 1) {
    const others = (lang: Lang): string => found.successors.slice(1).map((u) => policeUnitName(u, lang)).join(', ');
    findings.push(
      rollupFinding('rollup.split-unit', r.file, findingUnit(target), {
        vi: `${policeUnitName(own)} (cũ) được chia về ${policeUnitName(target)} và ${others('vi')}; sổ không tách được số liệu theo địa bàn nên toàn bộ được tính cho ${policeUnitName(target)} (đơn vị nhận phần lớn nhất).`,
        en: `The former ${policeUnitName(own, 'en')} was split between ${policeUnitName(target, 'en')} and ${others('en')}; the workbook cannot be split by place, so all of it is counted for ${policeUnitName(target, 'en')}.`,
      }),
    );
  }
  return { r, own, target, predecessor: true, named: true };
}

/** Step 2: the province rolled up — the one asked for, else the one most units name. */
function chooseProvince(items: readonly Identified[], asked: string | null | undefined): string | null {
  if (asked?.trim()) return asked.trim();
  const counts = new Map<string, { name: string; n: number }>();
  for (const it of items) {
    const p = it.target.province;
    if (!p) continue;
    const k = provinceKey(p);
    const c = counts.get(k);
    if (c) c.n++;
    else counts.set(k, { name: p, n: 1 });
  }
  let best: { name: string; n: number } | null = null;
  for (const c of counts.values()) if (!best || c.n > best.n) best = c;
  return best?.name ?? null;
}

const hasData = (f: RollupFigures): boolean => f.briefings + f.items + f.planned > 0;

/**
 * A workbook's figures for a window it covers (a record on or before the window's end and
 * one on or after its start); zero for a window outside its records — an old commune's book
 * after July 2025, a book opened this year a year earlier — whose list of places would
 * otherwise count as places not reached. Rows with errors stay counted in this period's figures.
 */
function covered(r: UnitReduction, w: Pick<ReportingPeriod, 'from' | 'to'>, which: 'now' | 'lastYear'): RollupFigures {
  if (r.firstDate !== null && r.lastDate !== null && r.firstDate <= w.to && r.lastDate >= w.from) return r[which];
  return { ...emptyRollupFigures(), excludedRows: which === 'now' ? r.now.excludedRows : 0 };
}

/**
 * Combines reduced workbooks into the province's roll-up: per unit of today and in total,
 * this period's figures, the same period's a year earlier and the change; an old commune's
 * workbook counted for the unit of today that took it over; nothing counted twice; every
 * file not counted named in the findings.
 *
 * @param sources - reduced workbooks (all for one period; see {@link needsRecount}) and files that failed to read.
 * @param options - registers of units, the province, the period.
 * @returns the roll-up.
 * @throws {RollupEmptyError} when no source is a readable workbook.
 * @example
 * ```ts
 * const reductions = workbooks.map((w) => reduceUnitWorkbook(w, { period }));
 * const rollup = combineRollup(reductions, { period });
 * rollup.total.items === rollup.units.reduce((n, u) => n + u.items, 0); // true
 * ```
 */
export function combineRollup(sources: readonly RollupSource[], options: RollupOptions = {}): Rollup {
  const findings: RollupFinding[] = [];
  const files: RollupFileEntry[] = sources.map((s) => ({ file: s.file, unit: null, role: 'not-counted', reason: null }));
  // By position: the same object given twice is two entries.
  const entryOf = new Map<UnitReduction, RollupFileEntry>();
  // The English name of the unit a counted file's entry names, for its reading findings.
  const unitEnOf = new Map<RollupFileEntry, string>();
  const notCounted = (s: UnitReduction, reason: RollupFindingCode): void => {
    entryOf.get(s)!.reason = reason;
  };

  // Step 0: the period, and the files that cannot be counted at all.
  const reductions: UnitReduction[] = [];
  sources.forEach((s, i) => {
    if (isUnreadable(s)) return;
    // A copy per position, so the same reduction given twice is two sources.
    const r = reductions.includes(s) ? { ...s } : s;
    reductions.push(r);
    entryOf.set(r, files[i]!);
  });
  const period = options.period ?? chooseRollupPeriod(reductions) ?? reductions[0]?.period ?? null;
  sources.forEach((s, i) => {
    if (!isUnreadable(s)) return;
    files[i]!.reason = 'rollup.file-unreadable';
    // The reader's reason may name the file already ("tệp "x.xlsx" không phải sổ tính …").
    const named = s.error.vi.includes(`"${baseName(s.file)}"`);
    const upper = (t: string): string => t.charAt(0).toLocaleUpperCase('vi') + t.slice(1);
    findings.push(
      rollupFinding('rollup.file-unreadable', s.file, null, {
        vi: named ? `Không đọc được: ${s.error.vi}` : `Không đọc được tệp "${s.file}": ${s.error.vi}`,
        en: named ? upper(s.error.en) : `Cannot read "${s.file}": ${s.error.en}`,
      }),
    );
  });
  if (period === null) throw new RollupEmptyError(findings);
  const lastYearPeriod = samePeriodLastYear(period, options.periodOptions?.calendar ? undefined : options.periodOptions?.cutoffDay);
  const sample = reductions.find((r) => !needsRecount(r, period) && r.records > 0);
  const asOf = sample?.asOf ?? period.to;
  const lastYearAsOf = sample?.lastYearAsOf ?? lastYearPeriod.to;

  const seen = new Map<string, UnitReduction>();
  const kept: UnitReduction[] = [];
  for (const r of reductions) {
    if (r.tables === 0) {
      // A payroll sheet, a blank file, the roll-up's own workbook left in the folder: no unit to count.
      notCounted(r, 'rollup.not-a-tracking-workbook');
      findings.push(
        rollupFinding('rollup.not-a-tracking-workbook', r.file, null, {
          vi: `Tệp "${r.file}" không có bảng theo dõi giao ban hay ý kiến nào (không phải sổ theo dõi của đơn vị); không tính.`,
          en: `"${r.file}" holds no briefing or item table (not a unit's tracking workbook); not counted.`,
        }),
      );
      continue;
    }
    const first = r.records > 0 ? seen.get(r.fingerprint) : undefined;
    if (first) {
      notCounted(r, 'rollup.duplicate-file');
      findings.push(
        rollupFinding(
          'rollup.duplicate-file',
          r.file,
          null,
          first.file === r.file
            ? { vi: `Tệp "${r.file}" được đưa vào hai lần; chỉ tính một lần.`, en: `"${r.file}" was given twice; counted once.` }
            : {
                vi: `Tệp "${r.file}" có cùng số liệu với tệp "${first.file}" (cùng một sổ được đưa vào hai lần); chỉ tính một lần.`,
                en: `"${r.file}" holds the same records as "${first.file}" (one workbook given twice); counted once.`,
              },
        ),
      );
      continue;
    }
    if (r.records > 0) seen.set(r.fingerprint, r);
    kept.push(r);
  }

  // Step 1: identify; the workbooks' own merger lines answer after the registers.
  const lookups = [...(options.lookups ?? []), unitLookupFromStatements(kept.flatMap((r) => r.mergers))];
  const registered = (options.lookups?.length ?? 0) > 0;
  const identified = kept.map((r) => identify(r, period, lookups, registered, findings));

  // Step 2: the province; another province's units are named and left out.
  const province = options.province?.trim() || chooseProvince(identified, options.province);
  const inProvince = identified.filter((it) => {
    const p = it.target.province;
    if (province === null || p === null || provinceKey(p) === provinceKey(province)) return true;
    notCounted(it.r, 'rollup.other-province');
    findings.push(
      rollupFinding('rollup.other-province', it.r.file, findingUnit(it.target), {
        vi: `Sổ "${it.r.file}" là của ${policeUnitName(it.target)}, tỉnh ${p}, không thuộc tỉnh ${province}; không tính vào tổng hợp.`,
        en: `"${it.r.file}" is the workbook of ${policeUnitName(it.target, 'en')} in ${p}, not in ${province}; not counted.`,
      }),
    );
    return false;
  });

  // Step 3: group by today's unit; one own workbook per unit and one per old unit.
  const groups = new Map<string, { target: OfficialUnit; own: Identified | null; preds: Map<string, Identified> }>();
  for (const it of inProvince) {
    const key = unitKey(it.target);
    let g = groups.get(key);
    if (!g) groups.set(key, (g = { target: it.target, own: null, preds: new Map() }));
    const named = it.predecessor ? it.own : it.target;
    const name = policeUnitName(named);
    const slotKey = it.predecessor ? unitKey(it.own) : key;
    const taken = it.predecessor ? g.preds.get(slotKey) : g.own;
    if (taken) {
      notCounted(it.r, 'rollup.duplicate-unit');
      findings.push(
        rollupFinding('rollup.duplicate-unit', it.r.file, findingUnit(named), {
          vi: `Sổ "${it.r.file}" và sổ "${taken.r.file}" cùng là của ${name}${it.predecessor ? ' (cũ)' : ''}; chỉ tính sổ "${taken.r.file}". Hãy kiểm tra và chỉ nộp một sổ cho mỗi đơn vị.`,
          en: `"${it.r.file}" and "${taken.r.file}" are both workbooks of ${it.predecessor ? 'the former ' : ''}${policeUnitName(named, 'en')}; only "${taken.r.file}" is counted. Check them and give one workbook per unit.`,
        }),
      );
      continue;
    }
    if (it.predecessor) g.preds.set(slotKey, it);
    else g.own = it;
    if (!it.predecessor && g.target.code === null && it.target.code !== null) g.target = it.target;
  }

  // Step 4: each unit's figures — its own workbook and its predecessors'.
  const units: RollupUnit[] = [];
  for (const g of groups.values()) {
    const unitName = policeUnitName(g.target);
    const unitNameEn = policeUnitName(g.target, 'en');
    const who = findingUnit(g.target);
    const parts: Identified[] = [];
    if (g.own) parts.push(g.own);
    for (const p of g.preds.values()) {
      // A book the new unit kept on from the old unit of the same name already holds that unit's past.
      const sameName = g.own !== null && unitKey({ ...p.own, code: null }) === unitKey({ ...g.target, code: null });
      if (sameName && hasData(g.own!.r.lastYear)) {
        notCounted(p.r, 'rollup.duplicate-unit');
        findings.push(
          rollupFinding('rollup.duplicate-unit', p.r.file, who, {
            vi: `Sổ "${g.own!.r.file}" của ${unitName} đã có số liệu cùng kỳ năm trước của ${policeUnitName(p.own)} (cũ); sổ "${p.r.file}" của đơn vị cũ không tính thêm để tránh trùng.`,
            en: `"${g.own!.r.file}" of ${unitNameEn} already holds last year's figures of the former ${policeUnitName(p.own, 'en')}; "${p.r.file}" is not added, so nothing is counted twice.`,
          }),
        );
        continue;
      }
      parts.push(p);
    }
    if (parts.length === 0) continue;
    for (const p of parts) {
      const entry = entryOf.get(p.r)!;
      Object.assign(entry, { unit: unitName, role: p.predecessor ? 'predecessor' : 'unit', reason: null });
      unitEnOf.set(entry, who.en);
    }
    if (g.own === null) {
      findings.push(
        rollupFinding('rollup.no-own-workbook', null, who, {
          vi: `Chưa có sổ của ${unitName}; chỉ có sổ của đơn vị cũ (${parts.map((p) => `"${p.r.file}"`).join(', ')}) được tính cho đơn vị này.`,
          en: `No workbook of ${unitNameEn} was given; only the former units' workbooks (${parts.map((p) => `"${p.r.file}"`).join(', ')}) are counted for it.`,
        }),
      );
    }
    periodFindings(g.own, parts, period, lastYearPeriod, { vi: unitName, en: unitNameEn }, who, options, findings);
    const now = sumRollupFigures(parts.map((p) => covered(p.r, period, 'now')));
    const lastYear = sumRollupFigures(parts.map((p) => covered(p.r, lastYearPeriod, 'lastYear')));
    units.push({
      ...now,
      unit: unitName,
      unitEn: unitNameEn,
      code: g.target.code,
      name: g.target.name,
      kind: g.target.kind,
      province: g.target.province,
      file: g.own?.r.file ?? null,
      predecessors: [...g.preds.values()].filter((p) => parts.includes(p)).map((p) => ({ unit: policeUnitName(p.own), code: p.own.code, file: p.r.file })),
      lastDate: g.own?.r.lastDate ?? null,
      lastYear,
      change: compareRollupFigures(now, lastYear),
    });
  }
  units.sort((a, b) => a.name.localeCompare(b.name, 'vi') || (a.unit < b.unit ? -1 : a.unit > b.unit ? 1 : 0));

  // Step 5: totals; every counted file's own findings after the roll-up's.
  const now = sumRollupFigures(units);
  const lastYear = sumRollupFigures(units.map((u) => u.lastYear));
  const reading: RollupFinding[] = [];
  for (const r of kept) {
    const entry = entryOf.get(r)!;
    if (entry.role === 'not-counted') continue;
    const unitEn = unitEnOf.get(entry) ?? null;
    for (const f of r.findings) reading.push({ ...f, unit: entry.unit, unitEn });
  }
  const byFile = new Map(files.map((f, i) => [f.file, i]));
  findings.sort((a, b) => (a.file === null ? -1 : b.file === null ? 1 : (byFile.get(a.file) ?? 0) - (byFile.get(b.file) ?? 0)));
  return {
    period,
    lastYearPeriod,
    asOf,
    lastYearAsOf,
    province,
    provinceUnit: provinceUnitName(identified, province),
    units,
    total: {
      ...now,
      units: units.length,
      unitsWithData: units.filter(hasData).length,
      lastYear,
      change: compareRollupFigures(now, lastYear),
    },
    files,
    findings: [...findings, ...reading],
  };
}

/** Step 4b: a unit's workbooks against the period — no records, none in the period, none a year earlier, data of a later period. */
function periodFindings(
  own: Identified | null,
  parts: readonly Identified[],
  period: ReportingPeriod,
  lastYearPeriod: ReportingPeriod,
  names: { vi: string; en: string },
  who: { vi: string; en: string },
  options: RollupOptions,
  findings: RollupFinding[],
): void {
  const unit = names.vi;
  if (own !== null) {
    const r = own.r;
    if (r.records === 0) {
      findings.push(rollupFinding('rollup.no-data', r.file, who, { vi: `Sổ "${r.file}" chưa có buổi giao ban hay ý kiến hợp lệ nào; ${unit} được tính là 0.`, en: `"${r.file}" has no valid briefing or item; ${names.en} counts as zero.` }));
      return;
    }
    if (r.lastDate !== null && r.lastDate < period.from) {
      findings.push(
        rollupFinding('rollup.no-data-in-period', r.file, who, {
          vi: `Sổ "${r.file}" chỉ có số liệu đến ngày ${formatDateVi(r.lastDate)}, chưa có số liệu của kỳ báo cáo (từ ngày ${formatDateVi(period.from)}); ${unit} được tính là 0 trong kỳ.`,
          en: `"${r.file}" has data only up to ${formatDateEn(r.lastDate)}, none for the period (from ${formatDateEn(period.from)}); ${names.en} counts as zero for the period.`,
        }),
      );
    } else if (options.period === undefined && r.lastDate !== null && period.kind === 'month') {
      const own = lastCompleteReportingMonth(r.lastDate, options.periodOptions ?? {});
      if (own.to > period.to) {
        findings.push(
          rollupFinding('rollup.other-period', r.file, who, {
            vi: `Sổ "${r.file}" đã có số liệu đến ngày ${formatDateVi(r.lastDate)} (${own.label}); kỳ tổng hợp theo đa số các sổ là ${period.label}. Nếu cần kỳ khác, hãy ghi rõ --period.`,
            en: `"${r.file}" has data up to ${formatDateEn(r.lastDate)} (${own.labelEn}); the period most workbooks reached is ${period.labelEn}. Name another with --period if needed.`,
          }),
        );
      }
    }
  }
  const lastYearCovered = parts.some((p) => p.r.firstDate !== null && p.r.firstDate <= lastYearPeriod.to);
  if (!lastYearCovered && parts.some((p) => p.r.records > 0)) {
    const first = parts.map((p) => p.r.firstDate).filter((d): d is IsoDate => d !== null).sort()[0]!;
    findings.push(
      rollupFinding('rollup.no-last-year', own?.r.file ?? parts[0]!.r.file, who, {
        vi: `Sổ của ${unit} bắt đầu từ ngày ${formatDateVi(first)}, không có số liệu cùng kỳ năm trước (${lastYearPeriod.label}); so sánh của đơn vị này tính với 0.`,
        en: `The workbook of ${names.en} starts on ${formatDateEn(first)}, with no data for the same period a year earlier (${lastYearPeriod.labelEn}); its comparison is against zero.`,
      }),
    );
  }
}

/** The province's police as most workbooks of the province name it in their parent line. */
function provinceUnitName(items: readonly Identified[], province: string | null): string | null {
  if (province === null) return null;
  const counts = new Map<string, number>();
  for (const it of items) {
    const parent = it.r.claim.parent;
    const p = provinceOfParent(parent);
    if (parent && p && provinceKey(p) === provinceKey(province)) counts.set(parent, (counts.get(parent) ?? 0) + 1);
  }
  let best: string | null = null;
  for (const [name, n] of counts) if (best === null || n > counts.get(best)!) best = name;
  return best ?? `Công an tỉnh ${province}`;
}

/**
 * No file could be counted at all (none readable, or none given): there is no
 * period to report on. `details.findings` says why for each file.
 *
 * @example
 * ```ts
 * try { combineRollup([{ file: 'a.txt', error: { vi: '…', en: '…' } }]); }
 * catch (e) { if (e instanceof RollupEmptyError) console.error(e.vi); } // Không có sổ nào đọc được …
 * ```
 */
export class RollupEmptyError extends GiaobanError {
  override readonly name = 'RollupEmptyError';
  constructor(readonly findings: readonly RollupFinding[]) {
    super(
      'rollup.nothing-to-count',
      {
        vi: findings.length === 0 ? 'Chưa có sổ nào để tổng hợp.' : `Không có sổ nào đọc được để tổng hợp (${findings.length} tệp không đọc được).`,
        en: findings.length === 0 ? 'No workbook to roll up.' : `No workbook could be read for the roll-up (${findings.length} unreadable).`,
      },
      { details: { findings } },
    );
  }
}
