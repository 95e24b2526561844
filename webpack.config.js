/**
 * Builds the Excel add-in into dist/ (docs/add-in.md):
 *   dist/taskpane.html + taskpane bundles   the task pane page: start-up in src/entry/index.tsx, then the
 *                                         add-in (src/taskpane) or the file mode (src/web)
 *   dist/web.<hash>.js, exceljs.<hash>.js    the file mode outside Excel (src/web, docs/web-mode.md),
 *                                           fetched on demand, never by the add-in
 *   dist/commands.html + commands bundle    the manifest's FunctionFile (src/commands/commands.ts)
 *   dist/assets/                            icons and the support page, copied from assets/
 *   dist/manifest.xml                       manifest.xml with ADDIN_PUBLIC_URL as its base URL
 *
 * `webpack --mode production` (the default mode here) for deployment; `webpack serve --mode
 * development` for sideloading from https://localhost:3000/.
 *
 * Office.js is not bundled: both HTML templates load it from Microsoft's CDN. Type-checking is
 * left to `tsc --noEmit` (ts-loader only transpiles), so a build stays fast.
 */
const fs = require('fs');
const os = require('os');
const path = require('path');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');
const { buildManifest, resolvePublicUrl } = require('./scripts/build-manifest');

const ROOT = __dirname;
const DEV_SERVER_PORT = 3000;

/**
 * The dev server's https options, from the files `npx office-addin-dev-certs install` writes
 * (~/.office-addin-dev-certs/, or ADDIN_DEV_CERTS_DIR). Without them: plain http and a note,
 * since Office refuses http add-ins but a browser can still show the pane.
 */
function devServerTransport() {
  const dir = process.env.ADDIN_DEV_CERTS_DIR || path.join(os.homedir(), '.office-addin-dev-certs');
  const files = { key: 'localhost.key', cert: 'localhost.crt', ca: 'ca.crt' };
  const present = Object.values(files).every((name) => fs.existsSync(path.join(dir, name)));
  if (!present) {
    console.warn(
      `\n[dev-server] Không thấy chứng chỉ trong ${dir} (localhost.key, localhost.crt, ca.crt): máy chủ chạy http.\n` +
        '  Office chỉ nạp phần bổ trợ qua https — xem docs/add-in.md, mục "Chứng chỉ https cho máy chủ phát triển".\n' +
        `[dev-server] No certificates in ${dir}: serving plain http. Office needs https — see docs/add-in.md.\n`,
    );
    return 'http';
  }
  const read = (name) => fs.readFileSync(path.join(dir, name));
  return { type: 'https', options: { key: read(files.key), cert: read(files.cert), ca: read(files.ca) } };
}

module.exports = (env = {}, argv = {}) => {
  const mode = argv.mode || 'production';
  const dev = mode === 'development';
  // Fails the build early (with a clear message) when ADDIN_PUBLIC_URL is not a usable https URL.
  const publicUrl = resolvePublicUrl(process.env);
  const hashed = dev ? '[name].js' : '[name].[contenthash:8].js';

  return {
    mode,
    context: ROOT,
    devtool: 'source-map', // never an eval-based devtool: the pages' CSP has no 'unsafe-eval'
    entry: {
      taskpane: './src/entry/index.tsx',
      commands: './src/commands/commands.ts',
    },
    output: {
      path: path.join(ROOT, 'dist'),
      filename: hashed,
      chunkFilename: hashed,
      clean: true,
    },
    resolve: {
      extensions: ['.tsx', '.ts', '.js'],
    },
    module: {
      rules: [
        {
          // The core has no side effects on import (src/core: pure functions and constants), so
          // modules it re-exports but the pane does not use — the documents, loaded on demand —
          // stay out of the pane's first download.
          test: /[\\/]src[\\/]core[\\/].*\.ts$/,
          sideEffects: false,
        },
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          loader: 'ts-loader',
          options: {
            transpileOnly: true,
            configFile: path.join(ROOT, 'tsconfig.json'),
            // tsconfig.json emits CommonJS for Node; the browser build keeps ES modules so that
            // webpack can tree-shake and turn `import('exceljs')` into a separate chunk.
            compilerOptions: { module: 'esnext', sourceMap: true },
          },
        },
      ],
    },
    optimization: {
      // Libraries in their own cacheable chunks; dynamic imports become chunks loaded on demand.
      splitChunks: {
        chunks: 'all',
        cacheGroups: {
          // webpack's own vendors group, except exceljs: that stays with the file shell in the
          // chunk src/web/loadFileShell.ts names "exceljs" (dist/exceljs.<hash>.js), fetched only
          // by the file mode, never by the add-in.
          defaultVendors: { test: /[\\/]node_modules[\\/](?!exceljs[\\/])/, priority: -10, reuseExistingChunk: true },
        },
      },
    },
    // The budget that matters is gzip size of the pane's initial JS: scripts/check-bundle.js.
    performance: { hints: false },
    plugins: [
      new HtmlWebpackPlugin({
        filename: 'taskpane.html',
        template: './src/taskpane/taskpane.html',
        chunks: ['taskpane'],
      }),
      new HtmlWebpackPlugin({
        filename: 'commands.html',
        template: './src/commands/commands.html',
        chunks: ['commands'],
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: 'assets/*', to: 'assets/[name][ext]' },
          {
            from: 'manifest.xml',
            to: 'manifest.xml',
            transform: (content) => buildManifest(content, { ADDIN_PUBLIC_URL: publicUrl }),
          },
        ],
      }),
    ],
    devServer: {
      port: DEV_SERVER_PORT,
      // Computed only when serving, so that a production build prints no note about certificates.
      server: env.WEBPACK_SERVE ? devServerTransport() : 'http',
      static: false,
      client: { overlay: { warnings: false } },
    },
  };
};
