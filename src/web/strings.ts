/**
 * Texts of the file mode (the pane opened in an ordinary browser, outside Excel), in Vietnamese
 * and English. The views of the pane keep their own texts (src/taskpane/strings); only what the
 * file mode adds around them is here.
 */
import type { Lang } from '../core/index';

export interface WebStrings {
  title: string;
  intro: string;
  privacy: string;
  open: string;
  dropHint: string;
  dropNow: string;
  newWorkbook: string;
  newWorkbookHint: string;
  openOther: string;
  download: string;
  downloadHint: string;
  downloaded(file: string): string;
  fileLabel: string;
  newFileName: string;
  stage: {
    reading: string;
    loadingReader: string;
    opening: string;
    checking: string;
    preparing: string;
  };
  /** "Đang mở sổ tính… 45%": a stage with how far the whole operation is. */
  percent(stage: string, percent: number): string;
  /** The file mode's part of In & Tải về. */
  deliverIntro: string;
  /** The download's result heading. */
  downloadResult: string;
  largeFile(size: string): string;
  refuse: {
    notXlsxName(file: string): string;
    tooLarge(file: string, size: string, limit: string): string;
    notScoring(file: string, message: string): string;
    readerFailed: string;
    unexpected: string;
  };
  sheetExists(sheets: string[]): string;
  /** Unlocking refused: the password does not open these sheets (nothing was unlocked). */
  wrongPassword(sheets: string[]): string;
  /** Unlocking refused: these sheets have a password and none was given. */
  passwordNeeded(sheets: string[]): string;
  /** A password cannot be hashed: the page is not in a secure context (no crypto.subtle). */
  noWebCrypto: string;
  cellInfo(sheet: string, cell: string): string;
  dismiss: string;
  decimalSeparator: string;
}

const quoteAll = (names: string[]): string => names.map((n) => `“${n}”`).join(', ');

export const webVi: WebStrings = {
  title: 'Cụm thi đua – chấm điểm, xếp hạng',
  intro:
    'Mở sổ chấm điểm của cụm (tệp .xlsx) để kiểm tra dữ liệu, xếp hạng và lập đề nghị khen thưởng ngay trong trình duyệt, rồi tải về sổ đã có các trang kết quả.',
  privacy: 'Tệp của bạn không rời khỏi máy tính: mọi xử lý diễn ra trong trình duyệt.',
  open: 'Mở tệp Excel',
  dropHint: 'hoặc kéo thả tệp .xlsx vào đây',
  dropNow: 'Thả tệp vào đây để mở',
  newWorkbook: 'Tạo sổ mới',
  newWorkbookHint: 'Chưa có sổ? Điền tên cụm, năm và các thành viên; trang lập các trang nhập liệu mẫu để bạn tải về.',
  openOther: 'Mở tệp khác',
  download: 'Tải về kết quả',
  downloadHint: 'Làm các bước Kiểm tra, Xếp hạng, Bầu chọn / Đề nghị để ghi các trang kết quả, rồi tải về sổ đã ghi.',
  downloaded: (file) => `Đã tạo tệp “${file}”; trình duyệt lưu tệp vào thư mục tải về.`,
  fileLabel: 'Tệp đang mở',
  newFileName: 'so-cham-diem-moi.xlsx',
  stage: {
    reading: 'Đang đọc tệp…',
    loadingReader: 'Đang tải bộ đọc tệp Excel…',
    opening: 'Đang mở sổ tính…',
    checking: 'Đang xem các trang của sổ…',
    preparing: 'Đang chuẩn bị tệp tải về…',
  },
  percent: (stage, percent) => `${stage} ${percent}%`,
  deliverIntro:
    'Tải về sổ đã có các trang kết quả, rồi mở bằng Excel hoặc LibreOffice để in: các trang kết quả đã được đặt khổ giấy, lề và tiêu đề in.',
  downloadResult: 'Kết quả tải về',
  largeFile: (size) => `Tệp lớn (${size}): việc mở có thể mất một lúc.`,
  refuse: {
    notXlsxName: (file) => `Tệp “${file}” không phải sổ tính Excel (.xlsx). Hãy chọn tệp có đuôi .xlsx.`,
    tooLarge: (file, size, limit) =>
      `Tệp “${file}” nặng ${size}, vượt giới hạn ${limit} của chế độ làm việc trên trình duyệt. Hãy xóa bớt những gì không cần (ảnh, trang tính thừa) rồi thử lại, hoặc dùng chương trình dòng lệnh cum-thi-dua.`,
    notScoring: (file, message) => `Tệp “${file}”: ${message}`,
    readerFailed: 'Không tải được bộ đọc tệp Excel của trang. Hãy tải lại trang rồi thử lại.',
    unexpected: 'Đã xảy ra lỗi không mong muốn khi mở tệp. Hãy thử lại.',
  },
  sheetExists: (sheets) =>
    `Sổ đã có ${sheets.length > 1 ? 'các trang' : 'trang'} ${quoteAll(sheets)}, nên không tạo trang nhập liệu mẫu. Hãy bấm “Tạo sổ mới” để bắt đầu từ một sổ trống.`,
  wrongPassword: (sheets) =>
    `Mật khẩu không đúng: không mở khóa được ${sheets.length > 1 ? 'các trang' : 'trang'} ${quoteAll(sheets)}. Chưa có trang nào được mở khóa.`,
  passwordNeeded: (sheets) =>
    `${sheets.length > 1 ? 'Các trang' : 'Trang'} ${quoteAll(sheets)} được khóa bằng mật khẩu. Hãy nhập mật khẩu để mở khóa. Chưa có trang nào được mở khóa.`,
  noWebCrypto:
    'Trang này không dùng được mật khẩu vì không được mở qua kết nối an toàn (https, hoặc 127.0.0.1 trên chính máy này). Hãy mở trang qua https hoặc bằng lệnh npm run web rồi thử lại (khi chốt số liệu cũng có thể bỏ trống mật khẩu). Chưa có trang nào thay đổi.',
  cellInfo: (sheet, cell) =>
    cell === ''
      ? `Cả trang “${sheet}”. Hãy xem lại trang này trong Excel hoặc LibreOffice, lưu tệp, rồi mở lại tệp ở đây.`
      : `Ô ${cell} của trang “${sheet}”. Hãy sửa ô này trong Excel hoặc LibreOffice, lưu tệp, rồi mở lại tệp ở đây.`,
  dismiss: 'Đóng',
  decimalSeparator: ',',
};

export const webEn: WebStrings = {
  title: 'Emulation cluster – scoring and ranking',
  intro:
    'Open the cluster’s scoring workbook (an .xlsx file) to check the data, rank the members and prepare the nominations right in the browser, then download the workbook with the result sheets.',
  privacy: 'Your file never leaves your computer: everything is processed in the browser.',
  open: 'Open an Excel file',
  dropHint: 'or drag and drop an .xlsx file here',
  dropNow: 'Drop the file here to open it',
  newWorkbook: 'New workbook',
  newWorkbookHint: 'No workbook yet? Enter the cluster’s name, year and members; the page makes the template input sheets for you to download.',
  openOther: 'Open another file',
  download: 'Download the result',
  downloadHint: 'Do the Check, Rank and Vote / Nominate steps to write the result sheets, then download the workbook.',
  downloaded: (file) => `Created “${file}”; the browser saves it in your downloads folder.`,
  fileLabel: 'Open file',
  newFileName: 'so-cham-diem-moi.xlsx',
  stage: {
    reading: 'Reading the file…',
    loadingReader: 'Loading the Excel file reader…',
    opening: 'Opening the workbook…',
    checking: 'Looking at the workbook’s sheets…',
    preparing: 'Preparing the download…',
  },
  percent: (stage, percent) => `${stage} ${percent}%`,
  deliverIntro: 'Download the workbook with its result sheets, then open it in Excel or LibreOffice to print: the result sheets come with their paper size, margins and print titles set.',
  downloadResult: 'Download result',
  largeFile: (size) => `Large file (${size}): opening it may take a while.`,
  refuse: {
    notXlsxName: (file) => `The file “${file}” is not an Excel workbook (.xlsx). Choose a file ending in .xlsx.`,
    tooLarge: (file, size, limit) =>
      `The file “${file}” is ${size}, over the ${limit} limit of the browser mode. Remove what is not needed (pictures, extra sheets) and try again, or use the cum-thi-dua command line.`,
    notScoring: (file, message) => `The file “${file}”: ${message}`,
    readerFailed: 'The page could not load its Excel file reader. Reload the page and try again.',
    unexpected: 'Something unexpected went wrong while opening the file. Please try again.',
  },
  sheetExists: (sheets) =>
    `The workbook already has ${sheets.length > 1 ? 'the sheets' : 'the sheet'} ${quoteAll(sheets)}, so the template input sheets were not created. Use “New workbook” to start from an empty one.`,
  wrongPassword: (sheets) =>
    `Wrong password: it does not unlock ${sheets.length > 1 ? 'the sheets' : 'the sheet'} ${quoteAll(sheets)}. No sheet was unlocked.`,
  passwordNeeded: (sheets) =>
    `${sheets.length > 1 ? 'The sheets' : 'The sheet'} ${quoteAll(sheets)} ${sheets.length > 1 ? 'are' : 'is'} locked with a password. Enter the password to unlock. No sheet was unlocked.`,
  noWebCrypto:
    'This page cannot use a password because it was not opened over a secure connection (https, or 127.0.0.1 on this computer). Open the page over https or with npm run web and try again (to lock the data you may also leave the password empty). No sheet was changed.',
  cellInfo: (sheet, cell) =>
    cell === ''
      ? `The whole sheet “${sheet}”. Look it over in Excel or LibreOffice, save the file, then open it here again.`
      : `Cell ${cell} of the sheet “${sheet}”. Correct it in Excel or LibreOffice, save the file, then open it here again.`,
  dismiss: 'Dismiss',
  decimalSeparator: '.',
};

export function webStrings(lang: Lang): WebStrings {
  return lang === 'en' ? webEn : webVi;
}
