/**
 * A starting set of criteria for a new workbook: five scored groups summing to 100 points, a
 * bonus group and a deduction group, each capped at 10 points (docs/huong-dan-so-lieu.md `Tiêu chí`).
 * The groups follow the fields a provincial cluster's covenant usually covers (docs/quy-tac-tinh-diem.md,
 * "Căn cứ và bối cảnh"). It is a sample, labelled as such in the sheet: every cluster replaces it
 * with the criteria of its own rules (quy chế) and covenant.
 *
 * How the sample scores (docs/huong-dan-so-lieu.md §6, the sample criteria):
 * - graded, not all-or-nothing: reaching a target earns about four fifths of the criterion, and
 *   only exceeding it earns the rest — otherwise every member that reaches its targets gets the
 *   maximum and the whole cluster ties;
 * - each fault is penalised once: lateness of reports and files only in VII.3, not also in V.2;
 * - the bonus for a state award (VI.1) refers to the previous year's award: this year's awards are
 *   decided on the very scores being given.
 */
import type { CriterionType } from '../model';

export interface TemplateCriterion {
  code: string;
  text: string;
  /** Points (not hundredths: the template writes numbers a person would type). */
  max: number;
  type: CriterionType;
  guidance: string;
}

export const DEFAULT_CRITERIA: readonly TemplateCriterion[] = [
  { code: 'I', text: 'Thực hiện nhiệm vụ chính trị, phát triển kinh tế – xã hội', max: 30, type: 'score', guidance: '' },
  {
    code: 'I.1',
    text: 'Tốc độ tăng trưởng tổng sản phẩm trên địa bàn (GRDP) so với kế hoạch',
    max: 10,
    type: 'score',
    guidance: 'Đạt kế hoạch: 8 điểm. Vượt kế hoạch: cộng 0,5 điểm cho mỗi 0,1 điểm phần trăm vượt, tối đa 10 điểm. Không đạt: 8 điểm nhân với tỷ lệ thực hiện so với kế hoạch.',
  },
  {
    code: 'I.2',
    text: 'Thu ngân sách nhà nước trên địa bàn so với dự toán',
    max: 8,
    type: 'score',
    guidance: 'Đạt dự toán: 6,5 điểm. Vượt dự toán: cộng 0,25 điểm cho mỗi 2% vượt, tối đa 8 điểm. Không đạt: 6,5 điểm nhân với tỷ lệ thực hiện dự toán.',
  },
  {
    code: 'I.3',
    text: 'Thu hút đầu tư, phát triển doanh nghiệp; giải ngân vốn đầu tư công',
    max: 7,
    type: 'score',
    guidance:
      'Giải ngân vốn đầu tư công từ 95% kế hoạch trở lên: 5 điểm; từ 80% đến dưới 95%: 4 điểm; dưới 80%: 2,5 điểm. Số doanh nghiệp thành lập mới tăng so với năm trước: cộng 1 điểm; tăng từ 10% trở lên: cộng 2 điểm.',
  },
  {
    code: 'I.4',
    text: 'Xây dựng nông thôn mới, đô thị văn minh',
    max: 5,
    type: 'score',
    guidance: 'Đạt chỉ tiêu đơn vị đạt chuẩn nông thôn mới của năm: 4 điểm; vượt chỉ tiêu: cộng 0,5 điểm cho mỗi đơn vị vượt, tối đa 5 điểm; không đạt: 4 điểm nhân với tỷ lệ thực hiện.',
  },

  { code: 'II', text: 'Quốc phòng – an ninh, trật tự an toàn xã hội', max: 15, type: 'score', guidance: '' },
  {
    code: 'II.1',
    text: 'Hoàn thành chỉ tiêu tuyển quân; xây dựng khu vực phòng thủ vững chắc',
    max: 5,
    type: 'score',
    guidance: 'Hoàn thành 100% chỉ tiêu tuyển quân: 3 điểm. Diễn tập khu vực phòng thủ đạt loại giỏi: cộng 2 điểm; đạt loại khá: cộng 1 điểm.',
  },
  {
    code: 'II.2',
    text: 'Giữ vững an ninh chính trị; kiềm chế, làm giảm tội phạm',
    max: 5,
    type: 'score',
    guidance: 'Theo báo cáo của cơ quan công an cấp tỉnh: số vụ phạm tội về trật tự xã hội giảm từ 5% trở lên so với năm trước: 5 điểm; giảm dưới 5%: 4 điểm; không giảm: 3 điểm; tăng: 2 điểm.',
  },
  {
    code: 'II.3',
    text: 'Giảm tai nạn giao thông trên cả ba tiêu chí: số vụ, số người chết, số người bị thương',
    max: 5,
    type: 'score',
    guidance: 'Giảm cả ba tiêu chí so với năm trước: 4 điểm; số người chết giảm từ 10% trở lên: cộng 1 điểm. Mỗi tiêu chí không giảm: trừ 1,5 điểm.',
  },

  { code: 'III', text: 'Văn hóa – xã hội, an sinh xã hội', max: 20, type: 'score', guidance: '' },
  {
    code: 'III.1',
    text: 'Giáo dục và đào tạo; y tế, chăm sóc sức khỏe Nhân dân',
    max: 7,
    type: 'score',
    guidance: 'Đạt tất cả các chỉ tiêu được giao trong năm: 5,5 điểm; mỗi chỉ tiêu vượt kế hoạch: cộng 0,5 điểm, tối đa 7 điểm; mỗi chỉ tiêu không đạt: trừ 1 điểm.',
  },
  {
    code: 'III.2',
    text: 'Giảm nghèo bền vững; giải quyết việc làm',
    max: 7,
    type: 'score',
    guidance: 'Giảm tỷ lệ hộ nghèo đạt kế hoạch: 5,5 điểm; vượt kế hoạch: cộng 0,5 điểm cho mỗi 0,1 điểm phần trăm giảm vượt, tối đa 7 điểm; không đạt: 5,5 điểm nhân với tỷ lệ thực hiện.',
  },
  {
    code: 'III.3',
    text: 'Thực hiện chính sách đối với người có công; bảo trợ xã hội',
    max: 6,
    type: 'score',
    guidance: 'Thực hiện đầy đủ, kịp thời: 5 điểm; có mô hình, cách làm được cấp trên ghi nhận: cộng 1 điểm; mỗi sai sót bị cấp có thẩm quyền kết luận: trừ 1 điểm.',
  },

  { code: 'IV', text: 'Xây dựng Đảng, chính quyền; cải cách hành chính; phòng, chống tham nhũng', max: 20, type: 'score', guidance: '' },
  {
    code: 'IV.1',
    text: 'Xây dựng tổ chức đảng, chính quyền và hệ thống chính trị trong sạch, vững mạnh',
    max: 6,
    type: 'score',
    guidance: 'Theo kết quả đánh giá, xếp loại của cấp có thẩm quyền: hoàn thành xuất sắc nhiệm vụ: 6 điểm; hoàn thành tốt: 5 điểm; hoàn thành: 3 điểm; không hoàn thành: 0 điểm.',
  },
  {
    code: 'IV.2',
    text: 'Cải cách hành chính: Chỉ số PAR INDEX, SIPAS, PCI',
    max: 8,
    type: 'score',
    guidance: 'Theo thứ hạng trong Cụm của từng chỉ số được công bố trong năm (PAR INDEX 3 điểm, SIPAS 2 điểm, PCI 3 điểm): đứng đầu Cụm: đủ điểm của chỉ số; mỗi bậc thấp hơn: trừ 0,5 điểm.',
  },
  {
    code: 'IV.3',
    text: 'Phòng, chống tham nhũng, lãng phí; giải quyết khiếu nại, tố cáo',
    max: 6,
    type: 'score',
    guidance: 'Thực hiện đầy đủ kế hoạch phòng, chống tham nhũng, lãng phí: 4 điểm. Giải quyết khiếu nại, tố cáo đạt tỷ lệ được giao: cộng 1 điểm; vượt tỷ lệ được giao: cộng 2 điểm.',
  },

  { code: 'V', text: 'Công tác thi đua, khen thưởng và hoạt động của Cụm', max: 15, type: 'score', guidance: '' },
  {
    code: 'V.1',
    text: 'Tổ chức các phong trào thi đua; phát hiện, bồi dưỡng, nhân rộng điển hình tiên tiến',
    max: 6,
    type: 'score',
    guidance: 'Ban hành kế hoạch, phát động phong trào thi đua trong quý I: 3 điểm. Mỗi điển hình tiên tiến được Trung ương biểu dương, nhân rộng trong năm: cộng 1 điểm, tối đa 3 điểm.',
  },
  {
    code: 'V.2',
    text: 'Chất lượng thông tin, báo cáo và hồ sơ đề nghị khen thưởng',
    max: 4,
    type: 'score',
    guidance:
      'Báo cáo đầy đủ nội dung, số liệu chính xác: 2 điểm. Hồ sơ đề nghị khen thưởng đúng quy định, không phải trả lại để bổ sung: 2 điểm. Việc gửi chậm chỉ bị trừ ở tiêu chí VII.3, không trừ ở đây.',
  },
  {
    code: 'V.3',
    text: 'Tham gia đầy đủ các hoạt động do Cụm tổ chức',
    max: 5,
    type: 'score',
    guidance: 'Tham gia đầy đủ: 5 điểm; mỗi hoạt động vắng mặt không có lý do: trừ 1 điểm.',
  },

  { code: 'VI', text: 'Điểm thưởng', max: 10, type: 'bonus', guidance: 'Cộng tối đa 10 điểm dù tổng các mục con lớn hơn.' },
  {
    code: 'VI.1',
    text: 'Được tặng danh hiệu, hình thức khen thưởng cấp Nhà nước trong năm trước liền kề',
    max: 5,
    type: 'bonus',
    guidance:
      'Theo quyết định khen thưởng của năm trước liền kề năm thi đua (khen thưởng của chính năm đang chấm được xét trên kết quả chấm này nên không tính): Huân chương hoặc Cờ thi đua của Chính phủ: 5 điểm; Bằng khen của Thủ tướng Chính phủ: 3 điểm.',
  },
  {
    code: 'VI.2',
    text: 'Có mô hình, cách làm mới, sáng kiến được cấp có thẩm quyền công nhận và nhân rộng',
    max: 5,
    type: 'bonus',
    guidance: 'Mỗi mô hình, sáng kiến được công nhận: 2,5 điểm, tối đa 5 điểm.',
  },
  { code: 'VI.3', text: 'Đăng cai tổ chức thành công hoạt động chung của Cụm', max: 3, type: 'bonus', guidance: 'Đăng cai hội nghị hoặc hoạt động chung của Cụm trong năm: 3 điểm.' },

  { code: 'VII', text: 'Điểm trừ', max: 10, type: 'deduction', guidance: 'Ghi số điểm bị trừ là số dương; trừ tối đa 10 điểm.' },
  {
    code: 'VII.1',
    text: 'Để xảy ra vi phạm, sai phạm bị cơ quan có thẩm quyền kết luận trong năm',
    max: 10,
    type: 'deduction',
    guidance: 'Mỗi vi phạm bị kết luận: trừ 2 điểm; vi phạm nghiêm trọng: trừ đến 10 điểm.',
  },
  {
    code: 'VII.2',
    text: 'Để xảy ra điểm nóng về an ninh, trật tự hoặc vụ việc gây bức xúc dư luận',
    max: 5,
    type: 'deduction',
    guidance: 'Mỗi vụ việc: trừ 1 điểm.',
  },
  {
    code: 'VII.3',
    text: 'Không gửi hoặc gửi chậm báo cáo, hồ sơ chấm điểm theo yêu cầu của Cụm',
    max: 3,
    type: 'deduction',
    guidance: 'Mỗi báo cáo, hồ sơ gửi chậm: trừ 0,5 điểm; không gửi: trừ 1 điểm. Việc gửi chậm chỉ trừ ở đây.',
  },
];
