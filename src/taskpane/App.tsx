/**
 * The task pane: four views under a tab list, one command at a time. The workbook is reached only
 * through the port and the core only through the functions passed in, so the whole pane runs in
 * tests against fakes (docs/ma-nguon.md, "Office I/O behind functions passed in").
 */
import * as React from 'react';
import { MessageBar, MessageBarBody, Spinner, Tab, TabList, makeStyles, tokens } from '@fluentui/react-components';
import { isPortError, type Lang, type RankReport, type WorkbookPort } from '../core/index';
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
import { runLock, runUnlock, type LockForm } from '../app/signOff';
import { errorText } from './errorText';
import { LockMismatchBanner } from './components/LockPanel';
import { ballotFormsNotice, checkNotice, nominateNotice, rankNotice, signOffNotice, withLog, type Notice } from './notices';
import { stringsFor } from './strings';
import { CheckView } from './views/CheckView';
import { NominateView } from './views/NominateView';
import { RankView } from './views/RankView';
import { SettingsView } from './views/SettingsView';

export type TabKey = 'check' | 'rank' | 'nominate' | 'settings';

export interface AppProps {
  port: WorkbookPort;
  lang: Lang;
  core: CoreFunctions;
  /** Quiet time after the last change before the fingerprint is recomputed. */
  changeDebounceMs?: number;
  now?: () => Date;
  initialTab?: TabKey;
}

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: '8px', padding: '8px 12px 16px', minWidth: 0, boxSizing: 'border-box' },
  tabs: { flexWrap: 'wrap', marginLeft: '-8px' },
  progress: { minHeight: '20px' },
  notice: { whiteSpace: 'normal' },
  line: { display: 'block' },
  panel: { minWidth: 0 },
  srOnly: { position: 'absolute', width: '1px', height: '1px', overflow: 'hidden', clip: 'rect(0 0 0 0)', whiteSpace: 'nowrap' },
  title: { fontSize: tokens.fontSizeBase300, margin: 0 },
});

type Run = CommandResult<RankReport>;

const TABS: TabKey[] = ['check', 'rank', 'nominate', 'settings'];

export function App({ port, lang, core, changeDebounceMs = 2000, now, initialTab = 'check' }: AppProps): React.JSX.Element {
  const styles = useStyles();
  const t = stringsFor(lang);
  const [tab, setTab] = React.useState<TabKey>(initialTab);
  const [stage, setStage] = React.useState<Stage | null>(null);
  const [notice, setNotice] = React.useState<Notice | null>(null);
  const [checkRun, setCheckRun] = React.useState<Run | null>(null);
  const [rankRun, setRankRun] = React.useState<Run | null>(null);
  const [nominateRun, setNominateRun] = React.useState<Run | null>(null);
  const [status, setStatus] = React.useState<WorkbookStatus | null>(null);
  const [lastRank, setLastRank] = React.useState<string | null>(null);
  const [memberFilter, setMemberFilter] = React.useState<string | null>(null);
  const [highlightOn, setHighlightOn] = React.useState(false);
  const running = React.useRef(false);
  const mounted = React.useRef(true);
  React.useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);

  const fail = React.useCallback(
    (e: unknown, command = false) => {
      if (!isPortError(e)) console.error(e); // for the developer tools, never for the user
      // A port error says what happened, and every write of the port is all or none
      // (src/office/README.md): a failed command lost nothing, and the pane says so too.
      const lines = command && isPortError(e) ? [errorText(e, lang, t), t.nothingLost] : [errorText(e, lang, t)];
      if (mounted.current) setNotice({ intent: 'error', lines });
    },
    [lang, t],
  );

  /** Runs one command at a time; every command button is disabled meanwhile. */
  const run = React.useCallback(
    async <T,>(work: (deps: CommandDeps) => Promise<T>, first: Stage = 'read'): Promise<T | undefined> => {
      if (running.current) return undefined;
      running.current = true;
      setStage(first);
      setNotice(null);
      try {
        return await work({ ...core, now, onProgress: (s) => mounted.current && setStage(s) });
      } catch (e) {
        fail(e, true);
        return undefined;
      } finally {
        running.current = false;
        if (mounted.current) setStage(null);
      }
    },
    [core, now, fail],
  );

  /** Small port actions (go to a cell, colour cells): no progress, but failures are shown. */
  const act = React.useCallback(
    (work: () => Promise<void>) => {
      work().catch((e: unknown) => fail(e));
    },
    [fail],
  );

  // The fingerprint, read quietly when the pane opens and again after co-authors' edits settle
  // (debounced): the only visible effect is the stale banner. Failures stay quiet too.
  const refreshQuietly = React.useCallback(async () => {
    try {
      const s = await readStatus(port, core);
      if (mounted.current) setStatus(s);
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
        if (!cancelled) setLastRank((current) => current ?? fp);
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

  const applyHighlights = React.useCallback(
    async (r: Run) => {
      if (!port.highlightCells) return;
      await port.clearHighlights?.();
      await port.highlightCells(highlightCellsFor(r.report.problems));
    },
    [port],
  );

  const afterRun = (r: Run) => {
    setCheckRun(r);
    setStatus(statusOf(r.report));
    if (highlightOn) act(() => applyHighlights(r));
  };

  const onCheck = async () => {
    const r = await run((deps) => runCheck(port, deps));
    if (!r || !mounted.current) return;
    afterRun(r);
    setNotice(withLog(checkNotice(r, t), r.log, t, lang));
  };

  const onRank = async () => {
    const r = await run((deps) => runRank(port, deps));
    if (!r || !mounted.current) return;
    afterRun(r);
    setRankRun(r);
    if (r.outcome === 'done' && r.report.fingerprint) setLastRank(r.report.fingerprint);
    setNotice(withLog(rankNotice(r, t), r.log, t, lang));
  };

  const onNominate = async () => {
    const r = await run((deps) => runNominate(port, deps));
    if (!r || !mounted.current) return;
    afterRun(r);
    setNominateRun(r);
    setNotice(withLog(nominateNotice(r, t), r.log, t, lang));
  };

  // Between rounds: only the pending round's ballot forms; the view keeps showing the last nomination.
  const onWriteForms = async () => {
    const r = await run((deps) => runBallotForms(port, deps));
    if (!r || !mounted.current) return;
    setNotice(withLog(ballotFormsNotice(r, t), r.log, t, lang));
  };

  const onRefresh = async () => {
    const s = await run(() => readStatus(port, core));
    if (s && mounted.current) setStatus(s);
  };

  const onCreate = async (values: NewWorkbookForm): Promise<{ created: boolean; issues: FormIssue[] }> => {
    const r = await run((deps) => createNewWorkbook(port, deps, values), 'template');
    if (!r || !mounted.current) return { created: false, issues: [] };
    if (!r.ok) return { created: false, issues: r.issues };
    setNotice({ intent: 'success', lines: [t.settings.created(r.members)] });
    void refreshQuietly();
    return { created: true, issues: [] };
  };

  const signOff = async (direction: 'lock' | 'unlock', form: LockForm): Promise<boolean> => {
    const r = await run((deps) => (direction === 'lock' ? runLock : runUnlock)(port, deps, form));
    if (!r || !mounted.current) return false;
    setNotice(signOffNotice(r, direction, t));
    if (r.report) setStatus(statusOf(r.report));
    return r.ok;
  };
  const canSignOff = typeof port.protectSheets === 'function' && typeof port.unprotectSheets === 'function' && typeof port.appendLog === 'function';

  const busy = stage !== null;
  const lock = status?.lock ?? null;
  const lockMismatch = lock !== null && lock.locked && !lock.matches;
  const stale = lastRank !== null && status !== null && status.fingerprint !== null && status.fingerprint !== lastRank;
  const clock = now ?? (() => new Date());

  const highlight = port.highlightCells
    ? {
        on: highlightOn,
        onToggle: (on: boolean) => {
          setHighlightOn(on);
          if (on && checkRun) act(() => applyHighlights(checkRun));
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

  return (
    <div className={styles.root} lang={lang}>
      <h1 className={styles.srOnly}>{t.appName}</h1>
      <TabList
        className={styles.tabs}
        size="small"
        selectedValue={tab}
        onTabSelect={(_, d) => setTab(d.value as TabKey)}
        aria-label={t.tabsLabel}
      >
        {TABS.map((k) => (
          <Tab key={k} value={k}>
            {t.tabs[k]}
          </Tab>
        ))}
      </TabList>
      <div className={styles.progress} role="status" aria-live="polite">
        {stage && <Spinner size="tiny" labelPosition="after" label={t.stage[stage]} />}
      </div>
      {lockMismatch && lock && <LockMismatchBanner lang={lang} lock={lock} fingerprint={status?.fingerprint ?? null} />}
      {notice && (
        <MessageBar intent={notice.intent} data-intent={notice.intent} layout="multiline" className={styles.notice}>
          <MessageBarBody>
            {notice.lines.map((l, i) => (
              <span key={i} className={styles.line}>
                {l}
              </span>
            ))}
          </MessageBarBody>
        </MessageBar>
      )}
      <div className={styles.panel}>
        {tab === 'check' && (
          <CheckView
            t={t}
            lang={lang}
            run={checkRun}
            busy={busy}
            onRun={() => void onCheck()}
            problemMessage={core.problemMessage}
            filter={memberFilter}
            onFilter={setMemberFilter}
            highlight={highlight}
            onSelectCell={(sheet, cell) => act(() => port.selectCell(sheet, cell))}
          />
        )}
        {tab === 'rank' && <RankView t={t} lang={lang} run={rankRun} busy={busy} stale={stale} onRun={() => void onRank()} />}
        {tab === 'nominate' && <NominateView t={t} lang={lang} run={nominateRun} busy={busy} onRun={() => void onNominate()} onWriteForms={() => void onWriteForms()} />}
        {tab === 'settings' && (
          <SettingsView
            t={t}
            lang={lang}
            status={status}
            lastRank={lastRank}
            stale={stale}
            busy={busy}
            defaultYear={clock().getFullYear()}
            onRefresh={() => void onRefresh()}
            onCreate={onCreate}
            onLock={canSignOff ? (form) => signOff('lock', form) : undefined}
            onUnlock={canSignOff ? (form) => signOff('unlock', form) : undefined}
          />
        )}
      </div>
    </div>
  );
}
