/**
 * Vietnamese problem messages, one per stable code (src/core/problems.ts). Each says what is
 * wrong and what the officer should do; the sheet and cell are shown beside the message, so the
 * text speaks of "ô này" / "dòng này".
 */
import type { KeylessRow, SettingRefusal } from '../../problems';
import type { IneligibleReason } from '../../results';
import {
  BALLOT_HEADERS,
  CHOICE_WORDS,
  CRITERION_TYPE_WORDS,
  DELEGATE_ITEM_WORD,
  MEETING_HEADERS,
  MEETING_ITEMS,
  crossSheetName,
  SCORE_SOURCE_WORDS,
  SETTING_LABELS,
  SETTINGS_HEADERS,
  SHEET_NAMES,
  TIE_BREAK_GROUP_WORD,
  TIE_BREAK_WORDS,
  YES_NO_WORDS,
} from '../format';
import { kit } from '../kit';
import type { ProblemTexts, Words } from '../words';

export function viProblems(w: Omit<Words, 'problems'>): ProblemTexts {
  const k = kit('vi', w.listSeparator);
  const { text: t, q, pts, pct, count, list, has } = k;
  const award = (a: 'flag' | 'certificate' | undefined): string => (a ? w.award.name[a] : 'danh hiệu này');
  const ballot = (n: string | undefined): string => (has(n) ? `Phiếu số ${t(n)}` : 'Phiếu ở dòng này');
  const setting = (id: keyof typeof SETTING_LABELS | undefined): string => q(id ? SETTING_LABELS[id] : undefined);
  /** Full names from the facts, worded for the inside of a sentence ("tỉnh Nghệ An và tỉnh Hà Tĩnh"). */
  const names = (xs: readonly string[] | undefined): string => (has(xs) ? w.membersInSentence(xs!.map((x) => t(x))) : '…');
  const reasons = (rs: readonly IneligibleReason[] | undefined): string =>
    (rs ?? []).map((r) => (r.kind === 'declared' ? t(r.text) : w.reason(r))).join('; ');

  const settingRefusal = (id: keyof typeof SETTING_LABELS, r: SettingRefusal | undefined): string => {
    switch (r?.kind) {
      case 'number':
        return 'cần một số';
      case 'tooLarge':
        return 'số quá lớn, không thể là giá trị của tham số này';
      case 'count':
        return 'cần một số nguyên không âm';
      case 'atLeastOne':
        return 'cần một số nguyên từ 1 trở lên';
      case 'year':
        return `năm phải là số nguyên từ ${r.min} đến ${r.max}`;
      case 'percent':
        return 'cần một tỷ lệ phần trăm từ 0 đến 100';
      case 'nonNegative':
        return 'cần một số không âm';
      case 'precision':
        return 'chỉ được có tối đa 2 chữ số thập phân';
      case 'choice':
        return `chỉ nhận một trong các giá trị: ${Object.values(CHOICE_WORDS[id] ?? {}).join(' / ')}`;
      case 'yesNo':
        return `chỉ nhận “${YES_NO_WORDS.yes}” hoặc “${YES_NO_WORDS.no}”`;
      case 'deputyCount':
        return 'cần 1 hoặc 2 thành viên, ngăn cách bằng dấu “;”';
      case 'deputyIsHead':
        return `${t(r.member)} không thể vừa là Cụm trưởng vừa là Cụm phó`;
      case 'memberRepeated':
        return `${t(r.member)} được ghi hai lần`;
      case 'rotation':
        return `thứ tự luân phiên phải có mỗi thành viên đúng một lần, đang thiếu: ${list(r.missing)}`;
      case 'tieBreakItem':
        return `không hiểu ${q(r.item)}; chỉ dùng “${TIE_BREAK_GROUP_WORD} <mã>”, ${Object.values(TIE_BREAK_WORDS).map((x) => `“${x}”`).join(', ')}`;
      case 'tieBreakGroup':
        return `trang ${SHEET_NAMES.criteria} không có nhóm cấp cao nhất mã ${q(r.group)}`;
      default:
        return 'giá trị không đúng quy định';
    }
  };

  const KEYLESS: Record<KeylessRow, string> = {
    criteria: 'Dòng này có nội dung nhưng thiếu mã tiêu chí ở cột “Mã”, nên bị bỏ qua. Hãy nhập mã, hoặc xóa dòng.',
    members: 'Dòng này có nội dung nhưng thiếu mã thành viên ở cột “Mã”, nên bị bỏ qua. Hãy nhập mã, hoặc xóa dòng.',
    bands: 'Dòng này có điểm nhưng thiếu tên xếp loại ở cột “Xếp loại”, nên bị bỏ qua. Hãy nhập tên, hoặc xóa dòng.',
    settings: `Dòng này có giá trị nhưng thiếu tên tham số ở cột “${SETTINGS_HEADERS.key}”, nên bị bỏ qua. Hãy nhập tên tham số, hoặc xóa dòng.`,
    score:
      'Dòng này có số nhưng thiếu mã tiêu chí ở cột “Mã”, nên không được đọc. Nếu đây là dòng tổng cộng thì không cần sửa; nếu không, hãy nhập mã tiêu chí.',
    ballots: 'Phiếu ở dòng này chưa ghi số phiếu ở cột “Phiếu số”. Phiếu vẫn được đếm; nên ghi số phiếu để dễ đối chiếu.',
    meeting: `Dòng này có nội dung nhưng cột “${MEETING_HEADERS.item}” để trống, nên bị bỏ qua. Hãy ghi mục (ví dụ “${MEETING_ITEMS.place}”), hoặc xóa dòng.`,
  };
  const typeWords = Object.values(CRITERION_TYPE_WORDS).map((x) => `“${x}”`);

  return {
    // ---- workbook and sheets ----
    NOT_A_SCORING_WORKBOOK: (p) =>
      `Sổ tính này không phải sổ chấm điểm thi đua: không có trang ${has(p.sheets) ? list(p.sheets) : [SHEET_NAMES.settings, SHEET_NAMES.members, SHEET_NAMES.criteria].join(', ')}. Hãy mở đúng sổ tính của cụm, hoặc tạo sổ mới từ mẫu.`,
    SHEET_MISSING: (p) => `Thiếu trang ${q(p.sheet)}. Hãy thêm trang này, đặt đúng tên, theo mẫu.`,
    SHEET_DUPLICATE: (p) =>
      `Hai trang ${q(p.first)} và ${q(p.sheet)} đều là trang ${q(p.role)}. Chương trình chỉ đọc trang ${q(p.first)} — hãy xóa hoặc đổi tên trang ${q(p.sheet)}.`,
    HEADER_NOT_FOUND: (p) =>
      `Không tìm thấy dòng tiêu đề trong 10 dòng đầu của trang, nên trang không được đọc. Dòng tiêu đề phải có các cột: ${list(p.headers)}.`,
    COLUMN_DUPLICATE: (p) =>
      has(p.member)
        ? `${t(p.member)} có hai cột (tiêu đề ${q(p.header)}). Chỉ cột đầu tiên được đọc — hãy xóa cột thừa.`
        : `Cột ${q(p.header)} xuất hiện hai lần. Chỉ cột đầu tiên được đọc — hãy xóa hoặc đổi tên cột thừa.`,
    COLUMN_UNKNOWN: (p) =>
      p.kind === 'member'
        ? `Tiêu đề ${q(p.header)} không phải mã, tên hay tên khác của thành viên nào, nên cột này bị bỏ qua. Thường đây là tên thành viên viết sai — hãy sửa cho khớp với trang ${SHEET_NAMES.members}.`
        : `Cột ${q(p.header)} không có trong mẫu của trang này nên bị bỏ qua. Nếu cột này cần được đọc, hãy kiểm tra chính tả tiêu đề.`,
    OUTPUT_SHEET_NOT_OURS: (p) =>
      `Trang ${q(p.sheet)} trùng tên với một trang kết quả của chương trình nhưng không do chương trình tạo ra. Chương trình không ghi đè lên trang này — hãy đổi tên trang rồi chạy lại.`,
    SHEET_TOO_LARGE: (p) =>
      `Trang quá lớn để đọc${has(p.rows) ? ` (${count(p.rows)} dòng × ${count(p.cols)} cột${has(p.cells) ? ` = ${count(p.cells)} ô đã dùng` : ''})` : ''}${
        has(p.limit) ? `, vượt giới hạn ${count(p.limit)} ô mà chương trình xử lý được, nên sổ tính không được đọc` : ''
      }. Thường là do một giá trị sót lại ở ô rất xa phía dưới hoặc bên phải (Ctrl+End đưa đến ô cuối cùng đã dùng). Hãy xóa các dòng, cột thừa ở cuối trang rồi chạy lại.`,
    WORKBOOK_TOO_LARGE: (p) =>
      `Sổ tính quá lớn để xử lý: các trang có tổng cộng ${count(p.cells)} ô đã dùng, vượt giới hạn ${count(p.limit)} ô, nên sổ tính không được đọc.${
        has(p.sheet) ? ` Trang lớn nhất là ${q(p.sheet)}${has(p.sheetCells) ? ` (${count(p.sheetCells)} ô)` : ''}.` : ''
      } Hãy xóa các dòng, cột thừa ở cuối các trang, hoặc chuyển các trang không thuộc sổ chấm điểm sang sổ tính khác, rồi chạy lại.`,

    // ---- cell values ----
    VALUE_ERROR: (p) => `Ô này có giá trị lỗi ${has(p.value) ? t(p.value) : ''} nên không dùng được. Hãy sửa công thức hoặc nhập lại giá trị.`,
    NUMBER_AS_TEXT: (p) =>
      has(p.count)
        ? `Cột của ${t(p.member)} có ${count(p.count)} số được nhập dưới dạng chữ (ô đầu tiên: ${q(p.value)}, đọc là ${pts(p.number)}). Các số này vẫn được đọc; nên nhập lại thành số để tránh nhầm lẫn.`
        : `Số ${q(p.value)} được nhập dưới dạng chữ; chương trình đọc là ${pts(p.number)}. Nên nhập lại thành số để tránh nhầm lẫn.`,
    NUMBER_INVALID: (p) =>
      p.tooLarge
        ? `${q(p.value)} không thể là điểm hay số liệu của sổ (quá lớn, hoặc không phải một số hữu hạn). Hãy nhập lại số cho đúng.`
        : has(p.value)
          ? `${q(p.value)} không phải là số. Hãy nhập một số, phần thập phân ngăn cách bằng dấu phẩy hoặc dấu chấm, tối đa 2 chữ số.`
          : 'Ô này cần một số nhưng đang để trống. Hãy nhập số.',
    ROW_WITHOUT_CODE: (p) => KEYLESS[p.kind] ?? `Dòng này có nội dung nhưng cột ${q(p.column)} để trống. Hãy bổ sung, hoặc xóa dòng.`,

    // ---- Cấu hình ----
    SETTING_UNKNOWN: (p) =>
      `Tham số ${q(p.key)} không có trong danh sách tham số nên bị bỏ qua. Hãy kiểm tra chính tả (ví dụ “${SETTING_LABELS.scoreSource}”, “${SETTING_LABELS.scoreStep}”).`,
    SETTING_DUPLICATE: (p) => `Tham số ${setting(p.setting)} được khai báo hai lần. Chỉ dòng đầu tiên được dùng — hãy xóa dòng thừa.`,
    SETTING_REQUIRED: (p) => `Chưa nhập ${setting(p.setting)}. Đây là tham số bắt buộc — hãy nhập giá trị vào cột “${SETTINGS_HEADERS.value}”.`,
    SETTING_INVALID: (p) => `Giá trị ${q(p.value)} của ${setting(p.setting)} không hợp lệ: ${settingRefusal(p.setting, p.reason)}. Hãy sửa lại.`,
    SETTING_MEMBER_UNKNOWN: (p) =>
      `${q(p.value)} ở tham số ${setting(p.setting)} không phải mã, tên hay tên khác của thành viên nào. Hãy ghi đúng như trong trang ${SHEET_NAMES.members}.`,
    SETTING_DEFAULT_USED: (p) =>
      `Chưa đặt ${setting(p.setting)}, chương trình dùng giá trị mặc định: ${p.value ? SCORE_SOURCE_WORDS[p.value] : '…'}. Nếu không đúng, hãy khai báo trong trang ${SHEET_NAMES.settings}.`,

    // ---- Xếp loại ----
    BAND_NAME_DUPLICATE: (p) => `Xếp loại ${q(p.band)} được ghi hai lần. Tên các mức phải khác nhau — hãy xóa hoặc đổi tên dòng thừa.`,
    BAND_NOT_DECREASING: (p) =>
      `“Điểm từ” của mức ${q(p.band)} (${pts(p.from)}) phải nhỏ hơn của mức ${q(p.previous)} ở trên (${pts(p.previousFrom)}). Hãy xếp các mức từ cao xuống thấp.`,
    BAND_LOWEST_ABOVE_ZERO: (p) =>
      `Mức thấp nhất ${q(p.band)} bắt đầu từ ${pts(p.from)} điểm: thành viên có tổng điểm thấp hơn sẽ không được xếp loại. Nếu không muốn vậy, hãy đặt mức thấp nhất từ 0.`,
    BAND_EMPTY: () => `Trang ${SHEET_NAMES.bands} chưa có mức nào. Hãy nhập các mức xếp loại, hoặc xóa trang để dùng bảng mặc định.`,
    BAND_UNKNOWN: (p) => `${q(p.value)} ở tham số ${setting(p.setting)} không phải tên một mức xếp loại. Các mức hiện có: ${list(p.bands)}.`,

    // ---- Thành viên ----
    MEMBER_CODE_INVALID: (p) =>
      `Mã ${q(p.code)} không hợp lệ: mã dài 1–12 ký tự, chỉ gồm chữ, số, “_” hoặc “-”, không có dấu cách. ${has(p.suggestion) ? `Hãy sửa thành ${q(p.suggestion)}.` : 'Hãy sửa lại.'}`,
    MEMBER_CODE_DUPLICATE: (p) => `Mã ${q(p.code)} đã được dùng cho một thành viên ở trên. Mỗi thành viên cần một mã riêng — dòng này bị bỏ qua.`,
    MEMBER_NAME_MISSING: (p) => `Thành viên mã ${q(p.code)} chưa có tên đơn vị. Hãy nhập tên đầy đủ, ví dụ “Tỉnh Nghệ An”.`,
    MEMBER_NAME_DUPLICATE: (p) => `Tên ${q(p.name)} đã được dùng cho một thành viên khác. Tên đơn vị phải khác nhau — hãy sửa lại.`,
    MEMBER_ALIAS_COLLISION: (p) =>
      `${q(p.text)} trùng với mã, tên hoặc tên khác của ${t(p.other)}, nên không rõ chỉ thành viên nào. Hãy đổi cho khác.`,
    MEMBER_COUNT: (p) =>
      `Trang ${SHEET_NAMES.members} có ${count(p.count)} thành viên; cụm cần từ ${p.min ?? 2} đến ${p.max ?? 100} thành viên. Hãy kiểm tra lại.`,
    YES_NO_INVALID: (p) =>
      `${q(p.value)} ở cột ${q(p.column)} không hợp lệ: chỉ nhận “${YES_NO_WORDS.yes}” hoặc “${YES_NO_WORDS.no}” (để trống là “${YES_NO_WORDS.yes}”).`,

    // ---- Tiêu chí ----
    CRITERIA_EMPTY: () => `Trang ${SHEET_NAMES.criteria} chưa có tiêu chí nào. Hãy nhập bảng tiêu chí chấm điểm.`,
    CRITERION_CODE_INVALID: (p) =>
      `Mã tiêu chí ${q(p.code)} không hợp lệ: mã gồm các phần chữ hoặc số ngăn cách bằng dấu chấm, không có dấu cách (ví dụ “I”, “I.1”, “I.1.a”). Dòng này bị bỏ qua.`,
    CRITERION_CODE_DUPLICATE: (p) => `Mã tiêu chí ${q(p.code)} đã có ở một dòng trên. Mỗi tiêu chí cần một mã riêng — dòng này bị bỏ qua.`,
    CRITERION_PARENT_MISSING: (p) =>
      `Tiêu chí ${q(p.code)} thuộc nhóm ${q(p.parent)}, nhưng phía trên không có tiêu chí mã ${q(p.parent)}. Hãy thêm dòng nhóm ${q(p.parent)} ở phía trên, hoặc sửa mã. Dòng này và các tiêu chí con của nó bị bỏ qua.`,
    CRITERION_TEXT_MISSING: (p) => `Tiêu chí ${q(p.code)} chưa có nội dung. Hãy nhập nội dung tiêu chí.`,
    CRITERION_MAX_INVALID: (p) =>
      `Điểm tối đa của tiêu chí ${q(p.code)} phải là số dương, tối đa 2 chữ số thập phân${has(p.value) ? `, nhưng đang là ${q(p.value)}` : ', nhưng đang để trống'}. Hãy sửa lại.`,
    CRITERION_TYPE_INVALID: (p) =>
      `Loại ${q(p.value)} của tiêu chí ${q(p.code)} không hợp lệ: chỉ nhận ${typeWords.join(', ').replace(/, ([^,]*)$/, ' hoặc $1')} (để trống là “${CRITERION_TYPE_WORDS.score}”).`,
    CRITERION_TYPE_MISMATCH: (p) =>
      `Tiêu chí ${q(p.code)} có loại “${CRITERION_TYPE_WORDS[p.type] ?? '…'}” nhưng nhóm ${q(p.parent)} có loại “${CRITERION_TYPE_WORDS[p.parentType] ?? '…'}”. Tiêu chí con phải cùng loại với nhóm — hãy sửa lại hoặc để trống cột “Loại”.`,
    CRITERION_GROUP_SUM: (p) =>
      `Điểm tối đa của nhóm ${q(p.code)} là ${pts(p.max)}, nhưng tổng điểm tối đa của các tiêu chí con là ${pts(p.sum)}. Hai số này phải bằng nhau — hãy sửa lại.`,

    // ---- score sheets ----
    SCORE_SHEET_MISSING: (p) =>
      p.reason === 'self'
        ? `Thiếu trang ${q(p.sheet)}. Trang này luôn bắt buộc vì điểm cuối cùng được đối chiếu với điểm tự chấm — hãy thêm trang.`
        : `Điểm được lấy từ trang ${q(p.sheet)} (theo “${SETTING_LABELS.scoreSource}”), nhưng sổ tính chưa có trang này. Hãy thêm trang, hoặc sửa “${SETTING_LABELS.scoreSource}” trong trang ${SHEET_NAMES.settings}.`,
    SCORER_UNKNOWN: (p) =>
      `Trang chấm chéo ${q(p.sheet)} ghi người chấm ${q(p.scorer)}, nhưng đây không phải mã, tên hay tên khác của thành viên nào, nên trang bị bỏ qua. Hãy đặt tên trang theo dạng “${crossSheetName('<mã thành viên>')}”.`,
    SCORER_DUPLICATE: (p) =>
      `${t(p.scorer)} đã có trang chấm chéo ${q(p.first)}. Mỗi thành viên chỉ có một trang chấm chéo — trang này bị bỏ qua; hãy gộp điểm vào một trang.`,
    MEMBER_COLUMN_MISSING: (p) =>
      `Thiếu cột của ${t(p.member)}${has(p.code) ? ` (mã ${t(p.code)})` : ''}. Mỗi thành viên phải có một cột, tiêu đề là mã, tên hoặc tên khác — hãy thêm cột.`,
    SCORE_ROW_UNKNOWN: (p) =>
      `Mã tiêu chí ${q(p.criterion)} không có trong trang ${SHEET_NAMES.criteria}, nên dòng này không được đọc. Hãy sửa mã cho đúng.`,
    SCORE_ROW_DUPLICATE: (p) => `Tiêu chí ${t(p.criterion)} có hai dòng trong trang này. Chỉ dòng đầu tiên được đọc — hãy xóa dòng thừa.`,
    SCORE_ROW_MISSING: (p) => `Trang này thiếu dòng của tiêu chí ${t(p.criterion)}. Hãy thêm một dòng có mã ${q(p.criterion)} và nhập điểm.`,
    SCORE_MAX_MISMATCH: (p) =>
      `Điểm tối đa của tiêu chí ${t(p.criterion)} ghi ở đây là ${t(p.value)}, khác với trang ${SHEET_NAMES.criteria} (${pts(p.max)}). Chương trình dùng ${pts(p.max)} — hãy sửa cho khớp.`,
    SCORE_ABOVE_MAX: (p) =>
      `Điểm ${t(p.value)}${has(p.member) ? ` của ${t(p.member)}` : ''} vượt điểm tối đa ${pts(p.max)} của tiêu chí ${t(p.criterion)} — hãy sửa lại ô này.`,
    SCORE_NEGATIVE: (p) =>
      `Điểm ${t(p.value)}${has(p.member) ? ` của ${t(p.member)}` : ''} ở tiêu chí ${t(p.criterion)} là số âm; điểm phải từ 0 trở lên — hãy sửa lại ô này.`,
    DEDUCTION_NEGATIVE: (p) => `Điểm trừ được ghi là ${t(p.value)}; chương trình hiểu là trừ ${pts(p.used)} điểm. Điểm trừ nên ghi bằng số dương.`,
    SCORE_TOO_PRECISE: (p) => `Giá trị ${t(p.value)} có quá 2 chữ số thập phân. Hãy làm tròn đến 2 chữ số thập phân.`,
    SCORE_MISSING: (p) =>
      has(p.count)
        ? `Cột của ${t(p.member)} còn ${count(p.count)} ô điểm trống, ô đầu tiên ở tiêu chí ${t(p.criterion)}. Hãy nhập đủ điểm cho mọi tiêu chí.`
        : `Chưa có điểm của ${t(p.member)} ở tiêu chí ${t(p.criterion)}. Hãy nhập điểm vào ô này.`,
    CROSS_SCORE_MISSING: (p) =>
      has(p.count)
        ? `${has(p.scorer) ? t(p.scorer) : 'Người chấm'} chưa chấm ${count(p.count)} tiêu chí của ${t(p.member)}, đầu tiên là tiêu chí ${t(p.criterion)}. Điểm của các thành viên khác vẫn được dùng.`
        : `${has(p.scorer) ? t(p.scorer) : 'Người chấm'} chưa chấm tiêu chí ${t(p.criterion)} cho ${t(p.member)}. Điểm của các thành viên khác vẫn được dùng.`,
    CROSS_SCORE_NONE: (p) =>
      has(p.count)
        ? `${t(p.member)} chưa có điểm chấm chéo nào được tính ở ${count(p.count)} tiêu chí, đầu tiên là tiêu chí ${t(p.criterion)}. Cần ít nhất một thành viên khác chấm các tiêu chí này.`
        : `${t(p.member)} chưa có điểm chấm chéo nào được tính ở tiêu chí ${t(p.criterion)}. Cần ít nhất một thành viên khác chấm tiêu chí này.`,
    CROSS_SHEET_ABSENT: (p) =>
      `${t(p.member)} chưa có trang chấm chéo${has(p.sheet) ? ` ${q(p.sheet)}` : ''}, tức là chưa chấm các thành viên khác. Nếu đơn vị đã chấm, hãy thêm trang này.`,
    SCORE_STEP: (p) => `Điểm ${t(p.value)} không phải bội số của bước điểm ${pts(p.step)}. Hãy kiểm tra lại ô này.`,
    GROUP_ROW_MISMATCH: (p) =>
      `Dòng nhóm ${t(p.criterion)} ghi ${t(p.value)} cho ${t(p.member)}, nhưng tổng các tiêu chí con trong trang này là ${pts(p.computed)}. Chương trình tự cộng và không dùng số ở dòng nhóm — hãy sửa cho khớp (có thể công thức tổng bị sai).`,

    // ---- computed checks ----
    SCORE_DEVIATION: (p) =>
      `Điểm cuối cùng của ${t(p.member)} ở tiêu chí ${t(p.criterion)} là ${pts(p.final)}, chênh với điểm tự chấm ${pts(p.self)} tới ${pct(p.percent)} điểm tối đa (ngưỡng ${pct(p.threshold)}). Hãy xem lại.`,
    SCORER_BIASED: (p) => {
      const lean = (p.meanSigned ?? 0) < 0 ? 'thấp hơn' : 'cao hơn';
      return `Điểm do ${t(p.scorer)} chấm trung bình ${lean} các thành viên khác ${pts(p.meanSigned === undefined ? undefined : Math.abs(p.meanSigned))} điểm mỗi ô, vượt mức ${pts(p.limit)}. Có thể thành viên này chấm lệch — Cụm trưởng nên xem lại trang chấm chéo.`;
    },
    TOTAL_WITHOUT_BAND: (p) =>
      `Tổng điểm của ${t(p.member)}${has(p.total) ? ` (${pts(p.total)})` : ''} thấp hơn mức xếp loại thấp nhất, nên không được xếp loại. Hãy kiểm tra bảng ${SHEET_NAMES.bands}.`,

    // ---- Phiếu bầu and the vote ----
    BALLOT_OVER_QUOTA: (p) =>
      `${ballot(p.number)} ghi ${count(p.count)} đơn vị cho ${award(p.award)}, nhiều hơn số được đề nghị (${count(p.quota)}), nên phiếu không được tính cho danh hiệu này.`,
    BALLOT_DUPLICATE_NAME: (p) => `${ballot(p.number)} ghi ${t(p.name)} hai lần cho ${award(p.award)}, nên phiếu không được tính cho danh hiệu này.`,
    BALLOT_UNKNOWN_NAME: (p) =>
      `${ballot(p.number)} ghi ${q(list(p.names))} cho ${award(p.award)}, nhưng đây không phải thành viên của cụm, nên phiếu không được tính cho danh hiệu này. Nếu là lỗi gõ, hãy sửa theo đúng mã hoặc tên trong trang ${SHEET_NAMES.members}.`,
    BALLOT_NUMBER_DUPLICATE: (p) =>
      `Phiếu số ${t(p.number)} bị trùng số với một phiếu ở trên. Phiếu vẫn được đếm — hãy kiểm tra xem có nhập một phiếu hai lần không.`,
    BALLOTS_EXCEED_PRESENT: (p) =>
      `Có ${count(p.ballots)} phiếu bầu${has(p.round) ? ` ở vòng ${count(p.round)}` : ''} nhưng chỉ có ${count(p.present)} thành viên dự họp. Số phiếu ${has(p.round) ? 'của một vòng ' : ''}không được nhiều hơn số thành viên dự họp — hãy kiểm tra lại các phiếu hoặc “${SETTING_LABELS.present}”.`,
    BALLOT_ROUND_INVALID: (p) =>
      `Giá trị ${q(p.value)} ở cột “${BALLOT_HEADERS.round}” không hợp lệ: cần số thứ tự vòng bỏ phiếu, là số nguyên từ 1 trở lên; để trống là vòng 1. Hãy sửa lại.`,
    BALLOT_OVER_PLACES: (p) =>
      `${ballot(p.number)} (vòng ${count(p.round)}) ghi ${count(p.count)} đơn vị cho ${award(p.award)}, nhiều hơn số suất còn lại của vòng này (${count(p.places)}), nên phiếu không được tính cho danh hiệu này.`,
    BALLOT_NOT_CANDIDATE: (p) =>
      `${ballot(p.number)} (vòng ${count(p.round)}) ghi ${names(p.names)} cho ${award(p.award)}, nhưng vòng này chỉ bỏ phiếu giữa ${names(p.among)}, nên phiếu không được tính cho danh hiệu này.`,
    BALLOT_NO_SUCH_ROUND: (p) =>
      `${ballot(p.number)} thuộc vòng ${count(p.round)}, nhưng ${award(p.award)} không có vòng bỏ phiếu này (đã có kết quả ở vòng trước, hoặc đã hết số vòng), nên ô này không được tính. Hãy để trống ô, hoặc sửa cột “${BALLOT_HEADERS.round}”.`,
    QUORUM_NOT_MET: (p) => w.meeting.quorumNotMet(count(p.present), count(p.members), count(p.required)),
    PRESENT_EXCEEDS_MEMBERS: (p) =>
      `Số thành viên dự họp (${count(p.present)}) lớn hơn số thành viên của cụm (${count(p.members)}). Hãy sửa lại.`,

    // ---- Hội nghị ----
    MEETING_ITEM_UNKNOWN: (p) =>
      `Mục ${q(p.item)} không có trong mẫu trang ${SHEET_NAMES.meeting} nên bị bỏ qua. Hãy kiểm tra chính tả (ví dụ “${MEETING_ITEMS.chair}”, “${MEETING_ITEMS.place}”, “${DELEGATE_ITEM_WORD} <mã thành viên>”).`,
    MEETING_ITEM_DUPLICATE: (p) => `Mục ${q(p.item)} được ghi hai lần. Chỉ dòng đầu tiên được dùng — hãy xóa dòng thừa.`,
    MEETING_DELEGATE_UNKNOWN: (p) =>
      `${q(p.value)} ghi sau “${DELEGATE_ITEM_WORD}” ở cột “${MEETING_HEADERS.item}” không phải mã, tên hay tên khác của thành viên nào, nên không biết đơn vị nào dự họp. Hãy ghi đúng như trong trang ${SHEET_NAMES.members} (ví dụ “${DELEGATE_ITEM_WORD} NA”).`,
    PRESENT_CONFLICT: (p) =>
      `${setting('present')} ghi ${count(p.present)}, nhưng trang ${SHEET_NAMES.meeting} có đại biểu của ${count(p.delegates)} thành viên${has(p.other) ? ` (xem ${t(p.other)})` : ''}. Hai số phải khớp nhau — hãy sửa một trong hai, hoặc để trống ${setting('present')}.`,

    // ---- ranking and nomination ----
    SHARED_RANK_AT_CUTOFF: (p) => w.meeting.tiedAtCutoff(p.award, names(p.members), count(p.rank)),
    FLAG_NOMINEE_NOT_FIRST: (p) => w.meeting.notFirst(t(p.member), count(p.rank), p.vote !== false),
    RUNOFF_NEEDED: (p) => w.meeting.runoff(p.award, names(p.members), p.round ?? null, p.reason ?? null),
    ROUNDS_EXHAUSTED: (p) => w.meeting.exhausted(p.award, count(p.open), count(p.rounds)),
    TIE_DECIDED_BY_RANK: (p) =>
      w.meeting.decidedByRank(p.award, names(p.members), count(p.votes), count(p.base), (p.taken ?? []).map((x) => ({ name: t(x.member), rank: count(x.rank) }))),
    VOTES_FOR_INELIGIBLE: (p) =>
      `${t(p.member)} được ${count(p.votes)} phiếu đề nghị ${award(p.award)} nhưng không đủ điều kiện${has(p.reasons) ? `: ${reasons(p.reasons)}` : ''}. Số phiếu vẫn được ghi nhận nhưng đơn vị không được đề nghị.`,
    NOMINEES_FEWER_THAN_QUOTA: (p) =>
      has(p.open)
        ? w.meeting.openPlaces(p.award, count(p.open), has(p.nextRound) ? count(p.nextRound) : null, names(p.suggested))
        : w.meeting.fewerThanQuota(p.award, count(p.count), count(p.quota), p.vote !== false),
    NEXT_LEADERS_SUGGESTED: (p) =>
      `Chưa chọn Cụm trưởng, Cụm phó năm sau; theo thứ tự luân phiên, đề xuất Cụm trưởng là ${t(p.head)}${has(p.deputies) ? `, Cụm phó là ${list(p.deputies)}` : ''}. Cuộc họp cần xác nhận.`,
  };
}
