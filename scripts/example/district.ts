/**
 * The example district: Công an huyện Nậm Pồ (Điện Biên), whose briefing at Nà Khoa
 * in January 2018 the original article describes. Commune names are the district's
 * real communes; every person except Thượng tá Trần Ích Chính is invented.
 */

export const UNIT_NAME = 'CÔNG AN HUYỆN NẬM PỒ';
export const PROVINCE_UNIT = 'CÔNG AN TỈNH ĐIỆN BIÊN';

export interface ExampleCommune {
  name: string;
  cluster: string;
  areaOfficers: string[];
  policeChief: string;
}

export const COMMUNES: ExampleCommune[] = [
  { name: 'Nà Khoa', cluster: 'Cụm 1', areaOfficers: ['Lò Văn Hùng'], policeChief: 'Sùng A Chứ' },
  { name: 'Nà Hỳ', cluster: 'Cụm 1', areaOfficers: ['Lò Văn Hùng'], policeChief: 'Giàng A Dơ' },
  { name: 'Nà Bủng', cluster: 'Cụm 1', areaOfficers: ['Quàng Văn Thưởng'], policeChief: 'Vừ A Sểnh' },
  { name: 'Vàng Đán', cluster: 'Cụm 1', areaOfficers: ['Quàng Văn Thưởng'], policeChief: 'Thào A Tủa' },
  { name: 'Chà Nưa', cluster: 'Cụm 1', areaOfficers: ['Lường Văn Toán'], policeChief: 'Lò Văn Pọm' },
  { name: 'Chà Cang', cluster: 'Cụm 2', areaOfficers: ['Nguyễn Văn Thuận'], policeChief: 'Lý A Phử' },
  { name: 'Chà Tở', cluster: 'Cụm 2', areaOfficers: ['Nguyễn Văn Thuận'], policeChief: 'Hạng A Lử' },
  { name: 'Nậm Khăn', cluster: 'Cụm 2', areaOfficers: ['Đỗ Mạnh Cường'], policeChief: 'Cà Văn Ngoan' },
  { name: 'Pa Tần', cluster: 'Cụm 2', areaOfficers: ['Đỗ Mạnh Cường'], policeChief: 'Mùa A Vàng' },
  { name: 'Nậm Tin', cluster: 'Cụm 2', areaOfficers: ['Lò Thị Hoa'], policeChief: 'Chang A Sinh' },
  { name: 'Si Pa Phìn', cluster: 'Cụm 3', areaOfficers: ['Phạm Quốc Việt'], policeChief: 'Sùng A Páo' },
  { name: 'Phìn Hồ', cluster: 'Cụm 3', areaOfficers: ['Phạm Quốc Việt'], policeChief: 'Lầu A Giàng' },
  { name: 'Nậm Chua', cluster: 'Cụm 3', areaOfficers: ['Vì Văn Quyết'], policeChief: 'Lò Văn Dũng' },
  { name: 'Nậm Nhừ', cluster: 'Cụm 3', areaOfficers: ['Vì Văn Quyết'], policeChief: 'Pờ A Tính' },
  { name: 'Na Cô Sa', cluster: 'Cụm 3', areaOfficers: ['Hoàng Văn Nam'], policeChief: 'Lý A Sèo' },
];

export const CLUSTERS = ['Cụm 1', 'Cụm 2', 'Cụm 3'] as const;

export interface ExampleLeader {
  name: string;
  rank: string;
  title: string;
  clusters: string;
}

export const LEADERS: ExampleLeader[] = [
  { name: 'Trần Ích Chính', rank: 'Thượng tá', title: 'Phó trưởng Công an huyện', clusters: '' },
  { name: 'Lò Văn Thắng', rank: 'Trung tá', title: 'Phó trưởng Công an huyện', clusters: '' },
  { name: 'Nguyễn Đức Hạnh', rank: 'Trung tá', title: 'Phó trưởng Công an huyện', clusters: '' },
  { name: 'Vàng A Sính', rank: 'Thiếu tá', title: 'Phó trưởng Công an huyện', clusters: 'Cụm 2, Cụm 3' },
];

/** Short titles clerks append after a dash. */
export const TITLE_ABBREVIATION = 'PTCAH';

/** Leaders' absences (leader, from, to, reason), ISO dates. */
export const ABSENCES: [string, string, string, string][] = [
  ['Lò Văn Thắng', '2024-03-11', '2024-03-22', 'Học lớp bồi dưỡng tại Học viện'],
  ['Trần Ích Chính', '2024-07-08', '2024-07-19', 'Nghỉ phép năm'],
  ['Nguyễn Đức Hạnh', '2024-11-11', '2024-11-29', 'Tập huấn nghiệp vụ tại Công an tỉnh'],
  ['Vàng A Sính', '2025-04-14', '2025-04-18', 'Công tác đột xuất'],
  ['Trần Ích Chính', '2025-09-08', '2025-09-19', 'Điều trị tại bệnh viện tỉnh'],
];

/** The unit's holiday sheet: ranges off (Tết, 30/4–1/5, Quốc khánh) for 2024–2025. */
export const HOLIDAY_ROWS: [string, string, string, string][] = [
  ['2024-01-01', '2024-01-01', 'Tết Dương lịch', 'Nghỉ'],
  ['2024-02-08', '2024-02-14', 'Tết Nguyên đán Giáp Thìn', 'Nghỉ'],
  ['2024-04-18', '2024-04-18', 'Giỗ Tổ Hùng Vương', 'Nghỉ'],
  ['2024-04-29', '2024-05-01', 'Ngày Chiến thắng, Quốc tế Lao động', 'Nghỉ'],
  ['2024-08-31', '2024-09-03', 'Quốc khánh', 'Nghỉ'],
  ['2025-01-01', '2025-01-01', 'Tết Dương lịch', 'Nghỉ'],
  ['2025-01-25', '2025-02-02', 'Tết Nguyên đán Ất Tỵ', 'Nghỉ'],
  ['2025-04-07', '2025-04-07', 'Giỗ Tổ Hùng Vương', 'Nghỉ'],
  ['2025-04-30', '2025-05-04', 'Ngày Chiến thắng, Quốc tế Lao động', 'Nghỉ'],
  ['2025-04-26', '2025-04-26', 'Làm bù ngày 02/5/2025', 'Làm bù'],
  ['2025-08-30', '2025-09-02', 'Quốc khánh', 'Nghỉ'],
];

/** Officers who handle issues (cán bộ thụ lý). */
export const OFFICERS = ['Lò Văn Hùng', 'Quàng Văn Thưởng', 'Nguyễn Văn Thuận', 'Đỗ Mạnh Cường', 'Phạm Quốc Việt', 'Vì Văn Quyết', 'Lường Văn Toán', 'Hoàng Văn Nam', 'Lò Thị Hoa'];
