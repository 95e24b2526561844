/**
 * A starting set of criteria for a new workbook: five scored groups summing to 100 points, a
 * bonus group and a deduction group, each capped at 10 points (docs/huong-dan-so-lieu.md `Tiêu chí`).
 * The groups follow the fields a provincial cluster's covenant usually covers (docs/quy-tac-tinh-diem.md "Legal
 * background": the Law on Emulation and Commendation and the Central Board's guidance on
 * clusters). It is a sample, labelled as such in the sheet: every cluster replaces it with the
 * criteria of its own rules (quy chế) and covenant.
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

const FULL_OR_PRORATA = 'Đạt hoặc vượt chỉ tiêu: điểm tối đa; không đạt: chấm theo tỷ lệ hoàn thành.';

export const DEFAULT_CRITERIA: readonly TemplateCriterion[] = [
  { code: 'I', text: 'Thực hiện nhiệm vụ chính trị, phát triển kinh tế – xã hội', max: 30, type: 'score', guidance: '' },
  { code: 'I.1', text: 'Tốc độ tăng trưởng tổng sản phẩm trên địa bàn (GRDP) so với kế hoạch', max: 10, type: 'score', guidance: FULL_OR_PRORATA },
  { code: 'I.2', text: 'Thu ngân sách nhà nước trên địa bàn so với dự toán', max: 8, type: 'score', guidance: FULL_OR_PRORATA },
  { code: 'I.3', text: 'Thu hút đầu tư, phát triển doanh nghiệp; giải ngân vốn đầu tư công', max: 7, type: 'score', guidance: FULL_OR_PRORATA },
  { code: 'I.4', text: 'Xây dựng nông thôn mới, đô thị văn minh', max: 5, type: 'score', guidance: FULL_OR_PRORATA },

  { code: 'II', text: 'Quốc phòng – an ninh, trật tự an toàn xã hội', max: 15, type: 'score', guidance: '' },
  { code: 'II.1', text: 'Hoàn thành chỉ tiêu tuyển quân; xây dựng khu vực phòng thủ vững chắc', max: 5, type: 'score', guidance: FULL_OR_PRORATA },
  { code: 'II.2', text: 'Giữ vững an ninh chính trị; kiềm chế, làm giảm tội phạm', max: 5, type: 'score', guidance: 'Chấm theo báo cáo của cơ quan công an cấp tỉnh.' },
  { code: 'II.3', text: 'Giảm tai nạn giao thông trên cả ba tiêu chí: số vụ, số người chết, số người bị thương', max: 5, type: 'score', guidance: 'Giảm cả ba tiêu chí: điểm tối đa; mỗi tiêu chí không giảm: trừ một phần ba số điểm.' },

  { code: 'III', text: 'Văn hóa – xã hội, an sinh xã hội', max: 20, type: 'score', guidance: '' },
  { code: 'III.1', text: 'Giáo dục và đào tạo; y tế, chăm sóc sức khỏe Nhân dân', max: 7, type: 'score', guidance: FULL_OR_PRORATA },
  { code: 'III.2', text: 'Giảm nghèo bền vững; giải quyết việc làm', max: 7, type: 'score', guidance: FULL_OR_PRORATA },
  { code: 'III.3', text: 'Thực hiện chính sách đối với người có công; bảo trợ xã hội', max: 6, type: 'score', guidance: FULL_OR_PRORATA },

  { code: 'IV', text: 'Xây dựng Đảng, chính quyền; cải cách hành chính; phòng, chống tham nhũng', max: 20, type: 'score', guidance: '' },
  { code: 'IV.1', text: 'Xây dựng tổ chức đảng, chính quyền và hệ thống chính trị trong sạch, vững mạnh', max: 6, type: 'score', guidance: 'Chấm theo kết quả đánh giá, xếp loại của cấp có thẩm quyền.' },
  { code: 'IV.2', text: 'Cải cách hành chính: Chỉ số PAR INDEX, SIPAS, PCI', max: 8, type: 'score', guidance: 'Chấm theo thứ hạng các chỉ số được công bố trong năm.' },
  { code: 'IV.3', text: 'Phòng, chống tham nhũng, lãng phí; giải quyết khiếu nại, tố cáo', max: 6, type: 'score', guidance: FULL_OR_PRORATA },

  { code: 'V', text: 'Công tác thi đua, khen thưởng và hoạt động của Cụm', max: 15, type: 'score', guidance: '' },
  { code: 'V.1', text: 'Tổ chức các phong trào thi đua; phát hiện, bồi dưỡng, nhân rộng điển hình tiên tiến', max: 6, type: 'score', guidance: 'Chấm theo báo cáo tổng kết và hồ sơ minh chứng.' },
  { code: 'V.2', text: 'Chế độ thông tin, báo cáo; hồ sơ đề nghị khen thưởng đúng quy định, đúng thời hạn', max: 4, type: 'score', guidance: 'Mỗi báo cáo gửi chậm hoặc hồ sơ sai quy định: trừ 1 điểm.' },
  { code: 'V.3', text: 'Tham gia đầy đủ các hoạt động do Cụm tổ chức', max: 5, type: 'score', guidance: 'Mỗi hoạt động vắng mặt không có lý do: trừ 1 điểm.' },

  { code: 'VI', text: 'Điểm thưởng', max: 10, type: 'bonus', guidance: 'Cộng tối đa 10 điểm dù tổng các mục con lớn hơn.' },
  { code: 'VI.1', text: 'Được tặng danh hiệu, hình thức khen thưởng cấp Nhà nước trong năm', max: 5, type: 'bonus', guidance: '' },
  { code: 'VI.2', text: 'Có mô hình, cách làm mới, sáng kiến được cấp có thẩm quyền công nhận và nhân rộng', max: 5, type: 'bonus', guidance: '' },
  { code: 'VI.3', text: 'Đăng cai tổ chức thành công hoạt động chung của Cụm', max: 3, type: 'bonus', guidance: '' },

  { code: 'VII', text: 'Điểm trừ', max: 10, type: 'deduction', guidance: 'Ghi số điểm bị trừ là số dương; trừ tối đa 10 điểm.' },
  { code: 'VII.1', text: 'Để xảy ra vi phạm, sai phạm bị cơ quan có thẩm quyền kết luận trong năm', max: 10, type: 'deduction', guidance: '' },
  { code: 'VII.2', text: 'Để xảy ra điểm nóng về an ninh, trật tự hoặc vụ việc gây bức xúc dư luận', max: 5, type: 'deduction', guidance: '' },
  { code: 'VII.3', text: 'Không gửi hoặc gửi chậm báo cáo, hồ sơ chấm điểm theo yêu cầu của Cụm', max: 3, type: 'deduction', guidance: '' },
];
