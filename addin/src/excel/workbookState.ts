/// <reference types="office-js" />
/**
 * What the workbook allows before anything is written (structure protection),
 * and the host's errors turned into sentences a clerk can act on.
 */
import { GiaobanError, type BiMessage, type ExistingSheetInfo, type GiaobanSubclassOptions } from '@giaoban/core';
import type { Capabilities } from './host.js';
import type { IoReport } from './readSheets.js';

/** A problem of the workbook or the host, in Vietnamese (message) and English. */
export class HostProblem extends GiaobanError {
  override readonly name = 'HostProblem';
  constructor(text: BiMessage, options: GiaobanSubclassOptions = {}) {
    super(options.code ?? 'addin.host', text, options);
  }
}

const PROTECTED_WORKBOOK = new HostProblem({ vi: 'Sổ đang được bảo vệ cấu trúc (Xem lại → Bảo vệ sổ làm việc), nên không thêm hay đổi tên trang được. Hãy bỏ bảo vệ rồi chạy lại; chưa có gì bị thay đổi.', en: 'The workbook structure is protected (Review → Protect Workbook), so sheets cannot be added or renamed. Unprotect it and run again; nothing was changed.' }, { code: 'WorkbookProtected' });

/**
 * Throws a clear message when the workbook's structure is protected (checked where the host can tell: ExcelApi 1.7).
 *
 * @example
 * ```ts
 * await host.run((ctx) => assertWritable(ctx, host.capabilities, io));
 * ```
 * @throws HostProblem when the structure is protected
 */
export async function assertWritable(ctx: Excel.RequestContext, caps: Capabilities, io: IoReport): Promise<void> {
  if (!caps.workbookProtection) return;
  const p = ctx.workbook.protection;
  p.load('protected');
  await ctx.sync();
  io.syncs++;
  if (p.protected) throw PROTECTED_WORKBOOK;
}

/**
 * Runs a write and turns the host's error codes into a message for the clerk (the code kept for support).
 *
 * @example
 * ```ts
 * await translateHostErrors(() => writeSheetModels(ctx, caps, existing, models));
 * ```
 * @throws HostProblem for known codes, the original error otherwise
 */
export async function translateHostErrors<T>(run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (e) {
    throw hostProblemOf(e);
  }
}

/** The clerk's sentence for a host error (or the error itself when it is not one of Excel's). */
export function hostProblemOf(e: unknown): unknown {
  const err = e as { code?: string; message?: string };
  const code = typeof err?.code === 'string' ? err.code : '';
  const msg = String(err?.message ?? '');
  if (code === 'WorkbookProtected') return e;
  if (code === 'AccessDenied' || /protect/i.test(msg)) {
    return new HostProblem({ vi: `Trang hoặc sổ đang được bảo vệ (Xem lại → Bỏ bảo vệ trang/sổ), Excel không cho ghi. Hãy bỏ bảo vệ rồi chạy lại. (mã ${code || 'AccessDenied'})`, en: `A sheet or the workbook is protected (Review → Unprotect), so Excel refused the write. Unprotect it and run again. (code ${code || 'AccessDenied'})` }, { code: code });
  }
  if (code === 'RequestPayloadSizeLimitExceeded' || code === 'ResponsePayloadSizeLimitExceeded') {
    return new HostProblem({ vi: `Dữ liệu gửi một lần quá lớn đối với Excel trên web (mã ${code}). Hãy dùng Excel trên máy tính hoặc ứng dụng ngoại tuyến giao-ban.html.`, en: `One request was too large for Excel on the web (code ${code}). Use desktop Excel or the offline app giao-ban.html.` }, { code: code });
  }
  if (code === 'ApiNotFound') {
    return new HostProblem({ vi: `Phiên bản Excel này thiếu một chức năng mà lệnh cần (mã ApiNotFound): ${msg}`, en: `This Excel lacks a feature the command needs (code ApiNotFound): ${msg}` }, { code: code });
  }
  return e;
}

/**
 * Names, visibility and table names of every sheet (for the render plan), in two syncs.
 *
 * @example
 * ```ts
 * const existing = await host.run((ctx) => sheetNamesAndTables(ctx, io));
 * ```
 */
export async function sheetNamesAndTables(ctx: Excel.RequestContext, io: IoReport): Promise<ExistingSheetInfo[]> {
  const sheets = ctx.workbook.worksheets;
  sheets.load('items/name,items/visibility');
  await ctx.sync();
  io.syncs++;
  const tables = sheets.items.map((ws) => ws.tables.load('items/name'));
  await ctx.sync();
  io.syncs++;
  return sheets.items.map((ws, i) => ({ name: ws.name, marker: null, hidden: ws.visibility !== 'Visible', tables: tables[i]!.items.map((t) => t.name) }));
}
