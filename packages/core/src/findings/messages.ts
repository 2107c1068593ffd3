/**
 * The words of every finding, in Vietnamese for the clerk and English alongside.
 * Each message names the cell and the value, so it reads on its own in a list.
 */
import type { IsoDate } from '../model.js';
import { daysInMonth, formatDateEn, formatDateVi } from '../calendar/index.js';
import type { BiText } from './findingSink.js';
import { ENGLISH_MONTH_NAMES } from '../data/monthNames.js';

const MAX_SHOWN = 60;

/** A cell value as quoted in a message: trimmed, one line, shortened. */
export function shown(v: unknown): string {
  let s = typeof v === 'number' && Number.isFinite(v) ? String(v) : String(v ?? '');
  s = s.replace(/\s+/g, ' ').trim();
  if (s.length > MAX_SHOWN) s = s.slice(0, MAX_SHOWN - 1) + '…';
  return s;
}

/** "dd/mm/yyyy" for messages in both languages (clerks read day-first). */
const d = (x: IsoDate) => formatDateVi(x);
/** The same date in an English message ("5 February 2018": no reader takes the day for the month). */
const e = (x: IsoDate) => formatDateEn(x);

/** Why a day-first text date is impossible, when it is plainly day/month/year. */
export function dateProblem(v: unknown): BiText {
  if (typeof v === 'string') {
    const m = /^\s*(?:ngày\s*)?(\d{1,2})\s*(?:[/.\-]|\s+tháng\s+)\s*(\d{1,2})\s*(?:[/.\-]|\s+năm\s+)\s*(\d{2}|\d{4})\s*$/iu.exec(v.normalize('NFC'));
    if (m) {
      const day = Number(m[1]);
      const month = Number(m[2]);
      let year = Number(m[3]);
      if (m[3]!.length === 2) year += 2000;
      if (month < 1 || month > 12) return { vi: `không có tháng ${month}`, en: `there is no month ${month}` };
      if (day < 1 || day > daysInMonth(year, month)) {
        return { vi: `tháng ${month} không có ngày ${day}`, en: `${ENGLISH_MONTH_NAMES[month - 1]} has no day ${day}` };
      }
    }
    return { vi: 'không đọc được; hãy ghi theo thứ tự ngày/tháng/năm, ví dụ 15/01/2018', en: 'unreadable; write it day first, e.g. 15/01/2018' };
  }
  if (typeof v === 'number') return { vi: 'số ngày của Excel ngoài phạm vi', en: 'the Excel date serial is out of range' };
  return { vi: 'không phải là ngày', en: 'not a date' };
}

export const msg = {
  dateMissing: (cell: string, what: BiText): BiText => ({
    vi: `Ô ${cell}: thiếu ${what.vi}.`,
    en: `Cell ${cell}: ${what.en} is missing.`,
  }),
  dateInvalid: (cell: string, v: unknown): BiText => {
    const why = dateProblem(v);
    return {
      vi: `Ô ${cell}: ngày "${shown(v)}" không hợp lệ (${why.vi}).`,
      en: `Cell ${cell}: date "${shown(v)}" is invalid (${why.en}).`,
    };
  },
  valueMissing: (cell: string, what: BiText): BiText => ({
    vi: `Ô ${cell}: thiếu ${what.vi}.`,
    en: `Cell ${cell}: ${what.en} is missing.`,
  }),
  valueInvalid: (cell: string, v: unknown, what: BiText, expected: BiText): BiText => ({
    vi: `Ô ${cell}: ${what.vi} "${shown(v)}" không hợp lệ (${expected.vi}).`,
    en: `Cell ${cell}: ${what.en} "${shown(v)}" is invalid (${expected.en}).`,
  }),
  communeUnknown: (cell: string, v: unknown): BiText => ({
    vi: `Ô ${cell}: xã "${shown(v)}" không có trong danh sách xã.`,
    en: `Cell ${cell}: commune "${shown(v)}" is not in the commune list.`,
  }),
  leaderUnknown: (cell: string, v: unknown): BiText => ({
    vi: `Ô ${cell}: "${shown(v)}" không có trong danh sách lãnh đạo chủ trì.`,
    en: `Cell ${cell}: "${shown(v)}" is not in the list of presiding leaders.`,
  }),
  chairNotLeader: (cell: string, v: unknown, who: BiText): BiText => ({
    vi: `Ô ${cell}: "${shown(v)}" là ${who.vi}, không phải lãnh đạo chủ trì.`,
    en: `Cell ${cell}: "${shown(v)}" is ${who.en}, not a presiding leader.`,
  }),
  /** `former` and `successor` are units named in each language ("xã Nà Khoa" / "Nà Khoa commune"). */
  communeMergedName: (cell: string, v: unknown, former: BiText, successor: BiText, from: IsoDate, resolution: string | null): BiText => ({
    vi: `Ô ${cell}: "${shown(v)}" — ${former.vi} đã hợp nhất vào ${successor.vi} từ ${d(from)}${resolution ? ` (Nghị quyết số ${resolution})` : ''}; dòng này được tính cho ${successor.vi}.`,
    en: `Cell ${cell}: "${shown(v)}" — ${former.en} was merged into ${successor.en} on ${e(from)}${resolution ? ` (Resolution ${resolution})` : ''}; the row counts for ${successor.en}.`,
  }),
  communeMergedOutside: (cell: string, v: unknown, former: BiText, into: readonly BiText[], from: IsoDate): BiText => ({
    vi: `Ô ${cell}: "${shown(v)}" — ${former.vi} đã hợp nhất vào ${into.map((u) => u.vi).join(', ')} từ ${d(from)}, không có trong danh sách xã của đơn vị.`,
    en: `Cell ${cell}: "${shown(v)}" — ${former.en} was merged into ${into.map((u) => u.en).join(', ')} on ${e(from)}, which is not in the unit's communes list.`,
  }),
  didYouMean: (name: string): BiText => ({ vi: `Có phải là "${name}"?`, en: `Did you mean "${name}"?` }),
  categoryUnknown: (cell: string, v: unknown): BiText => ({
    vi: `Ô ${cell}: phân loại "${shown(v)}" không thuộc các nhóm: ANTT, củng cố lực lượng Công an xã, xây dựng tổ chức quần chúng, thủ tục hành chính, khác.`,
    en: `Cell ${cell}: category "${shown(v)}" is none of: security situation, commune police, mass organisations, administrative procedures, other.`,
  }),
  categorySuggested: (cell: string, label: BiText): BiText => ({
    vi: `Ô ${cell}: chưa phân loại; theo nội dung có thể là "${label.vi}".`,
    en: `Cell ${cell}: no category; from the content it may be "${label.en}".`,
  }),
  resolvedBeforeRaised: (cell: string, resolved: IsoDate, raised: IsoDate): BiText => ({
    vi: `Ô ${cell}: ngày giải quyết ${d(resolved)} trước ngày phản ánh ${d(raised)}.`,
    en: `Cell ${cell}: resolved on ${e(resolved)}, before it was raised on ${e(raised)}.`,
  }),
  duplicate: (cell: string, row: number, firstRow: number): BiText => ({
    vi: `Ô ${cell}: dòng ${row} trùng với dòng ${firstRow} (cùng nội dung, không kể chữ hoa/thường, dấu cách hay kiểu gõ TCVN3/VNI).`,
    en: `Cell ${cell}: row ${row} repeats row ${firstRow} (the same content, whatever the case, spacing or TCVN3/VNI typing).`,
  }),
  missingColumn: (cell: string, table: BiText, column: BiText, synonyms: string): BiText => ({
    vi: `Ô ${cell}: bảng ${table.vi} thiếu cột ${column.vi} (một trong: ${synonyms}); các dòng của bảng không được đọc.`,
    en: `Cell ${cell}: the ${table.en} table has no ${column.en} column (one of: ${synonyms}); its rows were not read.`,
  }),
  nonWorkingDay: (cell: string, date: IsoDate, weekday: string, why: BiText): BiText => ({
    vi: `Ô ${cell}: giao ban ngày ${d(date)} (${weekday}) là ngày nghỉ (${why.vi}).`,
    en: `Cell ${cell}: briefing on ${e(date)} falls on a day off (${why.en}).`,
  }),
  offPlan: (cell: string, held: IsoDate, planned: IsoDate, source: BiText): BiText => ({
    vi: `Ô ${cell}: giao ban ngày ${d(held)}, khác ngày ${d(planned)} ${source.vi}.`,
    en: `Cell ${cell}: briefing held on ${e(held)}, not on ${e(planned)} ${source.en}.`,
  }),
  missingPolice: (cell: string, date: IsoDate): BiText => ({
    vi: `Ô ${cell}: buổi giao ban ngày ${d(date)} không ghi Trưởng (hoặc Phó trưởng) Công an xã tham dự.`,
    en: `Cell ${cell}: the briefing of ${e(date)} records no commune police chief or deputy attending.`,
  }),
  missingVillageRoles: (cell: string, date: IsoDate, missing: BiText): BiText => ({
    vi: `Ô ${cell}: buổi giao ban ngày ${d(date)} không ghi thành phần của thôn, bản đăng cai: ${missing.vi}.`,
    en: `Cell ${cell}: the briefing of ${e(date)} does not record ${missing.en} of the host village.`,
  }),
  missingLocalLeaders: (cell: string, date: IsoDate, missing: BiText): BiText => ({
    vi: `Ô ${cell}: buổi giao ban ngày ${d(date)} thiếu thành phần của xã đăng cai: ${missing.vi}.`,
    en: `Cell ${cell}: the briefing of ${e(date)} lacks the host commune's ${missing.en}.`,
  }),
  noBriefing: (cell: string, commune: string, date: IsoDate): BiText => ({
    vi: `Ô ${cell}: không có buổi giao ban nào của xã ${commune} ngày ${d(date)}.`,
    en: `Cell ${cell}: no briefing was held for ${commune} on ${e(date)}.`,
  }),
  nearestBriefing: (commune: string, date: IsoDate): BiText => ({
    vi: `Buổi giao ban gần nhất của xã ${commune}: ${d(date)}.`,
    en: `Nearest briefing for ${commune}: ${e(date)}.`,
  }),
  statusBlank: (cell: string): BiText => ({
    vi: `Ô ${cell}: chưa ghi tình trạng giải quyết; tính là đang giải quyết.`,
    en: `Cell ${cell}: no status; counted as in progress.`,
  }),
  overdue: (cell: string, raised: IsoDate, age: number, asOf: IsoDate, due: { label: BiText; how: BiText; source: BiText }): BiText => ({
    vi: `Ô ${cell}: ý kiến phản ánh ngày ${d(raised)} chưa giải quyết xong sau ${age} ngày tính đến ngày ${d(asOf)}, quá hạn: ${due.label.vi}, ${due.how.vi} — ${due.source.vi}.`,
    en: `Cell ${cell}: item raised on ${e(raised)} still unresolved after ${age} days as of ${e(asOf)}, overdue: ${due.label.en}, ${due.how.en} — ${due.source.en}.`,
  }),
  issueKindUnknown: (cell: string, v: string): BiText => ({
    vi: `Ô ${cell}: loại vụ việc "${v}" không có trong bảng "Thời hạn xử lý"; theo dõi theo thời hạn mặc định.`,
    en: `Cell ${cell}: kind "${v}" is not in the "Thời hạn xử lý" table; followed up with the default deadline.`,
  }),
  issueKindChoices: (labels: readonly string[]): BiText => ({
    vi: `Ghi một trong: ${labels.join('; ')}.`,
    en: `Write one of: ${labels.join('; ')}.`,
  }),
  hostOutsideCluster: (cell: string, host: string, hostCluster: string, cluster: string): BiText => ({
    vi: `Ô ${cell}: xã đăng cai ${host} thuộc ${hostCluster}, không thuộc ${cluster} của buổi giao ban; buổi giao ban được tính cho ${cluster}, xã ${host} vẫn được tính là đã đăng cai.`,
    en: `Cell ${cell}: host ${host} belongs to ${hostCluster}, not to this briefing's ${cluster}; the briefing counts for ${cluster} and ${host} still counts as having hosted.`,
  }),
  tableDuplicateKind: (kind: BiText, used: BiText, why: BiText): BiText => ({
    vi: `Có hai bảng ${kind.vi}: bỏ qua bảng này, dùng bảng ở ${used.vi} vì ${why.vi}.`,
    en: `Two ${kind.en} tables: this one is ignored, the one at ${used.en} is used because ${why.en}.`,
  }),
  hostTwice: (cell: string, commune: string, month: string, firstRow: number): BiText => ({
    vi: `Ô ${cell}: xã ${commune} đăng cai giao ban lần thứ hai trong tháng ${month} (lần đầu ở dòng ${firstRow}).`,
    en: `Cell ${cell}: ${commune} hosts a second briefing in ${month} (first at row ${firstRow}).`,
  }),
  chairAbsent: (cell: string, leader: string, date: IsoDate, from: IsoDate, to: IsoDate, reason: string | null): BiText => {
    const period = from === to ? { vi: `ngày ${d(from)}`, en: `on ${e(from)}` } : { vi: `từ ${d(from)} đến ${d(to)}`, en: `from ${e(from)} to ${e(to)}` };
    return {
      vi: `Ô ${cell}: đồng chí ${leader} chủ trì giao ban ngày ${d(date)} nhưng có lịch vắng ${period.vi}${reason ? ` (${shown(reason)})` : ''}.`,
      en: `Cell ${cell}: ${leader} chairs the briefing of ${e(date)} but is on leave ${period.en}${reason ? ` (${shown(reason)})` : ''}.`,
    };
  },
  communeInactive: (cell: string, commune: string, date: IsoDate, from: IsoDate | null, to: IsoDate | null): BiText =>
    to !== null && date > to
      ? {
          vi: `Ô ${cell}: ngày ${d(date)} xã ${commune} không còn (chỉ tồn tại đến ${d(to)}).`,
          en: `Cell ${cell}: on ${e(date)} ${commune} no longer exists (it existed until ${e(to)}).`,
        }
      : {
          vi: `Ô ${cell}: ngày ${d(date)} xã ${commune} chưa thành lập (có từ ${d(from!)}).`,
          en: `Cell ${cell}: on ${e(date)} ${commune} did not exist yet (it exists from ${e(from!)}).`,
        },
  communeMergedInto: (commune: string, into: string): BiText => ({
    vi: `Xã ${commune} đã sáp nhập vào xã ${into}; có phải là "${into}"?`,
    en: `${commune} was merged into ${into}; did you mean "${into}"?`,
  }),
  chairDoubleBooked: (cell: string, leader: string, date: IsoDate, first: BiText): BiText => ({
    vi: `Ô ${cell}: đồng chí ${leader} chủ trì hai buổi giao ban cùng ngày ${d(date)} (buổi thứ nhất ở ${first.vi}).`,
    en: `Cell ${cell}: ${leader} chairs two briefings on ${e(date)} (the first at ${first.en}).`,
  }),
  raisedByUnknown: (cell: string, v: unknown): BiText => ({
    vi: `Ô ${cell}: không nhận ra người/đơn vị phản ánh "${shown(v)}" (cấp ủy, chính quyền, Công an xã, quần chúng, ban/đoàn thể).`,
    en: `Cell ${cell}: unrecognised source "${shown(v)}" (Party committee, government, commune police, public, mass organisation).`,
  }),
  legacyConverted: (range: string, count: number, encoding: string): BiText => ({
    vi: `Vùng ${range}: ${count} ô gõ bằng mã ${encoding} đã được chuyển sang Unicode khi đọc (sổ gốc không bị sửa).`,
    en: `Range ${range}: ${count} cells typed in ${encoding} were converted to Unicode when read (the workbook is unchanged).`,
  }),
  tableNone: (sheets: number): BiText => ({
    vi: `Không tìm thấy bảng nào trong ${sheets} trang tính (cần một dòng tiêu đề như "STT | Ngày | Xã | Nội dung").`,
    en: `No table found in ${sheets} sheet(s) (a header row such as "STT | Ngày | Xã | Nội dung" is needed).`,
  }),
};

/** Names of what a cell holds, for messages. */
export const WHAT = {
  date: { vi: 'ngày', en: 'the date' },
  briefingDate: { vi: 'ngày giao ban', en: 'the briefing date' },
  issueDate: { vi: 'ngày phản ánh', en: 'the date raised' },
  resolvedDate: { vi: 'ngày giải quyết', en: 'the resolution date' },
  acceptedDate: { vi: 'ngày thụ lý', en: 'the acceptance date' },
  fromDate: { vi: 'ngày bắt đầu', en: 'the start date' },
  toDate: { vi: 'ngày kết thúc', en: 'the end date' },
  host: { vi: 'xã đăng cai', en: 'the host commune' },
  commune: { vi: 'tên xã', en: 'the commune' },
  leader: { vi: 'tên lãnh đạo', en: "the leader's name" },
  content: { vi: 'nội dung', en: 'the content' },
  status: { vi: 'tình trạng giải quyết', en: 'status' },
  caseState: { vi: 'tình trạng vụ việc', en: 'case state' },
  communeKind: { vi: 'loại đơn vị', en: 'kind of unit' },
  holidayKind: { vi: 'loại ngày nghỉ', en: 'holiday kind' },
  month: { vi: 'tháng', en: 'month' },
  range: { vi: 'khoảng ngày', en: 'date range' },
  name: { vi: 'tên', en: 'name' },
} satisfies Record<string, BiText>;
