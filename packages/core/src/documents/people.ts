/** How documents name people and communes: "Đ/c Thượng tá Lò Văn Chính - Phó Trưởng Công an huyện". */
import type { Catalogue, Commune, IsoDate } from '../model.js';
import { formatDateVi, weekdayNameVi } from '../calendar/index.js';
import { communeLabel } from '../rotation/rules/participants.js';

/**
 * A leader as documents name them: honorific, rank, name and title when the catalogue knows them.
 *
 * @example
 * ```ts
 * leaderLine(catalogue, 'Lò Văn Chính'); // "Đ/c Thượng tá Lò Văn Chính - Phó Trưởng Công an huyện"
 * leaderLine(catalogue, null);           // null
 * ```
 */
export function leaderLine(catalogue: Catalogue, name: string | null): string | null {
  if (!name) return null;
  const l = catalogue.leaders.find((x) => x.name === name);
  const rank = l?.rank ? `${l.rank} ` : '';
  return `Đ/c ${rank}${name}${l?.title ? ` - ${l.title}` : ''}`;
}

/**
 * A leader's name under a signature: rank and name ("Thượng tá Trần Ích Chính"), as police papers sign.
 *
 * @example
 * ```ts
 * signatureName(catalogue, 'Trần Ích Chính'); // "Thượng tá Trần Ích Chính"
 * ```
 */
export function signatureName(catalogue: Catalogue, name: string | null): string | null {
  if (!name) return null;
  const rank = catalogue.leaders.find((x) => x.name === name)?.rank;
  return rank ? `${rank} ${name}` : name;
}

/** The catalogue's commune of a name, or a plain xã of that name. */
export function communeOf(catalogue: Catalogue, name: string): Pick<Commune, 'name' | 'kind'> & Partial<Commune> {
  return catalogue.communes.find((c) => c.name === name) ?? { name, kind: 'xa' };
}

/** "xã Nà Khoa" from a name. */
export function communeText(catalogue: Catalogue, name: string): string {
  return communeLabel(communeOf(catalogue, name));
}

/** "07h30" → "07 giờ 30 phút"; any other text is kept. */
export function timeWords(time: string): string {
  const m = /^\s*(\d{1,2})\s*(?:h|giờ|:)\s*(\d{1,2})?\s*(?:phút|p)?\s*$/iu.exec(time);
  if (!m) return time.trim();
  return `${m[1]!.padStart(2, '0')} giờ ${(m[2] ?? '0').padStart(2, '0')} phút`;
}

/** "thứ Năm, ngày 15/01/2026" (weekday lower-cased after "thứ"; "Chủ nhật" as is). */
export function dayWords(date: IsoDate): string {
  const w = weekdayNameVi(date);
  const wd = w.startsWith('Thứ') ? `thứ ${w.slice(4)}` : w;
  return `${wd}, ngày ${formatDateVi(date)}`;
}
