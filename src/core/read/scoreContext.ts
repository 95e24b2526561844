/**
 * What every score sheet is read against: the members, the criteria tree and the score step,
 * prepared once so that reading ~350 000 cells costs no per-cell text work (matchKey runs once
 * per distinct criterion code, not once per row of every sheet).
 */
import type { Criterion } from '../model';
import { matchKey } from '../text';
import { criterionCodeText } from './criterionCode';
import type { CriteriaRead } from './readCriteria';
import type { MemberLookup } from './memberLookup';

export interface ScoreContext {
  lookup: MemberLookup;
  criteria: CriteriaRead;
  /** Hundredths; 0 = any value. */
  scoreStep: number;
  /** Index of each criterion's children, by criterion index. */
  childIndexes: number[][];
  /** Criterion for a code as a score sheet writes it; undefined when unknown. */
  criterionOf(codeText: string): { criterion: Criterion | undefined; key: string };
}

export function makeScoreContext(lookup: MemberLookup, criteria: CriteriaRead, scoreStep: number): ScoreContext {
  const childIndexes = criteria.criteria.map((c) =>
    c.children.map((code) => (criteria.byKey.get(matchKey(code)) as Criterion).index),
  );
  const keys = new Map<string, string>();
  return {
    lookup,
    criteria,
    scoreStep,
    childIndexes,
    criterionOf(codeText: string) {
      let key = keys.get(codeText);
      if (key === undefined) {
        key = matchKey(criterionCodeText(codeText));
        keys.set(codeText, key);
      }
      return { criterion: criteria.byKey.get(key), key };
    },
  };
}
