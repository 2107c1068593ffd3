/**
 * The page: the clerk's five steps. Every figure comes from the worker (the
 * core, as in the CLI and the add-in); this module only shows it, keeps the
 * page responsive, and saves what the worker wrote.
 */
import { clusterNameIn, excelSerialToIsoDate, formatDateIn, formatMonthIn, formatReportCount, isDateNumberFormat, parseA1Range, PERIOD_PICKER_CHOICES, pickedPeriodSpec, readingProgressText, type CellStyle, type CellValue, type ReadingProgress } from '@giaoban/core';
import { STRINGS, t, type Lang, type StringKey } from './i18n.js';
import { droppedFiles, initRollup, render as renderRollup, rollUp } from './rollup/rollupPage.js';
import type { FileView, FindingsPage, HolidaysView, FindingView, ModelView, OpenView, PlanView, Request, Response, SummaryView } from './protocol.js';

/** The worker's code, inlined by the build (a file:// page may not load worker scripts from files). */
declare const __WORKER_SOURCE__: string;

type Step = 'open' | 'check' | 'plan' | 'summary' | 'download' | 'rollup';
/** A progress step the worker names (`progress.read`, …): texts of the core's catalogue. */
type StepKey = `progress.${'read' | 'check' | 'plan' | 'summarize' | 'write' | 'done'}`;
const PAGE = 300;

const $ = <T extends HTMLElement = HTMLElement>(id: string) => document.getElementById(id) as T;
let lang: Lang = (localStorage.getItem('giaoban.lang') as Lang | null) === 'en' ? 'en' : 'vi';
let opened: OpenView | null = null;
/** The workbook last opened, opened again when the extra holidays file changes. */
let openedFile: File | null = null;
let holidaysView: HolidaysView | null = null;
let planView: PlanView | null = null;
let summaryView: SummaryView | null = null;
let shownFindings: FindingView[] = [];
let findingsTotal = 0;

// ---- the worker ---------------------------------------------------------------------------

let worker: Worker;
let nextId = 1;
const pending = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error & { messageEn?: string }) => void }>();

function startWorker(): void {
  const url = URL.createObjectURL(new Blob([__WORKER_SOURCE__], { type: 'text/javascript' }));
  worker = new Worker(url);
  URL.revokeObjectURL(url);
  worker.onmessage = (e: MessageEvent<Response>) => {
    const m = e.data;
    // A progress line of a request already answered or cancelled is dropped.
    if (m.type === 'progress') return pending.has(m.id) ? showProgress(m.fraction, m.step, m.detail) : undefined;
    const p = pending.get(m.id);
    if (!p) return;
    pending.delete(m.id);
    if (m.type === 'result') p.resolve(m.value);
    else p.reject(Object.assign(new Error(m.message), { messageEn: m.messageEn }));
  };
  worker.onerror = (e) => {
    for (const [, p] of pending) p.reject(Object.assign(new Error(`Lỗi không mong đợi: ${e.message}`), { messageEn: `Unexpected error: ${e.message}` }));
    pending.clear();
    setBusy(false);
  };
}

type Body<R> = R extends unknown ? Omit<R, 'id'> : never;

/** Sends a request; the busy bar shows while it runs (after 150 ms, so quick requests do not flash). */
function call<T>(req: Body<Request>, transfer: Transferable[] = [], busy = true): Promise<T> {
  const id = nextId++;
  const timer = busy ? setTimeout(() => setBusy(true), 150) : 0;
  return new Promise<T>((resolve, reject) => {
    pending.set(id, { resolve: resolve as (v: unknown) => void, reject });
    worker.postMessage({ ...req, id } as Request, transfer);
  }).finally(() => {
    clearTimeout(timer);
    if (pending.size === 0) setBusy(false);
  });
}

function setBusy(on: boolean): void {
  $('busy').hidden = !on;
  if (!on) ($<HTMLProgressElement>('progress')).value = 0;
}

function showProgress(fraction: number, step: string, detail?: ReadingProgress): void {
  setBusy(true);
  $<HTMLProgressElement>('progress').value = Math.round(fraction * 100);
  // The reader's own lines are Vietnamese; the English page shows the step alone.
  // The step, then what the reader is at (each sheet, every 20,000 rows), in the page's language.
  $('busy-text').textContent = detail ? `${t(`progress.${step}` as StepKey, lang)} ${readingProgressText(detail, lang)}` : t(`progress.${step}` as StepKey, lang);
}

function cancel(): void {
  // Messages the old worker posted before it stopped must not reach the page any more.
  worker.onmessage = null;
  worker.onerror = null;
  worker.terminate();
  for (const [, p] of pending) p.reject(Object.assign(new Error(t('cancelled', 'vi')), { messageEn: t('cancelled', 'en'), cancelled: true }));
  pending.clear();
  setBusy(false);
  opened = null;
  startWorker();
  enableSteps();
  go('open');
  $('opened').hidden = true;
  showMessage(t('cancelled', lang), 'info');
  document.body.dataset.state = 'cancelled';
}

// ---- messages, steps, language ------------------------------------------------------------

function showMessage(text: string | null, kind: 'error' | 'info' = 'error'): void {
  const box = $('message');
  box.hidden = text === null;
  box.textContent = text ?? '';
  box.setAttribute('role', kind === 'error' ? 'alert' : 'status');
}

function errorText(err: unknown): string {
  const e = err as Error & { messageEn?: string };
  return `${t('failed', lang)}: ${lang === 'en' && e.messageEn ? e.messageEn : e.message}`;
}

function go(step: Step): void {
  for (const b of Array.from(document.querySelectorAll<HTMLButtonElement>('.step'))) {
    if (b.dataset.step === step) b.setAttribute('aria-current', 'step');
    else b.removeAttribute('aria-current');
  }
  for (const s of ['open', 'check', 'plan', 'summary', 'download', 'rollup'] as Step[]) $(`panel-${s}`).hidden = s !== step;
  const heading = $(`h-${step}`);
  heading.tabIndex = -1;
  heading.focus({ preventScroll: true });
}

function enableSteps(): void {
  for (const b of Array.from(document.querySelectorAll<HTMLButtonElement>('.step'))) if (b.dataset.step !== 'open') b.disabled = opened === null;
}

function applyLang(): void {
  document.documentElement.lang = lang;
  for (const el of Array.from(document.querySelectorAll<HTMLElement>('[data-i18n]'))) el.textContent = t(el.dataset.i18n as StringKey, lang);
  for (const el of Array.from(document.querySelectorAll<HTMLElement>('[data-i18n-label]'))) el.setAttribute('aria-label', t(el.dataset.i18nLabel as StringKey, lang));
  for (const id of ['plan-from', 'documents-month']) fillPicker(id, 'month');
  fillPeriodPicker();
  if (opened) renderOpened();
  renderHolidays();
  renderFindings();
  if (planView) renderPlan();
  if (summaryView) renderSummary();
  renderRollup();
}

// ---- step 1: open -------------------------------------------------------------------------

/** Lets the browser run input and paint before the next piece of work. */
function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

async function openFile(file: File): Promise<void> {
  showMessage(null);
  planView = null;
  summaryView = null;
  // A stable hook for tests and scripts: "opening", then "ready" or "failed"; the marks time it (bench).
  document.body.dataset.state = 'opening';
  performance.mark('giaoban:open');
  try {
    const bytes = await file.arrayBuffer();
    opened = await call<OpenView>({ type: 'open', name: file.name, bytes }, [bytes]);
    openedFile = file;
  } catch (err) {
    opened = null;
    openedFile = null;
    enableSteps();
    if (!(err as { cancelled?: boolean }).cancelled) showMessage(errorText(err));
    document.body.dataset.state = 'failed';
    return;
  }
  enableSteps();
  renderOpened();
  await nextTask();
  await refreshFindings();
  // The worker has already planned and summarised with the defaults (as `giaoban demo` does).
  planView = opened.plan;
  summaryView = opened.summaryView;
  const year = Number((opened.planFrom ?? opened.asOf ?? new Date().toISOString()).slice(0, 4));
  $('period-year').dataset.center = String(Number((opened.asOf ?? `${year}`).slice(0, 4)));
  fillPeriodPicker();
  if (opened.planFrom) {
    setPickedMonth('plan-from', opened.planFrom);
    $<HTMLInputElement>('plan-months').value = '12';
    // The papers default to the first planned month, as `giaoban demo` writes its invitation.
    setPickedMonth('documents-month', opened.planFrom);
  } else {
    setPickedMonth('plan-from', `${year}-01`);
    setPickedMonth('documents-month', `${year}-01`);
    showMessage(t('noPlan', lang), 'info');
  }
  // One thing per task, so the page answers clicks in between even on a province-size book.
  await nextTask();
  renderPlan();
  await nextTask();
  renderSummary();
  go('check');
  document.body.dataset.state = 'ready';
  performance.measure('giaoban:open', 'giaoban:open');
}

function renderOpened(): void {
  if (!opened) return;
  $('opened').hidden = false;
  $('opened-name').textContent = opened.fileName;
  $('opened-unit').textContent = opened.unit ? `(${opened.unit})` : '';
  $('opened-unit').setAttribute('translate', 'no');
  const conv = $('converted');
  conv.hidden = !opened.converted;
  conv.textContent = t('convertedNote', lang, { fmt: `.${opened.format}` });
  $('count-errors').textContent = String(opened.summary.errors);
  $('count-warnings').textContent = String(opened.summary.warnings);
  $('errors-word').textContent = t('errors', lang, { n: opened.summary.errors });
  $('warnings-word').textContent = t('warnings', lang, { n: opened.summary.warnings });
  $('plan-host-head').textContent = t(opened.tier === 'villages' ? 'hostVillage' : 'host', lang);
  $('excluded').textContent = opened.excludedRows > 0 ? t('excluded', lang, { n: opened.excludedRows }) : '';
  const body = $('tables').querySelector('tbody')!;
  body.replaceChildren(
    ...opened.tables.map((tb) => {
      const tr = row([tb.sheet, t(tb.label, lang), String(tb.headerRow), String(tb.rows)]);
      tr.children[0]!.setAttribute('translate', 'no');
      return tr;
    }),
  );
  const sheetSel = $<HTMLSelectElement>('f-sheet');
  const chosen = sheetSel.value;
  sheetSel.replaceChildren(option('', t('allSheets', lang)), ...opened.bySheet.map((s) => option(s.sheet, `${s.sheet} (${t('count.errors', lang, { n: s.errors })}, ${t('count.warnings', lang, { n: s.warnings })})`, true)));
  sheetSel.value = chosen;
  $('xlsx-name').textContent = opened.outputName;
}

function row(cells: (string | Node)[], tag: 'td' | 'th' = 'td'): HTMLTableRowElement {
  const tr = document.createElement('tr');
  for (const c of cells) {
    const td = document.createElement(tag);
    td.append(c);
    tr.append(td);
  }
  return tr;
}

function option(value: string, text: string, clerksName = false): HTMLOptionElement {
  const o = document.createElement('option');
  o.value = value;
  o.textContent = text;
  if (clerksName) o.setAttribute('translate', 'no');
  return o;
}

// ---- step 2: check ------------------------------------------------------------------------

function filter() {
  return {
    severity: $<HTMLSelectElement>('f-severity').value as 'all' | 'error' | 'warning',
    sheet: $<HTMLSelectElement>('f-sheet').value,
    text: $<HTMLInputElement>('f-text').value,
  };
}

async function refreshFindings(append = false): Promise<void> {
  if (!opened) return;
  const page = await call<FindingsPage>({ type: 'findings', filter: filter(), offset: append ? shownFindings.length : 0, limit: PAGE }, [], false);
  shownFindings = append ? shownFindings.concat(page.items) : page.items;
  findingsTotal = page.total;
  renderFindings();
}

function renderFindings(): void {
  const box = $('findings');
  if (!opened) {
    box.replaceChildren();
    return;
  }
  const nodes: Node[] = [];
  let sheet: string | null = null;
  let list: HTMLOListElement | null = null;
  for (const f of shownFindings) {
    if (f.sheet !== sheet) {
      sheet = f.sheet;
      const h = document.createElement('h3');
      const c = opened.bySheet.find((s) => s.sheet === f.sheet);
      const name = document.createElement('span');
      name.setAttribute('translate', 'no');
      name.textContent = `"${f.sheet}"`;
      h.append(`${t('sheet', lang)} `, name, c ? ` — ${t('count.errors', lang, { n: c.errors })}, ${t('count.warnings', lang, { n: c.warnings })}` : '');
      list = document.createElement('ol');
      nodes.push(h, list);
    }
    const li = document.createElement('li');
    li.className = 'finding';
    li.dataset.testid = 'finding';
    const cell = document.createElement('span');
    cell.className = 'cell';
    cell.textContent = f.cell;
    const sev = document.createElement('span');
    sev.className = `sev ${f.severity}`;
    sev.textContent = t(f.severity, lang);
    const msg = document.createElement('span');
    msg.className = 'msg';
    msg.textContent = lang === 'en' ? f.messageEn : f.message;
    const sug = lang === 'en' ? f.suggestionEn : f.suggestion;
    if (sug) {
      const s = document.createElement('span');
      s.className = 'sug';
      s.textContent = ` — ${t('suggestion', lang)}: ${sug}`;
      msg.append(s);
    }
    // The code is for support, not for the clerk: on hover and in the page's data, not after every message.
    li.title = t('findingCode', lang, { code: f.code });
    li.dataset.code = f.code;
    li.append(cell, sev, msg);
    list!.append(li);
  }
  if (shownFindings.length === 0) {
    const p = document.createElement('p');
    p.textContent = t('noFindings', lang);
    nodes.push(p);
  }
  box.replaceChildren(...nodes);
  $('showing').textContent = findingsTotal > shownFindings.length ? t('showing', lang, { shown: shownFindings.length, total: findingsTotal }) : '';
  $('more').hidden = findingsTotal <= shownFindings.length;
}

// ---- step 3: plan -------------------------------------------------------------------------

async function runPlan(): Promise<void> {
  const from = pickedMonth('plan-from');
  const months = Number($<HTMLInputElement>('plan-months').value);
  try {
    planView = await call<PlanView>({ type: 'plan', from, months });
    showMessage(null);
  } catch (err) {
    if (!(err as { cancelled?: boolean }).cancelled) showMessage(errorText(err));
    return;
  }
  renderPlan();
}

// ---- month and period pickers: two lists, since Firefox and Safari have no <input type="month"> ----

const pad2 = (n: number) => String(n).padStart(2, '0');

/** Refills a picker's lists in the page's language, keeping what is chosen; years around the one chosen. */
function fillPicker(id: string, kind: 'month' | 'quarter' | 'half' | 'nine-months' | 'year'): void {
  const box = $(id);
  const index = box.querySelector<HTMLSelectElement>('[data-part=index]') ?? $<HTMLSelectElement>('period-index');
  const years = box.querySelector<HTMLSelectElement>('[data-part=year]') ?? $<HTMLSelectElement>('period-year');
  const choices = kind === 'month' || kind === 'quarter' || kind === 'half' ? PERIOD_PICKER_CHOICES[kind][lang] : [];
  const chosen = Math.min(Number(index.value) || 1, Math.max(1, choices.length));
  index.replaceChildren(...choices.map((c, i) => option(String(i + 1), c)));
  index.value = String(chosen);
  const year = Number(years.value) || Number(years.dataset.center) || new Date().getFullYear();
  const center = Number(years.dataset.center) || year;
  const list: number[] = [];
  for (let y = Math.min(year, center) - 6; y <= Math.max(year, center) + 4; y++) list.push(y);
  years.replaceChildren(...list.map((y) => option(String(y), String(y))));
  years.value = String(year);
  box.dataset.value = pickedMonthOf(index, years);
}

function pickedMonthOf(index: HTMLSelectElement, years: HTMLSelectElement): string {
  return `${years.value}-${pad2(Number(index.value) || 1)}`;
}

/** The month a month picker shows, `YYYY-MM`. */
function pickedMonth(id: string): string {
  const box = $(id);
  return pickedMonthOf(box.querySelector<HTMLSelectElement>('[data-part=index]')!, box.querySelector<HTMLSelectElement>('[data-part=year]')!);
}

function setPickedMonth(id: string, ym: string): void {
  const box = $(id);
  const years = box.querySelector<HTMLSelectElement>('[data-part=year]')!;
  years.dataset.center = ym.slice(0, 4);
  years.value = '';
  fillPicker(id, 'month');
  years.value = ym.slice(0, 4);
  box.querySelector<HTMLSelectElement>('[data-part=index]')!.value = String(Number(ym.slice(5, 7)));
  box.dataset.value = ym;
}

/** The summary's period: a kind, then its month, quarter or half and its year, or the clerk's own words. */
function fillPeriodPicker(): void {
  const kind = $<HTMLSelectElement>('period').value;
  $('period-index-field').hidden = !(kind === 'month' || kind === 'quarter' || kind === 'half');
  $('period-year-field').hidden = !kind || kind === 'text';
  $('period-value-field').hidden = kind !== 'text';
  if (kind && kind !== 'text') fillPicker('period-year-field', kind as 'month');
}

/** The clerk's cluster names as written; the one the core names for a villages list, in the page's language. */
function clusterName(name: string): string {
  return clusterNameIn(name, lang);
}

function renderPlan(): void {
  if (!planView) {
    $('plan').querySelector('tbody')!.replaceChildren();
    return;
  }
  const body = $('plan').querySelector('tbody')!;
  body.replaceChildren(
    ...planView.briefings.map((b) => {
      // Date, host and chair reasons: one line each, not one run-on text.
      const reasons = document.createElement('ul');
      for (const r of lang === 'en' ? b.reasonsEn : b.reasons) {
        const li = document.createElement('li');
        li.textContent = r;
        reasons.append(li);
      }
      const tr = row([
        formatMonthIn(b.month, lang),
        clusterName(b.cluster),
        `${b.weekday[lang]}, ${formatDateIn(b.date, lang)}`,
        b.host,
        b.chair ?? t('noChair', lang),
        t(`source.${b.source}`, lang),
        reasons,
      ]);
      // The clerk's own names (cluster, host, chair) are not the page's words: no translation.
      for (const i of [1, 3, 4]) tr.children[i]!.setAttribute('translate', 'no');
      if (!b.chair) {
        tr.children[4]!.className = 'nochair';
        tr.children[4]!.removeAttribute('translate');
      }
      tr.children[6]!.className = 'reasons';
      return tr;
    }),
  );
  const problems = $('problems');
  problems.replaceChildren();
  if (planView.problems.length > 0) {
    const h = document.createElement('h3');
    h.textContent = `${t('problems', lang)} (${planView.problems.length})`;
    const ul = document.createElement('ul');
    ul.className = 'problems';
    for (const p of planView.problems) {
      const li = document.createElement('li');
      li.textContent = `${formatMonthIn(p.month, lang)}, ${clusterName(p.cluster)}: ${lang === 'en' ? p.messageEn : p.message}`;
      ul.append(li);
    }
    problems.append(h, ul);
  }
  const changes = $('changes');
  changes.replaceChildren();
  if (planView.changes.length > 0) {
    const h = document.createElement('h3');
    h.textContent = `${t('changes', lang)} (${planView.changes.length})`;
    const ul = document.createElement('ul');
    for (const c of planView.changes) {
      const li = document.createElement('li');
      const value = (v: string | null) => (v === null ? '—' : c.field === 'date' && /^\d{4}-\d{2}-\d{2}$/.test(v) ? formatDateIn(v, lang) : v);
      const field = c.field === 'host' && planView.tier === 'villages' ? 'field.hostVillage' : (`field.${c.field}` as 'field.date' | 'field.host' | 'field.chair');
      li.textContent = `${formatMonthIn(c.month, lang)}, ${clusterName(c.cluster)}, ${t(field, lang)}: ${value(c.before)} → ${value(c.after)} — ${lang === 'en' ? c.reasonEn : c.reason}`;
      ul.append(li);
    }
    changes.append(h, ul);
  }
}

// ---- step 4: summary ----------------------------------------------------------------------

function periodSpec(): string | null {
  const kind = $<HTMLSelectElement>('period').value;
  if (!kind) return null;
  // The clerk's own words ("quý I/2025", "từ 01/2025 đến 03/2025") go to the core's period reader as typed.
  if (kind === 'text') return $<HTMLInputElement>('period-value').value.trim() || null;
  return pickedPeriodSpec(kind as 'month', Number($<HTMLSelectElement>('period-year').value), Number($<HTMLSelectElement>('period-index').value));
}

async function runSummary(): Promise<void> {
  try {
    summaryView = await call<SummaryView>({ type: 'summarize', spec: periodSpec(), calendar: $<HTMLInputElement>('calendar').checked });
    showMessage(null);
  } catch (err) {
    if (!(err as { cancelled?: boolean }).cancelled) showMessage(errorText(err));
    return;
  }
  renderSummary();
}

/** A number as the sheet's format shows it: "0.0%" shares, "00" counts. */
function formatNumber(v: number, fmt: string | undefined): string {
  // A date cell holds Excel's day number: shown as the sheet shows it (dd/mm/yyyy).
  const day = fmt && isDateNumberFormat(fmt) ? excelSerialToIsoDate(v) : null;
  if (day) return formatDateIn(day, lang);
  if (fmt?.includes('%')) return `${(v * 100).toFixed(fmt.includes('.0') ? 1 : 0).replace('.', lang === 'vi' ? ',' : '.')}%`;
  if (Number.isInteger(v)) return formatReportCount(v);
  return String(v);
}

/**
 * The sheet's rows as a table. `other` is the same sheet in the other language: a text the same in
 * both is the clerk's own (a name, an item's content), marked not to be translated.
 */
function renderSheet(model: ModelView, other: ModelView): HTMLTableRowElement[] {
  const styles: CellStyle[][] = [];
  for (const { range, style } of model.styles) {
    const a = parseA1Range(range);
    for (let r = a.top - 1; r < a.bottom; r++) for (let c = a.left - 1; c < a.right; c++) Object.assign(((styles[r] ??= [])[c] ??= {}), style);
  }
  const span = new Map<string, number>();
  const covered = new Set<string>();
  for (const m of model.merges) {
    const a = parseA1Range(m);
    span.set(`${a.top - 1}:${a.left - 1}`, a.right - a.left + 1);
    for (let r = a.top - 1; r < a.bottom; r++) for (let c = a.left - 1; c < a.right; c++) if (r !== a.top - 1 || c !== a.left - 1) covered.add(`${r}:${c}`);
  }
  // Columns that only carry merged banners are left out of the page's table.
  let width = 1;
  model.cells.forEach((cells) => cells.forEach((v, c) => {
    if (v !== null && v !== '') width = Math.max(width, c + 1);
  }));
  const rows: HTMLTableRowElement[] = [];
  model.cells.forEach((all: CellValue[], r) => {
    const cells = all.slice(0, width);
    if (cells.every((v) => v === null || v === '') || all.some((v) => typeof v === 'string' && v.startsWith('giaoban:'))) return;
    const tr = document.createElement('tr');
    const empty = (c: number) => c < width && (cells[c] === null || cells[c] === '' || cells[c] === undefined) && !covered.has(`${r}:${c}`) && !span.has(`${r}:${c}`) && !styles[r]?.[c]?.border;
    let skip = 0;
    cells.forEach((v, c) => {
      if (covered.has(`${r}:${c}`) || skip > c) return;
      const td = document.createElement('td');
      const s = styles[r]?.[c];
      const n = span.get(`${r}:${c}`);
      if (n && n > 1) td.colSpan = Math.min(n, width - c);
      else if (typeof v === 'string' && v !== '' && !s?.border && !s?.wrap) {
        // As in Excel, a title runs on over the empty cells to its right.
        let end = c + 1;
        while (empty(end)) end++;
        td.colSpan = end - c;
        skip = end;
      }
      td.textContent = v === null ? '' : typeof v === 'number' ? formatNumber(v, s?.numberFormat) : String(v);
      if (typeof v === 'string' && v !== '' && other.cells[r]?.[c] === v) td.setAttribute('translate', 'no');
      td.className = [s?.bold ? 'b' : '', s?.italic ? 'i' : '', typeof v === 'number' ? 'num' : '', s?.border ? 'bd' : '', s?.horizontal === 'center' ? 'c' : ''].join(' ').trim();
      tr.append(td);
    });
    rows.push(tr);
  });
  return rows;
}

function renderSummary(): void {
  if (!summaryView) {
    $('paragraph').textContent = '';
    $('summary-label').textContent = '';
    $('summary-table').querySelector('tbody')!.replaceChildren();
    $('summary-table').querySelector('colgroup')!.replaceChildren();
    return;
  }
  $('summary-label').textContent = lang === 'en' ? summaryView.labelEn : summaryView.label;
  $('paragraph').textContent = lang === 'en' ? summaryView.narrativeEn : summaryView.narrative;
  const sheet = lang === 'en' ? summaryView.sheetEn : summaryView.sheet;
  const rows = renderSheet(sheet, lang === 'en' ? summaryView.sheet : summaryView.sheetEn);
  // The sheet's own column widths (characters, as Excel counts them): the table is as wide as the printed page.
  const used = Math.max(0, ...rows.map((r) => Array.from(r.cells).reduce((n, c) => n + c.colSpan, 0)));
  const widths = sheet.columnWidths.slice(0, used).map((w) => Math.round(w * 7.5 + 10));
  const cols = widths.map((px) => {
    const col = document.createElement('col');
    col.style.width = `${px}px`;
    return col;
  });
  const table = $<HTMLTableElement>('summary-table');
  table.lang = lang;
  table.querySelector('colgroup')!.replaceChildren(...cols);
  table.style.width = widths.length ? `${widths.reduce((a, b) => a + b, 0)}px` : '';
  table.querySelector('tbody')!.replaceChildren(...rows);
}

async function copyParagraph(): Promise<void> {
  const text = $('paragraph').textContent ?? '';
  try {
    await navigator.clipboard.writeText(text);
  } catch {
    // Clipboard API refused (older browser, file:// policy): select the text and use the legacy command.
    const range = document.createRange();
    range.selectNodeContents($('paragraph'));
    const sel = getSelection()!;
    sel.removeAllRanges();
    sel.addRange(range);
    document.execCommand('copy');
  }
  $('copied').textContent = t('copied', lang);
}

// ---- step 5: download ---------------------------------------------------------------------

function save(file: FileView): void {
  const url = URL.createObjectURL(new Blob([file.bytes], { type: file.mime }));
  const a = document.createElement('a');
  a.href = url;
  a.download = file.name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
  const ul = $('download-notes');
  const li = document.createElement('li');
  li.textContent = `${t('saved', lang)}: ${file.name}. ${file.notes.map((n) => n[lang]).join(' ')}`;
  ul.append(li);
}

async function download(kind: 'xlsx' | 'ics' | 'documents'): Promise<void> {
  if (!opened) return showMessage(t('openFirst', lang));
  performance.mark(`giaoban:${kind}`);
  try {
    save(await call<FileView>(kind === 'documents' ? { type: kind, month: pickedMonth('documents-month') } : { type: kind }));
    performance.measure(`giaoban:${kind}`, `giaoban:${kind}`);
    showMessage(null);
  } catch (err) {
    if (!(err as { cancelled?: boolean }).cancelled) showMessage(errorText(err));
  }
}

// ---- extra holidays file ----------------------------------------------------------------

function renderHolidays(): void {
  $('holidays-status').textContent = holidaysView?.name ? t('holidaysLoaded', lang, { n: holidaysView.days, name: holidaysView.name }) : '';
  $('holidays-clear').hidden = !holidaysView?.name;
}

/** Gives the worker the extra holidays file (or none), then checks and plans the open workbook again with it. */
async function setHolidays(file: File | null): Promise<void> {
  showMessage(null);
  document.body.dataset.state = 'opening';
  try {
    const bytes = file ? await file.arrayBuffer() : null;
    holidaysView = await call<HolidaysView>({ type: 'holidays', name: file?.name ?? '', bytes }, bytes ? [bytes] : []);
  } catch (err) {
    // A bad file changes nothing: the days loaded before, and the results shown, stay.
    if (!(err as { cancelled?: boolean }).cancelled) showMessage(errorText(err));
    document.body.dataset.state = 'failed';
    return;
  }
  renderHolidays();
  if (openedFile) await openFile(openedFile);
  else document.body.dataset.state = 'ready';
}

// ---- wiring -------------------------------------------------------------------------------

function wire(): void {
  $('lang').addEventListener('click', () => {
    lang = lang === 'vi' ? 'en' : 'vi';
    try {
      localStorage.setItem('giaoban.lang', lang);
    } catch {
      // Storage may be off for file:// pages; the switch still works for this visit.
    }
    applyLang();
  });
  for (const b of Array.from(document.querySelectorAll<HTMLButtonElement>('.step'))) b.addEventListener('click', () => go(b.dataset.step as Step));
  for (const b of Array.from(document.querySelectorAll<HTMLButtonElement>('[data-go]'))) b.addEventListener('click', () => go(b.dataset.go as Step));
  $('cancel').addEventListener('click', cancel);
  const input = $<HTMLInputElement>('file');
  input.addEventListener('change', () => {
    const f = input.files?.[0];
    // Cleared at once, so choosing the same file again (after fixing it in Excel) opens it again.
    input.value = '';
    if (f) void openFile(f);
  });
  const holidaysInput = $<HTMLInputElement>('holidays-file');
  holidaysInput.addEventListener('change', () => {
    const f = holidaysInput.files?.[0];
    holidaysInput.value = '';
    if (f) void setHolidays(f);
  });
  $('holidays-clear').addEventListener('click', () => void setHolidays(null));
  const drop = $('drop');
  drop.addEventListener('dragover', (e) => {
    e.preventDefault();
    drop.classList.add('over');
  });
  drop.addEventListener('dragleave', () => drop.classList.remove('over'));
  drop.addEventListener('drop', (e) => {
    e.preventDefault();
    drop.classList.remove('over');
    // Several workbooks (or a folder) dropped at once are the province's roll-up; one is opened as before.
    void droppedFiles(e.dataTransfer).then(({ files, folder }) => {
      if (files.length > 1 || folder) void rollUp(files);
      else if (files[0]) void openFile(files[0]);
    });
  });
  // A file dropped elsewhere on the page must not make the browser navigate away from the app.
  window.addEventListener('dragover', (e) => e.preventDefault());
  window.addEventListener('drop', (e) => e.preventDefault());
  let debounce = 0;
  $('filter').addEventListener('input', () => {
    clearTimeout(debounce);
    debounce = window.setTimeout(() => void refreshFindings(), 200);
  });
  $('filter').addEventListener('submit', (e) => e.preventDefault());
  $('more').addEventListener('click', () => void refreshFindings(true));
  $('plan-form').addEventListener('submit', (e) => {
    e.preventDefault();
    void runPlan();
  });
  $('period').addEventListener('change', fillPeriodPicker);
  for (const id of ['plan-from', 'documents-month']) $(id).addEventListener('change', () => ($(id).dataset.value = pickedMonth(id)));
  $('summary-form').addEventListener('submit', (e) => {
    e.preventDefault();
    void runSummary();
  });
  $('copy').addEventListener('click', () => void copyParagraph());
  $('download-xlsx').addEventListener('click', () => void download('xlsx'));
  $('download-ics').addEventListener('click', () => void download('ics'));
  $('documents-form').addEventListener('submit', (e) => {
    e.preventDefault();
    void download('documents');
  });
}

void STRINGS;
startWorker();
wire();
initRollup({
  call,
  lang: () => lang,
  showMessage,
  errorText,
  showPanel: () => go('rollup'),
  save,
  progress: (fraction, text) => {
    if (fraction >= 1) return setBusy(pending.size > 0);
    setBusy(true);
    $<HTMLProgressElement>('progress').value = Math.round(fraction * 100);
    $('busy-text').textContent = text;
  },
});
applyLang();
