/**
 * An in-memory Excel for tests: workbook, worksheets, ranges with values and
 * number formats, used ranges, and the Office.js batching model — every call
 * is queued, nothing is read until `context.sync()`, and reading a property
 * that was not loaded (or before the sync) throws `PropertyNotLoaded` exactly
 * like Excel. Each sync is accounted: request bytes counted as Microsoft's
 * client serialises the batch (object paths, Instantiate and `_KeepReference`
 * actions, ids; `test/addin/requestBudget.test.ts` holds this to the real
 * client, see realExcelClient.ts), the clean-up request `Excel.run` sends for
 * the ranges it kept, response bytes, cells read and written. Requests above
 * the payload limit fail like Excel on the web (`RequestPayloadSizeLimitExceeded`).
 *
 * Feature gating follows the configured ExcelApi version and the same table
 * the requirement-set test uses (excelApiSets.json, generated from the
 * `[Api set: …]` remarks of @types/office-js): every member, setter,
 * parameter, load path and object-literal key above the host's version throws
 * `ApiNotFound`, as Excel 2016 (ExcelApi 1.1) does at the latest on sync.
 *
 * Also modelled, because real workbooks have them: formatting-only used
 * ranges (`getUsedRange()` counts formatted empty cells, `getUsedRange(true)`
 * does not), sheet and workbook protection (`AccessDenied`), hidden sheets
 * (cannot be activated or selected), table names unique without regard to
 * case, and one copy of the document settings per runtime (the ribbon's and
 * the task pane's), saved whole by `saveAsync` and reloaded by `refreshAsync`.
 *
 * @example
 * ```ts
 * const host = new FakeExcelHost({ apiVersion: '1.1' });
 * host.addSheet('Sổ', [['Ngày', 'Xã'], [43115, 'Nà Khoa']]);
 * await host.run(async (ctx) => { const r = ctx.workbook.worksheets.getItem('Sổ').getUsedRange(); r.load('values'); await ctx.sync(); });
 * host.stats.syncs; // 1
 * ```
 */
import apiTable from './excelApiSets.json';
import { columnLetter, columnNumber } from '@giaoban/core';

export type FakeCellValue = string | number | boolean | null;

interface ApiEntry { api: string; set?: string; type?: string; params?: Record<string, string>; paramOrder?: string[]; method?: boolean }
const MEMBERS = (apiTable as { members: Record<string, ApiEntry> }).members;

/** One stored cell. `formula` is set when Excel would have parsed the text as a formula. */
export interface FakeCell {
  value: FakeCellValue;
  numberFormat: string;
  formula?: string;
}

export interface FakeSheet {
  id: number;
  name: string;
  visibility: 'Visible' | 'Hidden' | 'VeryHidden';
  /** Row-major cells; missing rows/cells are blank. */
  cells: (FakeCell | undefined)[][];
  merges: string[];
  /** Formatting operations applied, in order: `{ address, key, value }`. */
  formats: { address: string; key: string; value: unknown }[];
  tables: { name: string; address: string; style?: string }[];
  charts: { type: string; source: string; title?: string }[];
  conditionalFormats: { address: string; formula: string; fill?: string }[];
  validations: { address: string; rule: unknown }[];
  hyperlinks: { address: string; documentReference?: string; address2?: string; text?: string }[];
  freeze?: { rows: number; cols: number };
  pageLayout: Record<string, unknown>;
  /** Empty cells that carry formatting only (borders, fills): in `getUsedRange()`, not in `getUsedRange(true)`. */
  formatOnly: Box[];
  /** Whole-column number formats, by 0-based column. */
  columnFormats: Record<number, string>;
  /** Sheet protection: every write to its cells fails with AccessDenied. */
  protected: boolean;
}

export interface FakeStats {
  syncs: number;
  /** Request bytes of every sync, in order. */
  requestBytes: number[];
  responseBytes: number[];
  /** Bytes of the clean-up request after each run that kept ranges. */
  cleanupBytes: number[];
  cellsRead: number;
  cellsWritten: number;
}

export interface FakeExcelOptions {
  /** Highest ExcelApi minor version supported, e.g. `'1.1'` (Office 2016) or `'1.17'`. Default `'1.17'`. */
  apiVersion?: string;
  /** Payload limit of one request (the clean-up request included) or response, in bytes. Default 4 MB: under Excel on the web's 5 MB with room to spare. */
  payloadLimit?: number;
  date1904?: boolean;
}

/** Error thrown like Office.js's `OfficeExtension.Error`. */
export class FakeOfficeError extends Error {
  constructor(public readonly code: string, message: string) {
    super(message);
    this.name = 'RichApi.Error';
  }
}

// ---------- A1 helpers ----------
/** Column letters of a 0-based column index (the fake's own indexing), from the core's 1-based helper. */
export function colLetters(col: number): string {
  return columnLetter(col + 1);
}
/** 0-based column index of letters; past XFD is out of the sheet, as in Excel. */
function colIndex(letters: string): number {
  const n = columnNumber(letters);
  if (n === null) throw new FakeOfficeError('InvalidArgument', `Cột không hợp lệ: ${letters}`);
  return n - 1;
}
export interface Box { r0: number; c0: number; rows: number; cols: number }
const MAX_ROWS = 1048576;
const MAX_COLS = 16384;
function parseAddress(addr: string): Box {
  const local = addr.includes('!') ? addr.slice(addr.lastIndexOf('!') + 1) : addr;
  const parts = local.replace(/\$/g, '').toUpperCase().split(':');
  const one = (p: string) => {
    const m = /^([A-Z]*)(\d*)$/.exec(p);
    if (!m || (!m[1] && !m[2])) throw new FakeOfficeError('InvalidArgument', `Địa chỉ không hợp lệ: ${addr}`);
    return { c: m[1] ? colIndex(m[1]) : -1, r: m[2] ? Number(m[2]) - 1 : -1 };
  };
  const a = one(parts[0]!);
  const b = one(parts[1] ?? parts[0]!);
  const r0 = a.r < 0 ? 0 : a.r, r1 = b.r < 0 ? MAX_ROWS - 1 : b.r;
  const c0 = a.c < 0 ? 0 : a.c, c1 = b.c < 0 ? MAX_COLS - 1 : b.c;
  if (r1 < r0 || c1 < c0 || r1 >= MAX_ROWS || c1 >= MAX_COLS) throw new FakeOfficeError('InvalidArgument', `Địa chỉ không hợp lệ: ${addr}`);
  return { r0: Math.min(r0, r1), c0: Math.min(c0, c1), rows: r1 - r0 + 1, cols: c1 - c0 + 1 };
}
function boxAddress(b: Box): string {
  const tl = `${colLetters(b.c0)}${b.r0 + 1}`;
  return b.rows === 1 && b.cols === 1 ? tl : `${tl}:${colLetters(b.c0 + b.cols - 1)}${b.r0 + b.rows}`;
}
function quoteSheet(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

// ---------- the batching machinery ----------
interface Op {
  desc: unknown;
  run: () => void;
}

function parseProps(props: string | string[] | Record<string, unknown> | undefined): string[] {
  if (props === undefined) return [];
  if (Array.isArray(props)) return props.flatMap((p) => p.split(',')).map((p) => p.trim()).filter(Boolean);
  if (typeof props === 'string') return props.split(',').map((p) => p.trim()).filter(Boolean);
  return Object.keys(props);
}

/** Base of every proxy: queued loads and guarded property reads. */
abstract class FakeProxy<T> {
  protected readonly loadedProps = new Map<string, unknown>();
  private target: T | undefined;
  constructor(protected readonly ctx: FakeRequestContext, private readonly resolver: () => T, protected readonly path: string, readonly apiClass: string) {
    ctx.notePath(path);
    // Every member access goes through the requirement-set table.
    return apiGuard(this, apiClass, ctx.host);
  }
  /** Resolves the real object at sync time (memoised like an Office.js object id). */
  resolve(): T {
    if (this.target === undefined) this.target = this.resolver();
    return this.target;
  }
  protected get<V>(prop: string): V {
    if (!this.loadedProps.has(prop)) {
      throw new FakeOfficeError(
        'PropertyNotLoaded',
        `The property '${prop}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
      );
    }
    return this.loadedProps.get(prop) as V;
  }
  protected abstract readProp(target: T, prop: string): unknown;
  load(props?: string | string[] | Record<string, unknown>): this {
    const list = parseProps(props);
    for (const p of list) this.ctx.host.requirePath(this.apiClass, p);
    this.ctx.enqueue({ o: this.path, load: list }, () => {
      const t = this.resolve();
      for (const p of list) {
        const v = this.readProp(t, p);
        this.loadedProps.set(p, v);
        this.ctx.noteResponse(v);
      }
    });
    return this;
  }
  protected queueSet(prop: string, value: unknown, apply: (t: T) => void): void {
    this.ctx.enqueue({ o: this.path, set: prop, v: value }, () => apply(this.resolve()));
  }
}

/**
 * Wraps an API object so that reading, setting or calling a member checks its
 * requirement set (and a method's parameters, and an object literal's keys).
 */
export function apiGuard<O extends object>(obj: O, cls: string, host: FakeExcelHost): O {
  return new Proxy(obj, {
    get(t, p, recv) {
      const v = Reflect.get(t, p, recv);
      if (typeof p !== 'string') return v;
      const e = MEMBERS[`${cls}.${p}`];
      if (!e) return v;
      host.require(e.api, `${cls}.${p}`);
      if (e.method && e.params && typeof v === 'function') {
        return (...args: unknown[]) => {
          e.paramOrder?.forEach((name, i) => {
            if (args[i] !== undefined && e.params![name]) host.require(e.params![name]!, `${cls}.${p}(${name})`);
          });
          return (v as (...a: unknown[]) => unknown).apply(recv, args);
        };
      }
      return v;
    },
    set(t, p, v, recv) {
      if (typeof p === 'string') {
        const e = MEMBERS[`${cls}.${p}`];
        if (e) {
          host.require(e.set ?? e.api, `${cls}.${p} (set)`);
          if (e.type && v && typeof v === 'object' && !Array.isArray(v)) host.requireLiteral(e.type, v as Record<string, unknown>);
        }
      }
      return Reflect.set(t, p, v, recv);
    },
  });
}

/**
 * Request size as the real client serialises a batch (see realExcelClient.ts, which measures it):
 * every object named is a path plus two Instantiate actions, every range still tracked at the sync a
 * `_KeepReference` action (and one `_RemoveReference` in the clean-up request after the run), every
 * operation an action with its arguments; ids grow through a run, so they are counted at seven digits.
 */
const WIRE_ID = 1_234_567;
const wireJson = (v: unknown): number => utf8Bytes(JSON.stringify(v));
const INSTANTIATE_BYTES = wireJson({ Id: WIRE_ID, ActionType: 1, Name: '', ObjectPathId: WIRE_ID }) + 1;
const PATH_BYTES = (name: string, arg: string) => wireJson({ Id: WIRE_ID, ObjectPathType: 3, Name: name, ParentObjectPathId: WIRE_ID, ArgumentInfo: { Arguments: [arg] }, D: true }) + 20 + 2 * INSTANTIATE_BYTES;
const NAVIGATION_BYTES = PATH_BYTES('ConditionalFormats', '');
const KEEP_REFERENCE_BYTES = wireJson({ Id: WIRE_ID, ActionType: 3, Name: '_KeepReference', ObjectPathId: WIRE_ID, ArgumentInfo: { Arguments: [] } }) + 1 + INSTANTIATE_BYTES;
const REMOVE_REFERENCE_BYTES = wireJson({ Id: WIRE_ID, ActionType: 3, Name: '_RemoveReference', ObjectPathId: WIRE_ID, ArgumentInfo: { Arguments: ['{00000000-0000-0000-0000-000000000000}'] }, L: [WIRE_ID] }) + 1;
/** The client (ExcelApi 1.3 on) sends an array of more than 1,500 cells in row chunks, each with three range paths of its own. */
const CHUNK_BYTES = 3 * PATH_BYTES('GetBoundingRect', String(WIRE_ID)) + wireJson({ Id: WIRE_ID, ActionType: 4, Name: 'NumberFormat', ObjectPathId: WIRE_ID, ArgumentInfo: { Arguments: [] }, L: [WIRE_ID] });

export class FakeRequestContext {
  private queue: Op[] = [];
  private responseBytes = 0;
  /** Bytes of the object paths named since the last sync. */
  private pathBytes = 0;
  /** Ranges named since the last sync (tracked ones cost a `_KeepReference`). */
  private newRanges: { tracked: boolean }[] = [];
  /** Ranges kept over the run: `Excel.run` removes each in its clean-up request. */
  keptRanges = 0;
  readonly workbook: FakeWorkbook;
  /** `context.trackedObjects`: `remove` is what `range.untrack()` does. */
  readonly trackedObjects = { add: (o: { track?: () => unknown }) => void o.track?.(), remove: (o: { untrack?: () => unknown }) => void o.untrack?.() };
  constructor(readonly host: FakeExcelHost) {
    this.workbook = apiGuard(new FakeWorkbook(this), 'Workbook', host);
  }
  enqueue(desc: unknown, run: () => void): void {
    this.queue.push({ desc, run });
  }
  /** An object named by a method or indexer (its path is the fake's path text: the argument is its last part). */
  notePath(path: string): void {
    this.pathBytes += PATH_BYTES('GetRange', path.slice(Math.max(path.lastIndexOf('!'), path.lastIndexOf(':'), path.lastIndexOf('.')) + 1));
  }
  /** A navigation property (format, fill, dataValidation…): a path of its own. */
  noteNavigation(count: number): void {
    this.pathBytes += count * NAVIGATION_BYTES;
  }
  noteRange(r: { tracked: boolean }): void {
    this.newRanges.push(r);
  }
  /** The batch as the client would serialise it (ids at seven digits). */
  private wireBytes(ops: Op[]): number {
    let bytes = 400 + this.pathBytes; // the body's frame and the message around it
    for (const r of this.newRanges) if (r.tracked) bytes += KEEP_REFERENCE_BYTES;
    for (const { desc } of ops) {
      const d = desc as { o?: string; set?: string; v?: unknown; m?: string; a?: unknown[]; load?: string[] };
      const action = d.load
        ? { Id: WIRE_ID, ActionType: 2, Name: '', ObjectPathId: WIRE_ID, QueryInfo: { Select: d.load }, L: [WIRE_ID] }
        : { Id: WIRE_ID, ActionType: d.set ? 4 : 3, Name: d.set ?? d.m ?? '', ObjectPathId: WIRE_ID, ArgumentInfo: { Arguments: d.set ? [d.v] : d.a ?? [] }, L: [WIRE_ID] };
      bytes += wireJson(action) + 1;
      const cells = Array.isArray(d.v) && Array.isArray(d.v[0]) ? d.v.length * (d.v[0] as unknown[]).length : 0;
      if (cells > 1_500 && this.host.supports('1.3')) bytes += Math.ceil(cells / 1_500) * CHUNK_BYTES + KEEP_REFERENCE_BYTES;
    }
    return bytes;
  }
  noteResponse(v: unknown): void {
    this.responseBytes += v === undefined ? 0 : JSON.stringify(v).length;
  }
  /** Sends the queued batch: payload accounting, then operations in order; stops at the first failure like Excel. */
  async sync(): Promise<void> {
    const ops = this.queue;
    this.queue = [];
    const bytes = this.wireBytes(ops);
    this.keptRanges += this.newRanges.filter((r) => r.tracked).length;
    this.pathBytes = 0;
    this.newRanges = [];
    const s = this.host.stats;
    s.syncs++;
    s.requestBytes.push(bytes);
    if (bytes > this.host.payloadLimit) {
      s.responseBytes.push(0);
      throw new FakeOfficeError('RequestPayloadSizeLimitExceeded', `The request payload size has exceeded the limit (${bytes} bytes).`);
    }
    this.responseBytes = 0;
    try {
      for (const op of ops) op.run();
    } finally {
      s.responseBytes.push(this.responseBytes);
    }
    if (this.responseBytes > this.host.payloadLimit) {
      throw new FakeOfficeError('ResponsePayloadSizeLimitExceeded', `The response payload size has exceeded the limit (${this.responseBytes} bytes).`);
    }
    await Promise.resolve();
  }
  get pending(): number {
    return this.queue.length;
  }
  /** Bytes of the request `Excel.run` sends after the batch: one `_RemoveReference` per kept range (0: none sent). */
  cleanupBytes(): number {
    return this.keptRanges ? 60 + this.keptRanges * REMOVE_REFERENCE_BYTES : 0;
  }
}

class FakeWorkbook {
  readonly worksheets: FakeWorksheets;
  readonly functions: FakeFunctions;
  constructor(private readonly ctx: FakeRequestContext) {
    this.worksheets = new FakeWorksheets(ctx);
    this.functions = apiGuard(new FakeFunctions(ctx), 'Functions', ctx.host);
  }
  get protection(): FakeProtection {
    return new FakeProtection(this.ctx, () => ({ protected: this.ctx.host.workbookProtected }), 'workbook.protection', 'WorkbookProtection');
  }
  getSelectedRange(): FakeRange {
    const h = this.ctx.host;
    return new FakeRange(this.ctx, () => {
      const sel = h.selection;
      const sheet = sel ? h.sheet(sel.sheet) : h.sheets[0]!;
      return { sheet, box: parseAddress(sel?.address ?? 'A1') };
    }, 'selection');
  }
}

/** `workbook.functions` (ExcelApi 1.2); only DATE is needed (to detect the 1904 date system). */
class FakeFunctions {
  constructor(private readonly ctx: FakeRequestContext) {}
  date(y: number, m: number, d: number): FakeFunctionResult {
    return new FakeFunctionResult(this.ctx, () => {
      const days = Math.round((Date.UTC(y, m - 1, d) - Date.UTC(1899, 11, 30)) / 86400000);
      return this.ctx.host.date1904 ? days - 1462 : days;
    });
  }
}
class FakeFunctionResult extends FakeProxy<number> {
  constructor(ctx: FakeRequestContext, compute: () => number) {
    super(ctx, compute, 'functions.date', 'FunctionResult');
  }
  get value(): number {
    return this.get('value');
  }
  protected readProp(t: number, prop: string): unknown {
    return prop === 'value' ? t : undefined;
  }
}

/** `workbook.protection` (1.7) / `worksheet.protection` (1.2): whether it is protected. */
class FakeProtection extends FakeProxy<{ protected: boolean }> {
  get protected(): boolean {
    return this.get('protected');
  }
  protected readProp(t: { protected: boolean }, prop: string): unknown {
    return prop === 'protected' ? t.protected : undefined;
  }
}

class FakeWorksheets extends FakeProxy<FakeSheet[]> {
  private itemsCache: FakeWorksheet[] | undefined;
  constructor(ctx: FakeRequestContext) {
    super(ctx, () => ctx.host.sheets, 'worksheets', 'WorksheetCollection');
  }
  override resolve(): FakeSheet[] {
    return this.ctx.host.sheets; // never memoised: the collection changes
  }
  get items(): FakeWorksheet[] {
    this.get('items');
    return this.itemsCache!;
  }
  protected readProp(t: FakeSheet[], prop: string): unknown {
    if (prop === 'items' || prop.startsWith('items/')) {
      const sub = prop.startsWith('items/') ? prop.slice(6) : 'name';
      // One load of several item properties ("items/name,items/visibility") fills one set of items.
      if (!this.itemsCache || this.itemsCache.length !== t.length || this.itemsCache.some((w, i) => w.resolve() !== t[i])) {
        this.itemsCache = t.map((s) => new FakeWorksheet(this.ctx, () => s, `ws#${s.id}`));
      }
      this.itemsCache.forEach((ws, i) => ws.preload(sub, t[i]!));
      this.loadedProps.set('items', true);
      return t.map((s) => ({ [sub]: (s as unknown as Record<string, unknown>)[sub] }));
    }
    return undefined;
  }
  override load(props?: string | string[] | Record<string, unknown>): this {
    // `load('items/name')` and `load('name')` on a collection both mean the items' names.
    const list = parseProps(props).map((p) => (p.startsWith('items') ? p : `items/${p}`));
    return super.load(list.length ? list : ['items/name']);
  }
  getItem(name: string): FakeWorksheet {
    return new FakeWorksheet(this.ctx, () => {
      // Excel's getItem takes a sheet's name or its id.
      const s = this.ctx.host.sheets.find((x) => x.name.toLowerCase() === name.toLowerCase() || FakeExcelHost.sheetId(x.id) === name);
      if (!s) throw new FakeOfficeError('ItemNotFound', `Không có trang tính "${name}".`);
      return s;
    }, `ws:${name}`);
  }
  add(name?: string): FakeWorksheet {
    let created: FakeSheet | undefined;
    const ws = new FakeWorksheet(this.ctx, () => {
      if (!created) throw new FakeOfficeError('InvalidOperation', 'Sheet not created yet');
      return created;
    }, `ws+${name}`);
    this.ctx.enqueue({ o: 'worksheets', m: 'add', a: [name] }, () => {
      this.ctx.host.assertStructureEditable();
      created = this.ctx.host.createSheet(name ?? `Sheet${this.ctx.host.sheets.length + 1}`);
    });
    return ws;
  }
  getActiveWorksheet(): FakeWorksheet {
    return new FakeWorksheet(this.ctx, () => this.ctx.host.sheet(this.ctx.host.activeSheet ?? this.ctx.host.sheets[0]!.name), 'ws:active');
  }
}

class FakeWorksheet extends FakeProxy<FakeSheet> {
  constructor(ctx: FakeRequestContext, resolver: () => FakeSheet, path: string) {
    super(ctx, resolver, path, 'Worksheet');
  }
  preload(prop: string, s: FakeSheet): void {
    this.loadedProps.set(prop, this.readProp(s, prop));
  }
  get name(): string {
    return this.get('name');
  }
  set name(v: string) {
    this.queueSet('name', v, (t) => {
      this.ctx.host.assertStructureEditable();
      this.ctx.host.rename(t, v);
    });
  }
  get visibility(): string {
    return this.get('visibility');
  }
  set visibility(v: 'Visible' | 'Hidden' | 'VeryHidden') {
    this.queueSet('visibility', v, (t) => {
      this.ctx.host.assertStructureEditable();
      if (v !== 'Visible' && this.ctx.host.sheets.filter((x) => x !== t && x.visibility === 'Visible').length === 0) throw new FakeOfficeError('InvalidOperation', 'Không thể ẩn trang hiển thị cuối cùng.');
      t.visibility = v;
    });
  }
  get position(): number {
    return this.get('position');
  }
  protected readProp(t: FakeSheet, prop: string): unknown {
    if (prop === 'name') return t.name;
    if (prop === 'visibility') return t.visibility;
    if (prop === 'position') return this.ctx.host.sheets.indexOf(t);
    if (prop === 'id') return FakeExcelHost.sheetId(t.id);
    return undefined;
  }
  getRange(address?: string): FakeRange {
    return new FakeRange(this.ctx, () => {
      const sheet = this.resolve();
      return { sheet, box: address ? parseAddress(address) : { r0: 0, c0: 0, rows: MAX_ROWS, cols: MAX_COLS } };
    }, `${this.path}!${address ?? '*'}`);
  }
  getUsedRange(valuesOnly?: boolean): FakeRange {
    return new FakeRange(this.ctx, () => {
      const sheet = this.resolve();
      return { sheet, box: usedBox(sheet, valuesOnly === true) ?? { r0: 0, c0: 0, rows: 1, cols: 1 } };
    }, `${this.path}!used`);
  }
  getCell(row: number, col: number): FakeRange {
    return new FakeRange(this.ctx, () => ({ sheet: this.resolve(), box: { r0: row, c0: col, rows: 1, cols: 1 } }), `${this.path}!cell(${row},${col})`);
  }
  delete(): void {
    this.ctx.enqueue({ o: this.path, m: 'delete' }, () => {
      this.ctx.host.assertStructureEditable();
      this.ctx.host.removeSheet(this.resolve());
    });
  }
  activate(): void {
    this.ctx.enqueue({ o: this.path, m: 'activate' }, () => {
      const t = this.resolve();
      if (t.visibility !== 'Visible') throw new FakeOfficeError('InvalidOperation', `Trang "${t.name}" đang ẩn, không kích hoạt được.`);
      this.ctx.host.activeSheet = t.name;
    });
  }
  get protection(): FakeProtection {
    return new FakeProtection(this.ctx, () => ({ protected: this.resolve().protected }), `${this.path}.protection`, 'WorksheetProtection');
  }
  get freezePanes(): unknown {
    this.ctx.noteNavigation(1);
    return apiGuard({
      freezeRows: (n: number) => this.queueSet('freezeRows', n, (t) => { t.freeze = { rows: n, cols: t.freeze?.cols ?? 0 }; }),
      freezeColumns: (n: number) => this.queueSet('freezeColumns', n, (t) => { t.freeze = { rows: t.freeze?.rows ?? 0, cols: n }; }),
      freezeAt: (a: string) => this.queueSet('freezeAt', a, (t) => { const b = parseAddress(a); t.freeze = { rows: b.r0 + b.rows, cols: b.c0 + b.cols }; }),
    }, 'WorksheetFreezePanes', this.ctx.host);
  }
  get pageLayout(): unknown {
    this.ctx.noteNavigation(1);
    const set = (k: string) => (v: unknown) => this.queueSet(`pageLayout.${k}`, v, (t) => { t.pageLayout[k] = v; });
    const obj: Record<string, unknown> = {
      setPrintTitleRows: (a: string) => set('printTitleRows')(a),
      setPrintArea: (a: string) => set('printArea')(a),
    };
    for (const k of ['orientation', 'paperSize', 'zoom', 'centerHorizontally', 'leftMargin', 'rightMargin', 'topMargin', 'bottomMargin']) Object.defineProperty(obj, k, { set: set(k), enumerable: true });
    return apiGuard(obj, 'PageLayout', this.ctx.host);
  }
  get tables(): FakeTables {
    return new FakeTables(this.ctx, () => this.resolve(), `${this.path}.tables`, 'TableCollection');
  }
  get charts(): unknown {
    this.ctx.noteNavigation(1);
    return apiGuard({
      add: (type: string, source: FakeRange, _seriesBy?: string) => {
        const rec = { type, source: '', title: undefined as string | undefined };
        this.ctx.enqueue({ o: this.path, m: 'charts.add', a: [type] }, () => {
          const r = source.resolve();
          rec.source = boxAddress(r.box);
          this.resolve().charts.push(rec);
        });
        return apiGuard({
          title: apiGuard({ set text(v: string) { rec.title = v; } }, 'ChartTitle', this.ctx.host),
          setPosition: (_a: string, _b?: string) => {},
          set top(_v: number) {}, set left(_v: number) {}, set width(_v: number) {}, set height(_v: number) {},
        }, 'Chart', this.ctx.host);
      },
    }, 'ChartCollection', this.ctx.host);
  }
}

/** `worksheet.tables`: add a table (names unique in the workbook, without regard to case), list names. */
class FakeTables extends FakeProxy<FakeSheet> {
  private names: { name: string }[] | undefined;
  get items(): { name: string }[] {
    this.get('items');
    return this.names!;
  }
  protected readProp(t: FakeSheet, prop: string): unknown {
    if (prop === 'items' || prop === 'items/name') {
      this.names = t.tables.map((x) => ({ name: x.name }));
      this.loadedProps.set('items', true);
      return this.names;
    }
    return undefined;
  }
  add(address: string, hasHeaders: boolean): { name: string; style: string } {
    const rec = { name: '', address, style: undefined as string | undefined };
    const host = this.ctx.host;
    this.ctx.enqueue({ o: this.path, m: 'tables.add', a: [address, hasHeaders] }, () => {
      const t = this.resolve();
      if (t.protected) throw new FakeOfficeError('AccessDenied', `Trang "${t.name}" đang được bảo vệ.`);
      const all = host.sheets.flatMap((s) => s.tables);
      rec.name = rec.name || `Table${all.length + 1}`;
      if (!/^[A-Za-z_\\][A-Za-z0-9_.]*$/.test(rec.name)) throw new FakeOfficeError('InvalidArgument', `Tên bảng không hợp lệ: ${rec.name}`);
      if (all.some((x) => x.name.toLowerCase() === rec.name.toLowerCase())) throw new FakeOfficeError('InvalidArgument', `Tên bảng trùng: ${rec.name}`);
      t.tables.push(rec);
    });
    return apiGuard({
      get name(): string { return rec.name; },
      set name(v: string) { rec.name = v; },
      get style(): string { return rec.style ?? ''; },
      set style(v: string) { rec.style = v; },
    }, 'Table', host);
  }
}

/**
 * The used range as Excel computes it: cells with a value, and — unless
 * `valuesOnly` — empty cells that carry formatting (a number format, a fill,
 * borders). Whole-column or whole-row formats do not count, as in Excel.
 */
function usedBox(sheet: FakeSheet, valuesOnly: boolean): Box | null {
  let r0 = Infinity, r1 = -1, c0 = Infinity, c1 = -1;
  const take = (b: Box) => {
    r0 = Math.min(r0, b.r0);
    r1 = Math.max(r1, b.r0 + b.rows - 1);
    c0 = Math.min(c0, b.c0);
    c1 = Math.max(c1, b.c0 + b.cols - 1);
  };
  sheet.cells.forEach((row, r) => {
    if (!row) return;
    for (let c = 0; c < row.length; c++) {
      const cell = row[c];
      if (!cell) continue;
      if ((cell.value !== null && cell.value !== '') || (!valuesOnly && cell.numberFormat !== 'General')) take({ r0: r, c0: c, rows: 1, cols: 1 });
    }
  });
  if (!valuesOnly) {
    for (const b of sheet.formatOnly) take(b);
    for (const f of sheet.formats) {
      const b = parseAddress(f.address);
      if (b.rows < MAX_ROWS && b.cols < MAX_COLS) take(b);
    }
  }
  return r1 < 0 ? null : { r0, c0, rows: r1 - r0 + 1, cols: c1 - c0 + 1 };
}

interface RangeTarget { sheet: FakeSheet; box: Box }

class FakeRange extends FakeProxy<RangeTarget> {
  tracked = true;
  constructor(ctx: FakeRequestContext, resolver: () => RangeTarget, path: string) {
    super(ctx, resolver, path, 'Range');
    ctx.noteRange(this);
  }
  get values(): FakeCellValue[][] { return this.get('values'); }
  set values(v: FakeCellValue[][]) {
    this.queueSet('values', v, (t) => {
      writable(t.sheet);
      this.ctx.host.writeValues(t, v);
    });
  }
  get numberFormat(): string[][] { return this.get('numberFormat'); }
  set numberFormat(v: string[][]) {
    this.queueSet('numberFormat', v, (t) => {
      writable(t.sheet);
      this.ctx.host.writeFormats(t, v);
    });
  }
  get formulas(): unknown[][] { return this.get('formulas'); }
  get text(): string[][] { return this.get('text'); }
  get address(): string { return this.get('address'); }
  get rowCount(): number { return this.get('rowCount'); }
  get columnCount(): number { return this.get('columnCount'); }
  get rowIndex(): number { return this.get('rowIndex'); }
  get columnIndex(): number { return this.get('columnIndex'); }
  protected readProp(t: RangeTarget, prop: string): unknown {
    const { sheet, box } = t;
    switch (prop) {
      case 'address': return `${quoteSheet(sheet.name)}!${boxAddress(box)}`;
      case 'rowCount': return box.rows;
      case 'columnCount': return box.cols;
      case 'rowIndex': return box.r0;
      case 'columnIndex': return box.c0;
      case 'values':
      case 'numberFormat':
      case 'formulas':
      case 'text': {
        const cells = box.rows * box.cols;
        if (cells > 5_000_000) throw new FakeOfficeError('InvalidOperation', `Vùng quá lớn (${cells} ô).`);
        this.ctx.host.stats.cellsRead += cells;
        const out: unknown[][] = [];
        for (let r = 0; r < box.rows; r++) {
          const row = sheet.cells[box.r0 + r];
          const line: unknown[] = new Array(box.cols);
          for (let c = 0; c < box.cols; c++) {
            const cell = row?.[box.c0 + c];
            line[c] = prop === 'numberFormat' ? cell?.numberFormat ?? 'General'
              : prop === 'formulas' ? cell?.formula ?? cell?.value ?? ''
              : prop === 'text' ? String(cell?.value ?? '')
              : cell?.value ?? '';
          }
          out.push(line);
        }
        return out;
      }
      case 'dataValidation/type':
        return sheet.validations.some((x) => overlaps(parseAddress(x.address), box)) ? 'List' : 'None';
      case 'format/fill/color':
        return this.ctx.host.fillOf(sheet, box);
      default:
        return undefined;
    }
  }
  getCell(row: number, col: number): FakeRange {
    return new FakeRange(this.ctx, () => {
      const t = this.resolve();
      return { sheet: t.sheet, box: { r0: t.box.r0 + row, c0: t.box.c0 + col, rows: 1, cols: 1 } };
    }, `${this.path}.cell(${row},${col})`);
  }
  getResizedRange(dRows: number, dCols: number): FakeRange {
    return new FakeRange(this.ctx, () => {
      const t = this.resolve();
      const box = { ...t.box, rows: t.box.rows + dRows, cols: t.box.cols + dCols };
      if (box.rows < 1 || box.cols < 1) throw new FakeOfficeError('InvalidArgument', 'Kích thước vùng không hợp lệ.');
      return { sheet: t.sheet, box };
    }, `${this.path}.resized(${dRows},${dCols})`);
  }
  /** Excel.run keeps a reference to every range it names unless untracked; the fake counts both (see sync accounting). */
  untrack(): this {
    this.tracked = false;
    return this;
  }
  track(): this {
    this.tracked = true;
    return this;
  }
  /** One row of this range (0-based), as Excel's getRow. */
  getRow(row: number): FakeRange {
    return new FakeRange(this.ctx, () => {
      const t = this.resolve();
      return { sheet: t.sheet, box: { r0: t.box.r0 + row, c0: t.box.c0, rows: 1, cols: t.box.cols } };
    }, `${this.path}.row(${row})`);
  }
  /** The smallest range holding this one and `other` (same sheet). */
  getBoundingRect(other: FakeRange | string): FakeRange {
    return new FakeRange(this.ctx, () => {
      const t = this.resolve();
      const o = typeof other === 'string' ? parseAddress(other) : other.resolve().box;
      const r0 = Math.min(t.box.r0, o.r0), c0 = Math.min(t.box.c0, o.c0);
      const r1 = Math.max(t.box.r0 + t.box.rows, o.r0 + o.rows), c1 = Math.max(t.box.c0 + t.box.cols, o.c0 + o.cols);
      return { sheet: t.sheet, box: { r0, c0, rows: r1 - r0, cols: c1 - c0 } };
    }, `${this.path}.bound`);
  }
  getOffsetRange(dRows: number, dCols: number): FakeRange {
    return new FakeRange(this.ctx, () => {
      const t = this.resolve();
      return { sheet: t.sheet, box: { ...t.box, r0: t.box.r0 + dRows, c0: t.box.c0 + dCols } };
    }, `${this.path}.offset(${dRows},${dCols})`);
  }
  select(): void {
    this.ctx.enqueue({ o: this.path, m: 'select' }, () => {
      const t = this.resolve();
      if (t.sheet.visibility !== 'Visible') throw new FakeOfficeError('InvalidOperation', `Trang "${t.sheet.name}" đang ẩn, không chọn ô được.`);
      this.ctx.host.activeSheet = t.sheet.name;
      this.ctx.host.selection = { sheet: t.sheet.name, address: boxAddress(t.box) };
    });
  }
  merge(across?: boolean): void {
    this.ctx.enqueue({ o: this.path, m: 'merge', a: [across] }, () => {
      const t = this.resolve();
      writable(t.sheet);
      t.sheet.merges.push(boxAddress(t.box));
    });
  }
  private fmt(key: string) {
    return (v: unknown) => this.queueSet(`format.${key}`, v, (t) => {
      writable(t.sheet);
      t.sheet.formats.push({ address: boxAddress(t.box), key, value: v });
    });
  }
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- the adapter is typed against office-js; the fake only mirrors it
  get format(): any {
    this.ctx.noteNavigation(1);
    const host = this.ctx.host;
    // Each navigation the add-in takes (font, fill, borders, a border edge) is one more path on the wire.
    const nav = <T>(o: T): { get: () => T; enumerable: true } => ({ get: () => (this.ctx.noteNavigation(1), o), enumerable: true });
    const setter = (key: string) => ({ set: this.fmt(key), enumerable: true });
    const font = apiGuard(Object.defineProperties({}, { bold: setter('font.bold'), italic: setter('font.italic'), underline: setter('font.underline'), color: setter('font.color'), size: setter('font.size'), name: setter('font.name') }), 'RangeFont', host);
    const fill = apiGuard(Object.defineProperties({ clear: () => this.fmt('fill.clear')(true) }, { color: { set: this.fmt('fill.color'), get: () => this.get('format/fill/color'), enumerable: true } }), 'RangeFill', host);
    const borders = apiGuard({ getItem: (edge: string) => (this.ctx.noteNavigation(1), apiGuard(Object.defineProperties({}, { style: setter(`border.${edge}.style`), color: setter(`border.${edge}.color`) }), 'RangeBorder', host)) }, 'RangeBorderCollection', host);
    return apiGuard(Object.defineProperties(
      { autofitColumns: () => this.fmt('autofitColumns')(true), autofitRows: () => this.fmt('autofitRows')(true) },
      { font: nav(font), fill: nav(fill), borders: nav(borders), horizontalAlignment: setter('horizontalAlignment'), verticalAlignment: setter('verticalAlignment'), wrapText: setter('wrapText'), columnWidth: setter('columnWidth'), rowHeight: setter('rowHeight') },
    ), 'RangeFormat', host);
  }
  get dataValidation(): { readonly type: string; ignoreBlanks: boolean; errorAlert: unknown; rule: unknown; clear(): void } {
    this.ctx.noteNavigation(1);
    const self = this;
    return apiGuard({
      get type(): string {
        return self.get('dataValidation/type');
      },
      get ignoreBlanks(): boolean { return self.get('dataValidation/ignoreBlanks'); },
      set ignoreBlanks(_v: boolean) {},
      get errorAlert(): unknown { return self.get('dataValidation/errorAlert'); },
      set errorAlert(v: unknown) {
        self.queueSet('dataValidation.errorAlert', v, (t) => writable(t.sheet));
      },
      get rule(): unknown { return self.get('dataValidation/rule'); },
      set rule(v: unknown) {
        self.queueSet('dataValidation.rule', v, (t) => {
          writable(t.sheet);
          self.ctx.host.checkListSource(v);
          t.sheet.validations.push({ address: boxAddress(t.box), rule: v });
        });
      },
      clear: () => self.ctx.enqueue({ o: self.path, m: 'dataValidation.clear' }, () => {
        const t = self.resolve();
        writable(t.sheet);
        t.sheet.validations = t.sheet.validations.filter((x) => !overlaps(parseAddress(x.address), t.box));
      }),
    }, 'DataValidation', this.ctx.host);
  }
  get conditionalFormats(): unknown {
    this.ctx.noteNavigation(1);
    const host = this.ctx.host;
    return apiGuard({
      add: (_type: string) => {
        const rec = { address: '', formula: '', fill: undefined as string | undefined };
        this.ctx.enqueue({ o: this.path, m: 'conditionalFormats.add', a: [_type] }, () => {
          const t = this.resolve();
          writable(t.sheet);
          rec.address = boxAddress(t.box);
          t.sheet.conditionalFormats.push(rec);
        });
        const font = apiGuard({ set color(_v: string) {}, set bold(_v: boolean) {} }, 'ConditionalRangeFont', host);
        const fill = apiGuard({ set color(v: string) { rec.fill = v; } }, 'ConditionalRangeFill', host);
        return apiGuard({
          set priority(_v: number) {},
          custom: apiGuard({
            rule: apiGuard({ set formula(v: string) { rec.formula = v; } }, 'ConditionalFormatRule', host),
            format: apiGuard({ fill, font }, 'ConditionalRangeFormat', host),
          }, 'CustomConditionalFormat', host),
        }, 'ConditionalFormat', host);
      },
      clearAll: () => this.ctx.enqueue({ o: this.path, m: 'conditionalFormats.clearAll' }, () => {
        const t = this.resolve();
        t.sheet.conditionalFormats = t.sheet.conditionalFormats.filter((x) => !overlaps(parseAddress(x.address), t.box));
      }),
    }, 'ConditionalFormatCollection', host);
  }
  set hyperlink(v: { documentReference?: string; address?: string; textToDisplay?: string }) {
    this.queueSet('hyperlink', v, (t) => {
      writable(t.sheet);
      t.sheet.hyperlinks.push({ address: boxAddress(t.box), documentReference: v.documentReference, address2: v.address, text: v.textToDisplay });
    });
  }
}

/** A protected sheet refuses every change to its cells, as Excel does. */
function writable(sheet: FakeSheet): void {
  if (sheet.protected) throw new FakeOfficeError('AccessDenied', `Trang "${sheet.name}" đang được bảo vệ; Excel không cho sửa ô.`);
}

function overlaps(a: Box, b: Box): boolean {
  return a.r0 < b.r0 + b.rows && b.r0 < a.r0 + a.rows && a.c0 < b.c0 + b.cols && b.c0 < a.c0 + a.cols;
}

/** The fake host: workbook state, statistics, and the `Office` / `Excel` globals. */
export class FakeExcelHost {
  sheets: FakeSheet[] = [];
  activeSheet: string | undefined;
  selection: { sheet: string; address: string } | undefined;
  /** The document's saved settings (what `saveAsync` of any runtime last wrote). */
  readonly settings = new Map<string, unknown>();
  /** URLs of dialogs opened with Office.context.ui.displayDialogAsync. */
  readonly dialogs: string[] = [];
  /** Workbook structure protection: adding, deleting, renaming, hiding sheets fails with AccessDenied. */
  workbookProtected = false;
  stats: FakeStats = { syncs: 0, requestBytes: [], responseBytes: [], cleanupBytes: [], cellsRead: 0, cellsWritten: 0 };
  readonly apiVersion: string;
  payloadLimit: number;
  date1904: boolean;
  private nextId = 1;

  /** A worksheet id shaped like Excel's (a GUID in braces). */
  static sheetId(n: number): string {
    return `{00000000-0001-0000-${String(n).padStart(4, '0')}-000000000000}`;
  }

  constructor(options: FakeExcelOptions = {}) {
    this.apiVersion = options.apiVersion ?? '1.17';
    this.payloadLimit = options.payloadLimit ?? 4 * 1024 * 1024;
    this.date1904 = options.date1904 ?? false;
  }

  /**
   * Refuses a member above this host's version ("ExcelApi 1.8"); other sets
   * (ExcelApiOnline, ExcelApiDesktop) are refused everywhere.
   * @throws FakeOfficeError `ApiNotFound`
   */
  require(api: string, member: string): void {
    const [set, version] = api.split(' ') as [string, string];
    if (set === 'ExcelApi' && this.supports(version)) return;
    throw new FakeOfficeError('ApiNotFound', `${member} cần ${api}; Excel này chỉ có ExcelApi ${this.apiVersion}.`);
  }

  /** Checks each step of a load path ("format/fill/color", "items/name") from a class. */
  requirePath(cls: string, path: string): void {
    let owner: string | undefined = cls;
    for (const step of path.split('/')) {
      if (!owner) return;
      if (step === 'items') {
        owner = owner.endsWith('Collection') ? owner.slice(0, -'Collection'.length) : undefined;
        continue;
      }
      const e: ApiEntry | undefined = MEMBERS[`${owner}.${step}`];
      if (!e) return;
      this.require(e.api, `${owner}.${step}`);
      owner = e.type;
    }
  }

  /** Checks the keys of an object literal set on an Office object (nested literals too). */
  requireLiteral(type: string, v: Record<string, unknown>): void {
    for (const [k, x] of Object.entries(v)) {
      const e = MEMBERS[`${type}.${k}`];
      if (!e) continue;
      this.require(e.api, `${type}.${k}`);
      if (e.type && x && typeof x === 'object' && !Array.isArray(x)) this.requireLiteral(e.type, x as Record<string, unknown>);
    }
  }

  /** A list source "=Sheet!$A$1:$A$5" must name an existing sheet (Excel resolves it when set). */
  checkListSource(rule: unknown): void {
    const src = (rule as { list?: { source?: unknown } })?.list?.source;
    if (typeof src !== 'string' || !src.startsWith('=')) return;
    const m = /^=(?:'((?:[^']|'')+)'|([^'!]+))!/.exec(src);
    if (!m) return;
    const name = m[1] !== undefined ? m[1].replace(/''/g, "'") : m[2]!;
    if (!this.sheets.some((s) => s.name.toLowerCase() === name.toLowerCase())) throw new FakeOfficeError('InvalidArgument', `Nguồn danh sách trỏ tới trang không có: ${name}`);
  }

  /** @throws FakeOfficeError `AccessDenied` when the workbook structure is protected */
  assertStructureEditable(): void {
    if (this.workbookProtected) throw new FakeOfficeError('AccessDenied', 'Sổ đang được bảo vệ cấu trúc.');
  }

  /** Marks empty cells of `a1` as formatted (borders to row 65,536, say): test set-up. */
  formatArea(sheetName: string, a1: string): void {
    this.sheet(sheetName).formatOnly.push(parseAddress(a1));
  }

  /**
   * One runtime's copy of the document settings (Office.Settings): `set` changes the copy,
   * `saveAsync` writes the whole copy to the document, `refreshAsync` reloads it.
   */
  settingsRuntime(): { get(k: string): unknown; set(k: string, v: unknown): void; remove(k: string): void; saveAsync(cb?: (r: { status: string; error?: { message: string } }) => void): void; refreshAsync(cb?: (r: { status: string }) => void): void } {
    const host = this;
    let copy = new Map(host.settings);
    return {
      get: (k) => (copy.has(k) ? structuredClone(copy.get(k)) : null),
      set: (k, v) => void copy.set(k, JSON.parse(JSON.stringify(v))),
      remove: (k) => void copy.delete(k),
      saveAsync: (cb) => {
        host.settings.clear();
        for (const [k, v] of copy) host.settings.set(k, v);
        cb?.({ status: 'succeeded' });
      },
      refreshAsync: (cb) => {
        copy = new Map(host.settings);
        cb?.({ status: 'succeeded' });
      },
    };
  }

  /** True when the configured ExcelApi version is at least `version`. */
  supports(version: string): boolean {
    const [a, b] = this.apiVersion.split('.').map(Number) as [number, number];
    const [c, d] = version.split('.').map(Number) as [number, number];
    return a > c || (a === c && b >= d);
  }

  resetStats(): void {
    this.stats = { syncs: 0, requestBytes: [], responseBytes: [], cleanupBytes: [], cellsRead: 0, cellsWritten: 0 };
  }

  createSheet(name: string): FakeSheet {
    if (!name || name.length > 31 || /[[\]:*?/\\]/.test(name)) throw new FakeOfficeError('InvalidArgument', `Tên trang không hợp lệ: "${name}".`);
    if (this.sheets.some((s) => s.name.toLowerCase() === name.toLowerCase())) throw new FakeOfficeError('ItemAlreadyExists', `Trang "${name}" đã có.`);
    const s: FakeSheet = { id: this.nextId++, name, visibility: 'Visible', cells: [], merges: [], formats: [], tables: [], charts: [], conditionalFormats: [], validations: [], hyperlinks: [], pageLayout: {}, formatOnly: [], columnFormats: {}, protected: false };
    this.sheets.push(s);
    return s;
  }

  /** Adds a sheet with values (and optional number formats) from A1, outside any batch: test set-up. */
  addSheet(name: string, values: FakeCellValue[][], numberFormats?: (string | null)[][]): FakeSheet {
    const s = this.createSheet(name);
    s.cells = values.map((row, r) => row.map((v, c) => (v === null || v === '' ? (numberFormats?.[r]?.[c] ? { value: null, numberFormat: numberFormats[r]![c]! } : undefined) : { value: v, numberFormat: numberFormats?.[r]?.[c] ?? 'General' })));
    return s;
  }

  sheet(name: string): FakeSheet {
    const s = this.sheets.find((x) => x.name.toLowerCase() === name.toLowerCase());
    if (!s) throw new FakeOfficeError('ItemNotFound', `Không có trang tính "${name}".`);
    return s;
  }

  rename(s: FakeSheet, name: string): void {
    if (s.name === name) return;
    if (!name || name.length > 31 || /[[\]:*?/\\]/.test(name)) throw new FakeOfficeError('InvalidArgument', `Tên trang không hợp lệ: "${name}".`);
    if (this.sheets.some((x) => x !== s && x.name.toLowerCase() === name.toLowerCase())) throw new FakeOfficeError('ItemAlreadyExists', `Trang "${name}" đã có.`);
    if (this.activeSheet === s.name) this.activeSheet = name;
    s.name = name;
  }

  removeSheet(s: FakeSheet): void {
    if (this.sheets.filter((x) => x.visibility === 'Visible' && x !== s).length === 0) throw new FakeOfficeError('InvalidOperation', 'Không thể xóa trang hiển thị cuối cùng.');
    this.sheets = this.sheets.filter((x) => x !== s);
    if (this.activeSheet === s.name) this.activeSheet = this.sheets[0]?.name;
  }

  private cellAt(sheet: FakeSheet, r: number, c: number): FakeCell {
    const row = (sheet.cells[r] ??= []);
    return (row[c] ??= { value: null, numberFormat: 'General' });
  }

  /** Writes values like Excel: text starting with = + - @ in a non-text cell becomes a formula; numeric text a number. */
  writeValues(t: RangeTarget, v: FakeCellValue[][]): void {
    const { box, sheet } = t;
    const broadcast = v.length === 1 && v[0]!.length === 1 && (box.rows > 1 || box.cols > 1);
    if (!broadcast && (v.length !== box.rows || v.some((row) => row.length !== box.cols))) {
      throw new FakeOfficeError('InvalidArgument', `The number of rows or columns in the input array doesn't match the size or dimensions of the range (${boxAddress(box)}).`);
    }
    for (let r = 0; r < box.rows; r++) {
      for (let c = 0; c < box.cols; c++) {
        const value = broadcast ? v[0]![0]! : v[r]![c]!;
        const cell = this.cellAt(sheet, box.r0 + r, box.c0 + c);
        delete cell.formula;
        if (typeof value === 'string' && cell.numberFormat !== '@') {
          if (value.startsWith("'")) cell.value = value.slice(1);
          else if (/^[=+\-@]/.test(value) && value.length > 1) {
            cell.formula = value;
            cell.value = '#FORMULA!';
          } else if (/^-?\d+(\.\d+)?$/.test(value)) cell.value = Number(value);
          else cell.value = value;
        } else {
          cell.value = value === '' ? null : value;
        }
      }
    }
    this.stats.cellsWritten += box.rows * box.cols;
  }

  writeFormats(t: RangeTarget, v: string[][]): void {
    const { box, sheet } = t;
    const broadcast = v.length === 1 && v[0]!.length === 1;
    if (broadcast && box.rows === MAX_ROWS) {
      // A whole-column format is kept per column (Excel's column style), not per cell.
      for (let c = box.c0; c < box.c0 + box.cols; c++) sheet.columnFormats[c] = v[0]![0]!;
      return;
    }
    if (!broadcast && (v.length !== box.rows || v.some((row) => row.length !== box.cols))) {
      throw new FakeOfficeError('InvalidArgument', `numberFormat dimensions do not match ${boxAddress(box)}.`);
    }
    for (let r = 0; r < box.rows; r++) {
      for (let c = 0; c < box.cols; c++) this.cellAt(sheet, box.r0 + r, box.c0 + c).numberFormat = broadcast ? v[0]![0]! : v[r]![c]!;
    }
  }

  /** Fill colour of a range as Excel reports it: the colour when uniform, white when none, null when mixed. */
  fillOf(sheet: FakeSheet, box: Box): string | null {
    let colour: string | null | undefined;
    for (let r = 0; r < box.rows; r++) {
      for (let c = 0; c < box.cols; c++) {
        let here = '#FFFFFF';
        for (const f of sheet.formats) {
          if ((f.key === 'fill.color' || f.key === 'fill.clear') && overlaps(parseAddress(f.address), { r0: box.r0 + r, c0: box.c0 + c, rows: 1, cols: 1 })) {
            here = f.key === 'fill.clear' ? '#FFFFFF' : String(f.value).toUpperCase();
          }
        }
        if (colour === undefined) colour = here;
        else if (colour !== here) return null;
      }
    }
    return colour ?? '#FFFFFF';
  }

  /** Stored value of one cell (A1), for assertions. */
  cell(sheetName: string, a1: string): FakeCell | undefined {
    const b = parseAddress(a1);
    return this.sheet(sheetName).cells[b.r0]?.[b.c0];
  }

  /** All values of a sheet as a dense grid from A1 to the last used cell. */
  valuesOf(sheetName: string): FakeCellValue[][] {
    const s = this.sheet(sheetName);
    const box = usedBox(s, true);
    if (!box) return [];
    const out: FakeCellValue[][] = [];
    for (let r = 0; r < box.r0 + box.rows; r++) {
      const line: FakeCellValue[] = [];
      for (let c = 0; c < box.c0 + box.cols; c++) line.push(s.cells[r]?.[c]?.value ?? null);
      out.push(line);
    }
    return out;
  }

  /** `Excel.run` of this host: a fresh context per batch function. */
  async run<T>(fn: (ctx: FakeRequestContext) => Promise<T>): Promise<T> {
    const ctx = new FakeRequestContext(this);
    const result = await fn(ctx);
    if (ctx.pending > 0) await ctx.sync(); // Excel.run flushes what is left
    // Then Excel.run releases every range it kept; that request has the same limit (and its failure is silent in Office.js).
    const cleanup = ctx.cleanupBytes();
    if (cleanup) {
      this.stats.cleanupBytes.push(cleanup);
      if (cleanup > this.payloadLimit) throw new FakeOfficeError('RequestPayloadSizeLimitExceeded', `The clean-up request after the batch has exceeded the limit (${cleanup} bytes).`);
    }
    return result;
  }

  /** Globals to install as `globalThis.Office` and `globalThis.Excel`. */
  globals(): { Office: unknown; Excel: unknown } {
    const host = this;
    const settings = host.settingsRuntime();
    const Office = {
      HostType: { Excel: 'Excel' },
      AsyncResultStatus: { Succeeded: 'succeeded', Failed: 'failed' },
      context: {
        displayLanguage: 'vi-VN',
        // ExcelApi as configured; the dialog API (1.1) as every Excel with add-in commands has it.
        requirements: { isSetSupported: (name: string, version?: string) => (name === 'ExcelApi' && host.supports(version ?? '1.1')) || (name === 'DialogApi' && Number(version ?? '1.1') <= 1.1) },
        document: { settings },
        ui: {
          // Records the dialog a ribbon button opens (the loader's fallback on an unsupported webview).
          displayDialogAsync: (url: string, _options: unknown, cb?: (r: { status: string }) => void) => {
            host.dialogs.push(url);
            cb?.({ status: 'succeeded' });
          },
        },
      },
      onReady: (cb?: (info: { host: string; platform: string }) => void) => {
        const info = { host: 'Excel', platform: 'OfficeOnline' };
        cb?.(info);
        return Promise.resolve(info);
      },
      actions: { associate: (id: string, fn: unknown) => void ((globalThis as Record<string, unknown>)[`__action_${id}`] = fn) },
    };
    const Excel = { run: <T>(fn: (ctx: FakeRequestContext) => Promise<T>) => host.run(fn) };
    return { Office, Excel };
  }
}

/** UTF-8 length without Node's Buffer (the fake also runs in the browser test) and without a copy. */
function utf8Bytes(s: string): number {
  let n = s.length;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0x80) n += c < 0x800 ? 1 : c >= 0xd800 && c < 0xdc00 ? (i++, 2) : 2;
  }
  return n;
}
