/**
 * The domain vocabulary of Giao ban, shared by every module.
 *
 * Dates are plain `YYYY-MM-DD` strings: calendar dates in Asia/Ho_Chi_Minh
 * that no host time zone can shift. Months are `YYYY-MM`.
 *
 * @packageDocumentation
 */
// Type-only: the finding codes are keys of the labelled FINDING_CODES table.
/** A calendar date `YYYY-MM-DD` (Asia/Ho_Chi_Minh). Example: `"2018-02-15"`. */
export type IsoDate = string;
/** A calendar month `YYYY-MM`. Example: `"2018-02"`. */
export type YearMonth = string;

/** What a reporting period spans (calendar/periods.ts builds them). */
export type PeriodKind = 'month' | 'quarter' | 'half' | 'nine-months' | 'year' | 'custom';

/** Kind of a commune-level unit (xã, phường, thị trấn, đặc khu). */
export type CommuneKind = 'xa' | 'phuong' | 'thi-tran' | 'dac-khu';

/** A commune-level unit of the supervising unit's area. `name` is its key. */
export interface Commune {
  /** Canonical name without the kind prefix, e.g. `"Nà Khoa"`. */
  name: string;
  kind: CommuneKind;
  /** Cluster (cụm xã) the commune belongs to, e.g. `"Cụm 1"`. */
  cluster: string;
  /** Officers in charge of the area (cán bộ phụ trách địa bàn). */
  areaOfficers: string[];
  /** Commune police chief (Trưởng Công an xã), if known. */
  policeChief: string | null;
  /** First day the unit exists (inclusive), or null for always. */
  validFrom: IsoDate | null;
  /** Last day the unit exists (inclusive), or null for still active. */
  validTo: IsoDate | null;
  /** Name of the commune it was merged into, if any. */
  mergedInto: string | null;
  /** Official code (Mã ĐVHC, five digits) when the workbook or the catalogue gives one. */
  code?: string | null;
  /**
   * The old units it was formed from (names, as the workbook's "Hình thành từ" column writes them);
   * absent when the workbook does not say (then the national catalogue, when given, does).
   */
  formedFrom?: string[];
  /**
   * The village tier: the host is a village of a commune police unit (thôn, bản, tổ dân phố). `word` is
   * the kind as the list writes it ("bản", "thôn", "tổ dân phố"; "thôn" when it writes none), `head` the
   * village head when listed.
   */
  village?: { word: string; head: string | null };
}

/** A leader who may chair briefings (lãnh đạo chủ trì). `name` is its key. */
export interface Leader {
  name: string;
  rank: string | null;
  title: string | null;
  /** Clusters this leader may chair; empty means every cluster. */
  clusters: string[];
  activeFrom: IsoDate | null;
  activeTo: IsoDate | null;
}

/** A leader's absence, inclusive on both ends. */
export interface Absence {
  leader: string;
  from: IsoDate;
  to: IsoDate;
  reason: string | null;
}

/** Where a holiday entry comes from, in increasing priority. */
export type HolidaySource = 'rule' | 'estimate' | 'decree' | 'workbook';
/** `off`: no work that day; `workday`: a make-up working day (ngày làm bù). */
export type HolidayKind = 'off' | 'workday';

/** One calendar day of a holiday calendar. */
export interface Holiday {
  date: IsoDate;
  /** Name in Vietnamese, e.g. `"Tết Nguyên Đán"`, `"Nghỉ bù Quốc khánh"`. */
  name: string;
  kind: HolidayKind;
  source: HolidaySource;
  /** The same name in English, when the calendar knows it. */
  nameEn?: string;
  /** Why the day is what it is: the announcement cited (decrees) or the reasoning (estimates). */
  note?: string;
  noteEn?: string;
}

/** A holiday supplied by the caller (e.g. from the workbook's holiday sheet). */
export interface HolidayOverride {
  date: IsoDate;
  name: string;
  kind: HolidayKind;
  /** The announcement it comes from, when the source names one (shown as the day's note). */
  reference?: string;
}

/** Everything the unit keeps as reference data. */
export interface Catalogue {
  communes: Commune[];
  leaders: Leader[];
  absences: Absence[];
  holidays: HolidayOverride[];
}

/** Where a record came from in a workbook: sheet name and 1-based row. */
export interface RowRef {
  sheet: string;
  row: number;
}

/** Who attended a briefing. `null` means the workbook does not say. */
export interface Attendance {
  areaOfficers: boolean | null;
  /** Commune police chief or deputy present. */
  communePolice: boolean | null;
  /** Thường trực Đảng ủy. */
  partyStanding: boolean | null;
  /** HĐND. */
  peoplesCouncil: boolean | null;
  /** UBND. */
  peoplesCommittee: boolean | null;
  /** Public present: a head count, `true` when present without a count, `false`/`null` otherwise. */
  public: number | boolean | null;
  /** Mass organisations present, canonical short names (e.g. `"MTTQ"`, `"Hội Phụ nữ"`). */
  massOrganizations: string[];
  /** The village tier: village heads (trưởng thôn, bản, tổ dân phố) present; absent or null when not said. */
  villageHeads?: boolean | null;
  /** The village tier: the grassroots security team (Tổ bảo vệ an ninh, trật tự ở cơ sở) present. */
  securityTeam?: boolean | null;
}

/** A briefing that was held (a row of the clerk's briefing sheet). */
export interface BriefingRecord {
  ref: RowRef;
  date: IsoDate;
  /** Canonical host commune name. */
  host: string;
  /** Canonical leader name, or null when blank. */
  chair: string | null;
  cluster: string | null;
  participatingCommunes: string[];
  attendance: Attendance;
  notes: string | null;
  /**
   * When the row names an old unit (before 1 July 2025, or an old name used after it): that old unit's
   * name; `host` is then today's unit it went into (the successor view). Absent when the row names the host itself.
   */
  formerHost?: string | null;
}

/** Stable category codes of an issue. */
export type Category =
  | 'security-situation'
  | 'commune-police'
  | 'mass-organizations'
  | 'administrative-procedures'
  | 'other';

/** Case state of a `security-situation` issue. */
export type CaseState = 'pending' | 'new';

/** Who raised an issue. */
export type RaisedBy = 'party-committee' | 'government' | 'commune-police' | 'public' | 'mass-organization';

/** Resolution status of an issue. */
export type IssueStatus = 'answered' | 'in-progress' | 'resolved' | 'referred';

/** An item raised at a briefing (a row of the clerk's issue sheet). */
export interface IssueRecord {
  ref: RowRef;
  date: IsoDate;
  commune: string;
  content: string;
  category: Category | null;
  caseState: CaseState | null;
  raisedBy: RaisedBy | null;
  /** Who raised it as the clerk wrote it ("Bí thư Đảng ủy xã", "Ông Lò Văn Pọm, trưởng bản"), or null when blank; minutes name the raiser so. */
  raisedByText?: string | null;
  /** Blank status is read as `in-progress` (with a warning). */
  status: IssueStatus;
  resolvedDate: IsoDate | null;
  /**
   * The day the item was accepted for handling (Ngày thụ lý), when the workbook records it: complaints and
   * denunciations count their deadline from it. Absent when the table has no such column.
   */
  acceptedDate?: IsoDate | null;
  officer: string | null;
  notes: string | null;
  /**
   * When the row names an old unit merged into today's `commune` (the successor view): the old unit's
   * name, for breakdowns such as "trong đó: xã Nà Khoa cũ …". Absent when the row names `commune` itself.
   */
  formerCommune?: string | null;
  /**
   * Kind of item (`complaint`, `crime-report`, … or a kind of the workbook's "Thời hạn xử lý" table), which
   * decides its deadline; null or absent: the default kind (30 calendar days unless configured).
   */
  kind?: string | null;
}

/** Severity of a validation finding. */
export type Severity = 'error' | 'warning';

/** Business-day convention for moving a briefing off a non-working day (ISDA 2006 §4.12). */
export type DateRule = 'following' | 'preceding' | 'modified-following' | 'modified-preceding' | 'none';

/** Where a planned briefing's assignment came from. */
export type PlanSource = 'history' | 'override' | 'generated';

/** One planned briefing: a cluster's briefing for a month. */
export interface PlannedBriefing {
  month: YearMonth;
  cluster: string;
  date: IsoDate;
  host: string;
  chair: string | null;
  participatingCommunes: string[];
  participants: string[];
  /** Reasons in Vietnamese (why this date, host and chair). */
  reasons: string[];
  reasonsEn: string[];
  source: PlanSource;
  /**
   * Present when the date's year has no announcement of its Tết or National Day break yet: the date rests
   * on estimated holidays and may change (Vietnamese and English).
   */
  estimate?: { vi: string; en: string };
}

/** A clerk's fixed choice for a month and cluster (any of host, chair, date). */
export interface Override {
  month: YearMonth;
  cluster: string;
  host?: string;
  chair?: string;
  date?: IsoDate;
}

/**
 * One row of the workbook's **Đổi lịch** table: a recorded swap of one
 * briefing's chair, host or date (`from` → `to`), with who asked and who
 * approved. The planner honours it as an override and names what it changed.
 */
export interface ScheduleSwap {
  /** Date of the briefing as planned (its month and cluster identify the briefing). */
  date: IsoDate;
  cluster: string;
  /** What is swapped away: a leader, a commune or a date (as the clerk wrote it). */
  from: string | null;
  /** What replaces it: a leader (chair), a commune (host) or a date `YYYY-MM-DD`. */
  to: string;
  reason: string | null;
  requestedBy: string | null;
  approvedBy: string | null;
  /** Where the row is in the workbook, for messages. */
  ref?: RowRef;
}

// Cell grids: what adapters (@giaoban/xlsx, Office.js, SheetJS) hand to the core and take back.
// The core never sees a file or an Excel object, only these plain arrays.

/**
 * One cell value as Excel reports it: text, number (dates arrive as serial
 * numbers), boolean, empty (`null`), or an error text such as `"#N/A"`.
 */
export type CellValue = string | number | boolean | null;

/** One worksheet as a rectangular block of values. */
export interface SheetGrid {
  /** Worksheet name as shown on the tab. */
  name: string;
  /** Row-major values; `values[0][0]` is the cell at `origin` (A1 by default). */
  values: CellValue[][];
  /** 1-based row and column of `values[0][0]`; default `{ row: 1, col: 1 }`. */
  origin?: { row: number; col: number };
  /** Number formats parallel to `values` (e.g. `"dd/mm/yyyy"`), where known. */
  numberFormats?: (string | null)[][];
  /** Font names parallel to `values` (e.g. `".VnTime"`), where known; used to detect TCVN3/VNI text. */
  fonts?: (string | null)[][];
  /** Merged areas in A1 notation, e.g. `"A1:F1"`. */
  merges?: string[];
}

/** A whole workbook as grids. */
export interface WorkbookGrid {
  sheets: SheetGrid[];
  /** True when the workbook uses the 1904 date system (serial 0 = 1904-01-01). */
  date1904?: boolean;
}
