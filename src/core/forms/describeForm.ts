/**
 * One member's scoring form ("phiếu chấm", docs/phieu-cham.md) described from the workbook:
 *
 * - `Trang bìa`: cluster, year, member, deadline, when it was issued, the criteria fingerprint,
 *   one free-text cell for who filled it, the instructions and the cluster's bands;
 * - `Tự chấm`: every criterion with its type and maximum, and the member's own column;
 * - `Chấm chéo - <MÃ>` when the workbook uses cross-scoring: one column per member it scores
 *   (its own too when `Tính điểm tự chấm khi chấm chéo` is `Có`);
 * - the hidden identity sheet (identitySheet.ts).
 *
 * Score cells are unlocked, yellow and validated (a number from 0 to the leaf maximum); every
 * other cell is locked when the file engine protects the sheets. Score cells hold what the workbook
 * already has for the member, so a form can be issued again for corrections.
 */
import { a1, a1Range } from '../grid';
import type { Points } from '../hundredths';
import type { Member, ParsedWorkbook, ScoreSheet } from '../model';
import type { CellStyle } from '../sheet';
import { SheetBuilder, type OutCell } from '../documents/sheetBuilder';
import { a4PageSetup } from '../documents/pageSetup';
import { clusterFullName, clusterHeading } from '../documents/wording';
import { criteriaFingerprint } from './criteriaFingerprint';
import { CRITERION_TYPE_WORDS, crossSheetName, SCORE_HEADERS, SHEET_NAMES } from '../words/format';
import { FORM_COVER_SHEET } from '../words/formFormat';
import { FORM_TEXT } from './formWording';
import type { FormBlock, FormBook, FormNumberInput, FormSheet } from './formTypes';
import { describeIdentity } from './identitySheet';

export interface FormOptions {
  /** The deadline as printed ("15/01/2023"); null when none was given. */
  deadline: string | null;
  /** When the forms are issued, as the program prints times ("05/12/2026 10:00"). */
  issuedAt: string;
}

const FONT = { name: 'Times New Roman', size: 12 };
const HEADER: CellStyle = { bold: true, fill: 'DDEBF7', hAlign: 'center', vAlign: 'middle', wrap: true, border: true };
const GROUP: CellStyle = { bold: true, fill: 'F2F2F2' };
/** The score cells: yellow, so that "the yellow cells" is all an officer needs to be told. */
export const INPUT_STYLE: CellStyle = { fill: 'FFF2CC', numberFormat: '0.00', hAlign: 'right', unlocked: true };
const TEXT_INPUT: CellStyle = { fill: 'FFF2CC', unlocked: true, wrap: true, hAlign: 'left' };

/** Rows above the score table: title, scorer, guide. */
const TITLE_ROWS = 3;

/** True when the workbook uses cross-scoring: it has cross sheets, or cross-scoring is the source. */
export function usesCrossScoring(wb: ParsedWorkbook): boolean {
  return wb.cross.length > 0 || wb.settings.scoreSource === 'cross';
}

/** The members a member scores on its cross sheet: the others, and itself when the cluster counts it. */
export function crossTargets(wb: ParsedWorkbook, member: Member): Member[] {
  return wb.members.filter((m) => m.code !== member.code || wb.settings.countSelfInCross);
}

const pointsCell = (h: Points | null | undefined): number | null => (h === null || h === undefined ? null : h / 100);

interface Built {
  sheet: FormSheet;
  block: FormBlock;
  prefilled: number;
  inputs: number;
}

/** `Tự chấm` or `Chấm chéo - <MÃ>` of the form: the criteria down, the input columns across. */
function scoreSheet(wb: ParsedWorkbook, member: Member, kind: 'self' | 'cross', targets: readonly Member[], source: ScoreSheet | null): Built {
  const guidance = wb.criteria.some((c) => c.guidance !== '');
  const first = 4; // column E: the first input column
  const widths = [9, 46, 9, 10, ...targets.map(() => 13), ...(guidance ? [42] : [])];
  const b = new SheetBuilder(widths);
  const year = wb.settings.year;
  const name = kind === 'self' ? SHEET_NAMES.self : crossSheetName(member.code);

  const title = b.paragraph(kind === 'self' ? FORM_TEXT.selfTitle(year) : FORM_TEXT.crossTitle(year), { bold: true, hAlign: 'center' }, 13);
  b.paragraph(FORM_TEXT.scorerLine(member.name, clusterFullName(wb.settings.clusterName)), { hAlign: 'center', italic: true }, FONT.size);
  b.paragraph(kind === 'self' ? FORM_TEXT.selfGuide : FORM_TEXT.crossGuide, { color: 'C00000' }, FONT.size);
  if (title !== 0 || b.rowCount !== TITLE_ROWS) throw new Error('form layout');

  const headers = [SCORE_HEADERS.code, SCORE_HEADERS.text, FORM_TEXT.typeHeader, SCORE_HEADERS.max, ...targets.map((t) => t.name), ...(guidance ? [FORM_TEXT.guidanceHeader] : [])];
  const h = b.row(headers);
  b.style(h, 0, h, b.lastCol, HEADER);
  headers.forEach((text, c) => b.fitText(h, text, widths[c], FONT.size, { bold: true }));

  const last = first + targets.length - 1;
  const rows: FormBlock['rows'] = [];
  const byMax = new Map<Points, string[]>();
  const memberIndex = new Map(wb.members.map((m, i) => [m.code, i]));
  let prefilled = 0;
  for (const c of wb.criteria) {
    const leaf = c.leafIndex >= 0;
    const cells: OutCell[] = [c.code, c.text, CRITERION_TYPE_WORDS[c.type], c.max / 100];
    for (const t of targets) {
      const v = leaf && source ? pointsCell(source.values[memberIndex.get(t.code) ?? -1]?.[c.leafIndex]) : null;
      if (v !== null) prefilled++;
      cells.push(v);
    }
    if (guidance) cells.push(c.guidance === '' ? null : c.guidance);
    const r = b.row(cells);
    b.fitText(r, c.text, widths[1], FONT.size, leaf ? {} : { bold: true });
    if (guidance && c.guidance !== '') b.fitText(r, c.guidance, widths[widths.length - 1], FONT.size);
    if (!leaf) {
      b.style(r, 0, r, b.lastCol, GROUP);
      continue;
    }
    rows.push({ row: r, leaf: c.code });
    if (targets.length > 0) {
      b.style(r, first, r, last, INPUT_STYLE);
      const list = byMax.get(c.max) ?? [];
      list.push(targets.length === 1 ? a1(r, first) : a1Range(r, first, r, last));
      byMax.set(c.max, list);
    }
  }
  const end = b.rowCount - 1;
  b.style(h + 1, 0, end, b.lastCol, { border: true, vAlign: 'middle' });
  b.style(h + 1, 1, end, 1, { wrap: true });
  b.style(h + 1, 2, end, 2, { hAlign: 'center' });
  b.style(h + 1, 3, end, 3, { numberFormat: '0.00' });
  if (guidance) b.style(h + 1, b.lastCol, end, b.lastCol, { wrap: true });

  const step = wb.settings.scoreStep;
  const numbers: FormNumberInput[] = [...byMax].map(([max, ranges]) => ({
    ranges,
    max: max / 100,
    title: FORM_TEXT.validation.title,
    prompt: FORM_TEXT.validation.prompt(max, step),
    errorTitle: FORM_TEXT.validation.errorTitle,
    error: FORM_TEXT.validation.error(max),
  }));
  const description = b.build({
    key: 'input',
    name,
    mark: null,
    font: FONT,
    pageSetup: a4PageSetup({ orientation: 'landscape', printArea: { lastRow: end, lastCol: b.lastCol }, printTitleRows: { first: h + 1, last: h + 1 }, footer: '', gridlines: false }),
    freezeRows: h + 1,
  });
  const columns = targets.map((t, i) => ({ col: first + i, member: t.code }));
  return {
    sheet: { kind, description, numbers, texts: [] },
    block: { name, kind, rows, columns, copy: lockedCopy(description.values, rows, columns) },
    prefilled,
    inputs: rows.length * columns.length,
  };
}

/** The sheet's values with the input cells blank: what its locked cells must still hold. */
function lockedCopy(values: readonly OutCell[][], rows: FormBlock['rows'], columns: FormBlock['columns']): OutCell[][] {
  const copy = values.map((line) => line.slice());
  for (const { row } of rows) for (const { col } of columns) copy[row][col] = null;
  return copy;
}

function coverSheet(wb: ParsedWorkbook, member: Member, options: FormOptions, fingerprint: string, cross: boolean): { sheet: FormSheet; block: FormBlock } {
  const T = FORM_TEXT.cover;
  const widths = [30, 64];
  const b = new SheetBuilder(widths);
  const s = wb.settings;
  b.paragraph(clusterHeading(s.clusterName), { bold: true, hAlign: 'center' }, 13);
  b.paragraph(FORM_TEXT.coverTitle(s.year), { bold: true, hAlign: 'center' }, 14);
  b.blank();
  const field = (label: string, value: OutCell): number => {
    const r = b.row([label, value]);
    b.style(r, 0, r, 0, { bold: true });
    b.style(r, 0, r, 1, { border: true, vAlign: 'middle', wrap: true });
    b.style(r, 1, r, 1, { hAlign: 'left' });
    if (typeof value === 'string') b.fitText(r, value, widths[1], FONT.size);
    b.fitText(r, label, widths[0], FONT.size, { bold: true });
    return r;
  };
  field(T.member, T.memberValue(member.name, member.code));
  field(T.cluster, clusterFullName(s.clusterName));
  field(T.year, String(s.year));
  field(T.deadline, options.deadline ?? T.noDeadline);
  field(T.issuedAt, options.issuedAt);
  field(T.criteria, fingerprint);
  const signer = field(T.signer, null);
  b.style(signer, 1, signer, 1, TEXT_INPUT);
  b.minHeight(signer, 32);
  b.blank();
  b.paragraph(T.guideTitle, { bold: true }, FONT.size);
  FORM_TEXT.instructions({ member: member.code, cross, step: s.scoreStep }).forEach((text, i) => b.paragraph(`${i + 1}. ${text}`, {}, FONT.size));
  b.blank();
  b.paragraph(T.bandsTitle, { bold: true }, FONT.size);
  const bh = b.row([T.bandName, T.bandFrom]);
  b.style(bh, 0, bh, 1, HEADER);
  const firstBand = b.rowCount;
  for (const band of wb.bands) b.row([band.name, band.from / 100]);
  if (b.rowCount > firstBand) {
    b.style(firstBand, 0, b.rowCount - 1, 1, { border: true });
    b.style(firstBand, 1, b.rowCount - 1, 1, { numberFormat: '0.00', hAlign: 'center' });
  }
  b.paragraph(T.baseLine(wb.baseMax), { italic: true }, FONT.size);
  const description = b.build({
    key: 'input',
    name: FORM_COVER_SHEET,
    mark: null,
    font: FONT,
    pageSetup: a4PageSetup({ orientation: 'portrait', printArea: { lastRow: b.rowCount - 1, lastCol: 1 }, printTitleRows: null, footer: '', gridlines: false }),
    freezeRows: 0,
  });
  const block: FormBlock = {
    name: FORM_COVER_SHEET,
    kind: 'cover',
    rows: [{ row: signer, leaf: '' }],
    columns: [{ col: 1, member: '' }],
    copy: lockedCopy(description.values, [{ row: signer, leaf: '' }], [{ col: 1, member: '' }]),
  };
  return { sheet: { kind: 'cover', description, numbers: [], texts: [a1(signer, 1)] }, block };
}

/** The form of one member of a workbook. */
export function describeForm(wb: ParsedWorkbook, memberCode: string, options: FormOptions): FormBook {
  const member = wb.members.find((m) => m.code === memberCode);
  if (!member) throw new Error(`no member ${memberCode}`);
  const fingerprint = criteriaFingerprint(wb);
  const cross = usesCrossScoring(wb);
  const cover = coverSheet(wb, member, options, fingerprint, cross);
  const scored: Built[] = [scoreSheet(wb, member, 'self', [member], wb.self)];
  if (cross) {
    const source = wb.cross.find((s) => s.scorer === member.code) ?? null;
    scored.push(scoreSheet(wb, member, 'cross', crossTargets(wb, member), source));
  }
  const blocks = [cover.block, ...scored.map((x) => x.block)];
  const identity = describeIdentity(
    {
      cluster: wb.settings.clusterName,
      year: wb.settings.year,
      member: member.code,
      memberName: member.name,
      criteria: fingerprint,
      deadline: options.deadline ?? '',
      issuedAt: options.issuedAt,
    },
    blocks,
  );
  return {
    member: member.code,
    memberName: member.name,
    fileName: formFileName(member.code),
    title: FORM_TEXT.title(member.name, wb.settings.year),
    sheets: [cover.sheet, ...scored.map((x) => x.sheet)],
    identity,
    inputs: scored.reduce((n, x) => n + x.inputs, 0),
    prefilled: scored.reduce((n, x) => n + x.prefilled, 0),
  };
}

/**
 * "NA.xlsx": the member's code, which the workbook format keeps to letters, digits, "_" and "-"
 * (docs/huong-dan-so-lieu.md), so it is a file name on every system.
 */
export const formFileName = (code: string): string => `${code}.xlsx`;
