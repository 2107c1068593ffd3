// Realistic records of a small Điện Biên district (names from the article), built by hand.
import type { Attendance, BriefingRecord, Catalogue, Commune, IssueRecord, Leader } from '@giaoban/core';

const commune = (name: string, cluster: string, extra: Partial<Commune> = {}): Commune => ({
  name,
  kind: 'xa',
  cluster,
  areaOfficers: [],
  policeChief: null,
  validFrom: null,
  validTo: null,
  mergedInto: null,
  ...extra,
});
const leader = (name: string, clusters: string[] = []): Leader => ({
  name,
  rank: 'Thượng tá',
  title: 'Phó trưởng Công an huyện',
  clusters,
  activeFrom: null,
  activeTo: null,
});

export const catalogue: Catalogue = {
  communes: [
    commune('Nà Khoa', 'Cụm 1'),
    commune('Nậm Nhừ', 'Cụm 1'),
    commune('Nậm Chua', 'Cụm 1'),
    commune('Na Cô Sa', 'Cụm 1'),
    commune('Chà Nưa', 'Cụm 2'),
    commune('Si Pa Phìn', 'Cụm 2'),
    // Merged away in mid-2024: not active in 2025.
    commune('Phìn Hồ', 'Cụm 2', { validTo: '2024-06-30', mergedInto: 'Si Pa Phìn' }),
  ],
  leaders: [leader('Trần Ích Chính'), leader('Lò Văn Minh', ['Cụm 2'])],
  absences: [],
  holidays: [],
};

const att = (over: Partial<Attendance> = {}): Attendance => ({
  areaOfficers: true,
  communePolice: true,
  partyStanding: true,
  peoplesCouncil: true,
  peoplesCommittee: true,
  public: null,
  massOrganizations: [],
  ...over,
});

let row = 5;
export function briefing(date: string, host: string, chair: string | null, over: Partial<BriefingRecord> = {}): BriefingRecord {
  const cluster = catalogue.communes.find((c) => c.name === host)?.cluster ?? null;
  return {
    ref: { sheet: 'Giao ban', row: row++ },
    date,
    host,
    chair,
    cluster,
    participatingCommunes: catalogue.communes.filter((c) => c.cluster === cluster && c.validTo === null).map((c) => c.name),
    attendance: att(),
    notes: null,
    ...over,
  };
}

let issueRow = 6;
export function issue(date: string, commune: string, over: Partial<IssueRecord> = {}): IssueRecord {
  return {
    ref: { sheet: 'Ý kiến', row: issueRow++ },
    date,
    commune,
    content: 'Phản ánh tình hình trộm cắp gia súc trên địa bàn bản Nà Khoa',
    category: 'security-situation',
    caseState: 'new',
    raisedBy: 'government',
    status: 'answered',
    resolvedDate: null,
    officer: null,
    notes: null,
    ...over,
  };
}
