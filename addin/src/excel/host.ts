/// <reference types="office-js" />
/**
 * The one door to Office: how the add-in runs a batch and asks what the host
 * supports. Tests and the browser harness pass a fake with the same shape.
 */

/** Optional features and the ExcelApi version that brought them. */
export const FEATURE_API: Readonly<Record<Feature, string>> = {
  date1904Probe: '1.2',
  conditionalFormats: '1.6',
  hyperlinks: '1.7',
  freezePanes: '1.7',
  dataValidation: '1.8',
  pageLayout: '1.9',
  charts: '1.1',
};
export type Feature = 'date1904Probe' | 'conditionalFormats' | 'hyperlinks' | 'freezePanes' | 'dataValidation' | 'pageLayout' | 'charts';
export type Capabilities = Readonly<Record<Feature, boolean>>;

/** A key-value store kept inside the workbook (Office document settings). */
export interface SettingsStore {
  get(key: string): unknown;
  set(key: string, value: unknown): Promise<void>;
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
  for (const [f, v] of Object.entries(FEATURE_API) as [Feature, string][]) out[f] = isSupported(v);
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
  const settings = Office.context.document.settings;
  return {
    run: (batch) => Excel.run(batch),
    capabilities: detectCapabilities((v) => Office.context.requirements.isSetSupported('ExcelApi', v)),
    settings: {
      get: (k) => settings.get(k),
      set: (k, v) =>
        new Promise<void>((resolve, reject) => {
          settings.set(k, v);
          settings.saveAsync((r) => (r.status === Office.AsyncResultStatus.Failed ? reject(new Error(r.error?.message)) : resolve()));
        }),
    },
  };
}
