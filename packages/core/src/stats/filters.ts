/**
 * Resolving the user's filter names (cluster, commune, leader) to the
 * catalogue's canonical names, and the predicates the statistics loop uses.
 */
import type { Catalogue, Commune, IsoDate } from '../model.js';
import type { StatisticsFilters } from './statistics.js';
import { GiaobanError, type BiMessage, type GiaobanSubclassOptions } from '../errors.js';

/**
 * A filter name that is not in the catalogue (Vietnamese `message`, English `messageEn`).
 * @example
 * ```ts
 * try { computeStatistics({ ...input, filters: { commune: 'Nà Khao' } }); }
 * catch (e) { if (e instanceof StatisticsFilterError) console.error(e.message); } // Không có xã "Nà Khao" trong danh mục.
 * ```
 */
export class StatisticsFilterError extends GiaobanError {
  override readonly name = 'StatisticsFilterError';
  constructor(text: BiMessage, options: GiaobanSubclassOptions = {}) {
    super(options.code ?? 'statistics.filter-unknown', text, options);
  }
}

const KIND_PREFIX = /^(xã|xa|phường|phuong|thị trấn|thi tran|đặc khu|dac khu|cụm|cum)\s+/u;

/**
 * Loose key for user-typed filter names: NFC, lower case, no diacritics, no kind prefix (so "1" finds "Cụm 1").
 * @example
 * ```ts
 * filterNameKey('Xã Nà Khoa'); // "na khoa"
 * ```
 */
export function filterNameKey(s: string): string {
  const lower = s.normalize('NFC').toLowerCase().trim().replace(/\s+/gu, ' ');
  return lower
    .replace(KIND_PREFIX, '')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/gu, '')
    .replace(/đ/gu, 'd');
}

function resolveOne(wanted: string | null | undefined, names: Iterable<string>, what: 'cluster' | 'commune' | 'leader'): string | null {
  if (wanted === undefined || wanted === null || wanted.trim() === '') return null;
  const key = filterNameKey(wanted);
  for (const n of names) if (filterNameKey(n) === key) return n;
  const vi = { cluster: 'cụm', commune: 'xã', leader: 'lãnh đạo' }[what];
  const en = { cluster: 'cluster', commune: 'commune', leader: 'leader' }[what];
  throw new StatisticsFilterError({ vi: `Không có ${vi} "${wanted}" trong danh mục.`, en: `There is no ${en} "${wanted}" in the catalogue.` });
}

/** Filters resolved to canonical names (null = no filter). */
export interface ResolvedFilters {
  cluster: string | null;
  commune: string | null;
  leader: string | null;
}

/**
 * Resolves filter names against the catalogue; throws {@link StatisticsFilterError} for an unknown name.
 * @example
 * ```ts
 * resolveStatisticsFilters(catalogue, { commune: 'xa na khoa' }).commune; // "Nà Khoa"
 * ```
 */
export function resolveStatisticsFilters(catalogue: Catalogue, filters: StatisticsFilters | undefined): ResolvedFilters {
  const clusters = new Set(catalogue.communes.map((c) => c.cluster));
  return {
    cluster: resolveOne(filters?.cluster, clusters, 'cluster'),
    commune: resolveOne(filters?.commune, catalogue.communes.map((c) => c.name), 'commune'),
    leader: resolveOne(filters?.leader, catalogue.leaders.map((l) => l.name), 'leader'),
  };
}

/** Communes in scope of the filters (before the validity dates are applied). */
export function communesInScope(catalogue: Catalogue, f: ResolvedFilters): Commune[] {
  let list = catalogue.communes;
  if (f.cluster !== null) list = list.filter((c) => c.cluster === f.cluster);
  if (f.commune !== null) list = list.filter((c) => c.name === f.commune);
  if (f.leader !== null) {
    const leader = catalogue.leaders.find((l) => l.name === f.leader);
    const allowed = leader && leader.clusters.length > 0 ? new Set(leader.clusters) : null;
    if (allowed) list = list.filter((c) => allowed.has(c.cluster));
  }
  return list;
}

/** True when a commune with validity [validFrom, validTo] exists at some day of [from, to]. */
export function communeActiveBetween(c: Commune, from: IsoDate, to: IsoDate): boolean {
  return (c.validFrom === null || c.validFrom <= to) && (c.validTo === null || c.validTo >= from);
}
