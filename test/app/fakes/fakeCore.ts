/**
 * A fake core: returns hand-built reports (test/app/fixtures/bacTrungBo.ts) and records what it
 * was given. `state` is mutable so a test can change the data between two commands.
 */
import type { CheckReport, RankOptions, RankReport } from '../../../src/core/index';
import type { WorkbookInput } from '../../../src/core/grid';
import type { Problem } from '../../../src/core/problems';
import type { CoreFunctions, TemplateOptions } from '../../../src/app/deps';
import type { Lang } from '../../../src/core/lang';
import { MESSAGES, NOT_SCORING, rankReport, sheet, WARNING_PROBLEMS, FINGERPRINT } from '../fixtures/bacTrungBo';

export interface FakeCore extends CoreFunctions {
  state: {
    problems: Problem[];
    fingerprint: string;
    notScoring: boolean;
    throwError: unknown;
    /** Changes the hand-built report before it is returned (e.g. another nominee). */
    adjust: ((r: RankReport) => RankReport) | null;
  };
  checkInputs: WorkbookInput[];
  rankCalls: { input: WorkbookInput; options: RankOptions }[];
  templateCalls: TemplateOptions[];
  /** The report for the current state, without recording a call. */
  rankWorkbookQuietly(): RankReport;
}

export function fakeCore(problems: Problem[] = WARNING_PROBLEMS): FakeCore {
  const core: FakeCore = {
    state: { problems, fingerprint: FINGERPRINT, notScoring: false, throwError: null, adjust: null },
    checkInputs: [],
    rankCalls: [],
    templateCalls: [],
    checkWorkbook(input: WorkbookInput): CheckReport {
      core.checkInputs.push(input);
      if (core.state.notScoring) return NOT_SCORING;
      const { sheets: _sheets, ...check } = core.rankWorkbookQuietly();
      return check;
    },
    rankWorkbook(input: WorkbookInput, options: RankOptions): RankReport {
      core.rankCalls.push({ input, options });
      if (core.state.throwError) throw core.state.throwError;
      if (core.state.notScoring) return NOT_SCORING;
      return core.rankWorkbookQuietly();
    },
    rankWorkbookQuietly(): RankReport {
      const r = rankReport(core.state.problems, core.state.fingerprint);
      return core.state.adjust ? core.state.adjust(r) : r;
    },
    describeTemplate(options: TemplateOptions) {
      core.templateCalls.push(options);
      return ['Cấu hình', 'Thành viên', 'Tiêu chí', 'Tự chấm'].map((n) => ({ ...sheet('check', n), key: 'input' as const }));
    },
    problemMessage(p: Problem, lang: Lang): string {
      const m = MESSAGES[p.code];
      return m ? m[lang] : p.code;
    },
  };
  return core;
}
