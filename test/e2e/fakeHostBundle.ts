/**
 * Bundles fakeHost.ts (and the Excel API fake it installs) into one browser script with
 * webpack's Node API, the same webpack and ts-loader the add-in is built with. The script is
 * given to the page as an init script, so it runs before the page's own scripts.
 */
import * as fs from 'fs';
import * as path from 'path';
import webpack from 'webpack';
import { E2E_OUTPUT, ROOT } from './paths';

export async function bundleFakeHost(): Promise<string> {
  const outDir = path.join(E2E_OUTPUT, 'fake-host');
  const config: webpack.Configuration = {
    mode: 'development',
    devtool: false, // no eval: the script is injected as plain text
    context: ROOT,
    target: 'web',
    entry: path.join(__dirname, 'fakeHost.ts'),
    output: { path: outDir, filename: 'fake-host.js', iife: true },
    resolve: { extensions: ['.ts', '.js'] },
    module: {
      rules: [
        {
          test: /\.ts$/,
          exclude: /node_modules/,
          loader: 'ts-loader',
          options: { transpileOnly: true, configFile: path.join(ROOT, 'tsconfig.json'), compilerOptions: { module: 'esnext' } },
        },
      ],
    },
    infrastructureLogging: { level: 'error' },
    stats: 'errors-only',
  };
  await new Promise<void>((resolve, reject) => {
    webpack(config, (err, stats) => {
      if (err) reject(err);
      else if (stats?.hasErrors()) reject(new Error(stats.toString('errors-only')));
      else resolve();
    });
  });
  return fs.readFileSync(path.join(outDir, 'fake-host.js'), 'utf8');
}
