/**
 * Microsoft's real Excel JavaScript client (`excel-web-16.00.js` of
 * `@microsoft/office-js`, the file office.js loads in Excel on the web) run
 * against a recording transport: the add-in's own code builds its batches
 * with the real client, so each `context.sync()` is serialised exactly as
 * Excel receives it — object paths, Instantiate actions, `_KeepReference`,
 * ids — and `Excel.run`'s clean-up request (one `_RemoveReference` per range
 * it kept) is recorded too. The transport then answers each request from the
 * in-memory Excel of `fakeExcel.ts`: it walks the request's object paths to
 * the fake's objects, replays the actions on them in order, syncs the fake and
 * returns the loaded values in the wire format the client reads back.
 *
 * A request above the limit (default 4 MB, under Excel on the web's 5 MB)
 * fails like Excel on the web (`RequestPayloadSizeLimitExceeded`), and is
 * reported after the run even when it was the clean-up request, whose failure
 * `Excel.run` itself swallows.
 *
 * @example
 * ```ts
 * const fake = new FakeExcelHost();
 * const real = new RealExcelClientHost(fake);
 * await validateCommand(real.host(), {});
 * real.largestRequest(); // bytes of the largest request the real client sent
 * ```
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createContext, Script } from 'node:vm';
import { FakeExcelHost, FakeOfficeError, FakeRequestContext } from './fakeExcel.js';
import { detectCapabilities, settingsStore, type ExcelHost, type OfficeSettingsLike } from '../src/excel/host.js';

/** One request the real client sent. */
export interface WireRequest {
  /** UTF-8 bytes of the request body (the RichApi JSON the client builds: what Excel parses). */
  bodyBytes: number;
  /** UTF-8 bytes of the whole message as posted to the host (the body is a JSON string inside it, so its quotes are escaped). */
  bytes: number;
  responseBytes: number;
  actions: number;
  /** Ranges created by this request (GetRange, GetCell, GetUsedRange… paths). */
  ranges: number;
  /** Only `_RemoveReference` actions: the request `Excel.run` sends after the batch. */
  cleanup: boolean;
  /** The limit was exceeded and the request refused. */
  refused: boolean;
}

export interface RealClientOptions {
  /** Largest request or response accepted, in bytes of the posted message; default 4 MB. */
  limit?: number;
  /** Largest response accepted; default 5 MB (Excel on the web). */
  responseLimit?: number;
}

/** A request over the limit (also after the run, for the clean-up request `Excel.run` does not report). */
export class RequestLimitError extends Error {
  constructor(readonly request: WireRequest, readonly limit: number) {
    super(`A ${request.cleanup ? 'clean-up ' : ''}request of ${request.bytes} bytes exceeds the ${limit}-byte limit.`);
    this.name = 'RequestLimitError';
  }
}

const require = createRequire(import.meta.url);
let compiled: Script | undefined;
function clientScript(): Script {
  const file = require.resolve('@microsoft/office-js/dist/excel-web-16.00.js');
  compiled ??= new Script(readFileSync(file, 'utf8'), { filename: file });
  return compiled;
}

const encoder = new TextEncoder();
const utf8 = (s: string): number => encoder.encode(s).length;
const lower = (name: string): string => name.charAt(0).toLowerCase() + name.slice(1);
const upper = (name: string): string => name.charAt(0).toUpperCase() + name.slice(1);
const RANGE_METHODS = new Set(['GetRange', 'GetCell', 'GetUsedRange', 'GetResizedRange', 'GetOffsetRange', 'GetSelectedRange', 'GetRangeOrNullObject']);

interface ObjectPathInfo { Id: number; ObjectPathType: number; Name: string; ParentObjectPathId?: number; ArgumentInfo?: { Arguments?: unknown[]; ReferencedObjectPathIds?: number[] } }
interface ActionInfo { Id: number; ActionType: number; Name: string; ObjectPathId: number; ArgumentInfo?: { Arguments?: unknown[]; ReferencedObjectPathIds?: number[] }; QueryInfo?: { Select?: string[] } }
interface RequestBody { Actions: ActionInfo[]; ObjectPaths: Record<string, ObjectPathInfo> }

/** State of one `Excel.run`: the fake context its syncs go to, and the objects its paths and references name. */
interface RunState {
  fake: FakeRequestContext;
  paths: Map<number, unknown>;
  refs: Map<string, unknown>;
}

type Loose = Record<string, unknown> & { [k: string]: unknown };

/** The real client in a sandbox, talking to a fake workbook. */
export class RealExcelClientHost {
  readonly requests: WireRequest[] = [];
  readonly limit: number;
  readonly responseLimit: number;
  private readonly window: Loose;
  private run$: RunState | undefined;
  private nextRef = 1;
  private queue: Promise<unknown> = Promise.resolve();

  constructor(readonly fake: FakeExcelHost, options: RealClientOptions = {}) {
    this.limit = options.limit ?? 4 * 1024 * 1024;
    this.responseLimit = options.responseLimit ?? 5 * 1024 * 1024;
    // The fake only executes; sizes are measured here, on what the real client sends.
    fake.payloadLimit = Number.POSITIVE_INFINITY;
    const noop = () => {};
    const win: Loose = {
      console: { log: noop, warn: noop, error: noop, info: noop },
      setTimeout, clearTimeout, setInterval, clearInterval,
      navigator: { userAgent: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0 Safari/537.36 Edg/120.0' },
      location: { protocol: 'https:', hash: '', search: '', href: 'https://localhost/taskpane.html' },
      document: { createElement: () => ({}), getElementById: () => null, addEventListener: noop, readyState: 'complete' },
      addEventListener: noop,
      name: '',
    };
    win.window = win;
    win.self = win;
    win.top = win;
    win.parent = win;
    clientScript().runInContext(createContext(win));
    // The client asks the host which ExcelApi it has (it splits large value arrays from 1.3 on): this fake's version.
    const requirements = { isSetSupported: (name: string, v?: string | number) => name === 'ExcelApi' && fake.supports(String(v ?? '1.1')) };
    win.Office = Object.create(win.Office as object, { context: { value: { requirements } } });
    const ext = win.OfficeExtension as { Utility: { _synchronousCleanup?: boolean } };
    // Excel.run waits for its clean-up request, so the run is over when it resolves.
    ext.Utility._synchronousCleanup = true;
    const osf = win.OSF as { DDA: { RichApi: Record<string, unknown> } };
    osf.DDA.RichApi.executeRichApiRequestAsync = (message: unknown[], callback: (r: unknown) => void) => {
      // Answered on a later turn of the event loop, as a host's answer arrives (and so a long run does not starve the test runner).
      void this.execute(message).then((text) => setImmediate(() => callback({ status: 'succeeded', value: { data: [0, [], text] } })));
    };
    this.window = win;
  }

  /** The add-in's host over the real client: `run` is the real `Excel.run`. Each call is one runtime (own settings copy). */
  host(): ExcelHost {
    return {
      run: (batch) => this.runExclusive(batch as (ctx: unknown) => Promise<unknown>) as never,
      capabilities: detectCapabilities((v) => this.fake.supports(v)),
      settings: settingsStore(this.fake.settingsRuntime() as unknown as OfficeSettingsLike),
    };
  }

  /** Bytes of the largest request posted (clean-up requests included). */
  largestRequest(): number {
    return this.requests.reduce((m, r) => Math.max(m, r.bytes), 0);
  }

  /** Syncs of the batches (clean-up requests not counted), as `context.sync()` calls. */
  batchRequests(): WireRequest[] {
    return this.requests.filter((r) => !r.cleanup);
  }

  private runExclusive<T>(batch: (ctx: unknown) => Promise<T>): Promise<T> {
    const next = this.queue.then(() => this.runOne(batch));
    this.queue = next.catch(() => undefined);
    return next;
  }

  private async runOne<T>(batch: (ctx: unknown) => Promise<T>): Promise<T> {
    const before = this.requests.length;
    this.run$ = { fake: new FakeRequestContext(this.fake), paths: new Map(), refs: new Map() };
    try {
      const excel = this.window.Excel as { run(fn: (ctx: unknown) => Promise<T>): Promise<T> };
      const result = await excel.run(batch);
      const refused = this.requests.slice(before).find((r) => r.refused);
      if (refused) throw new RequestLimitError(refused, this.limit);
      return result;
    } finally {
      this.run$ = undefined;
    }
  }

  /** Records one request, answers it from the fake. */
  private async execute(message: unknown[]): Promise<string> {
    const text = String(message[4]);
    const body = JSON.parse(text) as RequestBody;
    const rec: WireRequest = {
      bodyBytes: utf8(text),
      bytes: utf8(JSON.stringify(message)),
      responseBytes: 0,
      actions: body.Actions.length,
      ranges: Object.values(body.ObjectPaths).filter((p) => p.ObjectPathType === 3 && RANGE_METHODS.has(p.Name)).length,
      cleanup: body.Actions.every((a) => a.Name === '_RemoveReference' || a.ActionType === 1),
      refused: false,
    };
    this.requests.push(rec);
    if (rec.bytes > this.limit) {
      rec.refused = true;
      return JSON.stringify({ Error: { Code: 'RequestPayloadSizeLimitExceeded', Message: `The request payload size has exceeded the limit (${rec.bytes} bytes).`, HttpStatusCode: 413 } });
    }
    const state = this.run$;
    if (!state) throw new Error('A request arrived outside Excel.run.');
    let response: unknown;
    try {
      response = { Results: await this.replay(state, body) };
    } catch (e) {
      const err = e as { code?: string; message?: string };
      response = { Error: { Code: err instanceof FakeOfficeError ? err.code : err.code ?? 'GeneralException', Message: String(err.message ?? e), HttpStatusCode: 400 } };
    }
    let out = JSON.stringify(response);
    rec.responseBytes = utf8(out);
    if (rec.responseBytes > this.responseLimit) {
      rec.refused = true;
      out = JSON.stringify({ Error: { Code: 'ResponsePayloadSizeLimitExceeded', Message: `The response payload size has exceeded the limit (${rec.responseBytes} bytes).`, HttpStatusCode: 413 } });
    }
    return out;
  }

  /** Replays the actions on the fake's objects, syncs the fake, and returns each action's result. */
  private async replay(state: RunState, body: RequestBody): Promise<{ ActionId: number; Value: unknown }[]> {
    const results: { ActionId: number; Value: unknown }[] = [];
    const queries: { id: number; target: Loose; select: string[]; collection: boolean }[] = [];
    const kept = new Map<number, string>();
    const objectAt = (id: number): Loose => this.resolvePath(state, body, id);
    for (const a of body.Actions) {
      const target = objectAt(a.ObjectPathId);
      const args = this.argumentsOf(state, body, a.ArgumentInfo);
      switch (a.ActionType) {
        case 1: // Instantiate
          results.push({ ActionId: a.Id, Value: kept.has(a.ObjectPathId) ? { _ReferenceId: kept.get(a.ObjectPathId) } : null });
          break;
        case 2: { // Query
          const select = a.QueryInfo?.Select ?? [];
          const collection = String((target as { apiClass?: string }).apiClass ?? '').endsWith('Collection');
          (target.load as (p: string[]) => void)(collection ? select.map((s) => `items/${s}`) : select);
          queries.push({ id: a.Id, target, select, collection });
          results.push({ ActionId: a.Id, Value: null });
          break;
        }
        case 3: // Method
          if (a.Name === '_KeepReference') {
            const ref = `{00000000-0000-0000-0000-${String(this.nextRef++).padStart(12, '0')}}`;
            kept.set(a.ObjectPathId, ref);
            state.refs.set(ref, target);
          } else if (a.Name === '_RemoveReference') {
            state.refs.delete(String(args[0]));
          } else if (a.Name.startsWith('_')) {
            // The client's own checks (_ValidateArraySize…): the fake checks array sizes when it writes.
          } else {
            const method = target[lower(a.Name)];
            if (typeof method !== 'function') throw new FakeOfficeError('InvalidArgument', `${a.Name} is not modelled by the fake.`);
            (method as (...x: unknown[]) => unknown).apply(target, args);
          }
          results.push({ ActionId: a.Id, Value: null });
          break;
        case 4: // SetProperty
          target[lower(a.Name)] = args[0];
          results.push({ ActionId: a.Id, Value: null });
          break;
        default: // Trace and the like: nothing to do here
          results.push({ ActionId: a.Id, Value: null });
      }
    }
    await state.fake.sync();
    for (const q of queries) {
      const r = results.find((x) => x.ActionId === q.id)!;
      r.Value = q.collection
        ? { _Items: (q.target.items as Loose[]).map((item) => ({ ...wireObject(item, q.select), ...idOf(item) })) }
        : wireObject(q.target, q.select);
    }
    return results;
  }

  private argumentsOf(state: RunState, body: RequestBody, info: ActionInfo['ArgumentInfo']): unknown[] {
    const args = info?.Arguments ?? [];
    const refs = info?.ReferencedObjectPathIds ?? [];
    return args.map((v, i) => (refs[i] ? this.resolvePath(state, body, refs[i]!) : v));
  }

  /** The fake object an object path names (memoised for the run, as Excel keeps an object per path). */
  private resolvePath(state: RunState, body: RequestBody, id: number): Loose {
    const info = body.ObjectPaths[String(id)];
    if (info?.ObjectPathType === 6) {
      const o = state.refs.get(info.Name);
      if (!o) throw new FakeOfficeError('InvalidObjectPath', `Unknown reference ${info.Name}.`);
      state.paths.set(id, o);
      return o as Loose;
    }
    const known = state.paths.get(id);
    if (known) return known as Loose;
    if (!info) throw new FakeOfficeError('InvalidObjectPath', `Unknown object path ${id}.`);
    const parent = info.ParentObjectPathId ? this.resolvePath(state, body, info.ParentObjectPathId) : undefined;
    const args = this.argumentsOf(state, body, info.ArgumentInfo);
    let o: unknown;
    switch (info.ObjectPathType) {
      case 1: o = state.fake.workbook; break;
      case 3: {
        const method = parent![lower(info.Name)];
        if (typeof method !== 'function') throw new FakeOfficeError('InvalidArgument', `${info.Name} is not modelled by the fake.`);
        o = (method as (...x: unknown[]) => unknown).apply(parent, args);
        break;
      }
      case 4: o = parent![lower(info.Name)]; break;
      case 5: o = (parent!.getItem as (...x: unknown[]) => unknown)(...args); break;
      default: throw new FakeOfficeError('InvalidObjectPath', `Object path type ${info.ObjectPathType} is not modelled.`);
    }
    if (o === undefined || o === null) throw new FakeOfficeError('InvalidObjectPath', `${info.Name} is not modelled by the fake.`);
    state.paths.set(id, o);
    return o as Loose;
  }
}

/** Loaded properties as the wire carries them: PascalCase, nested per path step ("format/fill/color" → Format.Fill.Color). */
function wireObject(target: Loose, select: readonly string[]): Loose {
  const out: Loose = {};
  for (const path of select) {
    const steps = path.split('/');
    let value: unknown = target;
    for (const s of steps) value = (value as Loose)[s];
    let node = out;
    steps.forEach((s, i) => {
      const key = upper(s);
      if (i === steps.length - 1) node[key] = value;
      else node = (node[key] ??= {}) as Loose;
    });
  }
  return out;
}

/** A collection item's id, so the client names it by id in later requests (as it does with Excel's). */
function idOf(item: Loose): Loose {
  const resolve = item.resolve as (() => { id?: number }) | undefined;
  const sheet = typeof resolve === 'function' ? resolve.call(item) : undefined;
  return sheet && typeof sheet.id === 'number' ? { Id: FakeExcelHost.sheetId(sheet.id) } : {};
}
