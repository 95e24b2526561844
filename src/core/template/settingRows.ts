/**
 * The rows of a new workbook's `Cấu hình` (workbook-format.md `Cấu hình`): every setting, with
 * the given value, the documented default, or blank where the cluster decides (or where the
 * default depends on other sheets: bands, members present, place name, next year's leaders).
 *
 * The sheet has exactly the two columns `Tham số` | `Giá trị`: a third column would be an
 * unknown header (a warning), so each explanation goes into a note on the `Tham số` cell.
 */
export interface SettingRow {
  key: string;
  value: string | number | null;
  note: string;
  /** Drop-down choices of the value cell, when it has a fixed set. */
  choices?: string[];
}

export const YES_NO = ['Có', 'Không'];

export interface SettingInputs {
  clusterName: string;
  year: number;
  codes: string[];
}

export function settingRows(o: SettingInputs): SettingRow[] {
  const [head, deputy] = o.codes;
  return [
    { key: 'Tên cụm', value: o.clusterName, note: 'Tên đầy đủ của cụm thi đua, in trên các văn bản (ví dụ: Cụm thi đua các tỉnh Bắc Trung Bộ).' },
    { key: 'Năm', value: o.year, note: 'Năm thi đua (số nguyên từ 2000 đến 2100).' },
    {
      key: 'Cụm trưởng',
      value: head ?? null,
      note: 'Mã (cột Mã ở trang Thành viên) của đơn vị làm Cụm trưởng năm nay. Mẫu điền sẵn đơn vị đầu danh sách: sửa lại cho đúng.',
    },
    {
      key: 'Cụm phó',
      value: deputy ?? null,
      note: 'Mã của 1 hoặc 2 đơn vị làm Cụm phó năm nay, cách nhau bằng dấu chấm phẩy (;). Mẫu điền sẵn đơn vị thứ hai: sửa lại cho đúng.',
    },
    {
      key: 'Nguồn điểm',
      value: 'Thẩm định',
      choices: ['Tự chấm', 'Thẩm định', 'Chấm chéo'],
      note:
        'Điểm dùng để xếp hạng: Tự chấm; Thẩm định (Cụm trưởng, Cụm phó thẩm định, trang Thẩm định); ' +
        'hoặc Chấm chéo (thêm mỗi đơn vị chấm một trang tên "Chấm chéo - <Mã>", cùng bố cục với trang Tự chấm).',
    },
    {
      key: 'Cách tổng hợp',
      value: 'Trung bình',
      choices: ['Trung bình', 'Trung vị', 'Trung bình cắt'],
      note: 'Cách gộp điểm chấm chéo: Trung bình; Trung vị; Trung bình cắt (bỏ một điểm cao nhất và một điểm thấp nhất khi có từ 4 điểm trở lên).',
    },
    {
      key: 'Tính điểm tự chấm khi chấm chéo',
      value: 'Không',
      choices: YES_NO,
      note: 'Có: điểm đơn vị chấm cho chính mình trên trang chấm chéo của mình được tính. Không: bỏ qua điểm đó.',
    },
    { key: 'Số Cờ thi đua Chính phủ', value: 1, note: 'Số đơn vị Cụm được đề nghị tặng Cờ thi đua của Chính phủ (thường là 1 đơn vị dẫn đầu).' },
    { key: 'Số Bằng khen Thủ tướng', value: 2, note: 'Số đơn vị được đề nghị tặng Bằng khen của Thủ tướng Chính phủ, theo quy chế của Cụm.' },
    {
      key: 'Xếp loại tối thiểu đề nghị Cờ',
      value: null,
      note: 'Xếp loại thấp nhất (tên ở trang Xếp loại) mà đơn vị đề nghị Cờ phải đạt. Để trống: xếp loại cao nhất.',
    },
    {
      key: 'Xếp loại tối thiểu đề nghị Bằng khen',
      value: null,
      note: 'Xếp loại thấp nhất mà đơn vị đề nghị Bằng khen phải đạt. Để trống: xếp loại thứ hai.',
    },
    {
      key: 'Tỷ lệ phiếu tối thiểu (%)',
      value: 50,
      note: 'Đơn vị được suy tôn phải đạt trên tỷ lệ phiếu này; đạt đúng bằng tỷ lệ thì chưa đủ.',
    },
    {
      key: 'Cơ sở tính tỷ lệ phiếu',
      value: 'Tổng số thành viên',
      choices: ['Tổng số thành viên', 'Số phiếu hợp lệ'],
      note: 'Tỷ lệ phiếu tính trên tổng số thành viên của Cụm hay trên số phiếu hợp lệ.',
    },
    {
      key: 'Số thành viên dự họp',
      value: null,
      note: 'Số đơn vị dự họp khi bỏ phiếu (cần ít nhất 2/3 số thành viên). Để trống: tất cả thành viên.',
    },
    {
      key: 'Thứ tự ưu tiên khi bằng điểm',
      value: 'Ít điểm trừ hơn',
      note:
        'Cách xếp khi bằng tổng điểm, lần lượt từng quy tắc, cách nhau bằng dấu chấm phẩy: ' +
        'Nhóm <mã> (ví dụ: Nhóm II), Ít điểm trừ hơn, Nhiều điểm thưởng hơn, Tự chấm sát hơn.',
    },
    {
      key: 'Ngưỡng chênh lệch (%)',
      value: 20,
      note: 'Cảnh báo khi điểm cuối cùng lệch với điểm tự chấm quá tỷ lệ này của điểm tối đa tiêu chí.',
    },
    { key: 'Bước điểm', value: 0, note: 'Điểm phải là bội số của bước này (ví dụ 0,25). 0: không giới hạn.' },
    { key: 'Địa danh', value: null, note: 'Địa danh ghi trên văn bản. Để trống: tên tỉnh, thành phố của Cụm trưởng.' },
    {
      key: 'Cụm trưởng năm sau',
      value: null,
      note: 'Mã đơn vị làm Cụm trưởng năm sau, do Hội nghị quyết định. Để trống: đề xuất theo thứ tự luân phiên.',
    },
    {
      key: 'Cụm phó năm sau',
      value: null,
      note: 'Mã đơn vị làm Cụm phó năm sau. Để trống: đề xuất theo thứ tự luân phiên.',
    },
    {
      key: 'Thứ tự luân phiên',
      value: o.codes.length > 0 ? o.codes.join('; ') : null,
      note: 'Mã các đơn vị theo thứ tự luân phiên làm Cụm trưởng, cách nhau bằng dấu chấm phẩy. Mẫu điền theo thứ tự trang Thành viên.',
    },
  ];
}
