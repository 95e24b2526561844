/**
 * The add-in: the App over the Office.js port, with what the shell could not do on this host (or
 * chose not to, e.g. colouring more than its cap) shown as notices above the views.
 */
import * as React from 'react';
import type { Lang } from '../core/index';
import { createExcelPort } from '../office/excelPort';
import type { PortNotice } from '../office/notices';
import { defaultCore } from '../app/defaultCore';
import { App } from '../taskpane/App';
import { NoticeBox, PaneButton } from '../taskpane/components/PaneButton';

const DISMISS: Record<Lang, string> = { vi: 'Đóng', en: 'Dismiss' };

export function OfficePane({ lang }: { lang: Lang }): React.JSX.Element {
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
            <NoticeBox key={n.code} intent="warning" data-notice={n.code}>
              <span>{lang === 'en' ? n.en : n.vi}</span>
              <span>
                <PaneButton appearance="subtle" size="small" onClick={() => setNotices((list) => list.filter((x) => x !== n))}>
                  {DISMISS[lang]}
                </PaneButton>
              </span>
            </NoticeBox>
          ))}
        </div>
      )}
      <App port={port} lang={lang} core={defaultCore} />
    </>
  );
}
