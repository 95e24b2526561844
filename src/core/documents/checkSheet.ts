/**
 * `Kết quả kiểm tra` — the check report (docs/huong-dan-so-lieu.md "Output sheets"): a summary line,
 * then every problem with its severity, code, sheet, cell (a link that jumps to it), member,
 * criterion and message; errors first. Written on every run, also when the workbook could not
 * be read at all (then it is the only output sheet and the problems say why).
 *
 * Layout choices: A4 landscape, because the message column needs the width; no national header
 * block and no signature blocks, because this is the officers' working list, not a document
 * the cluster signs (docs/tai-lieu-in.md prescribes the header block for the three result sheets).
 * The scorers' deviations (scorerDeviation.ts) follow the problem list when there are any.
 */
import type { ParsedWorkbook } from '../model';
import { countBySeverity, type Problem, type Severity } from '../problems';
import type { Results } from '../results';
import type { SheetDescription } from '../sheet';
import { problemMessage, VI } from '../words';
import type { LockLine } from '../lock/describeLock';
import { MemberNames } from '../memberNames';
import { buildDocument } from './buildDocument';
import { FONT_SIZE } from './pageSetup';
import { addWorkingNotes } from './provenance';
import { describeScorerDeviation } from './scorerDeviation';
import { SheetBuilder, type OutCell } from './sheetBuilder';
import { addTableHeader, fitRow, styleTableBody } from './table';
import { clusterFullName } from './wording';
import { yearText } from '../settings/settingLines';

/** Mức độ | Mã lỗi | Trang tính | Ô | Đơn vị | Tiêu chí | Nội dung: 139 units, landscape. */
const WIDTHS = [10, 24, 16, 7, 20, 10, 52];
const HEADERS = ['Mức độ', 'Mã lỗi', 'Trang tính', 'Ô', 'Đơn vị', 'Tiêu chí', 'Nội dung'];
const CELL_COL = 3;
const MESSAGE_COL = 6;
const LINK_COLOR = '0563C1';

const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };
const SEVERITY_STYLE: Record<Severity, { color?: string; bold?: boolean }> = {
  error: { color: 'C00000', bold: true },
  warning: { color: '9C5700' },
  info: {},
};

/** Errors first, then warnings, then information; the original order kept within each (a stable sort). */
export function sortProblems(problems: readonly Problem[]): Problem[] {
  return problems.slice().sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]);
}

export function summaryLine(problems: readonly Problem[], hasResults: boolean): string {
  const n = countBySeverity(problems);
  if (problems.length === 0) {
    return hasResults ? 'Không có lỗi. Dữ liệu hợp lệ; đã tính xếp hạng và lập các trang kết quả.' : 'Không có lỗi.';
  }
  if (n.error === 0) {
    return `Không có lỗi; ${n.warning} cảnh báo, ${n.info} thông tin. Cảnh báo không chặn việc xếp hạng nhưng cần được xem lại.`;
  }
  return `Có ${n.error} lỗi, ${n.warning} cảnh báo, ${n.info} thông tin. Cần sửa hết lỗi thì mới xếp hạng được.`;
}

export interface CheckSheetInputs {
  workbook: ParsedWorkbook | null;
  results: Results | null;
  problems: readonly Problem[];
  fingerprint: string | null;
  computedAt: string;
  /** The lock line (src/core/lock/describeLock.ts); absent or null when not locked. */
  lock?: LockLine | null;
}

export function describeCheckSheet(ctx: CheckSheetInputs): SheetDescription {
  const wb = ctx.workbook;
  const names = new MemberNames(wb?.members ?? []);
  const b = new SheetBuilder(WIDTHS);
  const lastCol = WIDTHS.length - 1;

  const t = b.row();
  b.text(t, 0, lastCol, 'KẾT QUẢ KIỂM TRA DỮ LIỆU', { hAlign: 'center', bold: true, fontSize: FONT_SIZE.title }, FONT_SIZE.title);
  const year = wb ? yearText(wb) : '';
  const sub = wb
    ? `${clusterFullName(wb.settings.clusterName)}${year === '' ? '' : ` – năm ${year}`}`
    : 'Không đọc được bảng tính chấm điểm: xem các lỗi dưới đây.';
  const st = b.row();
  b.text(st, 0, lastCol, sub, { hAlign: 'center', bold: true, fontSize: FONT_SIZE.body }, FONT_SIZE.body);
  const errors = ctx.problems.some((p) => p.severity === 'error');
  b.paragraph(summaryLine(ctx.problems, ctx.results !== null), { bold: true, color: errors ? 'C00000' : '006100' }, FONT_SIZE.body);
  b.blank();

  const fontSize = FONT_SIZE.wideTable;
  const headerRow = addTableHeader(b, HEADERS, fontSize);
  const first = b.rowCount;
  const sorted = sortProblems(ctx.problems);
  for (const p of sorted) {
    const cells: OutCell[] = [
      VI.severity[p.severity],
      p.code,
      p.sheet,
      p.cell,
      p.member === undefined ? '' : names.name(p.member),
      p.criterion ?? '',
      problemMessage(p, 'vi'),
    ];
    const r = b.row(cells);
    if (p.sheet !== '' && p.cell !== '') b.link(r, CELL_COL, p.sheet, p.cell);
    fitRow(b, r, cells, [2, 4, MESSAGE_COL], fontSize);
  }
  if (sorted.length === 0) {
    const r = b.row();
    b.text(r, 0, lastCol, 'Không phát hiện vấn đề nào.', { hAlign: 'center' }, fontSize);
  }
  const last = b.rowCount - 1;
  styleTableBody(b, first, last, lastCol, fontSize, { wrap: true });
  if (sorted.length > 0) {
    b.style(first, 0, last, 0, { hAlign: 'center' });
    b.style(first, CELL_COL, last, CELL_COL, { hAlign: 'center', color: LINK_COLOR, underline: true });
    b.style(first, 5, last, 5, { hAlign: 'center' });
    // One style per run of equal severity (the list is sorted, so at most three runs).
    let start = 0;
    for (let i = 1; i <= sorted.length; i++) {
      if (i < sorted.length && sorted[i].severity === sorted[start].severity) continue;
      const style = SEVERITY_STYLE[sorted[start].severity];
      if (style.color !== undefined) b.style(first + start, 0, first + i - 1, 1, style);
      start = i;
    }
  }

  if (ctx.results !== null && ctx.results.deviations.length > 0) {
    b.blank();
    describeScorerDeviation(b, ctx.results.deviations, names);
  }
  b.blank();
  addWorkingNotes(b, ctx.fingerprint, ctx.computedAt, ctx.lock ?? null);

  return buildDocument(b, 'check', {
    orientation: 'landscape',
    table: { header: headerRow, lastBody: last },
    freezeRows: headerRow + 1,
    lastCol,
    provenance: { fingerprint: ctx.fingerprint, computedAt: ctx.computedAt, lock: ctx.lock ?? null },
  });
}
