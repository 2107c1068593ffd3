/**
 * Row labels of the summary sheet (the monthly report's wording), Vietnamese and English.
 * Data only; the sheet builders read them.
 */
import type { Category, IssueStatus, RaisedBy, Severity } from '../model.js';
import { STATUS_LABELS } from '../data/statuses.js';

/** `short` is the sheet's row label where the full wording would not fit one line. */
export type ReportLabel = { vi: string; en: string; short?: string };

export const REPORT_CATEGORY_LABELS: Readonly<Record<Category, ReportLabel>> = {
  'security-situation': {
    vi: 'Thông tin về tình hình ANTT, vụ việc tồn đọng hoặc mới phát sinh',
    en: 'Security and order situation, pending or new cases',
    short: 'Tình hình ANTT, vụ việc tồn đọng, mới phát sinh',
  },
  'commune-police': { vi: 'Ý kiến củng cố, kiện toàn lực lượng Công an xã', en: 'Consolidating the commune police force' },
  'mass-organizations': {
    vi: 'Nội dung xây dựng tổ chức quần chúng, phát động phong trào',
    en: 'Building mass organisations, the movement',
    short: 'Xây dựng tổ chức quần chúng, phát động phong trào',
  },
  'administrative-procedures': { vi: 'Khó khăn, vướng mắc về thủ tục hành chính', en: 'Administrative procedures' },
  other: { vi: 'Khác', en: 'Other' },
};

/** The statuses' labels are the template's (data/statuses.ts): one wording in the workbook, the sheets and the reports. */
export const REPORT_STATUS_LABELS: Readonly<Record<IssueStatus, ReportLabel>> = STATUS_LABELS;

export const REPORT_RAISER_LABELS: Readonly<Record<RaisedBy | 'unknown', ReportLabel>> = {
  'party-committee': { vi: 'Cấp ủy (Đảng ủy)', en: 'Party committee' },
  government: { vi: 'Chính quyền (HĐND, UBND)', en: 'Government' },
  'commune-police': { vi: 'Công an xã', en: 'Commune police' },
  public: { vi: 'Quần chúng nhân dân', en: 'Public' },
  'mass-organization': { vi: 'Ban, đoàn thể', en: 'Mass organisation' },
  unknown: { vi: 'Không ghi', en: 'Not recorded' },
};

export const REPORT_SEVERITY_LABELS: Readonly<Record<Severity, ReportLabel>> = {
  error: { vi: 'Lỗi', en: 'Error' },
  warning: { vi: 'Cảnh báo', en: 'Warning' },
};
