/**
 * How a conference case's expectations (cases.ts) are checked against an answer, whichever shell
 * gave it: the core's results, the command line's JSON, or the Office shell's report.
 */
import type { AwardExpectation, ConferenceCase } from './cases';

/** What every shell's answer has for one award. */
export interface AwardFacts {
  nominees: string[];
  runoffNeeded: boolean;
  runoffAmong: string[];
  nextRound: number | null;
  round: number | null;
  exhausted: boolean;
}

export const awardFacts = (a: AwardFacts): AwardExpectation => ({
  nominees: a.nominees,
  runoffNeeded: a.runoffNeeded,
  runoffAmong: a.runoffAmong,
  nextRound: a.nextRound,
  round: a.round ?? 0,
  exhausted: a.exhausted,
});

/** The problems a case expects, as [code, severity, cell?, message?] picked from the answer's problems. */
export function expectedProblems(c: ConferenceCase, problems: { code: string; severity: string; cell: string; message: string }[]): void {
  for (const want of c.problems) {
    const found = problems.filter((p) => p.code === want.code && p.severity === want.severity);
    expect([want.code, found.length]).toEqual([want.code, 1]);
    if (want.message !== undefined) expect(found[0].message).toBe(want.message);
    if (want.cell !== undefined) expect(found[0].cell).toBe(want.cell);
  }
  expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
  // A pending round is always a warning, never only information.
  if (c.pending) expect(problems.some((p) => p.code === 'RUNOFF_NEEDED' && p.severity === 'warning')).toBe(true);
  else expect(problems.some((p) => p.code === 'RUNOFF_NEEDED')).toBe(false);
}
