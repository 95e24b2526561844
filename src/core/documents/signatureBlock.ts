/**
 * Signature blocks at the end of a printed document (docs/tai-lieu-in.md "Phần ký"; Decree
 * 30/2020 Appendix I): the authority and the signer's title in bold capitals ("TM. CỤM THI ĐUA" /
 * "CỤM TRƯỞNG"), a space to sign and stamp, then the PERSON's name in bold — or a dotted line to
 * write it by hand when the workbook does not give it. Never a member's name where a person's
 * name belongs.
 *
 * Blocks sit side by side in equal parts of the width, the one that signs for the body on the
 * right (Decree 30 documents): `[null, block]` puts a single block in the right half, `[secretary,
 * chair]` the secretary left and the chair right. The blocks stay on one page, with the line
 * of text before them.
 */
import { FONT_SIZE } from './pageSetup';
import type { DocumentPeople } from './people';
import type { SheetBuilder } from './sheetBuilder';

/** Empty rows left for the signature and seal. */
const SIGNING_ROWS = 4;
/** Printed where a name is not known: written in by hand. */
export const NAME_DOTS = '………………………………';

export interface SignatureBlock {
  /** Lines above the signing space, in capitals: ["TM. CỤM THI ĐUA", "CỤM TRƯỞNG"]. */
  heading: string[];
  /** The signer's full name; null prints a dotted line. */
  name: string | null;
}

/** The annexes' block: on behalf of the cluster, its head, with the chair's name. */
export function clusterHeadBlock(people: DocumentPeople): SignatureBlock {
  return { heading: ['TM. CỤM THI ĐUA', 'CỤM TRƯỞNG'], name: people.chair?.name ?? null };
}

/** The minutes' blocks: the secretary on the left, the chair on the right. */
export function minutesBlocks(people: DocumentPeople): SignatureBlock[] {
  return [
    { heading: ['THƯ KÝ'], name: people.secretary?.name ?? null },
    { heading: ['CHỦ TỌA'], name: people.chair?.name ?? null },
  ];
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

/**
 * Appends a blank row and the blocks side by side (null: an empty part); returns the rows of
 * the names. The blank row, the headings, the signing space and the names are kept on one page.
 */
export function addSignatureBlocks(b: SheetBuilder, blocks: readonly (SignatureBlock | null)[]): number {
  const start = b.blank();
  const parts = splitColumns(b.columnWidths, blocks.length);
  const headingRows = Math.max(1, ...blocks.map((x) => x?.heading.length ?? 0));
  const rows: number[] = [];
  for (let i = 0; i < headingRows; i++) rows.push(b.row());
  b.blank(SIGNING_ROWS);
  const nameRow = b.row();
  const centred = { hAlign: 'center' as const, vAlign: 'top' as const, bold: true };
  blocks.forEach((block, i) => {
    const part = parts[i];
    if (block === null || part === undefined) return;
    block.heading.forEach((line, k) => b.text(rows[k], part.c0, part.c1, line.toUpperCase(), centred, FONT_SIZE.body));
    const name = block.name === null || block.name.trim() === '' ? null : block.name.trim();
    b.text(nameRow, part.c0, part.c1, name ?? NAME_DOTS, name === null ? { ...centred, bold: false } : centred, FONT_SIZE.body);
  });
  // With the line before them: a signature never stands alone at the top of a page.
  b.keep(Math.max(0, start - 1), nameRow);
  return nameRow;
}
