/// <reference types="office-js" />
/**
 * The one door to Office: how the add-in runs a batch and asks what the host
 * supports. Tests and the browser harness pass a fake with the same shape.
 */

/**
 * Optional features and the ExcelApi version that brought them. The add-in
 * claims ExcelApi 1.1 (Excel 2016) in the manifest; everything above it is
 * used only behind one of these (a test checks every Office.js member).
 */
export const FEATURE_API = {
  date1904Probe: '1.2',
  usedRangeValuesOnly: '1.2',
  columnWidths: '1.2',
  merges: '1.2',
  sheetVisibility: '1.2',
  sheetProtection: '1.2',
  conditionalFormats: '1.6',
  hyperlinks: '1.7',
  freezePanes: '1.7',
  workbookProtection: '1.7',
  dataValidation: '1.8',
  pageLayout: '1.9',
  charts: '1.1',
} as const satisfies Record<string, string>;
export type Feature = keyof typeof FEATURE_API;
export type Capabilities = Readonly<Record<Feature, boolean>>;

/**
 * A key-value store kept inside the workbook (Office document settings).
 * The ribbon and the task pane run in separate runtimes, each with its own
 * copy of the settings: `refresh` reloads the saved copy before a
 * read-modify-write, so one runtime never saves over the other's changes.
 */
export interface SettingsStore {
  get(key: string): unknown;
  set(key: string, value: unknown): Promise<void>;
  refresh(): Promise<void>;
}

/** What commands need from the host. */
export interface ExcelHost {
  run<T>(batch: (ctx: Excel.RequestContext) => Promise<T>): Promise<T>;
  capabilities: Capabilities;
  settings: SettingsStore;
}

/**
 * Capabilities from `isSetSupported('ExcelApi', version)`.
 *
 * @example
 * ```ts
 * const caps = detectCapabilities((v) => Office.context.requirements.isSetSupported('ExcelApi', v));
 * if (caps.dataValidation) { ... }
 * ```
 */
export function detectCapabilities(isSupported: (version: string) => boolean): Capabilities {
  const out = {} as Record<Feature, boolean>;
  for (const f of Object.keys(FEATURE_API) as Feature[]) out[f] = isSupported(FEATURE_API[f]);
  return out;
}

/**
 * The host of the running add-in, from the `Office` and `Excel` globals (real
 * office.js, or the fake the browser test injects).
 *
 * @example
 * ```ts
 * await Office.onReady();
 * const host = officeHost();
 * await validateCommand(host, {});
 * ```
 */
export function officeHost(): ExcelHost {
  return {
    run: (batch) => Excel.run(batch),
    capabilities: detectCapabilities((v) => Office.context.requirements.isSetSupported('ExcelApi', v)),
    settings: settingsStore(Office.context.document.settings),
  };
}

/** The subset of `Office.Settings` the add-in uses (Settings 1.1, on every host that runs it). */
export type OfficeSettingsLike = Pick<Office.Settings, 'get' | 'set' | 'saveAsync' | 'refreshAsync'>;

/**
 * A settings store over this runtime's copy of the document settings.
 *
 * @example
 * ```ts
 * const store = settingsStore(Office.context.document.settings);
 * await store.refresh(); // the ribbon may have saved since this pane loaded
 * ```
 */
export function settingsStore(settings: OfficeSettingsLike): SettingsStore {
  return {
    get: (k) => settings.get(k),
    // saveAsync writes this runtime's whole copy: reload it first, so another runtime's keys survive.
    set: (k, v) =>
      new Promise<void>((resolve, reject) => {
        settings.refreshAsync(() => {
          settings.set(k, v);
          // 'failed' is Office.AsyncResultStatus.Failed (compared as text: no Office global is needed here).
          settings.saveAsync((r) => (String(r.status) === 'failed' ? reject(new Error(r.error?.message)) : resolve()));
        });
      }),
    refresh: () =>
      new Promise<void>((resolve) => {
        // A failed refresh keeps the copy in hand; the write that follows still saves.
        settings.refreshAsync(() => resolve());
      }),
  };
}
