/**
 * Name lookups against the catalogue, built once per reading: communes by
 * name, leaders, and the non-leader people (area officers, commune police
 * chiefs) so that "a chair who is not a leader" can be told apart from an
 * unknown name.
 */
import type { Absence, Catalogue, Commune, IsoDate } from '../model.js';
import { unitLabels } from '../admin/unitNames.js';
import { CommuneHistory } from './communeHistory.js';
import { matchName, stripCommuneName, stripPersonName, stripVillageName, unaccentedKey, type NameMatch } from '../text/index.js';
import type { BiText } from '../findings/findingSink.js';
import { msg } from '../findings/messages.js';

/** Outcome of resolving a name typed in a cell. */
export type Resolved =
  | {
      ok: true;
      name: string;
      /** The old unit the cell named, when `name` is its successor (the successor view). */
      former?: string;
      /** An old name used on or after the merger: the warning to report at the cell. */
      merged?: (cell: string) => BiText;
    }
  | { ok: false; code: 'commune.unknown' | 'leader.unknown' | 'chair.not-leader'; message: (cell: string) => BiText; suggestion: BiText | null };

const ROLE_AREA_OFFICER = { vi: 'cán bộ phụ trách địa bàn', en: 'an area officer' };
const ROLE_POLICE_CHIEF = { vi: 'Trưởng Công an xã', en: 'a commune police chief' };

export class CatalogueIndex {
  readonly communeNames: string[];
  readonly leaderNames: string[];
  private readonly communes = new Map<string, Commune>();
  private readonly otherPeople: string[];
  private readonly roleOf = new Map<string, BiText>();
  private readonly communeMemo = new Map<string, Resolved>();
  private readonly chairMemo = new Map<string, Resolved>();
  private readonly byCluster = new Map<string, Commune[]>();
  private readonly absences = new Map<string, Absence[]>();

  /** Old names by date (inactive unless the list is of today's units and something says what was merged). */
  readonly history: CommuneHistory;

  /**
   * @param catalogue - the workbook's lists.
   * @param history - old names by date (default: none).
   * @param villages - the list is of villages (a commune police unit's): "Bản …", "Thôn …" are stripped.
   */
  constructor(readonly catalogue: Catalogue, history?: CommuneHistory, readonly villages = false) {
    this.history = history ?? CommuneHistory.build([]);
    this.communeNames = catalogue.communes.map((c) => c.name);
    this.leaderNames = catalogue.leaders.map((l) => l.name);
    for (const c of catalogue.communes) {
      this.communes.set(c.name, c);
      const list = this.byCluster.get(c.cluster);
      if (list) list.push(c);
      else this.byCluster.set(c.cluster, [c]);
      for (const o of c.areaOfficers) if (!this.roleOf.has(o)) this.roleOf.set(o, ROLE_AREA_OFFICER);
      if (c.policeChief && !this.roleOf.has(c.policeChief)) this.roleOf.set(c.policeChief, ROLE_POLICE_CHIEF);
    }
    for (const a of catalogue.absences) {
      const list = this.absences.get(a.leader);
      if (list) list.push(a);
      else this.absences.set(a.leader, [a]);
    }
    const leaders = new Set(this.leaderNames);
    this.otherPeople = [...this.roleOf.keys()].filter((p) => !leaders.has(p));
  }

  get hasCommunes(): boolean {
    return this.communeNames.length > 0;
  }

  get hasLeaders(): boolean {
    return this.leaderNames.length > 0;
  }

  commune(name: string): Commune | undefined {
    return this.communes.get(name);
  }

  /** The absence of a leader covering a date, if any (first listed wins). */
  absenceOn(leader: string, on: IsoDate): Absence | undefined {
    return this.absences.get(leader)?.find((a) => a.from <= on && on <= a.to);
  }

  /** A catalogue commune that does not exist on a date (outside validFrom/validTo); undefined when it does or is unknown. */
  inactiveOn(name: string, on: IsoDate): Commune | undefined {
    const c = this.communes.get(name);
    if (!c) return undefined;
    return (c.validFrom !== null && on < c.validFrom) || (c.validTo !== null && on > c.validTo) ? c : undefined;
  }

  /** The catalogue's spelling of a cluster written in a cell ("cụm 2" → "Cụm 2"), or the text as written. */
  canonicalCluster(text: string): string {
    if (this.byCluster.has(text)) return text;
    const k = unaccentedKey(text);
    for (const name of this.byCluster.keys()) if (unaccentedKey(name) === k) return name;
    return text;
  }

  /** Communes of a cluster active on a date, in catalogue order. */
  clusterCommunes(cluster: string, on: IsoDate): string[] {
    return (this.byCluster.get(cluster) ?? [])
      .filter((c) => (c.validFrom === null || c.validFrom <= on) && (c.validTo === null || c.validTo >= on))
      .map((c) => c.name);
  }

  /**
   * A commune typed in a cell → its catalogue name (or the stripped name when there is no list). With the
   * row's date, an old unit's name resolves to its successor in the list (before the merger silently, with
   * the old name kept; after it with a warning naming the successor).
   */
  resolveCommune(raw: string, on: IsoDate | null = null): Resolved {
    const era = on !== null && on < this.history.effectiveFrom ? 'o' : 'n';
    const memoKey = this.history.active ? `${era}\u0000${raw}` : raw;
    const hit = this.communeMemo.get(memoKey);
    if (hit) return hit;
    let out: Resolved;
    const past = this.history.resolve(raw, on);
    if (past?.kind === 'former') {
      const successor = past.name;
      const successorLabel = unitLabels({ level: 'commune', kind: this.communes.get(successor)?.kind ?? 'xa', name: successor });
      const eff = this.history.effectiveFrom;
      const source = past.unit.source;
      out = {
        ok: true,
        name: successor,
        former: past.former,
        merged: past.merged ? (cell) => msg.communeMergedName(cell, raw, past.unit.label, successorLabel, eff, source.kind === 'catalogue' ? source.resolution : null) : undefined,
      };
    } else if (past?.kind === 'outside') {
      out = {
        ok: false,
        code: 'commune.unknown',
        message: (cell) => msg.communeMergedOutside(cell, raw, past.unit.label, past.unit.outside, this.history.effectiveFrom),
        suggestion: null,
      };
    } else if (!this.hasCommunes) {
      out = { ok: true, name: stripCommuneName(raw).name || raw };
    } else {
      let m: NameMatch = matchName(raw, this.communeNames, 'commune');
      if (m.status !== 'exact' && this.villages) {
        const bare = stripVillageName(raw);
        if (bare !== raw) {
          const v = matchName(bare, this.communeNames, 'commune');
          if (v.status === 'exact' || m.status === 'none') m = v;
        }
      }
      const nearOld = m.status === 'near' ? null : this.history.nearFormer(raw);
      out =
        m.status === 'exact'
          ? { ok: true, name: m.name }
          : {
              ok: false,
              code: 'commune.unknown',
              message: (cell) => msg.communeUnknown(cell, raw),
              suggestion: m.status === 'near' ? msg.didYouMean(m.suggestion) : nearOld ? msg.didYouMean(nearOld) : null,
            };
    }
    if (this.communeMemo.size < 20_000) this.communeMemo.set(memoKey, out);
    return out;
  }

  /** A chair typed in a cell → the leader's catalogue name, or why not. */
  resolveChair(raw: string): Resolved {
    const hit = this.chairMemo.get(raw);
    if (hit) return hit;
    let out: Resolved;
    if (!this.hasLeaders) {
      out = { ok: true, name: stripPersonName(raw) || raw };
    } else {
      const m = matchName(raw, this.leaderNames, 'person');
      if (m.status === 'exact') out = { ok: true, name: m.name };
      else {
        const other = this.otherPeople.length ? matchName(raw, this.otherPeople, 'person') : ({ status: 'none' } as NameMatch);
        if (other.status === 'exact') {
          const role = this.roleOf.get(other.name)!;
          out = { ok: false, code: 'chair.not-leader', message: (cell) => msg.chairNotLeader(cell, raw, role), suggestion: null };
        } else {
          out = {
            ok: false,
            code: 'leader.unknown',
            message: (cell) => msg.leaderUnknown(cell, raw),
            suggestion: m.status === 'near' ? msg.didYouMean(m.suggestion) : null,
          };
        }
      }
    }
    if (this.chairMemo.size < 20_000) this.chairMemo.set(raw, out);
    return out;
  }
}
