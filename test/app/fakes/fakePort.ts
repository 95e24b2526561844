/**
 * An in-memory WorkbookPort that records every call, for the commands' and the pane's tests.
 * Optional abilities (highlighting, change events, settings) can be left out, as on a host that
 * lacks them. The run log and sheet protection (issue 6) are opt-in (`with`), so that the
 * older tests see the port they were written against.
 */
import type { WorkbookInput } from '../../../src/core/grid';
import type { LogAppend } from '../../../src/core/log/logAppend';
import { PortError, type HighlightCell, type WorkbookPort } from '../../../src/core/port';
import type { SheetDescription } from '../../../src/core/sheet';

export type Call =
  | { method: 'readInput' }
  | { method: 'writeSheets'; names: string[] }
  | { method: 'createInputSheets'; names: string[] }
  | { method: 'selectCell'; sheet: string; cell: string }
  | { method: 'highlightCells'; cells: HighlightCell[] }
  | { method: 'clearHighlights' }
  | { method: 'loadSetting'; key: string }
  | { method: 'saveSetting'; key: string; value: string }
  | { method: 'appendLog'; entry: LogAppend }
  | { method: 'protectSheets'; sheets: string[]; password: string | undefined }
  | { method: 'unprotectSheets'; sheets: string[]; password: string | undefined };

type Failing = 'readInput' | 'writeSheets' | 'createInputSheets' | 'selectCell' | 'highlightCells' | 'appendLog' | 'protectSheets' | 'unprotectSheets';

export interface FakePortOptions {
  without?: ('highlightCells' | 'clearHighlights' | 'onInputChanged' | 'loadSetting' | 'saveSetting')[];
  settings?: Record<string, string>;
  /** Opt-in abilities: the run log (appendLog) and sheet protection (protectSheets, unprotectSheets). */
  with?: ('appendLog' | 'protection')[];
}

export interface FakePort extends WorkbookPort {
  calls: Call[];
  input: WorkbookInput;
  settings: Map<string, string>;
  /** Makes the next calls of a method fail with this error. */
  failNext(method: Failing, error: unknown): void;
  /** Rows appended to the log, in order (with `with: ['appendLog']`). */
  logRows: LogAppend['row'][];
  /** Protected sheets and their passwords ('' = none) (with `with: ['protection']`). */
  protection: Map<string, string>;
  /** Holds readInput until release() is called (to look at the pane while a command runs). */
  holdReads(): { release(): void };
  /** Simulates a co-author's edit. */
  fireInputChanged(): void;
  unsubscribed: number;
  count(method: Call['method']): number;
  written(): string[][];
}

export function fakePort(options: FakePortOptions = {}): FakePort {
  const without = new Set(options.without ?? []);
  const calls: Call[] = [];
  const failures = new Map<string, unknown>();
  const listeners = new Set<() => void>();
  let hold: Promise<void> | null = null;
  const fail = (method: string) => {
    if (failures.has(method)) {
      const e = failures.get(method);
      failures.delete(method);
      throw e;
    }
  };
  const port: FakePort = {
    calls,
    input: { sheets: [{ name: 'Cấu hình', values: [['Tham số', 'Giá trị'], ['Tên cụm', 'Cụm thi đua các tỉnh Bắc Trung Bộ']] }] },
    settings: new Map(Object.entries(options.settings ?? {})),
    unsubscribed: 0,
    logRows: [],
    protection: new Map(),
    async readInput() {
      calls.push({ method: 'readInput' });
      if (hold) await hold;
      fail('readInput');
      return port.input;
    },
    async writeSheets(sheets: SheetDescription[]) {
      calls.push({ method: 'writeSheets', names: sheets.map((s) => s.name) });
      fail('writeSheets');
    },
    async createInputSheets(sheets: SheetDescription[]) {
      calls.push({ method: 'createInputSheets', names: sheets.map((s) => s.name) });
      fail('createInputSheets');
    },
    async selectCell(sheet: string, cell: string) {
      calls.push({ method: 'selectCell', sheet, cell });
      fail('selectCell');
    },
    failNext(method, error) {
      failures.set(method, error);
    },
    holdReads() {
      let release = () => {};
      hold = new Promise<void>((r) => {
        release = () => {
          hold = null;
          r();
        };
      });
      return { release: () => release() };
    },
    fireInputChanged() {
      for (const l of listeners) l();
    },
    count(method) {
      return calls.filter((c) => c.method === method).length;
    },
    written() {
      return calls.flatMap((c) => (c.method === 'writeSheets' ? [c.names] : []));
    },
  };
  if (!without.has('highlightCells')) {
    port.highlightCells = async (cells) => {
      calls.push({ method: 'highlightCells', cells });
      fail('highlightCells');
    };
  }
  if (!without.has('clearHighlights')) {
    port.clearHighlights = async () => {
      calls.push({ method: 'clearHighlights' });
    };
  }
  if (!without.has('onInputChanged')) {
    port.onInputChanged = async (callback) => {
      listeners.add(callback);
      return () => {
        listeners.delete(callback);
        port.unsubscribed++;
      };
    };
  }
  const opted = new Set(options.with ?? []);
  if (opted.has('appendLog')) {
    port.appendLog = async (entry) => {
      calls.push({ method: 'appendLog', entry });
      fail('appendLog');
      port.logRows.push(entry.row);
    };
  }
  if (opted.has('protection')) {
    // All or none, like the shells: a wrong password changes nothing.
    port.protectSheets = async (sheets, password) => {
      calls.push({ method: 'protectSheets', sheets, password });
      fail('protectSheets');
      const todo = sheets.filter((s) => !port.protection.has(s));
      for (const s of todo) port.protection.set(s, password ?? '');
      return todo;
    };
    port.unprotectSheets = async (sheets, password) => {
      calls.push({ method: 'unprotectSheets', sheets, password });
      fail('unprotectSheets');
      const todo = sheets.filter((s) => port.protection.has(s));
      const refused = todo.filter((s) => port.protection.get(s) !== '' && port.protection.get(s) !== password);
      if (refused.length > 0) throw new PortError('password', 'Mật khẩu không đúng. Chưa có trang nào được mở khóa.', 'Wrong password. No sheet was unlocked.');
      for (const s of todo) port.protection.delete(s);
      return todo;
    };
  }
  if (!without.has('loadSetting')) {
    port.loadSetting = async (key) => {
      calls.push({ method: 'loadSetting', key });
      return port.settings.get(key) ?? null;
    };
  }
  if (!without.has('saveSetting')) {
    port.saveSetting = async (key, value) => {
      calls.push({ method: 'saveSetting', key, value });
      port.settings.set(key, value);
    };
  }
  return port;
}
