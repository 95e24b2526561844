/**
 * Part names and relationship targets (ECMA-376 Part 2, Open Packaging Conventions). Inside the
 * program a part is named as its zip entry is: "xl/workbook.xml", without the leading slash.
 */

/** The relationships part of a part: "xl/workbook.xml" → "xl/_rels/workbook.xml.rels"; the package's own is "_rels/.rels". */
export function relsPartOf(part: string): string {
  if (part === '') return '_rels/.rels';
  const slash = part.lastIndexOf('/');
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

/** The folder of a part, with its trailing slash ("xl/"), '' at the root. */
export const folderOf = (part: string): string => part.slice(0, part.lastIndexOf('/') + 1);

/**
 * The part a relationship of `source` points at: absolute targets ("/xl/styles.xml") from the
 * root, relative ones ("worksheets/sheet1.xml", "../media/image1.png") from the source's folder.
 * Percent-escapes are decoded. Null when the target leaves the package.
 */
export function resolveTarget(source: string, target: string): string | null {
  let t = target;
  try {
    t = decodeURIComponent(target);
  } catch {
    // not percent-encoded after all
  }
  t = t.split('#')[0];
  const joined = t.startsWith('/') ? t.slice(1) : folderOf(source) + t;
  const out: string[] = [];
  for (const seg of joined.split('/')) {
    if (seg === '' || seg === '.') continue;
    if (seg === '..') {
      if (out.length === 0) return null;
      out.pop();
    } else out.push(seg);
  }
  return out.length === 0 ? null : out.join('/');
}

/** The target to write in `source`'s relationships for `part`: relative to the source's folder. */
export function relativeTarget(source: string, part: string): string {
  const from = folderOf(source).split('/').filter(Boolean);
  const to = part.split('/');
  let common = 0;
  while (common < from.length && common < to.length - 1 && from[common] === to[common]) common++;
  return [...from.slice(common).map(() => '..'), ...to.slice(common)].join('/');
}
