/**
 * Aligned plain-text tables for the terminal. Vietnamese text may arrive decomposed (NFD: a
 * letter followed by combining marks), which would count as several columns while showing as
 * one; every cell is normalised to NFC, where each Vietnamese letter is one code point, and
 * padded by code points.
 */

/** Number of terminal columns a text takes (NFC code points). */
export function displayWidth(text: string): number {
  return [...text.normalize('NFC')].length;
}

export type Align = 'left' | 'right';

function pad(text: string, width: number, align: Align): string {
  const t = text.normalize('NFC');
  const fill = ' '.repeat(Math.max(0, width - displayWidth(t)));
  return align === 'right' ? fill + t : t + fill;
}

/**
 * Renders rows under a header, columns separated by two spaces. The last column is never
 * padded (no trailing spaces).
 */
export function renderTable(header: string[], rows: string[][], align: Align[]): string[] {
  const widths = header.map((h, c) => Math.max(displayWidth(h), ...rows.map((r) => displayWidth(r[c] ?? ''))));
  const line = (cells: string[]): string =>
    cells
      .map((cell, c) => (c === cells.length - 1 && align[c] !== 'right' ? cell.normalize('NFC') : pad(cell, widths[c], align[c] ?? 'left')))
      .join('  ')
      .replace(/\s+$/, '');
  return [line(header), line(widths.map((w) => '─'.repeat(w))), ...rows.map(line)];
}
