/**
 * The identity sheet of a member form (`~ctd-phieu`, docs/phieu-cham.md), written and read here:
 * plain cell values, so that Excel, LibreOffice and WPS keep them through any save, in a very
 * hidden, protected sheet that a workbook-scoped name points at.
 *
 *   A1 "cum-thi-dua: phiếu chấm"   B1 version
 *   then one row per label (Tên cụm, Năm, Mã thành viên, Tên thành viên, Mã bộ tiêu chí, Hạn gửi,
 *   Phát lúc, Số trang), and a blank row;
 *   then for each visible sheet a block:
 *     Trang | <sheet name> | <kind> | <rows of the copy> | <columns of the copy> | <input columns> | <input rows>
 *     one row per input column: Cột nhập | 1-based column | the member it is for
 *     one row per input row:    Dòng nhập | 1-based row | the leaf it scores
 *     the copy: the sheet's values as issued, input cells blank (the locked cells)
 *     a blank row.
 *   Lists run down, not across, so that the sheet stays as narrow as the widest form sheet.
 *
 * Texts stay texts (a code "1.1" is written as text, never as a number).
 */
import { cellAt, isBlank, type CellValue, type SheetGrid } from '../grid';
import { plainSheet, type SheetDescription } from '../sheet';
import { cleanText, matchKey } from '../text';
import { FORM_BLOCK_LABELS, FORM_IDENTITY_SHEET, FORM_LABELS, FORM_MARK, FORM_MARKER, FORM_SHEET_KINDS, FORM_VERSION, type FormSheetKind } from '../words/formFormat';
import type { FormBlock, FormIdentity } from './formTypes';

type Line = (string | number | null)[];

export function describeIdentity(id: Omit<FormIdentity, 'version'>, blocks: readonly FormBlock[]): SheetDescription {
  const L = FORM_LABELS;
  const B = FORM_BLOCK_LABELS;
  const lines: Line[] = [
    [FORM_MARKER, FORM_VERSION],
    [L.cluster, id.cluster],
    [L.year, id.year],
    [L.member, id.member],
    [L.memberName, id.memberName],
    [L.criteria, id.criteria],
    [L.deadline, id.deadline === '' ? null : id.deadline],
    [L.issuedAt, id.issuedAt],
    [L.sheets, blocks.length],
    [],
  ];
  for (const b of blocks) {
    const width = b.copy.reduce((w, r) => Math.max(w, r.length), 0);
    lines.push([B.sheet, b.name, FORM_SHEET_KINDS[b.kind], b.copy.length, width, b.columns.length, b.rows.length]);
    for (const c of b.columns) lines.push([B.columns, c.col + 1, c.member || null]);
    for (const r of b.rows) lines.push([B.rows, r.row + 1, r.leaf || null]);
    for (const row of b.copy) lines.push(row.slice());
    lines.push([]);
  }
  const width = lines.reduce((w, r) => Math.max(w, r.length), 2);
  const values = lines.map((r) => [...r, ...Array<null>(width - r.length).fill(null)]);
  return plainSheet({ key: 'input', name: FORM_IDENTITY_SHEET, values, font: { name: 'Times New Roman', size: 11 }, mark: FORM_MARK });
}

/** The identity sheet of a form's input: by its mark, by its name, or by the marker in A1. */
export function findIdentityGrid(sheets: readonly SheetGrid[], marks: readonly { mark: string; sheet: string }[] | undefined): SheetGrid | null {
  const marked = (marks ?? []).find((m) => m.mark.toLowerCase() === FORM_MARK.toLowerCase());
  const byKey = (name: string): SheetGrid | undefined => sheets.find((s) => matchKey(s.name) === matchKey(name));
  return (
    (marked ? byKey(marked.sheet) : undefined) ??
    byKey(FORM_IDENTITY_SHEET) ??
    sheets.find((s) => matchKey(cellAt(s, 0, 0)) === matchKey(FORM_MARKER)) ??
    null
  );
}

export type IdentityRead = { ok: true; identity: FormIdentity; blocks: FormBlock[] } | { ok: false; reason: 'damaged' | 'newer'; version?: number };

const text = (v: CellValue): string => (typeof v === 'number' ? String(v) : cleanText(v));

const isLabel = (grid: SheetGrid, r: number, label: string): boolean => matchKey(cellAt(grid, r, 0)) === matchKey(label);

/** A whole number ≥ 0 (a count), or null. */
const count = (v: CellValue): number | null => (typeof v === 'number' && Number.isInteger(v) && v >= 0 ? v : typeof v === 'string' && /^\s*\d+\s*$/.test(v) ? Number(v) : null);

const positive = (v: CellValue): number | null => (typeof v === 'number' && Number.isInteger(v) && v >= 1 ? v : typeof v === 'string' && /^\s*\d+\s*$/.test(v) && Number(v) >= 1 ? Number(v) : null);

/** Reads what describeIdentity wrote. A sheet that does not read back is 'damaged'. */
export function readIdentity(grid: SheetGrid): IdentityRead {
  const version = positive(cellAt(grid, 0, 1));
  if (version === null) return { ok: false, reason: 'damaged' };
  if (version > FORM_VERSION) return { ok: false, reason: 'newer', version };
  const height = (grid.top ?? 0) + grid.values.length;
  const head = new Map<string, CellValue>();
  let r = 1;
  for (; r < height; r++) {
    if (isBlank(cellAt(grid, r, 0))) break;
    head.set(matchKey(cellAt(grid, r, 0)), cellAt(grid, r, 1));
  }
  const get = (label: string): CellValue => head.get(matchKey(label));
  const L = FORM_LABELS;
  const sheets = positive(get(L.sheets));
  const yearValue = get(L.year);
  const year = typeof yearValue === 'number' ? yearValue : /^\s*\d{4}\s*$/.test(text(yearValue)) ? Number(text(yearValue)) : null;
  const identity: FormIdentity = {
    version,
    cluster: text(get(L.cluster)),
    year,
    member: text(get(L.member)),
    memberName: text(get(L.memberName)),
    criteria: text(get(L.criteria)),
    deadline: text(get(L.deadline)),
    issuedAt: text(get(L.issuedAt)),
  };
  if (sheets === null || identity.member === '') return { ok: false, reason: 'damaged' };

  const kinds = new Map(Object.entries(FORM_SHEET_KINDS).map(([k, w]) => [matchKey(w), k as FormSheetKind]));
  const B = FORM_BLOCK_LABELS;
  const blocks: FormBlock[] = [];
  for (r = r + 1; blocks.length < sheets; r++) {
    if (r >= height) return { ok: false, reason: 'damaged' };
    if (isBlank(cellAt(grid, r, 0))) continue;
    if (!isLabel(grid, r, B.sheet)) return { ok: false, reason: 'damaged' };
    const name = text(cellAt(grid, r, 1));
    const kind = kinds.get(matchKey(cellAt(grid, r, 2)));
    const [copyRows, width, nCols, nRows] = [3, 4, 5, 6].map((c) => count(cellAt(grid, r, c)));
    if (name === '' || !kind || copyRows === null || width === null || nCols === null || nRows === null) return { ok: false, reason: 'damaged' };
    const list = (first: number, n: number, label: string): { at: number; key: string }[] | null => {
      const out: { at: number; key: string }[] = [];
      for (let i = first; i < first + n; i++) {
        const at = positive(cellAt(grid, i, 1));
        const key = text(cellAt(grid, i, 2));
        if (!isLabel(grid, i, label) || at === null || (kind !== 'cover' && key === '')) return null;
        out.push({ at: at - 1, key });
      }
      return out;
    };
    const columns = list(r + 1, nCols, B.columns);
    const rows = list(r + 1 + nCols, nRows, B.rows);
    if (!columns || !rows) return { ok: false, reason: 'damaged' };
    const first = r + 1 + nCols + nRows;
    const copy: (string | number | null)[][] = [];
    for (let i = 0; i < copyRows; i++) {
      const line: (string | number | null)[] = [];
      for (let c = 0; c < width; c++) {
        const v = cellAt(grid, first + i, c);
        line.push(typeof v === 'number' || typeof v === 'string' ? v : null);
      }
      copy.push(line);
    }
    blocks.push({ name, kind, columns: columns.map((c) => ({ col: c.at, member: c.key })), rows: rows.map((x) => ({ row: x.at, leaf: x.key })), copy });
    r = first + copyRows - 1;
  }
  return { ok: true, identity, blocks };
}
