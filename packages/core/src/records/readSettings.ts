/**
 * The "Thông tin đơn vị" table → document settings (giấy mời, biên bản, báo cáo): one key/value
 * row per setting (issuing body, place name, signer, recipients …). Keys are
 * matched by the folded key like every header; an unknown key is a warning,
 * a blank value is simply not set. These rows are never records: they are not
 * counted in the statistics and never excluded.
 */
import type { RowRef } from '../model.js';
import { DOCUMENT_SETTING_KEYS, DOCUMENT_SETTING_SYNONYMS, type DocumentSettingKey } from '../data/documentSettings.js';
import { headerKeys } from '../workbook/headerIndex.js';
import { stripCommuneName } from '../text/index.js';
import type { RowLoopState } from './rowLoop.js';
import type { TableCells } from './tableCells.js';

/** One filled row of the settings table. */
export interface SettingEntry {
  key: DocumentSettingKey;
  /** For a per-commune setting ("Địa điểm tại xã Nà Khoa"): the commune as written, without its kind. */
  commune: string | null;
  /** The value as written (NFC, trimmed; line breaks kept). */
  value: string;
  ref: RowRef;
  /** A1 address of the value cell. */
  cell: string;
}

let keyIndex: Map<string, DocumentSettingKey> | null = null;

function index(): Map<string, DocumentSettingKey> {
  if (keyIndex) return keyIndex;
  keyIndex = new Map();
  for (const key of DOCUMENT_SETTING_KEYS) {
    for (const syn of DOCUMENT_SETTING_SYNONYMS[key]) {
      const [a, p] = headerKeys(syn);
      if (!keyIndex.has(a)) keyIndex.set(a, key);
      if (!keyIndex.has(p)) keyIndex.set(p, key);
    }
  }
  return keyIndex;
}

/**
 * The setting a key cell names, and the commune of a per-commune place
 * ("Địa điểm tại xã Nà Khoa" → place, "Nà Khoa"); null when unknown.
 *
 * @example
 * ```ts
 * settingKeyOf('Người ký');                 // { key: 'signerName', commune: null }
 * settingKeyOf('Dia diem tai xa Na Khoa');  // { key: 'place', commune: 'Na Khoa' }
 * ```
 */
export function settingKeyOf(text: string): { key: DocumentSettingKey; commune: string | null } | null {
  const [a, p] = headerKeys(text);
  const idx = index();
  const whole = idx.get(a) ?? idx.get(p);
  if (whole) return { key: whole, commune: null };
  // "Địa điểm (tại) xã X": the place of one commune.
  const m = /^(?:dia diem(?: giao ban| hop| to chuc)?)\s+(?:tai\s+)?(.+)$/u.exec(p);
  if (m) {
    // Cut the typed text at the same number of words, so the commune keeps its accents.
    const words = text.normalize('NFC').replace(/[:\-–]+/gu, ' ').trim().split(/\s+/u);
    const skip = p.split(' ').length - m[1]!.split(' ').length;
    const rest = words.slice(skip).join(' ');
    const name = stripCommuneName(rest).name || rest;
    if (name) return { key: 'place', commune: name };
  }
  return null;
}

/** Reads a settings table (rows with a key and a value; unknown keys are warnings). */
export function readSettings(t: TableCells, state: RowLoopState): SettingEntry[] {
  const out: SettingEntry[] = [];
  for (let r = t.table.firstDataRow; r <= t.table.lastDataRow; r++) {
    if (t.blankRow(r)) continue;
    state.done++;
    const keyText = t.text(r, 'settingKey');
    const value = t.text(r, 'settingValue');
    if (!keyText || !value) continue;
    const key = settingKeyOf(keyText);
    if (!key) {
      t.report('setting.unknown', r, 'settingKey', {
        vi: `Ô ${t.cell(r, 'settingKey')}: không rõ thông tin "${keyText}"; các mục dùng được: ${DOCUMENT_SETTING_KEYS.map((k) => DOCUMENT_SETTING_SYNONYMS[k][0]).join(', ')}.`,
        en: `Cell ${t.cell(r, 'settingKey')}: unknown setting "${keyText}"; known settings: ${DOCUMENT_SETTING_KEYS.map((k) => DOCUMENT_SETTING_SYNONYMS[k][0]).join(', ')}.`,
      });
      continue;
    }
    out.push({ ...key, value, ref: { sheet: t.sheet, row: r }, cell: t.cell(r, 'settingValue') });
  }
  return out;
}
