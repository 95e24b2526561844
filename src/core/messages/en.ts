/**
 * English problem messages, one per stable code (src/core/problems.ts), for the English UI.
 * Workbook words (sheet names, headers, setting names and values) stay in Vietnamese, since that
 * is what the officer sees in the workbook. The Record type makes a missing code a compile error.
 */
import type { ProblemCode, ProblemParams } from '../problems';
import { awardName, enNumber as n, has, text as t, type MessageFn } from './params';

const award = (p: ProblemParams): string => awardName(p, 'en');
/** A count with thousands grouped the English way: 4194304 → "4,194,304". */
const grouped = (p: ProblemParams, key: string): string => t(p, key).replace(/^\d+$/, (d) => d.replace(/\B(?=(\d{3})+$)/g, ','));
const ballot = (p: ProblemParams): string => (has(p, 'number') ? `Ballot no. ${t(p, 'number')}` : 'The ballot on this row');

const SETTING_REASON: Record<string, (p: ProblemParams) => string> = {
  number: () => 'a number is needed',
  count: () => 'a whole number of 0 or more is needed',
  year: (p) => `the year must be a whole number from ${t(p, 'min', '2000')} to ${t(p, 'max', '2100')}`,
  percent: () => 'a percentage from 0 to 100 is needed',
  nonNegative: () => 'a number of 0 or more is needed',
  precision: () => 'at most 2 decimals are allowed',
  choice: (p) => `it must be one of: ${t(p, 'options')}`,
  yesNo: () => 'it must be “Có” (yes) or “Không” (no)',
  deputyCount: () => 'name 1 or 2 members, separated by “;”',
  deputyIsHead: (p) => `${t(p, 'member')} cannot be both head and deputy`,
  memberRepeated: (p) => `${t(p, 'member')} is listed twice`,
  rotation: (p) => `the rotation must list every member exactly once; missing: ${t(p, 'missing')}`,
  tieBreakItem: (p) =>
    `“${t(p, 'item')}” is not understood; use “Nhóm <code>”, “Ít điểm trừ hơn”, “Nhiều điểm thưởng hơn” or “Tự chấm sát hơn”`,
  tieBreakGroup: (p) => `the Tiêu chí sheet has no top-level group with code “${t(p, 'group')}”`,
};

const ROW_WITHOUT_CODE: Record<string, () => string> = {
  criteria: () => 'This row has content but no criterion code in the “Mã” column, so it is skipped. Enter the code or delete the row.',
  members: () => 'This row has content but no member code in the “Mã” column, so it is skipped. Enter the code or delete the row.',
  bands: () => 'This row has a score but no band name in the “Xếp loại” column, so it is skipped. Enter the name or delete the row.',
  settings: () => 'This row has a value but no setting name in the “Tham số” column, so it is skipped. Enter the name or delete the row.',
  score: () =>
    'This row has numbers but no criterion code in the “Mã” column, so it is not read. If it is a totals row, nothing needs fixing; otherwise enter the criterion code.',
  ballots: () => 'The ballot on this row has no number in the “Phiếu số” column. It is still counted; numbering it makes checking easier.',
};

export const EN: Record<ProblemCode, MessageFn> = {
  // ---- workbook and sheets ----
  NOT_A_SCORING_WORKBOOK: (p) =>
    `This is not an emulation scoring workbook: it has no ${t(p, 'sheets', 'Cấu hình, Thành viên, Tiêu chí')} sheet. Open the cluster's workbook, or create a new one from the template.`,
  SHEET_MISSING: (p) => `The sheet “${t(p, 'sheet')}” is missing. Add it, with exactly this name, as in the template.`,
  SHEET_DUPLICATE: (p) =>
    `The sheets “${t(p, 'first')}” and “${t(p, 'sheet')}” are both the “${t(p, 'role')}” sheet. Only “${t(p, 'first')}” is read — delete or rename “${t(p, 'sheet')}”.`,
  HEADER_NOT_FOUND: (p) =>
    `No header row was found in the first 10 rows, so the sheet is not read. The header row must have the columns: ${t(p, 'headers')}.`,
  COLUMN_DUPLICATE: (p) =>
    has(p, 'member')
      ? `${t(p, 'member')} has two columns (header “${t(p, 'header')}”). Only the first is read — delete the extra column.`
      : `The column “${t(p, 'header')}” appears twice. Only the first is read — delete or rename the extra column.`,
  COLUMN_UNKNOWN: (p) =>
    t(p, 'kind', '') === 'member'
      ? `The header “${t(p, 'header')}” is not the code, name or alias of any member, so the column is ignored. This is often a misspelt member name — make it match the Thành viên sheet.`
      : `The column “${t(p, 'header')}” is not part of this sheet's layout and is ignored. If it should be read, check the header's spelling.`,
  OUTPUT_SHEET_NOT_OURS: (p) =>
    `The sheet “${t(p, 'sheet')}” has the name of one of the program's result sheets but was not created by the program. It will not be overwritten — rename it and run again.`,
  SHEET_TOO_LARGE: (p) =>
    `The sheet is too large to read${has(p, 'rows') ? ` (${grouped(p, 'rows')} rows × ${grouped(p, 'cols')} columns${has(p, 'cells') ? ` = ${grouped(p, 'cells')} used cells` : ''})` : ''}${
      has(p, 'limit') ? `, over the limit of ${grouped(p, 'limit')} cells the program can process, so the workbook was not read` : ''
    }. This is usually a stray value far down or far right (Ctrl+End goes to the last used cell). Delete the unused rows and columns at its end and run again.`,
  WORKBOOK_TOO_LARGE: (p) =>
    `The workbook is too large to process: its sheets have ${grouped(p, 'cells')} used cells in all, over the limit of ${grouped(p, 'limit')}, so it was not read.${
      has(p, 'sheet') ? ` The largest sheet is “${t(p, 'sheet')}”${has(p, 'sheetCells') ? ` (${grouped(p, 'sheetCells')} cells)` : ''}.` : ''
    } Delete unused rows and columns at the end of the sheets, or move sheets that are not part of the scoring workbook to another workbook, and run again.`,

  // ---- cell values ----
  VALUE_ERROR: (p) => `This cell holds the error value ${t(p, 'value', '')}, so it cannot be used. Fix the formula or enter the value again.`,
  NUMBER_AS_TEXT: (p) =>
    has(p, 'count')
      ? `${t(p, 'member')}'s column has ${t(p, 'count')} numbers entered as text (the first: “${t(p, 'value')}”, read as ${n(p, 'number')}). They are still read; re-enter them as numbers to avoid mistakes.`
      : `The number “${t(p, 'value')}” was entered as text; it is read as ${n(p, 'number')}. Re-enter it as a number to avoid mistakes.`,
  NUMBER_INVALID: (p) =>
    has(p, 'value')
      ? `“${t(p, 'value')}” is not a number. Enter a number, with a comma or a point before at most 2 decimals.`
      : 'This cell needs a number but is empty. Enter a number.',
  ROW_WITHOUT_CODE: (p) =>
    (ROW_WITHOUT_CODE[t(p, 'kind', '')] ?? (() => `This row has content but its “${t(p, 'column', 'Mã')}” cell is empty. Fill it in or delete the row.`))(),

  // ---- Cấu hình ----
  SETTING_UNKNOWN: (p) => `“${t(p, 'key')}” is not a known setting and is ignored. Check its spelling (e.g. “Nguồn điểm”, “Bước điểm”).`,
  SETTING_DUPLICATE: (p) => `The setting “${t(p, 'key')}” is given twice. Only the first row is used — delete the extra row.`,
  SETTING_REQUIRED: (p) => `“${t(p, 'key')}” is not set. It is required — enter a value in the “Giá trị” column.`,
  SETTING_INVALID: (p) => {
    const reason = SETTING_REASON[t(p, 'reason', '')];
    const why = reason ? reason(p) : 'the value is not allowed';
    return `The value “${t(p, 'value', '')}” of “${t(p, 'key')}” is not valid: ${why}. Correct it.`;
  },
  SETTING_MEMBER_UNKNOWN: (p) =>
    `“${t(p, 'value')}” in the setting “${t(p, 'key')}” is not the code, name or alias of any member. Write it as in the Thành viên sheet.`,
  SETTING_DEFAULT_USED: (p) =>
    `“${t(p, 'key')}” is not set, so the default is used: ${t(p, 'value')}. If that is wrong, set it in the Cấu hình sheet.`,

  // ---- Xếp loại ----
  BAND_NAME_DUPLICATE: (p) => `The band “${t(p, 'band')}” is listed twice. Band names must differ — delete or rename the extra row.`,
  BAND_NOT_DECREASING: (p) =>
    `The “Điểm từ” of “${t(p, 'band')}” (${n(p, 'from')}) must be lower than that of “${t(p, 'previous')}” above it (${n(p, 'previousFrom')}). List the bands from the highest down.`,
  BAND_LOWEST_ABOVE_ZERO: (p) =>
    `The lowest band “${t(p, 'band')}” starts at ${n(p, 'from')} points: members with a lower total get no band. If that is not intended, make the lowest band start at 0.`,
  BAND_EMPTY: () => 'The Xếp loại sheet has no bands. Enter the bands, or delete the sheet to use the default table.',
  BAND_UNKNOWN: (p) => `“${t(p, 'value')}” in the setting “${t(p, 'key')}” is not a band name. The bands are: ${t(p, 'bands')}.`,

  // ---- Thành viên ----
  MEMBER_CODE_INVALID: (p) =>
    `The code “${t(p, 'code')}” is not valid: a code has 1–12 letters, digits, “_” or “-”, without spaces. Correct it.`,
  MEMBER_CODE_DUPLICATE: (p) => `The code “${t(p, 'code')}” is already used by a member above. Each member needs its own code — this row is skipped.`,
  MEMBER_NAME_MISSING: (p) => `The member with code “${t(p, 'code')}” has no name. Enter its full name, e.g. “Tỉnh Nghệ An”.`,
  MEMBER_NAME_DUPLICATE: (p) => `The name “${t(p, 'name')}” is already used by another member. Member names must differ — correct it.`,
  MEMBER_ALIAS_COLLISION: (p) =>
    `“${t(p, 'text')}” is also the code, name or alias of ${t(p, 'other')}, so it does not say which member is meant. Change it.`,
  MEMBER_COUNT: (p) =>
    `The Thành viên sheet lists ${t(p, 'count')} members; a cluster needs ${t(p, 'min', '2')} to ${t(p, 'max', '100')}. Check the sheet.`,
  YES_NO_INVALID: (p) =>
    `“${t(p, 'value')}” in the column “${t(p, 'column', 'Ký giao ước')}” is not valid: only “Có” (yes) or “Không” (no); empty means “Có”.`,

  // ---- Tiêu chí ----
  CRITERIA_EMPTY: () => 'The Tiêu chí sheet has no criteria. Enter the scoring criteria.',
  CRITERION_CODE_INVALID: (p) =>
    `The criterion code “${t(p, 'code')}” is not valid: parts of letters or digits separated by points, without spaces (e.g. “I”, “I.1”, “I.1.a”). This row is skipped.`,
  CRITERION_CODE_DUPLICATE: (p) =>
    `The criterion code “${t(p, 'code')}” already appears above. Each criterion needs its own code — this row is skipped.`,
  CRITERION_PARENT_MISSING: (p) =>
    `The criterion “${t(p, 'code')}” belongs to the group “${t(p, 'parent')}”, but no criterion “${t(p, 'parent')}” is listed above it. Add the group row above, or correct the code. This row and its sub-criteria are skipped.`,
  CRITERION_TEXT_MISSING: (p) => `The criterion “${t(p, 'code')}” has no text. Enter its text.`,
  CRITERION_MAX_INVALID: (p) =>
    `The maximum of criterion “${t(p, 'code')}” must be a positive number with at most 2 decimals${has(p, 'value') ? `, but it is “${t(p, 'value')}”` : ', but it is empty'}. Correct it.`,
  CRITERION_TYPE_INVALID: (p) =>
    `The type “${t(p, 'value')}” of criterion “${t(p, 'code')}” is not valid: only “Điểm”, “Thưởng” or “Trừ” (empty means “Điểm”).`,
  CRITERION_TYPE_MISMATCH: (p) =>
    `The criterion “${t(p, 'code')}” has type “${t(p, 'type')}” but its group “${t(p, 'parent')}” has type “${t(p, 'parentType')}”. Sub-criteria share their group's type — correct it or leave “Loại” empty.`,
  CRITERION_GROUP_SUM: (p) =>
    `The maximum of group “${t(p, 'code')}” is ${n(p, 'max')}, but its sub-criteria's maxima add up to ${n(p, 'sum')}. They must be equal — correct it.`,

  // ---- score sheets ----
  SCORE_SHEET_MISSING: (p) =>
    t(p, 'reason', '') === 'self'
      ? `The sheet “${t(p, 'sheet', 'Tự chấm')}” is missing. It is always required, because final scores are compared with self-scores — add it.`
      : `Scores are taken from the sheet “${t(p, 'sheet')}” (see “Nguồn điểm”), but the workbook has no such sheet. Add it, or change “Nguồn điểm” in the Cấu hình sheet.`,
  SCORER_UNKNOWN: (p) =>
    `The cross-scoring sheet “${t(p, 'sheet', '')}” names the scorer “${t(p, 'scorer', '')}”, which is not the code, name or alias of any member, so the sheet is ignored. Name it “Chấm chéo - <member code>”.`,
  SCORER_DUPLICATE: (p) =>
    `${t(p, 'scorer')} already has the cross-scoring sheet “${t(p, 'first')}”. Each member has one — this sheet is ignored; merge the scores into one sheet.`,
  MEMBER_COLUMN_MISSING: (p) =>
    `${t(p, 'member')}${has(p, 'code') ? ` (code ${t(p, 'code')})` : ''} has no column. Every member needs one, headed by its code, name or alias — add it.`,
  SCORE_ROW_UNKNOWN: (p) => `The criterion code “${t(p, 'criterion')}” is not in the Tiêu chí sheet, so this row is not read. Correct the code.`,
  SCORE_ROW_DUPLICATE: (p) => `Criterion ${t(p, 'criterion')} has two rows in this sheet. Only the first is read — delete the extra row.`,
  SCORE_ROW_MISSING: (p) => `This sheet has no row for criterion ${t(p, 'criterion')}. Add a row with the code “${t(p, 'criterion')}” and enter the scores.`,
  SCORE_MAX_MISMATCH: (p) =>
    `The maximum of criterion ${t(p, 'criterion')} written here is ${n(p, 'value')}, but the Tiêu chí sheet says ${n(p, 'max')}. ${n(p, 'max')} is used — make them match.`,
  SCORE_ABOVE_MAX: (p) =>
    `The score ${n(p, 'value')}${has(p, 'member') ? ` for ${t(p, 'member')}` : ''} is above the maximum ${n(p, 'max')} of criterion ${t(p, 'criterion')} — correct this cell.`,
  SCORE_NEGATIVE: (p) =>
    `The score ${n(p, 'value')}${has(p, 'member') ? ` for ${t(p, 'member')}` : ''} on criterion ${t(p, 'criterion')} is negative; scores must be 0 or more — correct this cell.`,
  DEDUCTION_NEGATIVE: (p) =>
    `The deduction is written as ${n(p, 'value')}; it is read as ${n(p, 'used')} points off. Write deductions as positive numbers.`,
  SCORE_TOO_PRECISE: (p) => `The value ${n(p, 'value')} has more than 2 decimals. Round it to 2 decimals.`,
  SCORE_MISSING: (p) =>
    has(p, 'count')
      ? `${t(p, 'member')}'s column still has ${t(p, 'count')} empty scores, the first on criterion ${t(p, 'criterion')}. Enter a score for every criterion.`
      : `${t(p, 'member')} has no score on criterion ${t(p, 'criterion')}. Enter it in this cell.`,
  CROSS_SCORE_MISSING: (p) =>
    has(p, 'count')
      ? `${t(p, 'scorer', 'The scorer')} has not scored ${t(p, 'member')} on ${t(p, 'count')} criteria, the first being ${t(p, 'criterion')}. The other members' scores are still used.`
      : `${t(p, 'scorer', 'The scorer')} has not scored ${t(p, 'member')} on criterion ${t(p, 'criterion')}. The other members' scores are still used.`,
  CROSS_SCORE_NONE: (p) =>
    has(p, 'count')
      ? `${t(p, 'member')} has no counted cross-score on ${t(p, 'count')} criteria, the first being ${t(p, 'criterion')}. At least one other member must score them.`
      : `${t(p, 'member')} has no counted cross-score on criterion ${t(p, 'criterion')}. At least one other member must score it.`,
  CROSS_SHEET_ABSENT: (p) =>
    `${t(p, 'member')} has no cross-scoring sheet${has(p, 'sheet') ? ` “${t(p, 'sheet')}”` : ''}, so it has not scored the others. If it has, add the sheet.`,
  SCORE_STEP: (p) => `The score ${n(p, 'value')} is not a multiple of the score step ${n(p, 'step')}. Check this cell.`,
  GROUP_ROW_MISMATCH: (p) =>
    `The group row ${t(p, 'criterion')} shows ${n(p, 'value')} for ${t(p, 'member')}, but its sub-criteria in this sheet add up to ${n(p, 'computed')}. The program adds them itself and ignores group rows — make them match (the total's formula may be wrong).`,

  // ---- computed checks (rules.md §10) ----
  SCORE_DEVIATION: (p) =>
    `${t(p, 'member')}'s final score on criterion ${t(p, 'criterion')} is ${n(p, 'final')}, ${n(p, 'percent')}% of the maximum away from the self-score ${n(p, 'self')} (threshold ${n(p, 'threshold')}%). Please review.`,
  SCORER_BIASED: (p) => {
    const signed = n(p, 'meanSigned', '');
    const lean = signed.startsWith('-') ? 'lower' : 'higher';
    return `${t(p, 'scorer')}'s scores are on average ${signed.replace(/^[-+]/, '') || '…'} points per cell ${lean} than the other members', beyond the limit of ${n(p, 'limit')}. The scorer may be biased — the chair should review the cross-scoring sheet.`;
  },
  TOTAL_WITHOUT_BAND: (p) =>
    `${t(p, 'member')}'s total${has(p, 'total') ? ` (${n(p, 'total')})` : ''} is below the lowest band, so it gets no band. Check the Xếp loại table.`,

  // ---- Phiếu bầu and the vote (rules.md §8) ----
  BALLOT_OVER_QUOTA: (p) =>
    `${ballot(p)} names ${t(p, 'count')} members for ${award(p)}, more than the quota (${t(p, 'quota')}), so it is not counted for this award.`,
  BALLOT_DUPLICATE_NAME: (p) => `${ballot(p)} names ${t(p, 'name')} twice for ${award(p)}, so it is not counted for this award.`,
  BALLOT_UNKNOWN_NAME: (p) =>
    `${ballot(p)} names “${t(p, 'name')}” for ${award(p)}, which is not a member of the cluster, so it is not counted for this award. If it is a typing mistake, correct it to the code or name in the Thành viên sheet.`,
  BALLOT_NUMBER_DUPLICATE: (p) =>
    `Ballot number ${t(p, 'number')} is used by a ballot above as well. It is still counted — check that no ballot was entered twice.`,
  BALLOTS_EXCEED_PRESENT: (p) =>
    `There are ${t(p, 'ballots')} ballots but only ${t(p, 'present')} members present. There cannot be more ballots than members present — check the ballots or “Số thành viên dự họp”.`,
  QUORUM_NOT_MET: (p) =>
    `Only ${t(p, 'present')} of ${t(p, 'members')} members are present; at least ${t(p, 'required')} (two thirds) are needed for the vote to be valid.`,
  PRESENT_EXCEEDS_MEMBERS: (p) =>
    `The number of members present (${t(p, 'present')}) is larger than the number of members (${t(p, 'members')}). Correct it.`,

  // ---- ranking and nomination ----
  SHARED_RANK_AT_CUTOFF: (p) =>
    `${t(p, 'members')} share rank ${t(p, 'rank')} right at the cut-off for ${award(p)}. The meeting must settle it by vote.`,
  FLAG_NOMINEE_NOT_FIRST: (p) =>
    `${t(p, 'member')} is nominated for the Flag but is ranked ${t(p, 'rank')}, not 1. This is allowed, but the minutes must record the reason.`,
  RUNOFF_NEEDED: (p) =>
    `${t(p, 'members')} are tied on both votes and rank for the last place for ${award(p)}. A run-off vote between them is needed for that place.`,
  VOTES_FOR_INELIGIBLE: (p) =>
    `${t(p, 'member')} received ${t(p, 'votes')} votes for ${award(p)} but cannot be nominated${has(p, 'reason') ? `: ${t(p, 'reason')}` : ''}. The votes are recorded but do not make it a nominee.`,
  NOMINEES_FEWER_THAN_QUOTA: (p) =>
    `Only ${t(p, 'count')} member(s) are nominated for ${award(p)}, fewer than the quota (${t(p, 'quota')}).`,
  NEXT_LEADERS_SUGGESTED: (p) =>
    `Next year's head and deputy are not set; by the rotation, the suggestion is ${t(p, 'head')} as head${has(p, 'deputies') ? ` and ${t(p, 'deputies')} as deputy` : ''}. The meeting must confirm.`,
};
