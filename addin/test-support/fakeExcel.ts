/**
 * An in-memory Excel for tests: workbook, worksheets, ranges with values and
 * number formats, used ranges, and the Office.js batching model — every call
 * is queued, nothing is read until `context.sync()`, and reading a property
 * that was not loaded (or before the sync) throws `PropertyNotLoaded` exactly
 * like Excel. Each sync is accounted: request bytes (the JSON of the queued
 * operations), response bytes, cells read and written. Requests above the
 * payload limit fail like Excel on the web (`RequestPayloadSizeLimitExceeded`).
 *
 * Feature gating follows the configured ExcelApi version: on 1.1 a range has
 * no `dataValidation`, `conditionalFormats` or `hyperlink`, a worksheet no
 * `freezePanes` or `pageLayout`, as in Office 2016.
 *
 * @example
 * ```ts
 * const host = new FakeExcelHost({ apiVersion: '1.1' });
 * host.addSheet('Sổ', [['Ngày', 'Xã'], [43115, 'Nà Khoa']]);
 * await host.run(async (ctx) => { const r = ctx.workbook.worksheets.getItem('Sổ').getUsedRange(); r.load('values'); await ctx.sync(); });
 * host.stats.syncs; // 1
 * ```
 */
export type FakeCellValue = string | number | boolean | null;

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
}

export interface FakeStats {
  syncs: number;
  /** Request bytes of every sync, in order. */
  requestBytes: number[];
  responseBytes: number[];
  cellsRead: number;
  cellsWritten: number;
}

export interface FakeExcelOptions {
  /** Highest ExcelApi minor version supported, e.g. `'1.1'` (Office 2016) or `'1.17'`. Default `'1.17'`. */
  apiVersion?: string;
  /** Payload limit of one request or response in bytes (Excel on the web: 5 MB). */
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
export function colLetters(col: number): string {
  let s = '';
  for (let c = col + 1; c > 0; c = Math.floor((c - 1) / 26)) s = String.fromCharCode(65 + ((c - 1) % 26)) + s;
  return s;
}
function colIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}
interface Box { r0: number; c0: number; rows: number; cols: number }
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
  constructor(protected readonly ctx: FakeRequestContext, private readonly resolver: () => T, protected readonly path: string) {}
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
  protected set(prop: string, value: unknown, apply: (t: T) => void): void {
    this.ctx.enqueue({ o: this.path, set: prop, v: value }, () => apply(this.resolve()));
  }
}

export class FakeRequestContext {
  private queue: Op[] = [];
  private responseBytes = 0;
  readonly workbook: FakeWorkbook;
  constructor(readonly host: FakeExcelHost) {
    this.workbook = new FakeWorkbook(this);
  }
  enqueue(desc: unknown, run: () => void): void {
    this.queue.push({ desc, run });
  }
  noteResponse(v: unknown): void {
    this.responseBytes += v === undefined ? 0 : JSON.stringify(v).length;
  }
  /** Sends the queued batch: payload accounting, then operations in order; stops at the first failure like Excel. */
  async sync(): Promise<void> {
    const ops = this.queue;
    this.queue = [];
    const bytes = utf8Bytes(JSON.stringify(ops.map((o) => o.desc)));
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
}

class FakeWorkbook {
  readonly worksheets: FakeWorksheets;
  readonly functions: FakeFunctions | undefined;
  constructor(private readonly ctx: FakeRequestContext) {
    this.worksheets = new FakeWorksheets(ctx);
    this.functions = ctx.host.supports('1.2') ? new FakeFunctions(ctx) : undefined;
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
    super(ctx, compute, 'functions.date');
  }
  get value(): number {
    return this.get('value');
  }
  protected readProp(t: number, prop: string): unknown {
    return prop === 'value' ? t : undefined;
  }
}

class FakeWorksheets extends FakeProxy<FakeSheet[]> {
  private itemsCache: FakeWorksheet[] | undefined;
  constructor(ctx: FakeRequestContext) {
    super(ctx, () => ctx.host.sheets, 'worksheets');
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
      this.itemsCache = t.map((s) => {
        const ws = new FakeWorksheet(this.ctx, () => s, `ws#${s.id}`);
        ws.preload(sub, s);
        return ws;
      });
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
      const s = this.ctx.host.sheets.find((x) => x.name.toLowerCase() === name.toLowerCase());
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
      created = this.ctx.host.createSheet(name ?? `Sheet${this.ctx.host.sheets.length + 1}`);
    });
    return ws;
  }
  getActiveWorksheet(): FakeWorksheet {
    return new FakeWorksheet(this.ctx, () => this.ctx.host.sheet(this.ctx.host.activeSheet ?? this.ctx.host.sheets[0]!.name), 'ws:active');
  }
}

class FakeWorksheet extends FakeProxy<FakeSheet> {
  preload(prop: string, s: FakeSheet): void {
    this.loadedProps.set(prop, this.readProp(s, prop));
  }
  get name(): string {
    return this.get('name');
  }
  set name(v: string) {
    this.set('name', v, (t) => this.ctx.host.rename(t, v));
  }
  get visibility(): string {
    return this.get('visibility');
  }
  set visibility(v: 'Visible' | 'Hidden' | 'VeryHidden') {
    this.set('visibility', v, (t) => {
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
    if (prop === 'id') return `{${t.id}}`;
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
    this.ctx.enqueue({ o: this.path, m: 'delete' }, () => this.ctx.host.removeSheet(this.resolve()));
  }
  activate(): void {
    this.ctx.enqueue({ o: this.path, m: 'activate' }, () => {
      this.ctx.host.activeSheet = this.resolve().name;
    });
  }
  get freezePanes(): unknown {
    if (!this.ctx.host.supports('1.7')) return undefined;
    return {
      freezeRows: (n: number) => this.set('freezeRows', n, (t) => { t.freeze = { rows: n, cols: t.freeze?.cols ?? 0 }; }),
      freezeColumns: (n: number) => this.set('freezeColumns', n, (t) => { t.freeze = { rows: t.freeze?.rows ?? 0, cols: n }; }),
      freezeAt: (a: string) => this.set('freezeAt', a, (t) => { const b = parseAddress(a); t.freeze = { rows: b.rows, cols: b.cols }; }),
    };
  }
  get pageLayout(): unknown {
    if (!this.ctx.host.supports('1.9')) return undefined;
    const set = (k: string) => (v: unknown) => this.set(`pageLayout.${k}`, v, (t) => { t.pageLayout[k] = v; });
    const obj: Record<string, unknown> = {
      setPrintTitleRows: (a: string) => set('printTitleRows')(a),
      setPrintArea: (a: string) => set('printArea')(a),
    };
    for (const k of ['orientation', 'paperSize', 'zoom', 'centerHorizontally']) Object.defineProperty(obj, k, { set: set(k), enumerable: true });
    return obj;
  }
  get tables(): unknown {
    return {
      add: (address: string, hasHeaders: boolean) => {
        const rec = { name: '', address, style: undefined as string | undefined };
        this.ctx.enqueue({ o: this.path, m: 'tables.add', a: [address, hasHeaders] }, () => {
          const t = this.resolve();
          const all = this.ctx.host.sheets.flatMap((s) => s.tables);
          rec.name = rec.name || `Table${all.length + 1}`;
          if (all.some((x) => x.name === rec.name)) throw new FakeOfficeError('InvalidArgument', `Tên bảng trùng: ${rec.name}`);
          t.tables.push(rec);
        });
        return {
          set name(v: string) { rec.name = v; },
          set style(v: string) { rec.style = v; },
        };
      },
    };
  }
  get charts(): unknown {
    return {
      add: (type: string, source: FakeRange, _seriesBy?: string) => {
        const rec = { type, source: '', title: undefined as string | undefined };
        this.ctx.enqueue({ o: this.path, m: 'charts.add', a: [type] }, () => {
          const r = source.resolve();
          rec.source = boxAddress(r.box);
          this.resolve().charts.push(rec);
        });
        return {
          title: { set text(v: string) { rec.title = v; } },
          setPosition: (_a: string, _b?: string) => {},
          set top(_v: number) {}, set left(_v: number) {}, set width(_v: number) {}, set height(_v: number) {},
        };
      },
    };
  }
}

function usedBox(sheet: FakeSheet, _valuesOnly: boolean): Box | null {
  let r0 = -1, r1 = -1, c0 = Infinity, c1 = -1;
  sheet.cells.forEach((row, r) => {
    if (!row) return;
    for (let c = 0; c < row.length; c++) {
      const cell = row[c];
      if (cell && cell.value !== null && cell.value !== '') {
        if (r0 < 0) r0 = r;
        r1 = r;
        if (c < c0) c0 = c;
        if (c > c1) c1 = c;
      }
    }
  });
  return r0 < 0 ? null : { r0, c0, rows: r1 - r0 + 1, cols: c1 - c0 + 1 };
}

interface RangeTarget { sheet: FakeSheet; box: Box }

class FakeRange extends FakeProxy<RangeTarget> {
  get values(): FakeCellValue[][] { return this.get('values'); }
  set values(v: FakeCellValue[][]) {
    this.set('values', v, (t) => this.ctx.host.writeValues(t, v));
  }
  get numberFormat(): string[][] { return this.get('numberFormat'); }
  set numberFormat(v: string[][]) {
    this.set('numberFormat', v, (t) => this.ctx.host.writeFormats(t, v));
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
  getOffsetRange(dRows: number, dCols: number): FakeRange {
    return new FakeRange(this.ctx, () => {
      const t = this.resolve();
      return { sheet: t.sheet, box: { ...t.box, r0: t.box.r0 + dRows, c0: t.box.c0 + dCols } };
    }, `${this.path}.offset(${dRows},${dCols})`);
  }
  select(): void {
    this.ctx.enqueue({ o: this.path, m: 'select' }, () => {
      const t = this.resolve();
      this.ctx.host.activeSheet = t.sheet.name;
      this.ctx.host.selection = { sheet: t.sheet.name, address: boxAddress(t.box) };
    });
  }
  merge(across?: boolean): void {
    this.ctx.enqueue({ o: this.path, m: 'merge', a: [across] }, () => {
      const t = this.resolve();
      t.sheet.merges.push(boxAddress(t.box));
    });
  }
  private fmt(key: string) {
    return (v: unknown) => this.set(`format.${key}`, v, (t) => {
      t.sheet.formats.push({ address: boxAddress(t.box), key, value: v });
    });
  }
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- the adapter is typed against office-js; the fake only mirrors it
  get format(): any {
    const setter = (key: string) => ({ set: this.fmt(key), enumerable: true });
    const font = Object.defineProperties({}, { bold: setter('font.bold'), italic: setter('font.italic'), color: setter('font.color'), size: setter('font.size'), name: setter('font.name') });
    const fill = Object.defineProperties({ clear: () => this.fmt('fill.clear')(true) }, { color: { set: this.fmt('fill.color'), get: () => this.get('format/fill/color'), enumerable: true } });
    const borders = { getItem: (edge: string) => Object.defineProperties({}, { style: setter(`border.${edge}.style`), color: setter(`border.${edge}.color`) }) };
    return Object.defineProperties(
      { font, fill, borders, autofitColumns: () => this.fmt('autofitColumns')(true), autofitRows: () => this.fmt('autofitRows')(true) },
      { horizontalAlignment: setter('horizontalAlignment'), verticalAlignment: setter('verticalAlignment'), wrapText: setter('wrapText'), columnWidth: setter('columnWidth'), rowHeight: setter('rowHeight') },
    );
  }
  get dataValidation(): unknown {
    if (!this.ctx.host.supports('1.8')) return undefined;
    const self = this;
    return {
      get type(): string {
        return self.get('dataValidation/type');
      },
      set errorAlert(_v: unknown) {},
      set rule(v: unknown) {
        self.set('dataValidation.rule', v, (t) => { t.sheet.validations.push({ address: boxAddress(t.box), rule: v }); });
      },
      clear: () => self.ctx.enqueue({ o: self.path, m: 'dataValidation.clear' }, () => {
        const t = self.resolve();
        const a = boxAddress(t.box);
        t.sheet.validations = t.sheet.validations.filter((x) => !overlaps(parseAddress(x.address), t.box));
        void a;
      }),
    };
  }
  get conditionalFormats(): unknown {
    if (!this.ctx.host.supports('1.6')) return undefined;
    return {
      add: (_type: string) => {
        const rec = { address: '', formula: '', fill: undefined as string | undefined };
        this.ctx.enqueue({ o: this.path, m: 'conditionalFormats.add', a: [_type] }, () => {
          const t = this.resolve();
          rec.address = boxAddress(t.box);
          t.sheet.conditionalFormats.push(rec);
        });
        return {
          custom: {
            rule: { set formula(v: string) { rec.formula = v; } },
            format: { fill: { set color(v: string) { rec.fill = v; } }, font: { set color(_v: string) {}, set bold(_v: boolean) {} } },
          },
        };
      },
      clearAll: () => this.ctx.enqueue({ o: this.path, m: 'conditionalFormats.clearAll' }, () => {
        const t = this.resolve();
        t.sheet.conditionalFormats = t.sheet.conditionalFormats.filter((x) => !overlaps(parseAddress(x.address), t.box));
      }),
    };
  }
  set hyperlink(v: { documentReference?: string; address?: string; textToDisplay?: string }) {
    if (!this.ctx.host.supports('1.7')) throw new FakeOfficeError('ApiNotFound', 'Range.hyperlink requires ExcelApi 1.7.');
    this.set('hyperlink', v, (t) => {
      t.sheet.hyperlinks.push({ address: boxAddress(t.box), documentReference: v.documentReference, address2: v.address, text: v.textToDisplay });
    });
  }
}

function overlaps(a: Box, b: Box): boolean {
  return a.r0 < b.r0 + b.rows && b.r0 < a.r0 + a.rows && a.c0 < b.c0 + b.cols && b.c0 < a.c0 + a.cols;
}

/** The fake host: workbook state, statistics, and the `Office` / `Excel` globals. */
export class FakeExcelHost {
  sheets: FakeSheet[] = [];
  activeSheet: string | undefined;
  selection: { sheet: string; address: string } | undefined;
  readonly settings = new Map<string, unknown>();
  stats: FakeStats = { syncs: 0, requestBytes: [], responseBytes: [], cellsRead: 0, cellsWritten: 0 };
  readonly apiVersion: string;
  payloadLimit: number;
  date1904: boolean;
  private nextId = 1;

  constructor(options: FakeExcelOptions = {}) {
    this.apiVersion = options.apiVersion ?? '1.17';
    this.payloadLimit = options.payloadLimit ?? 5 * 1024 * 1024;
    this.date1904 = options.date1904 ?? false;
  }

  /** True when the configured ExcelApi version is at least `version`. */
  supports(version: string): boolean {
    const [a, b] = this.apiVersion.split('.').map(Number) as [number, number];
    const [c, d] = version.split('.').map(Number) as [number, number];
    return a > c || (a === c && b >= d);
  }

  resetStats(): void {
    this.stats = { syncs: 0, requestBytes: [], responseBytes: [], cellsRead: 0, cellsWritten: 0 };
  }

  createSheet(name: string): FakeSheet {
    if (!name || name.length > 31 || /[[\]:*?/\\]/.test(name)) throw new FakeOfficeError('InvalidArgument', `Tên trang không hợp lệ: "${name}".`);
    if (this.sheets.some((s) => s.name.toLowerCase() === name.toLowerCase())) throw new FakeOfficeError('ItemAlreadyExists', `Trang "${name}" đã có.`);
    const s: FakeSheet = { id: this.nextId++, name, visibility: 'Visible', cells: [], merges: [], formats: [], tables: [], charts: [], conditionalFormats: [], validations: [], hyperlinks: [], pageLayout: {} };
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
    return result;
  }

  /** Globals to install as `globalThis.Office` and `globalThis.Excel`. */
  globals(): { Office: unknown; Excel: unknown } {
    const host = this;
    const settings = {
      get: (k: string) => (host.settings.has(k) ? host.settings.get(k) : null),
      set: (k: string, v: unknown) => void host.settings.set(k, JSON.parse(JSON.stringify(v))),
      remove: (k: string) => void host.settings.delete(k),
      saveAsync: (cb?: (r: { status: string }) => void) => cb?.({ status: 'succeeded' }),
    };
    const Office = {
      HostType: { Excel: 'Excel' },
      AsyncResultStatus: { Succeeded: 'succeeded', Failed: 'failed' },
      context: {
        displayLanguage: 'vi-VN',
        requirements: { isSetSupported: (name: string, version?: string) => name === 'ExcelApi' && host.supports(version ?? '1.1') },
        document: { settings },
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

const encoder = new TextEncoder();
/** UTF-8 length without Node's Buffer, so the fake also runs in the browser test. */
function utf8Bytes(s: string): number {
  return encoder.encode(s).length;
}
