/**
 * The fake Office host of the add-in mode browser test, bundled for the page (fakeHostBundle.ts)
 * and injected before the page's own scripts. It installs the same in-memory Excel API fake the
 * Office shell tests use (test/fakes/fakeExcel.ts) as the globals `Office` and `Excel`, holding
 * the workbook the test put in `window.__ctdFakeOptions`, and leaves a small handle on
 * `window.__ctdFake` for the test to read what the pane wrote.
 */
import { installFakeOffice, type FakeOfficeOptions, type FakeScalar } from '../fakes/fakeExcel';

/** What the test reads back from the page (plain data: it crosses into Node as JSON). */
export interface FakeHostHandle {
  sheetNames(): string[];
  values(sheet: string): FakeScalar[][];
  names(): { name: string; formula: string }[];
  syncCount(): number;
}

const page = globalThis as unknown as { __ctdFakeOptions?: FakeOfficeOptions; __ctdFake?: FakeHostHandle };

const fake = installFakeOffice(page.__ctdFakeOptions ?? {});

// Office.js's onReady takes an optional callback as well as returning a promise; the fake
// only returns the promise, so the callback form is added here for any caller that uses it.
const office = (globalThis as unknown as { Office: { onReady: (cb?: (info: unknown) => void) => Promise<unknown> } }).Office;
const onReady = office.onReady;
office.onReady = (callback?: (info: unknown) => void) => {
  const answer = onReady();
  if (callback) void answer.then(callback);
  return answer;
};

page.__ctdFake = {
  sheetNames: () => fake.sheetNames(),
  values: (sheet) => fake.values(sheet),
  names: () => fake.names(),
  syncCount: () => fake.syncCount,
};
