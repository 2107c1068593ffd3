/// <reference types="office-js" />
/**
 * The task pane: options, the five commands with progress, findings grouped
 * by sheet (click to select the cell), what was written where. Thin: every
 * action is a command from ../commands.
 */
import { errorMessage, PERIOD_PICKER_CHOICES, pickedPeriodSpec, type Finding } from '@giaoban/core';
import { officeHost, type ExcelHost } from '../excel/host.js';
import {
  clearMarksCommand,
  planCommand,
  selectFindingCommand,
  summarizeCommand,
  templateCommand,
  validateCommand,
  type CommandResult,
  type ProgressFn,
} from '../commands/workbookCommands.js';
import { LAST_RESULT_SETTING, parseRibbonResult, ribbonResultText, type RibbonResult } from '../commands/ribbonResult.js';
import { t, type Lang, type StringKey } from './i18n.js';

/** Findings shown per sheet before "n more" (the findings sheet has them all). */
const MAX_PER_SHEET = 200;

let lang: Lang = 'vi';
let last: (CommandResult & { narrative?: { vi: string; en: string } }) | null = null;
let lastError: { vi: string; en: string } | null = null;
let host: ExcelHost;
/** The last ribbon button's outcome, from the document settings. */
let ribbon: RibbonResult | null = null;

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;

function applyLanguage(): void {
  document.documentElement.lang = lang;
  for (const el of Array.from(document.querySelectorAll<HTMLElement>('[data-i18n]'))) el.textContent = t(el.dataset.i18n as StringKey, lang);
  for (const el of Array.from(document.querySelectorAll<HTMLElement>('[data-i18n-label]'))) el.setAttribute('aria-label', t(el.dataset.i18nLabel as StringKey, lang));
  fillPickers();
  const b = $('lang');
  b.textContent = t('switchTo', lang);
  // The switch is labelled in the other language: say which, for screen readers.
  b.lang = lang === 'vi' ? 'en' : 'vi';
  b.setAttribute('aria-label', t('switchLabel', lang));
  render();
}

let busy = false;

/**
 * While a command runs the buttons are marked aria-disabled instead of disabled:
 * a disabled button drops keyboard focus to the page, an aria-disabled one keeps it.
 */
function setBusy(on: boolean): void {
  busy = on;
  for (const b of Array.from(document.querySelectorAll<HTMLButtonElement>('[data-cmd]'))) b.setAttribute('aria-disabled', String(on));
  $('progress-wrap').hidden = !on && $<HTMLProgressElement>('progress').value >= 100;
}

const progress: ProgressFn = (fraction, vi, en) => {
  $('progress-wrap').hidden = false;
  $<HTMLProgressElement>('progress').value = Math.round(fraction * 100);
  const s = $('status');
  s.className = 'status';
  s.textContent = lang === 'vi' ? vi : en;
};

// ---- pickers: lists of month names (or quarters, halves) and years, in the pane's language ----

const option = (value: string, text: string): HTMLOptionElement => Object.assign(document.createElement('option'), { value, textContent: text });

/** Refills a list keeping what is chosen (the first entry when that is gone). */
function refill(select: HTMLSelectElement, options: HTMLOptionElement[]): void {
  const chosen = select.value;
  select.replaceChildren(...options);
  if (options.some((o) => o.value === chosen)) select.value = chosen;
}

/** Years around this one: planning looks ahead, summaries look back. */
function years(): HTMLOptionElement[] {
  const now = new Date().getFullYear();
  const list: HTMLOptionElement[] = [];
  for (let y = now - 6; y <= now + 3; y++) list.push(option(String(y), String(y)));
  return list;
}

function fillPickers(): void {
  const thisYear = String(new Date().getFullYear());
  const fromMonth = $<HTMLSelectElement>('from-month');
  refill(fromMonth, [option('', t('planFromNext', lang)), ...PERIOD_PICKER_CHOICES.month[lang].map((m, i) => option(String(i + 1), m))]);
  const fromYear = $<HTMLSelectElement>('from-year');
  refill(fromYear, years());
  if (!fromYear.value || fromYear.selectedIndex < 0) fromYear.value = thisYear;
  fromYear.hidden = !fromMonth.value;
  const kind = $<HTMLSelectElement>('period').value;
  const hasIndex = kind === 'month' || kind === 'quarter' || kind === 'half';
  $('period-index-field').hidden = !hasIndex;
  $('period-year-field').hidden = !kind || kind === 'text';
  $('period-value-field').hidden = kind !== 'text';
  if (hasIndex) refill($<HTMLSelectElement>('period-index'), PERIOD_PICKER_CHOICES[kind][lang].map((c, i) => option(String(i + 1), c)));
  const periodYear = $<HTMLSelectElement>('period-year');
  refill(periodYear, years());
  if (!periodYear.value) periodYear.value = thisYear;
}

/** The month to plan from, `YYYY-MM`, or undefined for the session's default (the month after the last record). */
function planFrom(): string | undefined {
  const m = $<HTMLSelectElement>('from-month').value;
  return m ? `${$<HTMLSelectElement>('from-year').value}-${m.padStart(2, '0')}` : undefined;
}

function periodSpec(): string | undefined {
  const kind = $<HTMLSelectElement>('period').value;
  if (!kind) return undefined;
  // The clerk's own words ("quý I/2025", "từ 01/2025 đến 03/2025") go to the core's period reader as typed.
  if (kind === 'text') return $<HTMLInputElement>('period-value').value.trim() || undefined;
  return pickedPeriodSpec(kind as 'month', Number($<HTMLSelectElement>('period-year').value), Number($<HTMLSelectElement>('period-index').value));
}

async function run(cmd: string): Promise<void> {
  if (busy) return;
  setBusy(true);
  lastError = null;
  progress(0, t('progress.start', 'vi'), t('progress.start', 'en'));
  try {
    const base = { onProgress: progress };
    if (cmd === 'validate') last = await validateCommand(host, { ...base, highlight: $<HTMLInputElement>('highlight').checked, dropdowns: $<HTMLInputElement>('dropdowns').checked });
    else if (cmd === 'plan') last = await planCommand(host, { ...base, from: planFrom(), months: Number($<HTMLInputElement>('months').value) || 12 });
    else if (cmd === 'summarize') last = await summarizeCommand(host, { ...base, period: periodSpec(), calendar: $<HTMLInputElement>('calendar').checked });
    else if (cmd === 'template') last = await templateCommand(host, base);
    else if (cmd === 'clear') last = await clearMarksCommand(host);
    progress(1, t('progress.done', 'vi'), t('progress.done', 'en'));
  } catch (e) {
    lastError = { vi: errorMessage(e, 'vi'), en: errorMessage(e, 'en') };
  } finally {
    setBusy(false);
    render();
  }
}

/** Re-reads the ribbon's result: the ribbon runs in its own runtime, so the pane's settings copy is refreshed first. */
function refreshRibbonResult(): void {
  const load = () => {
    ribbon = parseRibbonResult(host.settings.get(LAST_RESULT_SETTING));
    renderRibbon();
  };
  const settings = Office.context.document?.settings as (Office.Settings & { refreshAsync?: Office.Settings['refreshAsync'] }) | undefined;
  if (settings?.refreshAsync) settings.refreshAsync(() => load());
  else load();
}

function renderRibbon(): void {
  const box = $('ribbon-last');
  box.hidden = ribbon === null;
  if (!ribbon) return;
  const { title, lines } = ribbonResultText(ribbon, lang);
  const p = $('ribbon-title');
  p.className = ribbon.ok ? 'status' : 'status error';
  p.textContent = title;
  $('ribbon-lines').replaceChildren(...lines.map((l) => Object.assign(document.createElement('li'), { textContent: l })));
}

function render(): void {
  renderRibbon();
  const status = $('status');
  if (lastError) {
    status.className = 'status error';
    status.textContent = `${t('failed', lang)}: ${lastError[lang]}`;
  }
  if (!last) return;
  $('out').hidden = false;
  const ul = $('messages');
  ul.replaceChildren(...last.messages.map((m) => Object.assign(document.createElement('li'), { textContent: m[lang] })));
  const n = $('narrative');
  n.hidden = !last.narrative?.vi;
  n.textContent = last.narrative ? last.narrative[lang] : '';
  renderFindings(last.findings);
}

function renderFindings(findings: readonly Finding[]): void {
  const box = $('findings');
  box.replaceChildren();
  if (!findings.length) {
    if (last && last.summary.errors + last.summary.warnings === 0 && last.written.length) box.append(Object.assign(document.createElement('p'), { textContent: t('noFindings', lang) }));
    return;
  }
  const bySheet = new Map<string, Finding[]>();
  for (const f of findings) {
    const list = bySheet.get(f.sheet) ?? [];
    list.push(f);
    bySheet.set(f.sheet, list);
  }
  for (const [sheet, list] of bySheet) {
    const details = document.createElement('details');
    details.className = 'sheet';
    const errors = list.filter((f) => f.severity === 'error').length;
    // Open the sheets with errors (or the first sheet), so the clerk sees what to fix first.
    details.open = bySheet.size <= 3 || errors > 0 || box.childElementCount === 0;
    const summary = document.createElement('summary');
    summary.append(Object.assign(document.createElement('span'), { translate: false, textContent: sheet }), ' ', Object.assign(document.createElement('span'), { className: 'counts', textContent: `(${t('count.errors', lang, { n: errors })}, ${t('count.warnings', lang, { n: list.length - errors })})` }));
    const ul = document.createElement('ul');
    ul.className = 'findings';
    list.sort((a, b) => (a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1));
    for (const f of list.slice(0, MAX_PER_SHEET)) {
      const li = document.createElement('li');
      const b = document.createElement('button');
      b.type = 'button';
      b.dataset.sheet = f.sheet;
      b.dataset.cell = f.cell;
      // The code is for support: on hover, not after the message.
      b.title = t('findingCode', lang, { code: f.code });
      b.dataset.code = f.code;
      b.setAttribute('aria-label', `${t('goTo', lang)} ${f.sheet}!${f.cell}: ${lang === 'vi' ? f.message : f.messageEn}`);
      b.append(
        Object.assign(document.createElement('span'), { className: `sev ${f.severity}`, textContent: t(f.severity, lang) }),
        Object.assign(document.createElement('span'), { className: 'cell', textContent: f.cell }),
        lang === 'vi' ? f.message : f.messageEn,
      );
      const sug = lang === 'vi' ? f.suggestion : f.suggestionEn;
      if (sug) b.append(Object.assign(document.createElement('span'), { className: 'suggestion', textContent: sug }));
      b.addEventListener('click', () => void selectFindingCommand(host, { sheet: f.sheet, cell: f.cell }).catch((e: Error) => {
        lastError = { vi: errorMessage(e, 'vi'), en: errorMessage(e, 'en') };
        render();
      }));
      li.append(b);
      ul.append(li);
    }
    details.append(summary, ul);
    if (list.length > MAX_PER_SHEET) details.append(Object.assign(document.createElement('p'), { textContent: t('more', lang, { n: list.length - MAX_PER_SHEET }) }));
    box.append(details);
  }
}

/** The ES5 loader of the page (loader.js): shows why the add-in cannot run, in the page's role="alert" element. */
const loader = (window as unknown as { giaobanLoader?: { fail(reason: string): void; ready(): void } }).giaobanLoader;

void Office.onReady((info) => {
  // Opened in a browser outside Excel (office.js loads but there is no host): say so, show no dead buttons.
  if (!info?.host || !Office.context?.requirements?.isSetSupported('ExcelApi', '1.1')) {
    loader?.fail('outside');
    return;
  }
  host = officeHost();
  if (/^en/i.test(Office.context.displayLanguage ?? '')) lang = 'en';
  for (const b of Array.from(document.querySelectorAll<HTMLButtonElement>('[data-cmd]'))) b.addEventListener('click', () => void run(b.dataset.cmd!));
  $('lang').addEventListener('click', () => {
    lang = lang === 'vi' ? 'en' : 'vi';
    applyLanguage();
  });
  $('period').addEventListener('change', fillPickers);
  $('from-month').addEventListener('change', fillPickers);
  applyLanguage();
  // A ribbon button may have run before the pane opened, or runs while it is open.
  refreshRibbonResult();
  const settingsChanged = (Office as { EventType?: { SettingsChanged?: Office.EventType } }).EventType?.SettingsChanged;
  const settings = Office.context.document?.settings as Partial<Office.Settings> | undefined;
  if (settingsChanged && settings?.addHandlerAsync) settings.addHandlerAsync(settingsChanged, () => refreshRibbonResult());
  window.addEventListener('focus', () => refreshRibbonResult());
  loader?.ready();
});
