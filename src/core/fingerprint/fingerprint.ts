/**
 * The data fingerprint ("mã kiểm tra dữ liệu", docs/ma-kiem-tra-du-lieu.md): the first 16 hex
 * digits of the SHA-256 of a canonical text of the counted input cells, grouped by four. The rule:
 * the fingerprint changes exactly when a counted input cell changes. Cell positions, formatting,
 * row order and spellings that read as the same data do not count; defaults do not count either,
 * only what the workbook writes — so a new setting, sheet or column that a workbook does not use
 * never changes its fingerprint, and a sign-off recorded in `Nhật ký` stays valid.
 *
 * The text is a versioned list of parts (COUNTED_PARTS). The parts of version 1 are frozen: they
 * reproduce, byte for byte, the text of the first release (test/core/fingerprint/golden-*.json).
 * A later version appends parts; a part is present only when the workbook has what it counts
 * (it returns null otherwise), so older workbooks keep their text.
 */
import type { MeetingText, ParsedWorkbook, ScoreSheet, SettingValues } from '../model';
import { SETTING_IDS, type SettingId } from '../settings/settingIds';
import { sha256Hex, utf8 } from './sha256';
import { v1Bands, v1SettingsOf, V1_SETTINGS } from './v1Settings';

/** One part of the canonical text: its lines, or null when the workbook has nothing it counts. */
export interface CountedPart {
  /** The fingerprint version that added the part. */
  since: number;
  /** What it counts, for people reading this list. */
  counts: string;
  text(wb: ParsedWorkbook): string | string[] | null;
}

function scoreSheetLine(s: ScoreSheet): string {
  // Rows are members in `Thành viên` order, columns leaves in `Tiêu chí` order; blank = "".
  const cells = s.values.map((row) => row.map((v) => (v === null ? '' : String(v))).join(',')).join(';');
  return `${s.kind}|${s.scorer ?? ''}|${cells}`;
}

/**
 * Settings written in `Cấu hình` that version 1 did not know, in SETTING_IDS order, one line
 * each: "+setting <id> <value as JSON>". None for a workbook that writes none of them.
 */
function addedSettingLines(wb: ParsedWorkbook): string[] | null {
  const known = new Set<SettingId>(V1_SETTINGS);
  const lines: string[] = [];
  for (const id of SETTING_IDS) {
    if (known.has(id)) continue;
    const value = (wb.writtenSettings as Partial<Record<keyof SettingValues, unknown>>)[id];
    if (value !== undefined) lines.push(`+setting ${id} ${JSON.stringify(value)}`);
  }
  return lines.length > 0 ? lines : null;
}

/**
 * `Hội nghị`: every filled item as written, one line "+meeting <JSON>"; none when the workbook has
 * no such sheet or fills nothing in it (the template's dots are not filled).
 */
function meetingLine(wb: ParsedWorkbook): string | null {
  const m = wb.meeting;
  if (!m) return null;
  const text = (x: MeetingText | null): string | null => x?.text ?? null;
  const single = [m.number, m.start, m.end, m.place, m.chair, m.secretary, m.countingPanel, m.submissionSigner, m.submissionNumber];
  if (single.every((x) => x === null) && m.centralDelegates.length + m.delegates.length + m.recipients.length === 0) return null;
  return (
    '+meeting ' +
    JSON.stringify([
      ...single.map(text),
      m.centralDelegates.map((d) => d.text),
      m.delegates.map((d) => [d.member, d.text]),
      m.recipients.map((r) => r.text),
    ])
  );
}

/** `Vòng` of each paper, in the order of the ballots part; none while every paper is of round 1. */
function ballotRoundsLine(wb: ParsedWorkbook): string | null {
  if (!wb.ballots || wb.ballots.every((b) => b.round === 1)) return null;
  return '+rounds ' + JSON.stringify(wb.ballots.map((b) => b.round));
}

/** What the fingerprint counts, in the order of its text. Append only; never edit a part of an earlier version. */
export const COUNTED_PARTS: readonly CountedPart[] = [
  { since: 1, counts: 'the version of the text', text: () => 'cum-thi-dua/1' },
  { since: 1, counts: 'the settings of version 1, as written or their version-1 default', text: v1SettingsOf },
  {
    since: 1,
    counts: 'members: code, name, aliases, covenant, declared reason',
    text: (wb) => JSON.stringify(wb.members.map((m) => [m.code, m.name, m.aliases, m.signedCovenant, m.ineligibleReason])),
  },
  {
    since: 1,
    counts: 'criteria: code, text, maximum, type, parent',
    text: (wb) => JSON.stringify(wb.criteria.map((c) => [c.code, c.text, c.max, c.type, c.parent])),
  },
  { since: 1, counts: 'bands (version 1 default table when the sheet is absent)', text: (wb) => JSON.stringify(v1Bands(wb).map((b) => [b.name, b.from])) },
  {
    since: 1,
    counts: 'every score cell of Tự chấm, Thẩm định and each Chấm chéo sheet',
    text: (wb) => [wb.self, wb.appraisal, ...wb.cross].filter((s): s is ScoreSheet => s !== null).map(scoreSheetLine),
  },
  {
    since: 1,
    counts: 'ballots: number, and for each award the members named, unknown names, validity',
    text: (wb) =>
      wb.ballots
        ? JSON.stringify(
            wb.ballots.map((b) => [b.number, b.flag.members, b.flag.unknown, b.flag.invalid, b.certificate.members, b.certificate.unknown, b.certificate.invalid]),
          )
        : null,
  },
  { since: 2, counts: 'settings added after version 1, only those the workbook writes', text: addedSettingLines },
  { since: 3, counts: 'Hội nghị: every filled item, when the workbook has the sheet and fills it', text: meetingLine },
  { since: 3, counts: 'Phiếu bầu: the round (Vòng) of each paper, when one is not round 1', text: ballotRoundsLine },
];

/** The canonical text that the fingerprint hashes. */
export function canonicalText(wb: ParsedWorkbook): string {
  const lines: string[] = [];
  for (const part of COUNTED_PARTS) {
    const t = part.text(wb);
    if (t === null) continue;
    if (Array.isArray(t)) lines.push(...t);
    else lines.push(t);
  }
  return lines.join('\n');
}

/** Full SHA-256 hex of the canonical text. */
export function fingerprintOf(wb: ParsedWorkbook): string {
  return sha256Hex(utf8(canonicalText(wb)));
}

/** "3F2A-91C0-7D4E-0B18": the first 16 hex digits in groups of four, upper case. */
export function formatFingerprint(hex: string): string {
  return hex.slice(0, 16).toUpperCase().replace(/(.{4})(?=.)/g, '$1-');
}
