/**
 * The "Thời hạn xử lý" settings table: per kind of item, the days
 * to the deadline and whether they are calendar or working days. Rows that
 * name a shipped kind (data/deadlines.ts) with other figures replace them; other rows add
 * the unit's own kinds. Also: matching an issue's kind cell to a rule.
 */
import { DAY_COUNT_WORDS, DEADLINE_RULES, type DayCount, type DeadlineRule } from '../data/deadlines.js';
import { unaccentedKey } from '../text/index.js';
import { msg } from '../findings/messages.js';
import { forEachRow, type RowLoopState } from './rowLoop.js';
import type { TableCells } from './tableCells.js';

const WHAT_KIND = { vi: 'loại vụ việc', en: 'the kind of item' };
const WHAT_DAYS = { vi: 'số ngày', en: 'the number of days' };
const WHAT_COUNT = { vi: 'cách tính ngày', en: 'the way days are counted' };
const EXPECT_DAYS = { vi: 'một số ngày từ 1 đến 366', en: 'a number of days from 1 to 366' };
const EXPECT_COUNT = { vi: 'ghi "ngày làm việc" hoặc "ngày lịch"', en: 'write "ngày làm việc" or "ngày lịch"' };

/** A row of the table as read, before merging with the shipped rules. */
export interface DeadlineRow {
  label: string;
  days: number;
  count: DayCount;
  source: string | null;
  row: number;
  sheet: string;
}

/** Reads a "Thời hạn xử lý" table. */
export function readDeadlineRows(t: TableCells, state: RowLoopState): DeadlineRow[] {
  return forEachRow(t, state, true, (r) => {
    const label = t.text(r, 'issueKind');
    if (!label) {
      t.report('value.invalid', r, 'issueKind', msg.valueMissing(t.cell(r, 'issueKind'), WHAT_KIND));
      return null;
    }
    const raw = t.value(r, 'deadlineDays');
    const text = typeof raw === 'number' ? String(raw) : typeof raw === 'string' ? raw : '';
    const m = /^\s*(\d{1,3})(?:[.,]0+)?\b/.exec(text);
    const days = m ? Number(m[1]) : NaN;
    if (!(days >= 1 && days <= 366)) {
      t.report('value.invalid', r, 'deadlineDays', msg.valueInvalid(t.cell(r, 'deadlineDays'), raw, WHAT_DAYS, EXPECT_DAYS));
      return null;
    }
    // "05 ngày làm việc" in the days cell says the count without a separate column.
    let count: DayCount = /l[aà]m vi[eệ]c|\blv\b/i.test(text.normalize('NFC')) ? 'working' : 'calendar';
    const countText = t.text(r, 'dayCount');
    if (countText) {
      const c = DAY_COUNT_WORDS[unaccentedKey(countText)];
      if (!c) {
        t.report('value.invalid', r, 'dayCount', msg.valueInvalid(t.cell(r, 'dayCount'), countText, WHAT_COUNT, EXPECT_COUNT));
        return null;
      }
      count = c;
    }
    return { label, days, count, source: t.text(r, 'legalBasis'), row: r, sheet: t.sheet };
  });
}

/** The shipped rule a label names (its code, label or a synonym, accents optional), if any. */
function shippedRuleFor(label: string, rules: readonly DeadlineRule[]): DeadlineRule | undefined {
  const k = unaccentedKey(label);
  return rules.find((r) => unaccentedKey(r.kind) === k || unaccentedKey(r.label.vi) === k || r.synonyms.some((s) => unaccentedKey(s) === k));
}

/**
 * The shipped rules with a workbook's rows applied: a row naming a shipped
 * kind with the law's own figures (as `giaoban template` writes them) keeps
 * the law's versions; with other figures it makes the kind the unit's own
 * (its source then says so, the dated versions no longer apply); other rows
 * add kinds.
 *
 * @param rows - the rows of the workbook's "Thời hạn xử lý" table
 * @param base - the shipped rules
 * @returns the rules in force for this workbook
 * @example
 * ```ts
 * mergeDeadlineRules([{ label: 'Khiếu nại', days: 20, count: 'working', source: null, row: 3, sheet: 'Cài đặt' }])
 *   .find((r) => r.kind === 'complaint')?.days; // 20
 * ```
 */
export function mergeDeadlineRules(rows: readonly DeadlineRow[], base: readonly DeadlineRule[] = DEADLINE_RULES): DeadlineRule[] {
  const out = base.map((r) => ({ ...r }));
  for (const row of rows) {
    const where = `bảng "Thời hạn xử lý", trang ${row.sheet}, dòng ${row.row}`;
    const whereEn = `the "Thời hạn xử lý" table, sheet ${row.sheet}, row ${row.row}`;
    // A basis the clerk typed is kept as typed; English says where it was written.
    const typedEn = row.source === null ? null : `"${row.source}" (as written in ${whereEn})`;
    const known = shippedRuleFor(row.label, out);
    if (known) {
      if (known.days === row.days && known.count === row.count) continue;
      const replaced = known.source;
      known.days = row.days;
      known.count = row.count;
      known.source = row.source ?? `${where} (thay cho: ${replaced})`;
      known.sourceEn = `${typedEn ?? whereEn} (instead of: ${known.sourceEn ?? replaced})`;
      known.verified = true;
      known.convention = true;
      delete known.versions;
    } else {
      out.push({
        kind: unaccentedKey(row.label),
        label: { vi: row.label, en: row.label },
        days: row.days,
        count: row.count,
        extension: null,
        source: row.source ?? where,
        sourceEn: typedEn ?? whereEn,
        verified: true,
        synonyms: [row.label],
        start: 'raised',
        convention: true,
      });
    }
  }
  return out;
}

/**
 * The rule an issue's kind cell names; `null` for a blank cell (the default
 * kind applies) and `undefined` when the text names no known kind.
 *
 * @example
 * ```ts
 * ruleForKind('Tố giác tội phạm', DEADLINE_RULES)?.days; // 20
 * ruleForKind('to cao', DEADLINE_RULES)?.kind;           // "denunciation"
 * ```
 */
export function ruleForKind(text: string | null, rules: readonly DeadlineRule[]): DeadlineRule | null | undefined {
  if (text === null || text.trim() === '') return null;
  return shippedRuleFor(text, rules);
}
