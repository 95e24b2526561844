/**
 * The member form's own words (docs/phieu-cham.md): the name of its cover sheet, of its hidden
 * identity sheet and the mark that points at it, and the labels the identity sheet is read by.
 * Like ./format.ts for the scoring workbook, they are a file format, never translated: a form is
 * read back by these words in every language. The score sheets of a form are named as the
 * workbook's own (`Tự chấm`, `Chấm chéo - <MÃ>`, ./format.ts).
 */

/** The visible cover (cluster, year, member, deadline, instructions, bands). */
export const FORM_COVER_SHEET = 'Trang bìa';

/**
 * The hidden sheet that identifies the form and keeps a copy of every locked cell as issued.
 * Very hidden where the program that saves the form knows the state (Excel, WPS); LibreOffice
 * keeps it hidden.
 */
export const FORM_IDENTITY_SHEET = '~ctd-phieu';

/** The workbook-scoped defined name that points at the identity sheet (found by it first). */
export const FORM_MARK = 'CumThiDua_PhieuCham';

/** Cell A1 of the identity sheet: it is found by this text when the defined name was lost. */
export const FORM_MARKER = 'cum-thi-dua: phiếu chấm';

/** The layout of the identity sheet; B1 holds it. A reader refuses a form of a later version. */
export const FORM_VERSION = 1;

/** The rows of the identity sheet's head, read by their label in column A. */
export const FORM_LABELS = {
  cluster: 'Tên cụm',
  year: 'Năm',
  member: 'Mã thành viên',
  memberName: 'Tên thành viên',
  criteria: 'Mã bộ tiêu chí',
  deadline: 'Hạn gửi',
  issuedAt: 'Phát lúc',
  signer: 'Ô người lập phiếu',
  sheets: 'Số trang',
} as const;

/** The labels of each visible sheet's block in the identity sheet (its head, its input columns and rows). */
export const FORM_BLOCK_LABELS = {
  sheet: 'Trang',
  columns: 'Cột nhập',
  rows: 'Dòng nhập',
} as const;

/** What a visible sheet of a form is, as its block writes it. */
export const FORM_SHEET_KINDS = { cover: 'bìa', self: 'tự chấm', cross: 'chấm chéo' } as const;
export type FormSheetKind = keyof typeof FORM_SHEET_KINDS;
