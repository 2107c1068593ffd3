/**
 * What the add-in's commands tell the clerk, Vietnamese and English, keyed by
 * stable codes. What the session shows (counts, sheets written, refusals) is
 * the core's catalogue; these are the lines only Excel's add-in has.
 */
import { defineTexts } from '@giaoban/core';

export const COMMAND_TEXTS = defineTexts({
  'read.cells': { vi: 'Đang đọc {done}/{total} ô…', en: 'Reading {done}/{total} cells…' },
  'read.tables': { vi: 'Đã đọc {tables} bảng: {briefings} buổi giao ban, {issues} ý kiến.', en: 'Read {tables} {tables:table|tables}: {briefings} {briefings:briefing|briefings}, {issues} {issues:issue|issues}.' },
  'read.summary': { vi: '{errors} lỗi, {warnings} cảnh báo (quá hạn tính đến ngày {asOf}).', en: '{errors} {errors:error|errors}, {warnings} {warnings:warning|warnings} (overdue counted to {asOf}).' },
  'date1904': {
    vi: 'Sổ này dùng hệ ngày 1904: khi dùng các hàm GIAOBAN, thêm đối số cuối TRUE, ví dụ =GIAOBAN.TET(2026;TRUE).',
    en: 'This workbook uses the 1904 date system: give the GIAOBAN functions a last argument TRUE, e.g. =GIAOBAN.TET(2026,TRUE).',
  },
  'written.create': { vi: 'Đã tạo trang "{sheet}" ({range}).', en: 'Created sheet "{sheet}" ({range}).' },
  'written.replace': { vi: 'Đã ghi lại trang "{sheet}" ({range}).', en: 'Rewrote sheet "{sheet}" ({range}).' },
  'highlight.done': { vi: 'Đã tô màu {n} ô có lỗi/cảnh báo.', en: 'Highlighted {n} {n:cell|cells}.' },
  'highlight.capped': { vi: 'Đã tô màu {n} ô có lỗi/cảnh báo (giới hạn).', en: 'Highlighted {n} cells (capped).' },
  'highlight.protected': { vi: 'Không tô màu trang đang được bảo vệ: {sheets}.', en: 'Protected sheets not highlighted: {sheets}.' },
  'dropdowns.done': { vi: 'Đã thêm {added} danh sách chọn ({skipped} cột đã có sẵn).', en: 'Added {added} {added:drop-down|drop-downs} ({skipped} {skipped:column|columns} already had one).' },
  'dropdowns.unsupported': { vi: 'Phiên bản Excel này không hỗ trợ danh sách chọn (cần Excel API 1.8).', en: 'This Excel cannot add drop-downs (needs ExcelApi 1.8).' },
  'period': { vi: 'Kỳ: {label}.', en: 'Period: {label}.' },
  'marks.removed': { vi: 'Đã gỡ {n} đánh dấu.', en: 'Removed {n} {n:mark|marks}.' },
  'marks.none': { vi: 'Không có đánh dấu nào để gỡ.', en: 'Nothing to remove.' },
  'marks.kept': {
    vi: 'Còn {n} danh sách chọn chỉ gỡ được trên Excel 2021 trở lên (Excel API 1.8).',
    en: '{n} {n:drop-down|drop-downs} can only be removed in Excel 2021 or later (ExcelApi 1.8).',
  },
});

/** A key of {@link COMMAND_TEXTS}. */
export type CommandTextKey = keyof typeof COMMAND_TEXTS;
