/**
 * The texts of the "Phiếu chấm" view (member forms, docs/phieu-cham.md), by language, kept apart
 * from vi.ts/en.ts so that they load with the view, on demand. The messages about the forms
 * themselves (problems, refusals, conflicts) come from the core's vocabulary.
 */
import type { Lang } from '../../core/index';

export interface FormsStrings {
  intro: string;
  issue: {
    title: string;
    intro: string;
    deadline: string;
    deadlineHint: string;
    badDeadline: string;
    members: string;
    membersHint: string;
    run: string;
    done: (n: number) => string;
    zip: (name: string) => string;
    files: string;
    line: (name: string, inputs: number, prefilled: number) => string;
    hostNote: string;
  };
  gather: {
    title: string;
    intro: string;
    choose: string;
    chosen: (n: number) => string;
    replace: string;
    replaceHint: string;
    preview: string;
    previewTitle: string;
    nothingWritten: string;
    confirm: string;
    cancel: string;
    done: (forms: number, cells: number) => string;
    changed: string;
    refused: string;
    unsupported: string;
    unreadable: (file: string, reason: string) => string;
  };
  preview: {
    accepted: string;
    refused: string;
    summary: (fills: number, same: number, conflicts: number) => string;
    signer: (name: string) => string;
    fills: (n: number) => string;
    conflicts: (n: number) => string;
    conflictKept: string;
    conflictReplaced: string;
    problems: string;
    more: (n: number) => string;
    total: (cells: number, conflicts: number, replace: boolean) => string;
  };
}

const vi: FormsStrings = {
  intro:
    'Phát cho mỗi đơn vị một tệp phiếu chấm riêng (Excel, LibreOffice hay WPS đều điền được), rồi thu phiếu về sổ này mà không phải chép tay. Đây là việc duy nhất phần bổ trợ ghi vào trang nhập liệu: luôn xem trước, ghi nhật ký, và không làm khi số liệu đã chốt.',
  issue: {
    title: 'Phát phiếu chấm',
    intro: 'Mỗi phiếu gồm trang bìa, cột Tự chấm của đơn vị và trang Chấm chéo của đơn vị (khi Cụm chấm chéo); chỉ các ô điểm được ghi, có điền sẵn số liệu sổ đang có.',
    deadline: 'Hạn gửi lại phiếu (không bắt buộc)',
    deadlineHint: 'In trên trang bìa của mọi phiếu.',
    badDeadline: 'Ngày không hợp lệ.',
    members: 'Chỉ phát cho (không bắt buộc)',
    membersHint: 'Mã đơn vị, cách nhau bằng dấu chấm phẩy; để trống: phát cho mọi thành viên.',
    run: 'Lập phiếu chấm',
    done: (n) => `Đã lập ${n} phiếu chấm. Tải về rồi gửi cho các đơn vị.`,
    zip: (name) => `Tải tất cả (${name})`,
    files: 'Từng phiếu',
    line: (name, inputs, prefilled) => `${name}: ${inputs} ô điểm, ${prefilled} ô điền sẵn`,
    hostNote: 'Nếu Excel không cho tải tệp (một số bản Excel cho Mac), hãy mở sổ ở chế độ trang web hoặc dùng lệnh cum-thi-dua forms.',
  },
  gather: {
    title: 'Thu phiếu chấm',
    intro: 'Chọn các tệp phiếu các đơn vị gửi lại. Phần bổ trợ kiểm tra mọi phiếu và cho xem trước những ô sẽ được ghi; chỉ ghi khi bấm xác nhận.',
    choose: 'Chọn tệp phiếu chấm (.xlsx)',
    chosen: (n) => `Đã chọn ${n} tệp.`,
    replace: 'Lấy số của phiếu ở ô đang có số khác',
    replaceHint: 'Không chọn: ô sổ đã có số khác phiếu được giữ nguyên và liệt kê là xung đột.',
    preview: 'Kiểm tra và xem trước',
    previewTitle: 'Xem trước',
    nothingWritten: 'Chưa ghi gì vào sổ.',
    confirm: 'Ghi vào sổ',
    cancel: 'Hủy',
    done: (forms, cells) => `Đã thu ${forms} phiếu: ghi ${cells} ô và ${forms} dòng nhật ký.`,
    changed: 'Sổ đã thay đổi sau khi xem trước (có người vừa sửa số liệu): chưa ghi gì. Hãy xem lại bản xem trước mới rồi xác nhận.',
    refused: 'Không thu được: chưa ghi gì vào sổ.',
    unsupported: 'Nơi đang mở sổ không cho phép phần bổ trợ ghi điểm vào trang nhập liệu.',
    unreadable: (file, reason) => `${file}: ${reason}`,
  },
  preview: {
    accepted: 'Được nhận',
    refused: 'Không được nhận',
    summary: (fills, same, conflicts) => `Điền ${fills} ô trống · ${same} ô đã có đúng số · ${conflicts} ô xung đột`,
    signer: (name) => `Người lập phiếu: ${name}`,
    fills: (n) => `Ô sẽ được điền (${n})`,
    conflicts: (n) => `Xung đột (${n})`,
    conflictKept: 'giữ số của sổ',
    conflictReplaced: 'lấy số của phiếu',
    problems: 'Vấn đề',
    more: (n) => `… và ${n} ô khác`,
    total: (cells, conflicts, replace) =>
      `Sẽ ghi ${cells} ô vào sổ${conflicts > 0 ? (replace ? `, trong đó ${conflicts} ô xung đột lấy số của phiếu` : `; ${conflicts} ô xung đột giữ nguyên số của sổ`) : ''}.`,
  },
};

const en: FormsStrings = {
  intro:
    'Give each member its own form file (Excel, LibreOffice or WPS can fill it), then gather the returned forms into this workbook without copying by hand. This is the only time the add-in writes into input sheets: always previewed, logged, and never on signed-off data.',
  issue: {
    title: 'Issue forms',
    intro: "Each form has a cover, the member's Tự chấm column and its Chấm chéo sheet (when the cluster cross-scores); only score cells can be filled, prefilled with what the workbook holds.",
    deadline: 'Deadline for returning the forms (optional)',
    deadlineHint: 'Printed on the cover of every form.',
    badDeadline: 'Not a valid date.',
    members: 'Only for (optional)',
    membersHint: 'Member codes separated by semicolons; blank: every member.',
    run: 'Make the forms',
    done: (n) => `${n} form(s) ready. Download them and send them to the members.`,
    zip: (name) => `Download all (${name})`,
    files: 'One by one',
    line: (name, inputs, prefilled) => `${name}: ${inputs} score cells, ${prefilled} prefilled`,
    hostNote: 'If Excel does not let you download files (some Excel for Mac versions), open the workbook in the web page mode or use the command cum-thi-dua forms.',
  },
  gather: {
    title: 'Gather forms',
    intro: 'Choose the form files the members sent back. The add-in checks every form and previews the cells it will write; nothing is written until you confirm.',
    choose: 'Choose form files (.xlsx)',
    chosen: (n) => `${n} file(s) chosen.`,
    replace: "Take the form's value where the workbook holds another",
    replaceHint: "Unticked: a workbook cell that holds another value is kept and listed as a conflict.",
    preview: 'Check and preview',
    previewTitle: 'Preview',
    nothingWritten: 'Nothing has been written yet.',
    confirm: 'Write into the workbook',
    cancel: 'Cancel',
    done: (forms, cells) => `Gathered ${forms} form(s): ${cells} cell(s) and ${forms} log row(s) written.`,
    changed: 'The workbook changed after the preview (someone edited a score): nothing was written. Look at the new preview and confirm again.',
    refused: 'Not gathered: nothing was written into the workbook.',
    unsupported: 'Where this workbook is open, the add-in cannot write scores into input sheets.',
    unreadable: (file, reason) => `${file}: ${reason}`,
  },
  preview: {
    accepted: 'Accepted',
    refused: 'Refused',
    summary: (fills, same, conflicts) => `${fills} blank cell(s) filled · ${same} already equal · ${conflicts} conflict(s)`,
    signer: (name) => `Filled by: ${name}`,
    fills: (n) => `Cells to fill (${n})`,
    conflicts: (n) => `Conflicts (${n})`,
    conflictKept: "workbook's value kept",
    conflictReplaced: "form's value taken",
    problems: 'Problems',
    more: (n) => `… and ${n} more`,
    total: (cells, conflicts, replace) =>
      `${cells} cell(s) will be written${conflicts > 0 ? (replace ? `, ${conflicts} of them conflicts taking the form's value` : `; ${conflicts} conflict(s) keep the workbook's value`) : ''}.`,
  },
};

export function formsStrings(lang: Lang): FormsStrings {
  return lang === 'en' ? en : vi;
}
