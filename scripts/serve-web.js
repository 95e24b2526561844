#!/usr/bin/env node
'use strict';
/**
 * Serves the built task pane (dist/) on this computer only, for the browser mode (docs/web-mode.md):
 *
 *   npm run web                       build, then serve on http://127.0.0.1:8080/
 *   node scripts/serve-web.js [--port N] [dir]
 *
 * Plain Node http, no dependency. Listens on 127.0.0.1 alone, so nobody else on the network can
 * reach it; serves files only (GET and HEAD), never a directory listing, never outside `dir`.
 * The page reads the chosen workbook in the browser: nothing is ever uploaded to this server.
 *
 * The end-to-end tests start it with startServer({ root, port: 0 }) on a random free port.
 */
const fs = require('fs');
const http = require('http');
const path = require('path');

const DEFAULT_PORT = 8080;
const HOST = '127.0.0.1';
/** The page the address opens. */
const START_PAGE = 'taskpane.html';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.woff2': 'font/woff2',
};

/** The file under `root` a URL path names, or null when it would leave `root` or is malformed. */
function fileFor(root, urlPath) {
  let decoded;
  try {
    decoded = decodeURIComponent(urlPath.split(/[?#]/)[0]);
  } catch {
    return null;
  }
  if (decoded.includes('\0')) return null;
  const relative = decoded === '/' ? START_PAGE : decoded.replace(/^\/+/, '');
  const file = path.resolve(root, relative);
  if (file !== root && !file.startsWith(root + path.sep)) return null;
  return file;
}

function send(res, status, text) {
  res.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8', 'X-Content-Type-Options': 'nosniff' });
  res.end(text);
}

function handler(root) {
  return (req, res) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.setHeader('Allow', 'GET, HEAD');
      send(res, 405, 'Method not allowed');
      return;
    }
    const file = fileFor(root, req.url || '/');
    if (!file) {
      send(res, 400, 'Bad request');
      return;
    }
    fs.stat(file, (err, stat) => {
      if (err || !stat.isFile()) {
        send(res, 404, 'Not found');
        return;
      }
      const type = TYPES[path.extname(file).toLowerCase()] || 'application/octet-stream';
      res.writeHead(200, {
        'Content-Type': type,
        'Content-Length': stat.size,
        // Hashed bundle names change with their content; the pages themselves are re-checked.
        'Cache-Control': /\.[0-9a-f]{8}\.js$/.test(file) ? 'public, max-age=31536000, immutable' : 'no-cache',
        'X-Content-Type-Options': 'nosniff',
        'Referrer-Policy': 'no-referrer',
      });
      if (req.method === 'HEAD') {
        res.end();
        return;
      }
      fs.createReadStream(file).on('error', () => res.destroy()).pipe(res);
    });
  };
}

/**
 * Starts serving `root` on 127.0.0.1. `port` 0 picks a free port.
 * @param {{ root: string, port?: number }} options
 * @returns {Promise<{ server: http.Server, port: number, origin: string, url: string, close(): Promise<void> }>}
 */
function startServer({ root, port = DEFAULT_PORT }) {
  const dir = path.resolve(root);
  const server = http.createServer(handler(dir));
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, HOST, () => {
      server.removeListener('error', reject);
      const actual = server.address().port;
      const origin = `http://${HOST}:${actual}`;
      resolve({
        server,
        port: actual,
        origin,
        url: `${origin}/${START_PAGE}`,
        close: () =>
          new Promise((done) => {
            server.close(() => done());
            server.closeAllConnections();
          }),
      });
    });
  });
}

function parseArgs(argv) {
  const out = { port: process.env.PORT ? Number(process.env.PORT) : DEFAULT_PORT, root: null, portGiven: Boolean(process.env.PORT) };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--port' || a === '-p') {
      out.port = Number(argv[++i]);
      out.portGiven = true;
    } else if (a.startsWith('--port=')) {
      out.port = Number(a.slice('--port='.length));
      out.portGiven = true;
    } else out.root = a;
  }
  return out;
}

async function main() {
  const args = parseArgs(process.argv.slice(2));
  const root = path.resolve(args.root || path.join(__dirname, '..', 'dist'));
  if (!Number.isInteger(args.port) || args.port < 0 || args.port > 65535) {
    console.error('Cổng không hợp lệ. / Invalid port.');
    process.exit(64);
  }
  if (!fs.existsSync(path.join(root, START_PAGE))) {
    console.error(
      `Không thấy ${path.join(root, START_PAGE)}: hãy chạy "npm run build" trước.\n` +
        `${path.join(root, START_PAGE)} not found: run "npm run build" first.`,
    );
    process.exit(66);
  }
  let running;
  try {
    running = await startServer({ root, port: args.port });
  } catch (e) {
    if (e && e.code === 'EADDRINUSE' && !args.portGiven) {
      running = await startServer({ root, port: 0 }); // the usual port is taken: any free one
    } else {
      console.error(`Không mở được cổng ${args.port} (${e && e.code}). / Cannot listen on port ${args.port}.`);
      process.exit(1);
    }
  }
  console.log(
    [
      'Cụm thi đua — chế độ làm việc trên trình duyệt',
      `Mở địa chỉ này trong trình duyệt: ${running.url}`,
      'Tệp của bạn không rời khỏi máy tính: mọi xử lý diễn ra trong trình duyệt.',
      'Nhấn Ctrl+C để dừng.',
      '',
      `Emulation cluster — browser mode. Open ${running.url}`,
      'Your file never leaves your computer. Press Ctrl+C to stop.',
    ].join('\n'),
  );
  const stop = () => running.close().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

module.exports = { startServer, fileFor, DEFAULT_PORT, START_PAGE };

if (require.main === module) {
  main().catch((e) => {
    console.error(e);
    process.exit(70);
  });
}
