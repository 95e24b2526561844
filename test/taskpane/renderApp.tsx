/** Renders the pane with a fake port and a fake core, as Office would under one FluentProvider. */
import * as React from 'react';
import { render, screen, waitFor } from '@testing-library/react';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { App, type AppProps, type ViewKey } from '../../src/taskpane/App';
import type { Lang } from '../../src/core/lang';
import type { Problem } from '../../src/core/problems';
import { fakeCore, type FakeCore } from '../app/fakes/fakeCore';
import { fakePort, type FakePort, type FakePortOptions } from '../app/fakes/fakePort';

export interface Rendered {
  port: FakePort;
  core: FakeCore;
  unmount(): void;
}

export async function renderApp(
  options: { lang?: Lang; problems?: Problem[]; port?: FakePortOptions; view?: ViewKey; debounceMs?: number; props?: Partial<AppProps> } = {},
): Promise<Rendered> {
  const port = fakePort(options.port);
  const core = fakeCore(options.problems);
  const r = render(
    <FluentProvider theme={webLightTheme}>
      <App
        port={port}
        lang={options.lang ?? 'vi'}
        core={core}
        initialView={options.view}
        changeDebounceMs={options.debounceMs ?? 20}
        now={() => new Date(2023, 0, 9, 8, 5)}
        {...options.props}
      />
    </FluentProvider>,
  );
  // the quiet status read at start
  await waitFor(() => expect(core.checkInputs.length).toBeGreaterThan(0));
  await screen.findByRole('navigation', { name: 'Các bước công việc trong năm' }).catch(() => screen.findByRole('navigation'));
  return { port, core, unmount: r.unmount };
}

const escapeRe = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The step strip's button of a step, by its name ("Kiểm tra", "Check"), whatever its state. */
export function stepButton(name: string): HTMLElement {
  return screen.getByRole('button', { name: new RegExp(`^(Bước|Step) \\d: ${escapeRe(name)} — `) });
}

/** Opens a step, or Cài đặt / Settings, as a user presses it. */
export async function openView(name: string): Promise<void> {
  const { fireEvent } = await import('@testing-library/react');
  if (name === 'Cài đặt' || name === 'Settings') fireEvent.click(screen.getByRole('button', { name }));
  else fireEvent.click(stepButton(name));
  await screen.findByRole('heading', { level: 2, name: new RegExp(`^${escapeRe(name === 'Cài đặt' || name === 'Settings' ? name : name)}`) }).catch(() => undefined);
}

/** An element's name as a screen reader gets it from its content: its text without the parts hidden from it. */
export function nameOf(el: Element): string {
  const copy = el.cloneNode(true) as Element;
  copy.querySelectorAll('[aria-hidden="true"]').forEach((x) => x.remove());
  return (copy.textContent ?? '').replace(/\s+/g, ' ').trim();
}
