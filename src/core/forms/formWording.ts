/**
 * The sentences printed in a member form (always Vietnamese, like every document the program
 * writes: docs/phieu-cham.md). The messages about forms that the screens and the command line show
 * are in the vocabulary (src/core/words/vi/forms.ts, src/core/words/en/forms.ts).
 */
import { formatPoints, type Points } from '../hundredths';
import { crossSheetName, SHEET_NAMES } from '../words/format';
import { FORM_COVER_SHEET } from '../words/formFormat';

/** Points as the form prints them in a sentence: "10", "7,5", "0,25" (no trailing zeros). */
export function pointsWord(h: Points): string {
  return formatPoints(h, 'vi').replace(/,00$/, '').replace(/(,\d)0$/, '$1');
}

export const FORM_TEXT = {
  coverTitle: (year: number) => `PHIẾU CHẤM ĐIỂM THI ĐUA NĂM ${year}`,
  selfTitle: (year: number) => `PHIẾU TỰ CHẤM ĐIỂM THI ĐUA NĂM ${year}`,
  crossTitle: (year: number) => `PHIẾU CHẤM CHÉO ĐIỂM THI ĐUA NĂM ${year}`,
  scorerLine: (name: string, cluster: string) => `Đơn vị chấm: ${name} — ${cluster}`,
  selfGuide: 'Ghi điểm tự chấm của đơn vị vào các ô nền vàng (cột của đơn vị). Dòng nhóm (chữ đậm) không cần ghi. Các ô khác đã được khóa.',
  crossGuide: 'Ghi điểm đơn vị chấm cho từng thành viên khác vào các ô nền vàng (mỗi cột một thành viên). Dòng nhóm (chữ đậm) không cần ghi. Các ô khác đã được khóa.',
  typeHeader: 'Loại',
  guidanceHeader: 'Hướng dẫn chấm',
  cover: {
    member: 'Đơn vị chấm',
    memberValue: (name: string, code: string) => `${name} (mã ${code})`,
    cluster: 'Cụm thi đua',
    year: 'Năm thi đua',
    deadline: 'Hạn gửi lại phiếu',
    noDeadline: 'Theo thông báo của Văn phòng Cụm trưởng',
    issuedAt: 'Ngày phát phiếu',
    criteria: 'Mã bộ tiêu chí',
    signer: 'Người lập phiếu (họ tên, chức vụ, điện thoại)',
    guideTitle: 'HƯỚNG DẪN ĐIỀN PHIẾU',
    bandsTitle: 'XẾP LOẠI CỦA CỤM',
    bandName: 'Xếp loại',
    bandFrom: 'Tổng điểm từ',
    baseLine: (base: Points) => `Tổng điểm tối đa của các nhóm tiêu chí chấm điểm: ${pointsWord(base)} điểm (chưa kể điểm thưởng, điểm trừ).`,
  },
  /** The numbered instructions of the cover. */
  instructions(o: { member: string; cross: boolean; step: Points }): string[] {
    const sheets = [`“${SHEET_NAMES.self}” (điểm tự chấm của đơn vị)`];
    if (o.cross) sheets.push(`“${crossSheetName(o.member)}” (điểm đơn vị chấm các thành viên khác)`);
    const step = o.step > 0 ? `, là bội số của ${pointsWord(o.step)} điểm (bước điểm của Cụm)` : '';
    return [
      `Phiếu gồm trang “${FORM_COVER_SHEET}” này và ${sheets.length === 1 ? 'trang' : 'các trang'} ${sheets.join(' và ')}.`,
      `Chỉ ghi vào các ô nền vàng. Mỗi ô là điểm của một tiêu chí: một số từ 0 đến điểm tối đa ghi ở cột “Điểm tối đa”, nhiều nhất hai chữ số thập phân${step}. Excel, LibreOffice và WPS báo ngay khi gõ số ngoài khoảng đó.`,
      'Tiêu chí loại “Trừ”: ghi số điểm bị trừ bằng số dương (ví dụ 0,5). Tiêu chí loại “Thưởng” và “Trừ” để trống được tính là 0.',
      'Dòng nhóm (chữ đậm) không cần ghi: chương trình tự cộng điểm các tiêu chí con.',
      'Điểm Cụm đã có trong sổ chấm điểm được điền sẵn; hãy kiểm tra và sửa nếu cần. Để trống một ô nghĩa là chưa chấm ô đó.',
      'Các ô khác, tên trang và cấu trúc phiếu đã được khóa: không đổi tên trang, không chèn hay xóa dòng, cột. Phiếu có ô đã khóa bị sửa sẽ không được nhận.',
      'Lưu phiếu dưới dạng .xlsx (Excel, LibreOffice hay WPS đều được; có thể đặt tên tệp tùy ý) và gửi lại Văn phòng Cụm trưởng trước hạn, kèm báo cáo của đơn vị.',
      'Văn phòng Cụm trưởng thu phiếu bằng chương trình cum-thi-dua: mọi ô được kiểm tra lại; phiếu của cụm, năm hoặc bộ tiêu chí khác không được nhận.',
    ];
  },
  validation: {
    title: 'Điểm',
    prompt: (max: Points, step: Points) =>
      `Một số từ 0 đến ${pointsWord(max)}, nhiều nhất hai chữ số thập phân${step > 0 ? `, bội số của ${pointsWord(step)}` : ''}. Điểm trừ ghi bằng số dương.`,
    errorTitle: 'Điểm không hợp lệ',
    error: (max: Points) => `Ô này nhận một số từ 0 đến ${pointsWord(max)} (điểm tối đa của tiêu chí).`,
  },
  /** The document title of the form file. */
  title: (member: string, year: number) => `Phiếu chấm điểm thi đua năm ${year} — ${member}`,
} as const;
