/**
 * webpack.config.js at unit level (the real `npm run build` runs in CI): what it builds, how it
 * names and splits bundles, that the manifest it copies gets the production URL, and how the dev
 * server finds its certificates. The config is called as webpack-cli calls it: (env, argv).
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import type { Configuration, RuleSetRule } from 'webpack';

type ConfigFunction = (env?: Record<string, unknown>, argv?: { mode?: string }) => Configuration & {
  devServer?: { port?: number; server?: unknown; static?: unknown };
};

const ROOT = path.resolve(__dirname, '..', '..');
// eslint-disable-next-line @typescript-eslint/no-require-imports
const makeConfig = require('../../webpack.config.js') as ConfigFunction;

const savedEnv = { ...process.env };
afterEach(() => {
  process.env = { ...savedEnv };
  jest.restoreAllMocks();
});

function plugin<T = Record<string, unknown>>(config: Configuration, constructorName: string): T[] {
  return (config.plugins ?? []).filter((p) => p && p.constructor.name === constructorName) as unknown as T[];
}

function tsRule(config: Configuration): RuleSetRule {
  const rule = (config.module?.rules ?? []).find((r) => r && typeof r === 'object' && String((r as RuleSetRule).test) === String(/\.tsx?$/));
  if (!rule || typeof rule !== 'object') throw new Error('no rule for .ts/.tsx');
  return rule as RuleSetRule;
}

describe('Entries: the task pane and the ribbon commands', () => {
  it('builds src/entry/index.tsx (start-up: add-in or file mode) as "taskpane" and src/commands/commands.ts as "commands"', () => {
    const config = makeConfig({}, { mode: 'production' });
    expect(config.entry).toEqual({ taskpane: './src/entry/index.tsx', commands: './src/commands/commands.ts' });
    expect(fs.existsSync(path.join(ROOT, 'src', 'commands', 'commands.ts'))).toBe(true);
    expect(fs.readFileSync(path.join(ROOT, 'src', 'commands', 'commands.ts'), 'utf8')).toMatch(/Office\.onReady\(/);
  });
});

describe('Production by default, into dist/, with content-hashed names', () => {
  it('without --mode the build is a production build', () => {
    expect(makeConfig({}, {}).mode).toBe('production');
  });

  it('production bundles and chunks carry a content hash; development names stay plain', () => {
    const prod = makeConfig({}, { mode: 'production' });
    expect(prod.output?.path).toBe(path.join(ROOT, 'dist'));
    expect(prod.output?.clean).toBe(true);
    expect(prod.output?.filename).toMatch(/\[contenthash(:\d+)?\]/);
    expect(prod.output?.chunkFilename).toMatch(/\[contenthash(:\d+)?\]/);
    const dev = makeConfig({}, { mode: 'development' });
    expect(dev.mode).toBe('development');
    expect(dev.output?.filename).not.toMatch(/contenthash/);
  });

  it('no eval-based source maps (the pages’ CSP has no unsafe-eval) in either mode', () => {
    for (const mode of ['production', 'development']) {
      expect(String(makeConfig({}, { mode }).devtool)).not.toMatch(/eval/);
    }
  });
});

describe('TypeScript: ts-loader transpiles to ES modules so that import() becomes a chunk', () => {
  it('transpileOnly, esnext modules, node_modules excluded', () => {
    const rule = tsRule(makeConfig({}, { mode: 'production' }));
    expect(rule.loader).toBe('ts-loader');
    expect(String(rule.exclude)).toBe(String(/node_modules/));
    const options = rule.options as { transpileOnly: boolean; compilerOptions: { module: string }; configFile: string };
    expect(options.transpileOnly).toBe(true);
    // tsconfig.json says commonjs (for Node); commonjs would turn import('exceljs') into require().
    expect(options.compilerOptions.module).toBe('esnext');
    expect(options.configFile).toBe(path.join(ROOT, 'tsconfig.json'));
  });

  it('code splitting is on for every chunk type', () => {
    const config = makeConfig({}, { mode: 'production' });
    const splitChunks = config.optimization?.splitChunks;
    expect(splitChunks && typeof splitChunks === 'object' ? splitChunks.chunks : undefined).toBe('all');
  });
});

describe('HTML pages: one per entry, from our templates', () => {
  it('taskpane.html carries only the taskpane entry; commands.html only the commands entry', () => {
    const pages = plugin<{ userOptions: { filename: string; template: string; chunks: string[] } }>(
      makeConfig({}, { mode: 'production' }),
      'HtmlWebpackPlugin',
    ).map((p) => p.userOptions);
    expect(pages).toEqual([
      { filename: 'taskpane.html', template: './src/taskpane/taskpane.html', chunks: ['taskpane'] },
      { filename: 'commands.html', template: './src/commands/commands.html', chunks: ['commands'] },
    ]);
    for (const page of pages) expect(fs.existsSync(path.join(ROOT, page.template))).toBe(true);
  });
});

describe('Copied files: assets and the manifest with the production URL', () => {
  type Pattern = { from: string; to: string; transform?: (content: Buffer, from: string) => string };
  const patterns = (): Pattern[] =>
    plugin<{ patterns: Pattern[] }>(makeConfig({}, { mode: 'production' }), 'CopyPlugin').flatMap((p) => p.patterns);

  it('copies assets/* to dist/assets/', () => {
    expect(patterns()).toContainEqual({ from: 'assets/*', to: 'assets/[name][ext]' });
  });

  it('writes dist/manifest.xml with every localhost URL replaced by ADDIN_PUBLIC_URL', () => {
    process.env.ADDIN_PUBLIC_URL = 'https://thidua.nghean.gov.vn/cum-thi-dua';
    const manifest = patterns().find((p) => p.from === 'manifest.xml');
    expect(manifest?.to).toBe('manifest.xml');
    const source = fs.readFileSync(path.join(ROOT, 'manifest.xml'));
    const out = manifest?.transform?.(source, path.join(ROOT, 'manifest.xml')) ?? '';
    expect(out).not.toMatch(/:\/\/localhost/);
    // 10 URLs in manifest.xml, counted by hand: 4 top-level settings, 3 images, 3 URL resources.
    expect(out.split('https://thidua.nghean.gov.vn/cum-thi-dua/').length - 1).toBe(10);
  });

  it('keeps localhost when ADDIN_PUBLIC_URL is unset (development sideloading)', () => {
    delete process.env.ADDIN_PUBLIC_URL;
    const manifest = patterns().find((p) => p.from === 'manifest.xml');
    const source = fs.readFileSync(path.join(ROOT, 'manifest.xml'));
    expect(manifest?.transform?.(source, 'manifest.xml')).toBe(source.toString('utf8'));
  });

  it('refuses to build with an ADDIN_PUBLIC_URL that is not https', () => {
    process.env.ADDIN_PUBLIC_URL = 'http://thidua.hatinh.gov.vn/';
    expect(() => makeConfig({}, { mode: 'production' })).toThrow(/https/);
  });
});

describe('Dev server: port 3000, https with the office-addin-dev-certs files when they exist', () => {
  it('serves https with localhost.key, localhost.crt and ca.crt from ADDIN_DEV_CERTS_DIR', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'certs-'));
    try {
      for (const name of ['localhost.key', 'localhost.crt', 'ca.crt']) fs.writeFileSync(path.join(dir, name), `fake ${name}`);
      process.env.ADDIN_DEV_CERTS_DIR = dir;
      const devServer = makeConfig({ WEBPACK_SERVE: true }, { mode: 'development' }).devServer;
      expect(devServer?.port).toBe(3000);
      const server = devServer?.server as { type: string; options: Record<string, Buffer> };
      expect(server.type).toBe('https');
      expect(server.options.key.toString()).toBe('fake localhost.key');
      expect(server.options.cert.toString()).toBe('fake localhost.crt');
      expect(server.options.ca.toString()).toBe('fake ca.crt');
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('falls back to http with a note when the certificates are missing', () => {
    process.env.ADDIN_DEV_CERTS_DIR = path.join(os.tmpdir(), 'no-such-certs-dir-ctd');
    const warn = jest.spyOn(console, 'warn').mockImplementation(() => undefined);
    const devServer = makeConfig({ WEBPACK_SERVE: true }, { mode: 'development' }).devServer;
    expect(devServer?.server).toBe('http');
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('docs/add-in.md'));
  });

  it('a production build does not look for certificates nor print the note', () => {
    process.env.ADDIN_DEV_CERTS_DIR = path.join(os.tmpdir(), 'no-such-certs-dir-ctd');
    const warn = jest.spyOn(console, 'warn').mockImplementation(() => undefined);
    makeConfig({ WEBPACK_BUILD: true }, { mode: 'production' });
    expect(warn).not.toHaveBeenCalled();
  });
});
