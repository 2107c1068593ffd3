// The unit's document settings: keys typed any way, fallbacks from the title
// rows for every level of unit (none assumes "huyện"), overrides, file names.
import { describe, expect, it } from 'vitest';
import { dateLine, detectUnitNames, documentFileName, numberLine, readWorkbook, resolveDocumentSettings, settingKeyOf, splitRecipients } from '@giaoban/core/internal';

const catalogueGrid = (title: string[], settings: (string | number)[][] = []) => ({
  sheets: [
    { name: 'Xã', values: [...title.map((t) => [t]), ['STT', 'Tên xã', 'Cụm'], [1, 'Nà Khoa', 'Cụm 1'], [2, 'Nậm Nhừ', 'Cụm 1']] },
    ...(settings.length ? [{ name: 'Thông tin', values: [['STT', 'Thông tin', 'Giá trị'], ...settings] }] : []),
  ],
});

describe('settingKeyOf', () => {
  it('matches keys with or without accents, numbering and a per-commune place', () => {
    expect(settingKeyOf('Người ký')).toEqual({ key: 'signerName', commune: null });
    expect(settingKeyOf('NGUOI KY:')).toEqual({ key: 'signerName', commune: null });
    expect(settingKeyOf('3. Ký hiệu giấy mời')).toEqual({ key: 'invitationSymbol', commune: null });
    expect(settingKeyOf('Địa điểm tại xã Nà Khoa')).toEqual({ key: 'place', commune: 'Nà Khoa' });
    expect(settingKeyOf('Dia diem phuong Tan Phong')).toEqual({ key: 'place', commune: 'Tan Phong' });
    expect(settingKeyOf('Màu giấy')).toBeNull();
  });
});

describe('resolveDocumentSettings', () => {
  it('a commune police unit (post-2025) over villages: CAX, Trưởng Công an xã signs, the commune is the place name', () => {
    const grid = catalogueGrid(['CÔNG AN TỈNH ĐIỆN BIÊN', 'CÔNG AN XÃ MƯỜNG NHÉ']);
    const s = resolveDocumentSettings(readWorkbook(grid), detectUnitNames(grid));
    expect(s).toMatchObject({
      parentBody: 'CÔNG AN TỈNH ĐIỆN BIÊN',
      issuingBody: 'CÔNG AN XÃ MƯỜNG NHÉ',
      unitName: 'Công an xã Mường Nhé',
      placeName: 'Mường Nhé',
      unitAbbreviation: 'CAX',
      signer: { authority: 'KT. TRƯỞNG CÔNG AN XÃ', title: 'PHÓ TRƯỞNG CÔNG AN XÃ', name: null },
      reportTo: 'Công an tỉnh Điện Biên',
    });
    // The supervising body is addressed under "Kính gửi" ("- Như trên;" in "Nơi nhận"), not listed again.
    expect(s.recipients.report).toEqual(['Lãnh đạo Công an xã']);
    // No time, room or drafting unit is invented: blanks for the clerk.
    expect(s.briefingTime).toBeNull();
    expect(s.defaultPlace).toBeNull();
    expect(s.invitationLeadDays).toBe(5);
    expect(JSON.stringify(s).toLocaleLowerCase('vi')).not.toContain('huyện');
  });

  it('the settings table wins over the title rows, and the caller wins over both', () => {
    const grid = catalogueGrid(
      ['CÔNG AN HUYỆN NẬM PỒ'],
      [
        [1, 'Chữ viết tắt', 'CAH-TH'],
        [2, 'Nơi nhận báo cáo', '- Công an tỉnh (PV01);\n- Lãnh đạo Công an huyện;\n- Lưu: VT, TH.'],
        [3, 'Địa điểm tại xã Nà Khoa', 'Nhà văn hóa bản Nà Khoa 1'],
        [4, 'Dia diem', 'Trụ sở Công an {xã}'],
        [5, 'Người ký', 'Thượng tá Trần Ích Chính'],
        [6, 'Gửi giấy mời trước', '7'],
        [7, 'Giờ giao ban', '8h'],
      ],
    );
    const read = readWorkbook(grid);
    const s = resolveDocumentSettings(read, detectUnitNames(grid), { signer: { name: 'Trung tá Lò Văn Minh' }, startNumbers: { report: 12 } });
    expect(s.unitAbbreviation).toBe('CAH-TH');
    expect(s.recipients.report).toEqual(['Công an tỉnh (PV01)', 'Lãnh đạo Công an huyện']);
    expect(s.archive).toBe('VT, TH');
    expect(s.places).toEqual({ 'Nà Khoa': 'Nhà văn hóa bản Nà Khoa 1' });
    expect(s.defaultPlace).toBe('Trụ sở Công an {xã}');
    expect(s.signer.name).toBe('Trung tá Lò Văn Minh');
    expect(s.invitationLeadDays).toBe(7);
    expect(s.briefingTime).toBe('8h');
    expect(numberLine(s, 'report', s.startNumbers.report)).toBe('Số: 12/BC-CAH-TH');
    expect(numberLine(s, 'invitation', null)).toBe('Số: \u00a0\u00a0\u00a0\u00a0\u00a0\u00a0/GM-CAH-TH');
  });

  it('without any unit name, leaves dotted blanks to fill rather than inventing one', () => {
    const grid = catalogueGrid([]);
    const s = resolveDocumentSettings(readWorkbook(grid), detectUnitNames(grid));
    expect(s.issuingBody).toBe('CÔNG AN ……');
    expect(s.placeName).toBe('……');
    expect(s.parentBody).toBeNull();
    expect(s.archive).toBe('VT, ……');
  });

  it('the drafting unit setting completes "Lưu: VT, …"', () => {
    const grid = catalogueGrid(['CÔNG AN HUYỆN NẬM PỒ'], [[1, 'Đơn vị soạn thảo', 'TM']]);
    expect(resolveDocumentSettings(readWorkbook(grid), detectUnitNames(grid)).archive).toBe('VT, TM');
  });
});

describe('dates, splits and file names', () => {
  it('writes the date line as Appendix I does: the day zero-padded below 10, the month only for January and February', () => {
    expect(dateLine('Nậm Pồ', '2026-02-05')).toBe('Nậm Pồ, ngày 05 tháng 02 năm 2026');
    expect(dateLine('Nà Hỳ', '2026-06-14')).toBe('Nà Hỳ, ngày 14 tháng 6 năm 2026');
    expect(dateLine('Lai Châu', '2025-12-15')).toBe('Lai Châu, ngày 15 tháng 12 năm 2025');
    expect(dateLine('Nậm Pồ', '2026-01-09')).toBe('Nậm Pồ, ngày 09 tháng 01 năm 2026');
    expect(dateLine('Nậm Pồ', '2026-03-01')).toBe('Nậm Pồ, ngày 01 tháng 3 năm 2026');
    expect(dateLine('Nậm Pồ', '2026-10-31')).toBe('Nậm Pồ, ngày 31 tháng 10 năm 2026');
  });
  it('splits recipients on lines and semicolons, dropping the clerk\'s "-", ";" and "Lưu" line', () => {
    expect(splitRecipients('- Như trên;\n- Đ/c Trưởng CAH (để b/c);  - Lưu: VT.')).toEqual(['Như trên', 'Đ/c Trưởng CAH (để b/c)']);
  });
  it('names files by kind, date and host in ASCII; a report by its period', () => {
    expect(documentFileName({ kind: 'invitation', meta: { date: '2026-01-15', host: 'Nậm Nhừ', cluster: 'Cụm 1' } })).toBe('giay-moi_2026-01-15_nam-nhu.docx');
    expect(documentFileName({ kind: 'minutes', meta: { date: '2026-01-15', host: 'Đoàn Kết', cluster: null } })).toBe('bien-ban_2026-01-15_doan-ket.docx');
    const period = { from: '2025-12-15', to: '2026-01-14', month: '2026-01' };
    expect(documentFileName({ kind: 'report', meta: { date: '2026-01-15', host: null, cluster: 'Cụm Bắc', period } })).toBe('bao-cao_thang-01-2026_cum-bac.docx');
    expect(documentFileName({ kind: 'report', meta: { date: '2026-01-15', host: null, cluster: null, period } })).toBe('bao-cao_thang-01-2026.docx');
    expect(documentFileName({ kind: 'report', meta: { date: '2026-01-15', host: null, cluster: null, period: { ...period, month: null } } })).toBe('bao-cao_2025-12-15_2026-01-14.docx');
  });
});
