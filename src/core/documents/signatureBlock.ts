/**
 * Signature blocks at the end of a printed sheet (docs/tai-lieu-in.md): "TM. CỤM THI ĐUA / CỤM TRƯỞNG"
 * with the head member's name under the signing space, and one "CỤM PHÓ" block per deputy, side
 * by side. As in Decree 30 documents, the block with the authority to sign for the body (the
 * head's) sits on the right; the deputies' blocks are to its left.
 */
import type { Settings } from '../model';
import type { MemberNames } from '../memberNames';
import { FONT_SIZE } from './pageSetup';
import type { SheetBuilder } from './sheetBuilder';

/** Empty rows left for the signature and seal. */
const SIGNING_ROWS = 4;

export interface Signer {
  /** "TM. CỤM THI ĐUA" above the role, for the one who signs for the cluster. */
  onBehalf: string | null;
  role: string;
  name: string;
}

/** The cluster's signers: deputies first (left), head last (right). */
export function clusterSigners(s: Settings, names: MemberNames): Signer[] {
  const out: Signer[] = s.deputies.map((d) => ({ onBehalf: null, role: 'CỤM PHÓ', name: names.name(d) }));
  out.push({ onBehalf: 'TM. CỤM THI ĐUA', role: 'CỤM TRƯỞNG', name: s.head === '' ? '' : names.name(s.head) });
  return out;
}

/**
 * Splits columns 0..n-1 into `parts` contiguous ranges of about equal printed width, each at
 * least one column (fewer ranges when there are fewer columns).
 */
export function splitColumns(widths: readonly number[], parts: number): { c0: number; c1: number }[] {
  const k = Math.max(1, Math.min(parts, widths.length));
  const total = widths.reduce((a, b) => a + b, 0);
  const out: { c0: number; c1: number }[] = [];
  let c0 = 0;
  let acc = 0;
  for (let i = 1; i < k; i++) {
    const target = (total * i) / k;
    let c1 = c0;
    acc += widths[c1];
    // Extend while that brings the boundary closer to the target and leaves a column for each remaining part.
    while (c1 + 1 < widths.length - (k - i) && Math.abs(acc + widths[c1 + 1] - target) < Math.abs(acc - target)) {
      c1++;
      acc += widths[c1];
    }
    out.push({ c0, c1 });
    c0 = c1 + 1;
  }
  out.push({ c0, c1: widths.length - 1 });
  return out;
}

/** Appends a blank row and the signature blocks. */
export function addSignatures(b: SheetBuilder, signers: readonly Signer[]): void {
  if (signers.length === 0) return;
  b.blank();
  const blocks = splitColumns(b.columnWidths, signers.length);
  // More signers than columns cannot happen with our sheets (≥ 7 columns, ≤ 3 signers); if it
  // did, the last block would carry the remaining signers' names together.
  const placed = blocks.map((_block, i) => (i < blocks.length - 1 ? [signers[i]] : signers.slice(i)));
  const centred = { hAlign: 'center' as const, vAlign: 'top' as const };
  const rBehalf = b.row();
  const rRole = b.row();
  b.blank(SIGNING_ROWS);
  const rName = b.row();
  blocks.forEach((blk, i) => {
    const group = placed[i];
    const behalf = group.map((s) => s.onBehalf).find((x) => x !== null) ?? null;
    if (behalf !== null) b.text(rBehalf, blk.c0, blk.c1, behalf, { ...centred, bold: true }, FONT_SIZE.body);
    b.text(rRole, blk.c0, blk.c1, group.map((s) => s.role).join(' / '), { ...centred, bold: true }, FONT_SIZE.body);
    b.text(rName, blk.c0, blk.c1, group.map((s) => s.name).join(' / '), { ...centred, bold: true }, FONT_SIZE.body);
  });
}
