/**
 * The program's version, from the package.json of the installed package. Found by walking up
 * from this file, so that it works from the sources (tests) and from the compiled lib/ alike.
 */
import { existsSync, readFileSync } from 'fs';
import * as path from 'path';

export function packageVersion(from: string = __dirname): string {
  let dir = from;
  for (;;) {
    const candidate = path.join(dir, 'package.json');
    if (existsSync(candidate)) {
      try {
        const pkg = JSON.parse(readFileSync(candidate, 'utf8')) as { name?: string; version?: string };
        if (pkg.name === 'cum-thi-dua' && pkg.version) return pkg.version;
      } catch {
        // not ours or unreadable: keep looking higher up
      }
    }
    const parent = path.dirname(dir);
    if (parent === dir) return '0.0.0';
    dir = parent;
  }
}
