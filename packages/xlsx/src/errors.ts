/**
 * One error type for everything the package layer refuses: a stable code, a
 * Vietnamese message for the clerk and an English one for logs — a
 * {@link GiaobanError}, like every error of the core and the CLI.
 */
import { GiaobanError } from '@giaoban/core';

/**
 * Stable codes of {@link XlsxError}. `strict-ooxml` is no longer raised (Strict packages are written in their own
 * namespaces); it stays so that code matching on it keeps compiling. `empty`, `encrypted`, `not-spreadsheet` and
 * `unreadable` come from `@giaoban/xlsx/any` (what a file's bytes are), and name the file.
 */
export type XlsxErrorCode =
  | 'not-zip'
  | 'corrupt'
  | 'encrypted-entry'
  | 'unsupported-compression'
  | 'no-workbook'
  | 'strict-ooxml'
  | 'limit'
  | 'empty'
  | 'encrypted'
  | 'not-spreadsheet'
  | 'unreadable';

/** Which reader limit a file went over (see `XlsxLimits`). */
export type XlsxLimitName = 'maxTotalInflatedBytes' | 'maxPartInflatedBytes' | 'maxInflateRatio' | 'maxCells' | 'maxTextLength';

/**
 * A workbook the package layer cannot read or write, with the reason in Vietnamese (`message`) and English (`messageEn`).
 *
 * @example
 * ```ts
 * try { await readXlsx(bytes); } catch (e) { if (e instanceof XlsxError && e.code === 'limit') console.error(e.message); }
 * ```
 */
export class XlsxError extends GiaobanError {
  override readonly name = 'XlsxError';
  constructor(
    override readonly code: XlsxErrorCode,
    message: string,
    messageEn: string,
    /** For `code === 'limit'`: the limit exceeded. */
    readonly limit?: XlsxLimitName,
  ) {
    super(code, { vi: message, en: messageEn }, limit ? { details: { limit } } : {});
  }
}

const MB = 1_048_576;
const size = (n: number): string => (n >= MB ? `${Math.round(n / MB).toLocaleString('vi-VN')} MB` : `${n.toLocaleString('vi-VN')} byte`);

/** The error for a file over a limit: names the limit, where, and how to raise it. */
export function limitError(limit: XlsxLimitName, where: string, value: number): XlsxError {
  const how = `Nếu tệp này đáng tin cậy, hãy chạy lại với tùy chọn --max-cells (số ô) hoặc --max-size (MB) lớn hơn.`;
  switch (limit) {
    case 'maxTotalInflatedBytes':
      return new XlsxError('limit', `tệp giải nén ra quá ${size(value)} (giới hạn tổng dung lượng giải nén) — có thể là tệp độc hại ("bom zip"). ${how}`, `the package inflates beyond ${value} bytes (maxTotalInflatedBytes)`, limit);
    case 'maxPartInflatedBytes':
      return new XlsxError('limit', `phần "${where}" giải nén ra quá ${size(value)} (giới hạn dung lượng một phần) — có thể là tệp độc hại ("bom zip"). ${how}`, `part ${where} inflates beyond ${value} bytes (maxPartInflatedBytes)`, limit);
    case 'maxInflateRatio':
      return new XlsxError('limit', `phần "${where}" có tỷ lệ nén bất thường (hơn ${value.toLocaleString('vi-VN')}:1, giới hạn tỷ lệ giải nén) — có thể là tệp độc hại ("bom zip"). ${how}`, `part ${where} exceeds the inflate ratio ${value}:1 (maxInflateRatio)`, limit);
    case 'maxCells':
      return new XlsxError('limit', `trang "${where}" có quá ${value.toLocaleString('vi-VN')} ô (giới hạn số ô). ${how}`, `sheet ${where} holds more than ${value} cells (maxCells)`, limit);
    case 'maxTextLength':
      return new XlsxError('limit', `${where} chứa văn bản dài quá ${value.toLocaleString('vi-VN')} ký tự (Excel chỉ cho phép 32.767 ký tự trong một ô).`, `${where} holds text longer than ${value} characters (maxTextLength)`, limit);
  }
}
