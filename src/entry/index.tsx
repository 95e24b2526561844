/**
 * Entry point of the task pane page (webpack's "taskpane" entry): decide whether the page runs
 * inside Excel, then render under one FluentProvider either
 * - the add-in (OfficePane.tsx: the App over the Office.js port); or
 * - the file mode (src/web, issue 5) when there is no Office host.
 *
 * Office.js is not a blocking tag of the page (taskpane.html): this script asks for it
 * (loadOfficeJs.ts). When Office's own hints say it opened the page (hostHints.ts), the page shows a
 * spinner, loads Office.js and waits for Office.onReady however long a cold start takes: inside
 * Office the file mode is never shown. Without hints (a browser), the file mode shows at once —
 * whatever the Office.js CDN does, even never answering (issue 13) — while Office.js is asked for
 * in the background, and an "Excel" answer still switches to the add-in.
 *
 * The file mode and exceljs are separate chunks fetched only in the second case, so the add-in
 * loads no more than it must (scripts/check-bundle.js). This folder is the only one that knows both
 * modes: the task pane (src/taskpane) imports neither src/office nor src/web.
 */
import * as React from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import type { Lang } from '../core/index';
import { displayLanguage } from '../office/host';
import { defaultCore } from '../app/defaultCore';
import { detectLang } from '../taskpane/lang';
import { stringsFor } from '../taskpane/strings';
import { PaneSpinner } from '../taskpane/components/PaneButton';
import { officeHostInfo } from './hostHints';
import { OfficePane } from './OfficePane';
import { loadOfficeJs } from './loadOfficeJs';
import { probeOffice, type OfficeLike } from './officeProbe';

/** How long the spinner waits for a hinted Office before it says so (it keeps waiting after). */
export const HINTED_READY_TIMEOUT_MS = 60_000;

const STARTING: Record<Lang, { wait: string; slow: string }> = {
  vi: { wait: 'Đang chờ Excel khởi động…', slow: 'Excel khởi động lâu hơn thường lệ. Nếu bảng điều khiển không hiện, hãy đóng rồi mở lại.' },
  en: { wait: 'Waiting for Excel to start…', slow: 'Excel is taking longer than usual to start. If the panel does not appear, close it and open it again.' },
};

let root: Root | null = null;

function container(): HTMLElement {
  const existing = document.getElementById('container');
  if (existing) return existing;
  const div = document.createElement('div');
  div.id = 'container';
  document.body.appendChild(div);
  return div;
}

function mount(lang: Lang, node: React.ReactNode): void {
  document.documentElement.lang = lang;
  root ??= createRoot(container());
  root.render(
    <FluentProvider theme={webLightTheme} lang={lang}>
      {node}
    </FluentProvider>,
  );
}

const browserLang = (): Lang => detectLang(typeof navigator !== 'undefined' ? navigator.language : null);

/** Only for the case the file mode's chunk cannot be fetched: say where the pane works. */
function renderOutsideOffice(lang: Lang = browserLang()): void {
  mount(
    lang,
    <div style={{ padding: '16px' }}>
      <p style={{ margin: 0 }}>{stringsFor(lang).outsideOffice}</p>
    </div>,
  );
}

/** Inside Office, while Office.js starts: a spinner (and, after a long wait, a sentence under it). */
function renderStarting(slow: boolean, lang: Lang = browserLang()): void {
  mount(
    lang,
    <div style={{ padding: '24px 16px', display: 'flex', flexDirection: 'column', alignItems: 'center', rowGap: '12px', textAlign: 'center' }} data-testid="starting" role="status">
      <PaneSpinner size="large" />
      <p style={{ margin: 0 }}>{STARTING[lang].wait}</p>
      {slow && <p style={{ margin: 0 }}>{STARTING[lang].slow}</p>}
    </div>,
  );
}

let mode: 'probing' | 'office' | 'browser' = 'probing';

/** The file mode, fetched on demand (its own chunk; exceljs is fetched later still). */
function renderFileMode(lang: Lang = browserLang()): void {
  mode = 'browser';
  import(/* webpackChunkName: "web" */ '../web/FileMode')
    .then(({ FileMode }) => {
      if (mode !== 'browser') return; // Office answered late: the add-in took over meanwhile
      mount(lang, <FileMode lang={lang} core={defaultCore} />);
    })
    .catch(() => renderOutsideOffice(lang));
}

function renderOffice(): void {
  if (mode === 'office') return;
  mode = 'office';
  const lang = detectLang(displayLanguage());
  mount(lang, <OfficePane lang={lang} />);
}

/** The `Office` global, once Office.js (or a test's fake host) has put it there. */
const officeGlobal = (): OfficeLike | undefined => (typeof Office === 'undefined' ? undefined : (Office as OfficeLike));

function start(): void {
  const hint = officeHostInfo(typeof window === 'undefined' ? undefined : window);
  // An Office that answers, however late, is Excel after all: the add-in replaces the file mode.
  const onLateHost = () => renderOffice();
  if (hint === null) {
    // A browser: the file mode now, Office.js in the background (it decides nothing unless it says "Excel").
    renderFileMode();
    void loadOfficeJs(officeGlobal).then((office) =>
      probeOffice(office, undefined, onLateHost).then((probe) => {
        if (probe.kind === 'office') renderOffice();
      }),
    );
    return;
  }
  // Office's language while Office.js starts (it is Office's, not the browser's, that the pane then uses).
  const startLang = hint.locale ? detectLang(hint.locale) : browserLang();
  renderStarting(false, startLang);
  void loadOfficeJs(officeGlobal).then((office) =>
    probeOffice(office, HINTED_READY_TIMEOUT_MS, onLateHost).then((probe) => {
      if (probe.kind === 'office') renderOffice();
      else if (probe.why === 'timeout') renderStarting(true, startLang);
      else renderFileMode();
    }),
  );
}

start();
