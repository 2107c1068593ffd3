/**
 * What an older Excel cannot do, said once per sheet in the clerk's words:
 * each optional feature names the Excel versions that have it.
 */
import type { BiText } from '@giaoban/core';
import type { Feature } from './host.js';

/** A line for the clerk, Vietnamese and English. */
export interface Note {
  vi: string;
  en: string;
}

/** The note for each feature skipped on this host. */
export const SKIPPED: Readonly<Partial<Record<Feature, Note>>> = {
  columnWidths: { vi: 'Giữ độ rộng cột và chiều cao dòng mặc định (cần Excel 2016 đã cập nhật, Excel 2019 trở lên — Excel API 1.2).', en: 'Default column widths and row heights kept (needs an updated Excel 2016, Excel 2019 or later — ExcelApi 1.2).' },
  merges: { vi: 'Không gộp ô tiêu đề (cần Excel API 1.2).', en: 'Title cells not merged (needs ExcelApi 1.2).' },
  sheetVisibility: { vi: 'Trang phụ không được ẩn (cần Excel API 1.2).', en: 'Helper sheet left visible (needs ExcelApi 1.2).' },
  freezePanes: { vi: 'Không cố định dòng tiêu đề (cần Excel 2019 trở lên — Excel API 1.7).', en: 'Header rows not frozen (needs Excel 2019 or later — ExcelApi 1.7).' },
  pageLayout: { vi: 'Không đặt trang in A4 (cần Excel 2021 trở lên — Excel API 1.9); hãy chọn khổ giấy khi in.', en: 'Print settings skipped (needs Excel 2021 or later — ExcelApi 1.9); choose A4 when printing.' },
  conditionalFormats: { vi: 'Bỏ qua định dạng có điều kiện (cần Excel API 1.6).', en: 'Conditional formats skipped (needs ExcelApi 1.6).' },
  hyperlinks: { vi: 'Không tạo liên kết tới ô (cần Excel 2019 trở lên — Excel API 1.7); dùng cột Ô để tìm.', en: 'Cell links skipped (needs Excel 2019 or later — ExcelApi 1.7); use the Cell column.' },
  dataValidation: { vi: 'Không thêm danh sách chọn (cần Excel 2021 trở lên — Excel API 1.8).', en: 'Drop-down lists skipped (needs Excel 2021 or later — ExcelApi 1.8).' },
};

/** Notes of one sheet: the plan's own notes, then each skipped feature once. */
export class FeatureNotes {
  private readonly notes: Note[];
  private readonly skipped = new Set<Feature>();
  constructor(planNotes: readonly BiText[]) {
    this.notes = planNotes.map((n) => ({ vi: n.vi, en: n.en }));
  }
  skip(feature: Feature): void {
    const note = SKIPPED[feature];
    if (!note || this.skipped.has(feature)) return;
    this.skipped.add(feature);
    this.notes.push(note);
  }
  list(): Note[] {
    return this.notes.slice();
  }
}
