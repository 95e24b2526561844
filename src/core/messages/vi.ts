/**
 * Vietnamese problem messages, one per stable code (src/core/problems.ts). Each says what is
 * wrong and what the officer should do; the sheet and cell are shown beside the message, so the
 * text speaks of "ô này" / "dòng này". The Record type makes a missing code a compile error.
 */
import type { ProblemCode, ProblemParams } from '../problems';
import { awardName, has, text as t, type MessageFn } from './params';

const award = (p: ProblemParams): string => awardName(p, 'vi');
/** A count with thousands grouped the Vietnamese way: 4194304 → "4.194.304". */
const grouped = (p: ProblemParams, key: string): string => t(p, key).replace(/^\d+$/, (d) => d.replace(/\B(?=(\d{3})+$)/g, '.'));
const ballot = (p: ProblemParams): string => (has(p, 'number') ? `Phiếu số ${t(p, 'number')}` : 'Phiếu ở dòng này');

const SETTING_REASON: Record<string, (p: ProblemParams) => string> = {
  number: () => 'cần một số',
  count: () => 'cần một số nguyên không âm',
  year: (p) => `năm phải là số nguyên từ ${t(p, 'min', '2000')} đến ${t(p, 'max', '2100')}`,
  percent: () => 'cần một tỷ lệ phần trăm từ 0 đến 100',
  nonNegative: () => 'cần một số không âm',
  precision: () => 'chỉ được có tối đa 2 chữ số thập phân',
  choice: (p) => `chỉ nhận một trong các giá trị: ${t(p, 'options')}`,
  yesNo: () => 'chỉ nhận “Có” hoặc “Không”',
  deputyCount: () => 'cần 1 hoặc 2 thành viên, ngăn cách bằng dấu “;”',
  deputyIsHead: (p) => `${t(p, 'member')} không thể vừa là cụm trưởng vừa là cụm phó`,
  memberRepeated: (p) => `${t(p, 'member')} được ghi hai lần`,
  rotation: (p) => `thứ tự luân phiên phải có mỗi thành viên đúng một lần, đang thiếu: ${t(p, 'missing')}`,
  tieBreakItem: (p) =>
    `không hiểu “${t(p, 'item')}”; chỉ dùng “Nhóm <mã>”, “Ít điểm trừ hơn”, “Nhiều điểm thưởng hơn”, “Tự chấm sát hơn”`,
  tieBreakGroup: (p) => `trang Tiêu chí không có nhóm cấp cao nhất mã “${t(p, 'group')}”`,
};

const ROW_WITHOUT_CODE: Record<string, (p: ProblemParams) => string> = {
  criteria: () => 'Dòng này có nội dung nhưng thiếu mã tiêu chí ở cột “Mã”, nên bị bỏ qua. Hãy nhập mã, hoặc xóa dòng.',
  members: () => 'Dòng này có nội dung nhưng thiếu mã thành viên ở cột “Mã”, nên bị bỏ qua. Hãy nhập mã, hoặc xóa dòng.',
  bands: () => 'Dòng này có điểm nhưng thiếu tên xếp loại ở cột “Xếp loại”, nên bị bỏ qua. Hãy nhập tên, hoặc xóa dòng.',
  settings: () => 'Dòng này có giá trị nhưng thiếu tên tham số ở cột “Tham số”, nên bị bỏ qua. Hãy nhập tên tham số, hoặc xóa dòng.',
  score: () =>
    'Dòng này có số nhưng thiếu mã tiêu chí ở cột “Mã”, nên không được đọc. Nếu đây là dòng tổng cộng thì không cần sửa; nếu không, hãy nhập mã tiêu chí.',
  ballots: () => 'Phiếu ở dòng này chưa ghi số phiếu ở cột “Phiếu số”. Phiếu vẫn được đếm; nên ghi số phiếu để dễ đối chiếu.',
};

export const VI: Record<ProblemCode, MessageFn> = {
  // ---- workbook and sheets ----
  NOT_A_SCORING_WORKBOOK: (p) =>
    `Sổ tính này không phải sổ chấm điểm thi đua: không có trang ${t(p, 'sheets', 'Cấu hình, Thành viên, Tiêu chí')}. Hãy mở đúng sổ tính của cụm, hoặc tạo sổ mới từ mẫu.`,
  SHEET_MISSING: (p) => `Thiếu trang “${t(p, 'sheet')}”. Hãy thêm trang này, đặt đúng tên, theo mẫu.`,
  SHEET_DUPLICATE: (p) =>
    `Hai trang “${t(p, 'first')}” và “${t(p, 'sheet')}” đều là trang “${t(p, 'role')}”. Chương trình chỉ đọc trang “${t(p, 'first')}” — hãy xóa hoặc đổi tên trang “${t(p, 'sheet')}”.`,
  HEADER_NOT_FOUND: (p) =>
    `Không tìm thấy dòng tiêu đề trong 10 dòng đầu của trang, nên trang không được đọc. Dòng tiêu đề phải có các cột: ${t(p, 'headers')}.`,
  COLUMN_DUPLICATE: (p) =>
    has(p, 'member')
      ? `${t(p, 'member')} có hai cột (tiêu đề “${t(p, 'header')}”). Chỉ cột đầu tiên được đọc — hãy xóa cột thừa.`
      : `Cột “${t(p, 'header')}” xuất hiện hai lần. Chỉ cột đầu tiên được đọc — hãy xóa hoặc đổi tên cột thừa.`,
  COLUMN_UNKNOWN: (p) =>
    t(p, 'kind', '') === 'member'
      ? `Tiêu đề “${t(p, 'header')}” không phải mã, tên hay tên khác của thành viên nào, nên cột này bị bỏ qua. Thường đây là tên thành viên viết sai — hãy sửa cho khớp với trang Thành viên.`
      : `Cột “${t(p, 'header')}” không có trong mẫu của trang này nên bị bỏ qua. Nếu cột này cần được đọc, hãy kiểm tra chính tả tiêu đề.`,
  OUTPUT_SHEET_NOT_OURS: (p) =>
    `Trang “${t(p, 'sheet')}” trùng tên với một trang kết quả của chương trình nhưng không do chương trình tạo ra. Chương trình không ghi đè lên trang này — hãy đổi tên trang rồi chạy lại.`,
  SHEET_TOO_LARGE: (p) =>
    `Trang quá lớn để đọc${has(p, 'rows') ? ` (${grouped(p, 'rows')} dòng × ${grouped(p, 'cols')} cột${has(p, 'cells') ? ` = ${grouped(p, 'cells')} ô đã dùng` : ''})` : ''}${
      has(p, 'limit') ? `, vượt giới hạn ${grouped(p, 'limit')} ô mà chương trình xử lý được, nên sổ tính không được đọc` : ''
    }. Thường là do một giá trị sót lại ở ô rất xa phía dưới hoặc bên phải (Ctrl+End đưa đến ô cuối cùng đã dùng). Hãy xóa các dòng, cột thừa ở cuối trang rồi chạy lại.`,
  WORKBOOK_TOO_LARGE: (p) =>
    `Sổ tính quá lớn để xử lý: các trang có tổng cộng ${grouped(p, 'cells')} ô đã dùng, vượt giới hạn ${grouped(p, 'limit')} ô, nên sổ tính không được đọc.${
      has(p, 'sheet') ? ` Trang lớn nhất là “${t(p, 'sheet')}”${has(p, 'sheetCells') ? ` (${grouped(p, 'sheetCells')} ô)` : ''}.` : ''
    } Hãy xóa các dòng, cột thừa ở cuối các trang, hoặc chuyển các trang không thuộc sổ chấm điểm sang sổ tính khác, rồi chạy lại.`,

  // ---- cell values ----
  VALUE_ERROR: (p) => `Ô này có giá trị lỗi ${t(p, 'value', '')} nên không dùng được. Hãy sửa công thức hoặc nhập lại giá trị.`,
  NUMBER_AS_TEXT: (p) =>
    has(p, 'count')
      ? `Cột của ${t(p, 'member')} có ${t(p, 'count')} số được nhập dưới dạng chữ (ô đầu tiên: “${t(p, 'value')}”, đọc là ${t(p, 'number')}). Các số này vẫn được đọc; nên nhập lại thành số để tránh nhầm lẫn.`
      : `Số “${t(p, 'value')}” được nhập dưới dạng chữ; chương trình đọc là ${t(p, 'number')}. Nên nhập lại thành số để tránh nhầm lẫn.`,
  NUMBER_INVALID: (p) =>
    has(p, 'value')
      ? `“${t(p, 'value')}” không phải là số. Hãy nhập một số, phần thập phân ngăn cách bằng dấu phẩy hoặc dấu chấm, tối đa 2 chữ số.`
      : 'Ô này cần một số nhưng đang để trống. Hãy nhập số.',
  ROW_WITHOUT_CODE: (p) =>
    (ROW_WITHOUT_CODE[t(p, 'kind', '')] ?? (() => `Dòng này có nội dung nhưng cột “${t(p, 'column', 'Mã')}” để trống. Hãy bổ sung, hoặc xóa dòng.`))(p),

  // ---- Cấu hình ----
  SETTING_UNKNOWN: (p) =>
    `Tham số “${t(p, 'key')}” không có trong danh sách tham số nên bị bỏ qua. Hãy kiểm tra chính tả (ví dụ “Nguồn điểm”, “Bước điểm”).`,
  SETTING_DUPLICATE: (p) => `Tham số “${t(p, 'key')}” được khai báo hai lần. Chỉ dòng đầu tiên được dùng — hãy xóa dòng thừa.`,
  SETTING_REQUIRED: (p) => `Chưa nhập “${t(p, 'key')}”. Đây là tham số bắt buộc — hãy nhập giá trị vào cột “Giá trị”.`,
  SETTING_INVALID: (p) => {
    const reason = SETTING_REASON[t(p, 'reason', '')];
    const why = reason ? reason(p) : 'giá trị không đúng quy định';
    return `Giá trị “${t(p, 'value', '')}” của “${t(p, 'key')}” không hợp lệ: ${why}. Hãy sửa lại.`;
  },
  SETTING_MEMBER_UNKNOWN: (p) =>
    `“${t(p, 'value')}” ở tham số “${t(p, 'key')}” không phải mã, tên hay tên khác của thành viên nào. Hãy ghi đúng như trong trang Thành viên.`,
  SETTING_DEFAULT_USED: (p) =>
    `Chưa đặt “${t(p, 'key')}”, chương trình dùng giá trị mặc định: ${t(p, 'value')}. Nếu không đúng, hãy khai báo trong trang Cấu hình.`,

  // ---- Xếp loại ----
  BAND_NAME_DUPLICATE: (p) => `Xếp loại “${t(p, 'band')}” được ghi hai lần. Tên các mức phải khác nhau — hãy xóa hoặc đổi tên dòng thừa.`,
  BAND_NOT_DECREASING: (p) =>
    `“Điểm từ” của mức “${t(p, 'band')}” (${t(p, 'from')}) phải nhỏ hơn của mức “${t(p, 'previous')}” ở trên (${t(p, 'previousFrom')}). Hãy xếp các mức từ cao xuống thấp.`,
  BAND_LOWEST_ABOVE_ZERO: (p) =>
    `Mức thấp nhất “${t(p, 'band')}” bắt đầu từ ${t(p, 'from')} điểm: thành viên có tổng điểm thấp hơn sẽ không được xếp loại. Nếu không muốn vậy, hãy đặt mức thấp nhất từ 0.`,
  BAND_EMPTY: () => 'Trang Xếp loại chưa có mức nào. Hãy nhập các mức xếp loại, hoặc xóa trang để dùng bảng mặc định.',
  BAND_UNKNOWN: (p) =>
    `“${t(p, 'value')}” ở tham số “${t(p, 'key')}” không phải tên một mức xếp loại. Các mức hiện có: ${t(p, 'bands')}.`,

  // ---- Thành viên ----
  MEMBER_CODE_INVALID: (p) =>
    `Mã “${t(p, 'code')}” không hợp lệ: mã dài 1–12 ký tự, chỉ gồm chữ, số, “_” hoặc “-”, không có dấu cách. Hãy sửa lại.`,
  MEMBER_CODE_DUPLICATE: (p) =>
    `Mã “${t(p, 'code')}” đã được dùng cho một thành viên ở trên. Mỗi thành viên cần một mã riêng — dòng này bị bỏ qua.`,
  MEMBER_NAME_MISSING: (p) => `Thành viên mã “${t(p, 'code')}” chưa có tên đơn vị. Hãy nhập tên đầy đủ, ví dụ “Tỉnh Nghệ An”.`,
  MEMBER_NAME_DUPLICATE: (p) => `Tên “${t(p, 'name')}” đã được dùng cho một thành viên khác. Tên đơn vị phải khác nhau — hãy sửa lại.`,
  MEMBER_ALIAS_COLLISION: (p) =>
    `“${t(p, 'text')}” trùng với mã, tên hoặc tên khác của ${t(p, 'other')}, nên không rõ chỉ thành viên nào. Hãy đổi cho khác.`,
  MEMBER_COUNT: (p) =>
    `Trang Thành viên có ${t(p, 'count')} thành viên; cụm cần từ ${t(p, 'min', '2')} đến ${t(p, 'max', '100')} thành viên. Hãy kiểm tra lại.`,
  YES_NO_INVALID: (p) =>
    `“${t(p, 'value')}” ở cột “${t(p, 'column', 'Ký giao ước')}” không hợp lệ: chỉ nhận “Có” hoặc “Không” (để trống là “Có”).`,

  // ---- Tiêu chí ----
  CRITERIA_EMPTY: () => 'Trang Tiêu chí chưa có tiêu chí nào. Hãy nhập bảng tiêu chí chấm điểm.',
  CRITERION_CODE_INVALID: (p) =>
    `Mã tiêu chí “${t(p, 'code')}” không hợp lệ: mã gồm các phần chữ hoặc số ngăn cách bằng dấu chấm, không có dấu cách (ví dụ “I”, “I.1”, “I.1.a”). Dòng này bị bỏ qua.`,
  CRITERION_CODE_DUPLICATE: (p) =>
    `Mã tiêu chí “${t(p, 'code')}” đã có ở một dòng trên. Mỗi tiêu chí cần một mã riêng — dòng này bị bỏ qua.`,
  CRITERION_PARENT_MISSING: (p) =>
    `Tiêu chí “${t(p, 'code')}” thuộc nhóm “${t(p, 'parent')}”, nhưng phía trên không có tiêu chí mã “${t(p, 'parent')}”. Hãy thêm dòng nhóm “${t(p, 'parent')}” ở phía trên, hoặc sửa mã. Dòng này và các tiêu chí con của nó bị bỏ qua.`,
  CRITERION_TEXT_MISSING: (p) => `Tiêu chí “${t(p, 'code')}” chưa có nội dung. Hãy nhập nội dung tiêu chí.`,
  CRITERION_MAX_INVALID: (p) =>
    `Điểm tối đa của tiêu chí “${t(p, 'code')}” phải là số dương, tối đa 2 chữ số thập phân${has(p, 'value') ? `, nhưng đang là “${t(p, 'value')}”` : ', nhưng đang để trống'}. Hãy sửa lại.`,
  CRITERION_TYPE_INVALID: (p) =>
    `Loại “${t(p, 'value')}” của tiêu chí “${t(p, 'code')}” không hợp lệ: chỉ nhận “Điểm”, “Thưởng” hoặc “Trừ” (để trống là “Điểm”).`,
  CRITERION_TYPE_MISMATCH: (p) =>
    `Tiêu chí “${t(p, 'code')}” có loại “${t(p, 'type')}” nhưng nhóm “${t(p, 'parent')}” có loại “${t(p, 'parentType')}”. Tiêu chí con phải cùng loại với nhóm — hãy sửa lại hoặc để trống cột “Loại”.`,
  CRITERION_GROUP_SUM: (p) =>
    `Điểm tối đa của nhóm “${t(p, 'code')}” là ${t(p, 'max')}, nhưng tổng điểm tối đa của các tiêu chí con là ${t(p, 'sum')}. Hai số này phải bằng nhau — hãy sửa lại.`,

  // ---- score sheets ----
  SCORE_SHEET_MISSING: (p) =>
    t(p, 'reason', '') === 'self'
      ? `Thiếu trang “${t(p, 'sheet', 'Tự chấm')}”. Trang này luôn bắt buộc vì điểm cuối cùng được đối chiếu với điểm tự chấm — hãy thêm trang.`
      : `Điểm được lấy từ trang “${t(p, 'sheet')}” (theo “Nguồn điểm”), nhưng sổ tính chưa có trang này. Hãy thêm trang, hoặc sửa “Nguồn điểm” trong trang Cấu hình.`,
  SCORER_UNKNOWN: (p) =>
    `Trang chấm chéo “${t(p, 'sheet', '')}” ghi người chấm “${t(p, 'scorer', '')}”, nhưng đây không phải mã, tên hay tên khác của thành viên nào, nên trang bị bỏ qua. Hãy đặt tên trang theo dạng “Chấm chéo - <mã thành viên>”.`,
  SCORER_DUPLICATE: (p) =>
    `${t(p, 'scorer')} đã có trang chấm chéo “${t(p, 'first')}”. Mỗi thành viên chỉ có một trang chấm chéo — trang này bị bỏ qua; hãy gộp điểm vào một trang.`,
  MEMBER_COLUMN_MISSING: (p) =>
    `Thiếu cột của ${t(p, 'member')}${has(p, 'code') ? ` (mã ${t(p, 'code')})` : ''}. Mỗi thành viên phải có một cột, tiêu đề là mã, tên hoặc tên khác — hãy thêm cột.`,
  SCORE_ROW_UNKNOWN: (p) =>
    `Mã tiêu chí “${t(p, 'criterion')}” không có trong trang Tiêu chí, nên dòng này không được đọc. Hãy sửa mã cho đúng.`,
  SCORE_ROW_DUPLICATE: (p) =>
    `Tiêu chí ${t(p, 'criterion')} có hai dòng trong trang này. Chỉ dòng đầu tiên được đọc — hãy xóa dòng thừa.`,
  SCORE_ROW_MISSING: (p) =>
    `Trang này thiếu dòng của tiêu chí ${t(p, 'criterion')}. Hãy thêm một dòng có mã “${t(p, 'criterion')}” và nhập điểm.`,
  SCORE_MAX_MISMATCH: (p) =>
    `Điểm tối đa của tiêu chí ${t(p, 'criterion')} ghi ở đây là ${t(p, 'value')}, khác với trang Tiêu chí (${t(p, 'max')}). Chương trình dùng ${t(p, 'max')} — hãy sửa cho khớp.`,
  SCORE_ABOVE_MAX: (p) =>
    `Điểm ${t(p, 'value')}${has(p, 'member') ? ` của ${t(p, 'member')}` : ''} vượt điểm tối đa ${t(p, 'max')} của tiêu chí ${t(p, 'criterion')} — hãy sửa lại ô này.`,
  SCORE_NEGATIVE: (p) =>
    `Điểm ${t(p, 'value')}${has(p, 'member') ? ` của ${t(p, 'member')}` : ''} ở tiêu chí ${t(p, 'criterion')} là số âm; điểm phải từ 0 trở lên — hãy sửa lại ô này.`,
  DEDUCTION_NEGATIVE: (p) =>
    `Điểm trừ được ghi là ${t(p, 'value')}; chương trình hiểu là trừ ${t(p, 'used')} điểm. Điểm trừ nên ghi bằng số dương.`,
  SCORE_TOO_PRECISE: (p) => `Giá trị ${t(p, 'value')} có quá 2 chữ số thập phân. Hãy làm tròn đến 2 chữ số thập phân.`,
  SCORE_MISSING: (p) =>
    has(p, 'count')
      ? `Cột của ${t(p, 'member')} còn ${t(p, 'count')} ô điểm trống, ô đầu tiên ở tiêu chí ${t(p, 'criterion')}. Hãy nhập đủ điểm cho mọi tiêu chí.`
      : `Chưa có điểm của ${t(p, 'member')} ở tiêu chí ${t(p, 'criterion')}. Hãy nhập điểm vào ô này.`,
  CROSS_SCORE_MISSING: (p) =>
    has(p, 'count')
      ? `${t(p, 'scorer', 'Người chấm')} chưa chấm ${t(p, 'count')} tiêu chí của ${t(p, 'member')}, đầu tiên là tiêu chí ${t(p, 'criterion')}. Điểm của các thành viên khác vẫn được dùng.`
      : `${t(p, 'scorer', 'Người chấm')} chưa chấm tiêu chí ${t(p, 'criterion')} cho ${t(p, 'member')}. Điểm của các thành viên khác vẫn được dùng.`,
  CROSS_SCORE_NONE: (p) =>
    has(p, 'count')
      ? `${t(p, 'member')} chưa có điểm chấm chéo nào được tính ở ${t(p, 'count')} tiêu chí, đầu tiên là tiêu chí ${t(p, 'criterion')}. Cần ít nhất một thành viên khác chấm các tiêu chí này.`
      : `${t(p, 'member')} chưa có điểm chấm chéo nào được tính ở tiêu chí ${t(p, 'criterion')}. Cần ít nhất một thành viên khác chấm tiêu chí này.`,
  CROSS_SHEET_ABSENT: (p) =>
    `${t(p, 'member')} chưa có trang chấm chéo${has(p, 'sheet') ? ` “${t(p, 'sheet')}”` : ''}, tức là chưa chấm các thành viên khác. Nếu đơn vị đã chấm, hãy thêm trang này.`,
  SCORE_STEP: (p) =>
    `Điểm ${t(p, 'value')} không phải bội số của bước điểm ${t(p, 'step')}. Hãy kiểm tra lại ô này.`,
  GROUP_ROW_MISMATCH: (p) =>
    `Dòng nhóm ${t(p, 'criterion')} ghi ${t(p, 'value')} cho ${t(p, 'member')}, nhưng tổng các tiêu chí con trong trang này là ${t(p, 'computed')}. Chương trình tự cộng và không dùng số ở dòng nhóm — hãy sửa cho khớp (có thể công thức tổng bị sai).`,

  // ---- computed checks (rules.md §10) ----
  SCORE_DEVIATION: (p) =>
    `Điểm cuối cùng của ${t(p, 'member')} ở tiêu chí ${t(p, 'criterion')} là ${t(p, 'final')}, chênh với điểm tự chấm ${t(p, 'self')} tới ${t(p, 'percent')}% điểm tối đa (ngưỡng ${t(p, 'threshold')}%). Hãy xem lại.`,
  SCORER_BIASED: (p) => {
    const signed = t(p, 'meanSigned', '');
    const lean = signed.startsWith('-') ? 'thấp hơn' : 'cao hơn';
    return `Điểm do ${t(p, 'scorer')} chấm trung bình ${lean} các thành viên khác ${signed.replace(/^[-+]/, '') || '…'} điểm mỗi ô, vượt mức ${t(p, 'limit')}. Có thể thành viên này chấm lệch — cụm trưởng nên xem lại trang chấm chéo.`;
  },
  TOTAL_WITHOUT_BAND: (p) =>
    `Tổng điểm của ${t(p, 'member')}${has(p, 'total') ? ` (${t(p, 'total')})` : ''} thấp hơn mức xếp loại thấp nhất, nên không được xếp loại. Hãy kiểm tra bảng Xếp loại.`,

  // ---- Phiếu bầu and the vote (rules.md §8) ----
  BALLOT_OVER_QUOTA: (p) =>
    `${ballot(p)} ghi ${t(p, 'count')} đơn vị cho ${award(p)}, nhiều hơn số được đề nghị (${t(p, 'quota')}), nên phiếu không được tính cho danh hiệu này.`,
  BALLOT_DUPLICATE_NAME: (p) =>
    `${ballot(p)} ghi ${t(p, 'name')} hai lần cho ${award(p)}, nên phiếu không được tính cho danh hiệu này.`,
  BALLOT_UNKNOWN_NAME: (p) =>
    `${ballot(p)} ghi “${t(p, 'name')}” cho ${award(p)}, nhưng đây không phải thành viên của cụm, nên phiếu không được tính cho danh hiệu này. Nếu là lỗi gõ, hãy sửa theo đúng mã hoặc tên trong trang Thành viên.`,
  BALLOT_NUMBER_DUPLICATE: (p) =>
    `Phiếu số ${t(p, 'number')} bị trùng số với một phiếu ở trên. Phiếu vẫn được đếm — hãy kiểm tra xem có nhập một phiếu hai lần không.`,
  BALLOTS_EXCEED_PRESENT: (p) =>
    `Có ${t(p, 'ballots')} phiếu bầu nhưng chỉ có ${t(p, 'present')} thành viên dự họp. Số phiếu không được nhiều hơn số thành viên dự họp — hãy kiểm tra lại các phiếu hoặc “Số thành viên dự họp”.`,
  QUORUM_NOT_MET: (p) =>
    `Chỉ có ${t(p, 'present')}/${t(p, 'members')} thành viên dự họp; cần ít nhất ${t(p, 'required')} thành viên (hai phần ba) thì việc bỏ phiếu mới có hiệu lực.`,
  PRESENT_EXCEEDS_MEMBERS: (p) =>
    `Số thành viên dự họp (${t(p, 'present')}) lớn hơn số thành viên của cụm (${t(p, 'members')}). Hãy sửa lại.`,

  // ---- ranking and nomination ----
  SHARED_RANK_AT_CUTOFF: (p) =>
    `${t(p, 'members')} cùng hạng ${t(p, 'rank')} ngay tại ngưỡng số lượng đề nghị ${award(p)}. Việc chọn đơn vị phải do cuộc họp bỏ phiếu quyết định.`,
  FLAG_NOMINEE_NOT_FIRST: (p) =>
    `${t(p, 'member')} được suy tôn đề nghị Cờ thi đua nhưng đứng hạng ${t(p, 'rank')}, không phải hạng 1. Điều này được phép, nhưng biên bản họp phải ghi rõ lý do.`,
  RUNOFF_NEEDED: (p) =>
    `${t(p, 'members')} bằng nhau cả số phiếu và thứ hạng ở vị trí cuối cùng được đề nghị ${award(p)}. Cần bỏ phiếu lại giữa các đơn vị này cho vị trí đó.`,
  VOTES_FOR_INELIGIBLE: (p) =>
    `${t(p, 'member')} được ${t(p, 'votes')} phiếu đề nghị ${award(p)} nhưng không đủ điều kiện${has(p, 'reason') ? `: ${t(p, 'reason')}` : ''}. Số phiếu vẫn được ghi nhận nhưng đơn vị không được đề nghị.`,
  NOMINEES_FEWER_THAN_QUOTA: (p) =>
    `Chỉ có ${t(p, 'count')} đơn vị được đề nghị ${award(p)}, ít hơn số lượng cho phép (${t(p, 'quota')}).`,
  NEXT_LEADERS_SUGGESTED: (p) =>
    `Chưa chọn cụm trưởng, cụm phó năm sau; theo thứ tự luân phiên, đề xuất cụm trưởng là ${t(p, 'head')}${has(p, 'deputies') ? `, cụm phó là ${t(p, 'deputies')}` : ''}. Cuộc họp cần xác nhận.`,
};
