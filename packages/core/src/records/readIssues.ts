/**
 * Issue tables → {@link IssueRecord}s, with the row-level findings:
 * dates, commune, category (or a suggested one), case state, raised-by, status.
 */
import { DEADLINE_RULES, type DeadlineRule } from '../data/deadlines.js';
import { ruleForKind } from './readDeadlines.js';
import type { CaseState, Category, IssueRecord, IssueStatus, RaisedBy } from '../model.js';
import type { FieldName } from '../data/headers.js';
import {
  CATEGORY_LABELS,
  parseCaseState,
  parseCategory,
  parseRaisedBy,
  parseStatus,
  suggestCategory,
} from '../text/index.js';
import { msg, WHAT } from '../findings/messages.js';
import type { CatalogueIndex } from './catalogueIndex.js';
import { readCommuneCellOn } from './nameCells.js';
import { forEachRow, type RowLoopState } from './rowLoop.js';
import type { TableCells } from './tableCells.js';

/** An issue with where its cells are, for the cross-row checks. */
export interface ReadIssue {
  record: IssueRecord;
  table: TableCells;
  /** Whether the status cell was blank (read as in progress). */
  statusBlank: boolean;
  /** Column the commune was read from. */
  communeField: FieldName;
  /** The catalogue this issue was resolved against (commune validity). */
  catalogue: CatalogueIndex;
}

const EXPECT_STATUS = {
  vi: 'ghi: đã giải đáp tại chỗ, đang giải quyết, đã giải quyết hoặc chuyển cơ quan chức năng',
  en: 'write: answered on the spot, in progress, resolved or referred',
};
const EXPECT_CASE = { vi: 'ghi: tồn đọng hoặc mới phát sinh', en: 'write: pending or new' };

/** Memo of categorical parses: clerks repeat the same few words on every row. */
class ValueMemo<T> {
  private readonly m = new Map<string, T>();
  constructor(private readonly parse: (s: string) => T) {}
  get(s: string): T {
    const hit = this.m.get(s);
    if (hit !== undefined || this.m.has(s)) return hit as T;
    const v = this.parse(s);
    if (this.m.size < 20_000) this.m.set(s, v);
    return v;
  }
}

/** Parsers shared by every issue table of one reading. */
export class IssueParsers {
  readonly category = new ValueMemo<{ category: Category; caseState: CaseState | null } | null>(parseCategory);
  readonly caseState = new ValueMemo<CaseState | null>(parseCaseState);
  readonly raisedBy = new ValueMemo<RaisedBy | null>(parseRaisedBy);
  readonly status = new ValueMemo<IssueStatus | null>(parseStatus);
}

/** Reads an issues table. */
export function readIssues(
  t: TableCells,
  state: RowLoopState,
  cat: CatalogueIndex,
  parsers: IssueParsers,
  rules: readonly DeadlineRule[] = DEADLINE_RULES,
): ReadIssue[] {
  const communeField: FieldName = t.has('commune') ? 'commune' : 'host';
  return forEachRow(t, state, true, (r): ReadIssue | null => {
    const date = t.date(r, 'date', WHAT.issueDate, true);
    const communeCell = readCommuneCellOn(t, r, communeField, cat, WHAT.commune, date ?? null);
    const commune = communeCell?.name ?? null;
    const content = t.text(r, 'content');
    let category: Category | null = null;
    let caseState: CaseState | null = null;
    const catRaw = t.text(r, 'category');
    if (catRaw) {
      const p = parsers.category.get(catRaw);
      if (p) {
        category = p.category;
        caseState = p.caseState;
      } else {
        const guess = content ? suggestCategory(content) : null;
        t.report('category.unknown', r, 'category', msg.categoryUnknown(t.cell(r, 'category'), catRaw), guess ? suggestion(guess) : null);
      }
    } else if (content) {
      const guess = suggestCategory(content);
      if (guess) {
        const label = CATEGORY_LABELS[guess];
        t.report('category.suggested', r, 'category', msg.categorySuggested(t.cell(r, 'category'), label), suggestion(guess));
      }
    }
    if (!content && !catRaw) {
      t.report('value.invalid', r, 'content', msg.valueMissing(t.cell(r, 'content'), WHAT.content));
    }
    const caseRaw = t.text(r, 'caseState');
    if (caseRaw) {
      const cs = parsers.caseState.get(caseRaw);
      if (cs) caseState = cs;
      else t.report('value.invalid', r, 'caseState', msg.valueInvalid(t.cell(r, 'caseState'), caseRaw, WHAT.caseState, EXPECT_CASE));
    }
    let raisedBy: RaisedBy | null = null;
    const byRaw = t.text(r, 'raisedBy');
    if (byRaw) {
      raisedBy = parsers.raisedBy.get(byRaw);
      if (!raisedBy) t.report('raised-by.unknown', r, 'raisedBy', msg.raisedByUnknown(t.cell(r, 'raisedBy'), byRaw));
    }
    let status: IssueStatus = 'in-progress';
    const statusRaw = t.text(r, 'status');
    let statusBlank = false;
    if (statusRaw) {
      const s = parsers.status.get(statusRaw);
      if (s) status = s;
      else t.report('value.invalid', r, 'status', msg.valueInvalid(t.cell(r, 'status'), statusRaw, WHAT.status, EXPECT_STATUS));
    } else {
      statusBlank = true;
      t.report('status.blank', r, t.has('status') ? 'status' : undefined, msg.statusBlank(t.cell(r, t.has('status') ? 'status' : undefined)));
    }
    const resolvedDate = t.has('resolvedDate') ? t.date(r, 'resolvedDate', WHAT.resolvedDate, false) : null;
    if (date && resolvedDate && resolvedDate < date) {
      t.report('resolved.before-raised', r, 'resolvedDate', msg.resolvedBeforeRaised(t.cell(r, 'resolvedDate'), resolvedDate, date));
    }
    // The acceptance date starts the clock of complaints and denunciations (it may precede the briefing
    // that raised the item: the agency may have accepted it before).
    const acceptedDate = t.has('acceptedDate') ? t.date(r, 'acceptedDate', WHAT.acceptedDate, false) : null;
    // The kind decides the deadline; an unknown kind is followed up as the default kind.
    const kindRaw = t.text(r, 'issueKind');
    const rule = ruleForKind(kindRaw, rules);
    if (rule === undefined && kindRaw) {
      t.report('issue-kind.unknown', r, 'issueKind', msg.issueKindUnknown(t.cell(r, 'issueKind'), kindRaw), msg.issueKindChoices(rules.map((x) => x.label.vi)));
    }
    if (!date || !commune || resolvedDate === undefined || acceptedDate === undefined) return null;
    return {
      record: {
        ref: { sheet: t.sheet, row: r },
        date,
        commune,
        content: content ?? '',
        category,
        caseState: category === 'security-situation' ? caseState : null,
        raisedBy,
        raisedByText: byRaw,
        status,
        resolvedDate,
        ...(t.has('acceptedDate') ? { acceptedDate } : {}),
        officer: t.text(r, 'officer'),
        notes: t.text(r, 'notes'),
        kind: rule ? rule.kind : null,
        ...(communeCell?.former ? { formerCommune: communeCell.former } : {}),
      },
      table: t,
      statusBlank,
      communeField,
      catalogue: cat,
    };
  });
}

function suggestion(c: Category): { vi: string; en: string } {
  const l = CATEGORY_LABELS[c];
  return { vi: `Phân loại đề nghị: "${l.vi}".`, en: `Suggested category: "${l.en}".` };
}
