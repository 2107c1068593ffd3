/**
 * Writes packages/core/src/data/adminUnits2025.ts — the national catalogue of
 * commune-level units after the 2025 arrangement, compactly encoded — from
 * public mapping data fetched by hand (never committed):
 *
 *   npx tsx scripts/catalogue/convert.ts \
 *     --merges  <dvhcvn/20250701>/mapping/merges.json \
 *     --old     <daohoangson/dvhcvn at tag v20250301>/data/sorted.json \
 *     --resolutions <dvhcvn/20250701>/input/docs \
 *     [--out packages/core/src/data/adminUnits2025.ts]
 *
 * - merges.json (github.com/dvhcvn/20250701, MIT): each of today's 34 provinces and 3,321 units with the
 *   old units it was formed from (whole or part), compiled from the 34 resolutions 1654–1687/NQ-UBTVQH15,
 *   Công văn 915/CTK-CSCL (province codes) and 1027/CTK-CSCL (commune codes).
 * - sorted.json (github.com/daohoangson/dvhcvn, tag v20250301): the statistics office's code list of the
 *   old units (63 provinces, 696 districts, 10,047 communes) as of 01/03/2025.
 * - input/docs: the resolutions' text (converted to Markdown by the dataset's author); each file names its
 *   province, and the converter checks that every unit's new name is written in its province's resolution.
 *
 * The output is deterministic: the same inputs give the same bytes.
 */
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

interface MergeRef { old_id: string; name: string; type: 'full' | 'partial' }
interface NewUnit { level2_id: string; name: string; merges: MergeRef[] }
interface NewProvince { level1_id: string; name: string; merges: MergeRef[]; level2s: NewUnit[] }
/** sorted.json rows: [code, name, type, unaccented name, children?]. */
type OldRow = [string, string, string, string, OldRow[]?];

function arg(name: string, fallback?: string): string {
  const i = process.argv.indexOf(`--${name}`);
  const v = i >= 0 ? process.argv[i + 1] : fallback;
  if (!v) {
    console.error(`thiếu --${name} (missing --${name}); see the header of scripts/catalogue/convert.ts`);
    process.exit(2);
  }
  return v;
}

const merges = JSON.parse(readFileSync(arg('merges'), 'utf8')) as { data: NewProvince[] };

/**
 * Errors of the compiled mapping found against the resolutions' text, corrected here (each cited; the
 * data file's header lists them too). `move`: the old unit goes from one new unit to another.
 */
const CORRECTIONS: { oldCode: string; from: string; to: string; cite: string }[] = [
  {
    oldCode: '30622', from: '30259', to: '30604',
    cite: 'xã Tân Phú (huyện Châu Thành, An Giang) went into xã Vĩnh An, An Giang (Nghị quyết 1654/NQ-UBTVQH15, Điều 1 khoản 31), not into xã Tân Phú Trung, Đồng Tháp',
  },
];
for (const c of CORRECTIONS) {
  const units = merges.data.flatMap((p) => p.level2s);
  const from = units.find((u) => u.level2_id === c.from);
  const to = units.find((u) => u.level2_id === c.to);
  const ref = from?.merges.find((m) => m.old_id === c.oldCode);
  if (!from || !to || !ref) throw new Error(`correction ${c.oldCode}: not applicable to this source (already fixed upstream?)`);
  from.merges = from.merges.filter((m) => m !== ref);
  to.merges.push(ref);
}
const old = JSON.parse(readFileSync(arg('old'), 'utf8')) as OldRow[];
const docsDir = arg('resolutions');
const out = arg('out', 'packages/core/src/data/adminUnits2025.ts');

const NEW_KIND: Record<string, string> = { 'Xã': 'x', 'Phường': 'p', 'Đặc khu': 'd' };
const OLD_KIND: Record<string, string> = { 'Xã': 'x', 'Phường': 'p', 'Thị trấn': 't' };
const DISTRICT_KIND: Record<string, string> = { 'Quận': 'q', 'Huyện': 'h', 'Thành phố': 'c', 'Thị xã': 'z' };
const PROVINCE_KIND: Record<string, string> = { 'Tỉnh': 't', 'Thành phố Trung ương': 'c' };

function splitKind(full: string, kinds: Record<string, string>): [string, string] {
  for (const k of Object.keys(kinds).sort((a, b) => b.length - a.length)) {
    if (full.startsWith(`${k} `)) return [kinds[k]!, full.slice(k.length + 1)];
  }
  throw new Error(`no kind prefix in "${full}"`);
}

/** A code written as its difference from the previous one, in base 36 ("-" before a negative one). */
function delta(value: number, previous: number): string {
  const d = value - previous;
  return d < 0 ? `-${(-d).toString(36)}` : d.toString(36);
}

/**
 * True when the resolution has a clause naming the new unit ("… thành xã mới có tên gọi là xã Nà Hỳ",
 * "… giữ nguyên … xã X") that also names every old unit it was formed from in whole.
 */
function verifyInResolution(text: string, kind: string, name: string, from: readonly MergeRef[]): boolean {
  const kindWord = kind === 'x' ? 'xã' : kind === 'p' ? 'phường' : 'đặc khu';
  const target = fold(`${kindWord} ${name}`);
  const all = text.split(/(?=\s\d{1,3}\. )/u);
  // A unit left as it was is named in the closing sentence "… không thực hiện sắp xếp là các xã A, B và C".
  const unchanged = from.length === 1 && fold(from[0]!.name).endsWith(fold(name));
  const clauses = all.filter((c) => c.includes(target) || (unchanged && c.includes('không thực hiện sắp xếp') && c.includes(fold(name))));
  if (clauses.length === 0) return false;
  const olds = from.map((m) => fold(m.name.replace(/^(Xã|Phường|Thị trấn|Huyện) /u, '')));
  return clauses.some((c) => olds.every((o) => c.includes(o)));
}

const fold = (s: string): string => s.normalize('NFC').toLocaleLowerCase('vi').replace(/\s+/g, ' ');

// The resolution of each province: its number and the text, to check names against.
const resolutions = new Map<string, { number: string; text: string }>();
for (const file of readdirSync(docsDir).filter((f) => /^\d+_NQ-UBTVQH15\.md$/.test(f)).sort()) {
  const text = readFileSync(join(docsDir, file), 'utf8');
  const flat = text.normalize('NFC').replace(/\\\n/g, ' ').replace(/[*\\]/g, '').replace(/\s+/g, ' ');
  const m = /CẤP XÃ CỦA (TỈNH|THÀNH PHỐ) (.+?) NĂM 2025/iu.exec(flat);
  if (!m) throw new Error(`${file}: province not found in the title`);
  const number = file.replace(/_NQ-UBTVQH15\.md$/, '/NQ-UBTVQH15');
  resolutions.set(fold(m[2]!), { number, text: fold(flat) });
}

// Old units, by code: kind, name, district; districts and provinces.
const oldProvinces: string[] = [];
const oldDistricts: string[] = [];
const oldUnits = new Map<string, { kind: string; name: string; district: string }>();
const oldDistrictCodes = new Set<string>();
for (const [pCode, pName, pType, , districts] of [...old].sort((a, b) => a[0].localeCompare(b[0]))) {
  oldProvinces.push(`${pCode}\t${PROVINCE_KIND[pType] ?? '?'}\t${pName.trim()}`);
  for (const [dCode, dName, dType, , wards] of [...(districts ?? [])].sort((a, b) => a[0].localeCompare(b[0]))) {
    oldDistricts.push(`${dCode}\t${DISTRICT_KIND[dType] ?? '?'}\t${dName.trim().replace(/\s+/g, ' ')}\t${pCode}`);
    oldDistrictCodes.add(dCode);
    for (const [wCode, wName, wType] of wards ?? []) {
      oldUnits.set(wCode, { kind: OLD_KIND[wType] ?? '?', name: wName.trim().replace(/\s+/g, ' '), district: dCode });
    }
  }
}

// Today's provinces and units with what each was formed from.
const provinceLines: string[] = [];
const unitLines: string[] = [];
let unverified = 0;
let units = 0;
const referenced = new Set<string>();
for (const p of [...merges.data].sort((a, b) => a.level1_id.localeCompare(b.level1_id))) {
  const [pKind, pName] = splitKind(p.name, { 'Tỉnh': 't', 'Thành phố': 'c' });
  const res = resolutions.get(fold(pName));
  if (!res) throw new Error(`no resolution for ${p.name}`);
  provinceLines.push(`${p.level1_id}\t${pKind}\t${pName}\t${res.number}\t${p.merges.map((m) => m.old_id).join(',')}`);
  unitLines.push(`#${p.level1_id}`);
  let prevUnit = 0;
  for (const u of [...p.level2s].sort((a, b) => a.level2_id.localeCompare(b.level2_id))) {
    const [kind, name] = splitKind(u.name.trim().replace(/\s+/g, ' '), NEW_KIND);
    const code = Number(u.level2_id);
    let prevFrom = code;
    const from = u.merges.map((m) => {
      const isDistrict = !oldUnits.has(m.old_id);
      if (isDistrict && !oldDistrictCodes.has(m.old_id)) throw new Error(`${u.name}: unknown old unit ${m.old_id}`);
      referenced.add(m.old_id);
      if (isDistrict) return `=${m.old_id}${m.type === 'partial' ? '*' : ''}`;
      const v = Number(m.old_id);
      const d = delta(v, prevFrom);
      prevFrom = v;
      return `${d}${m.type === 'partial' ? '*' : ''}`;
    });
    const verified = verifyInResolution(res.text, kind, name, u.merges);
    if (!verified) unverified++;
    units++;
    unitLines.push(`${delta(code, prevUnit)}\t${kind}${verified ? '' : '?'}\t${name}\t${from.join(',')}`);
    prevUnit = code;
  }
}
const orphans = [...oldUnits.keys()].filter((c) => !referenced.has(c));
// Every old unit's successor lies in the province its old province became.
const provinceOfNew = new Map(merges.data.flatMap((p) => p.level2s.map((u) => [u.level2_id, p] as const)));
for (const p of merges.data) {
  for (const u of p.level2s) {
    for (const m of u.merges) {
      const o = oldUnits.get(m.old_id);
      if (!o) continue;
      const oldProvince = oldDistricts.find((l) => l.startsWith(`${o.district}\t`))!.split('\t')[3]!;
      if (!provinceOfNew.get(u.level2_id)!.merges.some((x) => x.old_id === oldProvince)) {
        throw new Error(`${m.name} (${m.old_id}) of old province ${oldProvince} is mapped into ${u.name} of ${p.name}: add a correction`);
      }
    }
  }
}
if (orphans.length) throw new Error(`old units without a successor: ${orphans.slice(0, 10).join(', ')}`);

// Old units grouped by district (the district's code once, then its units).
const oldUnitLines: string[] = [];
const byDistrict = new Map<string, string[]>();
for (const [code, u] of [...oldUnits].sort((a, b) => a[0].localeCompare(b[0]))) {
  const list = byDistrict.get(u.district) ?? [];
  list.push(`${code}\t${u.kind}\t${u.name}`);
  byDistrict.set(u.district, list);
}
let prevOld = 0;
for (const [d, list] of [...byDistrict].sort((a, b) => a[0].localeCompare(b[0]))) {
  oldUnitLines.push(`@${d}`);
  for (const line of list) {
    const [code, ...rest] = line.split('\t');
    const v = Number(code);
    oldUnitLines.push(`${delta(v, prevOld)}\t${rest.join('\t')}`);
    prevOld = v;
  }
}

const literal = (lines: string[]): string => JSON.stringify(lines.join('\n'));

const file = `/**
 * Today's 34 provinces and 3,321 commune-level units (xã, phường, đặc khu) from 1 July 2025, what each
 * was formed from, and the 10,047 old communes (xã, phường, thị trấn) with their districts and provinces.
 * GENERATED by scripts/catalogue/convert.ts — do not edit by hand; see packages/core/src/data/SOURCES.md.
 *
 * Sources (facts carried with attribution):
 * - The arrangement: the 2025 resolutions of the National Assembly Standing Committee on arranging the
 *   commune-level units of each province, Nghị quyết số 1654/NQ-UBTVQH15 to 1687/NQ-UBTVQH15, all dated
 *   16/06/2025; the new units' local governments began on 01/07/2025 (Điều 2 of each resolution).
 *   Province arrangement: Nghị quyết số 202/2025/QH15 ngày 12/6/2025 của Quốc hội.
 * - Codes: Công văn số 915/CTK-CSCL (provinces) and số 1027/CTK-CSCL ngày 25/6/2025 của Cục Thống kê (communes).
 * - Compiled mapping: "Đơn vị hành chính mới tháng 7, 2025", https://github.com/dvhcvn/20250701
 *   (mapping/merges.json, MIT licence, © 2025 dvhcvn), built from the texts above.
 * - Old units: the statistics office's code list (Danh mục hành chính, Tổng cục Thống kê) as of 01/03/2025,
 *   via https://github.com/daohoangson/dvhcvn (data/sorted.json at tag v20250301).
 *
 * Encoding (one string per table, one record a line, fields separated by a tab):
 * - PROVINCES: code, kind (t tỉnh, c thành phố), name, resolution, old province codes.
 * - UNITS: "#code" starts a province; then code, kind (x xã, p phường, d đặc khu; a trailing "?" marks a unit
 *   whose mapping the build could not confirm against the resolution's text — unverified), name, formed from: old commune
 *   codes, "*" after a code formed from part of it, "=" before an old district with no communes (base-36 digits include h).
 * - OLD_PROVINCES: code, kind, name. OLD_DISTRICTS: code, kind (q quận, h huyện, c thành phố, z thị xã), name,
 *   province code. OLD_UNITS: "@code" starts a district; then code, kind (x xã, p phường, t thị trấn), name.
 *
 * Corrections of the compiled mapping against the resolutions' text:
${CORRECTIONS.map((c) => ` * - ${c.oldCode}: ${c.cite}.`).join('\n')}
 *
 * ${units} units; ${unverified} of them unverified (the build's check found no clause of the resolution naming the unit
 * with every old unit it took in whole: a spelling difference or a clause worded around "phần còn lại").
 */

/** Where the catalogue comes from, for what users see and for the data's own tests. */
export const ADMIN_UNITS_2025_SOURCE = {
  version: '2025-07-01',
  effectiveFrom: '2025-07-01',
  adoptedOn: '2025-06-16',
  resolutions: 'Nghị quyết số 1654/NQ-UBTVQH15 đến 1687/NQ-UBTVQH15 ngày 16/6/2025 của Ủy ban Thường vụ Quốc hội',
  codes: 'Công văn số 915/CTK-CSCL và số 1027/CTK-CSCL ngày 25/6/2025 của Cục Thống kê',
  compiledBy: 'https://github.com/dvhcvn/20250701 (MIT)',
  oldUnits: 'Danh mục hành chính của Tổng cục Thống kê, 01/03/2025 (https://github.com/daohoangson/dvhcvn, v20250301)',
} as const;

export const PROVINCES_2025 = ${literal(provinceLines)};

export const UNITS_2025 = ${literal(unitLines)};

export const OLD_PROVINCES = ${literal(oldProvinces)};

export const OLD_DISTRICTS = ${literal(oldDistricts)};

export const OLD_UNITS = ${literal(oldUnitLines)};
`;
writeFileSync(out, file);
console.log(`${out}: ${provinceLines.length} provinces, ${units} units (${unverified} unverified), ${oldUnits.size} old units, ${oldDistricts.length} districts, ${(file.length / 1024).toFixed(0)} KB`);
