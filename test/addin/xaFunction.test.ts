// GIAOBAN.XA: a commune-level unit by its code, of today or of a day before 01/07/2025.
import { describe, expect, it } from 'vitest';
import * as fns from '../../addin/src/functions/functions.js';

// Excel serial (1900 system) of a calendar date, computed independently of the core.
const serial = (iso: string) => Math.round((Date.UTC(+iso.slice(0, 4), +iso.slice(5, 7) - 1, +iso.slice(8, 10)) - Date.UTC(1899, 11, 30)) / 86_400_000);

describe('GIAOBAN.XA', () => {
  it('names today’s unit of a code, and the old unit of that code before 01/07/2025 (Nghị quyết 1661/NQ-UBTVQH15)', () => {
    expect(fns.xa('03169')).toBe('Xã Nà Hỳ');
    expect(fns.xa(3169, undefined, 'hình thành từ')).toBe('Nà Khoa, Nà Hỳ, Nậm Nhừ, Nậm Chua');
    expect(fns.xa('03169', undefined, 'tinh')).toBe('Tỉnh Điện Biên');
    expect(fns.xa('03169', undefined, 'nghi quyet')).toBe('Nghị quyết số 1661/NQ-UBTVQH15');
    // 03355 is the old xã Sam Mứn (huyện Điện Biên), now part of Thanh An; no unit of today has that code.
    expect(fns.xa('03355', serial('2025-06-30'))).toBe('Xã Sam Mứn');
    expect(fns.xa('03355', '30/06/2025', 'nay thuộc')).toBe('Xã Thanh An');
    expect(fns.xa('03355', '30/06/2025', 'huyện')).toBe('Huyện Điện Biên');
    expect(() => fns.xa('03355', '01/07/2025')).toThrow(/Không có đơn vị hành chính cấp xã mã 03355 vào ngày 01\/07\/2025/);
  });

  it('refuses a code that is not one, and a field it does not know', () => {
    expect(() => fns.xa('Nà Hỳ')).toThrow(/Mã ĐVHC không hợp lệ/);
    expect(() => fns.xa('03169', undefined, 'dân số')).toThrow(/Thông tin không hợp lệ/);
  });
});
