/**
 * The command line's own screen text, one table per language (Vietnamese by default, English
 * with --lang en): help, usage errors, progress, headings. The domain's words — awards, reasons,
 * outcomes, notes, the lock, problem messages — come from the core's vocabulary (src/core/words).
 */
import type { Lang, Severity } from '../core/index';

export type { Lang };

export interface Strings {
  help: (version: string) => string;
  usageHint: string;
  // usage errors
  unknownCommand: (c: string) => string;
  missingCommand: string;
  unknownOption: (o: string) => string;
  missingValue: (o: string) => string;
  badLang: (v: string) => string;
  missingBook: string;
  missingTemplatePath: string;
  tooManyArguments: (a: string) => string;
  badYear: (v: string) => string;
  badMembers: (item: string) => string;
  badMemberCount: (count: number, min: number, max: number) => string;
  inPlaceWithOutput: string;
  badDeadline: (v: string) => string;
  missingForms: string;
  wouldOverwriteInput: (file: string) => string;
  // progress (stderr)
  reading: (file: string) => string;
  checking: string;
  ranking: string;
  writing: (file: string) => string;
  // results
  notScoringWorkbook: (file: string) => string;
  errorsNoOutput: (n: number) => string;
  written: (file: string) => string;
  /** While a round is pending: the result file holds that round's ballot forms. */
  ballotFormsWritten: (round: number, sheet: string) => string;
  templateWritten: (file: string) => string;
  unexpected: (message: string) => string;
  // report
  /** `year` as the workbook writes it; '' when absent. */
  cluster: (name: string, year: string) => string;
  fingerprint: (f: string) => string;
  severityHeading: Record<Severity, string>;
  noProblems: string;
  summary: (errors: number, warnings: number, infos: number) => string;
  rankingHeading: string;
  columns: { rank: string; member: string; total: string; band: string; notes: string };
  nominationHeading: (mode: 'proposal' | 'vote') => string;
  noNominee: string;
  // sign-off lock and run log (lock, unlock; rank appends to the log)
  missingSigner: string;
  locking: string;
  unlocking: string;
  lockErrors: (n: number) => string;
  alreadyLocked: (at: string, fingerprint: string) => string;
  logNotOurs: (sheet: string) => string;
  notLocked: string;
  locked: (at: string, fingerprint: string, by: string, sheets: string[], withPassword: boolean) => string;
  unlocked: (sheets: string[]) => string;
  logSkipped: (sheet: string) => string;
}

/** "“Tự chấm”, “Chấm chéo - NA”". */
const quotedList = (names: readonly string[]): string => names.map((n) => `“${n}”`).join(', ');

const vi: Strings = {
  help: (version) => `cum-thi-dua ${version} — kiểm tra, chấm điểm, xếp hạng và đề nghị khen thưởng cho cụm thi đua

Cách dùng:
  cum-thi-dua check <sổ.xlsx> [--json] [--lang vi|en]
      Kiểm tra mọi dữ liệu trong sổ chấm điểm và liệt kê lỗi, cảnh báo.
  cum-thi-dua rank <sổ.xlsx> [-o <kết-quả.xlsx>] [--in-place] [--json] [--lang vi|en]
      Kiểm tra, xếp hạng và ghi các trang kết quả vào một tệp mới
      (mặc định <tên>-ket-qua.xlsx cạnh tệp gốc). --in-place: ghi thẳng vào tệp gốc.
      Khi sổ có lỗi, không ghi tệp nào.
  cum-thi-dua template <tệp-mới.xlsx> [--name "<tên cụm>"] [--year <năm>]
                       [--members "TH=Tỉnh Thanh Hóa;NA=Tỉnh Nghệ An;…"]
      Tạo sổ chấm điểm mẫu (không ghi đè tệp đã có).
  cum-thi-dua lock <sổ.xlsx> --by "<họ tên người chốt>" [--password <mật khẩu>]
                   [-o <tệp.xlsx> | --in-place] [--json]
      Chốt số liệu: khi sổ không có lỗi, khóa các trang nhập liệu và ghi vào trang
      "Nhật ký" thời điểm, mã kiểm tra dữ liệu và người chốt
      (mặc định ghi ra <tên>-da-chot.xlsx cạnh tệp gốc).
  cum-thi-dua unlock <sổ.xlsx> [--password <mật khẩu>] [--by "<họ tên>"]
                     [-o <tệp.xlsx> | --in-place] [--json]
      Mở khóa các trang nhập liệu và ghi việc mở khóa vào "Nhật ký"
      (mặc định ghi ra <tên>-mo-khoa.xlsx).
  cum-thi-dua forms <sổ.xlsx> [-o <thư-mục>] [--members "NA;HT"] [--deadline <dd/mm/yyyy>] [--json]
      Phát phiếu chấm: mỗi thành viên một tệp <thư-mục>/<MÃ>.xlsx (mặc định thư mục
      <tên>-phieu-cham cạnh sổ) gồm trang bìa, cột Tự chấm của đơn vị và trang Chấm chéo
      của đơn vị; chỉ các ô điểm được ghi, điền sẵn số liệu sổ đang có. Không ghi đè tệp đã có.
  cum-thi-dua gather <sổ.xlsx> <phiếu.xlsx>… [-o <tệp.xlsx> | --in-place] [--replace] [--json]
      Thu phiếu chấm: kiểm tra mọi phiếu trước (cụm, năm, đơn vị, bộ tiêu chí, ô đã khóa, từng
      điểm); có phiếu bị từ chối thì không ghi gì. Ô sổ đã có số khác phiếu là xung đột: giữ
      nguyên số của sổ, trừ khi có --replace (mặc định ghi ra <tên>-da-thu-phieu.xlsx).
  cum-thi-dua --help | --version

Lệnh rank, lock, unlock và gather thêm dòng vào trang "Nhật ký" của tệp kết quả.
gather là lệnh duy nhất ghi vào trang nhập liệu (chỉ giá trị các ô điểm, có nhật ký).

Mã thoát: 0 không có lỗi (có thể có cảnh báo); 1 sổ có lỗi; 2 không đọc được tệp hoặc
tệp không phải sổ chấm điểm; 64 dùng sai lệnh; 70 lỗi không mong đợi; 73 không ghi được tệp.
`,
  usageHint: 'Xem hướng dẫn: cum-thi-dua --help',
  unknownCommand: (c) => `Không có lệnh "${c}".`,
  missingCommand: 'Thiếu lệnh (check, rank, template, lock, unlock, forms hoặc gather).',
  unknownOption: (o) => `Không có tùy chọn "${o}".`,
  missingValue: (o) => `Tùy chọn ${o} cần một giá trị.`,
  badLang: (v) => `Ngôn ngữ "${v}" không được hỗ trợ (chọn vi hoặc en).`,
  missingBook: 'Thiếu đường dẫn tới sổ chấm điểm (.xlsx).',
  missingTemplatePath: 'Thiếu đường dẫn tệp mẫu cần tạo (.xlsx).',
  tooManyArguments: (a) => `Thừa tham số "${a}".`,
  badYear: (v) => `Năm "${v}" không hợp lệ (cần số nguyên từ 2000 đến 2100).`,
  badMembers: (item) => `Thành viên "${item}" không đúng dạng MÃ=Tên đơn vị.`,
  badMemberCount: (n, min, max) => `--members có ${n} thành viên; một cụm có từ ${min} đến ${max} thành viên.`,
  inPlaceWithOutput: 'Không dùng cùng lúc --in-place và -o.',
  badDeadline: (v) => `Hạn gửi "${v}" không phải một ngày hợp lệ (dạng dd/mm/yyyy, ví dụ 15/01/2023).`,
  missingForms: 'Thiếu các tệp phiếu chấm cần thu (.xlsx).',
  wouldOverwriteInput: (file) => `Tệp kết quả trùng với tệp gốc "${file}". Thêm --in-place nếu muốn ghi thẳng vào tệp gốc.`,
  reading: (file) => `Đọc tệp ${file}…`,
  checking: 'Kiểm tra…',
  ranking: 'Xếp hạng…',
  writing: (file) => `Ghi tệp ${file}…`,
  notScoringWorkbook: (file) =>
    `Tệp "${file}" không phải sổ chấm điểm thi đua: không có trang Cấu hình, Thành viên hay Tiêu chí.`,
  errorsNoOutput: (n) => `Sổ chấm điểm có ${n} lỗi; chưa xếp hạng và không ghi tệp kết quả. Hãy sửa các lỗi rồi chạy lại.`,
  written: (file) => `Đã ghi kết quả vào ${file}`,
  ballotFormsWritten: (round, sheet) => `Đã ghi phiếu bầu vòng ${round} vào trang “${sheet}” để in cho đại biểu.`,
  templateWritten: (file) => `Đã tạo sổ chấm điểm mẫu ${file}`,
  unexpected: (m) => `Lỗi không mong đợi: ${m}. Đặt biến môi trường CUM_THI_DUA_DEBUG=1 để xem chi tiết.`,
  cluster: (name, year) => (year === '' ? name : `${name} — năm ${year}`),
  fingerprint: (f) => `Mã kiểm tra dữ liệu: ${f}`,
  severityHeading: { error: 'LỖI', warning: 'CẢNH BÁO', info: 'THÔNG TIN' },
  noProblems: 'Không có lỗi.',
  summary: (e, w, i) => `Tổng cộng: ${e} lỗi, ${w} cảnh báo, ${i} thông tin.`,
  rankingHeading: 'XẾP HẠNG',
  columns: { rank: 'Hạng', member: 'Đơn vị', total: 'Tổng điểm', band: 'Xếp loại', notes: 'Ghi chú' },
  nominationHeading: (mode) => (mode === 'vote' ? 'KẾT QUẢ SUY TÔN' : 'ĐỀ XUẤT KHEN THƯỞNG (chưa bỏ phiếu)'),
  noNominee: '(không có)',
  missingSigner: 'Thiếu --by "<họ tên người chốt số liệu>".',
  locking: 'Khóa các trang nhập liệu…',
  unlocking: 'Mở khóa các trang nhập liệu…',
  lockErrors: (n) => `Sổ chấm điểm có ${n} lỗi nên chưa chốt được số liệu. Hãy sửa hết lỗi (xem: cum-thi-dua check) rồi chốt lại.`,
  alreadyLocked: (at, fp) => `Số liệu đã được chốt lúc ${at} (mã kiểm tra ${fp}). Muốn chốt lại thì mở khóa trước (cum-thi-dua unlock).`,
  logNotOurs: (sheet) =>
    `Sổ đã có trang “${sheet}” không do chương trình tạo nên không ghi được vào nhật ký. Hãy đổi tên trang đó rồi chạy lại.`,
  notLocked: 'Số liệu chưa được chốt: trang “Nhật ký” không có lần chốt nào đang có hiệu lực. Không có gì để mở khóa.',
  locked: (at, fp, by, sheets, pw) =>
    `Đã chốt số liệu lúc ${at} — mã kiểm tra ${fp}, người chốt: ${by}.\nĐã khóa ${sheets.length} trang${pw ? ' (có mật khẩu)' : ''}: ${quotedList(sheets)}.`,
  unlocked: (sheets) =>
    sheets.length === 0 ? 'Đã ghi việc mở khóa vào nhật ký (các trang nhập liệu không còn bị khóa).' : `Đã mở khóa ${sheets.length} trang: ${quotedList(sheets)}.`,
  logSkipped: (sheet) => `Không ghi nhật ký: trang “${sheet}” không do chương trình tạo. Hãy đổi tên trang đó để chương trình ghi được nhật ký.`,
};

const en: Strings = {
  help: (version) => `cum-thi-dua ${version} — checks, scores, ranks and nominates for an emulation cluster

Usage:
  cum-thi-dua check <book.xlsx> [--json] [--lang vi|en]
      Checks every entry of the scoring workbook and lists errors and warnings.
  cum-thi-dua rank <book.xlsx> [-o <result.xlsx>] [--in-place] [--json] [--lang vi|en]
      Checks, ranks and writes the output sheets into a new file
      (by default <name>-ket-qua.xlsx beside the input). --in-place: write into the input.
      When the workbook has errors, nothing is written.
  cum-thi-dua template <new.xlsx> [--name "<cluster name>"] [--year <year>]
                       [--members "TH=Tỉnh Thanh Hóa;NA=Tỉnh Nghệ An;…"]
      Creates a blank scoring workbook (never overwrites an existing file).
  cum-thi-dua lock <book.xlsx> --by "<name of the chair>" [--password <password>]
                   [-o <file.xlsx> | --in-place] [--json]
      Signs the data off: when the workbook has no errors, protects the input sheets and
      records the time, the data fingerprint and the name in the sheet "Nhật ký"
      (by default into <name>-da-chot.xlsx beside the input).
  cum-thi-dua unlock <book.xlsx> [--password <password>] [--by "<name>"]
                     [-o <file.xlsx> | --in-place] [--json]
      Removes the protection and records the unlock in "Nhật ký"
      (by default into <name>-mo-khoa.xlsx).
  cum-thi-dua forms <book.xlsx> [-o <folder>] [--members "NA;HT"] [--deadline <dd/mm/yyyy>] [--json]
      Issues member forms: one file <folder>/<CODE>.xlsx per member (by default the folder
      <name>-phieu-cham beside the workbook) with a cover, the member's Tự chấm column and its
      Chấm chéo sheet; only score cells can be filled, prefilled with what the workbook holds.
      Never overwrites a file.
  cum-thi-dua gather <book.xlsx> <form.xlsx>… [-o <file.xlsx> | --in-place] [--replace] [--json]
      Gathers member forms: every form is checked first (cluster, year, member, criteria,
      locked cells, each score); when one is refused nothing is written. A workbook cell that
      holds another value is a conflict, kept unless --replace (by default into
      <name>-da-thu-phieu.xlsx).
  cum-thi-dua --help | --version

rank, lock, unlock and gather add rows to the sheet "Nhật ký" (the run log) of the file they write.
gather is the only command that writes into input sheets (score cell values only, logged).

Exit codes: 0 no errors (warnings allowed); 1 the workbook has errors; 2 the file cannot be
read or is not a scoring workbook; 64 wrong usage; 70 unexpected failure; 73 cannot write.
`,
  usageHint: 'See: cum-thi-dua --help',
  unknownCommand: (c) => `There is no command "${c}".`,
  missingCommand: 'A command is missing (check, rank, template, lock, unlock, forms or gather).',
  unknownOption: (o) => `There is no option "${o}".`,
  missingValue: (o) => `The option ${o} needs a value.`,
  badLang: (v) => `The language "${v}" is not supported (use vi or en).`,
  missingBook: 'The path of the scoring workbook (.xlsx) is missing.',
  missingTemplatePath: 'The path of the template to create (.xlsx) is missing.',
  tooManyArguments: (a) => `Unexpected argument "${a}".`,
  badYear: (v) => `The year "${v}" is not valid (a whole number from 2000 to 2100).`,
  badMembers: (item) => `The member "${item}" is not in the form CODE=Name.`,
  badMemberCount: (n, min, max) => `--members names ${n} member(s); a cluster has ${min} to ${max}.`,
  inPlaceWithOutput: '--in-place and -o cannot be used together.',
  badDeadline: (v) => `The deadline "${v}" is not a valid date (dd/mm/yyyy, e.g. 15/01/2023).`,
  missingForms: 'The form files to gather (.xlsx) are missing.',
  wouldOverwriteInput: (file) => `The result file is the input file "${file}". Add --in-place to write into the input itself.`,
  reading: (file) => `Reading ${file}…`,
  checking: 'Checking…',
  ranking: 'Ranking…',
  writing: (file) => `Writing ${file}…`,
  notScoringWorkbook: (file) =>
    `The file "${file}" is not a scoring workbook: it has none of the sheets Cấu hình, Thành viên, Tiêu chí.`,
  errorsNoOutput: (n) => `The workbook has ${n} error(s); nothing was ranked and no result file was written. Fix them and run again.`,
  written: (file) => `Results written to ${file}`,
  ballotFormsWritten: (round, sheet) => `The round ${round} ballot forms were written to the sheet “${sheet}”, ready to print for the delegates.`,
  templateWritten: (file) => `Blank scoring workbook created: ${file}`,
  unexpected: (m) => `Unexpected failure: ${m}. Set CUM_THI_DUA_DEBUG=1 to see the details.`,
  cluster: (name, year) => (year === '' ? name : `${name} — ${year}`),
  fingerprint: (f) => `Data fingerprint: ${f}`,
  severityHeading: { error: 'ERRORS', warning: 'WARNINGS', info: 'NOTES' },
  noProblems: 'No errors.',
  summary: (e, w, i) => `In all: ${e} error(s), ${w} warning(s), ${i} note(s).`,
  rankingHeading: 'RANKING',
  columns: { rank: 'Rank', member: 'Member', total: 'Total', band: 'Band', notes: 'Notes' },
  nominationHeading: (mode) => (mode === 'vote' ? 'RESULT OF THE VOTE' : 'PROPOSAL (not yet voted)'),
  noNominee: '(none)',
  missingSigner: 'The option --by "<name of the chair>" is missing.',
  locking: 'Protecting the input sheets…',
  unlocking: 'Unprotecting the input sheets…',
  lockErrors: (n) => `The workbook has ${n} error(s), so the data cannot be signed off. Fix them (see: cum-thi-dua check) and lock again.`,
  alreadyLocked: (at, fp) => `The data was already signed off at ${at} (fingerprint ${fp}). Unlock first (cum-thi-dua unlock) to sign off again.`,
  logNotOurs: (sheet) => `The workbook has a sheet "${sheet}" that the program did not create, so the run log cannot be written. Rename that sheet and run again.`,
  notLocked: 'The data is not signed off: the sheet "Nhật ký" holds no lock in force. Nothing to unlock.',
  locked: (at, fp, by, sheets, pw) =>
    `Data signed off at ${at} — fingerprint ${fp}, by ${by}.\nProtected ${sheets.length} sheet(s)${pw ? ' with a password' : ''}: ${sheets.map((n) => `"${n}"`).join(', ')}.`,
  unlocked: (sheets) =>
    sheets.length === 0 ? 'The unlock is recorded in the run log (the input sheets were not protected any more).' : `Unprotected ${sheets.length} sheet(s): ${sheets.map((n) => `"${n}"`).join(', ')}.`,
  logSkipped: (sheet) => `Run log not written: the sheet "${sheet}" was not created by the program. Rename it so that the program can keep its log.`,
};

export const STRINGS: Record<Lang, Strings> = { vi, en };
