/**
 * Rule: who attends — the area officers and the commune police
 * chiefs of the participating communes, and the Party standing committee,
 * HĐND and UBND of the host commune. Listed from the catalogue, in Vietnamese.
 */
import type { Commune } from '../../model.js';
import { unitLabel } from '../../admin/unitNames.js';

/**
 * The unit with its kind, as written in documents.
 * @example communeLabel({ name: 'Mường Lay', kind: 'phuong' }); // "phường Mường Lay"
 */
export function communeLabel(c: Pick<Commune, 'name' | 'kind' | 'village'>): string {
  if (c.village) return `${c.village.word} ${c.name}`;
  return unitLabel({ level: 'commune', kind: c.kind ?? 'xa', name: c.name }, 'vi');
}

/**
 * The participant list of a briefing, one line per person or body.
 *
 * @example
 * ```ts
 * rotationParticipants([naKhoa, naHy], naKhoa);
 * // ["Đ/c Lường Văn Minh - cán bộ phụ trách địa bàn xã Nà Khoa", "Đ/c Lò Văn Tâm - Trưởng Công an xã Nà Khoa", …,
 * //  "Thường trực Đảng ủy xã Nà Khoa", "Thường trực HĐND xã Nà Khoa", "UBND xã Nà Khoa"]
 * ```
 */
export function rotationParticipants(participating: readonly Commune[], host: Commune): string[] {
  const out: string[] = [];
  // An officer covering several communes is listed once, with all of them.
  const officers = new Map<string, string[]>();
  const uncovered: string[] = [];
  for (const c of participating) {
    const names = c.areaOfficers.map((s) => s.trim()).filter((s) => s.length > 0);
    if (names.length === 0) uncovered.push(communeLabel(c));
    for (const n of names) {
      let list = officers.get(n);
      if (!list) officers.set(n, (list = []));
      list.push(communeLabel(c));
    }
  }
  for (const [name, places] of officers) out.push(`Đ/c ${name} - cán bộ phụ trách địa bàn ${places.join(', ')}`);
  for (const place of uncovered) out.push(`Cán bộ phụ trách địa bàn ${place}`);
  if (host.village) {
    // The village tier: each village's head, and the host village's grassroots security team.
    for (const c of participating) {
      const head = c.village?.head?.trim();
      out.push(head ? `Ông (bà) ${head} - Trưởng ${communeLabel(c)}` : `Trưởng ${communeLabel(c)}`);
    }
    out.push(`Tổ bảo vệ an ninh, trật tự ở cơ sở ${communeLabel(host)}`);
    return out;
  }
  for (const c of participating) {
    const chief = c.policeChief?.trim();
    out.push(chief ? `Đ/c ${chief} - Trưởng Công an ${communeLabel(c)}` : `Trưởng hoặc Phó trưởng Công an ${communeLabel(c)}`);
  }
  const h = communeLabel(host);
  out.push(`Thường trực Đảng ủy ${h}`, `Thường trực HĐND ${h}`, `UBND ${h}`);
  return out;
}
