/**
 * Every reason and problem text of the rotation planner, Vietnamese
 * and English, as data. `{name}` marks a value the planner fills in through
 * `rotation/messages.ts`, which formats numbers (Vietnamese decimal comma),
 * dates (dd/mm/yyyy in Vietnamese, "15 January 2026" in English) and months — so a rule
 * constant such as the fairness tolerance is never restated as text here.
 * `{name:one|other}` picks the English word for a count of one or any other.
 */
export const ROTATION_REASONS = {
  // Dates
  dateFixed: { vi: 'Ngày giao ban {date}: do cán bộ cố định trên lịch', en: 'Briefing date {date}: fixed by the clerk' },
  dateRegular: { vi: 'Ngày giao ban {weekday} {date}: đúng ngày định kỳ, là ngày làm việc{note}', en: 'Briefing date {weekday} {date}: the regular day, a working day{note}' },
  dateMoved: { vi: 'Ngày giao ban {weekday} {date}: {why}', en: 'Briefing date {weekday} {date}: {why}' },
  dateNotWorking: { vi: 'ngày định kỳ {nominal} không phải ngày làm việc', en: 'the regular day {nominal} is not a working day' },
  dateSwapped: { vi: 'Ngày giao ban {date}: đổi lịch theo đề nghị của {requestedBy}{approval} ({why})', en: 'Briefing date {date}: swapped at the request of {requestedBy}{approval} ({why})' },
  dateHeld: { vi: 'Ngày giao ban {date}: buổi giao ban đã tổ chức (không thay đổi)', en: 'Briefing date {date}: already held (unchanged)' },
  dateFrozen: { vi: 'Giữ nguyên theo lịch đã chốt (trước ngày {date})', en: 'Kept as planned (frozen before {date})' },

  // Hosts
  hostHeld: { vi: 'Xã đăng cai {host}: buổi giao ban đã tổ chức', en: 'Host {host}: already held' },
  hostFixed: { vi: 'Xã đăng cai {host}: do cán bộ cố định trên lịch', en: 'Host {host}: fixed by the clerk' },
  hostSwapped: { vi: 'Xã đăng cai {host}: đổi lịch theo đề nghị của {requestedBy}{approval} ({why})', en: 'Host {host}: swapped at the request of {requestedBy}{approval} ({why})' },
  hostKept: { vi: 'Xã đăng cai {host}: giữ theo lịch đã lập (vẫn đúng luân phiên)', en: 'Host {host}: kept from the previous plan (still fits the rotation)' },
  hostOnly: { vi: 'Xã đăng cai {host}: đơn vị duy nhất của {cluster}', en: 'Host {host}: the only unit of {cluster}' },
  hostNever: { vi: 'Xã đăng cai {host}: chưa đăng cai lần nào (theo thứ tự danh mục)', en: 'Host {host}: has never hosted (catalogue order)' },
  hostLeastRecent: { vi: 'Xã đăng cai {host}: lâu nhất chưa đăng cai (lần gần nhất {date})', en: 'Host {host}: hosted least recently (last on {date})' },
  hostGone: { vi: '{host} không còn hoạt động sau {date}{merged}', en: '{host} no longer exists after {date}{mergedEn}' },
  hostMergedInto: { vi: ' (đã hợp nhất vào {into})', en: ' (merged into {into})' },
  hostNotYet: { vi: '{host} chưa được thành lập vào ngày {date}', en: '{host} does not exist yet on {date}' },
  hostOutside: { vi: '{host} không thuộc {cluster}', en: '{host} is not in {cluster}' },
  hostLastMonth: { vi: '{host} vừa đăng cai tháng trước', en: '{host} hosted the month before' },
  hostThisRound: { vi: '{host} đã đăng cai trong vòng luân phiên hiện tại', en: '{host} already hosted in the current round' },

  // Chairs
  chairHeld: { vi: 'Lãnh đạo chủ trì Đ/c {chair}: đã chủ trì', en: 'Chair {chair}: already chaired' },
  chairNoneHeld: { vi: 'Chưa ghi lãnh đạo chủ trì', en: 'No chair recorded' },
  chairFixed: { vi: 'Lãnh đạo chủ trì Đ/c {chair}: do cán bộ cố định trên lịch', en: 'Chair {chair}: fixed by the clerk' },
  chairSwapped: { vi: 'Lãnh đạo chủ trì Đ/c {chair}: đổi lịch theo đề nghị của {requestedBy}{approval} ({why})', en: 'Chair {chair}: swapped at the request of {requestedBy}{approval} ({why})' },
  chairFixedChange: { vi: 'Lãnh đạo chủ trì do cán bộ cố định trên lịch', en: 'Chair fixed by the clerk' },
  chairKept: { vi: 'Lãnh đạo chủ trì Đ/c {chair}: giữ theo lịch đã lập (vẫn đúng phân công công bằng)', en: 'Chair {chair}: kept from the previous plan (still fair)' },
  chairNext: {
    vi: 'Lãnh đạo chủ trì Đ/c {chair}: đến lượt theo phân công công bằng (đã chủ trì {load} lần trong kỳ, định mức {share})',
    en: 'Chair {chair}: next by fair share (chaired {load} {load:time|times} in the period, fair share {share})',
  },
  chairCannot: { vi: 'Đ/c {leader} không thể chủ trì ngày {date}', en: '{leader} cannot chair on {date}' },
  chairBusy: { vi: 'Đ/c {leader} đã chủ trì giao ban cụm khác cùng ngày {date}', en: '{leader} already chairs another briefing on {date}' },
  chairAhead: {
    vi: 'Đ/c {leader} đã chủ trì vượt phần công bằng ({load} lần, định mức {share})',
    en: '{leader} is ahead of their fair share ({load} vs {share})',
  },
  chairAheadAtEnd: {
    vi: 'Đ/c {leader} sẽ chủ trì vượt phần công bằng vào cuối kỳ nếu giữ mọi buổi đã lập (định mức cả kỳ vượt quá {tolerance} buổi)',
    en: '{leader} would end the period ahead of their fair share by more than {tolerance} if every planned briefing were kept',
  },
  chairGivesBack: {
    vi: 'Đ/c {leader} nhường buổi này cho Đ/c {to}, người sẽ chủ trì ít hơn phần công bằng quá {tolerance} buổi vào cuối kỳ',
    en: '{leader} gives this briefing to {to}, who would otherwise end the period more than {tolerance} below their fair share',
  },
  chairReassigned: {
    vi: 'Đ/c {leader} được điều chỉnh để đủ lãnh đạo chủ trì các cụm cùng ngày',
    en: '{leader} reassigned so that every briefing of the day has a chair',
  },
  chairNobody: {
    vi: 'Không có lãnh đạo nào chủ trì được ngày {date} (vắng mặt, chưa hoặc thôi nhiệm vụ, hoặc không phụ trách cụm)',
    en: 'No leader can chair on {date} (absent, not active, or not assigned to the cluster)',
  },
  chairNotEnough: {
    vi: 'Không đủ lãnh đạo: {count} lãnh đạo có thể chủ trì đều đã chủ trì cụm khác cùng ngày {date}',
    en: 'Not enough leaders: the {count} who could chair already chair other briefings on {date}',
  },
  leaderUnknown: { vi: '{leader} không có trong danh sách lãnh đạo', en: '{leader} is not in the leaders list' },
  leaderNotYet: { vi: 'Đ/c {leader} chỉ bắt đầu nhận nhiệm vụ từ {date}', en: '{leader} is active only from {date}' },
  leaderGone: { vi: 'Đ/c {leader} thôi nhiệm vụ từ sau {date}', en: '{leader} is no longer active after {date}' },
  leaderNotAssigned: { vi: 'Đ/c {leader} không được phân công phụ trách {cluster}', en: '{leader} is not assigned to {cluster}' },
  leaderAbsent: { vi: 'Đ/c {leader} vắng mặt từ {from} đến {to}{why}', en: '{leader} is absent from {from} to {to}{why}' },

  // Problems
  noActiveUnit: { vi: '{cluster} không có xã nào hoạt động vào ngày giao ban {date}', en: '{cluster} has no active unit on the briefing date {date}' },
  fixedHostOutside: {
    vi: 'Xã đăng cai cố định "{host}" không thuộc {cluster} hoặc không hoạt động ngày {date}; vẫn giữ như cán bộ đã ghi',
    en: 'Fixed host "{host}" is not an active unit of {cluster} on {date}; kept as given',
  },
  doubleBooked: { vi: 'Đ/c {chair} được ghi chủ trì cả {other} và {cluster} cùng ngày {date}', en: '{chair} is set to chair both {other} and {cluster} on {date}' },
  fixedChairUnfit: { vi: 'Lãnh đạo cố định không phù hợp: {why}; vẫn giữ như cán bộ đã ghi', en: 'Fixed chair does not fit: {why}; kept as given' },
  unstaffed: { vi: 'Tháng {month}, {cluster}: {why}', en: '{month}, {cluster}: {why}' },
  unknownCluster: {
    vi: 'Dòng cố định của "{cluster}" không dùng được: không có cụm này trong danh sách xã',
    en: 'Fixed row for "{cluster}" ignored: no such cluster in the communes list',
  },
  swapUnknownCluster: {
    vi: 'Dòng đổi lịch ngày {date} của "{cluster}" không dùng được: không có cụm này trong danh sách xã',
    en: 'Swap of {date} for "{cluster}" ignored: no such cluster in the communes list',
  },

  // Stability
  replanned: { vi: 'Lập lại theo quy tắc luân phiên', en: 'Re-planned by the rotation rules' },
  clusterEmpty: { vi: '{cluster} không còn đơn vị nào để tổ chức giao ban', en: '{cluster} no longer has a unit to hold the briefing' },
  swapUnreadable: {
    vi: 'Dòng đổi lịch ngày {date}, {cluster}{where}: "{to}" không phải lãnh đạo, xã hay ngày (YYYY-MM-DD) nào đã biết; không áp dụng',
    en: 'Swap of {date}, {cluster}{where}: "{to}" is no known leader, commune or date (YYYY-MM-DD); not applied',
  },
  swapWhere: { vi: ' (sheet "{sheet}", dòng {row})', en: ' (sheet "{sheet}", row {row})' },
  swapApproved: { vi: ', {by} duyệt', en: ', approved by {by}' },
  swapNoApprover: { vi: ', chưa ghi người duyệt', en: ', no approver recorded' },
  swapNoReason: { vi: 'không ghi lý do', en: 'no reason given' },
  swapByUnit: { vi: 'đơn vị', en: 'the unit' },
  swapReplaced: { vi: 'thay bằng một dòng đổi lịch sau', en: 'replaced by a later swap' },
  swapNotApplied: { vi: 'không áp dụng được', en: 'not applied' },
  swapMoved: { vi: '{field} {before} → {after}', en: '{field} {before} → {after}' },
  swapApplied: { vi: '{field} {after}', en: '{field} {after}' },
  swapAlready: { vi: '{field} {after} (lịch đã như vậy, không thay đổi)', en: '{field} {after} (already so, nothing changed)' },
  fieldChair: { vi: 'lãnh đạo chủ trì', en: 'chair' },
  fieldHost: { vi: 'xã đăng cai', en: 'host' },
  fieldDate: { vi: 'ngày giao ban', en: 'date' },
  empty: { vi: '(trống)', en: '(none)' },
  swapChanged: { vi: 'Đổi lịch ngày {date}: {what}', en: 'Swap of {date}: {what}' },

  // Fairness table
  unstaffedNobody: { vi: 'không có lãnh đạo nào chủ trì được', en: 'no leader could chair' },
  unstaffedNoUnit: { vi: 'không có xã nào hoạt động', en: 'no active unit' },
} as const satisfies Record<string, { vi: string; en: string }>;

/** Key of a rotation reason text. */
export type RotationReasonKey = keyof typeof ROTATION_REASONS;

/**
 * The Vietnamese reasons of a commune police unit's plan (the village tier), where they differ:
 * the templates above speak of communes ("Xã đăng cai"), the unit's hosts are villages. The
 * English ones say "host" and "unit" for either tier.
 */
export const VILLAGE_REASONS: Partial<Record<RotationReasonKey, string>> = {
  hostHeld: 'Thôn, bản đăng cai {host}: buổi giao ban đã tổ chức',
  hostFixed: 'Thôn, bản đăng cai {host}: do cán bộ cố định trên lịch',
  hostSwapped: 'Thôn, bản đăng cai {host}: đổi lịch theo đề nghị của {requestedBy}{approval} ({why})',
  hostKept: 'Thôn, bản đăng cai {host}: giữ theo lịch đã lập (vẫn đúng luân phiên)',
  hostOnly: 'Thôn, bản đăng cai {host}: đơn vị duy nhất của {cluster}',
  hostNever: 'Thôn, bản đăng cai {host}: chưa đăng cai lần nào (theo thứ tự danh mục)',
  hostLeastRecent: 'Thôn, bản đăng cai {host}: lâu nhất chưa đăng cai (lần gần nhất {date})',
  noActiveUnit: '{cluster} không có thôn, bản nào hoạt động vào ngày giao ban {date}',
  fixedHostOutside: 'Thôn, bản đăng cai cố định "{host}" không thuộc {cluster} hoặc không hoạt động ngày {date}; vẫn giữ như cán bộ đã ghi',
  unknownCluster: 'Dòng cố định của "{cluster}" không dùng được: không có cụm này trong danh sách thôn, bản',
  swapUnknownCluster: 'Dòng đổi lịch ngày {date} của "{cluster}" không dùng được: không có cụm này trong danh sách thôn, bản',
  swapUnreadable: 'Dòng đổi lịch ngày {date}, {cluster}{where}: "{to}" không phải lãnh đạo, thôn, bản hay ngày (YYYY-MM-DD) nào đã biết; không áp dụng',
  fieldHost: 'thôn, bản đăng cai',
  unstaffedNoUnit: 'không có thôn, bản nào hoạt động',
};
