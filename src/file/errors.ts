/**
 * Why a workbook file could not be read or written, as typed errors the command line turns into
 * one clear sentence (and an exit code) instead of a stack trace. Each carries the sentence in
 * Vietnamese and in English; `message` is the Vietnamese one.
 */

export type WorkbookFileProblem =
  /** No file at that path. */
  | 'missing'
  /** The file exists but cannot be opened (permissions, a folder, …). */
  | 'unreadable'
  /** Not a zip package at all: not an .xlsx workbook. */
  | 'notXlsx'
  /** An old binary .xls workbook (OLE compound file without encryption). */
  | 'legacyXls'
  /** An .xlsx protected with a password to open (OLE compound file with EncryptionInfo). */
  | 'encrypted'
  /** A zip package that exceljs cannot read as a workbook. */
  | 'corrupt';

export interface Sentences {
  vi: string;
  en: string;
}

function sentences(kind: WorkbookFileProblem, file: string): Sentences {
  switch (kind) {
    case 'missing':
      return {
        vi: `Không tìm thấy tệp "${file}".`,
        en: `The file "${file}" does not exist.`,
      };
    case 'unreadable':
      return {
        vi: `Không mở được tệp "${file}" (không có quyền đọc, hoặc đó là một thư mục).`,
        en: `The file "${file}" cannot be opened (no permission to read it, or it is a folder).`,
      };
    case 'notXlsx':
      return {
        vi: `Tệp "${file}" không phải sổ tính Excel (.xlsx).`,
        en: `The file "${file}" is not an Excel workbook (.xlsx).`,
      };
    case 'legacyXls':
      return {
        vi: `Tệp "${file}" là sổ tính Excel định dạng cũ (.xls). Hãy mở trong Excel và lưu lại dưới dạng .xlsx.`,
        en: `The file "${file}" is an old-format Excel workbook (.xls). Open it in Excel and save it as .xlsx.`,
      };
    case 'encrypted':
      return {
        vi: `Tệp "${file}" được bảo vệ bằng mật khẩu. Hãy gỡ mật khẩu mở tệp (Tệp > Thông tin > Bảo vệ sổ làm việc) rồi thử lại.`,
        en: `The file "${file}" is protected with a password. Remove the password to open (File > Info > Protect Workbook) and try again.`,
      };
    case 'corrupt':
      return {
        vi: `Tệp "${file}" bị hỏng hoặc không đọc được như một sổ tính Excel.`,
        en: `The file "${file}" is damaged or cannot be read as an Excel workbook.`,
      };
  }
}

/** The workbook file cannot be read; `kind` says why. */
export class WorkbookFileError extends Error {
  readonly kind: WorkbookFileProblem;
  readonly file: string;
  readonly sentences: Sentences;
  /** The underlying error, kept for CUM_THI_DUA_DEBUG=1. */
  readonly detail: unknown;

  constructor(kind: WorkbookFileProblem, file: string, detail?: unknown) {
    const s = sentences(kind, file);
    super(s.vi);
    this.name = 'WorkbookFileError';
    this.kind = kind;
    this.file = file;
    this.sentences = s;
    this.detail = detail;
  }
}

/**
 * A sheet has the name of one of our output sheets but does not carry our mark: it belongs to
 * someone, so we refuse to replace it (docs/huong-dan-so-lieu.md, "General rules").
 */
export class OutputSheetNotOursError extends Error {
  readonly sheet: string;
  readonly sentences: Sentences;

  constructor(sheet: string) {
    const s: Sentences = {
      vi: `Sổ tính đã có trang "${sheet}" không do chương trình tạo ra. Hãy đổi tên trang đó rồi chạy lại; chương trình không ghi đè trang của người dùng.`,
      en: `The workbook already has a sheet "${sheet}" that the program did not create. Rename that sheet and run again; the program never overwrites a user's sheet.`,
    };
    super(s.vi);
    this.name = 'OutputSheetNotOursError';
    this.sheet = sheet;
    this.sentences = s;
  }
}

export type OutputWriteProblem =
  /** Refused: the target exists and must not be overwritten (a new template). */
  | 'exists'
  /** The target is locked, most often because it is open in Excel. */
  | 'locked'
  /** No permission to write in that folder, or the folder does not exist. */
  | 'denied'
  /** Anything else the operating system reports. */
  | 'failed';

/** The output file cannot be written; nothing was changed at the target path. */
export class OutputWriteError extends Error {
  readonly kind: OutputWriteProblem;
  readonly file: string;
  readonly sentences: Sentences;
  readonly detail: unknown;

  constructor(kind: OutputWriteProblem, file: string, detail?: unknown) {
    const s = writeSentences(kind, file);
    super(s.vi);
    this.name = 'OutputWriteError';
    this.kind = kind;
    this.file = file;
    this.sentences = s;
    this.detail = detail;
  }
}

function writeSentences(kind: OutputWriteProblem, file: string): Sentences {
  switch (kind) {
    case 'exists':
      return {
        vi: `Tệp "${file}" đã có; chương trình không ghi đè. Hãy chọn tên khác hoặc xóa tệp cũ.`,
        en: `The file "${file}" already exists; the program does not overwrite it. Choose another name or delete the old file.`,
      };
    case 'locked':
      return {
        vi: `Không ghi được tệp "${file}": tệp đang được mở (có thể trong Excel). Hãy đóng tệp rồi chạy lại.`,
        en: `Cannot write "${file}": the file is in use (perhaps open in Excel). Close it and run again.`,
      };
    case 'denied':
      return {
        vi: `Không ghi được tệp "${file}": không có quyền ghi hoặc thư mục không tồn tại.`,
        en: `Cannot write "${file}": no permission to write there, or the folder does not exist.`,
      };
    case 'failed':
      return {
        vi: `Không ghi được tệp "${file}".`,
        en: `Cannot write "${file}".`,
      };
  }
}

/**
 * The password given to unlock does not open the protection of these sheets (the sign-off
 * lock, src/core/lock). Nothing was changed.
 */
export class WrongPasswordError extends Error {
  readonly sheets: string[];
  readonly sentences: Sentences;

  constructor(sheets: readonly string[], given: boolean) {
    const list = sheets.map((s) => `"${s}"`).join(', ');
    const s: Sentences = given
      ? {
          vi: `Mật khẩu không đúng: không mở khóa được trang ${list}. Chưa có trang nào được mở khóa.`,
          en: `Wrong password: it does not unlock the sheet(s) ${list}. No sheet was unlocked.`,
        }
      : {
          vi: `Trang ${list} được khóa bằng mật khẩu. Hãy nhập mật khẩu (--password) để mở khóa.`,
          en: `The sheet(s) ${list} are locked with a password. Give the password (--password) to unlock them.`,
        };
    super(s.vi);
    this.name = 'WrongPasswordError';
    this.sheets = [...sheets];
    this.sentences = s;
  }
}
