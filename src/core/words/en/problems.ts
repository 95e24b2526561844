/**
 * English problem messages, one per stable code (src/core/problems.ts). The workbook's own words
 * (sheet names, headers, setting labels, the values a cell takes) are quoted in Vietnamese, since
 * that is what the officer sees in the workbook; everything else is English.
 */
import type { KeylessRow, SettingRefusal } from '../../problems';
import type { IneligibleReason } from '../../results';
import {
  BALLOT_HEADERS,
  BAND_HEADERS,
  CHOICE_WORDS,
  CRITERIA_HEADERS,
  DELEGATE_ITEM_WORD,
  MEETING_HEADERS,
  MEETING_ITEMS,
  CRITERION_TYPE_WORDS,
  crossSheetName,
  MEMBER_HEADERS,
  SCORE_SOURCE_WORDS,
  SETTING_LABELS,
  SETTINGS_HEADERS,
  SHEET_NAMES,
  TIE_BREAK_GROUP_WORD,
  TIE_BREAK_WORDS,
  YES_NO_WORDS,
} from '../format';
import { kit } from '../kit';
import type { ProblemTexts, Words } from '../words';

export function enProblems(w: Omit<Words, 'problems'>): ProblemTexts {
  const k = kit('en', w.listSeparator);
  const { text: t, q, pts, pct, count, list, has } = k;
  const award = (a: 'flag' | 'certificate' | undefined): string => (a && w.award.name[a] ? `the ${w.award.name[a]}` : 'this award');
  const ballot = (n: string | undefined): string => (has(n) ? `Ballot no. ${t(n)}` : 'The ballot on this row');
  const setting = (id: keyof typeof SETTING_LABELS | undefined): string => q(id ? SETTING_LABELS[id] : undefined);
  const sheet = (name: string): string => `the ${name} sheet`;
  const names = (xs: readonly string[] | undefined): string => (has(xs) ? w.membersInSentence(xs!.map((x) => t(x))) : '…');
  const Sheet = (name: string): string => `The ${name} sheet`;
  const reasons = (rs: readonly IneligibleReason[] | undefined): string =>
    (rs ?? []).map((r) => (r.kind === 'declared' ? t(r.text) : w.reason(r))).join('; ');
  const typeWords = Object.values(CRITERION_TYPE_WORDS).map((x) => `“${x}”`);
  const yes = `“${YES_NO_WORDS.yes}” (yes)`;
  const no = `“${YES_NO_WORDS.no}” (no)`;

  const settingRefusal = (id: keyof typeof SETTING_LABELS, r: SettingRefusal | undefined): string => {
    switch (r?.kind) {
      case 'number':
        return 'a number is needed';
      case 'tooLarge':
        return 'the number is too large to be a value of this setting';
      case 'count':
        return 'a whole number of 0 or more is needed';
      case 'atLeastOne':
        return 'a whole number of 1 or more is needed';
      case 'year':
        return `the year must be a whole number from ${r.min} to ${r.max}`;
      case 'percent':
        return 'a percentage from 0 to 100 is needed';
      case 'nonNegative':
        return 'a number of 0 or more is needed';
      case 'precision':
        return 'at most 2 decimals are allowed';
      case 'choice':
        return `it must be one of: ${Object.values(CHOICE_WORDS[id] ?? {}).join(' / ')}`;
      case 'yesNo':
        return `it must be ${yes} or ${no}`;
      case 'deputyCount':
        return 'name 1 or 2 members, separated by “;”';
      case 'deputyIsHead':
        return `${t(r.member)} cannot be both head and deputy`;
      case 'memberRepeated':
        return `${t(r.member)} is listed twice`;
      case 'rotation':
        return `the rotation must list every member exactly once; missing: ${list(r.missing)}`;
      case 'tieBreakItem':
        return `${q(r.item)} is not understood; use “${TIE_BREAK_GROUP_WORD} <code>”, ${Object.values(TIE_BREAK_WORDS).map((x) => `“${x}”`).join(', ')}`;
      case 'tieBreakGroup':
        return `${sheet(SHEET_NAMES.criteria)} has no top-level group with code ${q(r.group)}`;
      default:
        return 'the value is not allowed';
    }
  };

  const KEYLESS: Record<KeylessRow, string> = {
    criteria: `This row has content but no criterion code in the “${CRITERIA_HEADERS.code}” column, so it is skipped. Enter the code or delete the row.`,
    members: `This row has content but no member code in the “${MEMBER_HEADERS.code}” column, so it is skipped. Enter the code or delete the row.`,
    bands: `This row has a score but no band name in the “${BAND_HEADERS.name}” column, so it is skipped. Enter the name or delete the row.`,
    settings: `This row has a value but no setting name in the “${SETTINGS_HEADERS.key}” column, so it is skipped. Enter the name or delete the row.`,
    score: `This row has numbers but no criterion code in the “${CRITERIA_HEADERS.code}” column, so it is not read. If it is a totals row, nothing needs fixing; otherwise enter the criterion code.`,
    ballots: `The ballot on this row has no number in the “${BALLOT_HEADERS.number}” column. It is still counted; numbering it makes checking easier.`,
    meeting: `This row has content but its “${MEETING_HEADERS.item}” cell is empty, so it is skipped. Write the item (e.g. “${MEETING_ITEMS.place}”) or delete the row.`,
  };

  return {
    // ---- workbook and sheets ----
    NOT_A_SCORING_WORKBOOK: (p) =>
      `This is not an emulation scoring workbook: it has no ${has(p.sheets) ? list(p.sheets) : [SHEET_NAMES.settings, SHEET_NAMES.members, SHEET_NAMES.criteria].join(', ')} sheet. Open the cluster's workbook, or create a new one from the template.`,
    SHEET_MISSING: (p) => `The sheet ${q(p.sheet)} is missing. Add it, with exactly this name, as in the template.`,
    SHEET_DUPLICATE: (p) =>
      `The sheets ${q(p.first)} and ${q(p.sheet)} are both the ${q(p.role)} sheet. Only ${q(p.first)} is read — delete or rename ${q(p.sheet)}.`,
    HEADER_NOT_FOUND: (p) =>
      `No header row was found in the first 10 rows, so the sheet is not read. The header row must have the columns: ${list(p.headers)}.`,
    COLUMN_DUPLICATE: (p) =>
      has(p.member)
        ? `${t(p.member)} has two columns (header ${q(p.header)}). Only the first is read — delete the extra column.`
        : `The column ${q(p.header)} appears twice. Only the first is read — delete or rename the extra column.`,
    COLUMN_UNKNOWN: (p) =>
      p.kind === 'member'
        ? `The header ${q(p.header)} is not the code, name or alias of any member, so the column is ignored. This is often a misspelt member name — make it match ${sheet(SHEET_NAMES.members)}.`
        : `The column ${q(p.header)} is not part of this sheet's layout and is ignored. If it should be read, check the header's spelling.`,
    OUTPUT_SHEET_NOT_OURS: (p) =>
      `The sheet ${q(p.sheet)} has the name of one of the program's result sheets but was not created by the program. It will not be overwritten — rename it and run again.`,
    SHEET_TOO_LARGE: (p) =>
      `The sheet is too large to read${has(p.rows) ? ` (${count(p.rows)} rows × ${count(p.cols)} columns${has(p.cells) ? ` = ${count(p.cells)} used cells` : ''})` : ''}${
        has(p.limit) ? `, over the limit of ${count(p.limit)} cells the program can process, so the workbook was not read` : ''
      }. This is usually a stray value far down or far right (Ctrl+End goes to the last used cell). Delete the unused rows and columns at its end and run again.`,
    WORKBOOK_TOO_LARGE: (p) =>
      `The workbook is too large to process: its sheets have ${count(p.cells)} used cells in all, over the limit of ${count(p.limit)}, so it was not read.${
        has(p.sheet) ? ` The largest sheet is ${q(p.sheet)}${has(p.sheetCells) ? ` (${count(p.sheetCells)} cells)` : ''}.` : ''
      } Delete unused rows and columns at the end of the sheets, or move sheets that are not part of the scoring workbook to another workbook, and run again.`,

    // ---- cell values ----
    VALUE_ERROR: (p) => `This cell holds the error value ${has(p.value) ? t(p.value) : ''}, so it cannot be used. Fix the formula or enter the value again.`,
    NUMBER_AS_TEXT: (p) =>
      has(p.count)
        ? `${t(p.member)}'s column has ${count(p.count)} numbers entered as text (the first: ${q(p.value)}, read as ${pts(p.number)}). They are still read; re-enter them as numbers to avoid mistakes.`
        : `The number ${q(p.value)} was entered as text; it is read as ${pts(p.number)}. Re-enter it as a number to avoid mistakes.`,
    NUMBER_INVALID: (p) =>
      p.tooLarge
        ? `${q(p.value)} cannot be a score or a figure of the workbook (too large, or not a finite number). Enter the number again.`
        : has(p.value)
          ? `${q(p.value)} is not a number. Enter a number, with a comma or a point before at most 2 decimals.`
          : 'This cell needs a number but is empty. Enter a number.',
    ROW_WITHOUT_CODE: (p) => KEYLESS[p.kind] ?? `This row has content but its ${q(p.column)} cell is empty. Fill it in or delete the row.`,

    // ---- Cấu hình ----
    SETTING_UNKNOWN: (p) =>
      `${q(p.key)} is not a known setting and is ignored. Check its spelling (e.g. “${SETTING_LABELS.scoreSource}”, “${SETTING_LABELS.scoreStep}”).`,
    SETTING_DUPLICATE: (p) => `The setting ${setting(p.setting)} is given twice. Only the first row is used — delete the extra row.`,
    SETTING_REQUIRED: (p) => `${setting(p.setting)} is not set. It is required — enter a value in the “${SETTINGS_HEADERS.value}” column.`,
    SETTING_INVALID: (p) => `The value ${q(p.value)} of ${setting(p.setting)} is not valid: ${settingRefusal(p.setting, p.reason)}. Correct it.`,
    SETTING_MEMBER_UNKNOWN: (p) =>
      `${q(p.value)} in the setting ${setting(p.setting)} is not the code, name or alias of any member. Write it as in ${sheet(SHEET_NAMES.members)}.`,
    SETTING_DEFAULT_USED: (p) =>
      `${setting(p.setting)} is not set, so the default is used: ${p.value ? `“${SCORE_SOURCE_WORDS[p.value]}”` : '…'}. If that is wrong, set it in ${sheet(SHEET_NAMES.settings)}.`,

    // ---- Xếp loại ----
    BAND_NAME_DUPLICATE: (p) => `The band ${q(p.band)} is listed twice. Band names must differ — delete or rename the extra row.`,
    BAND_NOT_DECREASING: (p) =>
      `The “${BAND_HEADERS.from}” of ${q(p.band)} (${pts(p.from)}) must be lower than that of ${q(p.previous)} above it (${pts(p.previousFrom)}). List the bands from the highest down.`,
    BAND_LOWEST_ABOVE_ZERO: (p) =>
      `The lowest band ${q(p.band)} starts at ${pts(p.from)} points: members with a lower total get no band. If that is not intended, make the lowest band start at 0.`,
    BAND_EMPTY: () => `${Sheet(SHEET_NAMES.bands)} has no bands. Enter the bands, or delete the sheet to use the default table.`,
    BAND_UNKNOWN: (p) => `${q(p.value)} in the setting ${setting(p.setting)} is not a band name. The bands are: ${list(p.bands)}.`,

    // ---- Thành viên ----
    MEMBER_CODE_INVALID: (p) =>
      `The code ${q(p.code)} is not valid: a code has 1–12 letters, digits, “_” or “-”, without spaces. ${has(p.suggestion) ? `Change it to ${q(p.suggestion)}.` : 'Correct it.'}`,
    MEMBER_CODE_DUPLICATE: (p) => `The code ${q(p.code)} is already used by a member above. Each member needs its own code — this row is skipped.`,
    MEMBER_NAME_MISSING: (p) => `The member with code ${q(p.code)} has no name. Enter its full official name, as the documents should print it.`,
    MEMBER_NAME_DUPLICATE: (p) => `The name ${q(p.name)} is already used by another member. Member names must differ — correct it.`,
    MEMBER_ALIAS_COLLISION: (p) =>
      `${q(p.text)} is also the code, name or alias of ${t(p.other)}, so it does not say which member is meant. Change it.`,
    MEMBER_COUNT: (p) =>
      `${Sheet(SHEET_NAMES.members)} lists ${count(p.count)} members; a cluster needs ${p.min ?? 2} to ${p.max ?? 100}. Check the sheet.`,
    YES_NO_INVALID: (p) => `${q(p.value)} in the column ${q(p.column)} is not valid: only ${yes} or ${no}; empty means “${YES_NO_WORDS.yes}”.`,

    // ---- Tiêu chí ----
    CRITERIA_EMPTY: () => `${Sheet(SHEET_NAMES.criteria)} has no criteria. Enter the scoring criteria.`,
    CRITERION_CODE_INVALID: (p) =>
      `The criterion code ${q(p.code)} is not valid: parts of letters or digits separated by points, without spaces (e.g. “I”, “I.1”, “I.1.a”). This row is skipped.`,
    CRITERION_CODE_DUPLICATE: (p) =>
      `The criterion code ${q(p.code)} already appears above. Each criterion needs its own code — this row is skipped.`,
    CRITERION_PARENT_MISSING: (p) =>
      `The criterion ${q(p.code)} belongs to the group ${q(p.parent)}, but no criterion ${q(p.parent)} is listed above it. Add the group row above, or correct the code. This row and its sub-criteria are skipped.`,
    CRITERION_TEXT_MISSING: (p) => `The criterion ${q(p.code)} has no text. Enter its text.`,
    CRITERION_MAX_INVALID: (p) =>
      `The maximum of criterion ${q(p.code)} must be a positive number with at most 2 decimals${has(p.value) ? `, but it is ${q(p.value)}` : ', but it is empty'}. Correct it.`,
    CRITERION_TYPE_INVALID: (p) =>
      `The type ${q(p.value)} of criterion ${q(p.code)} is not valid: only ${typeWords.join(', ').replace(/, ([^,]*)$/, ' or $1')} (empty means “${CRITERION_TYPE_WORDS.score}”).`,
    CRITERION_TYPE_MISMATCH: (p) =>
      `The criterion ${q(p.code)} has type “${CRITERION_TYPE_WORDS[p.type] ?? '…'}” but its group ${q(p.parent)} has type “${CRITERION_TYPE_WORDS[p.parentType] ?? '…'}”. Sub-criteria share their group's type — correct it or leave “${CRITERIA_HEADERS.type}” empty.`,
    CRITERION_GROUP_SUM: (p) =>
      `The maximum of group ${q(p.code)} is ${pts(p.max)}, but its sub-criteria's maxima add up to ${pts(p.sum)}. They must be equal — correct it.`,

    // ---- score sheets ----
    SCORE_SHEET_MISSING: (p) =>
      p.reason === 'self'
        ? `The sheet ${q(p.sheet)} is missing. It is always required, because final scores are compared with self-scores — add it.`
        : `Scores are taken from the sheet ${q(p.sheet)} (see “${SETTING_LABELS.scoreSource}”), but the workbook has no such sheet. Add it, or change “${SETTING_LABELS.scoreSource}” in ${sheet(SHEET_NAMES.settings)}.`,
    SCORER_UNKNOWN: (p) =>
      `The cross-scoring sheet ${q(p.sheet)} names the scorer ${q(p.scorer)}, which is not the code, name or alias of any member, so the sheet is ignored. Name it “${crossSheetName('<member code>')}”.`,
    SCORER_DUPLICATE: (p) =>
      `${t(p.scorer)} already has the cross-scoring sheet ${q(p.first)}. Each member has one — this sheet is ignored; merge the scores into one sheet.`,
    MEMBER_COLUMN_MISSING: (p) =>
      `${t(p.member)}${has(p.code) ? ` (code ${t(p.code)})` : ''} has no column. Every member needs one, headed by its code, name or alias — add it.`,
    SCORE_ROW_UNKNOWN: (p) =>
      `The criterion code ${q(p.criterion)} is not in ${sheet(SHEET_NAMES.criteria)}, so this row is not read. Correct the code.`,
    SCORE_ROW_DUPLICATE: (p) => `Criterion ${t(p.criterion)} has two rows in this sheet. Only the first is read — delete the extra row.`,
    SCORE_ROW_MISSING: (p) => `This sheet has no row for criterion ${t(p.criterion)}. Add a row with the code ${q(p.criterion)} and enter the scores.`,
    SCORE_MAX_MISMATCH: (p) =>
      `The maximum of criterion ${t(p.criterion)} written here is ${t(p.value)}, but ${sheet(SHEET_NAMES.criteria)} says ${pts(p.max)}. ${pts(p.max)} is used — make them match.`,
    SCORE_ABOVE_MAX: (p) =>
      `The score ${t(p.value)}${has(p.member) ? ` for ${t(p.member)}` : ''} is above the maximum ${pts(p.max)} of criterion ${t(p.criterion)} — correct this cell.`,
    SCORE_NEGATIVE: (p) =>
      `The score ${t(p.value)}${has(p.member) ? ` for ${t(p.member)}` : ''} on criterion ${t(p.criterion)} is negative; scores must be 0 or more — correct this cell.`,
    DEDUCTION_NEGATIVE: (p) => `The deduction is written as ${t(p.value)}; it is read as ${pts(p.used)} points off. Write deductions as positive numbers.`,
    SCORE_TOO_PRECISE: (p) => `The value ${t(p.value)} has more than 2 decimals. Round it to 2 decimals.`,
    SCORE_MISSING: (p) =>
      has(p.count)
        ? `${t(p.member)}'s column still has ${count(p.count)} empty scores, the first on criterion ${t(p.criterion)}. Enter a score for every criterion.`
        : `${t(p.member)} has no score on criterion ${t(p.criterion)}. Enter it in this cell.`,
    CROSS_SCORE_MISSING: (p) =>
      has(p.count)
        ? `${has(p.scorer) ? t(p.scorer) : 'The scorer'} has not scored ${t(p.member)} on ${count(p.count)} criteria, the first being ${t(p.criterion)}. The other members' scores are still used.`
        : `${has(p.scorer) ? t(p.scorer) : 'The scorer'} has not scored ${t(p.member)} on criterion ${t(p.criterion)}. The other members' scores are still used.`,
    CROSS_SCORE_NONE: (p) =>
      has(p.count)
        ? `${t(p.member)} has no counted cross-score on ${count(p.count)} criteria, the first being ${t(p.criterion)}. At least one other member must score them.`
        : `${t(p.member)} has no counted cross-score on criterion ${t(p.criterion)}. At least one other member must score it.`,
    CROSS_SHEET_ABSENT: (p) =>
      `${t(p.member)} has no cross-scoring sheet${has(p.sheet) ? ` ${q(p.sheet)}` : ''}, so it has not scored the others. If it has, add the sheet.`,
    SCORE_STEP: (p) => `The score ${t(p.value)} is not a multiple of the score step ${pts(p.step)}. Check this cell.`,
    GROUP_ROW_MISMATCH: (p) =>
      `The group row ${t(p.criterion)} shows ${t(p.value)} for ${t(p.member)}, but its sub-criteria in this sheet add up to ${pts(p.computed)}. The program adds them itself and ignores group rows — make them match (the total's formula may be wrong).`,

    // ---- computed checks ----
    SCORE_DEVIATION: (p) =>
      `${t(p.member)}'s final score on criterion ${t(p.criterion)} is ${pts(p.final)}, ${pct(p.percent)} of the maximum away from the self-score ${pts(p.self)} (threshold ${pct(p.threshold)}). Please review.`,
    SCORER_BIASED: (p) => {
      const lean = (p.meanSigned ?? 0) < 0 ? 'lower' : 'higher';
      return `${t(p.scorer)}'s scores are on average ${pts(p.meanSigned === undefined ? undefined : Math.abs(p.meanSigned))} points per cell ${lean} than the other members', beyond the limit of ${pts(p.limit)}. The scorer may be biased — the chair should review the cross-scoring sheet.`;
    },
    TOTAL_WITHOUT_BAND: (p) =>
      `${t(p.member)}'s total${has(p.total) ? ` (${pts(p.total)})` : ''} is below the lowest band, so it gets no band. Check the ${SHEET_NAMES.bands} table.`,

    // ---- Phiếu bầu and the vote ----
    BALLOT_OVER_QUOTA: (p) =>
      `${ballot(p.number)} names ${count(p.count)} members for ${award(p.award)}, more than the quota (${count(p.quota)}), so it is not counted for this award.`,
    BALLOT_DUPLICATE_NAME: (p) => `${ballot(p.number)} names ${t(p.name)} twice for ${award(p.award)}, so it is not counted for this award.`,
    BALLOT_UNKNOWN_NAME: (p) =>
      `${ballot(p.number)} names ${q(list(p.names))} for ${award(p.award)}, which is not a member of the cluster, so it is not counted for this award. If it is a typing mistake, correct it to the code or name in ${sheet(SHEET_NAMES.members)}.`,
    BALLOT_NUMBER_DUPLICATE: (p) =>
      `Ballot number ${t(p.number)} is used by a ballot above as well. It is still counted — check that no ballot was entered twice.`,
    BALLOTS_EXCEED_PRESENT: (p) =>
      `There are ${count(p.ballots)} ballots${has(p.round) ? ` in round ${count(p.round)}` : ''} but only ${count(p.present)} members present. There cannot be more ballots${has(p.round) ? ' in a round' : ''} than members present — check the ballots or “${SETTING_LABELS.present}”.`,
    BALLOT_ROUND_INVALID: (p) =>
      `${q(p.value)} in the “${BALLOT_HEADERS.round}” column is not a round number (a whole number from 1; blank means round 1). Correct it.`,
    BALLOT_OVER_PLACES: (p) =>
      `${ballot(p.number)} (round ${count(p.round)}) names ${count(p.count)} members for ${award(p.award)}, more than the places left in that round (${count(p.places)}), so it is not counted for this award.`,
    BALLOT_NOT_CANDIDATE: (p) =>
      `${ballot(p.number)} (round ${count(p.round)}) names ${names(p.names)} for ${award(p.award)}, but that round is only between ${names(p.among)}, so it is not counted for this award.`,
    BALLOT_NO_SUCH_ROUND: (p) =>
      `${ballot(p.number)} belongs to round ${count(p.round)}, but ${award(p.award)} has no such round (it was settled before, or the rounds ran out), so this cell is not counted. Leave the cell blank, or correct the “${BALLOT_HEADERS.round}” column.`,
    QUORUM_NOT_MET: (p) => w.meeting.quorumNotMet(count(p.present), count(p.members), count(p.required)),
    PRESENT_EXCEEDS_MEMBERS: (p) =>
      `The number of members present (${count(p.present)}) is larger than the number of members (${count(p.members)}). Correct it.`,

    // ---- Hội nghị ----
    MEETING_ITEM_UNKNOWN: (p) =>
      `The item ${q(p.item)} is not one of ${sheet(SHEET_NAMES.meeting)}'s items, so it is ignored. Check the spelling (e.g. “${MEETING_ITEMS.chair}”, “${MEETING_ITEMS.place}”, “${DELEGATE_ITEM_WORD} <member code>”).`,
    MEETING_ITEM_DUPLICATE: (p) => `The item ${q(p.item)} is written twice. Only the first row is used — delete the other.`,
    MEETING_DELEGATE_UNKNOWN: (p) =>
      `${q(p.value)} after “${DELEGATE_ITEM_WORD}” in the “${MEETING_HEADERS.item}” column is not the code, name or alias of any member, so it is not known which member is present. Write it as in ${sheet(SHEET_NAMES.members)} (e.g. “${DELEGATE_ITEM_WORD} NA”).`,
    PRESENT_CONFLICT: (p) =>
      `${setting('present')} says ${count(p.present)}, but ${sheet(SHEET_NAMES.meeting)} lists delegates of ${count(p.delegates)} members${has(p.other) ? ` (see ${t(p.other)})` : ''}. The two must agree — correct one of them, or leave ${setting('present')} blank.`,

    // ---- ranking and nomination ----
    SHARED_RANK_AT_CUTOFF: (p) => w.meeting.tiedAtCutoff(p.award, names(p.members), count(p.rank)),
    FLAG_NOMINEE_NOT_FIRST: (p) => w.meeting.notFirst(t(p.member), count(p.rank), p.vote !== false),
    RUNOFF_NEEDED: (p) => w.meeting.runoff(p.award, names(p.members), p.round ?? null, p.reason ?? null),
    ROUNDS_EXHAUSTED: (p) => w.meeting.exhausted(p.award, count(p.open), count(p.rounds)),
    TIE_DECIDED_BY_RANK: (p) =>
      w.meeting.decidedByRank(p.award, names(p.members), count(p.votes), count(p.base), (p.taken ?? []).map((x) => ({ name: t(x.member), rank: count(x.rank) }))),
    VOTES_FOR_INELIGIBLE: (p) =>
      `${t(p.member)} received ${count(p.votes)} votes for ${award(p.award)} but cannot be nominated${has(p.reasons) ? `: ${reasons(p.reasons)}` : ''}. The votes are recorded but do not make it a nominee.`,
    NOMINEES_FEWER_THAN_QUOTA: (p) =>
      has(p.open)
        ? w.meeting.openPlaces(p.award, count(p.open), has(p.nextRound) ? count(p.nextRound) : null, names(p.suggested))
        : w.meeting.fewerThanQuota(p.award, count(p.count), count(p.quota), p.vote !== false),
    NEXT_LEADERS_SUGGESTED: (p) =>
      `Next year's head and deputy are not set; by the rotation, the suggestion is ${t(p.head)} as head${has(p.deputies) ? ` and ${list(p.deputies)} as deputy` : ''}. The meeting must confirm.`,
  };
}
