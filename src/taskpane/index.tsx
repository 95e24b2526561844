/**
 * Entry point of the task pane (the Office-Addin-TaskPane-React layout): wait for Office, build
 * the Office.js port, pick the language, render the App under one FluentProvider. This is the
 * only file of the pane that touches `Office`; the components see the port only.
 */
import * as React from 'react';
import { createRoot } from 'react-dom/client';
import { FluentProvider, Text, webLightTheme } from '@fluentui/react-components';
import type { Lang } from '../core/messages';
import { createExcelPort } from '../office/excelPort';
import { defaultCore } from '../app/defaultCore';
import { App } from './App';
import { detectLang } from './lang';
import { stringsFor } from './strings';

function container(): HTMLElement {
  const existing = document.getElementById('container');
  if (existing) return existing;
  const div = document.createElement('div');
  div.id = 'container';
  document.body.appendChild(div);
  return div;
}

function mount(lang: Lang, node: React.ReactNode): void {
  createRoot(container()).render(
    <FluentProvider theme={webLightTheme} lang={lang}>
      {node}
    </FluentProvider>,
  );
}

/**
 * Shown when the page is opened without Excel. The standalone file mode (open an .xlsx in the
 * browser) is a later issue; it will render the App here with a file port instead.
 */
export function renderOutsideOffice(lang: Lang = detectLang(typeof navigator !== 'undefined' ? navigator.language : null)): void {
  mount(
    lang,
    <div style={{ padding: '16px' }}>
      <Text>{stringsFor(lang).outsideOffice}</Text>
    </div>,
  );
}

function start(): void {
  if (typeof Office === 'undefined' || typeof Office.onReady !== 'function') {
    renderOutsideOffice();
    return;
  }
  void Office.onReady((info) => {
    if (!info.host) {
      renderOutsideOffice();
      return;
    }
    const lang = detectLang(Office.context?.displayLanguage);
    mount(lang, <App port={createExcelPort()} lang={lang} core={defaultCore} />);
  });
}

start();
