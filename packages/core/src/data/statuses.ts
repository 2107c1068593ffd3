/**
 * Issue statuses: labels and wordings clerks use. Data only;
 * text/categorical.ts reads it. Compared after folding and without accents.
 */
import type { IssueStatus } from '../model.js';
import type { Label } from './categories.js';

/** Status labels, as the template's drop-down lists them. */
export const STATUS_LABELS: Readonly<Record<IssueStatus, Label>> = {
  answered: { vi: 'Đã giải đáp tại chỗ', en: 'Answered on the spot' },
  'in-progress': { vi: 'Đang giải quyết', en: 'In progress' },
  resolved: { vi: 'Đã giải quyết', en: 'Resolved' },
  referred: { vi: 'Chuyển cơ quan chức năng', en: 'Referred to the competent agency' },
};

/** Exact wordings of each status (beyond the labels and codes). */
export const STATUS_SYNONYMS: readonly { text: string; status: IssueStatus }[] = [
  { text: 'đã giải đáp', status: 'answered' },
  { text: 'giải đáp tại chỗ', status: 'answered' },
  { text: 'giải đáp', status: 'answered' },
  { text: 'đã trả lời', status: 'answered' },
  { text: 'trả lời tại chỗ', status: 'answered' },
  { text: 'đã trả lời tại chỗ', status: 'answered' },
  { text: 'đã giải thích', status: 'answered' },
  { text: 'đã hướng dẫn', status: 'answered' },
  { text: 'đã giải đáp, hướng dẫn', status: 'answered' },
  { text: 'đang giải quyết', status: 'in-progress' },
  { text: 'đang xử lý', status: 'in-progress' },
  { text: 'đang thụ lý', status: 'in-progress' },
  { text: 'đang xác minh', status: 'in-progress' },
  { text: 'đang làm', status: 'in-progress' },
  { text: 'đang theo dõi', status: 'in-progress' },
  { text: 'chưa giải quyết', status: 'in-progress' },
  { text: 'chưa xong', status: 'in-progress' },
  { text: 'chưa xử lý', status: 'in-progress' },
  { text: 'tiếp tục giải quyết', status: 'in-progress' },
  { text: 'đã giải quyết', status: 'resolved' },
  { text: 'giải quyết xong', status: 'resolved' },
  { text: 'đã giải quyết xong', status: 'resolved' },
  { text: 'đã xử lý', status: 'resolved' },
  { text: 'đã xử lý xong', status: 'resolved' },
  { text: 'xong', status: 'resolved' },
  { text: 'đã xong', status: 'resolved' },
  { text: 'hoàn thành', status: 'resolved' },
  { text: 'đã hoàn thành', status: 'resolved' },
  { text: 'đã khắc phục', status: 'resolved' },
  { text: 'đã kết thúc', status: 'resolved' },
  { text: 'chuyển cơ quan chức năng', status: 'referred' },
  { text: 'đã chuyển cơ quan chức năng', status: 'referred' },
  { text: 'chuyển cơ quan có thẩm quyền', status: 'referred' },
  { text: 'chuyển CQCN', status: 'referred' },
  { text: 'chuyển đơn vị chức năng', status: 'referred' },
  { text: 'chuyển lực lượng chức năng', status: 'referred' },
  { text: 'đã chuyển', status: 'referred' },
  { text: 'chuyển', status: 'referred' },
];

/**
 * Keyword rules for longer status texts ("Đã giải quyết ngày 05/02",
 * "Chưa giải quyết, đang xác minh"), tried in order on the unaccented key.
 * Negations come first so "chưa giải quyết" is never read as resolved.
 */
export const STATUS_KEYWORDS: readonly { pattern: RegExp; status: IssueStatus }[] = [
  { pattern: /\bchuyen\b/, status: 'referred' },
  { pattern: /\b(?:chua|dang|tiep tuc)\b/, status: 'in-progress' },
  { pattern: /\b(?:giai dap|tra loi|giai thich|huong dan)\b/, status: 'answered' },
  { pattern: /\b(?:giai quyet|xu ly|xong|hoan thanh|khac phuc|ket thuc)\b/, status: 'resolved' },
];
