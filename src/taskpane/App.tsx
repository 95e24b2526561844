/**
 * The task pane: the year's work as a strip of steps (StepStrip.tsx; the state of each from
 * src/app/steps.ts), the sign-off chip above it once the data is locked, and the open step's view
 * with each command's result next to its button. One command at a time; its button keeps the
 * focus while it runs, then the focus moves to its result's heading and a polite live region says
 * the result. The workbook is reached only through the port and the core only through the
 * functions passed in, so the whole pane runs in tests against fakes (docs/ma-nguon.md).
 *
 * Only the Check view is in the pane's first script; the others are fetched when first opened
 * (their own chunks: scripts/check-bundle.js keeps the first load small).
 */
import * as React from 'react';
import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { countBySeverity, isPortError, type AwardResult, type CheckReport, type Lang, type RankReport, type WorkbookPort } from '../core/index';
import {
  createNewWorkbook,
  lastRankFingerprint,
  readStatus,
  runCheck,
  runNominate,
  runBallotForms,
  runRank,
  statusOf,
  type CommandResult,
  type WorkbookStatus,
} from '../app/commands';
import type { CommandDeps, CoreFunctions, Stage } from '../app/deps';
import { highlightCellsFor } from '../app/highlights';
import type { FormIssue, NewWorkbookForm } from '../app/newWorkbookForm';
import { NO_FILTER, type ProblemFilter } from '../app/problemGroups';
import { runLock, runUnlock, type LockForm } from '../app/signOff';
import { deliverableSheets, mergeRuns, NO_RUNS, STEP_ORDER, stepStates, type LastRuns, type StepKey, type StepState } from '../app/steps';
import { errorText } from './errorText';
import { LockChip } from './components/LockChip';
import { PaneButton, PaneSpinner } from './components/PaneButton';
import type { Locate } from './components/ProblemList';
import { ResultBlock } from './components/ResultBlock';
import { StepStrip, type StripStep } from './components/StepStrip';
import { ballotFormsNotice, checkNotice, nominateNotice, rankNotice, signOffNotice, withLog, type Notice } from './notices';
import { stringsFor } from './strings';
import { useViewStyles } from './styles';
import { CheckView } from './views/CheckView';

const LockView = React.lazy(() => import(/* webpackChunkName: "pane-lock" */ './views/LockView').then((m) => ({ default: m.LockView })));
const RankView = React.lazy(() => import(/* webpackChunkName: "pane-rank" */ './views/RankView').then((m) => ({ default: m.RankView })));
const NominateView = React.lazy(() => import(/* webpackChunkName: "pane-nominate" */ './views/NominateView').then((m) => ({ default: m.NominateView })));
const DeliverView = React.lazy(() => import(/* webpackChunkName: "pane-deliver" */ './views/DeliverView').then((m) => ({ default: m.DeliverView })));
const SettingsView = React.lazy(() => import(/* webpackChunkName: "pane-settings" */ './views/SettingsView').then((m) => ({ default: m.SettingsView })));
/** Phiếu chấm (member forms, issue 14) with the file engine it needs: fetched the first time it is opened. */
const MemberFormsView = React.lazy(() => import(/* webpackChunkName: "member-forms" */ './components/MemberFormsView'));

/** A view of the pane: one of the steps, Phiếu chấm or Cài đặt. */
export type ViewKey = StepKey | 'forms' | 'settings';

export interface AppProps {
  port: WorkbookPort;
  lang: Lang;
  core: CoreFunctions;
  /** Quiet time after the last change before the fingerprint is recomputed. */
  changeDebounceMs?: number;
  now?: () => Date;
  initialView?: ViewKey;
  /** Opens Cài đặt with the new-workbook form and the focus in its first field (the file mode's "Tạo sổ mới"). */
  openNewWorkbook?: boolean;
  /** Where there is no grid to show (the file mode): a problem says where its cell is instead of selecting it. */
  describeCell?(sheet: string, cell: string): string;
  /** The shell's part of In & Tải về (the file mode's download), and that step's state where the shell knows it. */
  deliver?: React.ReactNode;
  deliverState?: StepState;
}

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: '8px', padding: '8px 12px 16px', minWidth: 0, boxSizing: 'border-box' },
  nav: { display: 'flex', flexDirection: 'column', rowGap: '8px', minWidth: 0 },
  top: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', justifyContent: 'space-between', columnGap: '8px', rowGap: '4px', minHeight: '24px' },
  forms: { marginLeft: 'auto' },
  settings: {},
  settingsOn: { backgroundColor: tokens.colorBrandBackground2 },
  panel: { minWidth: 0, paddingTop: '4px', borderTop: `1px solid ${tokens.colorNeutralStroke2}` },
});

type Run = CommandResult<RankReport>;
/** Views whose command has a result of its own. */
type ResultKey = 'check' | 'lock' | 'rank' | 'nominate' | 'create' | 'forms';

export function App(props: AppProps): React.JSX.Element {
  const { port, lang, core, changeDebounceMs = 2000, now } = props;
  const styles = useStyles();
  const view = useViewStyles();
  const t = stringsFor(lang);
  const [current, setCurrent] = React.useState<ViewKey>(props.openNewWorkbook ? 'settings' : (props.initialView ?? 'check'));
  const [stage, setStage] = React.useState<Stage | null>(null);
  const [runningKey, setRunningKey] = React.useState<ResultKey | 'refresh' | null>(null);
  const [notices, setNotices] = React.useState<Partial<Record<ResultKey, Notice>>>({});
  const [focus, setFocus] = React.useState<Partial<Record<ResultKey | 'problems' | 'form', number>>>(props.openNewWorkbook ? { form: 1 } : {});
  const [announcement, setAnnouncement] = React.useState('');
  const [report, setReport] = React.useState<CheckReport | null>(null);
  const [rankRun, setRankRun] = React.useState<Run | null>(null);
  const [nominateRun, setNominateRun] = React.useState<Run | null>(null);
  const [status, setStatus] = React.useState<WorkbookStatus | null>(null);
  const [lastRank, setLastRank] = React.useState<string | null>(null);
  const [runs, setRuns] = React.useState<LastRuns>(NO_RUNS);
  const [sessionRuns, setSessionRuns] = React.useState<Partial<LastRuns>>({});
  const [written, setWritten] = React.useState<string[]>([]);
  const [filter, setFilter] = React.useState<ProblemFilter>(NO_FILTER);
  const [highlightOn, setHighlightOn] = React.useState(false);
  const [formOpen, setFormOpen] = React.useState(Boolean(props.openNewWorkbook));
  const running = React.useRef(false);
  const mounted = React.useRef(true);
  React.useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);

  /** What the live region names a result or a run by ("Kết quả kiểm tra: …"). */
  const resultTitle: Record<ResultKey | 'refresh', string> = {
    check: t.check.result,
    lock: t.lock.result,
    rank: t.rank.result,
    nominate: t.nominate.result,
    create: t.settings.newWorkbook,
    forms: t.steps.forms,
    refresh: t.settings.refresh,
  };
  const bump = (key: ResultKey | 'problems' | 'form') => setFocus((f) => ({ ...f, [key]: (f[key] ?? 0) + 1 }));
  const say = (key: ResultKey, notice: Notice) => {
    setNotices((n) => ({ ...n, [key]: notice }));
    setAnnouncement(`${resultTitle[key]}: ${notice.lines.join(' ')}`);
    bump(key);
  };

  const failure = React.useCallback(
    (e: unknown, command: boolean): Notice => {
      if (!isPortError(e)) console.error(e); // for the developer tools, never for the user
      // A port error says what happened, and every write of the port is all or none
      // (src/office/README.md): a failed command lost nothing, and the pane says so too.
      const lines = command && isPortError(e) ? [errorText(e, lang, t), t.nothingLost] : [errorText(e, lang, t)];
      return { intent: 'error', lines };
    },
    [lang, t],
  );

  /** Runs one command at a time; its failure becomes its own view's result. */
  const run = async <T,>(key: ResultKey | 'refresh', work: (deps: CommandDeps) => Promise<T>, first: Stage = 'read'): Promise<T | undefined> => {
    if (running.current) return undefined;
    running.current = true;
    setStage(first);
    setRunningKey(key);
    setAnnouncement(`${resultTitle[key]}: ${t.stage[first]}`);
    try {
      return await work({ ...core, now, onProgress: (s) => mounted.current && setStage(s) });
    } catch (e) {
      if (mounted.current && key !== 'refresh') say(key, failure(e, true));
      return undefined;
    } finally {
      running.current = false;
      if (mounted.current) {
        setStage(null);
        setRunningKey(null);
      }
    }
  };

  /** Small port actions (go to a cell, colour cells): no progress, but a failure is said on the Check view. */
  const act = (work: () => Promise<void>) => {
    work().catch((e: unknown) => mounted.current && say('check', failure(e, false)));
  };

  // The fingerprint and the log's runs, read quietly when the pane opens and again after
  // co-authors' edits settle (debounced): the visible effect is the steps' states. Failures stay quiet.
  const refreshQuietly = React.useCallback(async () => {
    try {
      const s = await readStatus(port, core);
      if (!mounted.current) return;
      setStatus(s);
      if (s.runs) setRuns(s.runs);
    } catch {
      /* the next change or command will try again */
    }
  }, [port, core]);

  React.useEffect(() => {
    let cancelled = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let unsubscribe: (() => void) | null = null;
    lastRankFingerprint(port)
      .then((fp) => {
        if (!cancelled) setLastRank((known) => known ?? fp);
      })
      .catch(() => undefined);
    void refreshQuietly();
    port
      .onInputChanged?.(() => {
        if (timer !== undefined) clearTimeout(timer);
        timer = setTimeout(() => void refreshQuietly(), changeDebounceMs);
      })
      .then((off) => {
        if (cancelled) off();
        else unsubscribe = off;
      })
      .catch(() => undefined);
    return () => {
      cancelled = true;
      if (timer !== undefined) clearTimeout(timer);
      unsubscribe?.();
    };
  }, [port, refreshQuietly, changeDebounceMs]);

  /** Colours the problem cells; the port's call replaces the previous colouring itself (one call, not clear + colour). */
  const applyHighlights = (r: CheckReport) => port.highlightCells!(highlightCellsFor(r.problems));

  const afterRun = (r: Run, command: 'check' | 'rank' | 'nominate') => {
    setReport(r.report);
    setStatus((s) => ({ ...statusOf(r.report), runs: s?.runs, outputs: s?.outputs }));
    setWritten((w) => [...new Set([...w, ...r.written])]);
    if (r.outcome !== 'notScoring' && r.report.fingerprint) {
      const ran: Partial<LastRuns> = { check: r.report.fingerprint };
      if (command !== 'check' && r.outcome === 'done') ran[command] = r.report.fingerprint;
      setSessionRuns((s) => ({ ...s, ...ran }));
    }
    if (highlightOn && port.highlightCells) act(() => applyHighlights(r.report));
  };

  const onCheck = async () => {
    const r = await run('check', (deps) => runCheck(port, deps));
    if (!r || !mounted.current) return;
    afterRun(r, 'check');
    say('check', withLog(checkNotice(r, t), r.log, t, lang));
  };

  const onRank = async () => {
    const r = await run('rank', (deps) => runRank(port, deps));
    if (!r || !mounted.current) return;
    afterRun(r, 'rank');
    setRankRun(r);
    if (r.outcome === 'done' && r.report.fingerprint) setLastRank(r.report.fingerprint);
    say('rank', withLog(rankNotice(r, t), r.log, t, lang));
  };

  const onNominate = async () => {
    const r = await run('nominate', (deps) => runNominate(port, deps));
    if (!r || !mounted.current) return;
    afterRun(r, 'nominate');
    setNominateRun(r);
    say('nominate', withLog(nominateNotice(r, t, lang), r.log, t, lang));
  };

  // Between rounds at the conference: only the pending round's ballot forms (runBallotForms); the
  // view keeps the last nomination, and the result is said under it.
  const onWriteNextBallots = async () => {
    const r = await run('nominate', (deps) => runBallotForms(port, deps));
    if (!r || !mounted.current) return;
    setWritten((w) => [...new Set([...w, ...r.written])]);
    say('nominate', withLog(ballotFormsNotice(r, t), r.log, t, lang));
  };

  const onRefresh = async () => {
    const s = await run('refresh', () => readStatus(port, core));
    if (!s || !mounted.current) return;
    setStatus(s);
    if (s.runs) setRuns(s.runs);
  };

  const onCreate = async (values: NewWorkbookForm): Promise<{ created: boolean; issues: FormIssue[] }> => {
    const r = await run('create', (deps) => createNewWorkbook(port, deps, values), 'template');
    if (!r || !mounted.current) return { created: false, issues: [] };
    if (!r.ok) return { created: false, issues: r.issues };
    say('create', { intent: 'success', lines: [t.settings.created(r.members)] });
    void refreshQuietly();
    return { created: true, issues: [] };
  };

  const signOff = async (direction: 'lock' | 'unlock', form: LockForm): Promise<boolean> => {
    const r = await run('lock', (deps) => (direction === 'lock' ? runLock : runUnlock)(port, deps, form));
    if (!r || !mounted.current) return false;
    say('lock', signOffNotice(r, direction, t));
    if (r.report) {
      const checked = r.report;
      setStatus((s) => ({ ...statusOf(checked), runs: s?.runs, outputs: s?.outputs }));
      if ((!r.ok && r.refusal === 'errors') || (r.ok && direction === 'lock')) setReport(checked);
    }
    return r.ok;
  };
  const canSignOff = typeof port.protectSheets === 'function' && typeof port.unprotectSheets === 'function' && typeof port.appendLog === 'function';

  /** "Xem 3 lỗi": the problem list, errors only, its heading focused. */
  const showErrors = () => {
    setFilter({ member: null, severity: 'error' });
    setCurrent('check');
    bump('problems');
  };
  const openNewWorkbook = () => {
    setFormOpen(true);
    setCurrent('settings');
    bump('form');
  };

  const busy = stage !== null;
  const stageText = stage ? t.stage[stage] : null;
  const lock = status?.lock ?? null;
  const allRuns = mergeRuns(runs, sessionRuns);
  if (allRuns.rank === null && lastRank !== null) allRuns.rank = lastRank;
  const states = stepStates({
    fingerprint: status?.fingerprint ?? null,
    errors: status ? (report && report.fingerprint === status.fingerprint ? countBySeverity(report.problems).error : status.errors) : null,
    runs: allRuns,
    lock,
    deliver: props.deliverState,
  });
  const stale = allRuns.rank !== null && status?.fingerprint != null && allRuns.rank.toUpperCase() !== status.fingerprint.toUpperCase();
  const errorCount = status?.errors ?? 0;
  const strip: StripStep[] = STEP_ORDER.map((k) => ({
    key: k,
    state: states[k],
    note: k === 'check' && states.check !== 'locked' && errorCount > 0 ? t.stepErrors(errorCount) : undefined,
    alarm: k === 'lock',
  }));
  const outputs = deliverableSheets(status?.outputs ?? [], written);
  const locate: Locate = props.describeCell ? { kind: 'describe', describe: props.describeCell } : { kind: 'select', select: (sheet, cell) => act(() => port.selectCell(sheet, cell)) };
  const notScoring = status?.notScoringWorkbook === true || (report?.notScoringWorkbook ?? false);
  const clock = now ?? (() => new Date());

  const highlight = port.highlightCells
    ? {
        on: highlightOn,
        onToggle: (on: boolean) => {
          setHighlightOn(on);
          if (on && report) act(() => applyHighlights(report));
          if (!on && port.clearHighlights) act(() => port.clearHighlights!());
        },
        onClear: port.clearHighlights
          ? () => {
              setHighlightOn(false);
              act(() => port.clearHighlights!());
            }
          : undefined,
      }
    : null;

  const common = { t, lang, busy, stage: stageText, onShowErrors: showErrors };

  return (
    <div className={styles.root} lang={lang}>
      <nav className={styles.nav} aria-label={t.stepsLabel}>
      <div className={styles.top}>
        {lock?.locked && <LockChip t={t} lang={lang} lock={lock} onOpen={() => setCurrent('lock')} />}
        <PaneButton
          className={mergeClasses(styles.forms, current === 'forms' && styles.settingsOn)}
          size="small"
          appearance="subtle"
          aria-current={current === 'forms' ? 'page' : undefined}
          onClick={() => setCurrent('forms')}
        >
          {t.steps.forms}
        </PaneButton>
        <PaneButton
          className={mergeClasses(styles.settings, current === 'settings' && styles.settingsOn)}
          size="small"
          appearance="subtle"
          aria-current={current === 'settings' ? 'page' : undefined}
          onClick={() => setCurrent('settings')}
        >
          {t.settingsButton}
        </PaneButton>
      </div>
      <StepStrip t={t} steps={strip} current={current === 'settings' || current === 'forms' ? null : current} onSelect={setCurrent} />
      </nav>
      <main className={styles.panel}>
        <h1 className={view.srOnly}>{t.appName}</h1>
        <React.Suspense
          fallback={
            <p className={view.text}>
              <PaneSpinner /> {t.loadingView}
            </p>
          }
        >
          {current === 'forms' && (
            <section className={view.root} aria-labelledby="view-title">
              <h2 id="view-title" className={view.title}>
                {t.steps.forms}
              </h2>
              <ResultBlock t={t} title={t.steps.forms} notice={notices.forms ?? null} focusSeq={focus.forms ?? 0} />
              <MemberFormsView port={port} lang={lang} busy={busy} run={(work) => run('forms', work)} onWritten={() => void refreshQuietly()} />
            </section>
          )}
          {current === 'check' && (
            <CheckView
              {...common}
              report={report}
              notScoring={notScoring}
              running={runningKey === 'check'}
              notice={notices.check ?? null}
              focusSeq={focus.check ?? 0}
              listFocusSeq={focus.problems ?? 0}
              onRun={() => void onCheck()}
              onCreateWorkbook={openNewWorkbook}
              problemMessage={core.problemMessage}
              filter={filter}
              onFilter={setFilter}
              highlight={highlight}
              locate={locate}
            />
          )}
          {current === 'lock' && (
            <LockView
              {...common}
              lock={lock}
              fingerprint={status?.fingerprint ?? null}
              supported={canSignOff}
              notScoring={notScoring}
              running={runningKey === 'lock'}
              notice={notices.lock ?? null}
              focusSeq={focus.lock ?? 0}
              onLock={(form) => signOff('lock', form)}
              onUnlock={(form) => signOff('unlock', form)}
            />
          )}
          {current === 'rank' && (
            <RankView
              {...common}
              run={rankRun}
              stale={stale}
              running={runningKey === 'rank'}
              notice={notices.rank ?? null}
              focusSeq={focus.rank ?? 0}
              onRun={() => void onRank()}
            />
          )}
          {current === 'nominate' && (
            <NominateView
              {...common}
              run={nominateRun}
              running={runningKey === 'nominate'}
              notice={notices.nominate ?? null}
              focusSeq={focus.nominate ?? 0}
              onRun={() => void onNominate()}
              onWriteNextBallots={() => void onWriteNextBallots()}
            />
          )}
          {current === 'deliver' && (
            <DeliverView t={t} outputs={outputs} state={states.deliver} onOpenSheet={props.describeCell ? undefined : (sheet) => act(() => port.selectCell(sheet, 'A1'))}>
              {props.deliver}
            </DeliverView>
          )}
          {current === 'settings' && (
            <SettingsView
              {...common}
              status={status}
              lastRank={lastRank}
              stale={stale}
              running={runningKey === 'create'}
              defaultYear={clock().getFullYear()}
              onRefresh={() => void onRefresh()}
              onCreate={onCreate}
              formOpen={formOpen}
              onFormOpen={setFormOpen}
              createNotice={notices.create ?? null}
              formFocusSeq={focus.form ?? 0}
              createFocusSeq={focus.create ?? 0}
            />
          )}
        </React.Suspense>
      </main>
      <div className={view.srOnly} role="status" aria-live="polite" aria-atomic="true" data-testid="announcer">
        {announcement}
      </div>
    </div>
  );
}
