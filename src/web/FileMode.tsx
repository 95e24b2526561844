/**
 * The file mode: the task pane in an ordinary browser, outside Excel (issue 5). The user opens a
 * scoring workbook (.xlsx) from disk, the same steps work on it through a port over the workbook
 * in memory (filePort.ts), and "Tải về kết quả" in the last step (In & Tải về) downloads the
 * workbook with the output sheets written into it. The file is read by this page and never sent
 * anywhere. Opening and downloading run in the file mode's worker and show how far they are in
 * per cent (issue 13).
 *
 * This module is loaded only in this mode (src/entry/index.tsx imports it with import()); the
 * file engine comes later still, in its own worker (see loadFileShell.ts).
 */
import type { Lang, WorkbookPort } from '../core/index';
import * as React from 'react';
import { Button, Caption1, MessageBar, MessageBarActions, MessageBarBody, ProgressBar, Text, makeStyles, tokens } from '@fluentui/react-components';
import type { CoreFunctions } from '../app/deps';
import type { StepState } from '../app/steps';
import { App } from '../taskpane/App';
import { PaneButton } from '../taskpane/components/PaneButton';
import { ResultBlock } from '../taskpane/components/ResultBlock';
import { RunButton } from '../taskpane/components/RunButton';
import type { Notice } from '../taskpane/notices';
import { stringsFor } from '../taskpane/strings';
import { downloadBytes } from './download';
import { LARGE_FILE_BYTES, formatSize, resultFileName } from './fileChoice';
import type { FileClient } from './fileClient';
import { createFilePort } from './filePort';
import { loadFileShell, type FileShell } from './loadFileShell';
import { FileChooser, OpenPanel } from './OpenPanel';
import { openWorkbookFile, type OpenStage } from './openWorkbook';
import { webStrings, type WebStrings } from './strings';

const useStyles = makeStyles({
  page: { minHeight: '100vh', boxSizing: 'border-box' },
  column: { maxWidth: '960px', margin: '0 auto', minWidth: 0 },
  top: { display: 'flex', flexDirection: 'column', rowGap: '8px', padding: '12px 12px 0', minWidth: 0 },
  title: { fontSize: tokens.fontSizeBase500, lineHeight: tokens.lineHeightBase500, fontWeight: tokens.fontWeightSemibold, margin: 0 },
  // Once a file is open the views need the room: the title shrinks to one line at 320 px.
  titleSmall: { fontSize: tokens.fontSizeBase300, lineHeight: tokens.lineHeightBase300, fontWeight: tokens.fontWeightSemibold },
  privacy: {
    display: 'block',
    padding: '6px 8px',
    borderLeft: `3px solid ${tokens.colorPaletteGreenBorder2}`,
    backgroundColor: tokens.colorPaletteGreenBackground1,
    color: tokens.colorNeutralForeground1,
  },
  fileBar: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', columnGap: '8px', rowGap: '6px', minWidth: 0 },
  fileName: { flexBasis: '100%', minWidth: 0, overflowWrap: 'anywhere' },
  fileLabel: { color: tokens.colorNeutralForeground2, marginRight: '4px' },
  hint: { color: tokens.colorNeutralForeground2 },
  progress: { display: 'flex', flexDirection: 'column', rowGap: '4px' },
  deliver: { display: 'flex', flexDirection: 'column', rowGap: '8px' },
  line: { display: 'block' },
  hidden: { display: 'none' },
  srOnly: { position: 'absolute', width: '1px', height: '1px', overflow: 'hidden', clip: 'rect(0 0 0 0)', whiteSpace: 'nowrap', margin: '-1px' },
});

type Busy = OpenStage | { kind: 'preparing'; fraction?: number };

interface OpenDoc {
  /** A new id remounts the pane, so that nothing of the previous file's results remains. */
  id: number;
  name: string;
  client: FileClient;
  port: WorkbookPort;
  /** The core, answering checks with the worker's own (workerCore.ts). */
  core: CoreFunctions;
  isNew: boolean;
}

interface Banner {
  intent: 'error' | 'success' | 'info' | 'warning';
  lines: string[];
}

export interface FileModeProps {
  lang: Lang;
  core: CoreFunctions;
  /** Where the file engine's connection comes from (tests may pass their own). */
  loadShell?: () => Promise<FileShell>;
  now?: () => Date;
}

/** How far the whole operation is (0…1): reading the file a fifth, the engine's reading most of the rest. */
export function overallFraction(busy: Busy): number | undefined {
  switch (busy.kind) {
    case 'reading':
      return 0.2 * busy.fraction;
    case 'loadingReader':
      return 0.2;
    case 'opening':
      return 0.2 + 0.7 * (busy.fraction ?? 0);
    case 'checking':
      return 0.92;
    case 'preparing':
      return busy.fraction;
  }
}

function stageText(busy: Busy, t: WebStrings): string {
  const text = t.stage[busy.kind];
  const f = overallFraction(busy);
  return f === undefined ? text : t.percent(text, Math.min(100, Math.floor(f * 100)));
}

/** The page's top: the whole first screen (its main part) before a file is open; a header above the pane after. */
function Top({ open, className, children }: { open: boolean; className: string; children: React.ReactNode }): React.JSX.Element {
  return open ? <header className={className}>{children}</header> : <main className={className}>{children}</main>;
}

const hasFiles = (e: DragEvent | React.DragEvent): boolean => Array.from(e.dataTransfer?.types ?? []).includes('Files');

let nextDocId = 1;

export function FileMode({ lang, core, loadShell = loadFileShell, now }: FileModeProps): React.JSX.Element {
  const styles = useStyles();
  const t = webStrings(lang);
  const [doc, setDoc] = React.useState<OpenDoc | null>(null);
  const [busy, setBusy] = React.useState<Busy | null>(null);
  const [largeFile, setLargeFile] = React.useState<string | null>(null);
  const [banner, setBanner] = React.useState<Banner | null>(null);
  /** Changes of the open workbook, and how many of them the last download held. */
  const [writes, setWrites] = React.useState(0);
  const [downloadedAt, setDownloadedAt] = React.useState<number | null>(null);
  const [downloadNotice, setDownloadNotice] = React.useState<Notice | null>(null);
  const [downloadSeq, setDownloadSeq] = React.useState(0);
  const [dragging, setDragging] = React.useState(false);
  const working = React.useRef(false);
  const chooser = React.useRef<HTMLInputElement>(null);

  // Start fetching the file engine now, so that it is there when the user has chosen a file.
  React.useEffect(() => {
    loadShell().catch(() => undefined);
  }, [loadShell]);

  // This mode owns the whole page: no browser margin around it (its own padding is enough).
  React.useEffect(() => {
    const before = document.body.style.margin;
    document.body.style.margin = '0';
    return () => {
      document.body.style.margin = before;
    };
  }, []);

  // A file dropped outside the page's drop area must not make the browser navigate to it.
  React.useEffect(() => {
    const guard = (e: DragEvent) => {
      if (hasFiles(e)) e.preventDefault();
    };
    window.addEventListener('dragover', guard);
    window.addEventListener('drop', guard);
    return () => {
      window.removeEventListener('dragover', guard);
      window.removeEventListener('drop', guard);
    };
  }, []);

  // The worker of a file that is no longer shown is stopped.
  React.useEffect(() => () => doc?.client.close(), [doc]);

  const showDoc = React.useCallback(
    (name: string, client: FileClient, shell: FileShell, isNew: boolean) => {
      const port = createFilePort(client, { onWrite: () => setWrites((n) => n + 1) });
      setDoc({ id: nextDocId++, name, client, port, core: shell.withWorkerChecks(core, client), isNew });
      setWrites(0);
      setDownloadedAt(null);
      setDownloadNotice(null);
    },
    [core],
  );

  /** One file operation at a time; every button waits meanwhile. */
  const work = React.useCallback(
    async (first: Busy, job: () => Promise<void>) => {
      if (working.current) return;
      working.current = true;
      setBusy(first);
      setBanner(null);
      try {
        await job();
      } catch (e) {
        console.error(e); // for the developer tools; the user reads one sentence
        setBanner({ intent: 'error', lines: [t.refuse.unexpected] });
      } finally {
        working.current = false;
        setBusy(null);
        setLargeFile(null);
      }
    },
    [t],
  );

  const open = React.useCallback(
    (file: File) =>
      void work({ kind: 'reading', fraction: 0 }, async () => {
        setLargeFile(file.size >= LARGE_FILE_BYTES ? formatSize(file.size, lang) : null);
        const r = await openWorkbookFile(file, { lang, core, loadShell, onStage: setBusy });
        if (!r.ok) setBanner({ intent: 'error', lines: r.lines });
        else showDoc(r.name, r.client, r.shell, false);
      }),
    [work, lang, core, loadShell, showDoc],
  );

  const createNew = () =>
    void work({ kind: 'loadingReader' }, async () => {
      let shell: FileShell;
      let client: FileClient;
      try {
        shell = await loadShell();
        client = await shell.connect();
      } catch {
        setBanner({ intent: 'error', lines: [t.refuse.readerFailed] });
        return;
      }
      await client.newWorkbook((now ?? (() => new Date()))());
      showDoc(t.newFileName, client, shell, true);
    });

  const download = () =>
    void work({ kind: 'preparing', fraction: 0 }, async () => {
      if (!doc) return;
      const at = writes;
      const stop = doc.client.onProgress((stage, fraction) => {
        if (stage === 'packing') setBusy({ kind: 'preparing', fraction });
      });
      let bytes: Uint8Array;
      try {
        bytes = await doc.client.bytes();
      } finally {
        stop();
      }
      const fileName = doc.isNew ? t.newFileName : resultFileName(doc.name);
      downloadBytes(bytes, fileName);
      setDownloadedAt(at);
      setDownloadNotice({ intent: 'success', lines: [t.downloaded(fileName)] });
      setDownloadSeq((n) => n + 1);
    });

  const onDragOver = (e: React.DragEvent) => {
    if (!hasFiles(e)) return;
    e.preventDefault();
    e.dataTransfer.dropEffect = 'copy';
    if (!dragging) setDragging(true);
  };
  const onDragLeave = (e: React.DragEvent) => {
    const to = e.relatedTarget as Node | null;
    if (!to || !e.currentTarget.contains(to)) setDragging(false);
  };
  const onDrop = (e: React.DragEvent) => {
    e.preventDefault();
    setDragging(false);
    const file = e.dataTransfer.files?.[0];
    if (file) open(file);
  };

  const isBusy = busy !== null;
  const written = writes > 0;
  const deliverState: StepState = downloadedAt === null ? 'notDone' : downloadedAt === writes ? 'done' : 'stale';
  const fraction = busy ? overallFraction(busy) : undefined;

  const deliver = doc && (
    <div className={styles.deliver}>
      <Text>{t.deliverIntro}</Text>
      <RunButton running={busy?.kind === 'preparing'} busy={isBusy || !written} stage={busy?.kind === 'preparing' ? stageText(busy, t) : null} onClick={download}>
        {t.download}
      </RunButton>
      {!written && <Caption1 className={styles.hint}>{t.downloadHint}</Caption1>}
      <ResultBlock t={stringsFor(lang)} title={t.downloadResult} notice={downloadNotice} focusSeq={downloadSeq} />
    </div>
  );

  return (
    <div className={styles.page} lang={lang} onDragOver={onDragOver} onDragLeave={onDragLeave} onDrop={onDrop}>
      <div className={styles.column}>
        <Top className={styles.top} open={doc !== null}>
          {doc ? <div className={styles.titleSmall}>{t.title}</div> : <h1 className={styles.title}>{t.title}</h1>}
          {!doc && <Text>{t.intro}</Text>}
          <Caption1 className={styles.privacy} data-testid="privacy">
            {t.privacy}
          </Caption1>

          {!doc && <OpenPanel t={t} busy={isBusy} dragging={dragging} onFile={open} onNew={createNew} />}

          {doc && (
            <div className={styles.fileBar}>
              <Text className={styles.fileName}>
                <span className={styles.fileLabel}>{t.fileLabel}:</span>
                <strong data-testid="file-name">{doc.name}</strong>
              </Text>
              <PaneButton size="small" unavailable={isBusy} onClick={() => chooser.current?.click()}>
                {t.openOther}
              </PaneButton>
              <FileChooser ref={chooser} label={t.openOther} onFile={open} className={styles.hidden} />
            </div>
          )}

          {/* The stage is announced once; its percentage is shown (and on the bar), not read out at every step. */}
          <div className={styles.srOnly} role="status" aria-live="polite">
            {busy ? t.stage[busy.kind] : ''}
          </div>
          {busy && busy.kind !== 'preparing' && (
            <div className={styles.progress} data-testid="progress">
              <Text aria-hidden="true">{stageText(busy, t)}</Text>
              <ProgressBar value={fraction} max={1} thickness="large" aria-label={t.stage[busy.kind]} />
              {largeFile && <Caption1>{t.largeFile(largeFile)}</Caption1>}
            </div>
          )}

          {banner && (
            <MessageBar intent={banner.intent} layout="multiline" data-testid="file-message">
              <MessageBarBody>
                {banner.lines.map((l, i) => (
                  <span key={i} className={styles.line}>
                    {l}
                  </span>
                ))}
              </MessageBarBody>
              <MessageBarActions
                containerAction={
                  <Button appearance="transparent" size="small" onClick={() => setBanner(null)}>
                    {t.dismiss}
                  </Button>
                }
              />
            </MessageBar>
          )}
        </Top>

        {doc && (
          <App
            key={doc.id}
            port={doc.port}
            lang={lang}
            core={doc.core}
            now={now}
            openNewWorkbook={doc.isNew}
            describeCell={t.cellInfo}
            deliver={deliver}
            deliverState={deliverState}
          />
        )}
      </div>
    </div>
  );
}
