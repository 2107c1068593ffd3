/**
 * The views as the JSON documents `--json` prints and programs read. Keys are
 * stable English names; no key is ever an empty string ("not assigned" is a
 * null value or a count of its own).
 */
import type { IsoDate, PlanSource, YearMonth } from '../../model.js';
import type { FindingCode } from '../../findings/codes.js';
import type { DocumentModel } from '../../documents/model.js';
import type { RotationChange, RotationFairness, RotationProblem } from '../../rotation/types.js';
import type { Lang } from '../../text/texts.js';
import type { OrganisationInfo } from '../../records/readResult.js';
import type { FindingsView, TableView } from '../findingsView.js';
import type { PapersView } from '../papersView.js';
import type { PlanView } from '../planView.js';
import { findingText } from './findingsText.js';

/** `giaoban validate --json`. */
export interface FindingsJson {
  file: string | null;
  asOf: IsoDate | null;
  tables: Omit<TableView, 'label'>[];
  /** Who the workbook is kept for: tier (communes or villages), province, era of its communes list. */
  organisation: OrganisationInfo | null;
  findings: { severity: 'error' | 'warning'; code: FindingCode; sheet: string; cell: string; message: string; suggestion: string | null }[];
  summary: { errors: number; warnings: number };
}

/**
 * The findings as JSON, messages in `lang`.
 *
 * @param view the session's findings
 * @param lang the language of `message` and `suggestion`
 * @returns the document
 * @example
 * ```ts
 * JSON.stringify(findingsJson(session.findings(), 'vi'));
 * ```
 */
export function findingsJson(view: FindingsView, lang: Lang): FindingsJson {
  return {
    file: view.file,
    asOf: view.asOf,
    tables: view.tables.map(({ sheet, kind, headerRow, rows }) => ({ sheet, kind, headerRow, rows })),
    organisation: view.organisation,
    findings: view.findings.map((f) => ({ severity: f.severity, code: f.code, sheet: f.sheet, cell: f.cell, ...findingText(f, lang) })),
    summary: view.summary,
  };
}

/** `giaoban rotate --json`. */
export interface PlanJson {
  from: YearMonth;
  months: number;
  briefings: {
    month: YearMonth;
    cluster: string;
    date: IsoDate;
    host: string;
    chair: string | null;
    participatingCommunes: string[];
    participants: string[];
    reasons: string[];
    reasonsEn: string[];
    source: PlanSource;
  }[];
  problems: Pick<RotationProblem, 'month' | 'cluster' | 'message' | 'messageEn'>[];
  fairness: RotationFairness;
  swaps: Record<string, unknown>[];
  changes: RotationChange[];
}

/**
 * The plan as JSON.
 *
 * @param view the session's plan
 * @returns the document
 * @example
 * ```ts
 * planJson(session.plan()).briefings[0].host; // "Chà Nưa"
 * ```
 */
export function planJson(view: PlanView): PlanJson {
  const { plan } = view;
  return {
    from: view.from,
    months: view.months,
    briefings: plan.briefings.map((b) => ({
      month: b.month,
      cluster: b.cluster,
      date: b.date,
      host: b.host,
      chair: b.chair,
      participatingCommunes: b.participatingCommunes,
      participants: b.participants,
      reasons: b.reasons,
      reasonsEn: b.reasonsEn,
      source: b.source,
    })),
    problems: plan.problems.map((p) => ({ month: p.month, cluster: p.cluster, message: p.message, messageEn: p.messageEn })),
    fairness: plan.fairness,
    swaps: plan.swaps.map((x) => ({ ...x.swap, field: x.field, applied: x.applied, before: x.before, after: x.after, effect: x.effect, effectEn: x.effectEn })),
    changes: plan.changes,
  };
}

/** `giaoban documents --json`: each paper written. */
export interface PapersJson {
  month: YearMonth;
  documents: { kind: string; path: string; date: IsoDate | null; cluster: string | null; host: string | null; period?: NonNullable<DocumentModel['meta']['period']>; draft: boolean }[];
  /** The months the papers' plan covers (the plan `rotate` makes with the same inputs). */
  plan: { from: YearMonth; months: number };
  draft: boolean;
  notes: string[];
  notesEn: string[];
  problems: Pick<RotationProblem, 'month' | 'cluster' | 'message' | 'messageEn'>[];
}

/**
 * The papers as JSON, each with the path it was written to.
 *
 * @param view the session's papers
 * @param pathOf the path a paper was written to, as the front end prints paths
 * @returns the document
 * @example
 * ```ts
 * papersJson(view, (p) => `out/${p.fileName}`).documents[0].kind; // "invitation"
 * ```
 */
export function papersJson(view: PapersView, pathOf: (paper: PapersView['papers'][number]) => string): PapersJson {
  return {
    month: view.month,
    documents: view.papers.map((p) => ({
      kind: p.kind,
      path: pathOf(p),
      date: p.model.meta.date,
      cluster: p.model.meta.cluster,
      host: p.model.meta.host,
      ...(p.model.meta.period ? { period: p.model.meta.period } : {}),
      draft: p.model.draft,
    })),
    plan: view.plan,
    draft: view.draft,
    notes: view.notes.map((n) => n.vi),
    notesEn: view.notes.map((n) => n.en),
    problems: view.problems.map((p) => ({ month: p.month, cluster: p.cluster, message: p.message, messageEn: p.messageEn })),
  };
}
