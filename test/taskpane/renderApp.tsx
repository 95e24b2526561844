/** Renders the pane with a fake port and a fake core, as Office would under one FluentProvider. */
import * as React from 'react';
import { render, screen, waitFor } from '@testing-library/react';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { App, type TabKey } from '../../src/taskpane/App';
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
  options: { lang?: Lang; problems?: Problem[]; port?: FakePortOptions; tab?: TabKey; debounceMs?: number } = {},
): Promise<Rendered> {
  const port = fakePort(options.port);
  const core = fakeCore(options.problems);
  const r = render(
    <FluentProvider theme={webLightTheme}>
      <App
        port={port}
        lang={options.lang ?? 'vi'}
        core={core}
        initialTab={options.tab}
        changeDebounceMs={options.debounceMs ?? 20}
        now={() => new Date(2023, 0, 9, 8, 5)}
      />
    </FluentProvider>,
  );
  // the quiet status read at start
  await waitFor(() => expect(core.checkInputs.length).toBeGreaterThan(0));
  await screen.findByRole('tablist');
  return { port, core, unmount: r.unmount };
}
