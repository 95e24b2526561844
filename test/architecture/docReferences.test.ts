/**
 * Every document a comment, a test or a message names must be in the repository, so that a reader
 * can follow it (docs/ma-nguon.md). Files named `*.md` in src/ and test/ are looked up as a path
 * from the repository's root, as a path from the naming file's folder, or — a bare name — as any
 * file of that name in the repository. Addresses on the web are not files of ours and are skipped.
 */
import * as fs from 'fs';
import * as path from 'path';

const ROOT = path.join(__dirname, '..', '..');
const SKIP = new Set(['node_modules', 'dist', 'lib', '.git', 'coverage']);

function walk(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    if (SKIP.has(e.name)) return [];
    const p = path.join(dir, e.name);
    return e.isDirectory() ? walk(p) : [p];
  });
}

const repoFiles = walk(ROOT);
const baseNames = new Set(repoFiles.map((f) => path.basename(f)));
const sources = [...walk(path.join(ROOT, 'src')), ...walk(path.join(ROOT, 'test'))].filter((f) => /\.(tsx?|js|html)$/.test(f));

/** Every `….md` a file names, web addresses left out. */
function mdNamed(text: string): string[] {
  return [...text.matchAll(/(?:[\w.-]*[/:])*[\w.-]+\.md\b/g)].map((m) => m[0]).filter((name) => !name.includes('//') && !name.includes(':'));
}

function exists(name: string, from: string): boolean {
  if (!name.includes('/')) return baseNames.has(name);
  return fs.existsSync(path.join(ROOT, name)) || fs.existsSync(path.join(path.dirname(from), name));
}

describe('every *.md named in src/ and test/ exists in the repository', () => {
  const named = sources.flatMap((f) => mdNamed(fs.readFileSync(f, 'utf8')).map((name) => ({ file: path.relative(ROOT, f), name })));
  it('finds the documents the code cites', () => {
    expect(named.length).toBeGreaterThan(100);
    expect(named.map((n) => n.name)).toEqual(expect.arrayContaining(['docs/quy-tac-tinh-diem.md', 'docs/huong-dan-so-lieu.md', 'docs/ma-nguon.md']));
  });
  it('has none missing', () => {
    expect(named.filter((n) => !exists(n.name, path.join(ROOT, n.file)))).toEqual([]);
  });
  it('recognises a missing one (the check itself can fail)', () => {
    // Names built at run time, so that this file does not name them itself.
    const gone = ['rules', 'md'].join('.');
    expect(exists(gone, path.join(ROOT, 'src', 'core', 'index.ts'))).toBe(false);
    expect(exists(`docs/workbook-format.${'md'}`, path.join(ROOT, 'src', 'core', 'index.ts'))).toBe(false);
    expect(mdNamed(`see ${gone} §8 and https://github.com/x/y/blob/master/UPGRADE-4.0.${'md'}`)).toEqual([gone]);
  });
});
