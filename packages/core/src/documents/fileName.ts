/** File names of documents: kind, date and host (a report: its period), ASCII only (kind to Windows shares and old zip tools). */
import type { DocumentKind, DocumentModel } from './model.js';

const KIND_SLUG: Record<DocumentKind, string> = { invitation: 'giay-moi', minutes: 'bien-ban', report: 'bao-cao' };

/** Lower-case ASCII words joined by "-": diacritics folded, đ → d. */
function slug(s: string): string {
  return s
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/[đĐ]/gu, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40)
    .replace(/-+$/g, '');
}

/**
 * The file name of a document: `<kind>_<date>[_<host>|_<cluster>].docx`; a
 * report is named by its period — its reporting month (`bao-cao_thang-12-2025`)
 * or its first and last day — not by the day it is signed.
 *
 * @example
 * ```ts
 * documentFileName({ kind: 'invitation', meta: { date: '2026-01-15', host: 'Nà Khoa', cluster: 'Cụm 1' } }); // "giay-moi_2026-01-15_na-khoa.docx"
 * documentFileName({ kind: 'report', meta: { date: '2026-01-15', host: null, cluster: 'Cụm 2', period: { from: '2025-12-15', to: '2026-01-14', month: '2026-01' } } });
 * // "bao-cao_thang-01-2026_cum-2.docx"
 * ```
 */
export function documentFileName(doc: Pick<DocumentModel, 'kind' | 'meta'>): string {
  const parts = [KIND_SLUG[doc.kind]];
  const p = doc.meta.period;
  if (p) parts.push(p.month ? `thang-${p.month.slice(5, 7)}-${p.month.slice(0, 4)}` : `${p.from}_${p.to}`);
  else if (doc.meta.date) parts.push(doc.meta.date);
  if (doc.meta.host) parts.push(slug(doc.meta.host) || 'xa');
  else if (doc.meta.cluster) parts.push(slug(doc.meta.cluster) || 'cum');
  return `${parts.join('_')}.docx`;
}
