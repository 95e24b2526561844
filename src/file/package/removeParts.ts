/**
 * Removing a part together with what only it used: its relationships part and, in turn, the parts
 * those point at (a replaced output sheet's comments and note drawing) — unless something else in
 * the package still points at them. Content type overrides of removed parts go too.
 */
import type { ContentTypes } from './contentTypes';
import { relsPartOf, resolveTarget } from './partNames';
import { parseRelationships } from './relationships';
import type { XlsxPackage } from './xlsxPackage';

function targetsOf(pkg: XlsxPackage, part: string): string[] {
  const rels = pkg.read(relsPartOf(part));
  if (!rels) return [];
  const out: string[] = [];
  for (const r of parseRelationships(rels)) {
    if (r.external) continue;
    const t = resolveTarget(part, r.target);
    const actual = t === null ? undefined : pkg.actualName(t);
    if (actual !== undefined) out.push(actual);
  }
  return out;
}

/** Which source part a relationships part belongs to ("xl/_rels/workbook.xml.rels" → "xl/workbook.xml"). */
function sourceOfRels(relsPart: string): string | null {
  const m = /^(.*?)_rels\/([^/]*)\.rels$/.exec(relsPart);
  return m ? m[1] + m[2] : null;
}

export function removePartTree(pkg: XlsxPackage, types: ContentTypes, parts: readonly string[]): void {
  // Everything reachable from the removed parts.
  const candidates = new Set<string>();
  const visit = (p: string): void => {
    if (candidates.has(p)) return;
    candidates.add(p);
    for (const t of targetsOf(pkg, p)) visit(t);
  };
  for (const p of parts) {
    const actual = pkg.actualName(p);
    if (actual !== undefined) visit(actual);
  }
  const removed = new Set(parts.map((p) => pkg.actualName(p)).filter((p): p is string => p !== undefined));
  // Keep a candidate that a part staying in the package still points at.
  const stillUsed = new Set<string>();
  for (const name of pkg.names()) {
    if (!name.endsWith('.rels')) continue;
    const source = sourceOfRels(name);
    if (source === null || candidates.has(source)) continue;
    for (const t of targetsOf(pkg, source)) stillUsed.add(t);
  }
  for (const c of candidates) {
    if (!removed.has(c) && stillUsed.has(c)) continue;
    pkg.remove(c);
    pkg.remove(relsPartOf(c));
    types.remove(c);
  }
}
