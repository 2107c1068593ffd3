/**
 * How the papers name people, communes, times and days: "Đồng chí Thượng tá Lò
 * Văn Chính - Phó trưởng Công an huyện", "xã Nà Khoa", "…… giờ …… phút",
 * "thứ Hai, ngày 15 tháng 12 năm 2025". The host noun ("xã", "phường") and the
 * unit's words come only from here and from the settings, so a village-tier
 * unit (a commune police briefing its villages) changes them in one place.
 */
import type { Catalogue, Commune, IsoDate } from '../model.js';
import { weekdayNameVi } from '../calendar/index.js';
import { communeLabel } from '../rotation/rules/participants.js';
import { foldKey, stripPersonName } from '../text/index.js';
import { FILL_SHORT } from '../data/documentTexts.js';
import { dateWords } from './layout.js';

function leaderOf(catalogue: Catalogue, name: string) {
  const key = foldKey(stripPersonName(name) || name);
  return catalogue.leaders.find((x) => x.name === name) ?? catalogue.leaders.find((x) => foldKey(x.name) === key);
}

/**
 * A leader as police papers name them: rank, name and title from the leaders
 * table ("Thượng tá Trần Ích Chính - Phó trưởng Công an huyện"); a name the
 * table does not know is kept as written.
 *
 * @example
 * ```ts
 * leaderText(catalogue, 'Trần Ích Chính'); // "Thượng tá Trần Ích Chính - Phó trưởng Công an huyện"
 * leaderText(catalogue, null);             // null
 * ```
 */
export function leaderText(catalogue: Catalogue, name: string | null): string | null {
  if (!name) return null;
  const l = leaderOf(catalogue, name);
  if (!l) return name;
  return `${l.rank ? `${l.rank} ` : ''}${l.name}${l.title ? ` - ${l.title}` : ''}`;
}

/**
 * The chair's line of an invitation or minutes: "Đồng chí" and {@link leaderText}.
 *
 * @example
 * ```ts
 * leaderLine(catalogue, 'Lò Văn Chính'); // "Đồng chí Thượng tá Lò Văn Chính - Phó trưởng Công an huyện"
 * ```
 */
export function leaderLine(catalogue: Catalogue, name: string | null): string | null {
  const t = leaderText(catalogue, name);
  return t === null ? null : `Đồng chí ${t}`;
}

/**
 * A name under a signature as police papers sign it: rank and name ("Thượng tá
 * Trần Ích Chính"). Decree 30/2020 Appendix I leaves a rank before the
 * signer's name in the armed forces' papers to the head of the branch, and the
 * People's Police sign so. The rank comes from the leaders table; a name
 * already written with its rank, or not in the table, is kept as written.
 *
 * @example
 * ```ts
 * signatureName(catalogue, 'Trần Ích Chính');            // "Thượng tá Trần Ích Chính"
 * signatureName(catalogue, 'Đại tá Nguyễn Quang Hưng');  // "Đại tá Nguyễn Quang Hưng"
 * ```
 */
export function signatureName(catalogue: Catalogue, name: string | null): string | null {
  const written = name?.trim();
  if (!written) return null;
  const bare = stripPersonName(written) || written;
  // Written with more than the bare name (a rank, "Đ/c"): the clerk's own wording wins.
  if (foldKey(bare) !== foldKey(written)) return written;
  const l = leaderOf(catalogue, written);
  return l?.rank ? `${l.rank} ${l.name}` : written;
}

/** The catalogue's commune of a name, or a plain xã of that name. */
export function communeOf(catalogue: Catalogue, name: string): Pick<Commune, 'name' | 'kind'> & Partial<Commune> {
  return catalogue.communes.find((c) => c.name === name) ?? { name, kind: 'xa' };
}

/**
 * How a paper names a commune-level unit: its kind and name ("xã Nà Khoa",
 * "phường Tân Phong"). The one place the host noun is decided.
 *
 * @example
 * ```ts
 * communeText(catalogue, 'Nà Khoa'); // "xã Nà Khoa"
 * ```
 */
export function communeText(catalogue: Catalogue, name: string): string {
  return communeLabel(communeOf(catalogue, name));
}

/**
 * "07h30" → "07 giờ 30 phút"; no time → "…… giờ …… phút" for the clerk to write;
 * any other text is kept.
 *
 * @example
 * ```ts
 * timeWords('7:30'); // "07 giờ 30 phút"
 * timeWords(null);   // "…… giờ …… phút"
 * ```
 */
export function timeWords(time: string | null): string {
  if (time === null || time.trim() === '') return '…… giờ …… phút';
  const m = /^\s*(\d{1,2})\s*(?:h|giờ|:)\s*(\d{1,2})?\s*(?:phút|p)?\s*$/iu.exec(time);
  if (!m) return time.trim();
  return `${m[1]!.padStart(2, '0')} giờ ${(m[2] ?? '0').padStart(2, '0')} phút`;
}

/**
 * "thứ Hai, ngày 15 tháng 12 năm 2025" (weekday lower-cased after "thứ"; "Chủ nhật" as is; the date as Appendix I writes it).
 *
 * @example
 * ```ts
 * dayWords('2026-02-05'); // "thứ Năm, ngày 05 tháng 02 năm 2026"
 * ```
 */
export function dayWords(date: IsoDate): string {
  const w = weekdayNameVi(date);
  const wd = w.startsWith('Thứ') ? `thứ ${w.slice(4)}` : w;
  return `${wd}, ${dateWords(date)}`;
}

/** A place as the workbook names it, else a dotted blank before the host ("……………, xã Vàng Đán"). */
export function placeOrBlank(place: string | null, catalogue: Catalogue, host: string): string {
  return place ?? `${FILL_SHORT}, ${communeText(catalogue, host)}`;
}
