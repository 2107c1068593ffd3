/**
 * Who raised an issue: labels and wordings. Data only;
 * text/categorical.ts reads it. Compared after folding and without accents.
 */
import type { RaisedBy } from '../model.js';
import type { Label } from './categories.js';

/** Raised-by labels, as the template's drop-down lists them. */
export const RAISED_BY_LABELS: Readonly<Record<RaisedBy, Label>> = {
  'party-committee': { vi: 'Cấp ủy', en: 'Party committee' },
  government: { vi: 'Chính quyền', en: 'Commune government' },
  'commune-police': { vi: 'Công an xã', en: 'Commune police' },
  public: { vi: 'Quần chúng nhân dân', en: 'Members of the public' },
  'mass-organization': { vi: 'Đoàn thể', en: 'Mass organisation' },
};

/**
 * Keyword phrases (accented; matched as whole words on the folded or the
 * unaccented key) for each source, tried in this order on each part of the
 * cell. Organisations come before the titles that serve several of them
 * ("Chủ tịch Hội Phụ nữ" is a mass organisation, "Chủ tịch UBND" the
 * government), and specific phrases before the general ones they contain
 * ("Hội đồng nhân dân" before "nhân dân").
 */
export const RAISED_BY_KEYWORDS: readonly { text: string; raisedBy: RaisedBy }[] = [
  { text: 'Mặt trận Tổ quốc', raisedBy: 'mass-organization' },
  { text: 'Mặt trận', raisedBy: 'mass-organization' },
  { text: 'MTTQ', raisedBy: 'mass-organization' },
  { text: 'UBMTTQ', raisedBy: 'mass-organization' },
  { text: 'Hội Phụ nữ', raisedBy: 'mass-organization' },
  { text: 'Hội PN', raisedBy: 'mass-organization' },
  { text: 'HPN', raisedBy: 'mass-organization' },
  { text: 'LHPN', raisedBy: 'mass-organization' },
  { text: 'Hội Nông dân', raisedBy: 'mass-organization' },
  { text: 'Hội ND', raisedBy: 'mass-organization' },
  { text: 'HND', raisedBy: 'mass-organization' },
  { text: 'Hội Cựu chiến binh', raisedBy: 'mass-organization' },
  { text: 'Cựu chiến binh', raisedBy: 'mass-organization' },
  { text: 'Hội CCB', raisedBy: 'mass-organization' },
  { text: 'CCB', raisedBy: 'mass-organization' },
  { text: 'Đoàn Thanh niên', raisedBy: 'mass-organization' },
  { text: 'Đoàn TN', raisedBy: 'mass-organization' },
  { text: 'ĐTN', raisedBy: 'mass-organization' },
  { text: 'Đoàn TNCS Hồ Chí Minh', raisedBy: 'mass-organization' },
  { text: 'thanh niên', raisedBy: 'mass-organization' },
  { text: 'đoàn thể', raisedBy: 'mass-organization' },
  { text: 'ban, đoàn thể', raisedBy: 'mass-organization' },
  { text: 'Hội đồng nhân dân', raisedBy: 'government' },
  { text: 'Ủy ban nhân dân', raisedBy: 'government' },
  { text: 'HĐND', raisedBy: 'government' },
  { text: 'UBND', raisedBy: 'government' },
  { text: 'chính quyền', raisedBy: 'government' },
  { text: 'cấp ủy', raisedBy: 'party-committee' },
  { text: 'Đảng ủy', raisedBy: 'party-committee' },
  { text: 'ĐU', raisedBy: 'party-committee' },
  { text: 'TTĐU', raisedBy: 'party-committee' },
  { text: 'chi bộ', raisedBy: 'party-committee' },
  { text: 'chi ủy', raisedBy: 'party-committee' },
  { text: 'Công an xã', raisedBy: 'commune-police' },
  { text: 'Công an phường', raisedBy: 'commune-police' },
  { text: 'Công an thị trấn', raisedBy: 'commune-police' },
  { text: 'CA xã', raisedBy: 'commune-police' },
  { text: 'CAX', raisedBy: 'commune-police' },
  { text: 'TCAX', raisedBy: 'commune-police' },
  { text: 'công an viên', raisedBy: 'commune-police' },
  { text: 'chủ tịch', raisedBy: 'government' },
  { text: 'CT UBND', raisedBy: 'government' },
  { text: 'bí thư', raisedBy: 'party-committee' },
  { text: 'quần chúng nhân dân', raisedBy: 'public' },
  { text: 'quần chúng', raisedBy: 'public' },
  { text: 'nhân dân', raisedBy: 'public' },
  { text: 'người dân', raisedBy: 'public' },
  { text: 'công dân', raisedBy: 'public' },
  { text: 'hộ gia đình', raisedBy: 'public' },
  { text: 'trưởng bản', raisedBy: 'public' },
  { text: 'trưởng thôn', raisedBy: 'public' },
  { text: 'già làng', raisedBy: 'public' },
  { text: 'người có uy tín', raisedBy: 'public' },
];
