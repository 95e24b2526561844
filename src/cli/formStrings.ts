/**
 * The command line's screen text for `forms` and `gather` (docs/phieu-cham.md), one table per
 * language. The messages about the forms themselves (problems, refusals, conflicts) come from the
 * core's vocabulary (src/core/words/vi/forms.ts, src/core/words/en/forms.ts).
 */
import type { Lang } from '../core/index';

export interface FormStrings {
  issuing: string;
  exist: (files: string[]) => string;
  folderFailed: (folder: string) => string;
  issued: (count: number, folder: string) => string;
  formLine: (file: string, name: string, inputs: number, prefilled: number) => string;
  deadline: (d: string | null) => string;
  readingForm: (file: string) => string;
  gathering: string;
  refusedHeading: string;
  acceptedHeading: string;
  formSummary: (o: { file: string; name: string; signer: string; fills: number; same: number; conflicts: number }) => string;
  /** A refused form: no counts of cells (nothing of it is written), its errors follow. */
  refusedSummary: (o: { file: string; name: string; signer: string; errors: number }) => string;
  conflictsKept: string;
  conflictsReplaced: string;
  gathered: (forms: number, cells: number, file: string) => string;
}

const vi: FormStrings = {
  issuing: 'Lập phiếu chấm…',
  exist: (files) => `Đã có ${files.length === 1 ? 'tệp' : 'các tệp'} ${files.map((f) => `“${f}”`).join(', ')}: chương trình không ghi đè (có thể là phiếu đơn vị đã gửi lại). Hãy chọn thư mục khác bằng -o.`,
  folderFailed: (folder) => `Không tạo được thư mục “${folder}”.`,
  issued: (n, folder) => `Đã phát ${n} phiếu chấm vào ${folder}:`,
  formLine: (file, name, inputs, prefilled) => `  ${file} — ${name}: ${inputs} ô điểm, ${prefilled} ô điền sẵn từ sổ`,
  deadline: (d) => (d === null ? 'Chưa ghi hạn gửi lại (thêm --deadline dd/mm/yyyy để in hạn lên trang bìa).' : `Hạn gửi lại phiếu in trên trang bìa: ${d}.`),
  readingForm: (file) => `Đọc phiếu ${file}…`,
  gathering: 'Kiểm tra các phiếu…',
  refusedHeading: 'PHIẾU KHÔNG ĐƯỢC NHẬN',
  acceptedHeading: 'PHIẾU ĐƯỢC NHẬN',
  formSummary: (o) =>
    `${o.file}${o.name ? ` — ${o.name}` : ''}${o.signer ? ` (người lập phiếu: ${o.signer})` : ''}: điền ${o.fills} ô trống, ${o.same} ô sổ đã có đúng số, ${o.conflicts} ô xung đột`,
  refusedSummary: (o) => `${o.file}${o.name ? ` — ${o.name}` : ''}${o.signer ? ` (người lập phiếu: ${o.signer})` : ''}: không được nhận, ${o.errors} lỗi`,
  conflictsKept: 'Xung đột (giữ nguyên số của sổ; dùng --replace để lấy số của phiếu):',
  conflictsReplaced: 'Xung đột (đã thay bằng số của phiếu):',
  gathered: (forms, cells, file) => `Đã thu ${forms} phiếu, ghi ${cells} ô vào ${file}`,
};

const en: FormStrings = {
  issuing: 'Making the forms…',
  exist: (files) => `${files.map((f) => `"${f}"`).join(', ')} exist${files.length === 1 ? 's' : ''} already: the program does not overwrite (it may be a form a member sent back). Choose another folder with -o.`,
  folderFailed: (folder) => `The folder "${folder}" cannot be created.`,
  issued: (n, folder) => `Issued ${n} form(s) into ${folder}:`,
  formLine: (file, name, inputs, prefilled) => `  ${file} — ${name}: ${inputs} score cells, ${prefilled} prefilled from the workbook`,
  deadline: (d) => (d === null ? 'No deadline printed (add --deadline dd/mm/yyyy to print one on the cover).' : `Deadline printed on the cover: ${d}.`),
  readingForm: (file) => `Reading the form ${file}…`,
  gathering: 'Checking the forms…',
  refusedHeading: 'FORMS REFUSED',
  acceptedHeading: 'FORMS ACCEPTED',
  formSummary: (o) =>
    `${o.file}${o.name ? ` — ${o.name}` : ''}${o.signer ? ` (filled by ${o.signer})` : ''}: ${o.fills} blank cell(s) filled, ${o.same} already equal, ${o.conflicts} conflict(s)`,
  refusedSummary: (o) => `${o.file}${o.name ? ` — ${o.name}` : ''}${o.signer ? ` (filled by ${o.signer})` : ''}: refused, ${o.errors} error(s)`,
  conflictsKept: "Conflicts (the workbook's values kept; --replace takes the form's):",
  conflictsReplaced: "Conflicts (replaced by the form's values):",
  gathered: (forms, cells, file) => `Gathered ${forms} form(s), ${cells} cell(s) written into ${file}`,
};

export const FORM_STRINGS: Record<Lang, FormStrings> = { vi, en };
