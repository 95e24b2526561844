/**
 * Applies output sheet descriptions (src/core/sheet.ts) to a workbook: the program's own sheets
 * are created or replaced whole, every other part of the package is left exactly as it was
 * (docs/huong-dan-so-lieu.md, "Input sheets belong to people; output sheets belong to the program";
 * docs/reliability.md). What changes: the described sheets' parts (and their notes), our style
 * records appended to styles.xml, the sheet list and our defined names in workbook.xml, the
 * workbook's relationships, [Content_Types].xml, the sheet list of docProps/app.xml, and the
 * calculation chain, which is dropped (Excel rebuilds it) when sheets with formulas change.
 */
import type { SheetDescription } from '../../core/index';
import { applyWorkbookEdit, withAttribute, type NameSlot, type SheetSlot } from '../book/workbookEdit';
import { updateAppProperties } from '../book/appProperties';
import type { Workbook } from '../book/workbook';
import type { SheetEntry } from '../book/workbookPart';
import { CONTENT_TYPES_PART, CT } from '../package/contentTypes';
import { relativeTarget, relsPartOf, resolveTarget } from '../package/partNames';
import { freeRelId, isRelType, REL, serializeRelationships, type Relationship } from '../package/relationships';
import { removePartTree } from '../package/removeParts';
import { isOurName, quotedSheet, sameName, sheetA1 } from '../definedNames';
import { OutputSheetNotOursError } from '../errors';
import { absoluteRange, titleRows } from './pageSetup';
import { sheetXml } from './sheetXml';
import { StyleBook } from './styleBook';

interface Plan {
  description: SheetDescription;
  /** Existing sheets this description replaces: the one with its name, the one its mark points at. */
  replaces: SheetEntry[];
}

/**
 * Excel's rules for a sheet name, checked before anything changes. Descriptions come from the
 * program, so a bad name is a programming error, not a user's.
 */
function checkSheetName(name: string): void {
  if (name.length === 0 || name.length > 31 || /[\\/?*[\]:]/.test(name) || name.startsWith("'") || name.endsWith("'")) {
    throw new Error(`"${name}" cannot be an Excel sheet name`);
  }
}

/** Decides which sheets each description replaces; refuses the whole write when one is not ours. */
function plan(wb: Workbook, sheets: readonly SheetDescription[]): Plan[] {
  const existing = wb.sheets;
  const marks = wb.marks();
  const marked = new Set([...marks.values()].map((n) => n.normalize('NFC').toLowerCase()));
  const isMarked = (s: SheetEntry): boolean => marked.has(s.name.normalize('NFC').toLowerCase());
  const seen: string[] = [];
  return sheets.map((d) => {
    checkSheetName(d.name);
    if (seen.some((n) => sameName(n, d.name))) throw new Error(`two descriptions for the sheet "${d.name}"`);
    seen.push(d.name);
    const replaces: SheetEntry[] = [];
    const same = existing.find((s) => sameName(s.name, d.name));
    if (same) {
      if (!isMarked(same)) throw new OutputSheetNotOursError(same.name);
      replaces.push(same);
    }
    // Our own sheet that a user renamed: the mark follows the new sheet, so the renamed one would
    // be left looking like ours without being so; it is replaced too.
    if (d.mark) {
      const key = [...marks.keys()].find((k) => k.toLowerCase() === d.mark!.toLowerCase());
      const target = key === undefined ? undefined : existing.find((s) => s.name === marks.get(key));
      if (target && !replaces.includes(target)) replaces.push(target);
    }
    return { description: d, replaces };
  });
}

/** A part name not used yet: xl/worksheets/sheet7.xml, xl/comments3.xml, … */
function freePart(wb: Workbook, make: (n: number) => string, taken: Set<string>): string {
  for (let n = 1; ; n++) {
    const name = make(n);
    if (!wb.pkg.has(name) && !taken.has(name.toLowerCase())) {
      taken.add(name.toLowerCase());
      return name;
    }
  }
}

/**
 * Creates or replaces the described sheets. A replaced sheet keeps its place in the tab order
 * (and its sheet id); a new one goes at the end. Throws OutputSheetNotOursError, changing
 * nothing, when a sheet with a described name exists without our mark.
 *
 * `remove`: marks of our sheets this run must not leave behind (src/core/outputSheets.ts,
 * staleMarks): the sheet each points at goes, with the mark. A sheet is found only through our
 * mark, so a person's sheet is never removed.
 */
export function applySheetDescriptions(wb: Workbook, descriptions: readonly SheetDescription[], remove: readonly string[] = []): void {
  if (descriptions.length === 0 && remove.length === 0) return;
  wb.transaction(() => applyAll(wb, descriptions, remove));
}

/** The sheets our marks in `remove` point at, when no description replaces them. */
function staleSheets(wb: Workbook, plans: readonly Plan[], remove: readonly string[]): SheetEntry[] {
  const marks = wb.marks();
  const replaced = new Set(plans.flatMap((p) => p.replaces));
  const out: SheetEntry[] = [];
  for (const mark of remove) {
    const key = [...marks.keys()].find((k) => k.toLowerCase() === mark.toLowerCase());
    const sheet = key === undefined ? undefined : wb.sheets.find((s) => s.name === marks.get(key));
    if (sheet && !replaced.has(sheet) && !out.includes(sheet)) out.push(sheet);
  }
  return out;
}

function applyAll(wb: Workbook, descriptions: readonly SheetDescription[], remove: readonly string[]): void {
  const plans = plan(wb, descriptions);
  const stale = staleSheets(wb, plans, remove);
  const { info, pkg } = wb;
  const types = wb.contentTypes();
  const styles = new StyleBook(info.styles ? (pkg.read(info.styles) ?? null) : null);
  const rels: Relationship[] = info.rels.map((r) => ({ ...r }));
  const taken = new Set<string>();

  // The new tab order: slots of the existing sheets, each replaced by its description's sheet.
  type Slot = { entry: SheetEntry | null; description: SheetDescription | null };
  const slots: (Slot | null)[] = info.sheets.map((entry) => ({ entry, description: null }));
  const removed: SheetEntry[] = [];
  for (const { description, replaces } of plans) {
    const indexes = replaces.map((r) => info.sheets.indexOf(r)).filter((i) => i >= 0);
    if (indexes.length > 0) {
      const [first, ...rest] = indexes.sort((a, b) => a - b);
      slots[first] = { entry: info.sheets[first], description };
      for (const i of rest) slots[i] = null;
    } else slots.push({ entry: null, description });
    removed.push(...replaces);
  }
  for (const sheet of stale) {
    slots[info.sheets.indexOf(sheet)] = null;
    removed.push(sheet);
  }

  // Old parts of replaced sheets go, with their comments and drawings.
  const oldParts = removed.map((s) => s.part).filter((p): p is string => p !== null);
  removePartTree(pkg, types, oldParts);
  const removedRids = new Set(removed.map((s) => s.rid));
  const keptRels = rels.filter((r) => !removedRids.has(r.id));

  let maxSheetId = Math.max(0, ...info.sheets.map((s) => s.sheetId));
  let drawing = 1 + pkg.names().filter((n) => /\.vml$/i.test(n)).length;
  let anyFormulas = removed.length > 0;
  const sheetSlots: SheetSlot[] = [];
  const finalSlots = slots.filter((s): s is Slot => s !== null);
  for (const slot of finalSlots) {
    if (!slot.description) {
      const e = slot.entry!;
      sheetSlots.push({ name: e.name, sheetId: e.sheetId, rid: e.rid, raw: rawSheetElement(wb, e) });
      continue;
    }
    const d = slot.description;
    const part = freePart(wb, (n) => `xl/worksheets/sheet${n}.xml`, taken);
    const rid = freeRelId(keptRels);
    keptRels.push({ id: rid, type: REL.worksheet, target: relativeTarget(info.part, part), external: false });
    const built = sheetXml(d, { styles, vmlRelId: 'rId2', drawingNumber: drawing });
    if (built.hasFormulas) anyFormulas = true;
    pkg.set(part, built.sheet);
    types.set(part, CT.worksheet);
    if (built.comments && built.vml) {
      drawing++;
      const comments = freePart(wb, (n) => `xl/comments${n}.xml`, taken);
      const vml = freePart(wb, (n) => `xl/drawings/vmlDrawing${n}.vml`, taken);
      pkg.set(comments, built.comments);
      pkg.set(vml, built.vml);
      types.set(comments, CT.comments);
      types.ensureDefault('vml', CT.vml);
      types.set(vml, CT.vml);
      pkg.set(
        relsPartOf(part),
        serializeRelationships([
          { id: 'rId1', type: REL.comments, target: relativeTarget(part, comments), external: false },
          { id: 'rId2', type: REL.vmlDrawing, target: relativeTarget(part, vml), external: false },
        ]),
      );
    }
    const sheetId = slot.entry ? slot.entry.sheetId : ++maxSheetId;
    sheetSlots.push({ name: d.name, sheetId, rid });
  }

  // Styles: a workbook without a styles part gets one.
  if (styles.changed || !info.styles) {
    const stylesPart = info.styles ?? 'xl/styles.xml';
    pkg.set(stylesPart, styles.toBytes());
    types.set(stylesPart, CT.styles);
    if (!info.styles) keptRels.push({ id: freeRelId(keptRels), type: REL.styles, target: relativeTarget(info.part, stylesPart), external: false });
  }

  // The calculation chain lists formula cells by sheet; Excel rebuilds it when it is missing.
  if (anyFormulas) {
    const chain = keptRels.find((r) => isRelType(r.type, 'calcChain'));
    if (chain) {
      const resolved = resolveTarget(info.part, chain.target);
      const part = resolved === null ? undefined : pkg.actualName(resolved);
      if (part) {
        pkg.remove(part);
        types.remove(part);
      }
      keptRels.splice(keptRels.indexOf(chain), 1);
    }
  }

  const names = namesAfter(wb, finalSlots.map((s) => (s.description ? null : s.entry!)), plans, finalSlots.map((s) => s.description));
  pkg.set(CONTENT_TYPES_PART, types.serialize());
  applyWorkbookEdit(wb, { sheets: sheetSlots, names, rels: keptRels });
  updateAppProperties(wb);
}

const decoder = new TextDecoder();

/** The `<sheet>` element of an existing sheet exactly as workbook.xml writes it. */
function rawSheetElement(wb: Workbook, e: SheetEntry): string {
  const sheets = wb.info.tree.children.find((c) => c.local === 'sheets');
  const el = sheets?.children[wb.info.sheets.indexOf(e)];
  return el ? decoder.decode(wb.info.bytes.subarray(el.start, el.end)) : `<sheet name="${e.name}" sheetId="${e.sheetId}" r:id="${e.rid}"/>`;
}

/**
 * The defined names after the write: the workbook's own as written (sheet-scoped ones moved with
 * their sheet's new position, dropped with a replaced sheet), our marks pointing at the new
 * sheets, each printed sheet's print area and title rows, and no mark of ours left pointing at a
 * sheet that is gone.
 */
function namesAfter(wb: Workbook, kept: (SheetEntry | null)[], plans: Plan[], described: (SheetDescription | null)[]): NameSlot[] {
  const oldIndex = new Map(wb.info.sheets.map((s, i) => [s, i]));
  const newIndexOfOld = new Map<number, number>();
  kept.forEach((e, i) => {
    if (e) newIndexOfOld.set(oldIndex.get(e)!, i);
  });
  const finalNames = kept.map((e, i) => (e ? e.name : described[i]!.name));
  const marksSet = new Set(plans.map((p) => p.description.mark?.toLowerCase()).filter((m): m is string => !!m));
  const out: NameSlot[] = [];
  for (const n of wb.info.definedNames) {
    if (n.localSheetId !== undefined) {
      const moved = newIndexOfOld.get(n.localSheetId);
      if (moved === undefined) continue; // scoped to a replaced sheet: its print area, filter…
      out.push({ raw: moved === n.localSheetId ? n.raw : withAttribute(n.raw, 'localSheetId', String(moved)) });
      continue;
    }
    if (marksSet.has(n.name.toLowerCase())) continue;
    if (isOurName(n.name)) {
      // Ours, pointing at a sheet that is gone (deleted by a user, or replaced now): dropped.
      const sheet = n.ranges.map((r) => /^'((?:[^']|'')*)'!|^([^'!]+)!/.exec(r)).find((m) => m);
      const target = sheet ? (sheet[1] ?? sheet[2]).replace(/''/g, "'") : null;
      if (target === null || !finalNames.some((s) => sameName(s, target))) continue;
    }
    out.push({ raw: n.raw });
  }
  described.forEach((d, i) => {
    if (!d) return;
    if (d.mark) out.push({ name: d.mark, text: sheetA1(d.name) });
    if (d.pageSetup) {
      if (d.pageSetup.printArea !== null) out.push({ name: '_xlnm.Print_Area', localSheetId: i, text: `${quotedSheet(d.name)}!${absoluteRange(d.pageSetup.printArea)}` });
      if (d.pageSetup.printTitleRows) out.push({ name: '_xlnm.Print_Titles', localSheetId: i, text: `${quotedSheet(d.name)}!${titleRows(d.pageSetup.printTitleRows)}` });
    }
  });
  return out;
}
