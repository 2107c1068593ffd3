/**
 * A communes list checked against the national catalogue: each "Mã ĐVHC" must be
 * the code of that unit (of the list's era and province), and each old unit a
 * "Hình thành từ" cell names must be an old unit of the same province. Nothing
 * is guessed: a finding at the cell says what the catalogue has.
 */
import type { AdminCatalogue } from '../admin/catalogue.js';
import type { AdminUnit, ProvinceInfo } from '../admin/types.js';
import { unitLabel } from '../admin/unitNames.js';
import type { IsoDate } from '../model.js';
import { unaccentedKey } from '../text/index.js';
import type { BiText } from '../text/texts.js';
import { formatDateEn, formatDateVi } from '../calendar/index.js';
import type { CommuneHistory } from './communeHistory.js';
import type { CommuneRow } from './readCatalogue.js';

const dayBefore = (d: IsoDate): IsoDate =>
  new Date(Date.UTC(Number(d.slice(0, 4)), Number(d.slice(5, 7)) - 1, Number(d.slice(8, 10))) - 86_400_000).toISOString().slice(0, 10);

/**
 * Reports wrong codes and "formed from" units of another province in a communes list.
 *
 * @param rows - the list's rows as read.
 * @param history - the list's history (its era and province).
 * @param admin - the national catalogue.
 */
export function checkCommuneCodes(rows: readonly CommuneRow[], history: CommuneHistory, admin: AdminCatalogue): void {
  const province = history.province;
  const eff = admin.effectiveFrom;
  // The list's era: today's units when the history maps old names, otherwise the units of before.
  const on = history.active ? eff : dayBefore(eff);
  const era = history.active ? { vi: `từ ${formatDateVi(eff)}`, en: `from ${formatDateEn(eff)}` } : { vi: `trước ${formatDateVi(eff)}`, en: `before ${formatDateEn(eff)}` };
  const provinceEn = province ? provinceLabelEn(province) : '';
  for (const { commune, table: t, row } of rows) {
    const code = commune.code;
    if (code) {
      const u = /^\d{5}$/.test(code) ? admin.unit(code, on) : undefined;
      const cell = t.cell(row, 'unitCode');
      if (!u) {
        t.report('commune.code-invalid', row, 'unitCode', {
          vi: `Ô ${cell}: mã ĐVHC "${code}" không có trong danh mục đơn vị hành chính cấp xã ${era.vi}.`,
          en: `Cell ${cell}: administrative code "${code}" is not in the list of commune-level units ${era.en}.`,
        });
      } else if (unaccentedKey(u.name) !== unaccentedKey(commune.name)) {
        const where = provinceOf(admin, u.province, on);
        t.report('commune.code-invalid', row, 'unitCode', {
          vi: `Ô ${cell}: mã ĐVHC ${code} là của ${u.fullName}${where.vi}, không phải "${commune.name}".`,
          en: `Cell ${cell}: administrative code ${code} is ${communeLabelEn(u)}${where.en}, not "${commune.name}".`,
        });
      } else if (province && history.active && u.province !== province.code) {
        const where = provinceOf(admin, u.province, on);
        t.report('commune.code-invalid', row, 'unitCode', {
          vi: `Ô ${cell}: mã ĐVHC ${code} là của ${u.fullName}${where.vi}, không thuộc ${province.fullName}.`,
          en: `Cell ${cell}: administrative code ${code} is ${communeLabelEn(u)}${where.en}, not in ${provinceEn}.`,
        });
      }
    }
    if (!commune.formedFrom || !province) continue;
    const before = dayBefore(eff);
    const cell = t.cell(row, 'formedFrom');
    for (const name of commune.formedFrom) {
      const here = admin.resolveCommuneName(name, before, province.code);
      if (here.status === 'current' || here.status === 'ambiguous') continue;
      const anywhere = admin.resolveCommuneName(name, before);
      const elsewhere = anywhere.status === 'current' ? [anywhere.unit] : anywhere.status === 'ambiguous' ? anywhere.units : [];
      if (elsewhere.length > 0) {
        const u = elsewhere[0]!;
        const where = provinceOf(admin, u.province, before);
        // "Mường Khương township in Mường Khương district, Lào Cai province".
        const placeEn = [u.district && unitLabel({ level: 'district', kind: u.district.kind, name: u.district.name }, 'en'), where.province && provinceLabelEn(where.province)]
          .filter((x): x is string => !!x)
          .join(', ');
        t.report('commune.formed-from-invalid', row, 'formedFrom', {
          vi: `Ô ${cell}: "${name}" là ${communeLabelVi(u)} (${u.district?.fullName ?? ''}${where.vi}), không thuộc ${province.fullName}.`,
          en: `Cell ${cell}: "${name}" is ${communeLabelEn(u)}${placeEn ? ` in ${placeEn}` : ''}, not in ${provinceEn}.`,
        });
      } else {
        const near = here.status === 'near' ? here.suggestions[0] : undefined;
        t.report(
          'commune.formed-from-invalid',
          row,
          'formedFrom',
          {
            vi: `Ô ${cell}: "${name}" không có trong danh mục xã, phường, thị trấn của ${province.fullName} trước ${formatDateVi(eff)}.`,
            en: `Cell ${cell}: "${name}" is not among the communes of ${provinceEn} before ${formatDateEn(eff)}.`,
          },
          near ? { vi: `Có phải là "${near.name}"?`, en: `Did you mean "${near.name}"?` } : null,
        );
      }
    }
  }
}

/** A unit's province as a message appends it (", Tỉnh Lào Cai" / ", Lào Cai province"); empty texts when unknown. */
function provinceOf(admin: AdminCatalogue, code: string, on: IsoDate): BiText & { province: ProvinceInfo | undefined } {
  const p = admin.provinces(on).find((x) => x.code === code);
  return p ? { vi: `, ${p.fullName}`, en: `, ${provinceLabelEn(p)}`, province: p } : { vi: '', en: '', province: undefined };
}

const provinceLabelEn = (p: ProvinceInfo): string => unitLabel({ level: 'province', kind: p.kind, name: p.name }, 'en');
const communeLabelVi = (u: AdminUnit): string => unitLabel({ level: 'commune', kind: u.kind, name: u.name }, 'vi');
const communeLabelEn = (u: AdminUnit): string => unitLabel({ level: 'commune', kind: u.kind, name: u.name }, 'en');
