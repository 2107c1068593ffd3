/**
 * Collects findings while a workbook is read, keeping each finding's place so
 * the final list reads top to bottom, sheet by sheet.
 */
import type { Finding } from './finding.js';
import { FINDING_CODES, type FindingCode } from './codes.js';
import { toA1 } from '../workbook/a1.js';

/** A message in both languages. */
export interface BiText {
  vi: string;
  en: string;
}

export class FindingSink {
  readonly findings: Finding[] = [];
  private readonly order: { sheet: number; row: number; col: number; seq: number }[] = [];
  errors = 0;
  warnings = 0;
  private readonly sheetIndex = new Map<string, number>();

  /** Sheets in workbook order, so findings can be sorted the way the clerk sees the tabs. */
  constructor(sheetNames: readonly string[] = []) {
    sheetNames.forEach((n, i) => {
      if (!this.sheetIndex.has(n)) this.sheetIndex.set(n, i);
    });
  }

  /**
   * Adds a finding at a 1-based sheet cell and returns it (callers may refine
   * the message later). The severity is the code's, from {@link FINDING_CODES}.
   */
  add(code: FindingCode, sheet: string, row: number, col: number, message: BiText, suggestion: BiText | null = null): Finding {
    const severity = FINDING_CODES[code].severity;
    const f: Finding = {
      severity,
      code,
      sheet,
      cell: toA1(row, col),
      message: message.vi,
      messageEn: message.en,
      suggestion: suggestion ? suggestion.vi : null,
      suggestionEn: suggestion ? suggestion.en : null,
    };
    this.findings.push(f);
    this.order.push({ sheet: this.sheetIndex.get(sheet) ?? this.sheetIndex.size, row, col, seq: this.order.length });
    if (severity === 'error') this.errors++;
    else this.warnings++;
    return f;
  }

  /** Findings sorted by sheet, row, column, then the order they were raised. */
  sorted(): Finding[] {
    const idx = this.order.map((_, i) => i);
    idx.sort((a, b) => {
      const x = this.order[a]!;
      const y = this.order[b]!;
      return x.sheet - y.sheet || x.row - y.row || x.col - y.col || x.seq - y.seq;
    });
    return idx.map((i) => this.findings[i]!);
  }
}
