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
  /** A zip package that cannot be read as a workbook (not well-formed XML, a damaged zip). */
  | 'corrupt'
  /** Part of the data does not match its CRC-32 or its declared size: changed or cut short. */
  | 'damaged'
  /** A pipe, a device or a socket: not a file that can be read through (and it could block). */
  | 'notAFile'
  /** The file, or what one part of it inflates to, is far larger than any workbook (a zip bomb). */
  | 'tooLarge'
  /** Two entries of the package have the same name: two programs would read two workbooks. */
  | 'duplicateEntry'
  /** A document type declaration, an entity, or nesting no workbook has (a billion-laughs file). */
  | 'unsafeXml';

/** Where in the file a problem is, when it can be said. */
export interface FileProblemPlace {
  /** The package part ("xl/worksheets/sheet3.xml"). */
  part?: string;
  sheet?: string;
  cell?: string;
}

export interface Sentences {
  vi: string;
  en: string;
}

function sentences(kind: WorkbookFileProblem, file: string, at: FileProblemPlace): Sentences {
  switch (kind) {
    case 'missing':
      return {
        vi: `Không tìm thấy tệp “${file}”.`,
        en: `The file “${file}” does not exist.`,
      };
    case 'unreadable':
      return {
        vi: `Không mở được tệp “${file}” (không có quyền đọc, hoặc đó là một thư mục).`,
        en: `The file “${file}” cannot be opened (no permission to read it, or it is a folder).`,
      };
    case 'notXlsx':
      return {
        vi: `Tệp “${file}” không phải sổ tính Excel (.xlsx).`,
        en: `The file “${file}” is not an Excel workbook (.xlsx).`,
      };
    case 'legacyXls':
      return {
        vi: `Tệp “${file}” là sổ tính Excel định dạng cũ (.xls). Hãy mở trong Excel và lưu lại dưới dạng .xlsx.`,
        en: `The file “${file}” is an old-format Excel workbook (.xls). Open it in Excel and save it as .xlsx.`,
      };
    case 'encrypted':
      return {
        vi: `Tệp “${file}” được bảo vệ bằng mật khẩu. Hãy gỡ mật khẩu mở tệp (Tệp > Thông tin > Bảo vệ sổ làm việc) rồi thử lại.`,
        en: `The file “${file}” is protected with a password. Remove the password to open (File > Info > Protect Workbook) and try again.`,
      };
    case 'corrupt':
      return {
        vi: `Tệp “${file}” bị hỏng hoặc không đọc được như một sổ tính Excel.`,
        en: `The file “${file}” is damaged or cannot be read as an Excel workbook.`,
      };
    case 'damaged':
      return {
        vi: `Tệp “${file}” bị hỏng: dữ liệu${at.part ? ` của phần ${at.part}` : ''} không khớp với mã kiểm tra (CRC) ghi trong tệp, có thể tệp bị cắt ngắn hoặc bị thay đổi khi sao chép. Chương trình không đọc số liệu từ tệp hỏng; hãy lấy lại bản gốc.`,
        en: `The file “${file}” is damaged: the data${at.part ? ` of ${at.part}` : ''} does not match the check code (CRC) stored with it; the file may have been cut short or changed while copied. The program reads no figures from a damaged file; get the original again.`,
      };
    case 'notAFile':
      return {
        vi: `“${file}” không phải là một tệp thông thường (mà là ống dẫn, thiết bị hoặc ổ cắm). Hãy chỉ ra một tệp .xlsx.`,
        en: `“${file}” is not a regular file (it is a pipe, a device or a socket). Give an .xlsx file.`,
      };
    case 'tooLarge':
      return {
        vi: `Tệp “${file}” quá lớn${at.part ? ` (phần ${at.part} giải nén ra quá lớn)` : ''}, vượt xa mọi sổ chấm điểm; chương trình từ chối để không làm treo máy. Đây có thể là tệp nén độc hại (“bom nén”).`,
        en: `The file “${file}” is too large${at.part ? ` (${at.part} inflates to far too much)` : ''}, far beyond any scoring workbook; the program refuses it so as not to exhaust the computer. It may be a malicious archive (a “zip bomb”).`,
      };
    case 'duplicateEntry':
      return {
        vi: `Tệp “${file}” chứa hai phần cùng tên${at.part ? ` “${at.part}”` : ''}: mỗi chương trình có thể đọc ra một sổ tính khác nhau, nên chương trình từ chối. Hãy mở và lưu lại tệp trong Excel.`,
        en: `The file “${file}” holds two parts with the same name${at.part ? ` “${at.part}”` : ''}: different programs could read different workbooks from it, so the program refuses it. Open it in Excel and save it again.`,
      };
    case 'unsafeXml':
      return {
        vi: `Tệp “${file}” chứa cấu trúc XML mà sổ tính Excel không bao giờ có${at.part ? ` (trong ${at.part})` : ''}: khai báo DTD, thực thể, hoặc các phần tử lồng nhau quá sâu. Chương trình từ chối để bảo vệ máy.`,
        en: `The file “${file}” contains XML that no Excel workbook has${at.part ? ` (in ${at.part})` : ''}: a DTD, entity definitions, or elements nested too deep. The program refuses it to protect the computer.`,
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
  readonly at: FileProblemPlace;

  constructor(kind: WorkbookFileProblem, file: string, detail?: unknown, at: FileProblemPlace = {}) {
    const s = sentences(kind, file, at);
    super(s.vi);
    this.name = 'WorkbookFileError';
    this.kind = kind;
    this.file = file;
    this.sentences = s;
    this.detail = detail;
    this.at = at;
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
      vi: `Sổ tính đã có trang “${sheet}” không do chương trình tạo ra. Hãy đổi tên trang đó rồi chạy lại; chương trình không ghi đè trang của người dùng.`,
      en: `The workbook already has a sheet “${sheet}” that the program did not create. Rename that sheet and run again; the program never overwrites a user's sheet.`,
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
  /** The file itself is read-only: the program does not override that. */
  | 'readOnly'
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
        vi: `Tệp “${file}” đã có; chương trình không ghi đè. Hãy chọn tên khác hoặc xóa tệp cũ.`,
        en: `The file “${file}” already exists; the program does not overwrite it. Choose another name or delete the old file.`,
      };
    case 'locked':
      return {
        vi: `Không ghi được tệp “${file}”: tệp đang được mở (có thể trong Excel). Hãy đóng tệp rồi chạy lại.`,
        en: `Cannot write “${file}”: the file is in use (perhaps open in Excel). Close it and run again.`,
      };
    case 'denied':
      return {
        vi: `Không ghi được tệp “${file}”: không có quyền ghi hoặc thư mục không tồn tại.`,
        en: `Cannot write “${file}”: no permission to write there, or the folder does not exist.`,
      };
    case 'readOnly':
      return {
        vi: `Không ghi được tệp “${file}”: tệp chỉ cho phép đọc. Chương trình không ghi đè tệp chỉ đọc; hãy bỏ thuộc tính chỉ đọc hoặc ghi ra tệp khác (-o).`,
        en: `Cannot write “${file}”: the file is read-only. The program does not overwrite a read-only file; make it writable or write to another file (-o).`,
      };
    case 'failed':
      return {
        vi: `Không ghi được tệp “${file}”.`,
        en: `Cannot write “${file}”.`,
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
  /** Whether a password was given at all (else the sentence asks for one). */
  readonly given: boolean;

  constructor(sheets: readonly string[], given: boolean) {
    const list = sheets.map((s) => `“${s}”`).join(', ');
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
    this.given = given;
    this.sheets = [...sheets];
    this.sentences = s;
  }
}

/**
 * Cells a gathering would write that hold a formula (src/file/forms/fillCells.ts): a person's
 * formula is never replaced, and nothing is written. The sentence is the vocabulary's
 * (forms.formulaCells), since the pane shows it too.
 */
export class FormulaCellError extends Error {
  constructor(readonly cells: { sheet: string; cell: string }[]) {
    super(`formula cells: ${cells.map((c) => `${c.sheet}!${c.cell}`).join(', ')}`);
    this.name = 'FormulaCellError';
  }
}
