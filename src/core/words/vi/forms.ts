/** The Vietnamese words about member forms (shape: ../formWords.ts). */
import { placeText } from '../formPlace';
import type { FormWords } from '../formWords';
import { isBlank, type CellValue } from '../../grid';
import { toHundredths } from '../../hundredths';
import { kit } from '../kit';

/** What a workbook cell held: blank, a number as points, or its text quoted. */
const oldValue = (v: CellValue): string =>
  isBlank(v) ? '(trống)' : typeof v === 'number' ? k.pts(toHundredths(v) ?? Math.round(v * 100)) : k.q(String(v));

const k = kit('vi', ', ');
const who = (member: string, criterion: string): string => `Điểm của ${k.text(member)} ở tiêu chí ${k.text(criterion)}`;

export const viForms: FormWords = {
  problems: {
    FORM_NOT_A_FORM: (p) =>
      p.book
        ? 'Tệp này là một sổ chấm điểm, không phải phiếu chấm do chương trình phát.'
        : 'Tệp này không phải phiếu chấm do chương trình phát (không có trang định danh của phiếu).',
    FORM_DAMAGED: () => 'Trang định danh ẩn của phiếu đã bị sửa hoặc bị hỏng nên không đọc lại được. Hãy phát lại phiếu cho đơn vị.',
    FORM_NEWER: (p) => `Phiếu do một phiên bản mới hơn của chương trình phát (định dạng ${k.count(p.version)}). Hãy cập nhật chương trình rồi thu lại.`,
    FORM_CLUSTER: (p) => `Phiếu của ${k.q(p.form)}, nhưng sổ chấm điểm là của ${k.q(p.book)}.`,
    FORM_YEAR: (p) => `Phiếu của năm ${k.text(p.form)}, nhưng sổ chấm điểm là của năm ${k.text(p.book)}.`,
    FORM_MEMBER_UNKNOWN: (p) => `Phiếu của ${k.text(p.name)} (mã ${k.text(p.member)}), nhưng sổ chấm điểm không có thành viên mã này.`,
    FORM_DUPLICATE: (p) => `Lần thu này đã có một phiếu khác của ${k.text(p.member)} (tệp ${k.text(p.first)}). Mỗi lần chỉ thu một phiếu của mỗi đơn vị.`,
    FORM_CRITERIA: (p) =>
      `Phiếu được phát theo một bộ tiêu chí khác (mã bộ tiêu chí của phiếu ${k.text(p.form)}, của sổ hiện nay ${k.text(p.book)}): bộ tiêu chí đã thay đổi sau khi phát phiếu, hoặc phiếu được phát từ sổ khác. Hãy phát lại phiếu.`,
    FORM_SHEET_MISSING: (p) => `Phiếu thiếu trang ${k.q(p.sheet)} (đã bị xóa hoặc đổi tên).`,
    FORM_LOCKED_CHANGED: (p) =>
      `Ô đã khóa bị sửa: khi phát ghi ${p.expected === '' ? '(trống)' : k.q(p.expected)}, nay ghi ${p.found === '' ? '(trống)' : k.q(p.found)}` +
      (p.count !== undefined ? ` (trang này có ${k.count(p.count)} ô đã khóa bị sửa)` : '') +
      '. Phiếu chỉ được ghi vào các ô nền vàng.',
    FORM_TARGET_UNKNOWN: (p) => `Cột chấm thành viên mã ${k.text(p.member)}, nhưng sổ chấm điểm không còn thành viên này.`,
    FORM_VALUE_INVALID: (p) => `${who(p.member, p.criterion)} là ${k.q(p.value)}, không phải một số.`,
    FORM_VALUE_NEGATIVE: (p) => `${who(p.member, p.criterion)} là ${k.text(p.value)}, một số âm (điểm trừ cũng ghi bằng số dương).`,
    FORM_VALUE_ABOVE_MAX: (p) => `${who(p.member, p.criterion)} là ${k.text(p.value)}, vượt điểm tối đa ${k.pts(p.max)}.`,
    FORM_VALUE_TOO_PRECISE: (p) => `${who(p.member, p.criterion)} là ${k.text(p.value)}, có hơn hai chữ số thập phân.`,
    FORM_VALUE_AS_TEXT: (p) => `Số ${k.q(p.value)} được gõ dưới dạng chữ; chương trình lấy số ${k.pts(p.number)}.`,
    FORM_VALUE_STEP: (p) => `${who(p.member, p.criterion)} là ${k.text(p.value)}, không phải bội số của bước điểm ${k.pts(p.step)}.`,
    BOOK_SHEET_MISSING: (p) => `Sổ chấm điểm chưa có trang ${k.q(p.sheet)} để nhận điểm của phiếu. Hãy thêm trang đó (chép từ một trang cùng loại) rồi thu lại.`,
    BOOK_ROW_MISSING: (p) => `Trang này của sổ chấm điểm không có dòng cho tiêu chí ${k.text(p.criterion)}. Hãy thêm dòng đó rồi thu lại.`,
    BOOK_COLUMN_MISSING: (p) => `Trang này của sổ chấm điểm không có cột cho ${k.text(p.member)}. Hãy thêm cột đó rồi thu lại.`,
  },
  place: placeText('Sổ chấm điểm'),
  gatherRefusal: {
    notScoring: 'Tệp này không phải sổ chấm điểm.',
    unreadable: 'Chưa đọc được trang Cấu hình, Thành viên hoặc Tiêu chí của sổ chấm điểm (xem các lỗi khi Kiểm tra): không có gì để đối chiếu phiếu.',
    locked: 'Số liệu của sổ đã được chốt: không thu phiếu vào sổ đã chốt. Nếu Cụm đồng ý sửa số liệu, hãy mở khóa trước.',
    logNotOurs: 'Sổ có trang “Nhật ký” không do chương trình tạo nên việc thu phiếu không ghi nhật ký được. Hãy đổi tên trang đó rồi thu lại.',
    noForms: 'Chưa chọn phiếu chấm nào.',
    formsRefused: 'Có phiếu không được nhận nên chưa ghi gì vào sổ. Hãy sửa các lỗi đã nêu (hoặc bỏ phiếu đó ra) rồi thu lại.',
  },
  formsRefusal: {
    notScoring: 'Tệp này không phải sổ chấm điểm.',
    structure: (n) =>
      `Sổ chấm điểm có ${k.count(n)} lỗi ở trang Cấu hình, Thành viên, Tiêu chí hoặc Xếp loại. Hãy sửa trước khi phát phiếu: phiếu phải mang đúng bộ tiêu chí và danh sách thành viên.`,
    noSelfSheet: 'Sổ chấm điểm chưa có trang “Tự chấm” nên phiếu thu về không có chỗ để ghi. Hãy thêm trang đó trước.',
    unknownMembers: (asked) => `Sổ chấm điểm không có thành viên: ${k.list(asked)}.`,
  },
  formulaCells: (cells) =>
    `Các ô sau của sổ chứa công thức, chương trình không ghi đè: ${k.list(cells)}. Hãy thay công thức bằng giá trị (hoặc xóa ô) rồi thu lại. Chưa ghi gì vào sổ.`,
  conflict: (c) => `${c.sheet}!${c.cell}: ${oldValue(c.old)} → ${k.pts(c.value)}`,
};
