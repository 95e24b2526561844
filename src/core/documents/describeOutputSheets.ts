/**
 * The output sheets of one run, as plain data for a shell to apply (docs/huong-dan-so-lieu.md "Output
 * sheets"; docs/tai-lieu-in.md). `Kết quả kiểm tra` always; the result sheets, the minutes and the
 * ballot forms only when there are results (no errors blocked the ranking) — a stale ranking is
 * never printed next to a failed check; `Biên bản kiểm phiếu` only when ballots were counted;
 * `Tờ trình` and `Thông báo kết quả` only when the vote is final. Sheets come in the order of
 * OUTPUT_SHEETS. On a locked workbook every sheet carries the
 * lock line under its fingerprint (src/core/lock/describeLock.ts).
 */
import type { ParsedWorkbook } from '../model';
import type { Problem } from '../problems';
import type { Results } from '../results';
import type { SheetDescription } from '../sheet';
import { resultSheetKeys } from '../outputSheets';
import { describeLock } from '../lock/describeLock';
import type { LockStatus } from '../lock/lockStatus';
import { describeBallotFormsSheet } from './ballotForms';
import { describeCheckSheet } from './checkSheet';
import { describeCountingMinutesSheet } from './countingMinutes';
import { describeDetailSheet } from './detailSheet';
import { resultInputs } from './documentInputs';
import { describeMinutesSheet } from './minutesSheet';
import { describeNoticeSheet } from './noticeSheet';
import { describeSubmissionSheet } from './submissionSheet';
import type { DocumentPeople } from './people';
import { describeRankingSheet } from './rankingSheet';

export interface DocumentContext {
  workbook: ParsedWorkbook | null;
  results: Results | null;
  problems: Problem[];
  fingerprint: string | null;
  /** When the results were computed, as printed: "27/11/2026 14:05". */
  computedAt: string;
  /** The workbook's lock state (src/core/lock); absent = not locked. */
  lock?: LockStatus | null;
  /** Who signs the documents (people.ts); absent: dotted lines. */
  people?: DocumentPeople;
}

export function describeOutputSheets(ctx: DocumentContext): SheetDescription[] {
  const lock = describeLock(ctx.lock, ctx.fingerprint);
  const sheets = [describeCheckSheet({ ...ctx, lock })];
  if (ctx.workbook !== null && ctx.results !== null) {
    const x = resultInputs(ctx.workbook, ctx.results, ctx.fingerprint, ctx.computedAt, lock, ctx.people);
    const keys = new Set(resultSheetKeys(ctx.results));
    sheets.push(describeDetailSheet(x), describeRankingSheet(x), describeMinutesSheet(x));
    if (keys.has('countingMinutes')) sheets.push(describeCountingMinutesSheet(x));
    sheets.push(describeBallotFormsSheet(x));
    if (keys.has('submission')) sheets.push(describeSubmissionSheet(x), describeNoticeSheet(x));
  }
  return sheets;
}
