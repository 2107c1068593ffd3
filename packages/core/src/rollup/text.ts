/**
 * The roll-up as a terminal table and paragraph, and as the JSON of
 * `giaoban rollup --json` — the same rows the app's table shows, so the
 * command line and the app say the same thing.
 */
import { formatDateEn, formatDateVi } from '../calendar/civilDate.js';
import { formatReportCount as n2, formatReportShare as pct } from '../report/format.js';
import type { Narrative } from '../report/narrative.js';
import type { Rollup, RollupTotal, RollupUnit } from './combine.js';
import type { RollupDelta } from './figures.js';
import { policeNameEn } from '../report/unitName.js';

/** Roll-up findings of one kind printed before the rest are counted. */
const FINDINGS_PER_KIND = 5;

/** A table's header and rows as text, in one language. */
export interface RollupTable {
  head: string[];
  rows: string[][];
  /** The total row. */
  total: string[];
}

/** "+12 (+11,1%)", "−3 (−5%)", "0", "+12" (last year 0). */
function signed(d: RollupDelta, lang: 'vi' | 'en'): string {
  if (d.delta === 0) return '0';
  const sign = d.delta > 0 ? '+' : '−';
  const count = lang === 'vi' ? n2(Math.abs(d.delta)) : String(Math.abs(d.delta));
  return d.pct === null ? `${sign}${count}` : `${sign}${count} (${sign}${pct(Math.abs(d.pct), lang)})`;
}

/**
 * The per-unit table: unit, code, briefings (this year and a year earlier), items (both, and the change),
 * on-time share, backlog and overdue — then the total row.
 *
 * @param rollup - the roll-up.
 * @param lang - `vi` (default) or `en`.
 * @returns the header, one row per unit and the total row.
 * @example
 * ```ts
 * rollupTable(rollup).head; // ["STT", "Đơn vị", "Mã", "Giao ban", "Cùng kỳ", "Ý kiến", "Cùng kỳ", "± ý kiến", "Đúng hạn", "Tồn đọng", "Quá hạn"]
 * ```
 */
export function rollupTable(rollup: Rollup, lang: 'vi' | 'en' = 'vi'): RollupTable {
  const num = (n: number): string => (lang === 'vi' ? n2(n) : String(n));
  const head =
    lang === 'vi'
      ? ['STT', 'Đơn vị', 'Mã', 'Giao ban', 'Cùng kỳ', 'Ý kiến', 'Cùng kỳ', '± ý kiến', 'Đúng hạn', 'Tồn đọng', 'Quá hạn']
      : ['No.', 'Unit', 'Code', 'Briefings', 'Year ago', 'Items', 'Year ago', '± items', 'On time', 'Backlog', 'Overdue'];
  const line = (u: RollupUnit | RollupTotal, first: string, name: string, code: string): string[] => [
    first,
    name,
    code,
    num(u.briefings),
    num(u.lastYear.briefings),
    num(u.items),
    num(u.lastYear.items),
    signed(u.change.counts.items, lang),
    pct(u.onTimeShare, lang),
    num(u.backlog),
    num(u.overdue),
  ];
  return {
    head,
    rows: rollup.units.map((u, i) => line(u, String(i + 1), lang === 'vi' ? u.unit : u.unitEn, u.code ?? '')),
    total: line(rollup.total, '', lang === 'vi' ? `Tổng cộng (${num(rollup.total.units)} đơn vị)` : `Total (${rollup.total.units} units)`, ''),
  };
}

/** Columns padded to their widest cell, a rule under the header and above the total. */
function aligned(t: RollupTable): string {
  const all = [t.head, ...t.rows, t.total];
  const w = t.head.map((_, i) => all.reduce((m, r) => Math.max(m, r[i]!.length), 0));
  const right = new Set([3, 4, 5, 6, 7, 8, 9, 10]);
  const line = (r: readonly string[]): string => r.map((c, i) => (right.has(i) ? c.padStart(w[i]!) : c.padEnd(w[i]!))).join('  ').trimEnd();
  const rule = w.map((n) => '-'.repeat(n)).join('  ');
  return [line(t.head), rule, ...t.rows.map(line), rule, line(t.total)].join('\n') + '\n';
}

/**
 * The roll-up for a terminal: the period and the comparison period, the
 * per-unit table with the total, the findings in short, the paragraph.
 *
 * @param rollup - the roll-up.
 * @param narrative - its paragraph (`rollupNarrative`).
 * @param lang - `vi` (default) or `en`.
 * @returns text ending in a newline.
 * @example
 * ```ts
 * process.stdout.write(formatRollupText(rollup, rollupNarrative(rollup)));
 * ```
 */
export function formatRollupText(rollup: Rollup, narrative: Narrative, lang: 'vi' | 'en' = 'vi'): string {
  const vi = lang === 'vi';
  const out: string[] = [];
  const where = rollup.provinceUnit ? ` — ${vi ? rollup.provinceUnit : policeNameEn(rollup.provinceUnit)}` : '';
  out.push(
    vi
      ? `Tổng hợp giao ban tại cơ sở${where}: ${rollup.period.label}; so với cùng kỳ ${rollup.lastYearPeriod.label}; tính quá hạn đến ngày ${formatDateVi(rollup.asOf)}.`
      : `Grassroots briefings roll-up${where}: ${rollup.period.labelEn}; against ${rollup.lastYearPeriod.labelEn}; overdue as of ${formatDateEn(rollup.asOf)}.`,
  );
  const counted = rollup.files.filter((f) => f.role !== 'not-counted').length;
  const notCounted = rollup.files.length - counted;
  out.push(
    vi
      ? `Số sổ: ${n2(rollup.files.length)}; đã tính ${n2(counted)}${notCounted ? `, không tính ${n2(notCounted)} (xem phần kiểm tra bên dưới)` : ''}; ${n2(rollup.total.units)} đơn vị.`
      : `Files: ${rollup.files.length}; counted ${counted}${notCounted ? `, not counted ${notCounted} (see the findings below)` : ''}; ${rollup.total.units} units.`,
  );
  out.push('', aligned(rollupTable(rollup, lang)).trimEnd());
  const own = rollup.findings.filter((f) => f.code.startsWith('rollup.'));
  const reading = rollup.findings.length - own.length;
  if (own.length || reading) {
    out.push('', vi ? 'Kiểm tra:' : 'Findings:');
    // A hundred units may share a finding (no data a year earlier, say): a few lines of each kind, then a count.
    const byCode = new Map<string, typeof own>();
    for (const f of own) {
      const list = byCode.get(f.code);
      if (list) list.push(f);
      else byCode.set(f.code, [f]);
    }
    for (const list of byCode.values()) {
      const shown = list.length > FINDINGS_PER_KIND + 1 ? list.slice(0, FINDINGS_PER_KIND) : list;
      for (const f of shown) out.push(`  - ${vi ? f.message : f.messageEn}`);
      const more = list.length - shown.length;
      if (more > 0) out.push(vi ? `  - … và ${n2(more)} dòng khác cùng loại (xem --json hoặc trang kiểm tra của -o).` : `  - … and ${more} more of this kind (see --json or the -o findings sheet).`);
    }
    if (reading) {
      const errors = rollup.findings.filter((f) => !f.code.startsWith('rollup.') && f.severity === 'error').reduce((n, f) => n + (f.count ?? 1), 0);
      out.push(
        vi
          ? `  - Các sổ còn ${n2(errors)} lỗi nhập liệu (dòng có lỗi không được tính); xem từng lỗi theo tệp, trang và ô trong --json hoặc trang "Kiểm tra các sổ" của -o.`
          : `  - The workbooks have ${errors} data errors (rows with errors are not counted); each is listed by file, sheet and cell in --json and the -o findings sheet.`,
      );
    }
  }
  out.push('', vi ? 'Nhận xét:' : 'Report paragraph:', vi ? narrative.vi : narrative.en, '');
  return out.join('\n');
}

/** The JSON document of `giaoban rollup --json`. */
export type RollupJson = Rollup & { narrative: string; narrativeEn: string; output?: unknown };

/**
 * The JSON of `giaoban rollup --json`: the roll-up as it is (period, units with their figures,
 * `lastYear` and `change`, the total, every file, the findings) and the paragraph.
 *
 * @param rollup - the roll-up.
 * @param narrative - its paragraph.
 * @param output - what was written (files), or null.
 * @returns the JSON document.
 * @example
 * ```ts
 * JSON.stringify(rollupJson(rollup, rollupNarrative(rollup)));
 * ```
 */
export function rollupJson(rollup: Rollup, narrative: Narrative, output: unknown = null): RollupJson {
  return { ...rollup, narrative: narrative.vi, narrativeEn: narrative.en, ...(output ? { output } : {}) };
}
