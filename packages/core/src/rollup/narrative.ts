/**
 * The province's paragraph for its report, in the wording of the monthly
 * report (counts under ten with a leading zero, dates dd/mm/yyyy, the
 * category phrases of police reports) with what every police report adds at
 * the province level: the change against the same period a year earlier
 * ("tăng 12 buổi (11,1%) so với cùng kỳ năm trước"). English alongside.
 */
import type { CommuneKind } from '../model.js';
import { formatDateEn, formatDateVi } from '../calendar/civilDate.js';
import { COMMUNE_KIND_WORDS } from '../data/unitKindWords.js';
import { communeKindWords, formatReportCount as n2, formatReportShare as pct, joinReportList, plural } from '../report/format.js';
import type { Narrative } from '../report/narrative.js';
import type { Rollup } from './combine.js';
import type { RollupDelta, RollupFigures } from './figures.js';
import { policeNameEn } from '../report/unitName.js';

/** Options of {@link rollupNarrative}. */
export interface RollupNarrativeOptions {
  /** The province's police as it signs (`"Công an tỉnh Điện Biên"`); default: the roll-up's own. */
  unit?: string | null;
  /** The same in English; default: `unit` (or the roll-up's own) in English words ("Điện Biên province police"). */
  unitEn?: string | null;
}

/**
 * A change against last year as a report words it.
 *
 * @param d - the change.
 * @param what - the counted thing ("buổi", "nội dung").
 * @returns "tăng 12 buổi (11,1%)", "giảm 03 nội dung (5%)", "tăng 04 buổi" against a zero year, or "bằng".
 * @example
 * ```ts
 * changeWordsVi({ delta: 12, pct: 0.1111 }, 'buổi'); // "tăng 12 buổi (11,1%)"
 * ```
 */
export function changeWordsVi(d: RollupDelta, what: string): string {
  if (d.delta === 0) return 'bằng';
  const dir = d.delta > 0 ? 'tăng' : 'giảm';
  const share = d.pct === null ? '' : ` (${pct(Math.abs(d.pct))})`;
  return `${dir} ${n2(Math.abs(d.delta))} ${what}${share}`;
}

/**
 * A change against last year in English, to be followed by what it is compared with.
 *
 * @param d - the change.
 * @returns "up 12 (11.1%) on", "down 3 (5%) on", or "the same as".
 * @example
 * ```ts
 * `${changeWordsEn({ delta: -3, pct: -0.05 })} the same period a year earlier`; // "down 3 (5%) on the same period a year earlier"
 * ```
 */
export function changeWordsEn(d: RollupDelta): string {
  if (d.delta === 0) return 'the same as';
  const share = d.pct === null ? '' : ` (${pct(Math.abs(d.pct), 'en')})`;
  return `${d.delta > 0 ? 'up' : 'down'} ${Math.abs(d.delta)}${share} on`;
}

const versusVi = (d: RollupDelta, what: string): string => (d.delta === 0 ? 'bằng cùng kỳ năm trước' : `${changeWordsVi(d, what)} so với cùng kỳ năm trước`);
const versusEn = (d: RollupDelta): string => `${changeWordsEn(d)} the same period a year earlier`;

/**
 * How to call the commune-level units a roll-up counts ("xã", "xã, phường"), in both languages:
 * the paragraph, the sheet and the report word them alike.
 *
 * @param rollup - the roll-up (its units' kinds; a unit of no known kind adds no word).
 * @returns the words in Vietnamese and English.
 * @example
 * ```ts
 * rollupKindWords(rollup).vi; // "xã, phường"
 * ```
 */
export function rollupKindWords(rollup: Pick<Rollup, 'units'>): { vi: string; en: string } {
  return communeKindWords([...new Set(rollup.units.map((u) => u.kind).filter((k): k is CommuneKind => k !== null))]);
}

function categoriesVi(f: RollupFigures, kind: string): string[] {
  const c = f.byCategory;
  const out: string[] = [];
  if (c['security-situation'] > 0) {
    let s = `${n2(c['security-situation'])} thông tin liên quan đến tình hình ANTT và các vụ, việc còn tồn đọng hoặc mới phát sinh`;
    const states: string[] = [];
    if (f.byCaseState.pending > 0) states.push(`${n2(f.byCaseState.pending)} vụ, việc tồn đọng`);
    if (f.byCaseState.new > 0) states.push(`${n2(f.byCaseState.new)} vụ, việc mới phát sinh`);
    if (states.length) s += ` (trong đó ${states.join(', ')})`;
    out.push(s);
  }
  if (c['administrative-procedures'] > 0) out.push(`${n2(c['administrative-procedures'])} khó khăn, vướng mắc về thủ tục hành chính`);
  if (c['commune-police'] > 0) out.push(`${n2(c['commune-police'])} ý kiến trong công tác củng cố, kiện toàn lực lượng Công an ${kind}`);
  if (c['mass-organizations'] > 0) out.push(`${n2(c['mass-organizations'])} nội dung xây dựng các tổ chức quần chúng làm công tác phát động phong trào`);
  if (c.other > 0) out.push(`${n2(c.other)} nội dung khác`);
  return out;
}

function categoriesEn(f: RollupFigures): string[] {
  const c = f.byCategory;
  const out: string[] = [];
  if (c['security-situation'] > 0) out.push(`${c['security-situation']} on the security and order situation and pending or new cases`);
  if (c['administrative-procedures'] > 0) out.push(`${c['administrative-procedures']} on administrative procedures`);
  if (c['commune-police'] > 0) out.push(`${c['commune-police']} on the commune police force`);
  if (c['mass-organizations'] > 0) out.push(`${c['mass-organizations']} on mass organisations and the movement`);
  if (c.other > 0) out.push(`${c.other} other`);
  return out;
}

/** "Công an xã Nà Hỳ 05, Công an xã Mường Nhé 03": the units with most overdue items (three at most). */
function overdueUnits(r: Rollup, lang: 'vi' | 'en'): string {
  return [...r.units]
    .filter((u) => u.overdue > 0)
    .sort((a, b) => b.overdue - a.overdue || a.name.localeCompare(b.name, 'vi'))
    .slice(0, 3)
    .map((u) => (lang === 'vi' ? `${u.unit} ${n2(u.overdue)}` : `${u.unitEn} ${u.overdue}`))
    .join(', ');
}

/**
 * Who the units are: "03 xã" / "3 units (communes)" when every unit is of a commune kind; when some
 * are not (a district's or the province's own workbook among the communes'), how many of each:
 * "02 xã và 01 đơn vị khác" / "3 units (2 communes and 1 other unit)".
 */
function unitsCounted(r: Rollup, kinds: { vi: string; en: string }): { vi: string; en: string } {
  const all = r.total.units;
  const communes = r.units.filter((u) => u.kind !== null).length;
  const others = all - communes;
  if (others === 0) return { vi: `${n2(all)} ${kinds.vi}`, en: `${plural(all, 'unit', 'units')} (${kinds.en})` };
  if (communes === 0) return { vi: `${n2(all)} đơn vị`, en: plural(all, 'unit', 'units') };
  // One commune-level unit is of one kind: its own word in the singular.
  const one = COMMUNE_KIND_WORDS[r.units.find((u) => u.kind !== null)!.kind!].en;
  return {
    vi: `${n2(communes)} ${kinds.vi} và ${n2(others)} đơn vị khác`,
    en: `${plural(all, 'unit', 'units')} (${communes === 1 ? `1 ${one}` : `${communes} ${kinds.en}`} and ${plural(others, 'other unit', 'other units')})`,
  };
}

/**
 * The province's report paragraph: units and briefings, items by category,
 * what was answered and resolved (and on time), the backlog and overdue items
 * at the as-of date — each against the same period a year earlier.
 *
 * @param rollup - the roll-up.
 * @param options - the province's police as it signs.
 * @returns the paragraph in Vietnamese and English.
 * @example
 * ```ts
 * rollupNarrative(rollup).vi;
 * // "Từ ngày 15/11/2025 đến ngày 14/12/2025, Công an 45 xã, phường trên địa bàn tỉnh Điện Biên đã tổ chức 120 buổi giao ban tại cơ sở …"
 * ```
 */
export function rollupNarrative(rollup: Rollup, options: RollupNarrativeOptions = {}): Narrative {
  const t = rollup.total;
  const ly = t.lastYear;
  const ch = t.change.counts;
  const kinds = rollupKindWords(rollup);
  const unitVi = options.unit?.trim() || rollup.provinceUnit || 'đơn vị';
  const given = options.unit?.trim() || rollup.provinceUnit;
  const unitEn = options.unitEn?.trim() || (given ? policeNameEn(given) : 'the province');
  const counted = unitsCounted(rollup, kinds);
  const { from, to } = rollup.period;
  const vi: string[] = [];
  const en: string[] = [];

  // Units and briefings.
  // "Công an 45 xã, phường trên địa bàn tỉnh Điện Biên" (the province's own words: tỉnh or thành phố).
  const area = /^công an\s+(tỉnh|thành phố)\s+/iu.test(unitVi) ? unitVi.replace(/^công an\s+/iu, '') : null;
  const units = `Công an ${counted.vi}${area ? ` trên địa bàn ${area}` : ` thuộc ${unitVi}`}`;
  if (t.briefings === 0) {
    vi.push(`Từ ngày ${formatDateVi(from)} đến ngày ${formatDateVi(to)}, ${units} chưa tổ chức buổi giao ban tại cơ sở nào (cùng kỳ năm trước ${n2(ly.briefings)} buổi).`);
  } else {
    let s = `Từ ngày ${formatDateVi(from)} đến ngày ${formatDateVi(to)}, ${units} đã tổ chức ${n2(t.briefings)} buổi giao ban tại cơ sở`;
    if (t.planned > 0) s += ` (kế hoạch ${n2(t.planned)} buổi)`;
    if (t.unitsWithData < t.units) s += `; ${n2(t.unitsWithData)}/${n2(t.units)} đơn vị có số liệu trong kỳ`;
    s += `, ${versusVi(ch.briefings, 'buổi')}`;
    if (t.hosts > 0) s += `; giao ban đã đến ${n2(t.hostsReached)}/${n2(t.hosts)} địa bàn`;
    vi.push(s + '.');
  }
  en.push(
    `From ${formatDateEn(from)} to ${formatDateEn(to)}, the police of ${counted.en} under ${unitEn} held ${plural(t.briefings, 'grassroots briefing', 'grassroots briefings')}` +
      (t.planned > 0 ? ` (${t.planned} planned)` : '') +
      `, ${versusEn(ch.briefings)}` +
      (t.hosts > 0 ? `; the briefings reached ${t.hostsReached} of ${t.hosts} places` : '') +
      '.',
  );

  // Items by category.
  if (t.items === 0) {
    vi.push(`Trong kỳ, cấp ủy, chính quyền các ${kinds.vi} chưa phản ánh nội dung nào (cùng kỳ năm trước ${n2(ly.items)} nội dung).`);
    en.push(`No items were raised in the period (${ly.items} a year earlier).`);
  } else {
    vi.push(`Qua giao ban, cấp ủy, chính quyền các ${kinds.vi} đã phản ánh ${n2(t.items)} nội dung, ${versusVi(ch.items, 'nội dung')}, gồm: ${joinReportList(categoriesVi(t, kinds.vi), 'vi')}.`);
    en.push(`Party committees and authorities raised ${plural(t.items, 'item', 'items')}, ${versusEn(ch.items)}: ${joinReportList(categoriesEn(t), 'en')}.`);

    // Answered, resolved, on time.
    let s = '';
    if (t.answeredOnTheSpot > 0) s += `Lãnh đạo chủ trì đã giải đáp trực tiếp tại chỗ ${n2(t.answeredOnTheSpot)}/${n2(t.items)} nội dung (${pct(t.answeredShare)}); `;
    s += `tổng số đã giải quyết xong ${n2(t.resolved)}/${n2(t.items)} nội dung (${pct(t.resolvedShare)}`;
    s += ly.items > 0 ? `; cùng kỳ năm trước ${pct(ly.resolvedShare)})` : ')';
    vi.push(s.charAt(0).toUpperCase() + s.slice(1) + '.');
    en.push(
      (t.answeredOnTheSpot > 0 ? `The chairing leaders answered ${t.answeredOnTheSpot} of ${t.items} on the spot (${pct(t.answeredShare, 'en')}); ` : '') +
        `${t.resolved} of ${t.items} are settled (${pct(t.resolvedShare, 'en')}${ly.items > 0 ? `; ${pct(ly.resolvedShare, 'en')} a year earlier` : ''}).`,
    );
    if (t.onTimeShare !== null) {
      const was = ly.onTimeShare !== null ? ` (cùng kỳ năm trước ${pct(ly.onTimeShare)})` : '';
      vi.push(`Tỷ lệ giải quyết đúng hạn đạt ${pct(t.onTimeShare)}${was}.`);
      en.push(`${pct(t.onTimeShare, 'en')} were settled within their deadline${ly.onTimeShare !== null ? ` (${pct(ly.onTimeShare, 'en')} a year earlier)` : ''}.`);
    }
  }

  // Backlog and overdue at the as-of date.
  if (t.backlog > 0) {
    let s = `Tính đến ngày ${formatDateVi(rollup.asOf)}, còn ${n2(t.backlog)} nội dung chưa giải quyết xong`;
    let e = `As of ${formatDateEn(rollup.asOf)}, ${plural(t.backlog, 'item is', 'items are')} still open`;
    if (t.overdue > 0) {
      s += `, trong đó ${n2(t.overdue)} nội dung quá hạn xử lý (${versusVi(ch.overdue, 'nội dung')})`;
      e += `, ${t.overdue} past the deadline (${versusEn(ch.overdue)})`;
      const where = overdueUnits(rollup, 'vi');
      if (where) s += `, nhiều nhất ở ${where}`;
      const whereEn = overdueUnits(rollup, 'en');
      if (whereEn) e += `, most at ${whereEn}`;
    }
    vi.push(s + '.');
    en.push(e + '.');
  }

  const idle = rollup.units.filter((u) => u.briefings + u.items === 0);
  const notes: string[] = [];
  const notesEn: string[] = [];
  if (idle.length > 0 && idle.length <= 5) {
    notes.push(`${n2(idle.length)} đơn vị chưa có số liệu trong kỳ: ${idle.map((u) => u.unit).join(', ')}`);
    notesEn.push(`${plural(idle.length, 'unit has', 'units have')} no data for the period: ${idle.map((u) => u.unitEn).join(', ')}`);
  } else if (idle.length > 5) {
    notes.push(`${n2(idle.length)} đơn vị chưa có số liệu trong kỳ`);
    notesEn.push(`${idle.length} units have no data for the period`);
  }
  if (t.excludedRows > 0) {
    notes.push(`${n2(t.excludedRows)} dòng có lỗi trong các sổ chưa được tính`);
    notesEn.push(`${plural(t.excludedRows, 'row', 'rows')} with errors in the workbooks not counted`);
  }
  if (notes.length) {
    vi.push(`(${notes.join('; ')}.)`);
    en.push(`(${notesEn.join('; ')}.)`);
  }
  return { vi: vi.join(' '), en: en.join(' ') };
}
