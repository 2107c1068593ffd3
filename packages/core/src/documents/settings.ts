/**
 * The unit's document settings: the workbook's "Thông tin đơn vị" rows, then
 * the caller's overrides (CLI options), with fallbacks from the unit names in
 * the workbook's title rows. Nothing assumes "huyện": a provincial unit over
 * commune police and a commune police unit over villages read the same way.
 */
import type { Catalogue, Commune } from '../model.js';
import {
  DEFAULT_DOCUMENT_SYMBOLS,
  DEFAULT_INVITATION_LEAD_DAYS,
  UNIT_ABBREVIATIONS,
  type DocumentSettingKey,
} from '../data/documentSettings.js';
import type { SettingEntry } from '../records/readSettings.js';
import type { UnitNames } from '../report/unitName.js';
import { communeLabel } from '../rotation/rules/participants.js';
import { foldKey, stripCommuneName, titleCaseVi } from '../text/index.js';
import type { DocumentKind } from './model.js';

/** Everything the three documents need to know about the unit. */
export interface DocumentSettings {
  /** Parent body in capitals (e.g. `"CÔNG AN TỈNH ĐIỆN BIÊN"`), or null. */
  parentBody: string | null;
  /** Issuing body in capitals (e.g. `"CÔNG AN HUYỆN NẬM PỒ"`). */
  issuingBody: string;
  /** The issuing body as body text names it (e.g. `"Công an huyện Nậm Pồ"`). */
  unitName: string;
  /** Place name of the date line (e.g. `"Nậm Pồ"`). */
  placeName: string;
  /** Unit abbreviation after the symbol (e.g. `"CAH"`). */
  unitAbbreviation: string;
  symbols: Record<DocumentKind, string>;
  signer: { authority: string | null; title: string; name: string | null };
  /** Addressee of the report ("Kính gửi: …"), or null. */
  reportTo: string | null;
  /**
   * Recipients besides those named under "Kính gửi" (the papers put "- Như trên;" first for them)
   * and without the closing "Lưu: …" line.
   */
  recipients: { invitation: string[]; report: string[]; minutes: string[] };
  /** What the closing line keeps: the clerk's own ("VT, TH"), else "VT" and a blank for the drafting unit ("VT, ……"). */
  archive: string;
  /** Briefing start time as written, e.g. `"07h30"`; null when the workbook names none (a blank for the clerk). */
  briefingTime: string | null;
  /** Place of a briefing for each commune with its own place (canonical commune name → text). */
  places: Record<string, string>;
  /** Place for other communes, `{xã}` standing for the host ("xã Nà Khoa"); null when the workbook names none. */
  defaultPlace: string | null;
  /** Working days between an invitation's date and its briefing (default 5). */
  invitationLeadDays: number;
  /** First number of each kind; null leaves "Số:      /GM-CAH" blank for the clerk. */
  startNumbers: Record<DocumentKind, number | null>;
}

/** Caller's overrides (e.g. CLI options); any field given wins over the workbook. */
export type DocumentSettingsOverrides = Partial<Omit<DocumentSettings, 'symbols' | 'signer' | 'recipients' | 'startNumbers' | 'places' | 'briefingTime' | 'defaultPlace'>> & {
  briefingTime?: string | null;
  defaultPlace?: string | null;
  symbols?: Partial<Record<DocumentKind, string>>;
  signer?: Partial<DocumentSettings['signer']>;
  recipients?: Partial<DocumentSettings['recipients']>;
  startNumbers?: Partial<Record<DocumentKind, number | null>>;
  places?: Record<string, string>;
};

const DOTS = '……';

/** "CÔNG AN HUYỆN NẬM PỒ" → level "huyện", name "Nậm Pồ". */
const UNIT_RE = /^công an\s+(tỉnh|thành phố|huyện|quận|thị xã|xã|phường|thị trấn|đặc khu)\s+(.+)$/u;

/** Level and name of a "Công an <cấp> <tên>" text in any case, or null. */
function unitParts(text: string): { level: string; name: string } | null {
  const m = UNIT_RE.exec(text.normalize('NFC').trim().replace(/\s+/gu, ' ').toLocaleLowerCase('vi'));
  if (!m) return null;
  // Keep the name's letters as typed (only the case is folded above).
  const typed = text.normalize('NFC').trim().replace(/\s+/gu, ' ');
  const name = typed.slice(typed.length - m[2]!.length);
  return { level: m[1]!, name: titleCaseVi(name) };
}

/** Body-text form of a body name: "CÔNG AN HUYỆN NẬM PỒ" → "Công an huyện Nậm Pồ". */
function sentenceName(text: string): string {
  const p = unitParts(text);
  if (p) return `Công an ${p.level} ${p.name}`;
  const t = text.trim();
  if (t !== t.toLocaleUpperCase('vi')) return t;
  // "BỘ CÔNG AN" → "Bộ Công an": the police's own name keeps its capital (Decree 30 Appendix II).
  const lower = t.toLocaleLowerCase('vi').replace(/(^|\s)công an(?=\s|$)/gu, '$1Công an');
  return lower.charAt(0).toLocaleUpperCase('vi') + lower.slice(1);
}

/** The clerk's own "Lưu: VT, TH." line in a recipients text ("VT, TH"), or null. */
function archiveOf(text: string | null): string | null {
  const m = text ? /(?:^|[\n;])\s*[-–•+*]?\s*lưu\s*:\s*([^\n;]+)/iu.exec(text.normalize('NFC')) : null;
  return m ? m[1]!.trim().replace(/[.;]+$/u, '') || null : null;
}

/** One recipient per line or per ";" (the clerk's "- " and ";" dropped; "Lưu: VT" kept apart). */
export function splitRecipients(text: string): string[] {
  return text
    .split(/\r?\n|;/u)
    .map((s) => s.trim().replace(/^[-–•+*]\s*/u, '').replace(/[;.,]+$/u, '').trim())
    .filter((s) => s !== '' && !/^lưu\s*:/iu.test(s.normalize('NFC')));
}

function findCommune(catalogue: Catalogue, name: string): Commune | undefined {
  const k = foldKey(stripCommuneName(name).name || name);
  return catalogue.communes.find((c) => foldKey(c.name) === k);
}

/**
 * The document settings of a workbook: its settings rows, then `overrides`,
 * with fallbacks from the title rows' unit names (`detectUnitNames`).
 *
 * @example
 * ```ts
 * const read = readWorkbook(grid);
 * const s = resolveDocumentSettings(read, detectUnitNames(grid));
 * s.issuingBody;      // "CÔNG AN HUYỆN NẬM PỒ"
 * s.placeName;        // "Nậm Pồ"
 * s.unitAbbreviation; // "CAH"
 * s.signer.authority; // "KT. TRƯỞNG CÔNG AN HUYỆN"
 * ```
 */
export function resolveDocumentSettings(
  read: { settings: readonly SettingEntry[]; catalogue: Catalogue },
  units: UnitNames = { parent: null, unit: null },
  overrides: DocumentSettingsOverrides = {},
): DocumentSettings {
  const given = new Map<DocumentSettingKey, string>();
  const places: Record<string, string> = {};
  for (const e of read.settings) {
    if (e.key === 'place' && e.commune !== null) {
      const c = findCommune(read.catalogue, e.commune);
      places[c?.name ?? e.commune] = e.value;
    } else if (!given.has(e.key)) given.set(e.key, e.value);
  }
  const get = (k: DocumentSettingKey): string | null => given.get(k)?.trim() || null;

  const issuingRaw = overrides.issuingBody?.trim() || get('issuingBody') || units.unit;
  const issuingBody = issuingRaw ? issuingRaw.toLocaleUpperCase('vi') : `CÔNG AN ${DOTS}`;
  const parentRaw = overrides.parentBody !== undefined ? overrides.parentBody : get('parentBody') ?? units.parent;
  const parentBody = parentRaw?.trim() ? parentRaw.trim().toLocaleUpperCase('vi') : null;
  const unitName = overrides.unitName?.trim() || (issuingRaw ? sentenceName(issuingRaw) : `Công an ${DOTS}`);
  const parts = unitParts(issuingBody);
  const placeName = overrides.placeName?.trim() || get('placeName') || parts?.name || DOTS;
  const unitAbbreviation =
    overrides.unitAbbreviation?.trim() || get('unitAbbreviation') || (parts ? UNIT_ABBREVIATIONS[parts.level] : undefined) || 'CA';
  // A provincial police is headed by a Giám đốc; every lower unit by a Trưởng.
  const levelBody = parts ? `CÔNG AN ${parts.level.toLocaleUpperCase('vi')}` : 'CÔNG AN';
  const head = parts?.level === 'tỉnh' ? 'GIÁM ĐỐC' : `TRƯỞNG ${levelBody}`;
  const authority =
    overrides.signer?.authority !== undefined ? overrides.signer.authority : get('signerAuthority') ?? `KT. ${head}`;
  const title = overrides.signer?.title?.trim() || get('signerTitle') || `PHÓ ${head}`;
  const name = overrides.signer?.name !== undefined ? overrides.signer.name : get('signerName');
  const unitShort = parts ? `Công an ${parts.level}` : unitName;
  const parentName = parentBody ? sentenceName(parentBody) : null;
  const reportTo = overrides.reportTo !== undefined ? overrides.reportTo : get('reportTo') ?? parentName;

  const listOf = (k: DocumentSettingKey): string[] | null => (get(k) ? splitRecipients(get(k)!) : null);
  const invitationRecipients = overrides.recipients?.invitation ?? listOf('invitationRecipients') ?? [`Lãnh đạo ${unitShort}`];
  const reportRecipients = overrides.recipients?.report ?? listOf('reportRecipients') ?? [`Lãnh đạo ${unitShort}`];
  const minutesRecipients = overrides.recipients?.minutes ?? listOf('minutesRecipients') ?? [`Lãnh đạo ${unitShort}`];
  const drafting = get('draftingUnit');
  const leadRaw = get('invitationLeadDays');
  const leadGiven = leadRaw !== null && /^\d{1,2}$/u.test(leadRaw) ? +leadRaw : null;

  return {
    parentBody,
    issuingBody,
    unitName,
    placeName,
    unitAbbreviation,
    symbols: {
      invitation: overrides.symbols?.invitation || get('invitationSymbol') || DEFAULT_DOCUMENT_SYMBOLS.invitation,
      minutes: overrides.symbols?.minutes || get('minutesSymbol') || DEFAULT_DOCUMENT_SYMBOLS.minutes,
      report: overrides.symbols?.report || get('reportSymbol') || DEFAULT_DOCUMENT_SYMBOLS.report,
    },
    signer: { authority: authority?.trim() ? authority.trim().toLocaleUpperCase('vi') : null, title: title.toLocaleUpperCase('vi'), name: name?.trim() || null },
    reportTo: reportTo?.trim() || null,
    recipients: { invitation: invitationRecipients, report: reportRecipients, minutes: minutesRecipients },
    archive:
      overrides.archive?.trim() ||
      (drafting ? `VT, ${drafting.replace(/^\s*(?:lưu\s*:\s*)?(?:vt\s*,\s*)?/iu, '').replace(/[.;]+$/u, '')}` : null) ||
      archiveOf(get('reportRecipients')) ||
      archiveOf(get('invitationRecipients')) ||
      `VT, ${DOTS}`,
    // No time or place is invented: without one the papers leave a dotted blank for the clerk.
    briefingTime: overrides.briefingTime !== undefined ? overrides.briefingTime?.trim() || null : get('briefingTime'),
    places: { ...places, ...(overrides.places ?? {}) },
    defaultPlace: overrides.defaultPlace !== undefined ? overrides.defaultPlace?.trim() || null : get('place'),
    invitationLeadDays:
      overrides.invitationLeadDays !== undefined && Number.isInteger(overrides.invitationLeadDays) && overrides.invitationLeadDays >= 0
        ? overrides.invitationLeadDays
        : (leadGiven ?? DEFAULT_INVITATION_LEAD_DAYS),
    startNumbers: {
      invitation: overrides.startNumbers?.invitation ?? null,
      minutes: overrides.startNumbers?.minutes ?? null,
      report: overrides.startNumbers?.report ?? null,
    },
  };
}

/**
 * Where a commune's briefing is held, as the workbook names it: its own place
 * setting, else the default with `{xã}` replaced ("Hội trường Ủy ban nhân dân
 * xã Nà Khoa"); null when the workbook names no place (the papers then leave a blank).
 *
 * @example
 * ```ts
 * briefingPlace(settings, { name: 'Nà Khoa', kind: 'xa' }); // "Hội trường Ủy ban nhân dân xã Nà Khoa" (with that default)
 * ```
 */
export function briefingPlace(settings: DocumentSettings, commune: Pick<Commune, 'name' | 'kind' | 'village'>): string | null {
  const own = settings.places[commune.name];
  if (own) return own;
  const d = settings.defaultPlace;
  if (!d) return null;
  return d.includes('{xã}') ? d.replace(/\{xã\}/gu, communeLabel(commune)) : d;
}
