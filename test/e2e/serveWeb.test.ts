/**
 * scripts/serve-web.js, the server behind `npm run web` and the browser tests: this computer
 * only (127.0.0.1), files under its folder only, read-only.
 */
import * as fs from 'fs';
import * as http from 'http';
import * as os from 'os';
import * as path from 'path';
import { fileFor, startServer, type RunningServer } from '../../scripts/serve-web';

let root: string;
let server: RunningServer;

function request(method: string, urlPath: string): Promise<{ status: number; type: string; body: string }> {
  return new Promise((resolve, reject) => {
    // A raw path (http.request does not normalise "/../"), as a hostile client could send it.
    const req = http.request({ host: '127.0.0.1', port: server.port, method, path: urlPath }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (c: string) => (body += c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, type: String(res.headers['content-type'] ?? ''), body }));
    });
    req.on('error', reject);
    req.end();
  });
}

beforeAll(async () => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'ctd-serve-'));
  fs.writeFileSync(path.join(root, 'taskpane.html'), '<!doctype html><title>Cụm thi đua</title>');
  fs.writeFileSync(path.join(root, 'taskpane.0123abcd.js'), 'console.log(1)');
  fs.mkdirSync(path.join(root, 'assets'));
  fs.writeFileSync(path.join(root, 'assets', 'icon.svg'), '<svg/>');
  fs.writeFileSync(path.join(path.dirname(root), 'bi-mat.txt'), 'không được đọc');
  server = await startServer({ root, port: 0 });
});

afterAll(async () => {
  await server.close();
  fs.rmSync(root, { recursive: true, force: true });
  fs.rmSync(path.join(path.dirname(root), 'bi-mat.txt'), { force: true });
});

describe('Where it listens', () => {
  it('on 127.0.0.1 only, at a free port when asked for port 0; the address opens the task pane page', () => {
    expect(server.origin).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(server.port).toBeGreaterThan(0);
    expect(server.url).toBe(`${server.origin}/taskpane.html`);
    const address = server.server.address();
    expect(typeof address === 'object' && address ? address.address : '').toBe('127.0.0.1');
  });
});

describe('What it serves', () => {
  it('the page (also at /), scripts and assets with their types', async () => {
    await expect(request('GET', '/')).resolves.toMatchObject({ status: 200, type: 'text/html; charset=utf-8' });
    await expect(request('GET', '/taskpane.html')).resolves.toMatchObject({ status: 200, body: '<!doctype html><title>Cụm thi đua</title>' });
    await expect(request('GET', '/taskpane.0123abcd.js')).resolves.toMatchObject({ status: 200, type: 'text/javascript; charset=utf-8' });
    await expect(request('GET', '/assets/icon.svg?v=1')).resolves.toMatchObject({ status: 200, type: 'image/svg+xml' });
    await expect(request('HEAD', '/taskpane.html')).resolves.toMatchObject({ status: 200, body: '' });
  });

  it('nothing outside its folder, no folder listing, nothing missing, no uploads', async () => {
    await expect(request('GET', '/../bi-mat.txt')).resolves.toMatchObject({ status: 400 });
    await expect(request('GET', '/%2e%2e/bi-mat.txt')).resolves.toMatchObject({ status: 400 });
    await expect(request('GET', '/assets')).resolves.toMatchObject({ status: 404 });
    await expect(request('GET', '/khong-co.js')).resolves.toMatchObject({ status: 404 });
    await expect(request('POST', '/taskpane.html')).resolves.toMatchObject({ status: 405 });
    await expect(request('GET', '/%E0%A4%A')).resolves.toMatchObject({ status: 400 });
  });

  it('fileFor keeps every path inside the root', () => {
    expect(fileFor(root, '/assets/icon.svg')).toBe(path.join(root, 'assets', 'icon.svg'));
    expect(fileFor(root, '/')).toBe(path.join(root, 'taskpane.html'));
    expect(fileFor(root, '/../../etc/passwd')).toBeNull();
  });
});
