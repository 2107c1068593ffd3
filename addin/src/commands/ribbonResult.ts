/**
 * What a ribbon button leaves for the task pane: the ribbon runs without a
 * window, so its outcome (what was written where, error and warning counts, or
 * why it failed) is kept in the document settings and shown when the pane opens.
 */
import { errorMessage } from '@giaoban/core';
import type { CommandResult } from './workbookCommands.js';

/** Document settings key holding the last ribbon result. */
export const LAST_RESULT_SETTING = 'giaoban.lastRibbonResult';

/** Ribbon function names (manifest.xml <FunctionName>) with the button label the clerk clicked. */
export const RIBBON_LABELS: Readonly<Record<string, { vi: string; en: string }>> = {
  validateWorkbook: { vi: 'Kiểm tra dữ liệu', en: 'Check data' },
  planRotationSheet: { vi: 'Lập lịch giao ban', en: 'Plan briefings' },
  summarizeWorkbook: { vi: 'Tổng hợp', en: 'Summary' },
  createTemplate: { vi: 'Tạo sổ mẫu', en: 'New tracking sheets' },
  clearMarks: { vi: 'Xóa đánh dấu', en: 'Clear marks' },
};

/** Buttons that read and check the data, so their error and warning counts mean something. */
const CHECKING_ACTIONS = new Set(['validateWorkbook', 'planRotationSheet', 'summarizeWorkbook']);

/** The stored outcome of one ribbon click (plain JSON: it lives in the workbook). */
export interface RibbonResult {
  ok: boolean;
  /** Ribbon function name, e.g. `"validateWorkbook"`. */
  action?: string;
  /** When it finished, ISO 8601. */
  at?: string;
  /** Sheets written: name, range, created or replaced. */
  written?: { sheet: string; range: string; action: 'replace' | 'create' }[];
  summary?: { errors: number; warnings: number };
  messages: { vi: string; en: string }[];
}

/**
 * The record to store after a ribbon command ran (or failed).
 *
 * @example
 * ```ts
 * await host.settings.set(LAST_RESULT_SETTING, ribbonResultOf('validateWorkbook', await validateCommand(host), new Date()));
 * ```
 */
export function ribbonResultOf(action: string, outcome: CommandResult | { error: Error & { messageEn?: string } }, at: Date): RibbonResult {
  if ('error' in outcome) {
    const e = outcome.error;
    return { ok: false, action, at: at.toISOString(), messages: [{ vi: errorMessage(e, 'vi'), en: errorMessage(e, 'en') }] };
  }
  return {
    ok: true,
    action,
    at: at.toISOString(),
    written: outcome.written.map((w) => ({ sheet: w.sheet, range: w.range, action: w.action })),
    // Template and clear-marks read no data: "0 errors" would claim a check that did not happen.
    ...(CHECKING_ACTIONS.has(action) ? { summary: outcome.summary } : {}),
    messages: outcome.messages,
  };
}

/** A stored value as a `RibbonResult`, or null when it is missing or not one (an older or foreign value). */
export function parseRibbonResult(v: unknown): RibbonResult | null {
  if (typeof v === 'string') {
    try {
      v = JSON.parse(v);
    } catch {
      return null;
    }
  }
  if (!v || typeof v !== 'object') return null;
  const o = v as Partial<RibbonResult>;
  if (typeof o.ok !== 'boolean' || !Array.isArray(o.messages)) return null;
  const messages = o.messages.filter((m): m is { vi: string; en: string } => !!m && typeof m.vi === 'string');
  return { ...o, ok: o.ok, messages: messages.map((m) => ({ vi: m.vi, en: typeof m.en === 'string' ? m.en : m.vi })) };
}

/**
 * The heading and lines the task pane shows for a ribbon result.
 *
 * @example
 * ```ts
 * ribbonResultText(r, 'vi').title; // "Nút Kiểm tra dữ liệu (14:05 03/01/2026): 3 lỗi, 12 cảnh báo"
 * ```
 */
export function ribbonResultText(r: RibbonResult, lang: 'vi' | 'en'): { title: string; lines: string[] } {
  const vi = lang === 'vi';
  const label = (r.action && RIBBON_LABELS[r.action]?.[lang]) ?? (vi ? 'thanh công cụ' : 'ribbon');
  const when = r.at && !Number.isNaN(Date.parse(r.at)) ? ` (${new Date(r.at).toLocaleString(vi ? 'vi-VN' : 'en-GB', { hour: '2-digit', minute: '2-digit', day: '2-digit', month: '2-digit', year: 'numeric' })})` : '';
  const head = vi ? `Nút ${label}${when}` : `${label} button${when}`;
  let outcome: string;
  if (!r.ok) outcome = vi ? 'không thực hiện được' : 'could not run';
  else if (r.summary) outcome = vi ? `${r.summary.errors} lỗi, ${r.summary.warnings} cảnh báo` : `${r.summary.errors} errors, ${r.summary.warnings} warnings`;
  else outcome = vi ? 'xong' : 'done';
  return { title: `${head}: ${outcome}`, lines: r.messages.map((m) => m[lang]) };
}
