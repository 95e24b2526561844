/**
 * Things the shell did not do because the host cannot, told to the user instead of failing the
 * whole command (e.g. the page setup on an Excel without ExcelApi 1.9). The task pane shows
 * them; they are delivered through the `onNotice` option of createExcelPort.
 */
export type PortNoticeCode = 'pageLayoutSkipped' | 'notesSkipped' | 'validationSkipped' | 'protectedCellsSkipped' | 'layoutFailed' | 'highlightCapped';

export interface PortNotice {
  code: PortNoticeCode;
  /** Sheets concerned, as the workbook spells them. */
  sheets: string[];
  vi: string;
  en: string;
}

function list(sheets: readonly string[]): string {
  return sheets.map((s) => '“' + s + '”').join(', ');
}

export function pageLayoutSkipped(sheets: string[]): PortNotice {
  return {
    code: 'pageLayoutSkipped',
    sheets,
    vi: 'Phiên bản Excel này không hỗ trợ thiết lập trang in (cần ExcelApi 1.9): ' + list(sheets) + ' sẽ in với khổ giấy, lề và hướng trang mặc định. Hãy chỉnh trong Bố trí Trang trước khi in.',
    en: 'This version of Excel cannot set up printed pages (ExcelApi 1.9 is needed): ' + list(sheets) + ' will print with the default paper, margins and orientation. Adjust them in Page Layout before printing.',
  };
}

export function notesSkipped(sheets: string[]): PortNotice {
  return {
    code: 'notesSkipped',
    sheets,
    vi: 'Phiên bản Excel này không thêm được ghi chú vào ô (cần ExcelApi 1.18): các ghi chú của ' + list(sheets) + ' đã được bỏ qua.',
    en: 'This version of Excel cannot add cell notes (ExcelApi 1.18 is needed): the notes of ' + list(sheets) + ' were left out.',
  };
}

export function validationSkipped(sheets: string[]): PortNotice {
  return {
    code: 'validationSkipped',
    sheets,
    vi: 'Phiên bản Excel này không tạo được danh sách chọn trong ô (cần ExcelApi 1.8): ' + list(sheets) + ' không có danh sách chọn.',
    en: 'This version of Excel cannot create in-cell drop-down lists (ExcelApi 1.8 is needed): ' + list(sheets) + ' have none.',
  };
}

export function protectedCellsSkipped(sheets: string[]): PortNotice {
  return {
    code: 'protectedCellsSkipped',
    sheets,
    vi: 'Không tô màu được các ô lỗi trên trang tính đang được bảo vệ: ' + list(sheets) + '.',
    en: 'Problem cells on protected sheets were not coloured: ' + list(sheets) + '.',
  };
}

/** The layout request failed after the data was written (writeOutputs.ts): the values stand. */
export function layoutFailed(sheets: string[], error: { vi: string; en: string }): PortNotice {
  return {
    code: 'layoutFailed',
    sheets,
    vi: 'Đã ghi số liệu nhưng Excel không nhận phần trình bày (cố định dòng tiêu đề, thiết lập trang in, ghi chú) của ' + list(sheets) + ': ' + error.vi + ' Hãy chạy lại lệnh hoặc chỉnh trong Bố trí Trang trước khi in.',
    en: 'The data was written but Excel refused the layout (frozen header rows, page setup, notes) of ' + list(sheets) + ': ' + error.en + ' Run the command again, or adjust Page Layout before printing.',
  };
}

/** More problem cells than the shell colours at once (highlights.ts): the first ones, errors first. */
export function highlightCapped(coloured: number, total: number): PortNotice {
  const n = (x: number, sep: string): string => String(x).replace(/\B(?=(\d{3})+(?!\d))/g, sep);
  return {
    code: 'highlightCapped',
    sheets: [],
    vi: 'Chỉ tô màu ' + n(coloured, '.') + ' trong ' + n(total, '.') + ' ô có vấn đề (ô lỗi trước, ô cảnh báo sau). Hãy sửa bớt rồi kiểm tra lại để thấy các ô còn lại.',
    en: 'Only ' + n(coloured, ',') + ' of ' + n(total, ',') + ' problem cells were coloured (errors first, then warnings). Fix some and check again to see the rest.',
  };
}
