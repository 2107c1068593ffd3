/**
 * The page's side of the roll-up ("Tổng hợp nhiều sổ"): several workbooks, or
 * a folder, chosen or dropped at once; each is sent to the worker in turn
 * (only the unit's figures stay there); then the provincial table, the
 * paragraph and the findings by file are shown, and the roll-up workbook and
 * the report can be downloaded. Every figure comes from the worker.
 */
import type { RollupFinding } from '@giaoban/core';
import { isSpreadsheetFileName } from '@giaoban/xlsx/any';
import { t, type Lang } from '../i18n.js';
import type { FileView, Request } from '../protocol.js';
import type { RollupFinished, RollupPageView } from './protocol.js';

type Body<R> = R extends unknown ? Omit<R, 'id'> : never;

/** What the page lends the roll-up panel. */
export interface RollupHost {
  call<T>(req: Body<Request>, transfer?: Transferable[], busy?: boolean): Promise<T>;
  lang(): Lang;
  showMessage(text: string | null, kind?: 'error' | 'info'): void;
  errorText(err: unknown): string;
  showPanel(): void;
  save(file: FileView): void;
  progress(fraction: number, text: string): void;
}

const $ = <T extends HTMLElement = HTMLElement>(id: string) => document.getElementById(id) as T;

let host: RollupHost;
let files: File[] = [];
let view: RollupPageView | null = null;

/** The workbooks among the files chosen (a folder brings its other files too; Excel's lock files are left out). */
function workbooksAmong(list: Iterable<File>): File[] {
  return [...list]
    .filter((f) => isSpreadsheetFileName(f.name))
    .sort((a, b) => pathOf(a).localeCompare(pathOf(b), 'vi', { numeric: true }));
}

/** Paths of the files taken out of a dropped folder (a dropped File has no webkitRelativePath). */
const droppedPaths = new WeakMap<File, string>();

/** The file's path within a chosen or dropped folder, else its name. */
function pathOf(f: File): string {
  return droppedPaths.get(f) ?? ((f as File & { webkitRelativePath?: string }).webkitRelativePath || f.name);
}

/** What was dropped: the files, and whether a folder was among them (a folder is a roll-up even of one workbook). */
export interface Dropped {
  files: File[];
  folder: boolean;
}

function fileOf(entry: FileSystemFileEntry): Promise<File> {
  return new Promise((resolve, reject) => entry.file(resolve, reject));
}

/** Every entry of a folder (readEntries gives them in batches until an empty one). */
async function entriesOf(dir: FileSystemDirectoryEntry): Promise<FileSystemEntry[]> {
  const reader = dir.createReader();
  const all: FileSystemEntry[] = [];
  for (;;) {
    const batch = await new Promise<FileSystemEntry[]>((resolve, reject) => reader.readEntries(resolve, reject));
    if (batch.length === 0) return all;
    all.push(...batch);
  }
}

/**
 * The files of a drop: files as they are; a dropped folder gives the files directly in it, as
 * `giaoban rollup <thư-mục>` reads a folder. Read the items at once, inside the drop event: the
 * browser empties them after it.
 */
export async function droppedFiles(dt: DataTransfer | null): Promise<Dropped> {
  if (!dt) return { files: [], folder: false };
  const entries = Array.from(dt.items ?? [], (item) => (item.kind === 'file' ? (item.webkitGetAsEntry?.() ?? null) : null));
  const plain = Array.from(dt.files);
  if (!entries.some((e) => e?.isDirectory)) return { files: plain, folder: false };
  const files: File[] = [];
  for (const entry of entries) {
    if (entry?.isFile) files.push(await fileOf(entry as FileSystemFileEntry));
    else if (entry?.isDirectory) {
      for (const inner of await entriesOf(entry as FileSystemDirectoryEntry)) {
        if (!inner.isFile) continue;
        const f = await fileOf(inner as FileSystemFileEntry);
        droppedPaths.set(f, `${entry.name}/${f.name}`);
        files.push(f);
      }
    }
  }
  return { files, folder: true };
}

function periodSpec(): string | null {
  const kind = $<HTMLSelectElement>('rollup-period').value;
  const value = $<HTMLInputElement>('rollup-period-value').value.trim();
  return kind && value ? `${kind}:${value}` : null;
}

/**
 * Rolls up `chosen`: sends each workbook to the worker, asks for the view (sending again the few
 * files the worker asks for, when no period is named), shows it.
 */
export async function rollUp(chosen: File[]): Promise<void> {
  files = workbooksAmong(chosen);
  view = null;
  host.showMessage(null);
  host.showPanel();
  render();
  if (files.length === 0) {
    host.showMessage(t('rollupNoWorkbook', host.lang()));
    return;
  }
  document.body.dataset.state = 'rolling-up';
  try {
    await host.call({ type: 'rollupBegin', spec: periodSpec(), calendar: $<HTMLInputElement>('rollup-calendar').checked });
    const send = async (indexes: number[]): Promise<void> => {
      for (const [n, i] of indexes.entries()) {
        host.progress(n / indexes.length, t('rollupReading', host.lang(), { n: n + 1, total: indexes.length, name: pathOf(files[i]!) }));
        const bytes = await files[i]!.arrayBuffer();
        await host.call<null>({ type: 'rollupAdd', index: i, name: pathOf(files[i]!), bytes }, [bytes], false);
      }
    };
    await send(files.map((_, i) => i));
    let finished = await host.call<RollupFinished>({ type: 'rollupFinish' });
    if (finished.recount) {
      await send(finished.recount);
      finished = await host.call<RollupFinished>({ type: 'rollupFinish' });
    }
    view = finished.view;
  } catch (err) {
    if (!(err as { cancelled?: boolean }).cancelled) host.showMessage(host.errorText(err));
    document.body.dataset.state = 'failed';
    return;
  } finally {
    host.progress(1, '');
  }
  render();
  document.body.dataset.state = 'rolled-up';
}

function cells(values: readonly string[], tag: 'td' | 'th'): HTMLTableRowElement {
  const tr = document.createElement('tr');
  for (const v of values) {
    const c = document.createElement(tag);
    c.textContent = v;
    tr.append(c);
  }
  return tr;
}

function findingsByFile(list: readonly RollupFinding[], lang: Lang): Node[] {
  const nodes: Node[] = [];
  let file: string | null | undefined;
  let ol: HTMLOListElement | null = null;
  for (const f of list) {
    if (f.file !== file || ol === null) {
      file = f.file;
      const h = document.createElement('h4');
      h.textContent = f.file ?? t('rollupWhole', lang);
      ol = document.createElement('ol');
      nodes.push(h, ol);
    }
    const li = document.createElement('li');
    li.className = `finding ${f.severity}`;
    const where = [lang === 'en' ? f.unitEn : f.unit, f.sheet ? `${t('rollupSheet', lang)} "${f.sheet}"` : null, f.cell].filter(Boolean).join(' · ');
    li.textContent = `${f.severity === 'error' ? t('rollupError', lang) : t('rollupWarning', lang)}${where ? ` — ${where}` : ''}: ${lang === 'en' ? f.messageEn : f.message}`;
    ol.append(li);
  }
  return nodes;
}

/** Shows the current roll-up (or the files chosen, while it runs) in the page's language. */
export function render(): void {
  const lang = host.lang();
  $('rollup-files').textContent = files.length ? t('rollupChosen', lang, { n: files.length }) : '';
  $('rollup-result').hidden = view === null;
  if (!view) return;
  $('rollup-label').textContent = t('rollupLabel', lang, {
    period: lang === 'en' ? view.labelEn : view.label,
    last: lang === 'en' ? view.lastYearLabelEn : view.lastYearLabel,
  });
  $('rollup-counts').textContent = t('rollupCounts', lang, { files: view.files, counted: view.counted, units: view.units });
  const table = view.table[lang];
  $('rollup-table').querySelector('thead')!.replaceChildren(cells(table.head, 'th'));
  const rows = table.rows.map((r, i) => {
    const tr = cells(r, 'td');
    if (view!.declines.includes(i)) tr.classList.add('decline');
    if (view!.overdue.includes(i)) tr.classList.add('overdue');
    return tr;
  });
  const total = cells(table.total, 'td');
  total.className = 'total';
  $('rollup-table').querySelector('tbody')!.replaceChildren(...rows, total);
  $('rollup-paragraph').textContent = lang === 'en' ? view.narrativeEn : view.narrative;
  $('rollup-findings').replaceChildren(...findingsByFile(view.findings, lang));
  $('rollup-findings-count').textContent = t('rollupFindingsCount', lang, { n: view.findings.length });
}

async function download(type: 'rollupXlsx' | 'rollupDocx'): Promise<void> {
  try {
    host.save(await host.call<FileView>({ type }));
  } catch (err) {
    if (!(err as { cancelled?: boolean }).cancelled) host.showMessage(host.errorText(err));
  }
}

/** Wires the roll-up's inputs and buttons. */
export function initRollup(h: RollupHost): void {
  host = h;
  for (const id of ['rollup-input', 'rollup-folder']) {
    const input = $<HTMLInputElement>(id);
    input.addEventListener('change', () => {
      const chosen = Array.from(input.files ?? []);
      input.value = '';
      if (chosen.length) void rollUp(chosen);
    });
  }
  $('rollup-form').addEventListener('submit', (e) => {
    e.preventDefault();
    if (files.length) void rollUp(files);
  });
  $('rollup-period').addEventListener('change', () => {
    $('rollup-period-value-field').hidden = !$<HTMLSelectElement>('rollup-period').value;
  });
  $('rollup-xlsx').addEventListener('click', () => void download('rollupXlsx'));
  $('rollup-docx').addEventListener('click', () => void download('rollupDocx'));
  $('rollup-copy').addEventListener('click', () => void navigator.clipboard?.writeText($('rollup-paragraph').textContent ?? '').catch(() => undefined));
}
