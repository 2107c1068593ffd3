/**
 * TCVN3 (TCVN 5712:1993 VN3, the "ABC" encoding of the .VnTime fonts):
 * each legacy byte as the Windows-1252 character Excel shows for it, and the
 * Unicode letter it stands for. Data only; text/legacyEncoding.ts reads it.
 *
 * VN3 has capitals only for Ă Â Ê Ô Ơ Ư Đ; clerks typed other capitals with
 * the uppercase fonts (.VnTimeH, .VnArialH …), which draw these same
 * lower-case codes as capitals.
 */
export const TCVN3_PAIRS: readonly (readonly [legacy: string, unicode: string])[] = [
  ['\u00B8', 'á'], ['\u00B5', 'à'], ['\u00B6', 'ả'], ['\u00B7', 'ã'], ['\u00B9', 'ạ'],
  ['\u00A8', 'ă'], ['\u00BE', 'ắ'], ['\u00BB', 'ằ'], ['\u00BC', 'ẳ'], ['\u00BD', 'ẵ'], ['\u00C6', 'ặ'],
  ['\u00A9', 'â'], ['\u00CA', 'ấ'], ['\u00C7', 'ầ'], ['\u00C8', 'ẩ'], ['\u00C9', 'ẫ'], ['\u00CB', 'ậ'],
  ['\u00AE', 'đ'],
  ['\u00D0', 'é'], ['\u00CC', 'è'], ['\u00CE', 'ẻ'], ['\u00CF', 'ẽ'], ['\u00D1', 'ẹ'],
  ['\u00AA', 'ê'], ['\u00D5', 'ế'], ['\u00D2', 'ề'], ['\u00D3', 'ể'], ['\u00D4', 'ễ'], ['\u00D6', 'ệ'],
  ['\u00DD', 'í'], ['\u00D7', 'ì'], ['\u00D8', 'ỉ'], ['\u00DC', 'ĩ'], ['\u00DE', 'ị'],
  ['\u00E3', 'ó'], ['\u00DF', 'ò'], ['\u00E1', 'ỏ'], ['\u00E2', 'õ'], ['\u00E4', 'ọ'],
  ['\u00AB', 'ô'], ['\u00E8', 'ố'], ['\u00E5', 'ồ'], ['\u00E6', 'ổ'], ['\u00E7', 'ỗ'], ['\u00E9', 'ộ'],
  ['\u00AC', 'ơ'], ['\u00ED', 'ớ'], ['\u00EA', 'ờ'], ['\u00EB', 'ở'], ['\u00EC', 'ỡ'], ['\u00EE', 'ợ'],
  ['\u00F3', 'ú'], ['\u00EF', 'ù'], ['\u00F1', 'ủ'], ['\u00F2', 'ũ'], ['\u00F4', 'ụ'],
  ['\u00AD', 'ư'], ['\u00F8', 'ứ'], ['\u00F5', 'ừ'], ['\u00F6', 'ử'], ['\u00F7', 'ữ'], ['\u00F9', 'ự'],
  ['\u00FD', 'ý'], ['\u00FA', 'ỳ'], ['\u00FB', 'ỷ'], ['\u00FC', 'ỹ'], ['\u00FE', 'ỵ'],
  ['\u00A1', 'Ă'], ['\u00A2', 'Â'], ['\u00A3', 'Ê'], ['\u00A4', 'Ô'], ['\u00A5', 'Ơ'], ['\u00A6', 'Ư'], ['\u00A7', 'Đ'],
];
