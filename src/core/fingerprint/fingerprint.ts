/**
 * The data fingerprint (workbook-format.md, "Output sheets"): the first 16 hex digits of the
 * SHA-256 of a canonical text of every parsed input that counts, grouped by four. Cell
 * positions, formatting, row order and spelling variants that parse to the same data do not
 * change it; any change of a counted value does.
 */
import type { ParsedWorkbook, ScoreSheet } from '../model';
import { sha256Hex, utf8 } from './sha256';

function sheetText(s: ScoreSheet): string {
  // Rows are members in `Thành viên` order, columns leaves in `Tiêu chí` order; blank = "".
  return s.values.map((row) => row.map((v) => (v === null ? '' : String(v))).join(',')).join(';');
}

/** The canonical text that the fingerprint hashes. Versioned so that a format change is visible. */
export function canonicalText(wb: ParsedWorkbook): string {
  const { view: _view, ...settings } = wb.settings;
  const parts: string[] = [
    'cum-thi-dua/1',
    JSON.stringify(settings),
    JSON.stringify(wb.members.map((m) => [m.code, m.name, m.aliases, m.signedCovenant, m.ineligibleReason])),
    JSON.stringify(wb.criteria.map((c) => [c.code, c.text, c.max, c.type, c.parent])),
    JSON.stringify(wb.bands.map((b) => [b.name, b.from])),
  ];
  for (const s of [wb.self, wb.appraisal, ...wb.cross]) {
    if (s) parts.push(`${s.kind}|${s.scorer ?? ''}|${sheetText(s)}`);
  }
  if (wb.ballots) {
    parts.push(
      JSON.stringify(
        wb.ballots.map((b) => [b.number, b.flag.members, b.flag.unknown, b.flag.invalid, b.certificate.members, b.certificate.unknown, b.certificate.invalid]),
      ),
    );
  }
  return parts.join('\n');
}

/** Full SHA-256 hex of the canonical text. */
export function fingerprintOf(wb: ParsedWorkbook): string {
  return sha256Hex(utf8(canonicalText(wb)));
}

/** "3F2A-91C0-7D4E-0B18": the first 16 hex digits in groups of four, upper case. */
export function formatFingerprint(hex: string): string {
  return hex.slice(0, 16).toUpperCase().replace(/(.{4})(?=.)/g, '$1-');
}
