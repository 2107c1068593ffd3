/**
 * Issue categories and case states: labels and the synonyms a
 * clerk may write. Data only; text/categorical.ts reads it. Synonyms are
 * compared after folding (case, NFC, tone style) and also without accents,
 * so each wording is listed once, with accents.
 */
import type { CaseState, Category } from '../model.js';

/** Vietnamese label and English rendering. */
export interface Label {
  vi: string;
  en: string;
}

/** Category labels, as the template's drop-down lists them. */
export const CATEGORY_LABELS: Readonly<Record<Category, Label>> = {
  'security-situation': {
    vi: 'Thông tin về tình hình ANTT, vụ việc tồn đọng hoặc mới phát sinh',
    en: 'Security and order situation, pending or new cases',
  },
  'commune-police': {
    vi: 'Ý kiến củng cố, kiện toàn lực lượng Công an xã',
    en: 'Consolidating the commune police force',
  },
  'mass-organizations': {
    vi: 'Nội dung xây dựng tổ chức quần chúng, phát động phong trào',
    en: 'Building mass organisations, launching the movement',
  },
  'administrative-procedures': {
    vi: 'Khó khăn, vướng mắc về thủ tục hành chính',
    en: 'Difficulties with administrative procedures',
  },
  other: { vi: 'Khác', en: 'Other' },
};

/**
 * Short, comma-free names of the categories for an in-cell drop-down (Excel
 * splits an inline list at commas, so the full labels cannot be used); each
 * reads back as its category.
 */
export const CATEGORY_SHORT_LABELS: Readonly<Record<Category, string>> = {
  'security-situation': 'ANTT',
  'commune-police': 'Củng cố lực lượng',
  'mass-organizations': 'Tổ chức quần chúng',
  'administrative-procedures': 'Thủ tục hành chính',
  other: 'Khác',
};

/** Case state labels. */
export const CASE_STATE_LABELS: Readonly<Record<CaseState, Label>> = {
  pending: { vi: 'Tồn đọng', en: 'Pending' },
  new: { vi: 'Mới phát sinh', en: 'New' },
};

/** One accepted wording of a category (and the case state it implies). */
export interface CategorySynonym {
  text: string;
  category: Category;
  caseState?: CaseState;
}

/** Accepted category wordings beyond the labels and the codes themselves. */
export const CATEGORY_SYNONYMS: readonly CategorySynonym[] = [
  // security-situation
  { text: 'ANTT', category: 'security-situation' },
  { text: 'thông tin ANTT', category: 'security-situation' },
  { text: 'tình hình ANTT', category: 'security-situation' },
  { text: 'thông tin về tình hình ANTT', category: 'security-situation' },
  { text: 'an ninh trật tự', category: 'security-situation' },
  { text: 'an ninh, trật tự', category: 'security-situation' },
  { text: 'tình hình an ninh trật tự', category: 'security-situation' },
  { text: 'an ninh', category: 'security-situation' },
  { text: 'trật tự', category: 'security-situation' },
  { text: 'vụ việc', category: 'security-situation' },
  { text: 'vụ, việc', category: 'security-situation' },
  { text: 'vụ việc tồn đọng', category: 'security-situation', caseState: 'pending' },
  { text: 'tồn đọng', category: 'security-situation', caseState: 'pending' },
  { text: 'ANTT tồn đọng', category: 'security-situation', caseState: 'pending' },
  { text: 'vụ việc mới phát sinh', category: 'security-situation', caseState: 'new' },
  { text: 'mới phát sinh', category: 'security-situation', caseState: 'new' },
  { text: 'vụ việc mới', category: 'security-situation', caseState: 'new' },
  { text: 'ANTT mới phát sinh', category: 'security-situation', caseState: 'new' },
  // commune-police
  { text: 'củng cố lực lượng', category: 'commune-police' },
  { text: 'kiện toàn lực lượng', category: 'commune-police' },
  { text: 'củng cố, kiện toàn lực lượng', category: 'commune-police' },
  { text: 'củng cố, kiện toàn lực lượng Công an xã', category: 'commune-police' },
  { text: 'kiện toàn Công an xã', category: 'commune-police' },
  { text: 'củng cố Công an xã', category: 'commune-police' },
  { text: 'xây dựng lực lượng Công an xã', category: 'commune-police' },
  { text: 'xây dựng lực lượng', category: 'commune-police' },
  { text: 'lực lượng CAX', category: 'commune-police' },
  { text: 'lực lượng Công an xã', category: 'commune-police' },
  { text: 'Công an xã', category: 'commune-police' },
  { text: 'CAX', category: 'commune-police' },
  // mass-organizations
  { text: 'tổ chức quần chúng', category: 'mass-organizations' },
  { text: 'xây dựng tổ chức quần chúng', category: 'mass-organizations' },
  { text: 'phát động phong trào', category: 'mass-organizations' },
  { text: 'phong trào', category: 'mass-organizations' },
  { text: 'phong trào toàn dân bảo vệ ANTQ', category: 'mass-organizations' },
  { text: 'phong trào toàn dân bảo vệ an ninh Tổ quốc', category: 'mass-organizations' },
  { text: 'toàn dân bảo vệ ANTQ', category: 'mass-organizations' },
  { text: 'phong trào TDBVANTQ', category: 'mass-organizations' },
  { text: 'TDBVANTQ', category: 'mass-organizations' },
  { text: 'quần chúng', category: 'mass-organizations' },
  // administrative-procedures
  { text: 'thủ tục hành chính', category: 'administrative-procedures' },
  { text: 'TTHC', category: 'administrative-procedures' },
  { text: 'thủ tục', category: 'administrative-procedures' },
  { text: 'vướng mắc thủ tục hành chính', category: 'administrative-procedures' },
  { text: 'cư trú', category: 'administrative-procedures' },
  { text: 'căn cước', category: 'administrative-procedures' },
  { text: 'căn cước công dân', category: 'administrative-procedures' },
  { text: 'CCCD', category: 'administrative-procedures' },
  { text: 'hành chính', category: 'administrative-procedures' },
  // other
  { text: 'khác', category: 'other' },
  { text: 'nội dung khác', category: 'other' },
  { text: 'lĩnh vực khác', category: 'other' },
];

/** Case state wordings (a "Tình trạng vụ việc" column). */
export const CASE_STATE_SYNONYMS: readonly { text: string; caseState: CaseState }[] = [
  { text: 'tồn đọng', caseState: 'pending' },
  { text: 'vụ việc tồn đọng', caseState: 'pending' },
  { text: 'tồn', caseState: 'pending' },
  { text: 'cũ', caseState: 'pending' },
  { text: 'vụ việc cũ', caseState: 'pending' },
  { text: 'tồn đọng kéo dài', caseState: 'pending' },
  { text: 'kéo dài', caseState: 'pending' },
  { text: 'mới phát sinh', caseState: 'new' },
  { text: 'mới', caseState: 'new' },
  { text: 'phát sinh', caseState: 'new' },
  { text: 'phát sinh mới', caseState: 'new' },
  { text: 'vụ việc mới', caseState: 'new' },
  { text: 'vụ việc mới phát sinh', caseState: 'new' },
];

/**
 * Keywords that suggest a category for an issue's content when the category
 * cell is blank (a suggestion only, never applied silently). Each keyword has
 * a weight; the category with the highest total wins, ties in the order of
 * this table.
 */
export const CATEGORY_KEYWORDS: readonly { category: Category; keywords: readonly [string, number][] }[] = [
  {
    category: 'security-situation',
    keywords: [
      ['trộm cắp', 3], ['trộm', 2], ['mất trộm', 3], ['cướp', 3], ['đánh nhau', 3], ['gây rối', 3],
      ['gây thương tích', 3], ['ma túy', 3], ['ma tuý', 3], ['nghiện', 2], ['cờ bạc', 3], ['đánh bạc', 3],
      ['tai nạn giao thông', 3], ['TNGT', 3], ['tranh chấp', 2], ['mâu thuẫn', 2], ['vụ việc', 2], ['vụ án', 2],
      ['an ninh', 2], ['trật tự', 2], ['ANTT', 3], ['tệ nạn', 3], ['lừa đảo', 3], ['bạo lực gia đình', 3],
      ['xuất cảnh trái phép', 3], ['xuất nhập cảnh trái phép', 3], ['di cư tự do', 3], ['truyền đạo trái phép', 3],
      ['buôn bán người', 3], ['mua bán người', 3], ['đối tượng', 2], ['khiếu kiện', 2], ['khiếu nại', 2],
      ['chặt phá rừng', 3], ['khai thác khoáng sản trái phép', 3], ['vũ khí', 3], ['pháo', 2], ['tồn đọng', 2],
      ['mới phát sinh', 2], ['phức tạp', 1], ['vi phạm', 1], ['tội phạm', 3], ['hòa giải', 1],
    ],
  },
  {
    category: 'administrative-procedures',
    keywords: [
      ['căn cước', 3], ['CCCD', 3], ['CMND', 3], ['chứng minh nhân dân', 3], ['định danh', 3], ['VNeID', 3],
      ['cư trú', 3], ['hộ khẩu', 3], ['tạm trú', 3], ['tạm vắng', 3], ['thường trú', 3], ['lưu trú', 2],
      ['thủ tục', 3], ['TTHC', 3], ['hành chính', 2], ['giấy tờ', 2], ['hồ sơ', 2], ['cấp đổi', 2],
      ['đăng ký xe', 3], ['biển số', 2], ['khai sinh', 2], ['dịch vụ công', 3], ['xác nhận', 1],
    ],
  },
  {
    category: 'commune-police',
    keywords: [
      ['kiện toàn', 3], ['củng cố lực lượng', 3], ['củng cố', 2], ['Công an xã', 2], ['CAX', 2],
      ['công an chính quy', 3], ['công an viên', 3], ['bán chuyên trách', 3], ['biên chế', 2],
      ['trụ sở', 2], ['trang bị', 2], ['phương tiện', 1], ['chế độ', 1], ['phụ cấp', 2], ['tập huấn', 2],
      ['lực lượng', 1], ['nhà ở', 1], ['bố trí', 1],
    ],
  },
  {
    category: 'mass-organizations',
    keywords: [
      ['phong trào', 3], ['toàn dân bảo vệ an ninh Tổ quốc', 3], ['tổ chức quần chúng', 3], ['tổ tự quản', 3],
      ['tổ an ninh nhân dân', 3], ['tổ hòa giải', 2], ['dân phòng', 3], ['mô hình', 2], ['bảo vệ dân phố', 3],
      ['an ninh trật tự cơ sở', 2], ['quần chúng', 2], ['đoàn thể', 2], ['tự quản', 2], ['camera an ninh', 2],
      ['phát động', 2], ['ký cam kết', 2],
    ],
  },
];

/**
 * Words that name a category inside a longer category cell ("ANTT - tồn
 * đọng", "Thủ tục cư trú"), unaccented and lower-case, matched as whole
 * words. A text with words of two categories is left to the clerk.
 */
export const CATEGORY_HINTS: readonly { category: Category; phrases: readonly string[] }[] = [
  { category: 'security-situation', phrases: ['antt', 'an ninh trat tu', 'an ninh', 'vu viec', 'ton dong', 'moi phat sinh'] },
  { category: 'commune-police', phrases: ['kien toan', 'cung co', 'luc luong cong an xa', 'luc luong cax', 'cax'] },
  { category: 'mass-organizations', phrases: ['to chuc quan chung', 'phong trao', 'tdbvantq'] },
  { category: 'administrative-procedures', phrases: ['thu tuc hanh chinh', 'tthc', 'thu tuc', 'cu tru', 'can cuoc', 'cccd'] },
];

/**
 * Words that name the case state inside a longer text ("ANTT – vụ việc mới
 * phát sinh"), unaccented, whole words. A text naming both states is read as
 * neither ("tồn đọng hoặc mới phát sinh").
 */
export const CASE_STATE_PHRASES: Readonly<Record<CaseState, readonly string[]>> = {
  pending: ['ton dong', 'vu viec cu'],
  new: ['moi phat sinh', 'phat sinh moi', 'vu viec moi'],
};
