/**
 * A typed, in-memory fake of the part of the Excel JavaScript API that src/office uses, with
 * the semantics that matter for an add-in's correctness:
 *
 * - proxy objects: reading a property before `load()` + `context.sync()` throws
 *   PropertyNotLoaded, as the real API does; `isNullObject` is known only after a sync;
 * - writes and loads are queued and applied in order at `sync()`; a failing action stops the
 *   request there, with the actions before it applied (as in Excel);
 * - every sync is counted and the JSON size of its queued request is measured; a request over
 *   the limit (default 5 MB, Excel on the web) is refused with RequestPayloadSizeLimitExceeded
 *   and a too large answer with ResponsePayloadSizeLimitExceeded;
 * - each API checks the ExcelApi requirement set it belongs to and fails with ApiNotFound
 *   when the fake host does not support it, so feature detection is tested for real;
 * - faults on demand: fail the Nth sync (optionally after applying its first k actions) or let
 *   it hang; cell input as if typed (fakeWorkbookModel.ts: "=…" becomes a formula).
 *
 * `installFakeOffice()` puts it in place as the globals `Excel` and `Office`. No test framework
 * and no Node API here, so browser tests can use it too.
 */
import {
  FakeOfficeError,
  FakeSheet,
  FakeWorkbookModel,
  MAX_COL,
  cellValue,
  MAX_ROW,
  colLetters,
  emptyCell,
  interpretInput,
  nameFormula,
  parseAddress,
  rectAddress,
  rectCols,
  rectRows,
  referenceSheetName,
  type FakeCell,
  type FakeName,
  type FakeScalar,
  type Rect,
} from './fakeWorkbookModel';

export { FakeOfficeError, FakeSheet, FakeWorkbookModel } from './fakeWorkbookModel';
export type { FakeCell, FakeName, FakeScalar } from './fakeWorkbookModel';

// ---------------------------------------------------------------------------------------------
// Options, log records, helpers

export interface FakeSheetInit {
  values?: FakeScalar[][];
  /** 0-based row / column where `values` start (default 0). */
  top?: number;
  left?: number;
  protected?: boolean;
  /** The password the sheet is protected with (implies `protected`). */
  password?: string;
  visibility?: 'Visible' | 'Hidden';
  /** Fill colours by cell, e.g. { B3: '#FFFF00' }. */
  fills?: Record<string, string>;
  numberFormats?: Record<string, string>;
}

export interface FakeOfficeOptions {
  /** Sheets in tab order: plain values from A1, or a fuller description. */
  sheets?: Record<string, FakeScalar[][] | FakeSheetInit>;
  /** Workbook-scoped names: name → the sheet whose A1 it refers to, or a raw formula. */
  names?: Record<string, string | { formula: string }>;
  /** Requirement sets and their versions, e.g. { ExcelApi: '1.9' } (the default). */
  supported?: Record<string, string>;
  requestLimitBytes?: number;
  responseLimitBytes?: number;
  settings?: Record<string, unknown>;
  /** Office.onReady answers after this many ms (default 0). */
  readyDelayMs?: number;
  displayLanguage?: string;
  structureProtected?: boolean;
  /** Name of the active sheet (default: the first). */
  active?: string;
}

export interface SyncRecord {
  /** 1-based, over the whole life of the fake. */
  index: number;
  /** Which Excel.run (request context) sent it. */
  run: number;
  /** UTF-8 bytes of the request as Office.js serialises it (serialiseRequest). */
  requestBytes: number;
  responseBytes: number;
  /** Action names in queue order, e.g. "Range.values", "WorksheetCollection.add". */
  actions: string[];
  /** Error code when the sync failed. */
  failed?: string;
}

export interface Fault {
  /** Apply this many actions of the request before failing (default 0: none). */
  afterOps?: number;
  code?: string;
  message?: string;
}

export interface FakeChangedEvent {
  type: 'WorksheetChanged';
  worksheetId: string;
  address: string;
  source: 'Local' | 'Remote';
  changeType: 'RangeEdited';
  triggerSource?: 'ThisLocalAddin' | 'Unknown';
  /** ExcelApi 1.9, a single cell only: its value before and after (equal for a format change). */
  details?: { valueBefore: FakeScalar; valueAfter: FakeScalar; valueTypeBefore: string; valueTypeAfter: string };
}

/** A change a request (or a user) made to cells, raised as onChanged (Excel raises it for format changes too). */
interface CellChange {
  sheet: FakeSheet;
  address: string;
  /** The single cell's value before, when one cell changed. */
  before?: FakeScalar;
}

function utf8Bytes(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

function versionAtLeast(have: string | undefined, need: string): boolean {
  if (have === undefined) return false;
  const a = have.split('.').map(Number);
  const b = need.split('.').map(Number);
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const x = a[i] ?? 0;
    const y = b[i] ?? 0;
    if (x !== y) return x > y;
  }
  return true;
}

function notLoaded(prop: string): FakeOfficeError {
  return new FakeOfficeError(
    'PropertyNotLoaded',
    `The property '${prop}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
  );
}

function typeName(v: FakeScalar): string {
  if (v === '') return 'Empty';
  if (typeof v === 'boolean') return 'Boolean';
  if (typeof v === 'number') return Number.isInteger(v) ? 'Integer' : 'Double';
  return /^#/.test(v) ? 'Error' : 'String';
}

function normalizeColor(color: string): string {
  return color.startsWith('#') ? color.toUpperCase() : color;
}

// ---------------------------------------------------------------------------------------------
// Request machinery

interface SyncRun {
  responseBytes: number;
  commits: (() => void)[];
  changes: CellChange[];
}

interface Action {
  /** "Range.values", "WorksheetCollection.add" … (SyncRecord.actions). */
  name: string;
  /** The proxy the action is on (its object path goes into the request), null for none. */
  target: FakeObject<unknown> | null;
  /** Office.js action types: 1 method, 2 load (query), 4 set property. */
  kind: 1 | 2 | 4;
  member: string;
  args: unknown[];
  apply(run: SyncRun): void;
}

/**
 * The request as Office.js serialises it: every action with its arguments, and one object path
 * per proxy it touches (each `getItem`, `getRange`, `.format`, `.fill` made in the batch is a path
 * of its own, with its parent's id). So a request that makes one range per cell pays for four or
 * five paths per cell, as it does in Excel.
 */
export function serialiseRequest(actions: readonly Action[]): string {
  const ids = new Map<FakeObject<unknown>, number>();
  const paths: Record<string, unknown> = {};
  let next = 1;
  const pathOf = (o: FakeObject<unknown> | null): number | null => {
    if (!o) return null;
    const known = ids.get(o);
    if (known !== undefined) return known;
    const parent = pathOf(o.parentProxy);
    const id = next++;
    ids.set(o, id);
    const up = o.parentProxy;
    const name = up && o.path.startsWith(up.path) ? o.path.slice(up.path.length) : o.path;
    paths[String(id)] = { Id: id, ObjectPathType: parent === null ? 1 : 3, Name: name, ParentObjectPathId: parent, ArgumentInfo: {} };
    return id;
  };
  const list = actions.map((a) => ({ Id: next++, ActionType: a.kind, Name: a.member, ObjectPathId: pathOf(a.target), ArgumentInfo: { Arguments: a.args } }));
  return JSON.stringify({ Actions: list, ObjectPaths: paths });
}

/** Raised inside an action on a null object's load: the load then records isNullObject. */
class NullTarget extends Error {}

let contextCount = 0;

export class FakeRequestContext {
  private queued: Action[] = [];
  readonly workbook: FakeWorkbook;
  /** Tells the syncs of one Excel.run apart from another's (SyncRecord.run). */
  readonly id = ++contextCount;
  /** Excel.RunOptions.delayForCellEdit of the run that made this context. */
  delayForCellEdit = false;

  constructor(readonly fake: FakeOffice) {
    this.workbook = new FakeWorkbook(this);
  }

  get application(): FakeApplication {
    return this.workbook.application;
  }

  /** @internal */
  queue(action: Action): void {
    this.queued.push(action);
  }

  /** @internal */
  pending(): number {
    return this.queued.length;
  }

  sync(): Promise<void> {
    const actions = this.queued;
    this.queued = [];
    return this.fake.runSync(actions, this);
  }
}

type Resolver<T> = () => T | null;

abstract class FakeObject<T> {
  protected readonly loadedProps = new Map<string, unknown>();
  private target: T | undefined;
  private nullKnown = false;
  private isNull = false;
  private readonly children = new Map<string, FakeObject<unknown>>();

  /** The proxy this one was made from (its object path's parent), null for the workbook. */
  parentProxy: FakeObject<unknown> | null = null;

  constructor(
    readonly context: FakeRequestContext,
    readonly path: string,
    private readonly resolver: Resolver<T>,
    private readonly nullable = false,
  ) {}

  /** Records `this` as the parent of a proxy it made (for the request's object paths). */
  protected adopt<C extends FakeObject<unknown>>(child: C): C {
    child.parentProxy = this;
    return child;
  }

  protected abstract readonly typeName: string;
  /** Requirement set version per property or method (default 1.1). */
  protected apis: Record<string, string> = {};

  protected get model(): FakeWorkbookModel {
    return this.context.fake.model;
  }

  protected alive(_t: T): boolean {
    return true;
  }

  /** @internal The object this proxy stands for, resolved at the first action that needs it. */
  resolve(): T {
    if (this.target !== undefined && this.alive(this.target)) return this.target;
    if (this.target !== undefined) throw new FakeOfficeError('ItemNotFound', this.typeName + ' no longer exists');
    const t = this.resolver();
    if (t === null) {
      if (this.nullable) throw new NullTarget();
      throw new FakeOfficeError('ItemNotFound', this.path + ' not found');
    }
    this.target = t;
    return t;
  }

  protected requireApi(member: string): void {
    const need = this.apis[member] ?? '1.1';
    if (!this.context.fake.supports('ExcelApi', need)) {
      throw new FakeOfficeError('ApiNotFound', `${this.typeName}.${member} needs ExcelApi ${need}`);
    }
  }

  /** @internal Reads a property's current value from the model. */
  abstract valueOf(target: T, prop: string): unknown;

  /** @internal Navigation property by name, for loads such as "protection/protected". */
  child(name: string): FakeObject<unknown> | null {
    return this.children.get(name) ?? null;
  }

  protected cachedChild<C extends FakeObject<unknown>>(name: string, make: () => C): C {
    let c = this.children.get(name) as C | undefined;
    if (!c) {
      c = this.adopt(make());
      this.children.set(name, c);
    }
    return c;
  }

  load(arg?: string | string[] | { select?: string }): this {
    const paths = FakeObject.paths(arg);
    this.context.queue({ name: this.typeName + '.load', target: this, kind: 2, member: 'load', args: [paths.join(',')], apply: (run) => this.applyLoad(paths, run) });
    return this;
  }

  protected static paths(arg?: string | string[] | { select?: string }): string[] {
    const text = arg === undefined ? '' : typeof arg === 'string' ? arg : Array.isArray(arg) ? arg.join(',') : arg.select ?? '';
    return text
      .split(',')
      .map((s) => s.trim())
      .filter((s) => s.length > 0);
  }

  /** Scalar properties loaded by a bare `load()`. */
  protected defaultProps(): string[] {
    return [];
  }

  /** @internal */
  applyLoad(paths: string[], run: SyncRun): void {
    let t: T;
    try {
      t = this.resolve();
    } catch (e) {
      if (e instanceof NullTarget) {
        run.commits.push(() => {
          this.nullKnown = true;
          this.isNull = true;
        });
        return;
      }
      throw e;
    }
    const own = new Map<string, unknown>();
    const nested = new Map<string, string[]>();
    const wanted = paths.length > 0 ? paths : this.defaultProps();
    for (const p of wanted) {
      const slash = p.indexOf('/');
      if (slash >= 0) {
        const head = p.slice(0, slash);
        const list = nested.get(head) ?? [];
        list.push(p.slice(slash + 1));
        nested.set(head, list);
        continue;
      }
      if (this.child(p) || this.navigable().includes(p)) {
        nested.set(p, nested.get(p) ?? []);
        continue;
      }
      this.requireApi(p);
      own.set(p, this.valueOf(t, p));
    }
    for (const [head, rest] of nested) {
      const c = this.child(head) ?? this.navigate(head);
      if (!c) throw new FakeOfficeError('InvalidArgument', `${this.typeName} has no property ${head}`);
      c.applyLoad(rest, run);
    }
    run.responseBytes += utf8Bytes(JSON.stringify([...own.entries()]));
    run.commits.push(() => {
      for (const [k, v] of own) this.loadedProps.set(k, v);
      this.nullKnown = true;
      this.isNull = false;
    });
  }

  /** Names of navigation properties (format, font, protection …). */
  protected navigable(): string[] {
    return [];
  }

  /** Creates the navigation child `name` (through its getter). */
  protected navigate(name: string): FakeObject<unknown> | null {
    if (!this.navigable().includes(name)) return null;
    return (this as unknown as Record<string, FakeObject<unknown>>)[name] ?? null;
  }

  get isNullObject(): boolean {
    if (!this.nullKnown) throw notLoaded('isNullObject');
    return this.isNull;
  }

  protected read<V>(prop: string): V {
    if (!this.loadedProps.has(prop)) throw notLoaded(prop);
    return this.loadedProps.get(prop) as V;
  }

  protected write(prop: string, value: unknown, apply: (t: T, run: SyncRun) => void): void {
    this.context.queue({
      name: this.typeName + '.' + prop,
      target: this,
      kind: 4,
      member: prop,
      args: [value],
      apply: (run) => {
        this.requireApi(prop);
        apply(this.resolveForAction(), run);
      },
    });
  }

  protected call(method: string, args: unknown[], apply: (t: T, run: SyncRun) => void): void {
    this.context.queue({
      name: this.typeName + '.' + method,
      target: this,
      kind: 1,
      member: method,
      args,
      apply: (run) => {
        this.requireApi(method);
        apply(this.resolveForAction(), run);
      },
    });
  }

  private resolveForAction(): T {
    try {
      return this.resolve();
    } catch (e) {
      if (e instanceof NullTarget) throw new FakeOfficeError('InvalidOperation', 'action on a null object: ' + this.path);
      throw e;
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Workbook, application, protection

export class FakeWorkbook extends FakeObject<FakeWorkbookModel> {
  protected readonly typeName = 'Workbook';
  constructor(context: FakeRequestContext) {
    super(context, 'workbook', () => context.fake.model);
  }
  valueOf(): unknown {
    return undefined;
  }
  protected navigable(): string[] {
    return ['worksheets', 'names', 'protection', 'application'];
  }
  get worksheets(): FakeWorksheetCollection {
    return this.cachedChild('worksheets', () => new FakeWorksheetCollection(this.context));
  }
  get names(): FakeNamedItemCollection {
    return this.cachedChild('names', () => new FakeNamedItemCollection(this.context));
  }
  get protection(): FakeWorkbookProtection {
    return this.cachedChild('protection', () => new FakeWorkbookProtection(this.context));
  }
  get application(): FakeApplication {
    return this.cachedChild('application', () => new FakeApplication(this.context));
  }
}

export class FakeWorkbookProtection extends FakeObject<FakeWorkbookModel> {
  protected readonly typeName = 'WorkbookProtection';
  protected apis = { protected: '1.7' };
  constructor(context: FakeRequestContext) {
    super(context, 'workbook.protection', () => context.fake.model);
  }
  valueOf(t: FakeWorkbookModel, prop: string): unknown {
    if (prop === 'protected') return t.structureProtected;
    throw new FakeOfficeError('InvalidArgument', 'WorkbookProtection.' + prop);
  }
  get protected(): boolean {
    return this.read('protected');
  }
}

export class FakeApplication extends FakeObject<FakeWorkbookModel> {
  protected readonly typeName = 'Application';
  protected apis = { suspendApiCalculationUntilNextSync: '1.6', suspendScreenUpdatingUntilNextSync: '1.9' };
  constructor(context: FakeRequestContext) {
    super(context, 'application', () => context.fake.model);
  }
  valueOf(): unknown {
    return undefined;
  }
  suspendApiCalculationUntilNextSync(): void {
    this.call('suspendApiCalculationUntilNextSync', [], () => this.context.fake.suspensions.push('calculation'));
  }
  suspendScreenUpdatingUntilNextSync(): void {
    this.call('suspendScreenUpdatingUntilNextSync', [], () => this.context.fake.suspensions.push('screenUpdating'));
  }
}

// ---------------------------------------------------------------------------------------------
// Worksheets

export class FakeWorksheetCollection extends FakeObject<FakeWorkbookModel> {
  protected readonly typeName = 'WorksheetCollection';
  protected apis = { getItemOrNullObject: '1.4', onChanged: '1.9' };
  private readonly itemCache = new Map<FakeSheet, FakeWorksheet>();
  constructor(context: FakeRequestContext) {
    super(context, 'worksheets', () => context.fake.model);
  }
  valueOf(): unknown {
    return undefined;
  }

  get items(): FakeWorksheet[] {
    return this.read('items');
  }

  applyLoad(paths: string[], run: SyncRun): void {
    const itemPaths = paths.map((p) => (p.startsWith('items/') ? p.slice(6) : p)).filter((p) => p !== 'items');
    // Loading the collection again fills the same item objects (matched by sheet), as Office.js does.
    const items = this.model.sheets.map((s, i) => {
      let item = this.itemCache.get(s);
      if (!item) {
        item = this.adopt(new FakeWorksheet(this.context, `worksheets.items[${i}]`, () => s));
        this.itemCache.set(s, item);
      }
      return item;
    });
    for (const item of items) item.applyLoad(itemPaths.length > 0 ? itemPaths : ['id', 'name', 'position', 'visibility'], run);
    run.commits.push(() => this.loadedProps.set('items', items));
  }

  add(name?: string): FakeWorksheet {
    const created: { sheet: FakeSheet | null } = { sheet: null };
    const proxy = this.adopt(new FakeWorksheet(this.context, `worksheets.add(${JSON.stringify(name ?? null)})`, () => created.sheet));
    this.call('add', [name ?? null], () => {
      if (this.model.structureProtected) throw new FakeOfficeError('AccessDenied', 'workbook structure is protected');
      let n = name;
      for (let i = this.model.sheets.length + 1; n === undefined; i++) if (!this.model.find('Sheet' + String(i))) n = 'Sheet' + String(i);
      created.sheet = this.model.addSheet(n);
    });
    return proxy;
  }

  getItem(key: string): FakeWorksheet {
    return this.adopt(new FakeWorksheet(this.context, `worksheets[${JSON.stringify(key)}]`, () => this.model.find(key) ?? null));
  }

  getItemOrNullObject(key: string): FakeWorksheet {
    if (!this.context.fake.supports('ExcelApi', '1.4')) throw new FakeOfficeError('ApiNotFound', 'getItemOrNullObject needs ExcelApi 1.4');
    return this.adopt(new FakeWorksheet(this.context, `worksheets[${JSON.stringify(key)}]?`, () => this.model.find(key) ?? null, true));
  }

  getActiveWorksheet(): FakeWorksheet {
    return this.adopt(new FakeWorksheet(this.context, 'worksheets.active', () => (this.model.activeId ? this.model.find(this.model.activeId) ?? null : null)));
  }

  get onChanged(): FakeEventHandlers {
    return new FakeEventHandlers(this.context, 'worksheets.onChanged', null, '1.9');
  }
}

export class FakeWorksheet extends FakeObject<FakeSheet> {
  protected readonly typeName = 'Worksheet';
  protected apis = { getUsedRangeOrNullObject: '1.4', onChanged: '1.7', getRanges: '1.9', showGridlines: '1.8' };

  protected alive(t: FakeSheet): boolean {
    return !t.deleted;
  }
  protected defaultProps(): string[] {
    return ['id', 'name', 'position', 'visibility'];
  }
  protected navigable(): string[] {
    return ['protection', 'freezePanes', 'pageLayout', 'horizontalPageBreaks'];
  }

  valueOf(t: FakeSheet, prop: string): unknown {
    switch (prop) {
      case 'id':
        return t.id;
      case 'name':
        return t.name;
      case 'position':
        return this.model.sheets.indexOf(t);
      case 'visibility':
        return t.visibility;
      case 'showGridlines':
        return t.showGridlines;
      default:
        throw new FakeOfficeError('InvalidArgument', 'Worksheet.' + prop + ' is not in the fake');
    }
  }

  get id(): string {
    return this.read('id');
  }
  get name(): string {
    return this.read('name');
  }
  set name(value: string) {
    this.write('name', value, (t) => {
      if (this.model.structureProtected) throw new FakeOfficeError('AccessDenied', 'workbook structure is protected');
      this.model.checkSheetName(value, t);
      t.name = value;
    });
  }
  get position(): number {
    return this.read('position');
  }
  set position(value: number) {
    this.write('position', value, (t) => {
      if (this.model.structureProtected) throw new FakeOfficeError('AccessDenied', 'workbook structure is protected');
      this.model.moveSheet(t, value);
    });
  }
  get visibility(): string {
    return this.read('visibility');
  }
  set visibility(value: string) {
    this.write('visibility', value, (t) => {
      if (value !== 'Visible' && value !== 'Hidden' && value !== 'VeryHidden') throw new FakeOfficeError('InvalidArgument', 'visibility ' + value);
      if (value !== 'Visible') {
        const visible = this.model.sheets.filter((s) => s.visibility === 'Visible');
        if (visible.length === 1 && visible[0] === t) throw new FakeOfficeError('InvalidOperation', 'cannot hide the last visible sheet');
        if (this.model.activeId === t.id) throw new FakeOfficeError('InvalidOperation', 'cannot hide the active sheet');
      }
      t.visibility = value;
    });
  }

  get protection(): FakeWorksheetProtection {
    return this.cachedChild('protection', () => new FakeWorksheetProtection(this.context, this.path + '.protection', () => this.resolve()));
  }
  get freezePanes(): FakeFreezePanes {
    return this.cachedChild('freezePanes', () => new FakeFreezePanes(this.context, this.path + '.freezePanes', () => this.resolve()));
  }
  get pageLayout(): FakePageLayout {
    return this.cachedChild('pageLayout', () => new FakePageLayout(this.context, this.path + '.pageLayout', () => this.resolve()));
  }
  get horizontalPageBreaks(): FakePageBreakCollection {
    return this.cachedChild('horizontalPageBreaks', () => new FakePageBreakCollection(this.context, this.path + '.horizontalPageBreaks', () => this.resolve()));
  }
  get showGridlines(): boolean {
    return this.read('showGridlines');
  }
  set showGridlines(value: boolean) {
    this.write('showGridlines', value, (t) => (t.showGridlines = value));
  }
  get notes(): FakeNoteCollection {
    return this.cachedChild('notes', () => new FakeNoteCollection(this.context, this.path + '.notes', () => this.resolve()));
  }
  get onChanged(): FakeEventHandlers {
    return new FakeEventHandlers(this.context, this.path + '.onChanged', () => this.resolve(), '1.7');
  }

  getRange(address?: string): FakeRange {
    const rect: Rect = address === undefined ? { r0: 0, c0: 0, r1: MAX_ROW, c1: MAX_COL } : parseAddress(address);
    return this.adopt(new FakeRange(this.context, `${this.path}.range(${address ?? ''})`, () => ({ sheet: this.resolve(), rect })));
  }

  /** RangeAreas (ExcelApi 1.9): "C3, C5:C9, E2" — several areas as one proxy. */
  getRanges(address: string): FakeRange {
    if (!this.context.fake.supports('ExcelApi', '1.9')) throw new FakeOfficeError('ApiNotFound', 'getRanges needs ExcelApi 1.9');
    const rects = address.split(',').map((a) => parseAddress(a.trim()));
    return this.adopt(
      new FakeRange(this.context, `${this.path}.ranges(${address})`, () => {
        const b = rects.reduce((x, r) => ({ r0: Math.min(x.r0, r.r0), c0: Math.min(x.c0, r.c0), r1: Math.max(x.r1, r.r1), c1: Math.max(x.c1, r.c1) }));
        return { sheet: this.resolve(), rect: b, rects };
      }),
    );
  }

  getUsedRange(valuesOnly?: boolean): FakeRange {
    return this.adopt(
      new FakeRange(this.context, `${this.path}.usedRange(${String(valuesOnly ?? false)})`, () => {
        const sheet = this.resolve();
        return { sheet, rect: sheet.used(valuesOnly === true) ?? { r0: 0, c0: 0, r1: 0, c1: 0 } };
      }),
    );
  }

  getUsedRangeOrNullObject(valuesOnly?: boolean): FakeRange {
    const range = this.adopt(new FakeRange(
      this.context,
      `${this.path}.usedRange(${String(valuesOnly ?? false)})?`,
      () => {
        this.requireApi('getUsedRangeOrNullObject');
        const sheet = this.resolve();
        const rect = sheet.used(valuesOnly === true);
        return rect ? { sheet, rect } : null;
      },
      true,
    ));
    return range;
  }

  activate(): void {
    this.call('activate', [], (t) => {
      if (t.visibility !== 'Visible') throw new FakeOfficeError('InvalidOperation', 'cannot activate a hidden sheet');
      this.model.activeId = t.id;
    });
  }

  delete(): void {
    this.call('delete', [], (t) => {
      if (this.model.structureProtected) throw new FakeOfficeError('AccessDenied', 'workbook structure is protected');
      this.model.deleteSheet(t);
    });
  }
}

/**
 * Sheet protection details the model does not hold (added for the sign-off lock, issue 6):
 * the password a sheet was protected with and the options, by sheet.
 */
const sheetLocks = new WeakMap<FakeSheet, { password: string | null; options: Record<string, unknown> }>();

export class FakeWorksheetProtection extends FakeObject<FakeSheet> {
  protected readonly typeName = 'WorksheetProtection';
  protected apis = { protected: '1.2', protect: '1.2', unprotect: '1.2' };
  valueOf(t: FakeSheet, prop: string): unknown {
    if (prop === 'protected') return t.protected;
    if (prop === 'options') return { ...(sheetLocks.get(t)?.options ?? {}) };
    throw new FakeOfficeError('InvalidArgument', 'WorksheetProtection.' + prop);
  }
  get options(): Record<string, unknown> {
    return this.read('options');
  }
  get protected(): boolean {
    return this.read('protected');
  }
  /**
   * As Excel: protecting a protected sheet (or unprotecting an unprotected one) is refused with
   * AccessDenied (office-js issue #6784); a password needs ExcelApi 1.7; a wrong or missing
   * password leaves the sheet protected and fails with InvalidArgument.
   */
  protect(options?: Record<string, unknown>, password?: string): void {
    this.call('protect', [options ?? null, password === undefined ? null : '***'], (t) => {
      if (password !== undefined && !this.context.fake.supports('ExcelApi', '1.7')) throw new FakeOfficeError('ApiNotFound', 'a protection password needs ExcelApi 1.7');
      if (t.protected) throw new FakeOfficeError('AccessDenied', 'the sheet is already protected');
      t.protected = true;
      sheetLocks.set(t, { password: password === undefined || password === '' ? null : password, options: { ...(options ?? {}) } });
    });
  }
  unprotect(password?: string): void {
    this.call('unprotect', [password === undefined ? null : '***'], (t) => {
      if (!t.protected) throw new FakeOfficeError('AccessDenied', 'the sheet is not protected');
      const lock = sheetLocks.get(t);
      if (lock && lock.password !== null && lock.password !== password) throw new FakeOfficeError('InvalidArgument', 'the password is not correct');
      t.protected = false;
      sheetLocks.delete(t);
    });
  }
}

export class FakeFreezePanes extends FakeObject<FakeSheet> {
  protected readonly typeName = 'WorksheetFreezePanes';
  protected apis = { freezeRows: '1.7', unfreeze: '1.7' };
  valueOf(): unknown {
    return undefined;
  }
  freezeRows(count?: number): void {
    this.call('freezeRows', [count ?? 1], (t) => (t.frozenRows = count ?? 1));
  }
  unfreeze(): void {
    this.call('unfreeze', [], (t) => (t.frozenRows = 0));
  }
}

export class FakePageLayout extends FakeObject<FakeSheet> {
  protected readonly typeName = 'PageLayout';
  protected apis: Record<string, string> = new Proxy({}, { get: () => '1.9' }) as Record<string, string>;
  private static readonly PROPS = [
    'orientation',
    'paperSize',
    'topMargin',
    'bottomMargin',
    'leftMargin',
    'rightMargin',
    'headerMargin',
    'footerMargin',
    'zoom',
    'centerHorizontally',
    'centerVertically',
    'printGridlines',
    'printHeadings',
  ];
  valueOf(t: FakeSheet, prop: string): unknown {
    if (!FakePageLayout.PROPS.includes(prop)) throw new FakeOfficeError('InvalidArgument', 'PageLayout.' + prop);
    return t.pageLayout[prop];
  }
  private setProp(prop: string, value: unknown): void {
    this.write(prop, value, (t) => {
      t.pageLayout[prop] = value;
    });
  }
  set orientation(v: string) {
    this.setProp('orientation', v);
  }
  get orientation(): string {
    return this.read('orientation');
  }
  set paperSize(v: string) {
    this.setProp('paperSize', v);
  }
  get paperSize(): string {
    return this.read('paperSize');
  }
  set topMargin(v: number) {
    this.setProp('topMargin', v);
  }
  set bottomMargin(v: number) {
    this.setProp('bottomMargin', v);
  }
  set leftMargin(v: number) {
    this.setProp('leftMargin', v);
  }
  set rightMargin(v: number) {
    this.setProp('rightMargin', v);
  }
  set headerMargin(v: number) {
    this.setProp('headerMargin', v);
  }
  set footerMargin(v: number) {
    this.setProp('footerMargin', v);
  }
  set zoom(v: { horizontalFitToPages?: number; verticalFitToPages?: number; scale?: number }) {
    this.setProp('zoom', { ...v });
  }
  set centerHorizontally(v: boolean) {
    this.setProp('centerHorizontally', v);
  }
  set centerVertically(v: boolean) {
    this.setProp('centerVertically', v);
  }
  set printGridlines(v: boolean) {
    this.setProp('printGridlines', v);
  }
  set printHeadings(v: boolean) {
    this.setProp('printHeadings', v);
  }
  setPrintTitleRows(rows: string): void {
    this.call('setPrintTitleRows', [rows], (t) => {
      const r = parseAddress(rows);
      if (r.c0 !== 0 || r.c1 !== MAX_COL) throw new FakeOfficeError('InvalidArgument', 'print title rows must be whole rows: ' + rows);
      t.pageLayout.printTitleRows = rows;
    });
  }
  setPrintArea(area: string): void {
    this.call('setPrintArea', [area], (t) => {
      parseAddress(area);
      t.pageLayout.printArea = area;
    });
  }
  get headersFooters(): FakeHeaderFooterGroup {
    return this.cachedChild('headersFooters', () => new FakeHeaderFooterGroup(this.context, this.path + '.headersFooters', () => this.resolve()));
  }
}

/**
 * HeaderFooterGroup (ExcelApi 1.9): `state` and the header/footer of every page, the first page,
 * odd and even pages. Kept in the sheet's pageLayout record as `headersFooters`:
 * `{ state, defaultForAllPages: { centerHeader, … }, firstPage: { … } }`.
 */
export class FakeHeaderFooterGroup extends FakeObject<FakeSheet> {
  protected readonly typeName = 'HeaderFooterGroup';
  protected apis: Record<string, string> = new Proxy({}, { get: () => '1.9' }) as Record<string, string>;
  static readonly STATES = ['Default', 'FirstAndDefault', 'OddAndEven', 'FirstOddAndEven'];
  valueOf(t: FakeSheet, prop: string): unknown {
    if (prop !== 'state') throw new FakeOfficeError('InvalidArgument', 'HeaderFooterGroup.' + prop);
    return FakeHeaderFooterGroup.record(t).state ?? 'Default';
  }
  /** @internal */
  static record(t: FakeSheet): Record<string, unknown> {
    const hf = (t.pageLayout.headersFooters as Record<string, unknown> | undefined) ?? {};
    t.pageLayout.headersFooters = hf;
    return hf;
  }
  get state(): string {
    return this.read('state');
  }
  set state(v: string) {
    this.write('state', v, (t) => {
      if (!FakeHeaderFooterGroup.STATES.includes(v)) throw new FakeOfficeError('InvalidArgument', 'HeaderFooterGroup.state ' + v);
      FakeHeaderFooterGroup.record(t).state = v;
    });
  }
  private part(name: string): FakeHeaderFooter {
    return this.cachedChild(name, () => new FakeHeaderFooter(this.context, this.path + '.' + name, () => ({ sheet: this.resolve(), part: name })));
  }
  get defaultForAllPages(): FakeHeaderFooter {
    return this.part('defaultForAllPages');
  }
  get firstPage(): FakeHeaderFooter {
    return this.part('firstPage');
  }
  get oddPages(): FakeHeaderFooter {
    return this.part('oddPages');
  }
  get evenPages(): FakeHeaderFooter {
    return this.part('evenPages');
  }
}

/** One HeaderFooter (ExcelApi 1.9): left, centre and right of the header and of the footer. */
export class FakeHeaderFooter extends FakeObject<{ sheet: FakeSheet; part: string }> {
  protected readonly typeName = 'HeaderFooter';
  protected apis: Record<string, string> = new Proxy({}, { get: () => '1.9' }) as Record<string, string>;
  private static readonly PROPS = ['leftHeader', 'centerHeader', 'rightHeader', 'leftFooter', 'centerFooter', 'rightFooter'];
  private own(t: { sheet: FakeSheet; part: string }): Record<string, string> {
    const hf = FakeHeaderFooterGroup.record(t.sheet);
    const mine = (hf[t.part] as Record<string, string> | undefined) ?? {};
    hf[t.part] = mine;
    return mine;
  }
  valueOf(t: { sheet: FakeSheet; part: string }, prop: string): unknown {
    if (!FakeHeaderFooter.PROPS.includes(prop)) throw new FakeOfficeError('InvalidArgument', 'HeaderFooter.' + prop);
    return this.own(t)[prop] ?? '';
  }
  private set(prop: string, v: string): void {
    this.write(prop, v, (t) => {
      // Excel refuses a header or footer section longer than 255 characters.
      if (v.length > 255) throw new FakeOfficeError('InvalidArgument', 'HeaderFooter.' + prop + ' longer than 255 characters');
      this.own(t)[prop] = v;
    });
  }
  get centerHeader(): string {
    return this.read('centerHeader');
  }
  set centerHeader(v: string) {
    this.set('centerHeader', v);
  }
  get centerFooter(): string {
    return this.read('centerFooter');
  }
  set centerFooter(v: string) {
    this.set('centerFooter', v);
  }
}

/** PageBreakCollection (ExcelApi 1.9): manual page breaks; `add` puts one above the range's top-left cell. */
export class FakePageBreakCollection extends FakeObject<FakeSheet> {
  protected readonly typeName = 'PageBreakCollection';
  protected apis: Record<string, string> = new Proxy({}, { get: () => '1.9' }) as Record<string, string>;
  valueOf(): unknown {
    return undefined;
  }
  add(pageBreakRange: FakeRange | string): void {
    this.call('add', [pageBreakRange instanceof FakeRange ? '<range>' : pageBreakRange], (t) => {
      const rect = pageBreakRange instanceof FakeRange ? pageBreakRange.resolve().rect : parseAddress(pageBreakRange);
      if (rect.r0 === 0) throw new FakeOfficeError('InvalidArgument', 'no page break above the first row');
      if (!t.pageBreaks.includes(rect.r0)) t.pageBreaks = [...t.pageBreaks, rect.r0].sort((a, b) => a - b);
    });
  }
  removePageBreaks(): void {
    this.call('removePageBreaks', [], (t) => (t.pageBreaks = []));
  }
}

export class FakeNoteCollection extends FakeObject<FakeSheet> {
  protected readonly typeName = 'NoteCollection';
  protected apis = { add: '1.18' };
  valueOf(): unknown {
    return undefined;
  }
  add(cellAddress: FakeRange | string, content: string): void {
    this.call('add', [cellAddress instanceof FakeRange ? '<range>' : cellAddress, content], (t) => {
      const address = cellAddress instanceof FakeRange ? rectAddress(cellAddress.resolve().rect) : cellAddress;
      if (t.notes.has(address)) throw new FakeOfficeError('InvalidArgument', 'the cell already has a note');
      t.notes.set(address, content);
    });
  }
}

// ---------------------------------------------------------------------------------------------
// Ranges

interface RangeTarget {
  sheet: FakeSheet;
  /** The range, or the bounding box of the areas of a RangeAreas. */
  rect: Rect;
  /** The areas of a RangeAreas (worksheet.getRanges). */
  rects?: Rect[];
}

const areasOf = (t: RangeTarget): Rect[] => t.rects ?? [t.rect];
const targetAddress = (t: RangeTarget): string => areasOf(t).map(rectAddress).join(',');

const MAX_CELLS_PER_ACTION = 2_000_000;

function eachCell(t: RangeTarget, f: (cell: FakeCell, r: number, c: number) => void): void {
  for (const rect of areasOf(t)) {
    if (rectRows(rect) * rectCols(rect) > MAX_CELLS_PER_ACTION) {
      throw new FakeOfficeError('InvalidArgument', 'the fake does not format whole rows or columns cell by cell');
    }
    for (let r = rect.r0; r <= rect.r1; r++) for (let c = rect.c0; c <= rect.c1; c++) f(t.sheet.cell(r, c), r, c);
  }
}

function uniform<V>(t: RangeTarget, get: (cell: FakeCell | undefined) => V): V | null {
  let first = true;
  let value: V | null = null;
  for (let r = t.rect.r0; r <= t.rect.r1; r++)
    for (let c = t.rect.c0; c <= t.rect.c1; c++) {
      const v = get(t.sheet.peek(r, c));
      if (first) {
        value = v;
        first = false;
      } else if (JSON.stringify(v) !== JSON.stringify(value)) return null;
    }
  return value;
}

function guardProtected(t: RangeTarget): void {
  if (t.sheet.protected) throw new FakeOfficeError('AccessDenied', 'the cell is on a protected sheet');
}

/**
 * A format change: refused on a protected sheet unless its protection allows formatting cells
 * (WorksheetProtectionOptions.allowFormatCells, as the sign-off lock sets it); raised as an
 * onChanged event, as Excel does for format changes.
 */
function guardFormat(t: RangeTarget, run: SyncRun): void {
  if (t.sheet.protected && sheetLocks.get(t.sheet)?.options.allowFormatCells !== true) {
    throw new FakeOfficeError('AccessDenied', 'the cell is on a protected sheet');
  }
  run.changes.push({ sheet: t.sheet, address: targetAddress(t) });
}

function inside(a: Rect, b: Rect): boolean {
  return a.r0 >= b.r0 && a.r1 <= b.r1 && a.c0 >= b.c0 && a.c1 <= b.c1;
}

function overlaps(a: Rect, b: Rect): boolean {
  return !(a.r1 < b.r0 || a.r0 > b.r1 || a.c1 < b.c0 || a.c0 > b.c1);
}

function checkShape(t: RangeTarget, block: unknown, what: string): unknown[][] {
  if (!Array.isArray(block) || !block.every((row) => Array.isArray(row))) throw new FakeOfficeError('InvalidArgument', what + ' must be a 2-D array');
  const rows = block as unknown[][];
  if (rows.length !== rectRows(t.rect) || rows.some((row) => row.length !== rectCols(t.rect))) {
    throw new FakeOfficeError(
      'InvalidArgument',
      `${what}: the array is ${rows.length}×${rows[0]?.length ?? 0} but the range ${rectAddress(t.rect)} is ${rectRows(t.rect)}×${rectCols(t.rect)}`,
    );
  }
  return rows;
}

export class FakeRange extends FakeObject<RangeTarget> {
  protected readonly typeName = 'Range';
  protected apis = {
    hyperlink: '1.7',
    merge: '1.2',
    unmerge: '1.2',
    dataValidation: '1.8',
    copyFrom: '1.9',
    getCellProperties: '1.9',
  };

  /** A range computed from this one when an action first needs it (at sync, from the sheet as it is then). */
  private derived(label: string, f: (t: RangeTarget) => RangeTarget | null, nullable = false): FakeRange {
    return this.adopt(new FakeRange(this.context, `${this.path}.${label}`, () => f(this.resolve()), nullable));
  }

  getRowsBelow(count = 1): FakeRange {
    return this.derived(`rowsBelow(${count})`, (t) => ({ sheet: t.sheet, rect: { r0: t.rect.r1 + 1, r1: t.rect.r1 + count, c0: t.rect.c0, c1: t.rect.c1 } }));
  }
  getLastRow(): FakeRange {
    return this.derived('lastRow', (t) => ({ sheet: t.sheet, rect: { ...t.rect, r0: t.rect.r1 } }));
  }
  getEntireRow(): FakeRange {
    return this.derived('entireRow', (t) => ({ sheet: t.sheet, rect: { r0: t.rect.r0, r1: t.rect.r1, c0: 0, c1: MAX_COL } }));
  }
  getCell(row: number, column: number): FakeRange {
    return this.derived(`cell(${row},${column})`, (t) => ({ sheet: t.sheet, rect: { r0: t.rect.r0 + row, r1: t.rect.r0 + row, c0: t.rect.c0 + column, c1: t.rect.c0 + column } }));
  }
  getResizedRange(deltaRows: number, deltaColumns: number): FakeRange {
    return this.derived(`resized(${deltaRows},${deltaColumns})`, (t) => ({ sheet: t.sheet, rect: { ...t.rect, r1: t.rect.r1 + deltaRows, c1: t.rect.c1 + deltaColumns } }));
  }
  getIntersectionOrNullObject(other: string): FakeRange {
    if (!this.context.fake.supports('ExcelApi', '1.4')) throw new FakeOfficeError('ApiNotFound', 'getIntersectionOrNullObject needs ExcelApi 1.4');
    const o = parseAddress(other);
    return this.derived(
      `intersection(${other})`,
      (t) => {
        const r = { r0: Math.max(t.rect.r0, o.r0), c0: Math.max(t.rect.c0, o.c0), r1: Math.min(t.rect.r1, o.r1), c1: Math.min(t.rect.c1, o.c1) };
        return r.r0 > r.r1 || r.c0 > r.c1 ? null : { sheet: t.sheet, rect: r };
      },
      true,
    );
  }

  /** Clears contents, formats, or both (ExcelApi 1.1). Notes and merges go with "All". */
  clear(applyTo: 'All' | 'Formats' | 'Contents' = 'All'): void {
    this.call('clear', [applyTo], (t, run) => {
      guardProtected(t);
      const empty = emptyCell();
      for (const rect of areasOf(t)) {
        for (const [k, cell] of [...t.sheet.cells]) {
          const [r, c] = k.split(',').map(Number);
          if (r < rect.r0 || r > rect.r1 || c < rect.c0 || c > rect.c1) continue;
          if (applyTo === 'All') t.sheet.cells.delete(k);
          else if (applyTo === 'Contents') Object.assign(cell, { value: '', formula: null, prefixed: false, ref: undefined });
          else Object.assign(cell, { numberFormat: empty.numberFormat, font: {}, fill: { ...empty.fill }, horizontalAlignment: undefined, verticalAlignment: undefined, wrapText: undefined });
        }
        if (applyTo !== 'Contents') {
          t.sheet.merges = t.sheet.merges.filter((m) => !inside(parseAddress(m), rect));
          t.sheet.borders = t.sheet.borders.filter((b) => !inside(parseAddress(b.address), rect));
        }
        if (applyTo === 'All') for (const a of [...t.sheet.notes.keys()]) if (inside(parseAddress(a), rect)) t.sheet.notes.delete(a);
      }
      run.changes.push({ sheet: t.sheet, address: targetAddress(t) });
    });
  }

  unmerge(): void {
    this.call('unmerge', [], (t) => {
      guardProtected(t);
      t.sheet.merges = t.sheet.merges.filter((m) => !overlaps(parseAddress(m), t.rect));
    });
  }

  /**
   * Copies everything from a range of the same size (ExcelApi 1.9, copyType "All"): values and
   * formulas, formats, merges, borders, links and notes inside the range; what the source lacks
   * is cleared in the destination, as Paste does.
   */
  copyFrom(source: FakeRange, copyType: 'All' = 'All'): void {
    this.call('copyFrom', ['<range>', copyType], (t, run) => {
      guardProtected(t);
      const from = source.resolve();
      if (rectRows(from.rect) !== rectRows(t.rect) || rectCols(from.rect) !== rectCols(t.rect)) {
        throw new FakeOfficeError('InvalidArgument', 'the fake copies only between ranges of the same size');
      }
      const dr = t.rect.r0 - from.rect.r0;
      const dc = t.rect.c0 - from.rect.c0;
      const shift = (a: string): string => {
        const r = parseAddress(a);
        return rectAddress({ r0: r.r0 + dr, r1: r.r1 + dr, c0: r.c0 + dc, c1: r.c1 + dc });
      };
      for (const [k] of [...t.sheet.cells]) {
        const [r, c] = k.split(',').map(Number);
        if (r >= t.rect.r0 && r <= t.rect.r1 && c >= t.rect.c0 && c <= t.rect.c1) t.sheet.cells.delete(k);
      }
      for (const [k, cell] of from.sheet.cells) {
        const [r, c] = k.split(',').map(Number);
        if (r < from.rect.r0 || r > from.rect.r1 || c < from.rect.c0 || c > from.rect.c1) continue;
        t.sheet.cells.set(t.sheet.key(r + dr, c + dc), JSON.parse(JSON.stringify({ ...cell, ref: undefined })) as FakeCell);
        if (cell.ref) t.sheet.cell(r + dr, c + dc).ref = cell.ref;
      }
      t.sheet.merges = [...t.sheet.merges.filter((m) => !overlaps(parseAddress(m), t.rect)), ...from.sheet.merges.filter((m) => inside(parseAddress(m), from.rect)).map(shift)];
      t.sheet.borders = [
        ...t.sheet.borders.filter((b) => !inside(parseAddress(b.address), t.rect)),
        ...from.sheet.borders.filter((b) => inside(parseAddress(b.address), from.rect)).map((b) => ({ ...b, address: shift(b.address) })),
      ];
      for (const a of [...t.sheet.notes.keys()]) if (inside(parseAddress(a), t.rect)) t.sheet.notes.delete(a);
      for (const [a, text] of from.sheet.notes) if (inside(parseAddress(a), from.rect)) t.sheet.notes.set(shift(a), text);
      run.changes.push({ sheet: t.sheet, address: rectAddress(t.rect) });
    });
  }

  /** Per-cell fill (ExcelApi 1.9), as `getCellProperties({format: {fill: {color, pattern}}})` answers it. */
  getCellProperties(_wanted: unknown): { value: { format: { fill: { color: string; pattern: string } } }[][] } {
    const result: { loaded: boolean; value: { format: { fill: { color: string; pattern: string } } }[][] } = { loaded: false, value: [] };
    this.context.queue({
      name: 'Range.getCellProperties',
      target: this,
      kind: 1,
      member: 'getCellProperties',
      args: [_wanted],
      apply: (run) => {
        this.requireApi('getCellProperties');
        const t = this.resolve();
        const value: { format: { fill: { color: string; pattern: string } } }[][] = [];
        for (let r = t.rect.r0; r <= t.rect.r1; r++) {
          const line: { format: { fill: { color: string; pattern: string } } }[] = [];
          for (let c = t.rect.c0; c <= t.rect.c1; c++) {
            const fill = t.sheet.peek(r, c)?.fill;
            line.push({ format: { fill: { color: fill?.color ?? '#FFFFFF', pattern: fill?.pattern ?? 'None' } } });
          }
          value.push(line);
        }
        run.responseBytes += utf8Bytes(JSON.stringify(value));
        run.commits.push(() => {
          result.value = value;
          result.loaded = true;
        });
      },
    });
    return {
      get value() {
        if (!result.loaded) throw notLoaded('value');
        return result.value;
      },
    };
  }

  protected alive(t: RangeTarget): boolean {
    return !t.sheet.deleted;
  }
  protected defaultProps(): string[] {
    return ['address', 'values', 'numberFormat', 'rowIndex', 'columnIndex', 'rowCount', 'columnCount'];
  }
  protected navigable(): string[] {
    return ['format'];
  }

  valueOf(t: RangeTarget, prop: string): unknown {
    switch (prop) {
      case 'values':
        return t.sheet.valuesOf(t.rect);
      case 'formulas': {
        const out: FakeScalar[][] = [];
        for (let r = t.rect.r0; r <= t.rect.r1; r++) {
          const line: FakeScalar[] = [];
          for (let c = t.rect.c0; c <= t.rect.c1; c++) {
            const cell = t.sheet.peek(r, c);
            line.push(t.sheet.formulaOf(r, c) ?? cell?.value ?? '');
          }
          out.push(line);
        }
        return out;
      }
      case 'numberFormat': {
        const out: string[][] = [];
        for (let r = t.rect.r0; r <= t.rect.r1; r++) {
          const line: string[] = [];
          for (let c = t.rect.c0; c <= t.rect.c1; c++) line.push(t.sheet.peek(r, c)?.numberFormat ?? 'General');
          out.push(line);
        }
        return out;
      }
      case 'rowIndex':
        return t.rect.r0;
      case 'columnIndex':
        return t.rect.c0;
      case 'rowCount':
        return rectRows(t.rect);
      case 'columnCount':
        return rectCols(t.rect);
      case 'address':
        return referenceSheetName(t.sheet.name) + '!' + rectAddress(t.rect);
      case 'hyperlink':
        return t.sheet.peek(t.rect.r0, t.rect.c0)?.hyperlink ?? null;
      default:
        throw new FakeOfficeError('InvalidArgument', 'Range.' + prop + ' is not in the fake');
    }
  }

  get values(): FakeScalar[][] {
    return this.read('values');
  }
  set values(block: FakeScalar[][]) {
    this.write('values', block, (t, run) => {
      guardProtected(t);
      const rows = checkShape(t, block, 'values');
      const before = rectRows(t.rect) * rectCols(t.rect) === 1 ? cellValue(t.sheet.peek(t.rect.r0, t.rect.c0)) : undefined;
      const find = (n: string): FakeSheet | undefined => this.model.find(n);
      rows.forEach((row, i) => row.forEach((v, j) => interpretInput(t.sheet.cell(t.rect.r0 + i, t.rect.c0 + j), v, find)));
      run.changes.push({ sheet: t.sheet, address: rectAddress(t.rect), before });
    });
  }
  get formulas(): FakeScalar[][] {
    return this.read('formulas');
  }
  get numberFormat(): string[][] {
    return this.read('numberFormat');
  }
  set numberFormat(block: (string | null)[][]) {
    this.write('numberFormat', block, (t, run) => {
      guardFormat(t, run);
      const rows = checkShape(t, block, 'numberFormat');
      rows.forEach((row, i) =>
        row.forEach((v, j) => {
          if (v === null || v === undefined) return;
          t.sheet.cell(t.rect.r0 + i, t.rect.c0 + j).numberFormat = v === '' ? 'General' : String(v);
        }),
      );
    });
  }
  get rowIndex(): number {
    return this.read('rowIndex');
  }
  get columnIndex(): number {
    return this.read('columnIndex');
  }
  get rowCount(): number {
    return this.read('rowCount');
  }
  get columnCount(): number {
    return this.read('columnCount');
  }
  get address(): string {
    return this.read('address');
  }
  get hyperlink(): FakeCell['hyperlink'] | null {
    return this.read('hyperlink');
  }
  set hyperlink(link: FakeCell['hyperlink'] | null) {
    this.write('hyperlink', link, (t, run) => {
      guardProtected(t);
      eachCell(t, (cell) => {
        if (link === null || link === undefined) {
          delete cell.hyperlink;
          return;
        }
        cell.hyperlink = { ...link };
        if (link.textToDisplay !== undefined) {
          cell.value = link.textToDisplay;
          cell.formula = null;
          cell.prefixed = false;
        }
      });
      run.changes.push({ sheet: t.sheet, address: rectAddress(t.rect) });
    });
  }

  get format(): FakeRangeFormat {
    return this.cachedChild('format', () => new FakeRangeFormat(this.context, this.path + '.format', () => this.resolve()));
  }
  get dataValidation(): FakeDataValidation {
    return this.cachedChild('dataValidation', () => new FakeDataValidation(this.context, this.path + '.dataValidation', () => this.resolve()));
  }

  merge(across?: boolean): void {
    this.call('merge', [across ?? false], (t) => {
      guardProtected(t);
      const address = rectAddress(t.rect);
      if (t.sheet.merges.some((m) => {
        const o = parseAddress(m);
        return !(o.r1 < t.rect.r0 || o.r0 > t.rect.r1 || o.c1 < t.rect.c0 || o.c0 > t.rect.c1);
      })) {
        throw new FakeOfficeError('InvalidOperation', 'merge overlaps an existing merge: ' + address);
      }
      t.sheet.merges.push(address);
    });
  }

  select(): void {
    this.call('select', [], (t) => {
      if (this.model.activeId !== t.sheet.id) throw new FakeOfficeError('InvalidOperation', 'select() on a sheet that is not active');
      this.model.selection = { sheetId: t.sheet.id, address: rectAddress(t.rect) };
    });
  }
}

export class FakeRangeFormat extends FakeObject<RangeTarget> {
  protected readonly typeName = 'RangeFormat';
  protected apis = { columnWidth: '1.2', rowHeight: '1.2' };
  protected navigable(): string[] {
    return ['font', 'fill'];
  }
  valueOf(t: RangeTarget, prop: string): unknown {
    switch (prop) {
      case 'horizontalAlignment':
        return uniform(t, (c) => c?.horizontalAlignment ?? 'General');
      case 'verticalAlignment':
        return uniform(t, (c) => c?.verticalAlignment ?? 'Bottom');
      case 'wrapText':
        return uniform(t, (c) => c?.wrapText ?? false);
      case 'columnWidth':
        return t.sheet.columnWidths.get(t.rect.c0) ?? 48;
      case 'rowHeight':
        return t.sheet.rowHeights.get(t.rect.r0) ?? 15;
      default:
        throw new FakeOfficeError('InvalidArgument', 'RangeFormat.' + prop);
    }
  }
  private setCells(prop: 'horizontalAlignment' | 'verticalAlignment' | 'wrapText', value: string | boolean): void {
    this.write(prop, value, (t, run) => {
      guardFormat(t, run);
      eachCell(t, (cell) => ((cell as unknown as Record<string, unknown>)[prop] = value));
    });
  }
  set horizontalAlignment(v: string) {
    this.setCells('horizontalAlignment', v);
  }
  get horizontalAlignment(): string {
    return this.read('horizontalAlignment');
  }
  set verticalAlignment(v: string) {
    this.setCells('verticalAlignment', v);
  }
  get verticalAlignment(): string {
    return this.read('verticalAlignment');
  }
  set wrapText(v: boolean) {
    this.setCells('wrapText', v);
  }
  get wrapText(): boolean {
    return this.read('wrapText');
  }
  set columnWidth(points: number) {
    this.write('columnWidth', points, (t, run) => {
      guardFormat(t, run);
      for (let c = t.rect.c0; c <= t.rect.c1; c++) t.sheet.columnWidths.set(c, points);
    });
  }
  get columnWidth(): number {
    return this.read('columnWidth');
  }
  set rowHeight(points: number) {
    this.write('rowHeight', points, (t, run) => {
      guardFormat(t, run);
      for (let r = t.rect.r0; r <= t.rect.r1; r++) t.sheet.rowHeights.set(r, points);
    });
  }
  get rowHeight(): number {
    return this.read('rowHeight');
  }
  get font(): FakeRangeFont {
    return this.cachedChild('font', () => new FakeRangeFont(this.context, this.path + '.font', () => this.resolve()));
  }
  get fill(): FakeRangeFill {
    return this.cachedChild('fill', () => new FakeRangeFill(this.context, this.path + '.fill', () => this.resolve()));
  }
  get borders(): FakeRangeBorderCollection {
    return this.cachedChild('borders', () => new FakeRangeBorderCollection(this.context, this.path + '.borders', () => this.resolve()));
  }
}

type FontProp = 'name' | 'size' | 'bold' | 'italic' | 'underline' | 'color';

export class FakeRangeFont extends FakeObject<RangeTarget> {
  protected readonly typeName = 'RangeFont';
  valueOf(t: RangeTarget, prop: string): unknown {
    const defaults: Record<FontProp, unknown> = { name: 'Calibri', size: 11, bold: false, italic: false, underline: 'None', color: '#000000' };
    if (!(prop in defaults)) throw new FakeOfficeError('InvalidArgument', 'RangeFont.' + prop);
    return uniform(t, (c) => c?.font[prop as FontProp] ?? defaults[prop as FontProp]);
  }
  private setFont(prop: FontProp, value: unknown): void {
    this.write(prop, value, (t, run) => {
      guardFormat(t, run);
      const v = prop === 'color' ? normalizeColor(String(value)) : value;
      eachCell(t, (cell) => ((cell.font as Record<string, unknown>)[prop] = v));
    });
  }
  set name(v: string) {
    this.setFont('name', v);
  }
  get name(): string {
    return this.read('name');
  }
  set size(v: number) {
    this.setFont('size', v);
  }
  get size(): number {
    return this.read('size');
  }
  set bold(v: boolean) {
    this.setFont('bold', v);
  }
  get bold(): boolean {
    return this.read('bold');
  }
  set italic(v: boolean) {
    this.setFont('italic', v);
  }
  get italic(): boolean {
    return this.read('italic');
  }
  set underline(v: string) {
    this.setFont('underline', v);
  }
  get underline(): string {
    return this.read('underline');
  }
  set color(v: string) {
    this.setFont('color', v);
  }
  get color(): string {
    return this.read('color');
  }
}

export class FakeRangeFill extends FakeObject<RangeTarget> {
  protected readonly typeName = 'RangeFill';
  protected apis = { pattern: '1.9' };
  valueOf(t: RangeTarget, prop: string): unknown {
    // Like Excel, a cell without fill reads as white: only the pattern (1.9) tells them apart.
    if (prop === 'color') return uniform(t, (c) => c?.fill.color ?? '#FFFFFF');
    if (prop === 'pattern') return uniform(t, (c) => c?.fill.pattern ?? 'None');
    throw new FakeOfficeError('InvalidArgument', 'RangeFill.' + prop);
  }
  set color(v: string) {
    this.write('color', v, (t, run) => {
      guardFormat(t, run);
      eachCell(t, (cell) => (cell.fill = { color: normalizeColor(v), pattern: cell.fill.pattern === 'None' ? 'Solid' : cell.fill.pattern }));
    });
  }
  get color(): string {
    return this.read('color');
  }
  set pattern(v: string) {
    this.write('pattern', v, (t, run) => {
      guardFormat(t, run);
      eachCell(t, (cell) => (cell.fill = v === 'None' ? { color: null, pattern: 'None' } : { color: cell.fill.color ?? '#FFFFFF', pattern: v }));
    });
  }
  get pattern(): string {
    return this.read('pattern');
  }
  clear(): void {
    this.call('clear', [], (t, run) => {
      guardFormat(t, run);
      eachCell(t, (cell) => (cell.fill = { color: null, pattern: 'None' }));
    });
  }
}

export class FakeRangeBorderCollection extends FakeObject<RangeTarget> {
  protected readonly typeName = 'RangeBorderCollection';
  valueOf(): unknown {
    return undefined;
  }
  getItem(index: string): FakeRangeBorder {
    const edges = ['EdgeTop', 'EdgeBottom', 'EdgeLeft', 'EdgeRight', 'InsideVertical', 'InsideHorizontal', 'DiagonalDown', 'DiagonalUp'];
    if (!edges.includes(index)) throw new FakeOfficeError('InvalidArgument', 'border ' + index);
    return this.adopt(new FakeRangeBorder(this.context, `${this.path}[${index}]`, () => ({ ...this.resolve(), edge: index })));
  }
}

export class FakeRangeBorder extends FakeObject<RangeTarget & { edge: string }> {
  protected readonly typeName = 'RangeBorder';
  valueOf(t: RangeTarget & { edge: string }, prop: string): unknown {
    const b = t.sheet.borders.find((x) => x.address === rectAddress(t.rect) && x.edge === t.edge);
    if (prop === 'style') return b?.style ?? 'None';
    if (prop === 'weight') return b?.weight ?? 'Thin';
    throw new FakeOfficeError('InvalidArgument', 'RangeBorder.' + prop);
  }
  private setBorder(prop: 'style' | 'weight', value: string): void {
    this.write(prop, value, (t, run) => {
      guardFormat(t, run);
      if (t.edge.startsWith('Inside') && (t.edge === 'InsideVertical' ? t.rect.c0 === t.rect.c1 : t.rect.r0 === t.rect.r1)) {
        // Excel has no inside border in a single column/row; the fake refuses to hide such a mistake.
        throw new FakeOfficeError('InvalidArgument', `${t.edge} on ${rectAddress(t.rect)}`);
      }
      const address = rectAddress(t.rect);
      let b = t.sheet.borders.find((x) => x.address === address && x.edge === t.edge);
      if (!b) {
        b = { address, edge: t.edge };
        t.sheet.borders.push(b);
      }
      b[prop] = value;
    });
  }
  set style(v: string) {
    this.setBorder('style', v);
  }
  get style(): string {
    return this.read('style');
  }
  set weight(v: string) {
    this.setBorder('weight', v);
  }
  get weight(): string {
    return this.read('weight');
  }
}

export class FakeDataValidation extends FakeObject<RangeTarget> {
  protected readonly typeName = 'DataValidation';
  protected apis = { rule: '1.8' };
  valueOf(t: RangeTarget, prop: string): unknown {
    if (prop === 'rule') return t.sheet.validations.find((v) => v.address === rectAddress(t.rect))?.rule ?? {};
    throw new FakeOfficeError('InvalidArgument', 'DataValidation.' + prop);
  }
  set rule(rule: unknown) {
    this.write('rule', rule, (t) => {
      guardProtected(t);
      const address = rectAddress(t.rect);
      t.sheet.validations = t.sheet.validations.filter((v) => v.address !== address);
      t.sheet.validations.push({ address, rule: JSON.parse(JSON.stringify(rule)) });
    });
  }
  get rule(): unknown {
    return this.read('rule');
  }
}

// ---------------------------------------------------------------------------------------------
// Names

export class FakeNamedItemCollection extends FakeObject<FakeWorkbookModel> {
  protected readonly typeName = 'NamedItemCollection';
  protected apis = { add: '1.4', getItemOrNullObject: '1.4' };
  private readonly itemCache = new Map<FakeName, FakeNamedItem>();
  constructor(context: FakeRequestContext) {
    super(context, 'names', () => context.fake.model);
  }
  valueOf(): unknown {
    return undefined;
  }
  get items(): FakeNamedItem[] {
    return this.read('items');
  }
  applyLoad(paths: string[], run: SyncRun): void {
    const itemPaths = paths.map((p) => (p.startsWith('items/') ? p.slice(6) : p)).filter((p) => p !== 'items');
    const items = this.model.names.map((n, i) => {
      let item = this.itemCache.get(n);
      if (!item) {
        item = this.adopt(new FakeNamedItem(this.context, `names.items[${i}]`, () => n));
        this.itemCache.set(n, item);
      }
      return item;
    });
    for (const item of items) item.applyLoad(itemPaths.length > 0 ? itemPaths : ['name', 'type', 'value', 'visible'], run);
    run.commits.push(() => this.loadedProps.set('items', items));
  }
  add(name: string, reference: FakeRange | string, comment?: string): FakeNamedItem {
    const created: { item: FakeName | null } = { item: null };
    const proxy = this.adopt(new FakeNamedItem(this.context, `names.add(${JSON.stringify(name)})`, () => created.item));
    this.call('add', [name, reference instanceof FakeRange ? '<range>' : reference, comment ?? null], () => {
      if (!/^[A-Za-z_\\][A-Za-z0-9_.]*$/.test(name) || /^[A-Za-z]{1,3}\d+$/.test(name)) throw new FakeOfficeError('InvalidArgument', 'invalid name ' + name);
      if (this.model.findName(name)) throw new FakeOfficeError('ItemAlreadyExists', 'the name ' + name + ' exists');
      let item: FakeName;
      if (reference instanceof FakeRange) {
        const t = reference.resolve();
        item = { name, sheet: t.sheet, address: '$' + colLetters(t.rect.c0) + '$' + String(t.rect.r0 + 1), comment };
        if (t.rect.r1 !== t.rect.r0 || t.rect.c1 !== t.rect.c0) {
          item.address += ':$' + colLetters(t.rect.c1) + '$' + String(t.rect.r1 + 1);
        }
      } else {
        const m = /^=?(?:'((?:[^']|'')+)'|([^'!]+))!(.+)$/.exec(reference);
        const sheet = m ? this.model.find((m[1] ?? m[2]).replace(/''/g, "'")) : undefined;
        item = sheet && m ? { name, sheet, address: m[3], comment } : { name, sheet: null, address: '', formula: reference.startsWith('=') ? reference : '=' + reference, comment };
      }
      this.model.names.push(item);
      created.item = item;
    });
    return proxy;
  }
  getItem(name: string): FakeNamedItem {
    return this.adopt(new FakeNamedItem(this.context, `names[${JSON.stringify(name)}]`, () => this.model.findName(name) ?? null));
  }
  getItemOrNullObject(name: string): FakeNamedItem {
    return this.adopt(new FakeNamedItem(this.context, `names[${JSON.stringify(name)}]?`, () => this.model.findName(name) ?? null, true));
  }
}

export class FakeNamedItem extends FakeObject<FakeName> {
  protected readonly typeName = 'NamedItem';
  protected apis = { formula: '1.7', delete: '1.4' };
  protected alive(t: FakeName): boolean {
    return this.model.names.includes(t);
  }
  valueOf(t: FakeName, prop: string): unknown {
    switch (prop) {
      case 'name':
        return t.name;
      case 'type':
        return t.formula !== undefined && !t.formula.includes('!') ? 'String' : 'Range';
      case 'formula':
        return nameFormula(t);
      case 'value':
        return nameFormula(t).replace(/^=/, '');
      case 'visible':
        return true;
      case 'comment':
        return t.comment ?? '';
      default:
        throw new FakeOfficeError('InvalidArgument', 'NamedItem.' + prop);
    }
  }
  get name(): string {
    return this.read('name');
  }
  get type(): string {
    return this.read('type');
  }
  get formula(): string {
    return this.read('formula');
  }
  get value(): string {
    return this.read('value');
  }
  delete(): void {
    this.call('delete', [], (t) => {
      this.model.names.splice(this.model.names.indexOf(t), 1);
    });
  }
}

// ---------------------------------------------------------------------------------------------
// Events

type ChangedHandler = (args: FakeChangedEvent) => Promise<unknown> | unknown;

interface Registration {
  scope: FakeSheet | null;
  handler: ChangedHandler;
}

export class FakeEventHandlerResult {
  constructor(
    readonly context: FakeRequestContext,
    private readonly registration: Registration,
  ) {}
  remove(): void {
    this.context.queue({
      name: 'EventHandlerResult.remove',
      target: null,
      kind: 1,
      member: 'remove',
      args: [],
      apply: () => {
        const list = this.context.fake.handlers;
        const i = list.indexOf(this.registration);
        if (i >= 0) list.splice(i, 1);
      },
    });
  }
}

export class FakeEventHandlers {
  constructor(
    private readonly context: FakeRequestContext,
    private readonly path: string,
    private readonly scope: (() => FakeSheet) | null,
    private readonly api: string,
  ) {}
  add(handler: ChangedHandler): FakeEventHandlerResult {
    const registration: Registration = { scope: null, handler };
    this.context.queue({
      name: this.path + '.add',
      target: null,
      kind: 1,
      member: 'add',
      args: [this.path],
      apply: () => {
        if (!this.context.fake.supports('ExcelApi', this.api)) throw new FakeOfficeError('ApiNotFound', this.path + ' needs ExcelApi ' + this.api);
        registration.scope = this.scope ? this.scope() : null;
        this.context.fake.handlers.push(registration);
      },
    });
    return new FakeEventHandlerResult(this.context, registration);
  }
}

// ---------------------------------------------------------------------------------------------
// Office: requirements and document settings

/**
 * Office.context.document.settings as one task pane holds them: a copy of the document's settings
 * taken when the pane opened, and saveAsync writes that copy back whole — so two panes (two
 * co-authors) each saving overwrite each other's keys, as in Office.
 */
export class FakeSettings {
  private current: Record<string, unknown>;
  failSave = false;

  constructor(private readonly office: FakeOffice) {
    this.current = JSON.parse(JSON.stringify(office.documentSettings)) as Record<string, unknown>;
  }
  /** What the document holds now. */
  get saved(): Record<string, unknown> {
    return this.office.documentSettings;
  }
  get(name: string): unknown {
    return name in this.current ? this.current[name] : null;
  }
  set(name: string, value: unknown): void {
    this.current[name] = value;
  }
  remove(name: string): void {
    delete this.current[name];
  }
  saveAsync(optionsOrCallback?: unknown, callback?: (r: { status: string; error?: { message: string } }) => void): void {
    const cb = typeof optionsOrCallback === 'function' ? (optionsOrCallback as typeof callback) : callback;
    setTimeout(() => {
      if (this.failSave) cb?.({ status: 'failed', error: { message: 'saving the settings failed (fake)' } });
      else {
        this.office.documentSettings = JSON.parse(JSON.stringify(this.current)) as Record<string, unknown>;
        cb?.({ status: 'succeeded' });
      }
    }, 0);
  }
}

// ---------------------------------------------------------------------------------------------
// The fake host

export class FakeOffice {
  readonly model = new FakeWorkbookModel();
  readonly syncs: SyncRecord[] = [];
  readonly suspensions: string[] = [];
  /** @internal */
  readonly handlers: Registration[] = [];
  readonly runs: { options: unknown }[] = [];
  /** Excel.run batches that ended with actions queued but never synced. */
  unsyncedRuns = 0;
  requestLimitBytes: number;
  responseLimitBytes: number;
  supported: Record<string, string>;
  /** The settings of the pane the `Office` global belongs to now (openPane / usePane). */
  settings: FakeSettings;
  /** What the document holds: the settings a pane saved last, saved whole (Office.context.document.settings). */
  documentSettings: Record<string, unknown>;
  displayLanguage: string;
  /** A user is typing in a cell: requests fail with InvalidOperationInCellEditMode, or wait (delayForCellEdit, ExcelApi 1.11). */
  cellEditMode = false;
  private editWaiters: (() => void)[] = [];
  /** Time each sync takes before Excel applies it, in ms (default 0). */
  latencyMs = 0;
  /** How long Office.onReady takes to answer (a cold start), in ms. */
  readyDelayMs: number;
  private readonly faults = new Map<number, Fault>();
  private readonly hangs = new Set<number>();
  private deliveries: Promise<void>[] = [];

  constructor(options: FakeOfficeOptions = {}) {
    this.supported = { ExcelApi: '1.9', ...(options.supported ?? {}) };
    this.requestLimitBytes = options.requestLimitBytes ?? 5_000_000;
    this.responseLimitBytes = options.responseLimitBytes ?? 5_000_000;
    this.documentSettings = { ...(options.settings ?? {}) };
    this.settings = this.openPane();
    this.readyDelayMs = options.readyDelayMs ?? 0;
    this.displayLanguage = options.displayLanguage ?? 'vi-VN';
    this.model.structureProtected = options.structureProtected ?? false;
    for (const [name, init] of Object.entries(options.sheets ?? {})) this.addSheet(name, init);
    for (const [name, ref] of Object.entries(options.names ?? {})) {
      if (typeof ref === 'string') {
        const sheet = this.model.find(ref);
        if (!sheet) throw new Error('fake: name ' + name + ' refers to a missing sheet ' + ref);
        this.model.names.push({ name, sheet, address: '$A$1' });
      } else this.model.names.push({ name, sheet: null, address: '', formula: ref.formula });
    }
    const active = options.active ? this.model.find(options.active) : this.model.sheets[0];
    this.model.activeId = active ? active.id : null;
  }

  /** Adds a sheet directly (test set-up, not through the API). */
  addSheet(name: string, init: FakeScalar[][] | FakeSheetInit = {}): FakeSheet {
    const sheet = this.model.addSheet(name);
    const spec: FakeSheetInit = Array.isArray(init) ? { values: init } : init;
    const top = spec.top ?? 0;
    const left = spec.left ?? 0;
    (spec.values ?? []).forEach((row, r) =>
      row.forEach((v, c) => {
        if (v === '' || v === null || v === undefined) return;
        const cell = sheet.cell(top + r, left + c);
        cell.value = v;
      }),
    );
    for (const [address, color] of Object.entries(spec.fills ?? {})) {
      const rect = parseAddress(address);
      sheet.cell(rect.r0, rect.c0).fill = { color: normalizeColor(color), pattern: 'Solid' };
    }
    for (const [address, format] of Object.entries(spec.numberFormats ?? {})) {
      const rect = parseAddress(address);
      sheet.cell(rect.r0, rect.c0).numberFormat = format;
    }
    sheet.protected = spec.protected ?? spec.password !== undefined;
    if (sheet.protected) sheetLocks.set(sheet, { password: spec.password ?? null, options: {} });
    sheet.visibility = spec.visibility ?? 'Visible';
    return sheet;
  }

  /** A task pane opened on the document now: its own copy of the settings (see FakeSettings). */
  openPane(): FakeSettings {
    return new FakeSettings(this);
  }

  /** Makes the `Office` global belong to this pane (installFakeOffice reads it at each access). */
  usePane(settings: FakeSettings): void {
    this.settings = settings;
  }

  /** The user leaves cell-edit mode: delayed requests go on. */
  exitCellEdit(): void {
    this.cellEditMode = false;
    const waiting = this.editWaiters;
    this.editWaiters = [];
    for (const w of waiting) w();
  }

  supports(set: string, version: string): boolean {
    return versionAtLeast(this.supported[set], version);
  }

  get syncCount(): number {
    return this.syncs.length;
  }

  /** Makes the `n`th sync (1-based, counted over the fake's life) fail. */
  failSync(n: number, fault: Fault = {}): void {
    this.faults.set(n, fault);
  }

  /** Makes the `n`th sync never answer (and apply nothing). */
  hangSync(n: number): void {
    this.hangs.add(n);
  }

  clearFaults(): void {
    this.faults.clear();
    this.hangs.clear();
  }

  // --- Excel.run -------------------------------------------------------------------------

  async run<T>(...args: unknown[]): Promise<T> {
    const batch = args[args.length - 1] as (context: FakeRequestContext) => Promise<T>;
    if (typeof batch !== 'function') throw new FakeOfficeError('InvalidArgument', 'Excel.run needs a batch function');
    const first = args.length > 1 ? args[0] : undefined;
    let context: FakeRequestContext;
    if (first instanceof FakeRequestContext) context = first;
    else if (first && typeof first === 'object' && (first as { context?: unknown }).context instanceof FakeRequestContext) {
      context = (first as { context: FakeRequestContext }).context;
    } else {
      context = new FakeRequestContext(this);
      context.delayForCellEdit = Boolean(first && typeof first === 'object' && (first as { delayForCellEdit?: unknown }).delayForCellEdit === true);
      this.runs.push({ options: first ?? null });
    }
    const result = await batch(context);
    if (context.pending() > 0) this.unsyncedRuns++;
    return result;
  }

  /** @internal */
  async runSync(actions: Action[], context: FakeRequestContext): Promise<void> {
    const index = this.syncs.length + 1;
    const requestBytes = utf8Bytes(serialiseRequest(actions));
    const record: SyncRecord = { index, run: context.id, requestBytes, responseBytes: 0, actions: actions.map((a) => a.name) };
    this.syncs.push(record);
    await Promise.resolve();
    // A network round trip (Excel on the web): requests of two panes then interleave as they would.
    if (this.latencyMs > 0) await new Promise((r) => setTimeout(r, this.latencyMs));
    if (this.cellEditMode) {
      if (!(context.delayForCellEdit && this.supports('ExcelApi', '1.11'))) {
        record.failed = 'InvalidOperationInCellEditMode';
        throw new FakeOfficeError('InvalidOperationInCellEditMode', 'Excel is in cell-editing mode.');
      }
      await new Promise<void>((resolve) => this.editWaiters.push(resolve));
    }
    if (this.hangs.has(index)) {
      record.failed = 'Hang';
      return new Promise<void>(() => undefined);
    }
    if (requestBytes > this.requestLimitBytes) {
      record.failed = 'RequestPayloadSizeLimitExceeded';
      throw new FakeOfficeError('RequestPayloadSizeLimitExceeded', 'The request payload size has exceeded the limit.');
    }
    const fault = this.faults.get(index);
    const count = fault ? Math.min(fault.afterOps ?? 0, actions.length) : actions.length;
    const run: SyncRun = { responseBytes: 0, commits: [], changes: [] };
    try {
      for (let i = 0; i < count; i++) actions[i].apply(run);
    } catch (e) {
      record.failed = e instanceof FakeOfficeError ? e.code : 'Exception';
      this.deliver(run.changes, true);
      throw e;
    }
    this.deliver(run.changes, true);
    if (fault) {
      record.failed = fault.code ?? 'GeneralException';
      throw new FakeOfficeError(fault.code ?? 'GeneralException', fault.message ?? 'injected failure');
    }
    record.responseBytes = run.responseBytes;
    if (run.responseBytes > this.responseLimitBytes) {
      record.failed = 'ResponsePayloadSizeLimitExceeded';
      throw new FakeOfficeError('ResponsePayloadSizeLimitExceeded', 'The response payload size has exceeded the limit.');
    }
    for (const commit of run.commits) commit();
  }

  // --- events ------------------------------------------------------------------------------

  private deliver(changes: CellChange[], byThisAddin: boolean, source: 'Local' | 'Remote' = 'Local'): void {
    for (const change of changes) {
      for (const reg of [...this.handlers]) {
        if (reg.scope !== null && reg.scope !== change.sheet) continue;
        const args: FakeChangedEvent = { type: 'WorksheetChanged', worksheetId: change.sheet.id, address: change.address, source, changeType: 'RangeEdited' };
        if (this.supports('ExcelApi', '1.14')) args.triggerSource = byThisAddin ? 'ThisLocalAddin' : 'Unknown';
        if (this.supports('ExcelApi', '1.9') && !change.address.includes(':') && !change.address.includes(',')) {
          const r = parseAddress(change.address);
          const after = cellValue(change.sheet.peek(r.r0, r.c0));
          const before = change.before ?? after;
          args.details = { valueBefore: before, valueAfter: after, valueTypeBefore: typeName(before), valueTypeAfter: typeName(after) };
        }
        this.deliveries.push(
          new Promise<void>((resolve) => {
            setTimeout(() => {
              Promise.resolve()
                .then(() => reg.handler(args))
                .catch(() => undefined)
                .then(() => resolve());
            }, 0);
          }),
        );
      }
    }
  }

  /** Waits until every event raised so far has been handled. */
  async flushEvents(): Promise<void> {
    while (this.deliveries.length > 0) {
      const pending = this.deliveries;
      this.deliveries = [];
      await Promise.all(pending);
    }
  }

  /** A user (or, with source "Remote", a co-author) types a value into a cell. */
  userEdit(sheetName: string, address: string, value: FakeScalar, source: 'Local' | 'Remote' = 'Local'): void {
    const sheet = this.model.find(sheetName);
    if (!sheet) throw new Error('fake: no sheet ' + sheetName);
    const rect = parseAddress(address);
    const before = cellValue(sheet.peek(rect.r0, rect.c0));
    interpretInput(sheet.cell(rect.r0, rect.c0), value, (n) => this.model.find(n));
    this.deliver([{ sheet, address: rectAddress(rect), before }], false, source);
  }

  /** A user (or a co-author) colours cells: a format change, which Excel raises as onChanged too. */
  userFormat(sheetName: string, address: string, fill: string, source: 'Local' | 'Remote' = 'Local'): void {
    const sheet = this.sheet(sheetName);
    const rect = parseAddress(address);
    for (let r = rect.r0; r <= rect.r1; r++) for (let c = rect.c0; c <= rect.c1; c++) sheet.cell(r, c).fill = { color: normalizeColor(fill), pattern: 'Solid' };
    this.deliver([{ sheet, address: rectAddress(rect) }], false, source);
  }

  /** A user types a formula (e.g. "='Xếp hạng'!C5") into a cell of one of their own sheets. */
  setFormula(sheetName: string, address: string, formula: string): void {
    const rect = parseAddress(address);
    interpretInput(this.sheet(sheetName).cell(rect.r0, rect.c0), formula, (n) => this.model.find(n));
  }

  /** A cell's formula as Excel shows it now, and its value. */
  formulaCell(sheetName: string, address: string): { formula: string | null; value: FakeScalar } {
    const rect = parseAddress(address);
    const sheet = this.sheet(sheetName);
    return { formula: sheet.formulaOf(rect.r0, rect.c0), value: cellValue(sheet.peek(rect.r0, rect.c0)) };
  }

  /** Adds a workbook-scoped name referring to a range of a sheet (e.g. "$A$1:$F$40"). */
  defineName(name: string, sheetName: string, address: string): void {
    this.model.names.push({ name, sheet: this.sheet(sheetName), address });
  }

  // --- inspection for tests ----------------------------------------------------------------

  sheetNames(): string[] {
    return this.model.sheets.map((s) => s.name);
  }

  sheet(name: string): FakeSheet {
    const s = this.model.find(name);
    if (!s) throw new Error('fake: no sheet ' + name);
    return s;
  }

  /** The sheet's values from A1 to its last used cell. */
  values(name: string): FakeScalar[][] {
    const s = this.sheet(name);
    const used = s.used(true);
    if (!used) return [];
    return s.valuesOf({ r0: 0, c0: 0, r1: used.r1, c1: used.c1 });
  }

  cell(sheetName: string, address: string): FakeCell | undefined {
    const rect = parseAddress(address);
    return this.sheet(sheetName).peek(rect.r0, rect.c0);
  }

  /** Everything about a sheet as one string, to compare before and after. */
  snapshot(name: string): string {
    const s = this.sheet(name);
    const cells = [...s.cells.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return JSON.stringify({
      id: s.id,
      name: s.name,
      position: this.model.sheets.indexOf(s),
      visibility: s.visibility,
      cells,
      merges: s.merges,
      borders: s.borders,
      widths: [...s.columnWidths.entries()],
      heights: [...s.rowHeights.entries()],
      frozen: s.frozenRows,
      pageLayout: s.pageLayout,
      pageBreaks: s.pageBreaks,
      showGridlines: s.showGridlines,
      notes: [...s.notes.entries()],
      validations: s.validations,
    });
  }

  /** Workbook-scoped names with their formulas, sorted by name as Excel's Name Manager lists them. */
  names(): { name: string; formula: string }[] {
    return this.model.names
      .map((n) => ({ name: n.name, formula: nameFormula(n) }))
      .sort((a, b) => (a.name.toUpperCase() < b.name.toUpperCase() ? -1 : a.name.toUpperCase() > b.name.toUpperCase() ? 1 : 0));
  }

  /** A sheet's protection as Excel holds it: on or off, the password, the options given. */
  protectionOf(name: string): { protected: boolean; password: string | null; options: Record<string, unknown> | null } {
    const s = this.sheet(name);
    const lock = sheetLocks.get(s);
    return { protected: s.protected, password: lock?.password ?? null, options: lock?.options ?? null };
  }

  activeSheet(): string | null {
    const id = this.model.activeId;
    return id ? this.model.find(id)?.name ?? null : null;
  }

  selection(): { sheet: string; address: string } | null {
    const sel = this.model.selection;
    if (!sel) return null;
    return { sheet: this.model.find(sel.sheetId)?.name ?? '?', address: sel.address };
  }

  // --- the globals -------------------------------------------------------------------------

  excelNamespace(): Record<string, unknown> {
    return {
      run: (...args: unknown[]) => this.run(...args),
      RequestContext: FakeRequestContext,
      ErrorCodes: {
        accessDenied: 'AccessDenied',
        apiNotFound: 'ApiNotFound',
        generalException: 'GeneralException',
        invalidArgument: 'InvalidArgument',
        invalidOperation: 'InvalidOperation',
        invalidOperationInCellEditMode: 'InvalidOperationInCellEditMode',
        itemAlreadyExists: 'ItemAlreadyExists',
        itemNotFound: 'ItemNotFound',
      },
    };
  }

  officeNamespace(): Record<string, unknown> {
    return {
      context: {
        requirements: { isSetSupported: (name: string, version?: string) => this.supports(name, version ?? '1.1') },
        displayLanguage: this.displayLanguage,
        // A getter: the settings of the pane that the global belongs to now (usePane).
        document: Object.defineProperty({}, 'settings', { get: () => this.settings, enumerable: true }),
      },
      AsyncResultStatus: { Succeeded: 'succeeded', Failed: 'failed' },
      HostType: { Excel: 'Excel' },
      onReady: () => new Promise((resolve) => setTimeout(() => resolve({ host: 'Excel', platform: 'OfficeOnline' }), this.readyDelayMs)),
    };
  }
}

export interface InstalledFakeOffice extends FakeOffice {
  uninstall(): void;
}

/** Creates a fake host and installs it as the globals `Excel` and `Office` until `uninstall()`. */
export function installFakeOffice(options: FakeOfficeOptions = {}): InstalledFakeOffice {
  const fake = new FakeOffice(options) as InstalledFakeOffice;
  const g = globalThis as Record<string, unknown>;
  const before = { Excel: g.Excel, Office: g.Office, had: { Excel: 'Excel' in g, Office: 'Office' in g } };
  g.Excel = fake.excelNamespace();
  g.Office = fake.officeNamespace();
  fake.uninstall = () => {
    if (before.had.Excel) g.Excel = before.Excel;
    else delete g.Excel;
    if (before.had.Office) g.Office = before.Office;
    else delete g.Office;
  };
  return fake;
}
