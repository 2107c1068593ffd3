/**
 * Frequent Vietnamese syllables (general and administrative/police usage),
 * lower case, NFC, new tone style. Data only: text/legacyEncoding.ts uses it
 * to break ties when a legacy byte string reads as valid syllables both ways
 * ("còng tõ" vs "cũng từ"): the reading with more frequent syllables wins.
 */
export const COMMON_SYLLABLES: readonly string[] = (
  'và của có không được là một những các cho với này trong người đã để đến khi ra về từ cũng ' +
  'như theo đó thì sẽ nhiều tại lại rất làm năm ngày tháng nay sau trên dưới vào hơn còn đang ' +
  'nhưng nếu vì bị nào đây thế hay mà phải cùng nhau giữa qua nên đều chỉ mới đi lên xuống ' +
  'hai ba bốn năm sáu bảy tám chín mười trăm nghìn số lần thứ ' +
  'công an xã huyện tỉnh thành phố phường thị trấn đặc khu thôn bản xóm tổ dân phố ' +
  'đồng chí trưởng phó chủ tịch bí thư đảng ủy uỷ ban nhân dân hội hội đồng mặt trận tổ quốc ' +
  'phụ nữ nông cựu chiến binh đoàn thanh niên quần chúng lực lượng cán bộ sỹ sĩ ' +
  'an ninh trật tự tình hình vụ việc tồn đọng phát sinh giải quyết giải đáp chỗ thủ tục hành chính ' +
  'khó khăn vướng mắc củng cố kiện toàn xây dựng phong trào toàn bảo vệ tổ chức nội dung ý kiến ' +
  'phản ánh thông tin giao ban cơ sở hội nghị lãnh đạo chủ trì tham dự thành phần địa bàn phụ trách ' +
  'kết quả báo cáo kế hoạch triển khai thực hiện công tác đảm bảo phối hợp chặt chẽ tăng cường ' +
  'trộm cắp đánh nhau tranh chấp đất đai ma tuý túy cờ bạc tai nạn giao thông căn cước cư trú ' +
  'đăng ký hộ khẩu tạm trú giấy tờ hồ sơ cấp đổi chuyển cơ quan chức năng xử lý xong ' +
  'đề nghị kiến nghị hướng dẫn tuyên truyền vận động nhân dân gia đình học sinh trường ' +
  'định kỳ hàng tuần quý đầu cuối trước hiện tại thời gian địa điểm ông bà anh chị em ' +
  'văn thị thắng chính ích lò trần nguyễn lê phạm hoàng vũ võ đặng bùi đỗ hồ ngô dương lý ' +
  'sùng giàng vàng thào mùa lềnh khoa nà nậm mường khương pồ lầu sen pha long ' +
  'ngành đơn vị hoạt động quản lý kiểm tra xác minh điều tra phát hiện ngăn chặn phòng ngừa ' +
  'mô hình tự quản camera đảm nhiệm chính quy nhiệm vụ trụ sở trang bị phương tiện chế độ ' +
  'tiếp tục đồng thời đặc biệt trực tiếp cụ thể rõ ràng chi tiết mới mẻ thật sự đánh giá cao ' +
  'biết thấy nói hỏi trả lời nghe xem muốn cần nhận giúp đỡ ủng hộ quan hệ tạo nên'
).split(' ');
