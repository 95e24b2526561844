/**
 * `docProps/app.xml` lists the sheets by name (TitlesOfParts, counted in HeadingPairs). When the
 * program adds or removes a sheet, those two lists are written again; every other property
 * (company, manager, application) stays as it was. A file without the lists is left alone.
 */
import { isRelType, parseRelationships } from '../package/relationships';
import { resolveTarget } from '../package/partNames';
import { childNamed, parseXmlTree } from '../xml/xmlTree';
import { escapeText } from '../xml/xmlText';
import { spliceBytes, type Splice } from '../xml/splice';
import type { Workbook } from './workbook';

function appPart(wb: Workbook): string | null {
  const root = wb.pkg.read('_rels/.rels');
  if (!root) return null;
  const rel = parseRelationships(root).find((r) => isRelType(r.type, 'extended-properties') && !r.external);
  const part = rel ? resolveTarget('', rel.target) : null;
  return part && wb.pkg.has(part) ? (wb.pkg.actualName(part) ?? null) : null;
}

export function updateAppProperties(wb: Workbook): void {
  const part = appPart(wb);
  if (part === null) return;
  const bytes = wb.pkg.read(part)!;
  const root = parseXmlTree(bytes);
  const pairs = childNamed(root, 'HeadingPairs');
  const titles = childNamed(root, 'TitlesOfParts');
  if (!pairs || !titles) return;
  const vt = (() => {
    for (const [k, v] of root.attrs) if (v === 'http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes' && k.startsWith('xmlns:')) return k.slice(6) + ':';
    return null;
  })();
  if (vt === null) return;
  const p = root.name.includes(':') ? root.name.slice(0, root.name.indexOf(':') + 1) : '';
  const names = wb.worksheets.map((s) => s.name);
  const edits: Splice[] = [
    {
      start: pairs.start,
      end: pairs.end,
      text: `<${p}HeadingPairs><${vt}vector size="2" baseType="variant"><${vt}variant><${vt}lpstr>Worksheets</${vt}lpstr></${vt}variant><${vt}variant><${vt}i4>${names.length}</${vt}i4></${vt}variant></${vt}vector></${p}HeadingPairs>`,
    },
    {
      start: titles.start,
      end: titles.end,
      text: `<${p}TitlesOfParts><${vt}vector size="${names.length}" baseType="lpstr">${names.map((n) => `<${vt}lpstr>${escapeText(n)}</${vt}lpstr>`).join('')}</${vt}vector></${p}TitlesOfParts>`,
    },
  ];
  wb.pkg.set(part, spliceBytes(bytes, edits));
}
