/**
 * Turns what Excel throws into a PortError the task pane can show as is: one sentence in
 * Vietnamese and one in English, saying what happened and what the user can do. The codes are
 * the documented `Excel.ErrorCodes` / `OfficeExtension.ErrorCodes` strings (they are never
 * localised, unlike `message`, which is not meant for users).
 */
import { PortError } from '../core/index';

type Kind = PortError['kind'];

interface Sentence {
  kind: Kind;
  vi: string;
  en: string;
}

const BY_CODE: Record<string, Sentence> = {
  InvalidOperationInCellEditMode: {
    kind: 'editing',
    vi: 'Excel đang ở chế độ sửa ô. Hãy nhấn Enter hoặc Tab (hoặc chọn ô khác) rồi thử lại.',
    en: 'Excel is in cell-editing mode. Press Enter or Tab (or select another cell) and try again.',
  },
  RequestPayloadSizeLimitExceeded: {
    kind: 'tooLarge',
    vi: 'Dữ liệu gửi tới Excel vượt giới hạn kích thước của một lần ghi (Excel trên web giới hạn 5 MB).',
    en: 'The data sent to Excel exceeds the size limit of one request (Excel on the web allows 5 MB).',
  },
  ResponsePayloadSizeLimitExceeded: {
    kind: 'tooLarge',
    vi: 'Dữ liệu đọc từ sổ làm việc vượt giới hạn kích thước của một lần đọc (Excel trên web giới hạn 5 MB).',
    en: 'The data read from the workbook exceeds the size limit of one response (Excel on the web allows 5 MB).',
  },
  AccessDenied: {
    kind: 'protected',
    vi: 'Excel không cho phép thay đổi: trang tính hoặc cấu trúc sổ làm việc đang được bảo vệ, hoặc bạn chỉ có quyền xem tệp này.',
    en: 'Excel refused the change: the sheet or the workbook structure is protected, or you may only view this file.',
  },
  ItemNotFound: {
    kind: 'host',
    vi: 'Không tìm thấy trang tính hoặc ô cần dùng; có thể nó vừa bị xóa hoặc đổi tên (kể cả bởi người cùng soạn thảo). Hãy thử lại.',
    en: 'A sheet or cell the add-in needs was not found; it may have just been deleted or renamed (possibly by a co-author). Try again.',
  },
  ItemAlreadyExists: {
    kind: 'host',
    vi: 'Một trang tính hoặc tên đã tồn tại trong sổ làm việc (có thể vừa được người cùng soạn thảo tạo ra). Hãy thử lại.',
    en: 'A sheet or name already exists in the workbook (perhaps just created by a co-author). Try again.',
  },
  InvalidOperation: {
    kind: 'host',
    vi: 'Excel không cho phép thao tác này ở trạng thái hiện tại của sổ làm việc (ví dụ trang tính được bảo vệ hoặc đang lọc). Hãy kiểm tra rồi thử lại.',
    en: 'Excel does not allow this operation in the current state of the workbook (for example a protected or filtered sheet). Check and try again.',
  },
  Conflict: {
    kind: 'host',
    vi: 'Thay đổi xung đột với chỉnh sửa của người cùng soạn thảo. Hãy thử lại.',
    en: 'The change conflicts with a co-author\u2019s edit. Try again.',
  },
  InsertDeleteConflict: {
    kind: 'host',
    vi: 'Thay đổi xung đột với việc chèn hoặc xóa dòng, cột đang diễn ra. Hãy thử lại.',
    en: 'The change conflicts with rows or columns being inserted or deleted. Try again.',
  },
  GeneralException: {
    kind: 'host',
    vi: 'Excel gặp lỗi nội bộ khi xử lý yêu cầu. Hãy thử lại; nếu lỗi lặp lại, hãy đóng và mở lại sổ làm việc.',
    en: 'Excel had an internal error while processing the request. Try again; if it happens again, close and reopen the workbook.',
  },
  ApiNotFound: {
    kind: 'host',
    vi: 'Phiên bản Excel này không có chức năng phần bổ trợ cần. Hãy cập nhật Office hoặc dùng Excel trên web.',
    en: 'This version of Excel lacks a feature the add-in needs. Update Office or use Excel on the web.',
  },
  ActivityLimitReached: {
    kind: 'host',
    vi: 'Excel báo đã đạt giới hạn hoạt động. Hãy đợi một lát rồi thử lại.',
    en: 'Excel reports that its activity limit was reached. Wait a moment and try again.',
  },
  RequestAborted: {
    kind: 'host',
    vi: 'Yêu cầu tới Excel bị hủy giữa chừng. Hãy thử lại.',
    en: 'The request to Excel was aborted. Try again.',
  },
  InactiveWorkbook: {
    kind: 'host',
    vi: 'Sổ làm việc không còn là cửa sổ đang dùng. Hãy bấm vào sổ làm việc rồi thử lại.',
    en: 'The workbook lost focus. Click into the workbook and try again.',
  },
};

/** Error code of an Office error (OfficeExtension.Error or anything shaped like it). */
export function officeErrorCode(error: unknown): string | null {
  if (typeof error !== 'object' || error === null) return null;
  const code = (error as { code?: unknown }).code;
  return typeof code === 'string' && code.length > 0 ? code : null;
}

/** The PortError to show for `error`; a PortError passes through unchanged. */
export function toPortError(error: unknown): PortError {
  if (error instanceof PortError) return error;
  const code = officeErrorCode(error);
  const known = code ? BY_CODE[code] : undefined;
  const suffixVi = code ? ' (mã lỗi Excel: ' + code + ')' : '';
  const suffixEn = code ? ' (Excel error code: ' + code + ')' : '';
  if (known) return new PortError(known.kind, known.vi + suffixVi, known.en + suffixEn, code ?? undefined);
  const detail = error instanceof Error ? error.message : code ?? String(error);
  return new PortError(
    'host',
    'Excel báo lỗi khi thực hiện thao tác' + suffixVi + ': ' + detail,
    'Excel reported an error' + suffixEn + ': ' + detail,
    code ?? undefined,
  );
}

/** The error for a request that got no answer in time. */
export function timeoutError(ms: number): PortError {
  const s = Math.round(ms / 100) / 10;
  return new PortError(
    'timeout',
    'Excel không trả lời sau ' + String(s).replace('.', ',') + ' giây. Hãy kiểm tra kết nối mạng (Excel trên web) rồi thử lại.',
    'Excel did not answer within ' + String(s) + ' seconds. Check the network connection (Excel on the web) and try again.',
  );
}
