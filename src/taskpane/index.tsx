/**
 * Entry point of the task pane (the Office-Addin-TaskPane-React layout): find out whether the
 * page runs inside Excel, then render under one FluentProvider either
 * - the add-in: the App over the Office.js port, with the port's notices shown above it; or
 * - the file mode (src/web, issue 5) when there is no Office host: Office.js failed to load
 *   (offline, blocked CDN), Office.onReady reports no host, or it does not answer in time.
 * The file mode and exceljs are separate chunks fetched only in the second case, so the add-in
 * loads no more than it did (scripts/check-bundle.js).
 */
import * as React from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { Button, FluentProvider, MessageBar, MessageBarBody, Text, webLightTheme } from '@fluentui/react-components';
import type { Lang } from '../core/index';
import { createExcelPort } from '../office/excelPort';
import { displayLanguage } from '../office/host';
import type { PortNotice } from '../office/notices';
import { defaultCore } from '../app/defaultCore';
import { probeOffice } from '../web/officeProbe';
import { App } from './App';
import { detectLang } from './lang';
import { stringsFor } from './strings';

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
export function renderOutsideOffice(lang: Lang = browserLang()): void {
  mount(
    lang,
    <div style={{ padding: '16px' }}>
      <Text>{stringsFor(lang).outsideOffice}</Text>
    </div>,
  );
}

/** The file mode, fetched on demand (its own chunk; exceljs is fetched later still). */
function renderFileMode(lang: Lang = browserLang()): void {
  import(/* webpackChunkName: "web" */ '../web/FileMode')
    .then(({ FileMode }) => {
      if (mode !== 'browser') return; // Office answered late: the add-in took over meanwhile
      mount(lang, <FileMode lang={lang} core={defaultCore} />);
    })
    .catch(() => renderOutsideOffice(lang));
}

const DISMISS: Record<Lang, string> = { vi: 'Đóng', en: 'Dismiss' };

/** The add-in: the App over Excel, and what the shell could not do on this host, as notices. */
function OfficePane({ lang }: { lang: Lang }): React.JSX.Element {
  const [notices, setNotices] = React.useState<PortNotice[]>([]);
  const port = React.useMemo(
    () =>
      createExcelPort({
        // One notice per kind; a newer one replaces the older (its sheets may differ).
        onNotice: (n) => setNotices((list) => [...list.filter((x) => x.code !== n.code), n]),
      }),
    [],
  );
  return (
    <>
      {notices.length > 0 && (
        <div style={{ display: 'flex', flexDirection: 'column', rowGap: '6px', padding: '8px 12px 0' }}>
          {notices.map((n) => (
            <MessageBar key={n.code} intent="warning" layout="multiline">
              {/* The dismiss button sits in the body: MessageBarActions would cost the add-in's budget 0.7 KB. */}
              <MessageBarBody>
                <span style={{ display: 'block' }}>{lang === 'en' ? n.en : n.vi}</span>
                <Button
                  appearance="transparent"
                  size="small"
                  style={{ minWidth: 0, paddingLeft: 0, paddingRight: 0 }}
                  onClick={() => setNotices((list) => list.filter((x) => x !== n))}
                >
                  {DISMISS[lang]}
                </Button>
              </MessageBarBody>
            </MessageBar>
          ))}
        </div>
      )}
      <App port={port} lang={lang} core={defaultCore} />
    </>
  );
}

let mode: 'probing' | 'office' | 'browser' = 'probing';

function renderOffice(): void {
  mode = 'office';
  const lang = detectLang(displayLanguage());
  mount(lang, <OfficePane lang={lang} />);
}

function start(): void {
  const office = typeof Office === 'undefined' ? undefined : Office;
  void probeOffice(office, undefined, () => {
    // Office answered after the deadline: this is Excel after all. The file mode has only just
    // been shown, so nothing the user did is lost by switching.
    renderOffice();
  }).then((probe) => {
    if (probe.kind === 'office') {
      renderOffice();
    } else {
      mode = 'browser';
      renderFileMode();
    }
  });
}

start();
