/**
 * A communes list checked against the national catalogue: each "Mã ĐVHC" must be
 * the code of that unit (of the list's era and province), and each old unit a
 * "Hình thành từ" cell names must be an old unit of the same province. Nothing
 * is guessed: a finding at the cell says what the catalogue has.
 */
import type { AdminCatalogue } from '../admin/catalogue.js';
import type { IsoDate } from '../model.js';
import { unaccentedKey } from '../text/index.js';
import { formatDateVi } from '../calendar/index.js';
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
  const era = history.active ? { vi: `từ ${formatDateVi(eff)}`, en: `from ${formatDateVi(eff)}` } : { vi: `trước ${formatDateVi(eff)}`, en: `before ${formatDateVi(eff)}` };
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
        t.report('commune.code-invalid', row, 'unitCode', {
          vi: `Ô ${cell}: mã ĐVHC ${code} là của ${u.fullName}${provinceOf(admin, u.province, on)}, không phải "${commune.name}".`,
          en: `Cell ${cell}: administrative code ${code} is ${u.fullName}${provinceOf(admin, u.province, on)}, not "${commune.name}".`,
        });
      } else if (province && history.active && u.province !== province.code) {
        t.report('commune.code-invalid', row, 'unitCode', {
          vi: `Ô ${cell}: mã ĐVHC ${code} là của ${u.fullName}${provinceOf(admin, u.province, on)}, không thuộc ${province.fullName}.`,
          en: `Cell ${cell}: administrative code ${code} is ${u.fullName}${provinceOf(admin, u.province, on)}, not of ${province.fullName}.`,
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
        t.report('commune.formed-from-invalid', row, 'formedFrom', {
          vi: `Ô ${cell}: "${name}" là ${u.fullName.slice(0, u.fullName.length - u.name.length).toLocaleLowerCase('vi')}${u.name} (${u.district?.fullName ?? ''}${provinceOf(admin, u.province, before)}), không thuộc ${province.fullName}.`,
          en: `Cell ${cell}: "${name}" is ${u.fullName} (${u.district?.fullName ?? ''}${provinceOf(admin, u.province, before)}), not of ${province.fullName}.`,
        });
      } else {
        const near = here.status === 'near' ? here.suggestions[0] : undefined;
        t.report(
          'commune.formed-from-invalid',
          row,
          'formedFrom',
          {
            vi: `Ô ${cell}: "${name}" không có trong danh mục xã, phường, thị trấn của ${province.fullName} trước ${formatDateVi(eff)}.`,
            en: `Cell ${cell}: "${name}" is not among the communes of ${province.fullName} before ${formatDateVi(eff)}.`,
          },
          near ? { vi: `Có phải là "${near.name}"?`, en: `Did you mean "${near.name}"?` } : null,
        );
      }
    }
  }
}

function provinceOf(admin: AdminCatalogue, code: string, on: IsoDate): string {
  const p = admin.provinces(on).find((x) => x.code === code);
  return p ? `, ${p.fullName}` : '';
}
