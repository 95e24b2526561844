/**
 * The shape of the code (architecture: one pure core, thin shells): the core imports nothing but
 * itself, and only the Office.js shell touches Excel or Office. Read from the source files, so a
 * stray import fails here before it reaches a bundle.
 */
import * as fs from 'fs';
import * as path from 'path';

const ROOT = path.join(__dirname, '..', '..');
const SRC = path.join(ROOT, 'src');
const CORE = path.join(SRC, 'core');
const CORE_INDEX = path.join(CORE, 'index');
/** The member forms' surface (issue 14): a second entry, so that the pane loads the forms on demand. */
const FORMS_INDEX = path.join(CORE, 'forms', 'index');

function filesUnder(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return filesUnder(p);
    return /\.tsx?$/.test(e.name) ? [p] : [];
  });
}

/** Source without comments, so that a comment naming Excel.run does not count. */
function code(file: string): string {
  return fs
    .readFileSync(file, 'utf8')
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/(^|[^:'"`])\/\/.*$/gm, '$1');
}

/** Module specifiers of import/export statements and dynamic imports (not words inside strings). */
const importsOf = (source: string): string[] => [
  ...[...source.matchAll(/^\s*(?:import|export)\b[^;]*?\bfrom\s*['"]([^'"]+)['"]/gm)].map((m) => m[1]),
  ...[...source.matchAll(/^\s*import\s*['"]([^'"]+)['"]/gm)].map((m) => m[1]),
  ...[...source.matchAll(/\bimport\(\s*['"]([^'"]+)['"]\s*\)/g)].map((m) => m[1]),
];

describe('src/core is pure TypeScript', () => {
  const files = filesUnder(path.join(SRC, 'core'));
  it('has files to check', () => expect(files.length).toBeGreaterThan(50));
  it.each(files.map((f) => [path.relative(SRC, f), f]))('%s imports only the core itself', (_name, file) => {
    const outside = importsOf(code(file)).filter((spec) => {
      if (!spec.startsWith('.')) return true; // a package: exceljs, react, fs, …
      return !path.resolve(path.dirname(file), spec).startsWith(path.join(SRC, 'core'));
    });
    expect(outside).toEqual([]);
  });
  it.each(files.map((f) => [path.relative(SRC, f), f]))('%s uses no Node or host globals', (_name, file) => {
    expect(code(file)).not.toMatch(/\b(process|Buffer|require|Excel|Office|window|document)\s*[.(]/);
  });
});

describe('only the Office.js shell calls Excel', () => {
  const files = filesUnder(SRC).filter((f) => !f.startsWith(path.join(SRC, 'office') + path.sep));
  it.each(files.map((f) => [path.relative(SRC, f), f]))('%s does not call Excel.run or use the Excel namespace', (_name, file) => {
    expect(code(file)).not.toMatch(/\bExcel\s*\.\s*(run|RequestContext|Range|Worksheet)\b/);
  });
});

describe('shells use the core through its public surfaces, src/core/index.ts and src/core/forms/index.ts', () => {
  const dirs = ['src', 'scripts', 'bench'];
  const files = dirs
    .flatMap((d) => filesUnder(path.join(ROOT, d)))
    .filter((f) => !f.startsWith(CORE + path.sep));
  it('has shell files to check', () => expect(files.length).toBeGreaterThan(60));
  it.each(files.map((f) => [path.relative(ROOT, f), f]))('%s imports the core only through src/core/index.ts (or src/core/forms/index.ts)', (_name, file) => {
    const inner = importsOf(code(file))
      .filter((spec) => spec.startsWith('.'))
      .map((spec) => path.resolve(path.dirname(file), spec))
      .filter((target) => target === CORE || target.startsWith(CORE + path.sep))
      .filter((target) => ![CORE_INDEX, FORMS_INDEX].includes(target.replace(/\.tsx?$/, '')));
    expect(inner.map((t) => path.relative(ROOT, t))).toEqual([]);
  });
});

describe('the task pane knows neither the Office.js shell nor the file mode (the start-up in src/entry chooses)', () => {
  const files = filesUnder(path.join(SRC, 'taskpane'));
  it('has files to check', () => expect(files.length).toBeGreaterThan(10));
  it.each(files.map((f) => [path.relative(SRC, f), f]))('%s imports nothing from src/office or src/web', (_name, file) => {
    const reached = importsOf(code(file)).filter((spec) => {
      if (!spec.startsWith('.')) return false;
      const target = path.resolve(path.dirname(file), spec);
      return target.startsWith(path.join(SRC, 'office')) || target.startsWith(path.join(SRC, 'web'));
    });
    expect(reached).toEqual([]);
  });
});

describe('the member forms stay out of the pane at start-up (issue 14)', () => {
  // Whatever src/core/index.ts reaches is in the pane's first download: the forms must not be.
  // `import type` is erased by the compiler and reaches nothing.
  const valueImports = (source: string): string[] => importsOf(source.replace(/^\s*(?:import|export)\s+type\b[^;]*;/gm, ''));
  const reached = new Set<string>();
  const visit = (file: string): void => {
    if (reached.has(file)) return;
    reached.add(file);
    for (const spec of valueImports(code(file))) {
      if (!spec.startsWith('.')) continue;
      const base = path.resolve(path.dirname(file), spec);
      const target = ['.ts', '.tsx', '/index.ts'].map((x) => base + x).find((f) => fs.existsSync(f));
      if (target) visit(target);
    }
  };
  visit(CORE_INDEX + '.ts');
  it('src/core/index.ts reaches none of src/core/forms nor the words about forms', () => {
    const forms = [...reached].map((f) => path.relative(SRC, f)).filter((f) => f.startsWith('core/forms') || /words\/(vi|en)\/forms|formWords/.test(f));
    expect(forms).toEqual([]);
    expect(reached.size).toBeGreaterThan(50);
  });
});
